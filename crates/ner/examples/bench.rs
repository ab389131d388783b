//! Tagger speed on Arabic news, text layer excluded:
//! `cargo run --release -p rasd-ner --example bench [SHARED_DIR] [MB]` (default 8 MB of the ANT corpus).
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared"));
    let mb: f64 = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(8.0);
    let texts = rasd_ner::clusters::read_corpus(&shared.join("data/news/ant-multisource.jsonl.gz")).expect("ANT corpus");
    let mut bytes = 0usize;
    let mut analyses = Vec::new();
    for t in texts.iter().filter(|t| t.len() > 200) {
        if bytes as f64 >= mb * 1e6 {
            break;
        }
        bytes += t.len();
        analyses.push(rasd_text::analyze(t));
    }
    let _ = rasd_ner::tagger();
    let t0 = Instant::now();
    let mut n = 0usize;
    for a in &analyses {
        n += rasd_ner::tag(a).len();
    }
    let s = t0.elapsed().as_secs_f64();
    let words: usize = analyses.iter().map(|a| a.words.len()).sum();
    println!("{:.1} MB, {} words, {} mentions in {:.2} s: {:.1} MB/s, {:.0} words/s (one core)", bytes as f64 / 1e6, words, n, s, bytes as f64 / 1e6 / s, words as f64 / s);
}
