//! The JSON Schema of the extract record (docs/schema/extract-record.schema.json) validates what `rasd extract`
//! prints, checked by Python's jsonschema on the example, ANT articles and an error line; a broken record fails it.

use std::io::{BufRead, Write};
use std::process::{Command, Stdio};

fn extract(input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(["extract", "--published", "2023-09-21"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut sin = child.stdin.take().unwrap();
    let data = input.to_string();
    let w = std::thread::spawn(move || sin.write_all(data.as_bytes()));
    let out = child.wait_with_output().unwrap();
    w.join().unwrap().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

const CHECK: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
v = jsonschema.Draft202012Validator(schema)
bad = 0
for i, line in enumerate(open(sys.argv[2], encoding="utf-8")):
    errs = list(v.iter_errors(json.loads(line)))
    if errs:
        bad += 1
        print(i, errs[0].json_path, errs[0].message[:200])
print("invalid", bad)
"#;

fn validate(lines: &str) -> String {
    let dir = std::env::temp_dir().join(format!("rasd-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join(format!("out-{}.jsonl", lines.len()));
    std::fs::write(&f, lines).unwrap();
    let schema = format!("{}/../../docs/schema/extract-record.schema.json", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3").arg("-c").arg(CHECK).arg(schema).arg(&f).output().expect("python3 with jsonschema");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn extract_output_follows_the_schema() {
    let ant = format!("{}/../../../shared/data/news/ant-multisource.jsonl.gz", env!("CARGO_MANIFEST_DIR"));
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(ant).unwrap()));
    let mut input: Vec<String> = r.lines().map(|l| l.unwrap()).filter(|l| l.contains("internationalNews")).take(40).collect();
    let seed = include_str!("../../../examples/karabakh.txt");
    input.push(serde_json::json!({"id": "karabakh", "text": seed, "title": "t", "url": "u", "source": "s"}).to_string());
    input.push("{\"id\": \"broken\", \"text\": \"\"}".into());
    let out = extract(&(input.join("\n") + "\n"));
    assert_eq!(out.lines().count(), 42);
    assert_eq!(validate(&out).trim(), "invalid 0");
    // The schema is not vacuous: a record with a status outside the list, or a field missing, is refused.
    let karabakh = out.lines().find(|l| l.contains("\"id\":\"karabakh\"")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(karabakh).unwrap();
    doc["events"][0]["status"] = "rumoured".into();
    let mut doc2: serde_json::Value = serde_json::from_str(karabakh).unwrap();
    doc2["entities"][0].as_object_mut().unwrap().remove("country");
    let broken = format!("{doc}\n{doc2}\n");
    assert_eq!(validate(&broken).lines().last().unwrap(), "invalid 2");
}
