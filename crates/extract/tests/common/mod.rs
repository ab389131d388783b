//! Helpers shared by the pipeline tests: run one text through `rasd extract`'s core and pick its events.

use rasd_extract::{extract_json, parse_date, Options, Record};
use serde_json::Value;

pub fn run(text: &str, published: &str) -> Value {
    let rec = Record { id: "t".into(), text: text.into(), ..Default::default() };
    let opts = Options { published: parse_date(published), ..Default::default() };
    serde_json::from_str(&extract_json(&rec, &opts)).unwrap()
}

pub fn events<'a>(d: &'a Value, kind: &str) -> Vec<&'a Value> {
    d["events"].as_array().unwrap().iter().filter(|e| e["type"] == kind).collect()
}

// Not every test binary that includes this module uses every helper.
#[allow(dead_code)]
pub fn by_trigger<'a>(d: &'a Value, kind: &str, trigger: &str) -> &'a Value {
    events(d, kind).into_iter().find(|e| e["trigger"]["text"].as_str().unwrap().contains(trigger)).unwrap_or_else(|| panic!("no {kind} {trigger}: {:#}", d["events"]))
}

/// The speaker's text of the quote whose content starts with `content_start`, if there is such a quote.
#[allow(dead_code)]
pub fn speaker_of(d: &Value, content_start: &str) -> Option<String> {
    let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    d["quotes"].as_array().unwrap().iter().find_map(|q| {
        let s = q["content"]["start"].as_u64().unwrap() as usize;
        let c: String = text[s..].iter().take(content_start.chars().count()).collect();
        (c == content_start).then(|| q["speaker"]["text"].as_str().unwrap_or("").to_string())
    })
}
