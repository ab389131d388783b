//! Speed of text layer + NER + linking on the ANT corpus, one core:
//! `cargo run --release -p rasd-entities --example bench [SHARED_DIR] [MB]` (default 8 MB).
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared"));
    let mb: f64 = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(8.0);
    let texts = rasd_ner::clusters::read_corpus(&shared.join("data/news/ant-multisource.jsonl.gz")).expect("ANT corpus");
    let mut bytes = 0usize;
    let mut docs = Vec::new();
    for t in texts.iter().filter(|t| t.len() > 200) {
        if bytes as f64 >= mb * 1e6 {
            break;
        }
        bytes += t.len();
        docs.push(t.as_str());
    }
    // Load the model and indexes first: the benchmark measures steady-state throughput.
    rasd_kb::warm();
    let _ = rasd_entities::find_entities(&rasd_text::analyze(docs[0]), Some((2018, 1, 1)));
    let t0 = Instant::now();
    let mut n = 0usize;
    for d in &docs {
        let a = rasd_text::analyze(d);
        n += rasd_entities::find_entities(&a, Some((2018, 1, 1))).len();
    }
    let s = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let analyses: Vec<_> = docs.iter().map(|d| rasd_text::analyze(d)).collect();
    let ta = t1.elapsed().as_secs_f64();
    let t2 = Instant::now();
    let m: usize = analyses.iter().map(|a| rasd_ner::tag(a).len()).sum();
    let tn = t2.elapsed().as_secs_f64();
    println!(
        "text layer alone {:.2} MB/s; NER alone {:.2} MB/s ({m} mentions)",
        bytes as f64 / 1e6 / ta,
        bytes as f64 / 1e6 / tn
    );
    println!(
        "{:.1} MB, {} docs, {} entities in {:.2} s: {:.2} MB/s (text + NER + linking, one core)",
        bytes as f64 / 1e6,
        docs.len(),
        n,
        s,
        bytes as f64 / 1e6 / s
    );
}
