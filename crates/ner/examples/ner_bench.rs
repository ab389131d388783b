//! Tagger speed on Arabic news, text layer excluded:
//! `cargo run --release -p rasd-ner --features train --example ner_bench [SHARED_DIR] [MB]` (default 8 MB of the ANT corpus).
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
    // Best of five rounds: on a shared machine the fastest round is the closest to the tagger's own speed.
    let (mut s, mut cpu, mut n) = (f64::MAX, f64::MAX, 0usize);
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    for _ in 0..rounds {
        let c0 = cpu_seconds();
        let t0 = Instant::now();
        n = 0;
        for a in &analyses {
            n += rasd_ner::tag(a).len();
        }
        s = s.min(t0.elapsed().as_secs_f64());
        cpu = cpu.min(cpu_seconds() - c0);
    }
    let words: usize = analyses.iter().map(|a| a.words.len()).sum();
    println!("{:.1} MB, {} words, {} mentions in {:.2} s wall: {:.1} MB/s, {:.0} words/s (one core)", bytes as f64 / 1e6, words, n, s, bytes as f64 / 1e6 / s, words as f64 / s);
    if cpu > 0.0 {
        // On a busy machine wall time includes waiting for the core; CPU time of this thread does not.
        println!("{cpu:.2} s CPU: {:.1} MB/s per core", bytes as f64 / 1e6 / cpu);
    }
}

/// User + system CPU time of this thread (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else { return 0.0 };
    let Some(rest) = stat.rsplit_once(')').map(|x| x.1) else { return 0.0 };
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0) + f.get(12).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    ticks / 100.0
}
