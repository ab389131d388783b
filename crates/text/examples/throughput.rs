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
    let t0 = Instant::now();
    let (mut words, mut sentences) = (0usize, 0usize);
    for t in &texts {
        let a = rasd_text::analyze(t);
        words += a.words.len();
        sentences += a.sentences.len();
    }
    let dt = t0.elapsed().as_secs_f64();
    println!("texts {}  MB {:.1}  words {words}  sentences {sentences}  seconds {dt:.2}  MB/s {:.1}", texts.len(), bytes as f64 / 1e6, bytes as f64 / 1e6 / dt);
    // Span check (untimed): every span must be a valid, non-empty code point range and tokens must tile words.
    let mut bad = 0usize;
    for t in &texts {
        let a = rasd_text::analyze(t);
        let n = a.chars.len();
        bad += a.sentences.iter().filter(|s| s.start >= s.end || s.end > n).count();
        for w in &a.words {
            let toks = &a.tokens[w.tokens.clone()];
            if w.end > n || toks.first().map(|t| t.start) != Some(w.start) || toks.last().map(|t| t.end) != Some(w.end) {
                bad += 1;
            }
        }
    }
    println!("span errors {bad}");
    if bad > 0 {
        std::process::exit(1);
    }
}
