//! Print the entities of a text file (or stdin): `cargo run --release -p rasd-entities --example entities_show FILE [YYYY-MM-DD]`.
use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(p).expect("read"),
        None => {
            std::io::stdin().read_to_string(&mut text).expect("stdin");
        }
    }
    let date = std::env::args().nth(2).map(|d| d.parse::<rasd_entities::Date>().expect("a date YYYY-MM-DD"));
    let a = rasd_text::analyze(&text);
    for e in rasd_entities::find_entities(&a, date) {
        println!(
            "{:?}\t{}\t{:?}\t{:?}\t{:?}\tchain {}",
            e.kind,
            a.slice(e.start, e.end),
            e.name,
            e.country,
            e.role,
            e.chain
        );
    }
}
