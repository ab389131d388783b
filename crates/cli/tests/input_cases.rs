//! Input read as the user meant it, or refused with a reason (issue 17, item 8): each case on the seed report,
//! real Arabic text, read from `../shared` beside the repository (tests only: the product never reads it).

mod common;

use common::{check_spans, rasd};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn seed() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/seed/karabakh.txt");
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e} (the tests need ../shared beside the repository)", p.display()))
}

/// A fresh directory for one test's files.
fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rasd-input-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn file(d: &Path, name: &str, bytes: &[u8]) -> String {
    let f = d.join(name);
    std::fs::write(&f, bytes).unwrap();
    f.to_str().unwrap().to_string()
}

/// What an event says, without offsets: type, status, trigger, actor and recipient texts and countries.
fn events(doc: &Value) -> Vec<String> {
    let part = |p: &Value| format!("{}/{}/{}", p["text"], p["country"], p["country_from"]);
    doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {} {} {} {} {}", e["type"], e["status"], e["trigger"]["text"], part(&e["actor"]), part(&e["recipient"]), e["date"]["value"]))
        .collect()
}

/// The text of each sentence.
fn sentences(doc: &Value) -> Vec<String> {
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    doc["sentences"].as_array().unwrap().iter().map(|s| text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize].iter().collect()).collect()
}

#[test]
fn json_lines_with_a_utf8_byte_order_mark() {
    let d = dir("bom");
    let line = serde_json::json!({"id": "k", "text": seed(), "published": "2023-09-21"}).to_string() + "\n";
    let plain = file(&d, "plain.jsonl", line.as_bytes());
    let marked = file(&d, "marked.jsonl", &[b"\xEF\xBB\xBF".as_slice(), line.as_bytes(), line.as_bytes()].concat());
    let (code, want, _) = rasd(&["extract", &plain], b"");
    assert_eq!((code, want.len()), (0, 1));
    let (code, got, err) = rasd(&["extract", &marked], b"");
    assert_eq!(code, 0, "{err}");
    // Two records, read as JSON Lines, not one plain-text article whose text is the raw JSON.
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], want[0]);
    assert_eq!(got[1], want[0]);
    assert!(!events(&got[0]).is_empty());
    // A plain-text article with the mark: the mark is not part of the text.
    let (code, got, _) = rasd(&["extract", "--published", "2023-09-21"], &[b"\xEF\xBB\xBF".as_slice(), seed().as_bytes()].concat());
    assert_eq!(code, 0);
    assert_eq!(got[0]["text"], seed());
    assert_eq!(events(&got[0]), events(&want[0]));
}

#[test]
fn utf16_is_refused_with_a_reason_and_the_run_goes_on() {
    let d = dir("utf16");
    let text = seed();
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let json = serde_json::json!({"id": "k", "text": text}).to_string();
    let json_le: Vec<u8> = json.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let ok = file(&d, "ok.txt", text.as_bytes());
    let cases = [
        ("le", le.clone(), "little-endian, without a byte-order mark"),
        ("be", be.clone(), "big-endian, without a byte-order mark"),
        ("lebom", [&[0xFF, 0xFE][..], &le].concat(), "little-endian, with a byte-order mark"),
        ("bebom", [&[0xFE, 0xFF][..], &be].concat(), "big-endian, with a byte-order mark"),
        ("jsonle", json_le, "little-endian, without a byte-order mark"),
    ];
    for (name, bytes, what) in cases {
        let f = file(&d, &format!("{name}.txt"), &bytes);
        let (code, docs, err) = rasd(&["extract", "--published", "2023-09-21", &f, &ok], b"");
        assert_eq!(code, 1, "{name}");
        assert_eq!(docs.len(), 2, "{name}: one error line, then the next input");
        assert_eq!(docs[0]["id"], name);
        let msg = docs[0]["error"].as_str().unwrap();
        assert!(msg.contains("UTF-16") && msg.contains(what), "{name}: {msg}");
        assert!(err.contains(&format!("rasd extract: {name}: the input is UTF-16")), "{name}: {err}");
        assert_eq!(docs[1]["id"], "ok");
        assert!(docs[1].get("error").is_none() && !events(&docs[1]).is_empty());
    }
    // On standard input too.
    let (code, docs, _) = rasd(&["extract"], &le);
    assert_eq!(code, 1);
    assert!(docs[0]["error"].as_str().unwrap().contains("UTF-16"));
}

#[test]
fn crlf_and_cr_line_ends_are_line_breaks() {
    let text = seed();
    assert!(text.contains('\n') && !text.contains('\r'));
    let run = |t: &str| {
        let (code, docs, err) = rasd(&["extract", "--published", "2023-09-21"], t.as_bytes());
        assert_eq!(code, 0, "{err}");
        docs.into_iter().next().unwrap()
    };
    let lf = run(&text);
    let crlf = run(&text.replace('\n', "\r\n"));
    let cr = run(&text.replace('\n', "\r"));
    // The text comes back unchanged and every span slices into it.
    assert_eq!(crlf["text"].as_str().unwrap(), text.replace('\n', "\r\n"));
    assert_eq!(cr["text"].as_str().unwrap(), text.replace('\n', "\r"));
    check_spans(&crlf);
    check_spans(&cr);
    // The same sentences and the same events as with LF (a heading ending in \r does not join the next line).
    assert_eq!(sentences(&crlf), sentences(&lf));
    assert_eq!(sentences(&cr), sentences(&lf));
    assert!(sentences(&lf).len() > 20);
    assert_eq!(events(&crlf), events(&lf));
    assert_eq!(events(&cr), events(&lf));
    // CR has the length of LF: everything but the text is identical, offsets included.
    let strip = |mut d: Value| {
        d.as_object_mut().unwrap().remove("text");
        d
    };
    assert_eq!(strip(cr), strip(lf.clone()));
    // JSON Lines written with CRLF line ends: the \r after each object is JSON whitespace, not a bad record.
    let line = serde_json::json!({"id": "k", "text": text, "published": "2023-09-21"}).to_string();
    let (code, docs, err) = rasd(&["extract"], format!("{line}\r\n{line}\r\n").as_bytes());
    assert_eq!((code, docs.len()), (0, 2), "{err}");
    assert_eq!(events(&docs[1]), events(&lf));
}

