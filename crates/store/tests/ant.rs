//! The store on real ANT articles: ingest and query a slice, idempotency, near-duplicates from two outlets and
//! an edited copy, a real multi-outlet story.

mod common;
use common::*;
use rasd_store::{EventType, Filter, Incoming, Outcome, SqliteStore, Storage};

fn politics(limit: usize) -> Vec<String> {
    ant_lines(limit, |_, cat| cat == "middleEast" || cat == "internationalNews")
}

#[test]
fn ingest_a_slice_query_it_and_ingest_it_again() {
    let lines = politics(120);
    let db = temp_db("slice");
    let mut store = SqliteStore::open(&db).unwrap();
    let out = ingest(&mut store, &lines);
    let new = out.iter().filter(|o| matches!(o, Outcome::New { .. })).count() as i64;
    assert!(new >= 100, "{new} new of {}", lines.len());
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), new);
    let events: usize = out.iter().map(|o| if let Outcome::New { events, .. } = o { *events } else { 0 }).sum();
    assert_eq!(count(&store, "SELECT count(*) FROM events") as usize, events);
    assert!(events > 200, "{events} events");
    // The entities view reads every entity of the records, fields and places included.
    let entities = count(&store, "SELECT sum(json_array_length(record, '$.entities')) FROM documents");
    assert!(entities > 1000, "{entities} entities");
    assert_eq!(count(&store, "SELECT count(*) FROM entities"), entities);
    let geocoded = count(&store, "SELECT count(*) FROM entities WHERE type = 'LOC' AND geonameid > 0 AND lat BETWEEN -90 AND 90 AND geo_name IS NOT NULL");
    assert!(geocoded > 100, "{geocoded} geocoded places");
    let doc: i64 = count(&store, "SELECT min(id) FROM documents");
    let (first, text, start, end): (String, String, i64, i64) = store
        .connection()
        .query_row("SELECT entity_id, text, start, end FROM entities WHERE doc_id = ?1 LIMIT 1", [doc], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    let record: String = store.connection().query_row("SELECT record FROM documents WHERE id = ?1", [doc], |r| r.get(0)).unwrap();
    let record: serde_json::Value = serde_json::from_str(&record).unwrap();
    let e = &record["entities"][0];
    assert_eq!((e["id"].as_str().unwrap(), e["text"].as_str().unwrap()), (first.as_str(), text.as_str()));
    assert_eq!((e["start"].as_i64().unwrap(), e["end"].as_i64().unwrap()), (start, end));

    // Every ASSAULT row quotes its trigger from its own sentence.
    let assaults = store.query(&Filter { types: vec![EventType::Assault], ..Default::default() }).unwrap();
    assert!(assaults.len() > 10);
    for r in &assaults {
        assert_eq!(r.kind, "ASSAULT");
        assert!(r.sentence.as_deref().unwrap().contains(&r.trigger), "{} not in {:?}", r.trigger, r.sentence);
        assert!(r.story_id.is_some());
    }
    // Country and month filters agree with the rows.
    let syr = store.query(&Filter { country: Some("syr".into()), ..Default::default() }).unwrap();
    assert!(!syr.is_empty());
    assert!(syr.iter().all(|r| [&r.actor_country, &r.recipient_country, &r.location_country].iter().any(|c| c.as_deref() == Some("SYR"))));
    let (from, to) = (rasd_store::day::parse("2018-03-01"), rasd_store::day::parse("2018-03-31"));
    let march = store.query(&Filter { from, to, ..Default::default() }).unwrap();
    assert!(march.iter().all(|r| r.day.as_deref().is_some_and(|d| d.starts_with("2018-03"))));

    // Full text on normalized Arabic: the bare spelling finds the hamza spelling, with و/ال attached.
    let hits = store.query(&Filter { text: Some("الاسرائيلي".into()), ..Default::default() }).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().any(|r| r.sentence.as_deref().unwrap().contains("الإسرائيلي")), "the hamza spelling is found");
    for r in &hits {
        assert!(rasd_text::key(r.sentence.as_deref().unwrap()).contains(&rasd_text::key("الاسرائيلي")), "{:?}", r.sentence);
    }

    // The same input again adds nothing.
    let docs = count(&store, "SELECT count(*) FROM documents");
    let again = ingest(&mut store, &lines);
    assert!(again.iter().all(|o| matches!(o, Outcome::Identical { .. })), "{again:?}");
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), docs);
    assert_eq!(count(&store, "SELECT count(*) FROM events") as usize, events);
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, docs);
    assert_eq!(stats.events as usize, events);
}

