//! The extraction pipeline: one record in, one annotated document out. Knows nothing of files or streams.

use crate::doc::*;
use crate::record::{parse_date, Date, Record};

/// How far to run the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The text layer only (normalization, sentences, tokens): for benchmarking it alone.
    Text,
    /// Everything.
    Full,
}

#[derive(Clone, Debug)]
pub struct Options {
    /// Publication date for records that carry none.
    pub published: Option<Date>,
    pub stage: Stage,
}

impl Default for Options {
    fn default() -> Self {
        Options { published: None, stage: Stage::Full }
    }
}

/// One record's result: its output document as one JSON line (no newline), the number of events in it, and the
/// warnings it carries (also in the document's `warnings`), for the caller to show.
#[derive(Clone, Debug)]
pub struct Extracted {
    pub json: String,
    pub events: usize,
    pub warnings: Vec<String>,
}

/// Run the pipeline on one record and return its output document as one JSON line (no newline).
pub fn extract_json(rec: &Record, opts: &Options) -> String {
    extract(rec, opts).json
}

/// Run the pipeline on one record.
pub fn extract(rec: &Record, opts: &Options) -> Extracted {
    extract_with(rec, opts, |doc, json| Extracted { json, events: doc.events.len(), warnings: doc.warnings.clone() })
}

/// Run the pipeline on one record and hand its document and its JSON line to `f`: a caller that keeps the
/// document (the store) reads it typed instead of parsing the line again.
pub fn extract_with<T>(rec: &Record, opts: &Options, f: impl FnOnce(&Document, String) -> T) -> T {
    let mut warnings = Vec::new();
    let published = match rec.published.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => match parse_date(p) {
            Some(d) => Some(d),
            None => {
                warnings.push(match opts.published {
                    Some(d) => format!("\"published\": {p:?} is not a date (YYYY-MM-DD or RFC 3339); using --published {d}"),
                    None => format!("\"published\": {p:?} is not a date (YYYY-MM-DD or RFC 3339); the publication date is unknown (null)"),
                });
                opts.published
            }
        },
        None => opts.published,
    };
    let a = rasd_text::analyze(&rec.text);
    let mut doc = Document {
        id: &rec.id,
        published: published.map(|d| d.to_string()),
        language: a.language,
        title: rec.title.as_deref(),
        url: rec.url.as_deref(),
        source: rec.source.as_deref(),
        text: &rec.text,
        sentences: a.sentences.iter().map(|s| SentenceOut { start: s.start, end: s.end }).collect(),
        entities: vec![],
        events: vec![],
        quotes: vec![],
        times: vec![],
        quantities: vec![],
        warnings,
    };
    if opts.stage == Stage::Full {
        crate::stages::annotate(&a, published, &mut doc);
    }
    let json = serde_json::to_string(&doc).unwrap_or_else(|e| error_json(&rec.id, &format!("cannot serialize output: {e}")));
    f(&doc, json)
}

/// The output line of a record that failed.
pub fn error_json(id: &str, message: &str) -> String {
    serde_json::json!({ "id": id, "error": message }).to_string()
}
