//! Ingest: one batch of extract documents into the database inside the caller's transaction. Identical reports
//! (same text) are skipped, near-duplicates linked to their first copy, new reports stored whole.

use crate::error::Result;
use crate::minhash::{Signature, THRESHOLD};
use crate::model::{Document, Event, Participant};
use crate::query::to_value;
use rusqlite::types::ToSqlOutput;
use rusqlite::{params, Connection, OptionalExtension, ToSql};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The SHA-256 of a report's text, in hex: what makes two inputs the same report.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ContentHash(pub String);

pub fn content_hash(text: &str) -> ContentHash {
    let d = Sha256::digest(text.as_bytes());
    ContentHash(d.iter().map(|b| format!("{b:02x}")).collect())
}

/// One input record, after extraction.
pub enum Incoming {
    /// A `rasd extract` output line and the input it came from.
    Extracted { input: String, json: String },
    /// The same, already parsed, hashed and signed by [`Incoming::prepare`] (on an extraction worker, so that the
    /// single writer only writes).
    Prepared(Box<Prepared>),
    /// A record that could not be read or extracted: kept in `ingest_errors`.
    Failed { input: String, record_id: Option<String>, message: String },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    New { record_id: String, doc_id: i64, events: usize },
    Identical { record_id: String },
    NearDuplicate { record_id: String, of_doc: i64, similarity: f64 },
    Failed { record_id: Option<String>, message: String },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct RunSummary {
    pub new: u64,
    pub identical: u64,
    pub near_duplicate: u64,
    pub failed: u64,
}

impl RunSummary {
    pub fn add(&mut self, o: &Outcome) {
        match o {
            Outcome::New { .. } => self.new += 1,
            Outcome::Identical { .. } => self.identical += 1,
            Outcome::NearDuplicate { .. } => self.near_duplicate += 1,
            Outcome::Failed { .. } => self.failed += 1,
        }
    }
}

/// An extract record with everything the writer needs that does not read the database.
pub struct Prepared {
    json: String,
    doc: Document,
    hash: ContentHash,
    sig: Option<Signature>,
    /// The sentences that carry events: index, span, text and search form, in order of first event.
    sentences: Vec<(usize, usize, usize, String, String)>,
    /// Each quote's content text.
    quotes: Vec<String>,
}

impl Incoming {
    /// Parse, hash and sign an extracted record (no database access: run it on any thread). An error line or a
    /// line that is not a record becomes `Failed`.
    pub fn prepare(self) -> Incoming {
        let Incoming::Extracted { input, json } = self else { return self };
        match Document::from_json(&json) {
            Ok(doc) => Incoming::prepared(json, doc),
            Err(message) => Incoming::Failed { record_id: error_id(&json), input, message },
        }
    }

