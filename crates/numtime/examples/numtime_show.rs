//! Print the dates and quantities found in a text: `cargo run --release -p rasd-numtime --example numtime_show PUBLISHED FILE` (a debugging aid).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pubd = args.get(1).and_then(|s| rasd_numtime::parse_published(s));
    let text = std::fs::read_to_string(&args[2]).expect("file");
    let a = rasd_text::analyze(&text);
    let (t, q) = rasd_numtime::find_all(&a, pubd);
    for x in &t {
        println!("TIME {}..{} {:?}\t{}\t{}", x.start, x.end, a.slice(x.start, x.end), x.value, x.precision.as_str());
    }
    for x in &q {
        println!("QTY  {}..{} {:?}\tlow={:?} high={:?} approx={} unit={:?}", x.start, x.end, a.slice(x.start, x.end), x.low, x.high, x.approximate, x.unit);
    }
}
