//! The web queries: schema steps 2 to 4 (the sort indexes, the story columns, the entities view) migrate an older
//! database, pages of every indexed sort read an index in order, and the map's grid clustering keeps every place and event, whatever the input order.

mod common;
use common::*;
use rasd_store::web::{self, Cluster, Count, Sort};
use rasd_store::{Filter, Level, SqliteStore, StoreError};

const SORT_INDEXES: [&str; 6] =
    ["events_day", "events_goldstein_asc", "events_goldstein_desc", "events_confidence", "stories_mentions", "stories_representative"];

fn indexes(conn: &rusqlite::Connection) -> Vec<String> {
    let mut q = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").unwrap();
    q.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
}

#[test]
fn a_version_1_database_gains_the_sort_indexes() {
    let p = temp_db("v1");
    // The web indexes are schema step 2; a database of version 1 lacks them and the story columns of step 3.
    let older = 1;
    {
        // A database as the previous version wrote it: the same tables, without the web step's indexes.
        let s = SqliteStore::open(&p).unwrap();
        for ix in SORT_INDEXES {
            s.connection().execute_batch(&format!("DROP INDEX {ix}")).unwrap();
        }
        for column in ["actor_name", "recipient_name", "place_lat", "place_lon"] {
            s.connection().execute_batch(&format!("ALTER TABLE stories DROP COLUMN {column}")).unwrap();
        }
        // Version 1 kept entities in a table (a view since step 4), and had no deferred indexes (step 6).
        s.connection()
            .execute_batch(
                "DROP TABLE deferred_indexes;
                 DROP VIEW entities;
                 CREATE TABLE entities (
                     id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL,
                     type TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                     name TEXT, country TEXT, role TEXT,
                     geo_name TEXT, geo_country TEXT, lat REAL, lon REAL, geonameid INTEGER);
                 CREATE INDEX entities_doc ON entities(doc_id);
                 INSERT INTO entities (doc_id, entity_id, type, text, start, end) VALUES (1, 'E1', 'PER', 'علييف', 0, 5);",
            )
            .unwrap();
        s.connection().pragma_update(None, "user_version", older).unwrap();
    }
    // Read-only opening does not migrate: it asks for an ingest (which opens read-write) first.
    match SqliteStore::open_read_only(&p) {
        Err(StoreError::Other(m)) => assert!(m.contains(&format!("schema version {older}")), "{m}"),
        other => panic!("{:?}", other.err()),
    }
    let s = SqliteStore::open(&p).unwrap();
    assert_eq!(count(&s, "PRAGMA user_version"), rasd_store::schema::VERSION);
    let have = indexes(s.connection());
    for ix in SORT_INDEXES {
        assert!(have.iter().any(|h| h == ix), "{ix} missing after migration: {have:?}");
    }
    // Step 4: the entities table became a view of the records (no document here: no entity).
    assert!(!have.iter().any(|h| h == "entities_doc"), "{have:?}");
    assert_eq!(count(&s, "SELECT count(*) FROM sqlite_master WHERE name = 'entities' AND type = 'view'"), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM entities"), 0);
    drop(s);
    assert!(SqliteStore::open_read_only(&p).is_ok());
}

#[test]
fn every_indexed_sort_reads_its_index_in_order() {
    let p = temp_db("plans");
    let s = SqliteStore::open(&p).unwrap();
    let c = s.connection();
    let events = Filter::default();
    let stories = Filter { level: Level::Stories, ..Filter::default() };
    let cases = [
        (&events, Sort::DayDesc, "events_day"),
        (&events, Sort::DayAsc, "events_day"),
        (&events, Sort::GoldsteinAsc, "events_goldstein_asc"),
        (&events, Sort::GoldsteinDesc, "events_goldstein_desc"),
        (&events, Sort::ConfidenceDesc, "events_confidence"),
        // (events by story mentions and stories by goldstein or confidence have no index: `Sort::indexed` says so.)
        (&stories, Sort::DayDesc, "stories_day"),
        (&stories, Sort::DayAsc, "stories_day"),
        (&stories, Sort::MentionsDesc, "stories_mentions"),
    ];
    for (f, sort, index) in cases {
        assert!(sort.indexed(f.level), "{sort:?}");
        let plan = web::rows_plan(c, f, sort, 5000, 50).unwrap();
        assert!(plan.contains(index) && !plan.contains("TEMP B-TREE"), "{:?} {sort:?}: {plan}", f.level);
    }
    assert!(!Sort::MentionsDesc.indexed(Level::Events) && !Sort::GoldsteinAsc.indexed(Level::Stories));
    // Stories filtered on their event's type start from that type's events, not from every story.
    let protests = Filter { level: Level::Stories, types: vec![rasd_store::EventType::Protest], ..Filter::default() };
    let plan = web::rows_plan(c, &protests, Sort::DayDesc, 0, 50).unwrap();
    assert!(plan.contains("stories_representative"), "{plan}");
}

fn place(name: &str, lat: f64, lon: f64, count: i64) -> Count {
    Count { key: name.into(), country: Some("AZE".into()), count, lat: Some(lat), lon: Some(lon), ..Count::default() }
}

/// Places in the Caucasus and the Levant (real coordinates), and a deterministic spread of many more.
fn world(n: usize) -> Vec<Count> {
    let mut v = vec![
        place("Baku", 40.38, 49.89, 7),
        place("Stepanakert", 39.82, 46.75, 5),
        place("Ganja", 40.68, 46.36, 2),
        place("Damascus", 33.51, 36.29, 9),
        place("Beirut", 33.89, 35.50, 4),
        place("Null Island", 0.0, 0.0, 1),
        place("Date line", -17.0, 180.0, 1),
        place("South Pole", -90.0, 0.0, 1),
    ];
    let mut x: u64 = 0x9E3779B97F4A7C15;
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let lat = (x % 17_000) as f64 / 100.0 - 85.0;
        let lon = ((x >> 20) % 36_000) as f64 / 100.0 - 180.0;
        v.push(place(&format!("p{i}"), lat, lon, 1 + (x >> 40) as i64 % 50));
    }
    v
}

