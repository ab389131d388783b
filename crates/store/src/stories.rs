//! Stories: events of different reports that are the same real-world event (same PLOVER type, compatible actor
//! and recipient countries, dates within a day, same place or country) are clustered into one story, GDELT's
//! separation of events from their mentions.

use crate::error::Result;
use crate::model::{Document, Event, Participant};
use rusqlite::{params, Connection};

/// A story that began more than this many days before an event is not extended by it: a new story starts, and
/// the search for candidates stays an index range whatever the order of ingest.
const MAX_SPAN_DAYS: i64 = 14;

/// What the clustering reads of one event.
pub(crate) struct Key {
    kind: &'static str,
    actor: Option<String>,
    recipient: Option<String>,
    /// The location's country, else the actor's.
    place: Option<String>,
    location_name: Option<String>,
    location_country: Option<String>,
    cameo: Option<String>,
    goldstein: Option<f64>,
    lat: Option<f64>,
    lon: Option<f64>,
    day: Option<String>,
}

impl Key {
    pub(crate) fn of(doc: &Document, ev: &Event) -> Key {
        let country = |p: &Option<Participant>| p.as_ref().and_then(|p| p.country.clone());
        let loc = ev.location.as_ref();
        let location_country = loc.and_then(|l| l.country.clone());
        Key {
            kind: ev.kind.as_str(),
            actor: country(&ev.actor),
            recipient: country(&ev.recipient),
            place: location_country.clone().or_else(|| country(&ev.actor)),
            location_name: loc.and_then(|l| l.name.clone()),
            location_country,
            cameo: ev.cameo.clone(),
            goldstein: ev.goldstein,
            lat: loc.and_then(|l| l.lat),
            lon: loc.and_then(|l| l.lon),
            day: crate::ingest::event_day(doc, ev),
        }
    }
}

fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The story an event joins, decided before the event is stored: the largest compatible story of its type and
/// place within a day of its date, or a new one. An event with no day or no place to compare starts its own.
pub(crate) fn assign(conn: &Connection, k: &Key) -> Result<i64> {
    let found = match (&k.place, &k.day) {
        (Some(place), Some(day)) => find(conn, k, place, day)?,
        _ => None,
    };
    match found {
        Some(id) => {
            conn.prepare_cached(
                "UPDATE stories SET day_first = min(day_first, ?2), day_last = max(day_last, ?2),
                 actor_country = coalesce(actor_country, ?3), recipient_country = coalesce(recipient_country, ?4),
                 location_name = coalesce(location_name, ?5) WHERE id = ?1",
            )?
            .execute(params![id, k.day, k.actor, k.recipient, k.location_name])?;
            Ok(id)
        }
        None => create(conn, k),
    }
}

fn find(conn: &Connection, k: &Key, place: &str, day: &str) -> Result<Option<i64>> {
    let Some(d) = crate::day::parse(day) else { return Ok(None) };
    let (lo, hi) = crate::day::around(d);
    let earliest = lo.checked_sub(jiff::Span::new().days(MAX_SPAN_DAYS)).unwrap_or(lo);
    let mut q = conn.prepare_cached(
        "SELECT id, actor_country, recipient_country FROM stories
         WHERE type=?1 AND place_key=?2 AND day_first BETWEEN ?5 AND ?4 AND day_last >= ?3 ORDER BY mentions DESC, id LIMIT 50",
    )?;
    let rows = q.query_map(params![k.kind, place, crate::day::iso(lo), crate::day::iso(hi), crate::day::iso(earliest)], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?))
    })?;
    for r in rows {
        let (id, actor, recipient) = r?;
        if compatible(&actor, &k.actor) && compatible(&recipient, &k.recipient) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

fn create(conn: &Connection, k: &Key) -> Result<i64> {
    let day = k.day.clone().unwrap_or_default();
    conn.prepare_cached(
        "INSERT INTO stories (type, place_key, actor_country, recipient_country, location_name, location_country, cameo, goldstein,
         lat, lon, day_first, day_last) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![k.kind, "", k.actor, k.recipient, k.location_name, k.location_country, k.cameo, k.goldstein, k.lat, k.lon, day])?;
    let id = conn.last_insert_rowid();
    // A story with nothing to compare gets a place key no other event shares.
    let place_key = match (&k.place, &k.day) {
        (Some(p), Some(_)) => p.clone(),
        _ => format!("#{id}"),
    };
    conn.prepare_cached("UPDATE stories SET place_key = ?2 WHERE id = ?1")?.execute(params![id, place_key])?;
    Ok(id)
}

/// What a new mention brings to its story.
pub(crate) struct Mention<'a> {
    pub story: i64,
    pub event: i64,
    pub doc: i64,
    pub source: Option<&'a str>,
    pub published: Option<&'a str>,
    pub asserted: bool,
    pub confidence: f64,
}

/// Count a stored event into its story, in constant time whatever the story's size: mentions, articles and
/// distinct sources (through the `story_articles` and `story_sources` sets), first and last seen, and the
/// representative event (asserted first, then the most confident, then the earliest).
pub(crate) fn add_mention(conn: &Connection, m: &Mention) -> Result<()> {
    let new_article = conn.prepare_cached("INSERT OR IGNORE INTO story_articles (story_id, doc_id) VALUES (?1, ?2)")?.execute(params![m.story, m.doc])?;
    let new_source = conn
        .prepare_cached("INSERT OR IGNORE INTO story_sources (story_id, source) VALUES (?1, coalesce(?2, ''))")?
        .execute(params![m.story, m.source])?;
    let score = if m.asserted { 10.0 } else { 0.0 } + m.confidence;
    conn.prepare_cached(
        "UPDATE stories SET mentions = mentions + 1, articles = articles + ?2, sources = sources + ?3,
           first_seen = coalesce(min(first_seen, ?4), first_seen, ?4), last_seen = coalesce(max(last_seen, ?4), last_seen, ?4),
           representative_event = CASE WHEN ?5 > rep_score THEN ?6 ELSE representative_event END,
           rep_score = max(rep_score, ?5)
         WHERE id = ?1",
    )?
    .execute(params![m.story, new_article as i64, new_source as i64, m.published.map(|p| p.get(..10).unwrap_or(p)), score, m.event])?;
    Ok(())
}
