//! Speed of text layer + NER + linking on the ANT corpus, one core:
//! `cargo run --release -p rasd-entities --example entities_bench [SHARED_DIR] [MB]` (default 8 MB; ROUNDS=N, default 3).
//!
//! Each stage runs over the same documents: the text layer, then `find_entities` (NER + mentions + linking) on the
//! analyses, then NER alone for the breakdown. Every figure is the best of ROUNDS rounds, in CPU seconds of this
//! thread (the machine may be shared: wall time there includes waiting for a core); wall figures are printed too.
//! The combined figure is MB / (text + find_entities).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc; // as in the rasd binary

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared"));
    let mb: f64 = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(8.0);
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(3).max(1);
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
    let mb = bytes as f64 / 1e6;
    // Load the model and indexes first: the benchmark measures steady-state throughput.
    rasd_kb::warm();
    let _ = rasd_entities::find_entities(&rasd_text::analyze(docs[0]), Some(jiff::civil::date(2018, 1, 1)));

    let mut analyses = Vec::new();
    let text = best(rounds, || analyses = docs.iter().map(|d| rasd_text::analyze(d)).collect());
    let mut n = 0usize;
    let ent = best(rounds, || n = analyses.iter().map(|a| rasd_entities::find_entities(a, Some(jiff::civil::date(2018, 1, 1))).len()).sum());
    let mut m = 0usize;
    let ner = best(rounds, || m = analyses.iter().map(|a| rasd_ner::tag(a).len()).sum());
    // The pipeline's own order: each document through both stages in turn.
    let both = best(rounds, || {
        for d in &docs {
            let a = rasd_text::analyze(d);
            std::hint::black_box(rasd_entities::find_entities(&a, Some(jiff::civil::date(2018, 1, 1))));
        }
    });
    let rate = |t: (f64, f64)| (mb / t.0, mb / t.1);
    let (tc, tw) = rate(text);
    let (nc, nw) = rate(ner);
    let (ec, ew) = rate(ent);
    let (ac, aw) = rate((text.0 + ent.0, text.1 + ent.1));
    println!("{mb:.1} MB, {} docs, best of {rounds} rounds; MB/s per CPU second of one thread (wall in brackets)", docs.len());
    println!("text layer           {tc:6.2} ({tw:.2})");
    println!("NER alone            {nc:6.2} ({nw:.2})  {m} mentions");
    println!("find_entities        {ec:6.2} ({ew:.2})  {n} entities (NER + mentions + linking)");
    println!("text + NER + linking {ac:6.2} ({aw:.2})  sum of the stages");
    let (bc, bw) = rate(both);
    println!("text + NER + linking {bc:6.2} ({bw:.2})  document by document");
}

/// Best (CPU seconds of this thread, wall seconds) of `rounds` runs of `f`.
fn best(rounds: usize, mut f: impl FnMut()) -> (f64, f64) {
    let (mut cpu, mut wall) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let (c0, t0) = (thread_cpu(), Instant::now());
        f();
        wall = wall.min(t0.elapsed().as_secs_f64());
        cpu = cpu.min(match (c0, thread_cpu()) {
            (Some(a), Some(b)) => b - a,
            _ => t0.elapsed().as_secs_f64(),
        });
    }
    (cpu, wall)
}

/// CPU time of the calling thread in seconds (Linux: /proc/thread-self/schedstat), if available.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}
