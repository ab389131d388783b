//! What `rasd ingest` reads: files and directories (walked recursively, in name order), each file a JSON Lines or
//! plain-text input (optionally gzip), an RSS/Atom feed, or a saved HTML page. Every input yields records or one
//! clear error per bad record; nothing here aborts a run.

use crate::input::{self, Job};
use rasd_extract::{parse_json_record, plain_record, Record, RecordError};
use std::path::{Path, PathBuf};

/// How a file is read, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// JSON Lines or one plain-text article, optionally gzip (`input::open`).
    Stream,
    /// RSS or Atom (`*.rss`, `*.atom`, `*.xml`).
    Feed,
    /// A saved article page (`*.html`, `*.htm`).
    Html,
}

pub fn kind_of(path: &Path) -> Kind {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let name = name.trim_end_matches(".gz");
    if name.ends_with(".rss") || name.ends_with(".atom") || name.ends_with(".xml") {
        Kind::Feed
    } else if name.ends_with(".html") || name.ends_with(".htm") {
        Kind::Html
    } else {
        Kind::Stream
    }
}

/// One record to ingest, or why it cannot be, with the input it comes from.
pub struct Item {
    pub input: String,
    pub record: Result<Record, RecordError>,
}

fn failed(input: &Path, message: String) -> Item {
    let id = input.display().to_string();
    Item { input: id.clone(), record: Err(RecordError { id, message }) }
}

/// The files named by the arguments (directories expanded), and one error item per path that gives none.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Item>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    for p in paths {
        if p.is_dir() {
            let before = files.len();
            walk(p, &mut files, &mut errors);
            if files.len() == before {
                errors.push(failed(p, "directory holds no input files".into()));
            }
        } else if p.exists() {
            files.push(p.clone());
        } else {
            errors.push(failed(p, "no such file or directory".into()));
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Item>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => return errors.push(failed(dir, format!("cannot read directory: {e}"))),
    };
    entries.sort();
    for p in entries {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, errors);
        } else {
            files.push(p);
        }
    }
}

/// The records of one stream input (JSON Lines or plain text), read lazily through `input::open`.
pub struct StreamItems {
    label: String,
    source: Option<input::Source>,
    max_bytes: usize,
    opened: Option<Item>,
}

impl StreamItems {
    pub fn new(path: &Path, max_bytes: usize) -> StreamItems {
        let label = path.display().to_string();
        match input::open(Some(path), Default::default()) {
            Ok(s) => StreamItems { label, source: Some(s), max_bytes, opened: None },
            Err(e) => StreamItems { label, source: None, max_bytes, opened: Some(failed(path, format!("cannot open: {e}"))) },
        }
    }
}

impl Iterator for StreamItems {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(e) = self.opened.take() {
            return Some(e);
        }
        let job = self.source.as_mut()?.next_job(self.max_bytes)?;
        let record = match job {
            Job::JsonLine { bytes, fallback_id } => parse_json_record(&bytes, &fallback_id, self.max_bytes),
            Job::Plain { id, bytes } => plain_record(&id, &bytes, self.max_bytes),
            Job::Failed { id, message } => Err(RecordError { id, message }),
        };
        Some(Item { input: self.label.clone(), record })
    }
}

/// Every record of one input file, whatever its kind.
pub fn items(path: &Path, max_bytes: usize) -> Box<dyn Iterator<Item = Item> + Send> {
    match kind_of(path) {
        Kind::Stream => Box::new(StreamItems::new(path, max_bytes)),
        Kind::Feed => Box::new(crate::feed_input::read(path, max_bytes).into_iter()),
        Kind::Html => Box::new(std::iter::once(crate::html_input::read(path, max_bytes))),
    }
}

/// Read a whole markup file, refusing one far larger than any article page (8 times the text limit).
pub fn read_markup(path: &Path, max_bytes: usize) -> Result<Vec<u8>, String> {
    let limit = max_bytes.saturating_mul(8) as u64;
    let len = std::fs::metadata(path).map_err(|e| format!("cannot open: {e}"))?.len();
    if len > limit {
        return Err(format!("file is {len} bytes, over the limit of {limit} bytes for a page or feed"));
    }
    std::fs::read(path).map_err(|e| format!("cannot read: {e}"))
}

pub fn stem(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    match name.find('.') {
        Some(i) if i > 0 => name[..i].to_string(),
        _ => name,
    }
}

pub(crate) fn item(path: &Path, record: Result<Record, String>) -> Item {
    Item { input: path.display().to_string(), record: record.map_err(|message| RecordError { id: stem(path), message }) }
}
