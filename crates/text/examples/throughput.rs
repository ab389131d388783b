//! Text layer throughput on one core: `cargo run --release -p rasd-text --example throughput -- FILE.jsonl[.gz]`.
//! Reads every record's `text` first, then times `rasd_text::analyze` alone over all of them, and checks that
//! every sentence, word and token span slices back to the text (the offsets are code points).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufRead, BufReader, Read};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: throughput FILE.jsonl[.gz]");
    let f = std::fs::File::open(&path).expect("open");
    let r: Box<dyn Read> = if path.ends_with(".gz") { Box::new(flate2::read::MultiGzDecoder::new(f)) } else { Box::new(f) };
    let texts: Vec<String> = BufReader::new(r)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    rasd_text::analyze("تحميل"); // load the clitic statistics outside the timed loop
    let (t0, c0) = (Instant::now(), thread_cpu());
    let (mut words, mut sentences) = (0usize, 0usize);
    for t in &texts {
        let a = rasd_text::analyze(t);
        words += a.words.len();
        sentences += a.sentences.len();
    }
    let dt = t0.elapsed().as_secs_f64();
    let cpu = c0.map(|c0| thread_cpu().unwrap_or(c0) - c0);
    let mb = bytes as f64 / 1e6;
    println!("texts {}  MB {mb:.1}  words {words}  sentences {sentences}  seconds {dt:.2}  MB/s {:.1}", texts.len(), mb / dt);
    // The machine may be shared: CPU time of this thread is the per-core figure that does not depend on load.
    if let Some(c) = cpu {
        println!("thread CPU seconds {c:.2}  MB/s per CPU second {:.1}", mb / c);
    }
    // Span check (untimed): every span must be a valid, non-empty code point range and tokens must tile words.
    let mut bad = 0usize;
    // Digest of everything the layer returns (a fixed-key SipHash): equal before and after a speed change.
    let mut digest = std::hash::DefaultHasher::new();
    for t in &texts {
        let a = rasd_text::analyze(t);
        std::hash::Hash::hash(&format!("{} {:?} {:?} {:?}", a.language, a.sentences, a.words, a.tokens), &mut digest);
        let n = a.chars.len();
        bad += a.sentences.iter().filter(|s| s.start >= s.end || s.end > n).count();
        for w in &a.words {
            let toks = &a.tokens[w.tokens.clone()];
            if w.end > n || toks.first().map(|t| t.start) != Some(w.start) || toks.last().map(|t| t.end) != Some(w.end) {
                bad += 1;
            }
        }
    }
    println!("span errors {bad}  digest {:016x}", std::hash::Hasher::finish(&digest));
    if bad > 0 {
        std::process::exit(1);
    }
}

/// CPU time of the calling thread in seconds (Linux: /proc/thread-self/schedstat), if available.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}
