//! The store on hand-made documents: story clustering rules, bad input, schema versions, exports read back.

mod common;
use common::*;
use rasd_store::export::{self, Format};
use rasd_store::{Filter, Incoming, Level, Outcome, SqliteStore, Storage, StoreError};
use serde_json::json;

/// A one-event document: type, day, actor and recipient countries, place (name, country), source.
fn doc(id: &str, kind: &str, day: &str, actor: Option<&str>, recipient: Option<&str>, place: (&str, &str), source: &str) -> String {
    // Texts that share no three-word run, so that none is a near-duplicate of another.
    const BODIES: [&str; 7] = [
        "قصفت طائرات حربية أحياء سكنية في ضواحي المدينة فجرا",
        "أفاد شهود عيان بسماع دوي انفجارات متتالية قرب السوق المركزي",
        "أعلن مسؤول محلي أن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض",
        "تحدثت مصادر طبية عن نقل الجرحى إلى مستشفيات المنطقة الشمالية",
        "خرج مئات المحتجين إلى الساحة الرئيسية رافعين لافتات تطالب بالإصلاح",
        "نفذت وحدات عسكرية هجوما مباغتا على مواقع تابعة للفصائل المسلحة",
        "استهدفت صواريخ بعيدة المدى مخازن أسلحة على أطراف العاصمة اللبنانية",
    ];
    let n = (id.as_bytes()[0] - b'a') as usize % BODIES.len();
    let text = format!("نص {} {id}", BODIES[n]);
    // Coordinates and GeoNames ids as the geocoder gives them ("Syria" is the country: the capital's coordinates).
    let (lat, lon, geonameid) = match place.0 {
        "Damascus" => (33.5102, 36.2913, Some(170654)),
        "Syria" => (33.5102, 36.2913, Some(163843)),
        "Douma" => (33.5722, 36.4029, None),
        "Homs" => (34.7268, 36.7234, Some(169577)),
        "Beirut" => (33.8933, 35.5016, Some(276781)),
        other => panic!("no coordinates for {other}"),
    };
    let who = |c: Option<&str>| c.map(|c| json!({"text": null, "start": null, "end": null, "entity": null, "name": null, "country": c, "role": "GOV", "country_from": "report"}));
    json!({
        "id": id, "published": day, "language": "ar", "source": source, "url": format!("https://example.org/{id}"),
        "text": text, "sentences": [{"start": 0, "end": text.chars().count()}], "entities": [], "quotes": [],
        "events": [{
            "id": "V1", "type": kind, "mode": null, "cameo": if kind == "ASSAULT" { "190" } else { "141" },
            "goldstein": if kind == "ASSAULT" { -10.0 } else { -6.5 }, "status": "asserted", "sentence": 0,
            "trigger": {"text": "نص", "start": 0, "end": 2}, "actor": who(actor), "recipient": who(recipient),
            "location": {"text": null, "start": null, "end": null, "name": place.0, "country": place.1, "lat": lat, "lon": lon, "geonameid": geonameid},
            "date": {"text": null, "start": null, "end": null, "value": day, "precision": "day"},
            "fatalities": {"low": 3.0, "high": null, "text": "ثلاثة قتلى", "start": 3, "end": 8}, "injuries": null, "confidence": 0.8
        }]
    })
    .to_string()
}

fn store_docs(store: &mut SqliteStore, docs: &[String]) -> Vec<Outcome> {
    let run = store.begin_run().unwrap();
    store.ingest_batch(run, docs.iter().map(|d| Incoming::Extracted { input: "hand".into(), json: d.clone() }).collect()).unwrap()
}

fn story(store: &SqliteStore, record: &str) -> i64 {
    store.connection().query_row("SELECT e.story_id FROM events e JOIN documents d ON d.id=e.doc_id WHERE d.record_id=?1", [record], |r| r.get(0)).unwrap()
}

