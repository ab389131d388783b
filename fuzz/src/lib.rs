//! What every fuzz target asserts (beyond "no panic"): the text layer's spans are code point ranges of the text
//! in order, sentences tile it (only whitespace between and around them), tokens tile their word; and in an output
//! document every object with `start` and `end` lies inside the text, and one with a `text` slices back to it.

use serde_json::Value;

/// The text layer's invariants on `text`.
pub fn check_analysis(text: &str) -> rasd_text::Analysis {
    let a = rasd_text::analyze(text);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(a.chars, chars, "chars are the text's code points");
    let n = chars.len();
    check_sentences(&chars, a.sentences.iter().map(|s| (s.start, s.end)));
    let mut prev = 0;
    for (i, w) in a.words.iter().enumerate() {
        assert!(w.start >= prev && w.start < w.end && w.end <= n, "word {i} {}..{} out of order or outside {n}", w.start, w.end);
        prev = w.end;
        assert!(w.start <= w.body_start && w.body_start <= w.body_end && w.body_end <= w.end, "word {i}: body outside the word");
        assert!(w.sentence < a.sentences.len(), "word {i}: no sentence {}", w.sentence);
        let s = a.sentences[w.sentence];
        assert!(s.start <= w.start && w.end <= s.end, "word {i} {}..{} outside its sentence {}..{}", w.start, w.end, s.start, s.end);
        let toks = &a.tokens[w.tokens.clone()];
        assert!(!toks.is_empty(), "word {i} has no token");
        assert_eq!(toks[0].start, w.start);
        assert_eq!(toks[toks.len() - 1].end, w.end);
        for p in toks.windows(2) {
            assert_eq!(p[0].end, p[1].start, "tokens of word {i} do not tile it");
        }
        for t in toks {
            assert!(t.start < t.end, "empty token in word {i}");
        }
    }
    a
}

/// Sentences in order, non-empty, inside the text, with only whitespace between and around them.
pub fn check_sentences(chars: &[char], sentences: impl Iterator<Item = (usize, usize)>) {
    let mut prev = 0;
    for (s, e) in sentences {
        assert!(s >= prev && s < e && e <= chars.len(), "sentence {s}..{e} out of order or outside {}", chars.len());
        assert!(chars[prev..s].iter().all(|c| c.is_whitespace()), "text between sentences at {prev}..{s}");
        prev = e;
    }
    assert!(chars[prev..].iter().all(|c| c.is_whitespace()), "text after the last sentence at {prev}");
}

/// An output line of `extract_json` for a record whose text is `text`: valid JSON, the text echoed, sentences
/// tiling it, and every span in range and slicing back to its `text`.
pub fn check_output(line: &str, id: &str, text: &str) {
    let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("output is not JSON ({e}): {line}"));
    assert_eq!(v["id"].as_str(), Some(id), "id not echoed");
    if v.get("error").is_some() {
        return;
    }
    assert_eq!(v["text"].as_str(), Some(text), "text not echoed");
    let chars: Vec<char> = text.chars().collect();
    let sentences = v["sentences"].as_array().expect("sentences");
    check_sentences(&chars, sentences.iter().map(|s| (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize)));
    for key in ["entities", "events", "quotes", "times", "quantities"] {
        check_spans(&v[key], &chars, key);
    }
}

fn check_spans(v: &Value, chars: &[char], path: &str) {
    match v {
        Value::Array(xs) => xs.iter().enumerate().for_each(|(i, x)| check_spans(x, chars, &format!("{path}[{i}]"))),
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start").and_then(Value::as_u64), m.get("end").and_then(Value::as_u64)) {
                let (s, e) = (s as usize, e as usize);
                assert!(s <= e && e <= chars.len(), "{path}: span {s}..{e} outside the text of {} characters", chars.len());
                if let Some(t) = m.get("text").and_then(Value::as_str) {
                    let got: String = chars[s..e].iter().collect();
                    assert_eq!(got, t, "{path}: span {s}..{e} does not slice to its text");
                }
            } else {
                // A span without both ends has no text of its own either.
                assert!(m.get("start").is_none_or(Value::is_null) == m.get("end").is_none_or(Value::is_null), "{path}: one end of a span");
            }
            for (k, x) in m {
                check_spans(x, chars, &format!("{path}.{k}"));
            }
        }
        _ => {}
    }
}
