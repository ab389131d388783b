//! `rasd extract`: stream records through the extraction core on all cores, writing results in input order.

use crate::input::{self, Job};
use rasd_extract::{error_json, extract_json, parse_json_record, plain_record, Options, RecordError, Stage, Ymd};
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Publication date (YYYY-MM-DD) for inputs that carry none; relative dates resolve against it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// Worker threads (default: all cores). Output order never depends on it.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Run only the text layer (sentences), for benchmarking it alone.
    #[arg(long, value_enum, default_value_t = StageArg::Full)]
    stage: StageArg,
    /// Largest text accepted, in UTF-8 bytes; larger records get an error line.
    #[arg(long, value_name = "BYTES", default_value_t = rasd_extract::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Input files: JSON Lines or plain text, optionally gzip-compressed (*.gz). Standard input when none.
    files: Vec<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum StageArg {
    Text,
    Full,
}

/// Records per batch: enough to keep every core busy, few enough that memory stays flat.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 8 << 20;

pub fn run(args: ExtractArgs) -> i32 {
    let published = match args.published.as_deref().map(|p| (p, Ymd::parse(p))) {
        Some((p, None)) => {
            eprintln!("rasd extract: --published {p:?} is not a date (YYYY-MM-DD)");
            return 2;
        }
        Some((_, d)) => d,
        None => None,
    };
    let mut sources = Vec::new();
    if args.files.is_empty() {
        sources.push(input::open(None).expect("stdin"));
    }
    for f in &args.files {
        match input::open(Some(f)) {
            Ok(s) => sources.push(s),
            Err(e) => {
                eprintln!("rasd extract: cannot open {}: {e}", f.display());
                return 2;
            }
        }
    }
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("rasd extract: cannot start worker threads: {e}");
            return 2;
        }
    };
    let opts = Options { published, stage: match args.stage { StageArg::Text => Stage::Text, StageArg::Full => Stage::Full } };
    let max_bytes = args.max_bytes;
    let mut failed = 0usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    // A reader thread fills the next batch while the pool works on this one.
    let (tx, rx) = sync_channel::<Vec<Job>>(2);
    let write_result = std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH_RECORDS);
            let mut bytes = 0usize;
            for mut src in sources {
                while let Some(job) = src.next_job(max_bytes) {
                    bytes += match &job {
                        Job::JsonLine { bytes, .. } | Job::Plain { bytes, .. } => bytes.len(),
                        Job::Failed { .. } => 0,
                    };
                    batch.push(job);
                    if batch.len() >= BATCH_RECORDS || bytes >= BATCH_BYTES {
                        if tx.send(std::mem::take(&mut batch)).is_err() {
                            return;
                        }
                        bytes = 0;
                    }
                }
            }
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        for batch in rx {
            let results: Vec<Result<String, RecordError>> = pool.install(|| batch.into_par_iter().map(|job| process(job, &opts, max_bytes)).collect());
            for r in results {
                let line = match r {
                    Ok(line) => line,
                    Err(e) => {
                        failed += 1;
                        eprintln!("rasd extract: {}: {}", e.id, e.message);
                        error_json(&e.id, &e.message)
                    }
                };
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()
    });
    if let Err(e) = write_result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("rasd extract: cannot write output: {e}");
        }
        return 1;
    }
    if failed > 0 {
        1
    } else {
        0
    }
}

fn process(job: Job, opts: &Options, max_bytes: usize) -> Result<String, RecordError> {
    let rec = match job {
        Job::JsonLine { bytes, fallback_id } => parse_json_record(&bytes, &fallback_id, max_bytes)?,
        Job::Plain { id, bytes } => plain_record(&id, &bytes, max_bytes)?,
        Job::Failed { id, message } => return Err(RecordError { id, message }),
    };
    // A panic in one record must not end the run: report it as that record's error.
    std::panic::catch_unwind(|| extract_json(&rec, opts))
        .map_err(|_| RecordError { id: rec.id.clone(), message: "internal error while extracting this record (please report it)".into() })
}
