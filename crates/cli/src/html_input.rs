//! Saved HTML article pages: the main text by readability (dom_smoothie, a port of Mozilla's Readability), with
//! the title, publication date, URL and site name from the page's metadata.

use crate::ingest_inputs::{item, read_markup, stem, Item};
use dom_smoothie::{Config, Readability, TextMode};
use rasd_extract::Record;
use std::path::Path;

pub fn read(path: &Path, max_bytes: usize) -> Item {
    item(path, record(path, max_bytes))
}

fn record(path: &Path, max_bytes: usize) -> Result<Record, String> {
    let bytes = read_markup(path, max_bytes)?;
    let html = String::from_utf8(bytes).map_err(|e| format!("page is not UTF-8 (invalid byte at {})", e.utf8_error().valid_up_to()))?;
    if !html.contains('<') {
        return Err("not an HTML page (no markup)".into());
    }
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let doc = dom_query::Document::from(html);
    let url = page_url(&doc);
    let mut r = Readability::with_document(doc, None, Some(cfg)).map_err(|e| format!("cannot read the page: {e}"))?;
    let article = r.parse().map_err(|e| format!("no article text found in the page: {e}"))?;
    let text = article.text_content.trim().to_string();
    if text.is_empty() {
        return Err("no article text found in the page".into());
    }
    if text.len() > max_bytes {
        return Err(format!("text is {} bytes, over the limit of {max_bytes} bytes", text.len()));
    }
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    Ok(Record { id: stem(path), text, title, published: article.published_time, url: url.or(article.url), source: article.site_name })
}

/// The page's own address: its canonical link, else og:url.
fn page_url(doc: &dom_query::Document) -> Option<String> {
    let canonical = doc.select("link[rel=canonical]").attr("href");
    let og = doc.select("meta[property='og:url']").attr("content");
    canonical.or(og).map(|u| u.trim().to_string()).filter(|u| !u.is_empty())
}
