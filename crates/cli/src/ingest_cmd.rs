//! `rasd ingest`: extract records and store them. Records are read and extracted in batches on all cores while a
//! writer thread commits the previous batch in one transaction, so a killed run loses at most the batches in
//! flight and the same command resumes it (stored reports are recognized by their content hash and skipped
//! before extraction).

use crate::filter_args::DbArg;
use crate::ingest_inputs::{self, Item};
use crate::ingest_progress::Progress;
use rasd_extract::{extract_with, parse_date, Options, Record};
use rasd_store::{content_hash, Incoming, Outcome, RunSummary, SqliteStore, Storage};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    db: DbArg,
    /// Publication date (YYYY-MM-DD) for records that carry none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Largest text accepted, in UTF-8 bytes.
    #[arg(long, value_name = "BYTES", default_value_t = rasd_extract::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Records per transaction.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    batch: usize,
    /// Inputs: JSON Lines or plain-text files (optionally .gz), directories (recursive), RSS/Atom feeds, HTML pages.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
}

/// What a batch carries to the writer: records to store, and those already known (counted, not stored).
struct Batch {
    incoming: Vec<Incoming>,
    identical: u64,
}

pub fn run(args: IngestArgs) -> i32 {
    let published = match args.published.as_deref().map(|p| (p, parse_date(p))) {
        Some((p, None)) => {
            eprintln!("rasd ingest: --published {p:?} is not a date (YYYY-MM-DD)");
            return 2;
        }
        Some((_, d)) => d,
        None => None,
    };
    let mut store = match SqliteStore::open(&args.db.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rasd ingest: {}: {e}", args.db.db.display());
            return 2;
        }
    };
    // A second connection answers "already stored?" while the writer commits.
    let reader = match SqliteStore::open_read_only(&args.db.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rasd ingest: {}: {e}", args.db.db.display());
            return 2;
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("rasd ingest: cannot start worker threads: {e}");
            return 2;
        }
    };
    let run = match store.begin_run() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rasd ingest: {e}");
            return 2;
        }
    };
    // Into a database that holds no events yet, the indexes that only readers use are built once at the end.
    if let Err(e) = store.begin_bulk_load() {
        eprintln!("rasd ingest: {e}");
        return 2;
    }
    let opts = Options { published, ..Default::default() };
    let (files, path_errors) = ingest_inputs::expand(&args.inputs);
    let progress = Progress::new(&files);
    let (tx, rx) = sync_channel::<Batch>(1);
    let writer = std::thread::spawn(move || write_batches(store, run, rx, progress));
    // A reader thread parses the next batch while this one is extracted and the previous one is written.
    let (items_tx, items_rx) = sync_channel::<Vec<Item>>(2);
    let (max_bytes, batch_size) = (args.max_bytes, args.batch.max(1));
    let reader_thread = std::thread::spawn(move || {
        // Files are opened one at a time, as they are reached.
        let items = path_errors.into_iter().chain(files.into_iter().flat_map(move |f| ingest_inputs::items(&f, max_bytes)));
        let mut pending = Vec::with_capacity(batch_size);
        for item in items {
            pending.push(item);
            if pending.len() >= batch_size && items_tx.send(std::mem::take(&mut pending)).is_err() {
                return;
            }
        }
        if !pending.is_empty() {
            let _ = items_tx.send(pending);
        }
    });
    for batch in items_rx {
        if tx.send(prepare(batch, &reader, &pool, &opts)).is_err() {
            break;
        }
    }
    let _ = reader_thread.join();
    // Close the read-only connection before the writer's: SQLite checkpoints the WAL into the database and removes
    // it when the last connection closes, which a read-only connection cannot do (it left a WAL of hundreds of MB).
    drop(reader);
    drop(tx);
    match writer.join() {
        Ok(Ok(summary)) => {
            println!(
                "rasd ingest: {} new, {} identical (already stored), {} near-duplicate, {} failed",
                summary.new, summary.identical, summary.near_duplicate, summary.failed
            );
            i32::from(summary.failed > 0)
        }
        Ok(Err(e)) => {
            eprintln!("rasd ingest: {e} (committed batches are kept; run the same command again to resume)");
            1
        }
        Err(_) => {
            eprintln!("rasd ingest: the writer stopped unexpectedly");
            1
        }
    }
}

/// Skip records already stored, extract the others in parallel.
fn prepare(items: Vec<Item>, reader: &SqliteStore, pool: &rayon::ThreadPool, opts: &Options) -> Batch {
    let mut identical = 0;
    let mut todo: Vec<(String, Result<Record, rasd_extract::RecordError>)> = Vec::with_capacity(items.len());
    for it in items {
        if let Ok(rec) = &it.record {
            if reader.contains(&content_hash(&rec.text)).unwrap_or(false) {
                identical += 1;
                continue;
            }
        }
        todo.push((it.input, it.record));
    }
    let incoming = pool.install(|| todo.into_par_iter().map(|(input, rec)| extract(input, rec, opts)).collect());
    Batch { incoming, identical }
}

fn extract(input: String, rec: Result<Record, rasd_extract::RecordError>, opts: &Options) -> Incoming {
    match rec {
        Err(e) => Incoming::Failed { input, record_id: Some(e.id), message: e.message },
        // Hashed and signed here, on the worker, from the document itself (not parsed again from its JSON
        // line): the writer thread only writes.
        Ok(rec) => match std::panic::catch_unwind(|| extract_with(&rec, opts, |doc, json| Incoming::prepared(json, crate::store_doc::to_store(doc)))) {
            Ok(incoming) => incoming,
            Err(_) => Incoming::Failed { input, record_id: Some(rec.id.clone()), message: "internal error while extracting this record".into() },
        },
    }
}

fn write_batches(mut store: SqliteStore, run: i64, rx: std::sync::mpsc::Receiver<Batch>, mut progress: Progress) -> rasd_store::Result<RunSummary> {
    let mut summary = RunSummary::default();
    for batch in rx {
        summary.identical += batch.identical;
        let n = batch.incoming.len() as u64 + batch.identical;
        for o in store.ingest_batch(run, batch.incoming)? {
            if let Outcome::Failed { record_id, message } = &o {
                progress.println(&format!("rasd ingest: {}: {message}", record_id.as_deref().unwrap_or("?")));
            }
            summary.add(&o);
        }
        progress.advance(n, &summary);
        store.finish_run(run, &summary)?;
    }
    progress.finish();
    store.finish_run(run, &summary)?;
    store.end_bulk_load()?;
    Ok(summary)
}