#[test]
fn near_duplicates_from_two_outlets_and_an_edited_copy() {
    // The same wire story in Al Arabiya and Sky News Arabia (a man beaten to death in France), and two unrelated
    // reports of the same day.
    let lines = ant_by_id(&["AL-internationalNews-1246-20180519", "SK-internationalNews-1672-20180519"]);
    let db = temp_db("neardup");
    let mut store = SqliteStore::open(&db).unwrap();
    let out = ingest(&mut store, &lines);
    let Outcome::New { doc_id: first, .. } = out[0] else { panic!("{out:?}") };
    match &out[1] {
        Outcome::NearDuplicate { of_doc, similarity, .. } => {
            assert_eq!(*of_doc, first);
            assert!(*similarity > 0.6, "{similarity}");
        }
        o => panic!("the Sky News copy is a near-duplicate, got {o:?}"),
    }
    // An edited copy: a new headline and one sentence changed.
    let mut v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    let text = v["text"].as_str().unwrap().to_string();
    let first_sentence_end = text.find('.').unwrap_or(40);
    let edited = format!("ذكرت مصادر أمنية فرنسية أن التحقيق ما زال جاريا في الحادث{}", &text[first_sentence_end..]);
    v["text"] = edited.clone().into();
    v["title"] = "عنوان جديد للخبر نفسه".into();
    v["id"] = "edited".into();
    let out = ingest(&mut store, &[v.to_string()]);
    assert!(matches!(out[0], Outcome::NearDuplicate { of_doc, .. } if of_doc == first), "{out:?}");
    // A different report of another outlet stays a report of its own.
    let other = ant_lines(1, |id, cat| cat == "internationalNews" && id.starts_with("FR-"));
    let out = ingest(&mut store, &other);
    assert!(matches!(out[0], Outcome::New { .. }), "{out:?}");
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), 2);
    assert_eq!(count(&store, "SELECT count(*) FROM near_duplicates"), 2);
}

#[test]
fn a_real_story_told_by_two_outlets() {
    // CNN Arabic and France 24 on the suicide bombing against Romanian soldiers near Kandahar, 2018-04-30; and a
    // report of another day in Afghanistan that must stay apart. CNN calls the Kandahar attack "انفجار استهدف قافلة
    // للقوات الرومانية"; its "تفجير انتحاري" is the Kabul bombing that killed eight journalists the same day.
    let lines = ant_by_id(&["CN-internationalNews-294-20180430", "FR-internationalNews-1011-20180430", "SK-internationalNews-631-20180327"]);
    let db = temp_db("story");
    let mut store = SqliteStore::open(&db).unwrap();
    let out = ingest(&mut store, &lines);
    assert!(out.iter().all(|o| matches!(o, Outcome::New { .. })), "{out:?}");
    let story_of = |record: &str, trigger: &str| -> i64 {
        store
            .connection()
            .query_row(
                "SELECT e.story_id FROM events e JOIN documents d ON d.id = e.doc_id WHERE d.record_id = ?1 AND e.trigger_text = ?2",
                [record, trigger],
                |r| r.get(0),
            )
            .unwrap()
    };
    let cnn = story_of("CN-internationalNews-294-20180430", "انفجار");
    let f24 = story_of("FR-internationalNews-1011-20180430", "تفجير انتحاري");
    assert_eq!(cnn, f24);
    let other = story_of("SK-internationalNews-631-20180327", "أسقطت");
    assert_ne!(other, cnn);
    let rows = store.query(&Filter { level: rasd_store::Level::Stories, story: None, types: vec![EventType::Assault], country: Some("ROU".into()), ..Default::default() }).unwrap();
    let story = rows.iter().find(|r| r.id == cnn).expect("the story is listed");
    assert_eq!((story.articles, story.sources), (2, 2));
    assert!(story.mentions >= 2);
    assert_eq!(story.location_name.as_deref(), Some("Kandahār"));
}