fn sample(name: &str) -> SqliteStore {
    let mut store = SqliteStore::open(&temp_db(name)).unwrap();
    let docs = [
        doc("a", "ASSAULT", "2024-03-10", Some("SYR"), None, ("Damascus", "SYR"), "outlet1"),
        doc("b", "ASSAULT", "2024-03-11", Some("SYR"), Some("ISR"), ("Damascus", "SYR"), "outlet2"),
        doc("c", "ASSAULT", "2024-03-11", None, Some("ISR"), ("Syria", "SYR"), "outlet3"),
        doc("d", "ASSAULT", "2024-03-14", Some("SYR"), None, ("Damascus", "SYR"), "outlet1"),
        doc("e", "PROTEST", "2024-03-10", Some("SYR"), None, ("Damascus", "SYR"), "outlet2"),
        doc("f", "ASSAULT", "2024-03-10", Some("ISR"), None, ("Damascus", "SYR"), "outlet2"),
        doc("g", "ASSAULT", "2024-03-10", Some("SYR"), None, ("Beirut", "LBN"), "outlet2"),
    ];
    let out = store_docs(&mut store, &docs);
    assert!(out.iter().all(|o| matches!(o, Outcome::New { .. })), "{out:?}");
    store
}

#[test]
fn stories_cluster_by_type_actors_day_and_place() {
    let store = sample("stories");
    let a = story(&store, "a");
    assert_eq!(story(&store, "b"), a, "a day later, recipient now known: the same story");
    assert_eq!(story(&store, "c"), a, "a place known only as the country, actor unknown, compatible recipient");
    assert_ne!(story(&store, "d"), a, "four days later");
    assert_ne!(story(&store, "e"), a, "another type");
    assert_ne!(story(&store, "f"), a, "another actor country");
    assert_ne!(story(&store, "g"), a, "another country");
    let rows = store.query(&Filter { level: Level::Stories, story: None, ..Default::default() }).unwrap();
    assert_eq!(rows.len(), 5);
    let s = rows.iter().find(|r| r.id == a).unwrap();
    assert_eq!((s.mentions, s.articles, s.sources), (3, 3, 3));
    assert_eq!((s.first_seen.as_deref(), s.last_seen.as_deref()), (Some("2024-03-10"), Some("2024-03-11")));
    let (lo, hi): (String, String) = store.connection().query_row("SELECT day_first, day_last FROM stories WHERE id=?1", [a], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((lo.as_str(), hi.as_str()), ("2024-03-10", "2024-03-11"));
    // Filters at story level: the story is in Syria in March, not in Lebanon.
    let (from, to) = (rasd_store::day::parse("2024-03-01"), rasd_store::day::parse("2024-03-31"));
    let f = Filter { level: Level::Stories, location_country: Some("SYR".into()), from, to, ..Default::default() };
    assert_eq!(store.query(&f).unwrap().len(), 4);
    let stats = store.stats().unwrap();
    assert_eq!((stats.documents, stats.events, stats.stories, stats.stories_with_several_articles), (7, 7, 5, 1));
}

/// The same document with linked actor and recipient names.
fn named(json: String, actor: Option<&str>, recipient: Option<&str>) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["events"][0]["actor"]["name"] = json!(actor);
    v["events"][0]["recipient"]["name"] = json!(recipient);
    v.to_string()
}

