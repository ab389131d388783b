//! Stories: events of different reports that are the same real-world event (same PLOVER type, compatible actor
//! and recipient countries, dates within a day, same place or country) are clustered into one story, GDELT's
//! separation of events from their mentions.

use crate::error::Result;
use rusqlite::{params, Connection};

/// A story that began more than this many days before an event is not extended by it: a new story starts, and
/// the search for candidates stays an index range whatever the order of ingest.
const MAX_SPAN_DAYS: i64 = 14;

/// What the clustering reads of one stored event.
struct Key {
    kind: String,
    actor: Option<String>,
    recipient: Option<String>,
    place: Option<String>,
    location_name: Option<String>,
    day: Option<String>,
}

fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn load(conn: &Connection, event_id: i64) -> Result<Key> {
    Ok(conn
        .prepare_cached("SELECT type, actor_country, recipient_country, coalesce(location_country, actor_country), location_name, day FROM events WHERE id=?1")?
        .query_row([event_id], |r| {
            Ok(Key { kind: r.get(0)?, actor: r.get(1)?, recipient: r.get(2)?, place: r.get(3)?, location_name: r.get(4)?, day: r.get(5)? })
        })?)
}

/// The story an event joins: the largest compatible story of its type and place within a day of its date, or a
/// new one. An event with no day or no place to compare starts its own story.
pub(crate) fn assign(conn: &Connection, event_id: i64) -> Result<i64> {
    let k = load(conn, event_id)?;
    let found = match (&k.place, &k.day) {
        (Some(place), Some(day)) => find(conn, &k, place, day)?,
        _ => None,
    };
    let story = match found {
        Some(id) => {
            conn.prepare_cached(
                "UPDATE stories SET day_first = min(day_first, ?2), day_last = max(day_last, ?2),
                 actor_country = coalesce(actor_country, ?3), recipient_country = coalesce(recipient_country, ?4),
                 location_name = coalesce(location_name, ?5) WHERE id = ?1",
            )?
            .execute(params![id, k.day, k.actor, k.recipient, k.location_name])?;
            id
        }
        None => create(conn, &k, event_id)?,
    };
    conn.prepare_cached("UPDATE events SET story_id=?2 WHERE id=?1")?.execute(params![event_id, story])?;
    Ok(story)
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

fn create(conn: &Connection, k: &Key, event_id: i64) -> Result<i64> {
    // A story with nothing to compare gets a place key no other event shares.
    let place_key = match (&k.place, &k.day) {
        (Some(p), Some(_)) => p.clone(),
        _ => format!("#{event_id}"),
    };
    let day = k.day.clone().unwrap_or_default();
    conn.prepare_cached(
        "INSERT INTO stories (type, place_key, actor_country, recipient_country, location_name, location_country, cameo, goldstein, lat, lon,
         day_first, day_last, representative_event)
         SELECT type, ?2, actor_country, recipient_country, location_name, location_country, cameo, goldstein, lat, lon, ?3, ?3, id
         FROM events WHERE id = ?1",
    )?
    .execute(params![event_id, place_key, day])?;
    Ok(conn.last_insert_rowid())
}

/// Recompute the counts, first and last seen and the representative event of the stories a batch touched.
pub(crate) fn refresh(conn: &Connection, touched: &[i64]) -> Result<()> {
    let mut ids = touched.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut counts = conn.prepare_cached(
        "SELECT count(*), count(DISTINCT e.doc_id), count(DISTINCT coalesce(d.source, '')), min(d.published), max(d.published)
         FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.story_id = ?1",
    )?;
    let mut upd = conn.prepare_cached(
        "UPDATE stories SET mentions = ?2, articles = ?3, sources = ?4, first_seen = ?5, last_seen = ?6,
           representative_event = (SELECT id FROM events WHERE story_id = ?1
                                   ORDER BY status = 'asserted' DESC, confidence DESC, id LIMIT 1)
         WHERE id = ?1",
    )?;
    for id in ids {
        let (m, a, s, f, l): (i64, i64, i64, Option<String>, Option<String>) =
            counts.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
        upd.execute(params![id, m, a, s, f, l])?;
    }
    Ok(())
}