#[test]
fn a_full_disk_stops_the_ingest_cleanly_and_a_rerun_resumes() {
    // SQLite's max_page_count stands for a full disk: a write beyond it fails with SQLITE_FULL, as on a full disk.
    let lines = politics(60);
    let batches: Vec<Vec<String>> = lines.iter().map(|l| extract(l)).collect::<Vec<_>>().chunks(10).map(|c| c.to_vec()).collect();
    let batch = |b: &[String]| b.iter().map(|j| Incoming::Extracted { input: "test".into(), json: j.clone() }).collect::<Vec<_>>();
    let db = temp_db("full");
    let mut store = SqliteStore::open(&db).unwrap();
    let run = store.begin_run().unwrap();
    let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    // About 600 KB beyond what the empty database holds, whatever its page size.
    let page_size: i64 = store.connection().query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    store.connection().pragma_update(None, "max_page_count", pages + 150 * 4096 / page_size).unwrap();
    let mut committed = 0;
    let mut error = None;
    for b in &batches {
        match store.ingest_batch(run, batch(b)) {
            Ok(out) => committed += out.iter().filter(|o| matches!(o, Outcome::New { .. })).count() as i64,
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    let e = error.expect("the database fills up before the last batch");
    assert!(e.to_string().contains("disk is full") && e.to_string().contains("run the same command again"), "{e}");
    assert!(committed > 0, "some batches fit");
    integrity_ok(&store);
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), committed, "only whole batches are kept");
    documents_are_whole(&store);
    drop(store);

    // Space is freed (a new connection has no page limit): the same input again stores the rest, once.
    let mut store = SqliteStore::open(&db).unwrap();
    let run = store.begin_run().unwrap();
    let mut identical = 0;
    for b in &batches {
        identical += store.ingest_batch(run, batch(b)).unwrap().iter().filter(|o| matches!(o, Outcome::Identical { .. })).count() as i64;
    }
    assert!(identical >= committed, "the committed reports are recognized");
    integrity_ok(&store);
    documents_are_whole(&store);
    let distinct = count(&store, "SELECT count(DISTINCT content_hash) FROM documents");
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), distinct, "no report twice");
    // The same as one ingest that never ran out of space.
    let mut reference = SqliteStore::open(&temp_db("full-reference")).unwrap();
    let run = reference.begin_run().unwrap();
    for b in &batches {
        reference.ingest_batch(run, batch(b)).unwrap();
    }
    for sql in ["SELECT count(*) FROM documents", "SELECT count(*) FROM near_duplicates", "SELECT count(*) FROM events", "SELECT count(*) FROM stories"] {
        assert_eq!(count(&store, sql), count(&reference, sql), "{sql}");
    }
}

fn integrity_ok(store: &SqliteStore) {
    let r: String = store.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(r, "ok");
}

/// Every stored document is whole: as many events and quotes rows as its record lists.
fn documents_are_whole(store: &SqliteStore) {
    let broken = count(
        store,
        "SELECT count(*) FROM documents d WHERE json_array_length(d.record, '$.events') != (SELECT count(*) FROM events e WHERE e.doc_id = d.id)
           OR json_array_length(d.record, '$.quotes') != (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id)",
    );
    assert_eq!(broken, 0, "documents with missing parts");
}

