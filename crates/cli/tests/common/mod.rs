//! What the `rasd` binary's end-to-end tests share: running it on standard input, and checking that every span
//! of a record slices back to its text.
#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `rasd ARGS` with STDIN; returns the exit code, the JSON lines of standard output and standard error.
pub fn rasd(args: &[&str], stdin: &[u8]) -> (i32, Vec<Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut sin = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let w = std::thread::spawn(move || {
        let _ = sin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    w.join().unwrap();
    let docs = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.code().unwrap(), docs, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Every span with a `text` slices back to it (code point offsets), and every sentence is a non-empty range of the text.
pub fn check_spans(doc: &Value) {
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    fn walk(v: &Value, text: &[char]) {
        match v {
            Value::Object(m) => {
                if let (Some(s), Some(e), Some(Value::String(t))) = (m.get("start").and_then(Value::as_u64), m.get("end").and_then(Value::as_u64), m.get("text")) {
                    let got: String = text[s as usize..e as usize].iter().collect();
                    assert_eq!(&got, t, "span {s}..{e}");
                }
                for (k, x) in m {
                    if k != "text" {
                        walk(x, text);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, text)),
            _ => {}
        }
    }
    for k in ["entities", "events", "quotes", "times", "quantities"] {
        walk(&doc[k], &text);
    }
    for s in doc["sentences"].as_array().unwrap() {
        assert!(s["start"].as_u64().unwrap() < s["end"].as_u64().unwrap() && s["end"].as_u64().unwrap() as usize <= text.len());
    }
}