#[test]
fn stories_need_the_same_place_and_names_and_span_a_few_days() {
    let mut store = SqliteStore::open(&temp_db("stories-tight")).unwrap();
    let assault = |id: &str, day: &str, place: &str| doc(id, "ASSAULT", day, Some("SYR"), None, (place, "SYR"), id);
    let docs = [
        named(assault("h", "2024-03-10", "Damascus"), Some("Syrian Army"), None),
        assault("i", "2024-03-10", "Homs"),
        assault("j", "2024-03-11", "Douma"),
        named(assault("k", "2024-03-10", "Damascus"), Some("Hay'at Tahrir al-Sham"), None),
        assault("l", "2024-03-12", "Damascus"),
        assault("m", "2024-03-13", "Damascus"),
        assault("n", "2024-03-14", "Damascus"),
    ];
    let out = store_docs(&mut store, &docs);
    assert!(out.iter().all(|o| matches!(o, Outcome::New { .. })), "{out:?}");
    let h = story(&store, "h");
    assert_ne!(story(&store, "i"), h, "Homs is 140 km from Damascus: another place in the same country");
    assert_eq!(story(&store, "j"), h, "Douma is 12 km from Damascus: the same place");
    assert_ne!(story(&store, "k"), h, "same country, another linked actor");
    assert_eq!(story(&store, "l"), h, "a day after the story's last day");
    assert_eq!(story(&store, "m"), h, "the story now spans 2024-03-10 to 03-13, three days");
    assert_ne!(story(&store, "n"), h, "a fourth day after the first: over the span limit, a new story");
    let (lo, hi): (String, String) = store.connection().query_row("SELECT day_first, day_last FROM stories WHERE id=?1", [h], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((lo.as_str(), hi.as_str()), ("2024-03-10", "2024-03-13"));
    let name: Option<String> = store.connection().query_row("SELECT actor_name FROM stories WHERE id=?1", [h], |r| r.get(0)).unwrap();
    assert_eq!(name.as_deref(), Some("Syrian Army"));
}

fn integrity_ok(conn: &rusqlite::Connection) {
    let r: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(r, "ok");
}

#[test]
fn a_read_only_database_or_directory_is_refused_and_left_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let p = temp_db("readonly");
    drop(sample("readonly-src"));
    std::fs::copy(temp_db_path("readonly-src"), &p).unwrap();
    let before = std::fs::read(&p).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let e = SqliteStore::open(&p).err().expect("a read-only database is refused for writing");
    assert!(matches!(e, StoreError::ReadOnly(_)), "{e:?}");
    assert!(e.to_string().contains("is read-only") && e.to_string().contains("nothing was changed"), "{e}");
    assert_eq!(std::fs::read(&p).unwrap(), before, "the file is unchanged");
    // Readers still work on it.
    let ro = SqliteStore::open_read_only(&p).unwrap();
    integrity_ok(ro.connection());
    assert_eq!(ro.stats().unwrap().documents, 7);
    drop(ro);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();

    // A writable file in a read-only directory: WAL needs its -wal and -shm files beside it.
    let dir = p.with_extension("dir");
    let _ = std::fs::create_dir(&dir);
    let inside = dir.join("rasd.db");
    std::fs::copy(&p, &inside).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let e = SqliteStore::open(&inside).err().expect("refused");
    let new = SqliteStore::open(&dir.join("new.db")).err().expect("no database created in a read-only directory");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(e.to_string().contains("directory") && e.to_string().contains("read-only"), "{e}");
    assert!(matches!(new, StoreError::ReadOnly(_)), "{new:?}");
    assert!(!dir.join("new.db").exists());
    assert_eq!(std::fs::read(&inside).unwrap(), before);
    integrity_ok(SqliteStore::open(&inside).unwrap().connection());
}

#[test]
fn bad_records_are_recorded_and_the_batch_goes_on() {
    let mut store = SqliteStore::open(&temp_db("bad")).unwrap();
    let run = store.begin_run().unwrap();
    let batch = vec![
        Incoming::Extracted { input: "f.jsonl".into(), json: "{\"id\": \"x1\", \"error\": \"text is empty\"}".into() },
        Incoming::Extracted { input: "f.jsonl".into(), json: "not json at all".into() },
        Incoming::Failed { input: "missing.jsonl".into(), record_id: None, message: "no such file or directory".into() },
        Incoming::Extracted { input: "f.jsonl".into(), json: doc("ok", "ASSAULT", "2024-01-02", Some("SYR"), None, ("Damascus", "SYR"), "o") },
    ];
    let out = store.ingest_batch(run, batch).unwrap();
    assert!(matches!(&out[0], Outcome::Failed { record_id: Some(id), .. } if id == "x1"));
    assert!(matches!(&out[1], Outcome::Failed { message, .. } if message.starts_with("not an extract record")));
    assert!(matches!(&out[2], Outcome::Failed { .. }));
    assert!(matches!(&out[3], Outcome::New { .. }));
    assert_eq!(count(&store, "SELECT count(*) FROM ingest_errors"), 3);
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), 1);
}

#[test]
fn a_newer_schema_or_a_foreign_file_is_refused() {
    let p = temp_db("newer");
    drop(SqliteStore::open(&p).unwrap());
    rusqlite::Connection::open(&p).unwrap().pragma_update(None, "user_version", 99).unwrap();
    for r in [SqliteStore::open(&p).err(), SqliteStore::open_read_only(&p).err()] {
        match r {
            Some(e @ StoreError::NewerSchema { .. }) => assert!(e.to_string().contains("newer than this rasd supports"), "{e}"),
            other => panic!("{other:?}"),
        }
    }
    let junk = temp_db("junk");
    std::fs::write(&junk, b"PK\x03\x04 this is a zip file, not a database, and it is long enough").unwrap();
    assert!(matches!(SqliteStore::open(&junk), Err(StoreError::NotADatabase(_))));
    assert!(matches!(SqliteStore::open_read_only(&junk), Err(StoreError::NotADatabase(_))));
}

