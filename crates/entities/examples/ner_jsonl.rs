//! Entities of JSON Lines articles without the rest of the pipeline, for error analysis of the entity stage
//! (tools/ner_diff.py): `cargo run --release -p rasd-entities --example ner_jsonl -- [tagger|extract] < ARTICLES.jsonl`
//! prints one `{"id", "entities": [{type, start, end, text}]}` line per input line: with `tagger` the tagger's own
//! mentions, with `extract` (the default) those of `find_entities`, as `rasd extract` reports them.
use std::io::{BufRead, Write};

fn main() {
    let tagger = std::env::args().skip(1).any(|a| a == "tagger");
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line.expect("stdin");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = v["text"].as_str().unwrap_or("");
        let a = rasd_text::analyze(text);
        let spans: Vec<(&str, usize, usize)> = if tagger {
            rasd_ner::tag_unscored(&a).iter().map(|m| (m.label.as_str(), m.start, m.end)).collect()
        } else {
            rasd_entities::find_entities(&a, None).iter().map(|e| (e.kind.as_str(), e.start, e.end)).collect()
        };
        let ents: Vec<serde_json::Value> =
            spans.iter().map(|&(t, s, e)| serde_json::json!({"type": t, "start": s, "end": e, "text": a.slice(s, e)})).collect();
        writeln!(out, "{}", serde_json::json!({"id": v["id"], "entities": ents})).expect("stdout");
    }
}
