//! `rasd extract --format table`: a record as a person reads it on a terminal, from its JSON line: the events
//! one a line (sentence, type, trigger, status, actor, recipient, place, date, dead), then the quotes.

use serde_json::Value;

/// A participant as `text (country/role)`, or `(country/role)` for one known only from the context.
fn participant(p: &Value) -> String {
    if p.is_null() {
        return "-".into();
    }
    let s = |k: &str| p[k].as_str().unwrap_or("-").to_string();
    let text = p["text"].as_str().map(|t| format!("{t} ")).unwrap_or_default();
    let from = p["country_from"].as_str().map(|f| format!(", from the {f}")).unwrap_or_default();
    format!("{text}({}/{}{from})", s("country"), s("role"))
}

/// The text of a JSON line in table form; an error line as one line.
pub fn render(json_line: &str) -> String {
    let Ok(d) = serde_json::from_str::<Value>(json_line) else { return json_line.to_string() };
    let id = d["id"].as_str().unwrap_or("?");
    if let Some(e) = d["error"].as_str() {
        return format!("== {id}: error: {e}\n");
    }
    let mut out = format!("== {id}  published {}\n", d["published"].as_str().unwrap_or("-"));
    let events = d["events"].as_array().map(Vec::as_slice).unwrap_or_default();
    out.push_str(&format!("events ({}):\n", events.len()));
    for e in events {
        let place = e["location"]["name"].as_str().unwrap_or("-");
        let date = e["date"]["value"].as_str().unwrap_or("-");
        let dead = e["fatalities"]["low"].as_f64().map(|n| format!("  dead ≥ {n}")).unwrap_or_default();
        out.push_str(&format!(
            "  [{}] {:<9} {:<12} «{}»  {} → {}  at {place}, {date}{dead}\n",
            e["sentence"],
            e["type"].as_str().unwrap_or("?"),
            e["status"].as_str().unwrap_or("?"),
            e["trigger"]["text"].as_str().unwrap_or(""),
            participant(&e["actor"]),
            participant(&e["recipient"]),
        ));
    }
    let quotes = d["quotes"].as_array().map(Vec::as_slice).unwrap_or_default();
    let text: Vec<char> = d["text"].as_str().unwrap_or("").chars().collect();
    out.push_str(&format!("quotes ({}):\n", quotes.len()));
    for q in quotes {
        let (s, e) = (q["content"]["start"].as_u64().unwrap_or(0) as usize, q["content"]["end"].as_u64().unwrap_or(0) as usize);
        let said: String = text.get(s.min(text.len())..e.min(text.len())).unwrap_or_default().iter().take(80).collect();
        out.push_str(&format!("  {}: «{said}»\n", q["speaker"]["text"].as_str().unwrap_or("-")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_and_quotes_one_a_line() {
        let rec = rasd_extract::plain_record("seed", "قال الرئيس إلهام علييف إن الجيش الأذربيجاني قصف مواقع في ستيباناكيرت أمس.".as_bytes(), 1 << 20).unwrap();
        let opts = rasd_extract::Options { published: rasd_extract::parse_date("2023-09-21"), ..Default::default() };
        let t = render(&rasd_extract::extract_json(&rec, &opts));
        assert!(t.starts_with("== seed  published 2023-09-21\n"), "{t}");
        assert!(t.contains("ASSAULT") && t.contains("«قصف»"), "{t}");
        assert!(t.contains("quotes (1):"), "{t}");
        assert_eq!(render(r#"{"id":"x","error":"no text"}"#), "== x: error: no text\n");
    }
}
