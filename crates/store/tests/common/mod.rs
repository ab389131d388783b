//! Shared test helpers: temporary databases, ANT articles (from ../shared, beside the clone), extraction.
#![allow(dead_code)]

use rasd_extract::{extract_json, parse_json_record, Options};
use rasd_store::{Incoming, Outcome, SqliteStore, Storage};
use std::io::BufRead;
use std::path::PathBuf;

/// A fresh database path, removed first.
pub fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rasd-store-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{name}.db"));
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", p.display()));
    }
    p
}

/// The path `temp_db(name)` gives, without removing anything.
pub fn temp_db_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("rasd-store-tests-{}", std::process::id())).join(format!("{name}.db"))
}

pub fn ant_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news/ant-multisource.jsonl.gz")
}

/// ANT records (raw JSON lines) chosen by `keep(id, category)`, at most `limit`, in corpus order.
pub fn ant_lines(limit: usize, keep: impl Fn(&str, &str) -> bool) -> Vec<String> {
    let f = std::fs::File::open(ant_path()).expect("the ANT corpus in ../shared/data/news");
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(f));
    let mut out = Vec::new();
    for line in r.lines() {
        let line = line.unwrap();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let id = v["id"].as_str().unwrap_or("");
        let cat = v["category"].as_str().unwrap_or("");
        if keep(id, cat) {
            out.push(line);
            if out.len() >= limit {
                break;
            }
        }
    }
    out
}

/// The ANT records with these ids, in the order given.
pub fn ant_by_id(ids: &[&str]) -> Vec<String> {
    let found = ant_lines(ids.len(), |id, _| ids.contains(&id));
    ids.iter().map(|want| found.iter().find(|l| l.contains(&format!("\"id\": \"{want}\""))).unwrap_or_else(|| panic!("{want} in ANT")).clone()).collect()
}

/// `rasd extract` of one input JSON line.
pub fn extract(line: &str) -> String {
    let rec = parse_json_record(line.as_bytes(), "t:1", 2 << 20).expect("a valid record");
    extract_json(&rec, &Options::default())
}

pub fn ingest(store: &mut SqliteStore, lines: &[String]) -> Vec<Outcome> {
    let run = store.begin_run().unwrap();
    let batch = lines.iter().map(|l| Incoming::Extracted { input: "test".into(), json: extract(l) }).collect();
    store.ingest_batch(run, batch).unwrap()
}

pub fn count(store: &SqliteStore, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}
