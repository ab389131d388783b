//! Words the clitic splitter reads with the future marker س, counted by form:
//! `cargo run --release -p rasd-text --example future_words -- FILE.jsonl[.gz] [MAX_RECORDS]`.
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};

fn main() {
    let path = std::env::args().nth(1).expect("usage: future_words FILE.jsonl[.gz] [MAX]");
    let max: usize = std::env::args().nth(2).and_then(|m| m.parse().ok()).unwrap_or(usize::MAX);
    let skip: usize = std::env::args().nth(3).and_then(|m| m.parse().ok()).unwrap_or(0);
    let mode = std::env::var("MODE").unwrap_or_default();
    let f = std::fs::File::open(&path).expect("open");
    let r: Box<dyn Read> = if path.ends_with(".gz") { Box::new(flate2::read::MultiGzDecoder::new(f)) } else { Box::new(f) };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in BufReader::new(r).lines().map_while(Result::ok).skip(skip).take(max) {
        let Some(t) = serde_json::from_str::<serde_json::Value>(&l).ok().and_then(|v| v.get("text").and_then(|t| t.as_str()).map(String::from)) else { continue };
        let a = rasd_text::analyze(&t);
        for w in a.words.iter().filter(|w| w.split.future) {
            let surf = a.slice(w.start, w.end);
            let kind = if mode == "alef" {
                // the letter after the future س in the original text
                let body: Vec<char> = surf.chars().filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | 'ـ')).collect();
                let at = body.iter().position(|&c| c == 'س').unwrap_or(0);
                match body.get(at + 1) { Some('ا') => "bare", Some('أ' | 'إ' | 'آ') => "hamza", _ => continue }
            } else { "" };
            *counts.entry(format!("{kind}\t{surf}")).or_default() += 1;
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, c) in v {
        println!("{c}\t{w}");
    }
}
