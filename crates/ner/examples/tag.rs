//! Print the mentions the embedded model finds in a text file (or stdin):
//! `cargo run --release -p rasd-ner --example tag FILE`
use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}")),
        None => {
            std::io::stdin().read_to_string(&mut text).expect("stdin");
        }
    }
    let a = rasd_text::analyze(&text);
    for m in rasd_ner::tag(&a) {
        println!("{}\t{}\t{}\t{}\t{:.2}", m.label.as_str(), m.start, m.end, a.slice(m.start, m.end), m.score);
    }
}