#[test]
fn an_unparseable_published_date_is_reported() {
    let line = serde_json::json!({"id": "lw", "text": seed(), "published": "last week"}).to_string();
    let (code, docs, err) = rasd(&["extract"], line.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(docs[0]["published"], Value::Null);
    let w = docs[0]["warnings"].as_array().unwrap();
    assert_eq!(w.len(), 1);
    assert!(w[0].as_str().unwrap().contains("\"last week\" is not a date"), "{w:?}");
    assert!(err.contains("rasd extract: lw: warning: \"published\": \"last week\" is not a date"), "{err}");
    // With --published, that date is used, and the warning says so.
    let (code, docs, err) = rasd(&["extract", "--published", "2023-09-21"], line.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(docs[0]["published"], "2023-09-21");
    assert!(docs[0]["warnings"][0].as_str().unwrap().ends_with("using --published 2023-09-21"));
    assert!(err.contains("using --published 2023-09-21"));
    // A good date gives no warning: the field is absent, nothing on standard error.
    let good = serde_json::json!({"id": "ok", "text": seed(), "published": "2023-09-21T10:00:00Z"}).to_string();
    let (code, docs, err) = rasd(&["extract"], good.as_bytes());
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(docs[0].get("warnings").is_none());
    assert_eq!(docs[0]["published"], "2023-09-21");
}

#[test]
fn dash_is_standard_input_and_a_directory_is_a_usage_error() {
    let d = dir("dash");
    let text = seed();
    let f = file(&d, "karabakh.txt", text.as_bytes());
    let (code, docs, _) = rasd(&["extract", "--published", "2023-09-21", &f, "-"], text.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(docs.len(), 2);
    assert_eq!((docs[0]["id"].as_str(), docs[1]["id"].as_str()), (Some("karabakh"), Some("stdin")));
    assert_eq!(docs[1]["text"].as_str(), Some(text.as_str()));
    assert_eq!(events(&docs[0]), events(&docs[1]));
    // A directory: exit 2 before any output, with a message naming it.
    let (code, docs, err) = rasd(&["extract", &f, d.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(docs.is_empty());
    assert!(err.contains(&format!("cannot open {}: it is a directory", d.display())), "{err}");
    // A missing file is the same kind of error.
    let (code, _, err) = rasd(&["extract", &d.join("missing.txt").to_string_lossy()], b"");
    assert_eq!(code, 2);
    assert!(err.contains("cannot open"));
}

#[test]
fn country_from_is_on_every_participant() {
    let (code, docs, _) = rasd(&["extract", "--published", "2023-09-21"], seed().as_bytes());
    assert_eq!(code, 0);
    let mut seen = std::collections::BTreeMap::new();
    for e in docs[0]["events"].as_array().unwrap() {
        for role in ["actor", "recipient"] {
            let p = &e[role];
            if p.is_null() {
                continue;
            }
            let from = p.as_object().unwrap().get("country_from").unwrap_or_else(|| panic!("{role} without country_from: {p}"));
            assert!(matches!(from.as_str(), None | Some("sentence") | Some("report")), "{from}");
            // Null exactly when the mention itself gives the country (or none is known).
            if from.is_null() {
                assert!(!p["text"].is_null(), "{p}");
            }
            *seen.entry(from.to_string()).or_insert(0) += 1;
        }
    }
    assert!(seen.contains_key("null") && seen.len() >= 2, "{seen:?}");
}

#[test]
fn quiet_off_a_terminal_summary_on_one() {
    let d = dir("tty");
    let f = file(&d, "karabakh.txt", seed().as_bytes());
    let (code, docs, err) = rasd(&["extract", "--published", "2023-09-21", &f], b"");
    assert_eq!(code, 0);
    let n = docs[0]["events"].as_array().unwrap().len();
    assert_eq!(err, "", "nothing on standard error when it is not a terminal");
    // On a terminal (a pseudo-terminal from util-linux `script`, which this machine and the CI image have): the
    // summary.
    let out = d.join("out.jsonl");
    let cmd = format!("{} extract --published 2023-09-21 {f} > {}", env!("CARGO_BIN_EXE_rasd"), out.display());
    let tty = match Command::new("script").args(["-qec", &cmd, "/dev/null"]).stdin(Stdio::null()).output() {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("note: util-linux `script` is not installed: the terminal half of this test is not run");
            return;
        }
        Err(e) => panic!("script: {e}"),
    };
    assert!(tty.status.success());
    let shown = String::from_utf8_lossy(&tty.stdout);
    assert!(shown.contains(&format!("rasd extract: 1 records, 0 errors, {n} events in ")), "{shown}");
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
}
