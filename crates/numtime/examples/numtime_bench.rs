//! Cost of this stage against the text layer on the ANT corpus:
//!     cargo run --release -p rasd-numtime --example numtime_bench [../shared/data/news/ant-multisource.jsonl.gz] [LIMIT]
//! With SAMPLE=N set, prints every Nth document's dates and quantities for review instead of only timing.
// The allocator the `rasd` binary uses, so the stage costs what it costs in the product.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/news/ant-multisource.jsonl.gz".into());
    let limit: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
    let sample: usize = std::env::var("SAMPLE").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let Ok(f) = std::fs::File::open(&path) else {
        eprintln!("bench: no corpus at {path}, skipped");
        return;
    };
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let (mut t_text, mut t_num) = (Duration::ZERO, Duration::ZERO);
    let (mut n, mut nt, mut nq, mut bytes) = (0usize, 0usize, 0usize, 0usize);
    for line in r.lines().take(limit) {
        let line = line.expect("line");
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let text = v["text"].as_str().unwrap_or("");
        let pubd = v["published"].as_str().and_then(rasd_numtime::parse_published);
        bytes += text.len();
        // Best of three runs of each stage, against the noise of a shared machine.
        let (mut best_text, mut best_num) = (Duration::MAX, Duration::MAX);
        let mut a = None;
        let mut out = None;
        for _ in 0..3 {
            let t0 = Instant::now();
            let an = rasd_text::analyze(text);
            best_text = best_text.min(t0.elapsed());
            let t1 = Instant::now();
            let r = rasd_numtime::find_all(&an, pubd);
            best_num = best_num.min(t1.elapsed());
            a = Some(an);
            out = Some(r);
        }
        let (a, (t, q)) = (a.unwrap(), out.unwrap());
        t_text += best_text;
        t_num += best_num;
        nt += t.len();
        nq += q.len();
        if sample > 0 && n % sample == 0 {
            println!("== {} {}", v["id"].as_str().unwrap_or(""), v["published"].as_str().unwrap_or(""));
            for x in &t {
                let ctx = a.slice(x.start.saturating_sub(30), x.end + 20).replace('\n', " ");
                println!("TIME {:?}\t{}\t| {}", a.slice(x.start, x.end), x.value, ctx);
            }
            for x in &q {
                println!("QTY  {:?}\t{:?}-{:?} {:?}", a.slice(x.start, x.end), x.low, x.high, x.unit);
            }
        }
        n += 1;
    }
    println!(
        "{n} docs, {:.1} MB: text layer {:.2}s, numtime {:.3}s ({:.1}% of the text layer); {nt} dates, {nq} quantities",
        bytes as f64 / 1e6,
        t_text.as_secs_f64(),
        t_num.as_secs_f64(),
        100.0 * t_num.as_secs_f64() / t_text.as_secs_f64()
    );
}