fn holding<'a>(clusters: &'a [Cluster], name: &str) -> &'a Cluster {
    clusters.iter().find(|c| c.places.iter().any(|p| p == name)).unwrap_or_else(|| panic!("no cluster holds {name}"))
}

#[test]
fn grid_clusters_keep_every_place_and_split_as_the_map_zooms_in() {
    let places = world(0);
    let total: i64 = places.iter().map(|p| p.count).sum();
    for zoom in [1, 2, 4, 8, 16, 32] {
        let cl = web::cluster(&places, zoom);
        assert_eq!(cl.iter().map(|c| c.count).sum::<i64>(), total, "zoom {zoom}: events kept");
        assert_eq!(cl.iter().map(|c| c.size).sum::<usize>(), places.len(), "zoom {zoom}: each place once");
        let mut names: Vec<&str> = cl.iter().flat_map(|c| c.places.iter().map(String::as_str)).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), places.len(), "zoom {zoom}: no place in two clusters");
        // Each marker lies near its places: within two cells (its own and a neighbour) of every member.
        let cell = 2.0 * web::CELL_DEGREES / zoom as f64;
        for c in &cl {
            for p in places.iter().filter(|p| c.places.contains(&p.key)) {
                assert!((c.lat - p.lat.unwrap()).abs() <= cell && (c.lon - p.lon.unwrap()).abs() <= cell, "{c:?} {p:?}");
            }
        }
    }
    // Zoom 1 (7.2° cells): Baku, Ganja and Stepanakert (280 km apart at most) are one marker, Baku's name first, at
    // their count-weighted centre; Damascus and Beirut, 85 km apart but on either side of a cell border (36° E),
    // are another.
    let z1 = web::cluster(&places, 1);
    let caucasus = holding(&z1, "Baku");
    assert_eq!((caucasus.key.as_str(), caucasus.size, caucasus.count), ("Baku", 3, 14));
    assert_eq!(caucasus.places, ["Baku", "Stepanakert", "Ganja"]);
    let lat = (7.0 * 40.38 + 5.0 * 39.82 + 2.0 * 40.68) / 14.0;
    assert!((caucasus.lat - lat).abs() < 1e-9, "{caucasus:?}");
    assert!(!z1.iter().any(|c| c.places.contains(&"Baku".to_string()) && c.places.contains(&"Damascus".to_string())));
    assert_eq!(holding(&z1, "Beirut").key, "Damascus");
    // Zoom 8 (0.9° cells): Baku and Stepanakert are apart, each marker exactly at its place.
    let z8 = web::cluster(&places, 8);
    let baku = holding(&z8, "Baku");
    let step = holding(&z8, "Stepanakert");
    assert_ne!(baku, step);
    assert_eq!((baku.lat, baku.lon, step.lat, step.lon), (40.38, 49.89, 39.82, 46.75));
    // Largest first.
    assert!(z8.windows(2).all(|w| w[0].count >= w[1].count));
    // Zooms between the steps use the step below; out-of-range zooms are clamped.
    assert_eq!(web::cluster(&places, 11), web::cluster(&places, 8));
    assert_eq!((web::zoom_level(0), web::zoom_level(3), web::zoom_level(64)), (1, 2, 32));
}

#[test]
fn grid_clusters_do_not_depend_on_input_order() {
    let mut places = world(100_000);
    let a = web::cluster(&places, 4);
    places.reverse();
    places.rotate_left(12_345);
    assert_eq!(web::cluster(&places, 4), a);
    assert_eq!(a.iter().map(|c| c.size).sum::<usize>(), places.len());
    // At zoom 1 the world has at most (360 / 7.2) × (180 / 7.2 + 1) cells.
    assert!(web::cluster(&places, 1).len() <= 50 * 26);
}
