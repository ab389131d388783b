//! RSS and Atom feed files (feed-rs): one record per entry, its text from the entry's content or summary (HTML
//! turned into text), title, link and publication date from the entry.

use crate::ingest_inputs::{item, read_markup, stem, Item};
use rasd_extract::{Record, RecordError};
use std::path::Path;

/// The text of an HTML fragment (a plain string stays as it is).
pub fn html_text(s: &str) -> String {
    if !s.contains('<') {
        return s.trim().to_string();
    }
    let doc = dom_query::Document::fragment(s);
    doc.root().text().trim().to_string()
}

pub fn read(path: &Path, max_bytes: usize) -> Vec<Item> {
    let bytes = match read_markup(path, max_bytes) {
        Ok(b) => b,
        Err(e) => return vec![item(path, Err(e))],
    };
    let feed = match feed_rs::parser::parse(&bytes[..]) {
        Ok(f) => f,
        Err(e) => return vec![item(path, Err(format!("not a valid RSS or Atom feed: {e}")))],
    };
    let source = feed.title.as_ref().map(|t| html_text(&t.content)).filter(|t| !t.is_empty());
    let base = stem(path);
    let mut out = Vec::new();
    for (n, e) in feed.entries.iter().enumerate() {
        let id = if e.id.trim().is_empty() { format!("{base}:{}", n + 1) } else { e.id.clone() };
        let body = e.content.as_ref().and_then(|c| c.body.clone()).or_else(|| e.summary.as_ref().map(|s| s.content.clone()));
        let text = body.map(|b| html_text(&b)).unwrap_or_default();
        let record = if text.is_empty() {
            Err(RecordError { id: id.clone(), message: "feed entry has no content or summary".into() })
        } else if text.len() > max_bytes {
            Err(RecordError { id: id.clone(), message: format!("text is {} bytes, over the limit of {max_bytes} bytes", text.len()) })
        } else {
            Ok(Record {
                id,
                text,
                title: e.title.as_ref().map(|t| html_text(&t.content)),
                published: e.published.or(e.updated).map(|d| d.format("%Y-%m-%d").to_string()),
                url: e.links.first().map(|l| l.href.clone()),
                source: source.clone(),
            })
        };
        out.push(Item { input: path.display().to_string(), record });
    }
    if out.is_empty() {
        out.push(item(path, Err("feed has no entries".into())));
    }
    out
}
