//! The annotated corpus of eval/news: articles, the locked split, and gold events located in the text.

use serde_json::Value;
use std::path::Path;

/// An article of the corpus with its gold annotation.
pub struct Annotated {
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    pub gold: Value,
}

impl Annotated {
    /// The article as the extraction reads it (what the trainers run the full pipeline on).
    pub fn record(&self) -> rasd_extract::Record {
        rasd_extract::Record { id: self.id.clone(), text: self.text.clone(), title: None, published: self.published.clone(), url: None, source: None }
    }
}

/// A gold event's trigger located in its article: code point span.
pub struct GoldTrigger<'a> {
    pub start: usize,
    pub end: usize,
    pub event: &'a Value,
}

/// The train-split articles of `dir` (eval/news) that have a gold file: never the locked test split.
pub fn train_articles(dir: &Path) -> Result<Vec<Annotated>, String> {
    let split = std::fs::read_to_string(dir.join("split.tsv")).map_err(|e| format!("{}: {e}", dir.join("split.tsv").display()))?;
    let train: rustc_hash::FxHashSet<&str> =
        split.lines().skip(1).filter_map(|l| l.split_once('\t')).filter(|(_, s)| s.starts_with("train")).map(|(id, _)| id).collect();
    articles_with_gold(dir, |id| train.contains(id))
}

/// Every article of a development set without a split (news-dev: `articles.jsonl` and `gold/`), to watch a model
/// on, never to train or choose by.
pub fn dev_articles(dir: &Path) -> Result<Vec<Annotated>, String> {
    articles_with_gold(dir, |_| true)
}

/// The articles of `dir` whose id `keep` accepts and that have a gold file.
fn articles_with_gold(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<Annotated>, String> {
    let articles = std::fs::read_to_string(dir.join("articles.jsonl")).map_err(|e| format!("articles.jsonl: {e}"))?;
    let mut out = vec![];
    for line in articles.lines().filter(|l| !l.trim().is_empty()) {
        let a: Value = serde_json::from_str(line).map_err(|e| format!("articles.jsonl: {e}"))?;
        let id = a["id"].as_str().unwrap_or_default().to_string();
        if !keep(id.as_str()) {
            continue;
        }
        let gold_path = dir.join("gold").join(format!("{id}.json"));
        let Ok(g) = std::fs::read_to_string(&gold_path) else { continue };
        let gold: Value = serde_json::from_str(&g).map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let published = a["published"].as_str().map(|p| p.chars().take(10).collect());
        out.push(Annotated { id, text: a["text"].as_str().unwrap_or_default().to_string(), published, gold });
    }
    Ok(out)
}

/// Code point offset of byte offset `b` of `s`.
fn cp(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

/// The gold events whose trigger can be found: inside the first occurrence of its evidence.
pub fn gold_triggers(a: &Annotated) -> Vec<GoldTrigger<'_>> {
    let mut out = vec![];
    for e in a.gold["events"].as_array().into_iter().flatten() {
        let (Some(ev), Some(tr)) = (e["evidence"].as_str(), e["trigger"].as_str()) else { continue };
        let Some(eb) = a.text.find(ev) else { continue };
        let Some(tb) = ev.find(tr) else { continue };
        let start = cp(&a.text, eb + tb);
        out.push(GoldTrigger { start, end: start + tr.chars().count(), event: e });
    }
    out
}

/// The sentence span of code point `pos` as the scorer cuts it (at . ! ? ؟ and newlines).
pub(crate) fn sentence_span(chars: &[char], pos: usize) -> (usize, usize) {
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '\n');
    let s = (0..pos.min(chars.len())).rev().find(|&i| stop(chars[i])).map_or(0, |i| i + 1);
    let e = (pos..chars.len()).find(|&i| stop(chars[i])).map_or(chars.len(), |i| i + 1);
    (s, e)
}
