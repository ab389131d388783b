//! Shared by the API and browser tests: a database seeded with the seed report (published 2023-09-21), a slice of
//! the ANT corpus (from ../shared beside the clone, when present) and a hostile article, made once per test binary.
#![allow(dead_code)]

use rasd_extract::{extract_json, parse_date, parse_json_record, Options, Record};
use rasd_store::{Incoming, SqliteStore, Storage};
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::OnceLock;

pub const SEED_ID: &str = "seed-karabakh";
pub const HOSTILE_ID: &str = "hostile";
/// A report whose title, URL and text carry markup, a script URL and bidi overrides: all must show as text.
pub const HOSTILE_TITLE: &str = "<img src=x onerror=\"window.__pwned=1\"> عنوان \u{202E}txet desrever";
pub const HOSTILE_URL: &str = "javascript:window.__pwned=2";
pub const HOSTILE_TEXT: &str = "قالت الشرطة في بغداد إن متظاهرين اقتحموا مبنى الوزارة <script>window.__pwned=3</script> \
    واتهم وزير الداخلية المحتجين <img src=x onerror=\"window.__pwned=4\"> بالتخريب. \u{202E}ﻻ تقرأ هذا\u{202C} \
    <a href=\"javascript:window.__pwned=5\">اضغط هنا</a> وأكد أن التحقيق مستمر.";

pub fn seed_text() -> String {
    std::fs::read_to_string(format!("{}/../../examples/karabakh.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

pub fn ant_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news/ant-multisource.jsonl.gz")
}

/// The first `n` political ANT records (raw lines), or none when the corpus is not beside the clone.
pub fn ant_slice(n: usize) -> Vec<String> {
    let Ok(f) = std::fs::File::open(ant_path()) else {
        eprintln!("note: {} not found; the test database has no ANT slice", ant_path().display());
        return Vec::new();
    };
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(f));
    let mut out = Vec::new();
    for line in r.lines().map_while(Result::ok) {
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        if v["category"].as_str().is_some_and(|c| c == "internationalNews" || c == "middleEast") {
            out.push(line);
            if out.len() >= n {
                break;
            }
        }
    }
    out
}

fn extracted(rec: &Record) -> String {
    extract_json(rec, &Options { published: parse_date("2023-09-21"), ..Default::default() })
}

/// Build a database at `path`: the seed, `ant` ANT articles and the hostile report.
pub fn build_db(path: &std::path::Path, ant: usize) {
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
    }
    let mut store = SqliteStore::open(path).unwrap();
    let run = store.begin_run().unwrap();
    let mut batch = Vec::new();
    let seed = Record { id: SEED_ID.into(), text: seed_text(), title: Some("ناجورنو كاراباخ".into()), published: Some("2023-09-21".into()),
        url: Some("https://example.org/karabakh".into()), source: Some("seed".into()) };
    batch.push(Incoming::Extracted { input: "seed".into(), json: extracted(&seed) });
    let hostile = Record { id: HOSTILE_ID.into(), text: HOSTILE_TEXT.into(), title: Some(HOSTILE_TITLE.into()), published: Some("2023-09-20".into()),
        url: Some(HOSTILE_URL.into()), source: Some("<b>outlet</b>".into()) };
    batch.push(Incoming::Extracted { input: "hostile".into(), json: extracted(&hostile) });
    for (i, line) in ant_slice(ant).iter().enumerate() {
        let rec = parse_json_record(line.as_bytes(), &format!("ant:{i}"), 2 << 20).unwrap();
        batch.push(Incoming::Extracted { input: "ant".into(), json: extracted(&rec) });
    }
    store.ingest_batch(run, batch).unwrap();
}

/// The shared test database of this test binary.
pub fn db() -> PathBuf {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("rasd-server-tests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("web.db");
        build_db(&p, 60);
        p
    })
    .clone()
}
