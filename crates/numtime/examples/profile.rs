//! Numtime alone on pre-analyzed ANT documents, each repeated in a row: its thread CPU time, and a target for
//! `perf record` or `valgrind --tool=callgrind --toggle-collect='rasd_numtime::find_all*'` (instruction counts,
//! which the load of other processes does not disturb):
//!     cargo run --release -p rasd-numtime --example profile [CORPUS] [DOCS] [ROUNDS]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufRead, BufReader};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/news/ant-multisource.jsonl.gz".into());
    let limit: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(5000);
    let rounds: usize = std::env::args().nth(3).and_then(|s| s.parse().ok()).unwrap_or(5);
    let Ok(f) = std::fs::File::open(&path) else {
        eprintln!("profile: no corpus at {path}, skipped");
        return;
    };
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let mut docs = Vec::new();
    for line in r.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        let pubd = v["published"].as_str().and_then(rasd_numtime::parse_published);
        docs.push((rasd_text::analyze(v["text"].as_str().unwrap_or("")), pubd));
    }
    // Load the vocabulary outside `find_all`, so that a callgrind run of it counts the per-text work only.
    let _ = rasd_numtime::find_quantities(&rasd_text::analyze("3"));
    let words: usize = docs.iter().map(|d| d.0.words.len()).sum();
    // Each document `rounds` times in a row, as the bench does (its words are in cache, as after the text
    // layer), keeping its fastest run: thread CPU time, the least disturbed by other processes.
    let (mut best, mut total) = (0.0, 0.0);
    let mut n = 0;
    for (a, p) in &docs {
        let mut b = f64::MAX;
        for _ in 0..rounds {
            let t0 = cpu_time();
            let (t, q) = rasd_numtime::find_all(a, *p);
            let s = cpu_time() - t0;
            b = b.min(s);
            total += s;
            n += t.len() + q.len();
        }
        best += b;
    }
    let total = total / rounds as f64;
    println!("{} docs, {words} words: best-of-{rounds} {:.4}s CPU ({:.1} ns/word), mean {:.4}s; {} found", docs.len(), best, best * 1e9 / words as f64, total, n / rounds);
}

fn cpu_time() -> f64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // CLOCK_THREAD_CPUTIME_ID = 3 on Linux.
    unsafe { clock_gettime(3, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}
