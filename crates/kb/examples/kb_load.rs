//! Measures load time of every knowledge-base part and lookup cost: `cargo run --release -p rasd-kb --example kb_load`.
use std::time::Instant;

fn main() {
    let t = Instant::now();
    if std::env::args().any(|a| a == "--warm") {
        rasd_kb::warm();
        println!("warm(): {:?}", t.elapsed());
    }
    let g = rasd_kb::gazetteer();
    let tg = t.elapsed();
    let a = rasd_kb::actors();
    let ta = t.elapsed();
    let _ = (rasd_kb::countries().len(), rasd_kb::cue_entries().len(), rasd_kb::demonym("الأذري"));
    println!("places {} actors {} | gazetteer {:?}, +actors {:?}, all {:?}", g.len(), a.len(), tg, ta - tg, t.elapsed());
    let ctx = rasd_kb::GeoContext::from_text("وقالت أذربيجان، إنه تمت في مدينة يفلاكس");
    let t = Instant::now();
    let n = 100_000;
    for _ in 0..n {
        std::hint::black_box(g.resolve("وبطرابلس", &ctx));
        std::hint::black_box(a.lookup_arabic("علييف", Some(jiff::civil::date(2023, 9, 21))));
    }
    println!("resolve + lookup_arabic: {:?} per pair", t.elapsed() / n);
}
