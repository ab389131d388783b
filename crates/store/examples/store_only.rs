//! Time the store alone: ingest `rasd extract` output (JSON Lines on standard input) into a database.
//! `rasd extract ... > out.jsonl; cargo run --release -p rasd-store --example store_only -- DB < out.jsonl`

use rasd_store::{Incoming, RunSummary, SqliteStore, Storage};
use std::io::BufRead;

fn main() {
    let db = std::env::args().nth(1).expect("usage: store_only DB < extract.jsonl");
    let mut store = SqliteStore::open(std::path::Path::new(&db)).expect("open");
    let run = store.begin_run().expect("run");
    store.begin_bulk_load().expect("bulk load");
    let t = std::time::Instant::now();
    let mut summary = RunSummary::default();
    let batch_size: usize = std::env::var("BATCH").ok().and_then(|b| b.parse().ok()).unwrap_or(256);
    let mut batch = Vec::new();
    let mut flush = |batch: Vec<Incoming>, summary: &mut RunSummary| {
        for o in store.ingest_batch(run, batch).expect("ingest") {
            summary.add(&o);
        }
    };
    for line in std::io::stdin().lock().lines() {
        batch.push(Incoming::Extracted { input: "stdin".into(), json: line.expect("read") });
        if batch.len() == batch_size {
            flush(std::mem::take(&mut batch), &mut summary);
        }
    }
    flush(batch, &mut summary);
    store.end_bulk_load().expect("indexes");
    eprintln!("{summary:?} in {:.2} s", t.elapsed().as_secs_f64());
}
