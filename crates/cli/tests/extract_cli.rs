//! `rasd extract` end to end: the contract's input forms, bad input, exit codes, order and offsets.

mod common;

use common::{check_spans, rasd};
use serde_json::Value;

const SEED: &str = include_str!("../../../examples/karabakh.txt");

#[test]
fn plain_text_seed() {
    let dir = std::env::temp_dir().join(format!("rasd-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("karabakh.txt");
    std::fs::write(&f, SEED).unwrap();
    let (code, docs, _) = rasd(&["extract", "--published", "2023-09-21", f.to_str().unwrap()], b"");
    assert_eq!(code, 0);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["id"], "karabakh");
    assert_eq!(d["published"], "2023-09-21");
    assert_eq!(d["language"], "ar");
    assert_eq!(d["text"], SEED);
    assert_eq!(d["sentences"].as_array().unwrap().len(), 24);
    for k in ["entities", "events", "quotes", "times", "quantities"] {
        assert!(d[k].is_array(), "{k}");
    }
    check_spans(d);
    // Plain text on standard input is "stdin".
    let (_, docs, _) = rasd(&["extract"], SEED.as_bytes());
    assert_eq!(docs[0]["id"], "stdin");
}

#[test]
fn bad_records_each_get_one_error_and_the_run_goes_on() {
    let mut input = Vec::new();
    let lines: Vec<Vec<u8>> = vec![
        r#"{"id": "ok1", "text": "قال الوزير إن المحادثات ستستأنف غدا.", "published": "2023-09-21"}"#.as_bytes().to_vec(),
        r#"{"id": "broken", "text": "#.as_bytes().to_vec(),
        b"{\"id\": \"utf\", \"text\": \"\xff\xfe\xfd\"}".to_vec(),
        r#"{"id": "notext", "title": "x"}"#.as_bytes().to_vec(),
        r#"{"id": "empty", "text": ""}"#.as_bytes().to_vec(),
        r#"{"id": "punct", "text": "!!! ... ؟؟ ، ،"}"#.as_bytes().to_vec(),
        r#"{"id": "latin", "text": "Talks between the parties were held in Yevlakh on Thursday."}"#.as_bytes().to_vec(),
        r#"{"id": "mixed", "text": "قالت وكالة Reuters إن NATO ستجتمع في Brussels."}"#.as_bytes().to_vec(),
        r#"{"id": "quote", "text": "قال الوزير: \"لن نتراجع عن موقفنا"}"#.as_bytes().to_vec(),
        "{\"id\": \"ctrl\", \"text\": \"قال\\u0000 الوزير\\u0007 \\u001b[31m إن\"}".as_bytes().to_vec(),
        r#"{"text": "بلا معرف"}"#.as_bytes().to_vec(),
        r#"[1, 2, 3]"#.as_bytes().to_vec(),
    ];
    for l in &lines {
        input.extend_from_slice(l);
        input.push(b'\n');
    }
    // 100,000 characters without a full stop.
    input.extend_from_slice(format!("{{\"id\": \"runon\", \"text\": \"{}\"}}\n", "وقال المسؤول إن القوات تقدمت، ".repeat(3500)).as_bytes());
    let (code, docs, err) = rasd(&["extract"], &input);
    assert_eq!(code, 1);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ok1", "stdin:2", "utf", "notext", "empty", "punct", "latin", "mixed", "quote", "ctrl", "stdin:11", "stdin:12", "runon"]);
    let error = |id: &str| docs.iter().find(|d| d["id"] == id).unwrap().get("error").and_then(Value::as_str).map(String::from);
    // Invalid JSON has no readable id: it is named by its line.
    assert!(error("stdin:2").unwrap().contains("invalid JSON"));
    assert!(error("utf").unwrap().contains("UTF-8"));
    assert!(error("notext").unwrap().contains("no \"text\""));
    assert!(error("empty").unwrap().contains("empty"));
    assert!(error("stdin:12").unwrap().contains("not a JSON object"));
    for ok in ["ok1", "punct", "latin", "mixed", "quote", "ctrl", "stdin:11", "runon"] {
        assert!(error(ok).is_none(), "{ok}");
        check_spans(docs.iter().find(|d| d["id"] == ok).unwrap());
    }
    let lang = |id: &str| docs.iter().find(|d| d["id"] == id).unwrap()["language"].clone();
    assert_eq!(lang("latin"), "en");
    assert_eq!(lang("mixed"), "ar");
    assert_eq!(lang("punct"), "und");
    assert_eq!(err.lines().filter(|l| l.starts_with("rasd extract:")).count(), 5);
}

#[test]
fn size_limit_and_usage_errors() {
    let big = format!("{{\"id\": \"big\", \"text\": \"{}\"}}\n{{\"id\": \"small\", \"text\": \"نص قصير\"}}\n", "ا".repeat(600));
    let (code, docs, _) = rasd(&["extract", "--max-bytes", "1000"], big.as_bytes());
    assert_eq!(code, 1);
    assert!(docs[0]["error"].as_str().unwrap().contains("over the"));
    assert_eq!(docs[1]["id"], "small");
    assert!(docs[1].get("error").is_none());
    // A 10 MB text is over the default 2 MB limit.
    let huge = format!("{{\"id\": \"huge\", \"text\": \"{}\"}}\n", "كلمة ".repeat(1_000_000));
    let (code, docs, _) = rasd(&["extract"], huge.as_bytes());
    assert_eq!((code, docs.len()), (1, 1));
    assert!(docs[0]["error"].as_str().unwrap().contains("over the"));
    let (code, _, err) = rasd(&["extract", "--published", "yesterday"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("--published"));
    let (code, _, _) = rasd(&["extract", "/nonexistent/file.jsonl"], b"");
    assert_eq!(code, 2);
}

#[test]
fn order_is_kept_whatever_the_thread_count() {
    let mut input = String::new();
    for (i, line) in SEED.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        input.push_str(&serde_json::json!({"id": format!("p{i}"), "text": line, "published": "2023-09-21"}).to_string());
        input.push('\n');
    }
    let input = input.repeat(30);
    let (c1, one, _) = rasd(&["extract", "--threads", "1"], input.as_bytes());
    let (c2, two, _) = rasd(&["extract", "--threads", "2"], input.as_bytes());
    assert_eq!((c1, c2), (0, 0));
    assert_eq!(one, two);
    assert_eq!(one.len(), 24 * 30);
    assert_eq!(one[25]["id"], "p1");
    // Every record in its place: the pool runs the records of three batches (256 each) in any order.
    let ids: Vec<String> = (0..30).flat_map(|_| (0..24).map(|i| format!("p{i}"))).collect();
    assert!(two.iter().map(|r| r["id"].as_str().unwrap_or_default()).eq(ids.iter().map(String::as_str)));
}
