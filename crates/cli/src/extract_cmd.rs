//! `rasd extract`: stream records through the extraction core on all cores, writing results in input order.

use crate::input::{self, Job};
use rasd_extract::{error_json, extract, parse_date, parse_json_record, plain_record, Extracted, Options, RecordError, Stage};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver};
use std::sync::Arc;
use std::time::Instant;

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
    /// Output: JSON Lines (the contract), or a table for a person reading on a terminal.
    #[arg(long, value_enum, default_value_t = FormatArg::Json)]
    format: FormatArg,
    /// Input files: JSON Lines or plain text, optionally gzip-compressed (*.gz). Standard input when none, or `-`.
    files: Vec<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FormatArg {
    Json,
    Table,
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
    let published = match args.published.as_deref().map(|p| (p, parse_date(p))) {
        Some((p, None)) => {
            eprintln!("rasd extract: --published {p:?} is not a date (YYYY-MM-DD)");
            return 2;
        }
        Some((_, d)) => d,
        None => None,
    };
    let read = Arc::new(AtomicU64::new(0));
    let mut sources = Vec::new();
    if args.files.is_empty() {
        sources.push(input::open(None, read.clone()).expect("stdin"));
    }
    for f in &args.files {
        match input::open(Some(f), read.clone()) {
            Ok(s) => sources.push(s),
            Err(e) => {
                eprintln!("rasd extract: {}", input::open_error(f, &e));
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
    let format = args.format;
    let progress = Progress::new(&args.files);
    // A reader thread fills the next batch while the pool works; each record is a job of the pool's own, and a
    // writer thread writes a batch's results in input order as they come. So the pool starts the next batch while
    // the slowest records of this one still run and while the writer writes, instead of a core waiting at each
    // batch's end for the last record and for the output to be written.
    let (tx, rx) = sync_channel::<Vec<Job>>(2);
    let (done_tx, done_rx) = sync_channel::<(usize, Receiver<(usize, Outcome)>)>(1);
    let opts = Arc::new(opts);
    let written = std::thread::scope(|scope| {
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
        let writer = scope.spawn(|| {
            let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
            write_batches(done_rx, &mut out, format, &progress, &read)
        });
        for batch in rx {
            let (results, batch_rx) = channel();
            let n = batch.len();
            for (i, job) in batch.into_iter().enumerate() {
                let (results, opts) = (results.clone(), opts.clone());
                pool.spawn(move || {
                    let _ = results.send((i, process(job, &opts, max_bytes)));
                });
            }
            // The writer stopped (an output error): read no more.
            if done_tx.send((n, batch_rx)).is_err() {
                break;
            }
        }
        drop(done_tx);
        writer.join().unwrap_or_else(|_| Err(io::Error::other("the output thread stopped")))
    });
    let (records, failed, events) = match written {
        Ok(counts) => counts,
        Err(e) => {
            if e.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("rasd extract: cannot write output: {e}");
            }
            return 1;
        }
    };
    progress.finish(records, failed, events);
    if failed > 0 {
        1
    } else {
        0
    }
}

/// One record's result: its id and extraction, or why it has none.
type Outcome = Result<(String, Extracted), RecordError>;

/// Write each batch's results in input order as they arrive (`n` results, each with its index in the batch), with
/// the records' warnings and errors on standard error; the numbers of records, failed records and events.
fn write_batches(
    batches: Receiver<(usize, Receiver<(usize, Outcome)>)>,
    out: &mut impl Write,
    format: FormatArg,
    progress: &Progress,
    read: &AtomicU64,
) -> io::Result<(usize, usize, usize)> {
    let (mut records, mut failed, mut events) = (0usize, 0usize, 0usize);
    for (n, results) in batches {
        let mut waiting: Vec<Option<Outcome>> = (0..n).map(|_| None).collect();
        let mut next = 0;
        while next < n {
            let (i, r) = results.recv().map_err(|_| io::Error::other("a worker thread stopped"))?;
            waiting[i] = Some(r);
            while let Some(r) = waiting.get_mut(next).and_then(Option::take) {
                next += 1;
                records += 1;
                let line = match r {
                    Ok((id, x)) => {
                        events += x.events;
                        for w in &x.warnings {
                            progress.message(&format!("rasd extract: {id}: warning: {w}"));
                        }
                        x.json
                    }
                    Err(e) => {
                        failed += 1;
                        progress.message(&format!("rasd extract: {}: {}", e.id, e.message));
                        error_json(&e.id, &e.message)
                    }
                };
                if format == FormatArg::Table {
                    out.write_all(crate::table::render(&line).as_bytes())?;
                } else {
                    out.write_all(line.as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
        }
        progress.update(records, read.load(Ordering::Relaxed));
    }
    out.flush()?;
    Ok((records, failed, events))
}

/// Progress on standard error, only when it is a terminal: a bar (over the input files' bytes, or a counter on
/// standard input) while standard output is not the terminal too, and a summary at the end. Quiet otherwise, so
/// logs and pipes see only the messages about bad records.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    start: Instant,
    terminal: bool,
}

impl Progress {
    fn new(files: &[PathBuf]) -> Progress {
        let terminal = io::stderr().is_terminal();
        let bar = (terminal && !io::stdout().is_terminal()).then(|| {
            let sizes: Option<u64> = (!files.is_empty()).then(|| files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).ok()).sum()).flatten();
            let bar = match sizes {
                Some(total) => indicatif::ProgressBar::new(total).with_style(
                    indicatif::ProgressStyle::with_template("{bar:40} {percent:>3}% {msg} {elapsed} (ETA {eta})").unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                ),
                None => indicatif::ProgressBar::new_spinner()
                    .with_style(indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}").unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())),
            };
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
            bar
        });
        Progress { bar, start: Instant::now(), terminal }
    }

    /// A message on standard error that does not break the bar.
    fn message(&self, m: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{m}")),
            None => eprintln!("{m}"),
        }
    }

    fn update(&self, records: usize, bytes: u64) {
        if let Some(b) = &self.bar {
            if b.length().is_some() {
                b.set_position(bytes);
            } else {
                b.tick();
            }
            b.set_message(format!("{records} records"));
        }
    }

    fn finish(&self, records: usize, failed: usize, events: usize) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        if self.terminal {
            eprintln!(
                "rasd extract: {records} records, {failed} errors, {events} events in {:.1} s",
                self.start.elapsed().as_secs_f64()
            );
        }
    }
}

fn process(job: Job, opts: &Options, max_bytes: usize) -> Result<(String, Extracted), RecordError> {
    let rec = match job {
        Job::JsonLine { bytes, fallback_id } => parse_json_record(&bytes, &fallback_id, max_bytes)?,
        Job::Plain { id, bytes } => plain_record(&id, &bytes, max_bytes)?,
        Job::Failed { id, message } => return Err(RecordError { id, message }),
    };
    // A panic in one record must not end the run: report it as that record's error.
    std::panic::catch_unwind(|| (rec.id.clone(), extract(&rec, opts)))
        .map_err(|_| RecordError { id: rec.id.clone(), message: "internal error while extracting this record (please report it)".into() })
}
