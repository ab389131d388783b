//! The database schema, as versioned migrations applied in order. `PRAGMA user_version` holds the version; a
//! database written by a newer rasd is refused rather than misread.

use crate::error::StoreError;
use rusqlite::Connection;

/// Each entry moves the schema one version up; never edit a released entry, append a new one.
const MIGRATIONS: &[&str] = &[
    // 1: documents, their parts, events, stories, near-duplicates, errors, runs. `sentences` holds the sentences
    // that carry events (all spans stay in `documents.record`), indexed for full-text search in `sentences_fts`.
    r#"
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    record_id     TEXT NOT NULL,
    source        TEXT,
    url           TEXT,
    title         TEXT,
    published     TEXT,
    language      TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    record        TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,
    run_id        INTEGER
);
CREATE INDEX documents_source ON documents(source);
CREATE TABLE sentences (
    id      INTEGER PRIMARY KEY,
    doc_id  INTEGER NOT NULL REFERENCES documents(id),
    idx     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(form, content='', detail='none', tokenize='unicode61');
CREATE TABLE entities (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL,
    type TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    name TEXT, country TEXT, role TEXT,
    geo_name TEXT, geo_country TEXT, lat REAL, lon REAL, geonameid INTEGER
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), event_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, cameo TEXT, goldstein REAL, status TEXT NOT NULL,
    sentence INTEGER NOT NULL, sentence_id INTEGER REFERENCES sentences(id),
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    actor_text TEXT, actor_start INTEGER, actor_end INTEGER, actor_entity TEXT, actor_name TEXT,
    actor_country TEXT, actor_role TEXT, actor_country_from TEXT,
    recipient_text TEXT, recipient_start INTEGER, recipient_end INTEGER, recipient_entity TEXT, recipient_name TEXT,
    recipient_country TEXT, recipient_role TEXT, recipient_country_from TEXT,
    location_text TEXT, location_start INTEGER, location_end INTEGER, location_name TEXT, location_country TEXT,
    lat REAL, lon REAL, geonameid INTEGER,
    date_text TEXT, date_start INTEGER, date_end INTEGER, date_value TEXT, date_precision TEXT,
    day TEXT,
    fatalities_low REAL, fatalities_high REAL, fatalities_text TEXT, fatalities_start INTEGER, fatalities_end INTEGER,
    injuries_low REAL, injuries_high REAL, injuries_text TEXT, injuries_start INTEGER, injuries_end INTEGER,
    confidence REAL NOT NULL,
    story_id INTEGER REFERENCES stories(id)
);
CREATE INDEX events_story ON events(story_id);
CREATE INDEX events_type_day ON events(type, day, actor_country, recipient_country, location_country);
CREATE INDEX events_actor ON events(actor_country, type, day);
CREATE INDEX events_recipient ON events(recipient_country, type, day);
CREATE INDEX events_location ON events(location_country, type, day);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id),
    speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_entity TEXT, speaker_name TEXT,
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL, direct INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE TABLE stories (
    id INTEGER PRIMARY KEY, type TEXT NOT NULL, place_key TEXT NOT NULL,
    actor_country TEXT, recipient_country TEXT, location_name TEXT, location_country TEXT,
    cameo TEXT, goldstein REAL, lat REAL, lon REAL,
    day_first TEXT NOT NULL, day_last TEXT NOT NULL,
    first_seen TEXT, last_seen TEXT,
    mentions INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, sources INTEGER NOT NULL DEFAULT 0,
    representative_event INTEGER REFERENCES events(id), rep_score REAL NOT NULL DEFAULT -1
);
CREATE TABLE story_articles (story_id INTEGER NOT NULL, doc_id INTEGER NOT NULL, PRIMARY KEY (story_id, doc_id)) WITHOUT ROWID;
CREATE TABLE story_sources (story_id INTEGER NOT NULL, source TEXT NOT NULL, PRIMARY KEY (story_id, source)) WITHOUT ROWID;
CREATE INDEX stories_match ON stories(type, place_key, day_first);
CREATE INDEX stories_day ON stories(day_first);
CREATE TABLE minhash_bands (
    band_key INTEGER NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
CREATE TABLE minhashes (doc_id INTEGER PRIMARY KEY REFERENCES documents(id), signature BLOB NOT NULL);
CREATE TABLE near_duplicates (
    id INTEGER PRIMARY KEY, of_doc INTEGER NOT NULL REFERENCES documents(id), similarity REAL NOT NULL,
    record_id TEXT NOT NULL, source TEXT, url TEXT, title TEXT, published TEXT,
    content_hash TEXT NOT NULL UNIQUE, ingested_at TEXT NOT NULL, run_id INTEGER
);
CREATE TABLE ingest_errors (
    id INTEGER PRIMARY KEY, run_id INTEGER, input TEXT NOT NULL, record_id TEXT, message TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
    new INTEGER NOT NULL DEFAULT 0, identical INTEGER NOT NULL DEFAULT 0,
    near_duplicate INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0
);
"#,
    // 2: indexes for the web API's sort orders, so that a page of a sorted list reads its ids from one index
    // (covering: day, goldstein, confidence, story mentions) instead of sorting every event on each request, and
    // deep offsets skip index entries only. The goldstein expressions match `web::Sort::order` exactly. A story list
    // filtered on its representative event's fields starts from the events' indexes and finds their stories by
    // `stories_representative` instead of joining every story to its event.
    r#"
CREATE INDEX events_day ON events(day);
CREATE INDEX events_goldstein_asc ON events(goldstein IS NULL, goldstein);
CREATE INDEX events_goldstein_desc ON events(goldstein IS NULL, goldstein DESC);
CREATE INDEX events_confidence ON events(confidence DESC);
CREATE INDEX stories_mentions ON stories(mentions DESC);
CREATE INDEX stories_representative ON stories(representative_event);
"#,
    // 3: what story clustering compares beyond countries: the linked actor and recipient
    // names, and the story's place below the country level (NULL when only its country is known).
    r#"
ALTER TABLE stories ADD COLUMN actor_name TEXT;
ALTER TABLE stories ADD COLUMN recipient_name TEXT;
ALTER TABLE stories ADD COLUMN place_lat REAL;
ALTER TABLE stories ADD COLUMN place_lon REAL;
"#,
    // 4: `entities` becomes a view of the records' entities: every entity is already in `documents.record`, no
    // query reads the table, and writing its rows (17.8 a report on ANT) cost 7% of the store's time. The view
    // keeps the table's columns (less its meaningless row id), so `SELECT ... FROM entities WHERE doc_id = ?`
    // works as before from the `sqlite3` shell.
    r#"
DROP TABLE entities;
CREATE VIEW entities (doc_id, entity_id, type, text, start, end, name, country, role, geo_name, geo_country, lat, lon, geonameid) AS
SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.type'), json_extract(e.value, '$.text'),
       json_extract(e.value, '$.start'), json_extract(e.value, '$.end'), json_extract(e.value, '$.name'),
       json_extract(e.value, '$.country'), json_extract(e.value, '$.role'), json_extract(e.value, '$.geo.name'),
       json_extract(e.value, '$.geo.country'), json_extract(e.value, '$.geo.lat'), json_extract(e.value, '$.geo.lon'),
       json_extract(e.value, '$.geo.geonameid')
FROM documents d, json_each(d.record, '$.entities') e;
"#,
    // 5: the full-text index takes the search form as it is written (`search::index_form` has already folded,
    // lower-cased and split it into words separated by spaces), so FTS5's `ascii` tokenizer replaces `unicode61`,
    // whose Unicode tables and diacritic folding were 6% of an ingest's store time for nothing; segments merge
    // 8 at a time instead of 4 (fewer rewrites while an ingest adds a segment per batch). The rows are indexed
    // again by `reindex_sentences` in the same transaction.
    r#"
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(form, content='', detail='none', tokenize='ascii');
INSERT INTO sentences_fts(sentences_fts, rank) VALUES('automerge', 8);
"#,
    // 6: the indexes a bulk load put off (`bulk.rs`), with their definitions, until it builds them at its end.
    r#"
CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL);
"#,
];

/// The version whose full-text index is built from the stored sentences after its SQL has run.
const REINDEX_AT: usize = 5;

/// The schema version this binary writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Bring the database up to `VERSION`, each migration in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::NewerSchema { found, supported: VERSION });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        if i + 1 == REINDEX_AT {
            reindex_sentences(&tx)?;
        }
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

/// Fill the full-text index from the `sentences` table (a migration that rebuilt it).
fn reindex_sentences(conn: &Connection) -> Result<(), StoreError> {
    let mut read = conn.prepare("SELECT id, text FROM sentences ORDER BY id")?;
    let mut add = conn.prepare("INSERT INTO sentences_fts (rowid, form) VALUES (?1, ?2)")?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let (id, text): (i64, String) = (r.get(0)?, r.get(1)?);
        add.execute(rusqlite::params![id, crate::search::index_form(&text)])?;
    }
    Ok(())
}
