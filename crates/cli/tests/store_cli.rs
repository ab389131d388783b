//! `rasd ingest`, `query`, `export` and `stats` end to end: the example article, every input kind with bad input
//! among them, and an ingest killed with SIGKILL then resumed.

use rasd_store::{SqliteStore, Storage};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rasd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasd")).args(args).env_remove("RASD_DB").output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rasd-cli-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn example() -> String {
    format!("{}/../../examples/karabakh.txt", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ingest_query_export_the_example() {
    let dir = temp_dir("example");
    let db = dir.join("r.db");
    let db = db.to_str().unwrap();
    let out = rasd(&["ingest", "--db", db, "--published", "2023-09-21", &example()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 new, 0 identical"), "{}", text(&out.stdout));
    // The last connection to close is the writer's, which folds the WAL into the database and removes it.
    assert!(!Path::new(&format!("{db}-wal")).exists(), "a finished ingest leaves a WAL beside {db}");
    let again = rasd(&["ingest", "--db", db, "--published", "2023-09-21", &example()]);
    assert!(text(&again.stdout).contains("0 new, 1 identical"), "{}", text(&again.stdout));

    let q = rasd(&["query", "--db", db, "--type", "ACCUSE", "--country", "ARM", "--format", "jsonl"]);
    assert_eq!(q.status.code(), Some(0), "{}", text(&q.stderr));
    let rows: Vec<serde_json::Value> = text(&q.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.iter().any(|r| r["trigger"] == "اتهمت" && r["actor_country"] == "ARM"), "{rows:?}");
    assert!(rows.iter().all(|r| r["type"] == "ACCUSE"));
    let table = rasd(&["query", "--db", db, "--text", "وزارة الدفاع", "--format", "table"]);
    assert!(text(&table.stdout).contains("REJECT"), "{}", text(&table.stdout));
    let bad = rasd(&["query", "--db", db, "--type", "BOMBING"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("not a PLOVER type"));

    let gdelt = rasd(&["export", "--db", db, "--format", "gdelt", "--stories"]);
    assert_eq!(gdelt.status.code(), Some(0), "{}", text(&gdelt.stderr));
    let lines: Vec<String> = text(&gdelt.stdout).lines().map(String::from).collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l.split('\t').count() == 61));
    let pq = dir.join("e.parquet");
    let ex = rasd(&["export", "--db", db, "--format", "parquet", "--month", "2023-09", "-o", pq.to_str().unwrap()]);
    assert_eq!(ex.status.code(), Some(0), "{}", text(&ex.stderr));
    assert_eq!(&std::fs::read(&pq).unwrap()[..4], b"PAR1");

    let stats = rasd(&["stats", "--db", db, "--format", "json"]);
    let s: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(s["documents"], 1);
    assert_eq!(s["identical_skipped"], 1);
    assert!(s["events"].as_i64().unwrap() > 20);
    let missing = rasd(&["stats", "--db", dir.join("none.db").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title>
<item><title>اشتباكات في طرابلس</title><link>https://example.org/rss/1</link><guid>rss-1</guid>
<pubDate>Mon, 14 May 2018 10:00:00 GMT</pubDate>
<description>&lt;p&gt;اندلعت اشتباكات عنيفة بين فصائل مسلحة في العاصمة الليبية طرابلس مساء الأحد، وأعلنت وزارة الصحة مقتل خمسة أشخاص.&lt;/p&gt;</description></item>
<item><title>بلا تاريخ صالح</title><link>https://example.org/rss/2</link><guid>rss-2</guid><pubDate>not a date</pubDate>
<description>تظاهر آلاف الطلاب في الجزائر العاصمة للمطالبة بإصلاحات في نظام التعليم الجامعي.</description></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار أتوم</title><id>urn:atom</id><updated>2018-06-01T00:00:00Z</updated>
<entry><title>اتفاق في الخرطوم</title><id>atom-1</id><link href="https://example.org/atom/1"/><updated>2018-06-01T09:00:00Z</updated>
<content type="html">&lt;p&gt;وقعت الحكومة السودانية وحركات مسلحة اتفاقا لوقف إطلاق النار في الخرطوم برعاية الاتحاد الأفريقي.&lt;/p&gt;</content></entry>
</feed>"#;

fn html_page() -> String {
    let para = "<p>أعلن الجيش العراقي أنه أحبط هجوما لتنظيم داعش على مواقع عسكرية قرب مدينة الموصل شمالي البلاد، وقال متحدث باسم قيادة العمليات المشتركة إن القوات قتلت عشرة مسلحين واعتقلت آخرين خلال العملية التي استمرت ساعات.</p>";
    format!(
        r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الجيش العراقي يحبط هجوما - موقع الاختبار</title>
<meta property="og:title" content="الجيش العراقي يحبط هجوما قرب الموصل"><meta property="og:url" content="https://example.org/iraq/1">
<meta property="og:site_name" content="موقع الاختبار"><meta property="article:published_time" content="2018-07-02T08:30:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav><article><h1>الجيش العراقي يحبط هجوما قرب الموصل</h1>{}</article>
<footer>جميع الحقوق محفوظة</footer></body></html>"#,
        para.repeat(3)
    )
}

#[test]
fn every_input_kind_and_bad_input_in_one_run() {
    let dir = temp_dir("kinds");
    let inputs = dir.join("in");
    std::fs::create_dir_all(inputs.join("nested/deeper")).unwrap();
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    std::fs::write(inputs.join("a.jsonl"), "{\"id\":\"j1\",\"text\":\"قالت الشرطة المصرية إنها اعتقلت ثلاثة مشتبه بهم في القاهرة.\",\"published\":\"2018-03-01\",\"source\":\"test\"}\n{\"id\":\"j2\",\"text\":\"\"}\nnot json\n").unwrap();
    std::fs::write(inputs.join("nested/b.txt"), "فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية يوم الخميس.").unwrap();
    std::fs::write(inputs.join("nested/deeper/news.rss"), RSS).unwrap();
    std::fs::write(inputs.join("nested/deeper/feed.atom"), ATOM).unwrap();
    std::fs::write(inputs.join("page.html"), html_page()).unwrap();
    std::fs::write(inputs.join("broken.xml"), "<rss><channel><item><title>مقطوع").unwrap();
    std::fs::write(inputs.join("blob.bin"), [0u8, 159, 146, 150, 255, 0, 1, 2, 3, 0xfe, 0xff]).unwrap();
    std::fs::write(inputs.join("huge.txt"), "ا".repeat(3 << 20)).unwrap();
    let db = dir.join("k.db");
    let out = rasd(&[
        "ingest", "--db", db.to_str().unwrap(), "--published", "2018-05-01",
        inputs.to_str().unwrap(), dir.join("empty").to_str().unwrap(), dir.join("missing.jsonl").to_str().unwrap(),
    ]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    // New: j1, b.txt, two RSS items, one Atom entry, the HTML page.
    assert!(stdout.contains("6 new, 0 identical (already stored), 0 near-duplicate, 7 failed"), "{stdout}\n{stderr}");
    for msg in ["text is empty", "invalid JSON", "not a valid RSS or Atom feed", "invalid UTF-8", "over the limit", "directory holds no input files", "no such file"] {
        assert!(stderr.contains(msg), "{msg:?} in {stderr}");
    }
    let store = SqliteStore::open_read_only(&db).unwrap();
    let c = store.connection();
    let errors: i64 = c.query_row("SELECT count(*) FROM ingest_errors", [], |r| r.get(0)).unwrap();
    assert_eq!(errors, 7);
    let page: (String, Option<String>, Option<String>, Option<String>, String) = c
        .query_row("SELECT title, url, published, source, record FROM documents WHERE record_id = 'page'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap();
    assert!(page.0.contains("الجيش العراقي يحبط هجوما"), "{page:?}");
    assert_eq!(page.1.as_deref(), Some("https://example.org/iraq/1"));
    assert!(page.2.as_deref().unwrap().starts_with("2018-07-02"));
    assert!(page.4.contains("الموصل") && !page.4.contains("جميع الحقوق") && !page.4.contains("الرئيسية"), "main text only");
    let rss: (Option<String>, Option<String>, Option<String>) = c
        .query_row("SELECT published, source, url FROM documents WHERE record_id = 'rss-1'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!(rss, (Some("2018-05-14".into()), Some("وكالة الاختبار".into()), Some("https://example.org/rss/1".into())));
    // The item with an invalid date takes --published instead.
    let rss2: String = c.query_row("SELECT record FROM documents WHERE record_id = 'rss-2'", [], |r| r.get(0)).unwrap();
    assert!(rss2.contains("\"published\":\"2018-05-01\""), "{rss2}");
    let events = store.query(&rasd_store::Filter { location_country: Some("LBY".into()), ..Default::default() }).unwrap();
    assert!(!events.is_empty(), "the Tripoli clashes are stored as events");
}

/// Records of the ANT corpus for the kill test (political reports, a few hundred).
fn ant_slice(path: &Path, n: usize) {
    let src = format!("{}/../../../shared/data/news/ant-multisource.jsonl.gz", env!("CARGO_MANIFEST_DIR"));
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(src).unwrap()));
    let lines: Vec<String> = r.lines().map(|l| l.unwrap()).filter(|l| l.contains("\"category\": \"middleEast\"")).take(n).collect();
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

#[test]
fn an_ingest_killed_with_sigkill_resumes_without_duplicates() {
    let dir = temp_dir("kill");
    let input = dir.join("ant.jsonl");
    ant_slice(&input, 400);
    let db = dir.join("kill.db");
    let args = ["ingest", "--db", db.to_str().unwrap(), "--batch", "16", input.to_str().unwrap()];
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd")).args(args).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
    // Kill once some batches are committed.
    let t = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let n = SqliteStore::open_read_only(&db).ok().and_then(|s| s.stats().ok()).map_or(0, |s| s.documents);
        if n >= 40 || t.elapsed().as_secs() > 60 {
            break;
        }
    }
    unsafe_kill(child.id());
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed mid-way");
    let killed_at = SqliteStore::open_read_only(&db).unwrap().stats().unwrap().documents;
    assert!(killed_at >= 40 && killed_at < 390, "{killed_at} documents when killed");
    {
        let store = rusqlite_conn(&db);
        let conn = store.connection();
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        // Every committed document is whole: its events are all there.
        let partial: i64 = conn
            .query_row("SELECT count(*) FROM documents d WHERE json_array_length(d.record, '$.events') != (SELECT count(*) FROM events e WHERE e.doc_id = d.id)", [], |r| r.get(0))
            .unwrap();
        assert_eq!(partial, 0);
        // A first load into an empty database builds the readers' indexes at its end: killed, they are still owed.
        let owed: i64 = conn.query_row("SELECT count(*) FROM deferred_indexes", [], |r| r.get(0)).unwrap();
        assert!(owed > 0, "the readers' indexes are put off while loading");
    }
    let out = rasd(&args);
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1), "{}", text(&out.stderr));
    let store = rusqlite_conn(&db);
    let conn = store.connection();
    let (docs, near, distinct): (i64, i64, i64) = conn
        .query_row("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM near_duplicates), (SELECT count(DISTINCT record_id) FROM documents)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(docs, distinct, "each report once");
    let (owed, built): (i64, i64) = conn
        .query_row("SELECT (SELECT count(*) FROM deferred_indexes), (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_type_day')", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((owed, built), (0, 1), "the resumed ingest built the indexes the killed one put off");
    let texts: std::collections::HashSet<String> =
        std::fs::read_to_string(&input).unwrap().lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string()).filter(|t| !t.trim().is_empty()).collect();
    assert_eq!((docs + near) as usize, texts.len(), "every distinct report stored or linked exactly once");
}

fn rusqlite_conn(db: &Path) -> rasd_store::SqliteStore {
    SqliteStore::open_read_only(db).unwrap()
}

fn unsafe_kill(pid: u32) {
    let st = Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
    assert!(st.success());
}

#[test]
fn ingest_into_a_read_only_database_fails_cleanly() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("readonly");
    let db = dir.join("r.db");
    let db_s = db.to_str().unwrap();
    let out = rasd(&["ingest", "--db", db_s, "--published", "2023-09-21", &example()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let before = std::fs::read(&db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let again = rasd(&["ingest", "--db", db_s, "--published", "2023-09-22", &example()]);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(again.status.code(), Some(2), "the database cannot be used: status 2");
    let err = text(&again.stderr);
    assert!(err.contains("r.db is read-only") && err.contains("nothing was changed"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is unchanged");
    let ok: String = rusqlite_conn(&db).connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    // Queries still read it.
    let q = rasd(&["stats", "--db", db_s, "--format", "json"]);
    assert_eq!(q.status.code(), Some(0), "{}", text(&q.stderr));
}