#[test]
fn a_version_4_full_text_index_is_rebuilt_for_the_ascii_tokenizer() {
    let lines = politics(40);
    let db = temp_db("fts5");
    let search = |store: &SqliteStore| -> Vec<i64> {
        let hits = store.query(&Filter { text: Some("الاسرائيلي".into()), ..Default::default() }).unwrap();
        let mut ids: Vec<i64> = hits.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids
    };
    let before = {
        let mut store = SqliteStore::open(&db).unwrap();
        ingest(&mut store, &lines);
        let found = search(&store);
        assert!(!found.is_empty());
        // As schema version 4 left it: the unicode61 tokenizer over the same rows.
        store
            .connection()
            .execute_batch(
                "DROP TABLE sentences_fts;
                 CREATE VIRTUAL TABLE sentences_fts USING fts5(form, content='', detail='none', tokenize='unicode61');
                 DROP TABLE deferred_indexes;
                 PRAGMA user_version = 4;",
            )
            .unwrap();
        assert!(search(&store).is_empty(), "the old index starts empty here");
        found
    };
    let store = SqliteStore::open(&db).unwrap();
    assert_eq!(count(&store, "PRAGMA user_version"), rasd_store::schema::VERSION);
    let sql: String = store.connection().query_row("SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'", [], |r| r.get(0)).unwrap();
    assert!(sql.contains("'ascii'"), "{sql}");
    assert_eq!(search(&store), before, "the migration indexes every stored sentence again");
}

/// The names and definitions of a database's indexes.
fn indexes(store: &SqliteStore) -> Vec<(String, String)> {
    let mut q = store.connection().prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").unwrap();
    q.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect()
}

#[test]
fn a_bulk_load_builds_the_readers_indexes_at_its_end_or_at_the_next_open_when_killed() {
    let lines = politics(30);
    let extracted: Vec<String> = lines.iter().map(|l| extract(l)).collect();
    let batch = |b: &[String]| b.iter().map(|j| Incoming::Extracted { input: "test".into(), json: j.clone() }).collect::<Vec<_>>();
    let reference = {
        let mut s = SqliteStore::open(&temp_db("bulk-reference")).unwrap();
        let run = s.begin_run().unwrap();
        s.ingest_batch(run, batch(&extracted)).unwrap();
        s
    };
    let all_indexes = indexes(&reference);
    let filter = Filter { types: vec![EventType::Assault], ..Default::default() };
    let assaults = |s: &SqliteStore| {
        let mut ids: Vec<i64> = s.query(&filter).unwrap().iter().map(|r| r.event_id).collect();
        ids.sort_unstable();
        ids
    };
    assert!(!assaults(&reference).is_empty(), "the political reports hold assaults");

    // A load into an empty database drops the indexes only readers use; queries still answer, by scanning.
    let db = temp_db("bulk");
    let mut store = SqliteStore::open(&db).unwrap();
    let run = store.begin_run().unwrap();
    assert!(store.begin_bulk_load().unwrap());
    store.ingest_batch(run, batch(&extracted[..15])).unwrap();
    let during = indexes(&store);
    assert!(during.len() < all_indexes.len() && !during.iter().any(|(n, _)| n == "events_type_day"), "{during:?}");
    assert!(during.iter().any(|(n, _)| n == "stories_match"), "clustering reads stories_match while loading");
    // Killed here: the next writer to open the database builds what was put off, exactly as it was.
    drop(store);
    let mut store = SqliteStore::open(&db).unwrap();
    assert_eq!(indexes(&store), all_indexes);
    assert_eq!(count(&store, "SELECT count(*) FROM deferred_indexes"), 0);
    // The database now holds events: a second load puts nothing off.
    let run = store.begin_run().unwrap();
    assert!(!store.begin_bulk_load().unwrap());
    store.ingest_batch(run, batch(&extracted[15..])).unwrap();
    store.end_bulk_load().unwrap();
    assert_eq!(indexes(&store), all_indexes);
    assert_eq!(assaults(&store), assaults(&reference));

    // A load that reaches its end builds them itself, and reads the same as an incremental one.
    let mut store = SqliteStore::open(&temp_db("bulk-whole")).unwrap();
    let run = store.begin_run().unwrap();
    assert!(store.begin_bulk_load().unwrap());
    store.ingest_batch(run, batch(&extracted)).unwrap();
    assert_eq!(assaults(&store), assaults(&reference), "the same rows without the indexes");
    store.end_bulk_load().unwrap();
    assert_eq!(indexes(&store), all_indexes);
    assert_eq!(assaults(&store), assaults(&reference));
    integrity_ok(&store);
}