#[test]
fn gdelt_export_reads_back_in_python_with_61_typed_columns() {
    let store = sample("gdelt");
    let rows = store.query(&Filter { level: Level::Stories, ..Default::default() }).unwrap();
    let mut buf = Vec::new();
    export::write(Format::Gdelt, &rows, &mut buf).unwrap();
    let path = temp_db("gdelt").with_extension("tsv");
    std::fs::write(&path, &buf).unwrap();
    let names = export::gdelt::COLUMNS.join(",");
    let script = format!(
        r#"
import csv, sys
names = "{names}".split(",")
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
assert len(rows) == 5, len(rows)
for r in rows:
    assert len(r) == 61, len(r)
    d = dict(zip(names, r))
    int(d["GlobalEventID"]); assert len(d["Day"]) == 8 and int(d["Day"]) // 10000 == int(d["Year"])
    assert d["MonthYear"] == d["Day"][:6]
    y, f = d["FractionDate"].split("."); assert y == d["Year"] and len(f) == 4
    assert d["EventCode"] in ("190", "141") and d["EventRootCode"] == d["EventCode"][:2]
    assert int(d["QuadClass"]) in (3, 4); float(d["GoldsteinScale"])
    assert int(d["NumMentions"]) >= int(d["NumArticles"]) >= 1 and int(d["NumSources"]) >= 1
    assert d["ActionGeo_CountryCode"] in ("SYR", "LBN") and len(d["Actor1CountryCode"]) in (0, 3)
    float(d["ActionGeo_Lat"]); int(d["ActionGeo_FeatureID"])
    assert len(d["DATEADDED"]) == 14 and d["SOURCEURL"].startswith("https://example.org/")
big = [r for r in rows if r[names.index("NumArticles")] == "3"]
assert len(big) == 1 and big[0][names.index("Actor1Code")] == "SYRGOV" and big[0][names.index("Day")] == "20240310", big
print("ok")
"#
    );
    let out = std::process::Command::new("python3").arg("-c").arg(script).arg(&path).output().expect("python3");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "ok");
}

#[test]
fn parquet_csv_and_polecat_exports_read_back() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let store = sample("parquet");
    let rows = store.query(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 7);
    let mut buf = Vec::new();
    export::write(Format::Parquet, &rows, &mut buf).unwrap();
    let reader = SerializedFileReader::new(bytes::Bytes::from(buf)).unwrap();
    let meta = reader.metadata();
    assert_eq!(meta.file_metadata().num_rows(), 7);
    let schema = meta.file_metadata().schema_descr();
    let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, export::parquet_out::column_names());
    let ty = |n: &str| schema.column(names.iter().position(|c| *c == n).unwrap()).physical_type();
    assert_eq!(ty("goldstein"), parquet::basic::Type::DOUBLE);
    assert_eq!(ty("day"), parquet::basic::Type::INT32);
    assert_eq!(ty("id"), parquet::basic::Type::INT64);
    let back: Vec<parquet::record::Row> = reader.get_row_iter(None).unwrap().map(|r| r.unwrap()).collect();
    let first = back[0].get_column_iter().map(|(n, f)| (n.clone(), f.to_string())).collect::<std::collections::HashMap<_, _>>();
    assert_eq!(first["type"], "\"ASSAULT\"");
    assert_eq!(first["day"], "2024-03-10");
    assert_eq!(first["fatalities"], "3.0");
    assert_eq!(first["recipient_country"], "null");

    let mut csv_buf = Vec::new();
    export::write(Format::Csv, &rows, &mut csv_buf).unwrap();
    let mut rdr = csv::Reader::from_reader(&csv_buf[..]);
    let header = rdr.headers().unwrap().clone();
    let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(recs.len(), 7);
    let col = |n: &str| header.iter().position(|h| h == n).unwrap();
    assert!(recs.iter().all(|r| &r[col("location_country")] == "SYR" || &r[col("location_country")] == "LBN"));
    assert!(recs[0][col("sentence")].starts_with("نص "));
    let mut empty = Vec::new();
    export::write(Format::Csv, &[], &mut empty).unwrap();
    assert_eq!(String::from_utf8(empty).unwrap().lines().count(), 1, "an empty export is the header alone");

    let mut pj = Vec::new();
    export::write(Format::Polecat, &rows, &mut pj).unwrap();
    let objs: Vec<serde_json::Value> = String::from_utf8(pj).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(objs.len(), 7);
    assert_eq!(objs[0]["Event Type"], "assault");
    assert_eq!(objs[0]["Quad Code"], "MATERIAL CONFLICT");
    assert_eq!(objs[0]["Actor Country"], "SYR");
    assert_eq!(objs[0]["Event Date"], "2024-03-10");
}
