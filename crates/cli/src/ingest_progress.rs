//! The progress bar of `rasd ingest` (indicatif): records with rate and ETA on a terminal, nothing otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rasd_store::RunSummary;
use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

pub struct Progress {
    bar: Option<ProgressBar>,
}

/// Records in the inputs, counted only for the bar (lines of JSON Lines files, one per other file).
fn count_records(files: &[PathBuf]) -> u64 {
    files
        .iter()
        .map(|f| {
            if crate::ingest_inputs::kind_of(f) != crate::ingest_inputs::Kind::Stream {
                return 1;
            }
            let Ok(file) = std::fs::File::open(f) else { return 1 };
            let r: Box<dyn BufRead> = if f.to_string_lossy().ends_with(".gz") {
                Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file)))
            } else {
                Box::new(std::io::BufReader::new(file))
            };
            r.split(b'\n').count().max(1) as u64
        })
        .sum()
}

impl Progress {
    pub fn new(files: &[PathBuf]) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(Some(count_records(files)), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{bar:30} {pos}/{len} records, {per_sec}, ETA {eta} {msg}").unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        Progress { bar: Some(bar) }
    }

    pub fn advance(&mut self, n: u64, s: &RunSummary) {
        if let Some(b) = &self.bar {
            b.inc(n);
            b.set_message(format!("({} new, {} identical, {} near-dup, {} failed)", s.new, s.identical, s.near_duplicate, s.failed));
        }
    }

    /// A line above the bar (or on standard error without one).
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    pub fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