    /// The same for a record whose document the caller already has, typed (the extraction worker that wrote the
    /// JSON line): nothing is parsed again. `doc` must be what `json` says.
    pub fn prepared(json: String, doc: Document) -> Incoming {
        let hash = content_hash(&doc.text);
        let sig = Signature::of(&doc.text);
        let chars = CharIndex::new(&doc.text);
        let mut sentences: Vec<(usize, usize, usize, String, String)> = Vec::new();
        let mut seen = HashSet::new();
        for ev in &doc.events {
            let Some(s) = doc.sentences.get(ev.sentence) else { continue };
            if !seen.insert(ev.sentence) {
                continue;
            }
            let text = chars.slice(&doc.text, s.start, s.end);
            sentences.push((ev.sentence, s.start, s.end, text.to_string(), crate::search::index_form(text)));
        }
        let quotes = doc.quotes.iter().map(|q| chars.slice(&doc.text, q.content.start, q.content.end).to_string()).collect();
        Incoming::Prepared(Box::new(Prepared { json, doc, hash, sig, sentences, quotes }))
    }
}

pub(crate) fn now() -> String {
    jiff::Timestamp::now().round(jiff::Unit::Second).map(|t| t.to_string()).unwrap_or_default()
}

pub(crate) fn contains(conn: &Connection, h: &ContentHash) -> Result<bool> {
    let q = "SELECT EXISTS(SELECT 1 FROM documents WHERE content_hash=?1) OR EXISTS(SELECT 1 FROM near_duplicates WHERE content_hash=?1)";
    Ok(conn.prepare_cached(q)?.query_row([&h.0], |r| r.get(0))?)
}

pub(crate) fn ingest_all(conn: &Connection, clusters: &mut crate::stories::Clusters, run: i64, batch: Vec<Incoming>) -> Result<Vec<Outcome>> {
    clusters.check(conn)?;
    let mut search = Vec::new();
    let mut out = Vec::with_capacity(batch.len());
    let at = now();
    for item in batch {
        let o = match item.prepare() {
            Incoming::Prepared(p) => ingest_one(conn, clusters, run, &p, &at, &mut search)?,
            Incoming::Failed { input, record_id, message } => record_error(conn, run, &input, record_id, message)?,
            Incoming::Extracted { .. } => unreachable!("prepare() parses every extracted record"),
        };
        out.push(o);
    }
    index_sentences(conn, &search)?;
    Ok(out)
}

/// The id of an error line `{"id", "error"}`, when it is one.
fn error_id(json: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(json).ok()?;
    v.get("id").and_then(|i| i.as_str()).map(String::from)
}

fn record_error(conn: &Connection, run: i64, input: &str, record_id: Option<String>, message: String) -> Result<Outcome> {
    conn.prepare_cached("INSERT INTO ingest_errors (run_id, input, record_id, message, at) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![run, input, record_id, message, now()])?;
    Ok(Outcome::Failed { record_id, message })
}

fn ingest_one(conn: &Connection, clusters: &mut crate::stories::Clusters, run: i64, p: &Prepared, at: &str, search: &mut Vec<(i64, String)>) -> Result<Outcome> {
    let (doc, hash) = (&p.doc, &p.hash);
    let record_id = doc.id.clone();
    if contains(conn, hash)? {
        return Ok(Outcome::Identical { record_id });
    }
    if let Some((of_doc, similarity)) = p.sig.as_ref().map(|s| nearest(conn, s)).transpose()?.flatten() {
        conn.prepare_cached(
            "INSERT INTO near_duplicates (of_doc, similarity, record_id, source, url, title, published, content_hash, ingested_at, run_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![of_doc, similarity, record_id, doc.source, doc.url, doc.title, doc.published, hash.0, at, run])?;
        return Ok(Outcome::NearDuplicate { record_id, of_doc, similarity });
    }
    conn.prepare_cached(
        "INSERT INTO documents (record_id, source, url, title, published, language, content_hash, record, ingested_at, run_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![record_id, doc.source, doc.url, doc.title, doc.published, doc.language, hash.0, p.json, at, run])?;
    let doc_id = conn.last_insert_rowid();
    if let Some(s) = &p.sig {
        store_signature(conn, doc_id, s)?;
    }
    let sentence_ids = insert_sentences(conn, doc_id, p, search)?;
    // Stories first (an event row names its story), then all events in a few statements, then each story's
    // counts once per document.
    let keys: Vec<crate::stories::Key> = doc.events.iter().map(|ev| crate::stories::Key::of(doc_id, doc, ev)).collect();
    let stories = keys.iter().map(|k| crate::stories::assign(conn, clusters, k)).collect::<Result<Vec<i64>>>()?;
    let event_ids = insert_events(conn, doc_id, doc, &sentence_ids, &stories)?;
    let mentions: Vec<crate::stories::Mention> = doc
        .events
        .iter()
        .zip(&keys)
        .zip(stories.iter().zip(event_ids))
        .map(|((ev, key), (&story, event))| crate::stories::Mention {
            story,
            event,
            key,
            asserted: ev.status == crate::model::Status::Asserted,
            confidence: ev.confidence,
        })
        .collect();
    crate::stories::add_mentions(conn, clusters, doc_id, doc.source.as_deref(), doc.published.as_deref(), &mentions)?;
    insert_quotes(conn, doc_id, p)?;
    Ok(Outcome::New { record_id, doc_id, events: doc.events.len() })
}

/// The earliest stored document whose signature is at least THRESHOLD similar, among LSH candidates.
fn nearest(conn: &Connection, sig: &Signature) -> Result<Option<(i64, f64)>> {
    // One point lookup per band: `band_key IN (16 values)` builds and sorts an ephemeral table on every call,
    // which cost more than the lookups themselves.
    let mut q = conn.prepare_cached("SELECT doc_id FROM minhash_bands WHERE band_key = ?1")?;
    let mut cands: Vec<i64> = Vec::new();
    for key in sig.band_keys() {
        let mut rows = q.query([key])?;
        while let Some(r) = rows.next()? {
            cands.push(r.get(0)?);
        }
    }
    cands.sort_unstable();
    cands.dedup();
    let mut get = conn.prepare_cached("SELECT signature FROM minhashes WHERE doc_id=?1")?;
    for id in cands {
        let bytes: Option<Vec<u8>> = get.query_row([id], |r| r.get(0)).optional()?;
        if let Some(other) = bytes.as_deref().and_then(Signature::from_bytes) {
            let s = sig.similarity(&other);
            if s >= THRESHOLD {
                return Ok(Some((id, s)));
            }
        }
    }
    Ok(None)
}

fn store_signature(conn: &Connection, doc_id: i64, sig: &Signature) -> Result<()> {
    conn.prepare_cached("INSERT INTO minhashes (doc_id, signature) VALUES (?1, ?2)")?.execute(params![doc_id, sig.to_bytes()])?;
    // All bands in one statement (one per band costs a statement step each).
    static SQL: OnceLock<String> = OnceLock::new();
    let sql = SQL.get_or_init(|| {
        let rows: Vec<String> = (0..crate::minhash::BANDS).map(|i| format!("(?{}, ?1)", i + 2)).collect();
        format!("INSERT OR IGNORE INTO minhash_bands (band_key, doc_id) VALUES {}", rows.join(", "))
    });
    let keys = sig.band_keys();
    let values = std::iter::once(doc_id).chain(keys);
    conn.prepare_cached(sql)?.execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

/// Rows per FTS insert: a whole batch's sentences in one statement (SQLite binds at most 32,766 values).
const FTS_ROWS_PER_STATEMENT: usize = 8192;

/// Add sentences to the full-text index, many rows per statement: FTS5 flushes its pending terms into a new
/// segment at every statement of a transaction, so each statement more writes (and later merges) one more segment.
fn index_sentences(conn: &Connection, rows: &[(i64, String)]) -> Result<()> {
    for chunk in rows.chunks(FTS_ROWS_PER_STATEMENT) {
        let marks: Vec<String> = (0..chunk.len()).map(|i| format!("(?{}, ?{})", 2 * i + 1, 2 * i + 2)).collect();
        let sql = format!("INSERT INTO sentences_fts (rowid, form) VALUES {}", marks.join(", "));
        let values = chunk.iter().flat_map(|(id, form)| [to_value(id), to_value(form)]);
        // A batch's row count varies: only a full chunk's statement is worth keeping prepared.
        if chunk.len() == FTS_ROWS_PER_STATEMENT {
            conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
        } else {
            conn.prepare(&sql)?.execute(rusqlite::params_from_iter(values))?;
        }
    }
    Ok(())
}

/// Byte offsets of each code point of a text (plus its end), to slice spans in O(1).
struct CharIndex(Vec<usize>);

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        v.push(text.len());
        CharIndex(v)
    }

    fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        let last = self.0.len() - 1;
        let (s, e) = (start.min(last), end.clamp(start.min(last), last));
        &text[self.0[s]..self.0[e]]
    }
}

/// Store the sentences that carry events; returns each one's row id by sentence index. Their search forms are
/// kept for `index_sentences`, which adds a whole batch to the FTS index at once.
fn insert_sentences(conn: &Connection, doc_id: i64, p: &Prepared, search: &mut Vec<(i64, String)>) -> Result<HashMap<usize, i64>> {
    let mut ins = conn.prepare_cached("INSERT INTO sentences (doc_id, idx, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    let mut ids = HashMap::with_capacity(p.sentences.len());
    for (idx, start, end, text, form) in &p.sentences {
        ins.execute(params![doc_id, idx, start, end, text])?;
        let id = conn.last_insert_rowid();
        search.push((id, form.clone()));
        ids.insert(*idx, id);
    }
    Ok(ids)
}

/// The day an event is filed under: its own date when known to the day, else the report's publication day.
pub(crate) fn event_day(doc: &Document, ev: &Event) -> Option<String> {
    let own = ev.date.as_ref().filter(|d| d.precision == "day").and_then(|d| crate::day::parse(&d.value));
    own.or_else(|| doc.published.as_deref().and_then(crate::day::parse)).map(crate::day::iso)
}

/// A value bound by reference (a document's strings are not copied to be bound).
fn out<T: ToSql + ?Sized>(x: &T) -> ToSqlOutput<'_> {
    x.to_sql().unwrap_or(NULL)
}

/// A computed value, bound as an owned SQLite value.
fn own<'a, T: ToSql>(x: T) -> ToSqlOutput<'a> {
    ToSqlOutput::Owned(to_value(x))
}

const NULL: ToSqlOutput<'static> = ToSqlOutput::Owned(rusqlite::types::Value::Null);

fn participant(p: &Option<Participant>) -> [ToSqlOutput<'_>; 8] {
    match p {
        None => std::array::from_fn(|_| NULL),
        Some(p) => [out(&p.text), own(p.start), own(p.end), out(&p.entity), out(&p.name), out(&p.country), out(&p.role), out(&p.country_from)],
    }
}

/// Columns of an `events` row.
const EVENT_COLS: usize = 54;
/// Events per INSERT statement (SQLite binds at most 32,766 values).
const EVENTS_PER_STATEMENT: usize = 64;

fn event_values<'a>(values: &mut Vec<ToSqlOutput<'a>>, doc_id: i64, doc: &Document, ev: &'a Event, sentence_id: Option<i64>, story: i64) {
    let start = values.len();
    values.extend([own(doc_id), out(&ev.id), out(ev.kind.as_str()), out(&ev.mode), out(&ev.cameo), own(ev.goldstein), out(ev.status.as_str())]);
    values.extend([own(ev.sentence), own(sentence_id), out(&ev.trigger.text), own(ev.trigger.start), own(ev.trigger.end)]);
    values.extend(participant(&ev.actor));
    values.extend(participant(&ev.recipient));
    match &ev.location {
        Some(l) => values.extend([out(&l.text), own(l.start), own(l.end), out(&l.name), out(&l.country), own(l.lat), own(l.lon), own(l.geonameid)]),
        None => values.extend(std::iter::repeat_n(NULL, 8)),
    }
    match &ev.date {
        Some(d) => values.extend([out(&d.text), own(d.start), own(d.end), out(&d.value), out(&d.precision)]),
        None => values.extend(std::iter::repeat_n(NULL, 5)),
    }
    values.push(own(event_day(doc, ev)));
    for c in [&ev.fatalities, &ev.injuries] {
        match c {
            Some(c) => values.extend([own(c.low), own(c.high), out(&c.text), own(c.start), own(c.end)]),
            None => values.extend(std::iter::repeat_n(NULL, 5)),
        }
    }
    values.push(own(ev.confidence));
    values.push(own(story));
    debug_assert_eq!(values.len() - start, EVENT_COLS);
}

/// Insert a document's events, many rows per statement; returns their row ids, in order (the rows of one INSERT
/// get consecutive ids, the last one `last_insert_rowid`).
fn insert_events(conn: &Connection, doc_id: i64, doc: &Document, sentence_ids: &HashMap<usize, i64>, stories: &[i64]) -> Result<Vec<i64>> {
    static SQL: OnceLock<Vec<String>> = OnceLock::new();
    let sqls = SQL.get_or_init(|| {
        (0..=EVENTS_PER_STATEMENT)
            .map(|n| {
                let rows: Vec<String> = (0..n)
                    .map(|r| format!("({})", (1..=EVENT_COLS).map(|c| format!("?{}", r * EVENT_COLS + c)).collect::<Vec<_>>().join(", ")))
                    .collect();
                format!("INSERT OR FAIL INTO events ({}) VALUES {}", crate::query::EVENT_COLUMNS, rows.join(", "))
            })
            .collect()
    });
    let mut ids = Vec::with_capacity(doc.events.len());
    for (chunk, chunk_stories) in doc.events.chunks(EVENTS_PER_STATEMENT).zip(stories.chunks(EVENTS_PER_STATEMENT)) {
        let mut values = Vec::with_capacity(chunk.len() * EVENT_COLS);
        for (ev, &story) in chunk.iter().zip(chunk_stories) {
            let sentence_id = sentence_ids.get(&ev.sentence).copied();
            event_values(&mut values, doc_id, doc, ev, sentence_id, story);
        }
        conn.prepare_cached(&sqls[chunk.len()])?.execute(rusqlite::params_from_iter(values))?;
        let last = conn.last_insert_rowid();
        ids.extend((0..chunk.len() as i64).map(|i| last - chunk.len() as i64 + 1 + i));
    }
    Ok(ids)
}

fn insert_quotes(conn: &Connection, doc_id: i64, p: &Prepared) -> Result<()> {
    let mut ins = conn.prepare_cached(
        "INSERT INTO quotes (doc_id, speaker_text, speaker_start, speaker_end, speaker_entity, speaker_name, cue_text, cue_start, cue_end,
         content_start, content_end, content_text, direct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for (q, content) in p.doc.quotes.iter().zip(&p.quotes) {
        let (s, c) = (q.speaker.as_ref(), q.cue.as_ref());
        ins.execute(params![
            doc_id, s.map(|s| &s.text), s.map(|s| s.start), s.map(|s| s.end), s.and_then(|s| s.entity.as_ref()),
            s.and_then(|s| s.name.as_ref()), c.map(|c| &c.text), c.map(|c| c.start), c.map(|c| c.end),
            q.content.start, q.content.end, content, q.direct
        ])?;
    }
    Ok(())
}

