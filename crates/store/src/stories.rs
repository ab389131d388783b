//! Stories: events of different reports that are the same real-world event are clustered into one story, GDELT's
//! separation of events from their mentions. An event joins a story when it has the same PLOVER type, its day is
//! within a day of the story's days and the story then spans at most `MAX_SPAN_DAYS`, its actor and recipient are
//! compatible (same country, and same linked name, wherever both sides know them), and its place is the story's
//! (within `NEAR_KM` when both are geocoded below the country level; else the same country). Candidates come from
//! one index range (type, country, days), so the cost per event does not grow with the database.

use crate::error::Result;
use crate::model::{Document, Event, Participant};
use jiff::civil::Date;
use rusqlite::{params, Connection};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The longest a story runs, from its first day to its last: a few days of one event's reporting, not a campaign.
const MAX_SPAN_DAYS: i64 = 3;
/// Two geocoded places at most this far apart are one place (a city and its suburbs, a district and its town).
const NEAR_KM: f64 = 25.0;

/// GeoNames ids of countries (data/kb/countries.tsv): a location resolved to a whole country is no place to
/// compare (its coordinates are the capital's), so it only says the country.
fn country_ids() -> &'static HashSet<u32> {
    static IDS: OnceLock<HashSet<u32>> = OnceLock::new();
    IDS.get_or_init(|| {
        include_str!("../../../data/kb/countries.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(7)?.trim().parse().ok())
            .collect()
    })
}

/// What the clustering reads of one event.
pub(crate) struct Key {
    kind: &'static str,
    actor: Option<String>,
    recipient: Option<String>,
    actor_name: Option<String>,
    recipient_name: Option<String>,
    /// The location's country, else the actor's; a key no other event shares when there is nothing to compare.
    place_key: String,
    comparable: bool,
    location_name: Option<String>,
    location_country: Option<String>,
    cameo: Option<String>,
    goldstein: Option<f64>,
    lat: Option<f64>,
    lon: Option<f64>,
    /// The geocoded place below the country level, if any.
    spot: Option<(f64, f64)>,
    day: Option<String>,
}

impl Key {
    pub(crate) fn of(doc_id: i64, doc: &Document, ev: &Event) -> Key {
        let country = |p: &Option<Participant>| p.as_ref().and_then(|p| p.country.clone());
        let name = |p: &Option<Participant>| p.as_ref().and_then(|p| p.name.clone());
        let loc = ev.location.as_ref();
        let location_country = loc.and_then(|l| l.country.clone());
        let (lat, lon) = (loc.and_then(|l| l.lat), loc.and_then(|l| l.lon));
        let whole_country = loc.and_then(|l| l.geonameid).is_some_and(|id| country_ids().contains(&id));
        let spot = match (lat, lon) {
            (Some(a), Some(o)) if !whole_country => Some((a, o)),
            _ => None,
        };
        let place = location_country.clone().or_else(|| country(&ev.actor));
        let day = crate::ingest::event_day(doc, ev);
        let comparable = place.is_some() && day.is_some();
        Key {
            kind: ev.kind.as_str(),
            actor: country(&ev.actor),
            recipient: country(&ev.recipient),
            actor_name: name(&ev.actor),
            recipient_name: name(&ev.recipient),
            place_key: match place {
                Some(p) if comparable => p,
                _ => format!("#{doc_id}/{}", ev.id),
            },
            comparable,
            location_name: loc.and_then(|l| l.name.clone()),
            location_country,
            cameo: ev.cameo.clone(),
            goldstein: ev.goldstein,
            lat,
            lon,
            spot,
            day,
        }
    }
}

/// Unknown on either side is compatible; known on both sides must agree.
fn compatible<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Great-circle distance in kilometres.
fn km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn same_place(a: Option<(f64, f64)>, b: Option<(f64, f64)>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => km(x, y) <= NEAR_KM,
        _ => true,
    }
}

/// A story as the clustering sees it.
#[derive(Clone, Debug)]
struct Candidate {
    id: i64,
    mentions: i64,
    first: Date,
    last: Date,
    actor: Option<String>,
    recipient: Option<String>,
    actor_name: Option<String>,
    recipient_name: Option<String>,
    spot: Option<(f64, f64)>,
}

impl Candidate {
    fn admits(&self, k: &Key, day: Date) -> bool {
        let (first, last) = (self.first.min(day), self.last.max(day));
        let near_in_time = day >= self.first.yesterday().unwrap_or(self.first) && day <= self.last.tomorrow().unwrap_or(self.last);
        near_in_time
            && (last - first).get_days() as i64 <= MAX_SPAN_DAYS
            && compatible(&self.actor, &k.actor)
            && compatible(&self.recipient, &k.recipient)
            && compatible(&self.actor_name, &k.actor_name)
            && compatible(&self.recipient_name, &k.recipient_name)
            && same_place(self.spot, k.spot)
    }
}

/// The stories of one (type, country) block whose first day lies in `days`, as stored.
struct Block {
    days: (Date, Date),
    stories: Vec<Candidate>,
}

/// A block: an event type and a place key.
type BlockKey = (&'static str, String);

/// The unwritten stories of a block whose first day lies in `[lo, hi]`, as `load` would read them.
fn unwritten(fresh: &std::collections::HashMap<i64, Option<(BlockKey, Candidate)>>, key: &BlockKey, lo: Date, hi: Date) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = fresh.values().flatten().filter(|(k, c)| k == key && c.first >= lo && c.first <= hi).map(|(_, c)| c.clone()).collect();
    out.sort_by_key(|c| c.id);
    out
}

/// The writer's copy of the candidate stories, by block: an event reads its candidates here instead of scanning
/// an index range of the database each time (hot blocks, ASSAULT in Syria, hold hundreds of stories a week). The
/// database stays the reference: a block is read from it for the days it lacks, every change is written through,
/// and the whole copy is dropped when another connection commits (`PRAGMA data_version`) or a batch fails.
#[derive(Default)]
pub(crate) struct Clusters {
    blocks: std::collections::HashMap<BlockKey, Block>,
    version: Option<i64>,
    /// The row id the next new story gets, read at the start of a batch (the batch holds the write lock).
    next_id: Option<i64>,
    /// Stories given an id by `assign` whose row `add_mentions` has not written yet (a new story is written once,
    /// whole, instead of inserted and then updated), with what `load` would have read of the row before its update
    /// (for a story in a block): a block read again keeps them.
    fresh: std::collections::HashMap<i64, Option<(BlockKey, Candidate)>>,
}

/// A block holding more stories than this is dropped and read again when needed: memory stays bounded.
const BLOCK_MAX: usize = 4096;

impl Clusters {
    /// Call at the start of a batch: forget everything if another connection wrote since the last batch.
    pub(crate) fn check(&mut self, conn: &Connection) -> Result<()> {
        let v: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.version != Some(v) {
            self.blocks.clear();
            self.version = Some(v);
        }
        self.next_id = None;
        self.fresh.clear();
        Ok(())
    }

    /// Forget everything (a batch was rolled back).
    pub(crate) fn clear(&mut self) {
        self.blocks.clear();
        self.version = None;
        self.next_id = None;
        self.fresh.clear();
    }

    /// A row id for a new story (its row is written by `add_mentions`, in the same transaction).
    fn reserve(&mut self, conn: &Connection, as_loaded: impl FnOnce(i64) -> Option<(BlockKey, Candidate)>) -> Result<i64> {
        let id = match self.next_id {
            Some(id) => id,
            None => conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM stories", [], |r| r.get(0))?,
        };
        self.next_id = Some(id + 1);
        self.fresh.insert(id, as_loaded(id));
        Ok(id)
    }

    /// The block of `k` holding every story whose first day lies in `need`, read from the database as needed.
    fn block(&mut self, conn: &Connection, k: &Key, need: (Date, Date)) -> Result<&mut Block> {
        let key: BlockKey = (k.kind, k.place_key.clone());
        let stale = match self.blocks.get(&key) {
            None => true,
            // Disjoint from what is held (or too big): start again from the window needed.
            Some(b) => b.stories.len() > BLOCK_MAX || need.1 < b.days.0.yesterday().unwrap_or(b.days.0) || need.0 > b.days.1.tomorrow().unwrap_or(b.days.1),
        };
        if stale {
            let mut stories = load(conn, k, need.0, need.1)?;
            stories.extend(unwritten(&self.fresh, &key, need.0, need.1));
            self.blocks.insert(key.clone(), Block { days: need, stories });
        }
        let b = self.blocks.get_mut(&key).expect("inserted above");
        if need.0 < b.days.0 {
            let before = b.days.0.yesterday().unwrap_or(b.days.0);
            b.stories.extend(load(conn, k, need.0, before)?);
            b.stories.extend(unwritten(&self.fresh, &key, need.0, before));
            b.days.0 = need.0;
        }
        if need.1 > b.days.1 {
            let after = b.days.1.tomorrow().unwrap_or(b.days.1);
            b.stories.extend(load(conn, k, after, need.1)?);
            b.stories.extend(unwritten(&self.fresh, &key, after, need.1));
            b.days.1 = need.1;
        }
        Ok(b)
    }
}

/// The stories of a block whose first day lies in `[lo, hi]`.
fn load(conn: &Connection, k: &Key, lo: Date, hi: Date) -> Result<Vec<Candidate>> {
    let mut q = conn.prepare_cached(
        "SELECT id, mentions, day_first, day_last, actor_country, recipient_country, actor_name, recipient_name, place_lat, place_lon
         FROM stories WHERE type=?1 AND place_key=?2 AND day_first BETWEEN ?3 AND ?4",
    )?;
    let mut rows = q.query(params![k.kind, k.place_key, crate::day::iso(lo), crate::day::iso(hi)])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (Some(first), Some(last)) = (crate::day::parse(&r.get::<_, String>(2)?), crate::day::parse(&r.get::<_, String>(3)?)) else { continue };
        let spot = match (r.get::<_, Option<f64>>(8)?, r.get::<_, Option<f64>>(9)?) {
            (Some(a), Some(o)) => Some((a, o)),
            _ => None,
        };
        out.push(Candidate {
            id: r.get(0)?,
            mentions: r.get(1)?,
            first,
            last,
            actor: r.get(4)?,
            recipient: r.get(5)?,
            actor_name: r.get(6)?,
            recipient_name: r.get(7)?,
            spot,
        });
    }
    Ok(out)
}

/// The story an event joins, decided before the event is stored: the largest story that admits it (the oldest
/// among equals), or a new one. The story's counts, days, participants and place are updated by `add_mention`.
pub(crate) fn assign(conn: &Connection, clusters: &mut Clusters, k: &Key) -> Result<i64> {
    let Some(day) = k.day.as_deref().and_then(crate::day::parse).filter(|_| k.comparable) else { return clusters.reserve(conn, |_| None) };
    // A story that admits the event began at most MAX_SPAN_DAYS before it and at most a day after it.
    let earliest = day.checked_sub(jiff::Span::new().days(MAX_SPAN_DAYS)).unwrap_or(day);
    let need = (earliest, day.tomorrow().unwrap_or(day));
    let block = clusters.block(conn, k, need)?;
    if let Some(c) = block.stories.iter_mut().filter(|c| c.admits(k, day)).max_by_key(|c| (c.mentions, std::cmp::Reverse(c.id))) {
        c.join(k, day);
        return Ok(c.id);
    }
    // As the row was first written: the creating event's day and countries, nothing else known yet.
    let id = clusters.reserve(conn, |id| {
        let c = Candidate { id, mentions: 0, first: day, last: day, actor: k.actor.clone(), recipient: k.recipient.clone(), actor_name: None, recipient_name: None, spot: None };
        Some(((k.kind, k.place_key.clone()), c))
    })?;
    let mut c = Candidate { id, mentions: 0, first: day, last: day, actor: None, recipient: None, actor_name: None, recipient_name: None, spot: None };
    c.join(k, day);
    clusters.block(conn, k, need)?.stories.push(c);
    Ok(id)
}

impl Candidate {
    /// What the story learns from a new mention: the same as `add_mention` writes.
    fn join(&mut self, k: &Key, day: Date) {
        self.mentions += 1;
        self.first = self.first.min(day);
        self.last = self.last.max(day);
        let fill = |have: &mut Option<String>, new: &Option<String>| {
            if have.is_none() {
                have.clone_from(new);
            }
        };
        fill(&mut self.actor, &k.actor);
        fill(&mut self.recipient, &k.recipient);
        fill(&mut self.actor_name, &k.actor_name);
        fill(&mut self.recipient_name, &k.recipient_name);
        if self.spot.is_none() {
            self.spot = k.spot;
        }
    }
}


/// One stored event of a document and the story it joined.
pub(crate) struct Mention<'a> {
    pub story: i64,
    pub event: i64,
    pub key: &'a Key,
    pub asserted: bool,
    pub confidence: f64,
}

/// Count a document's stored events into their stories, one story at a time and in constant time whatever the
/// story's size: mentions, articles and distinct sources (through the `story_articles` and `story_sources`
/// sets), first and last seen, the representative event (asserted first, then the most confident, then the
/// earliest), and what the events tell that the story did not know yet (its days, participants, place).
pub(crate) fn add_mentions(conn: &Connection, clusters: &mut Clusters, doc: i64, source: Option<&str>, published: Option<&str>, mentions: &[Mention]) -> Result<()> {
    let seen = published.map(|p| p.get(..10).unwrap_or(p));
    // The mentions of each story, stories in order of first mention (linear in the document's events).
    let mut order: Vec<i64> = Vec::new();
    let mut by_story: std::collections::HashMap<i64, Vec<&Mention>> = std::collections::HashMap::new();
    for m in mentions {
        by_story.entry(m.story).or_insert_with(|| {
            order.push(m.story);
            Vec::new()
        });
        by_story.get_mut(&m.story).expect("inserted").push(m);
    }
    for story in order {
        let mine = &by_story[&story];
        let m = mine[0];
        let score = |x: &Mention| if x.asserted { 10.0 } else { 0.0 } + x.confidence;
        // The best of this document's mentions; the first among equals (the earliest event).
        let best = mine.iter().fold(mine[0], |b, x| if score(x) > score(b) { x } else { b });
        let first = |f: fn(&Key) -> &Option<String>| mine.iter().find_map(|x| f(x.key).clone());
        let days: Vec<&String> = mine.iter().filter_map(|x| x.key.day.as_ref()).collect();
        let spot = mine.iter().find_map(|x| x.key.spot);
        if clusters.fresh.remove(&story).is_some() {
            // A story this document starts (its first mention, `m`, made it): the row as the update below would
            // leave an empty story, written once.
            let k = m.key;
            conn.prepare_cached("INSERT INTO story_articles (story_id, doc_id) VALUES (?1, ?2)")?.execute(params![m.story, doc])?;
            conn.prepare_cached("INSERT INTO story_sources (story_id, source) VALUES (?1, coalesce(?2, ''))")?.execute(params![m.story, source])?;
            conn.prepare_cached(
                "INSERT INTO stories (id, type, place_key, actor_country, recipient_country, location_name, location_country, cameo, goldstein,
                 lat, lon, day_first, day_last, first_seen, last_seen, mentions, articles, sources, representative_event, rep_score,
                 actor_name, recipient_name, place_lat, place_lon)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, 1, 1, ?16, ?17, ?18, ?19, ?20, ?21)",
            )?
            .execute(params![
                m.story, k.kind, k.place_key, first(|k| &k.actor), first(|k| &k.recipient), first(|k| &k.location_name),
                k.location_country, k.cameo, k.goldstein, k.lat, k.lon,
                days.iter().min().map(|d| d.as_str()).unwrap_or(""), days.iter().max().map(|d| d.as_str()).unwrap_or(""),
                seen, mine.len() as i64, best.event, score(best), first(|k| &k.actor_name), first(|k| &k.recipient_name),
                spot.map(|s| s.0), spot.map(|s| s.1)
            ])?;
            continue;
        }
        let new_article = conn.prepare_cached("INSERT OR IGNORE INTO story_articles (story_id, doc_id) VALUES (?1, ?2)")?.execute(params![m.story, doc])?;
        let new_source = conn.prepare_cached("INSERT OR IGNORE INTO story_sources (story_id, source) VALUES (?1, coalesce(?2, ''))")?.execute(params![m.story, source])?;
        conn.prepare_cached(
            "UPDATE stories SET mentions = mentions + ?15, articles = articles + ?2, sources = sources + ?3,
               first_seen = coalesce(min(first_seen, ?4), first_seen, ?4), last_seen = coalesce(max(last_seen, ?4), last_seen, ?4),
               representative_event = CASE WHEN ?5 > rep_score THEN ?6 ELSE representative_event END,
               rep_score = max(rep_score, ?5),
               day_first = coalesce(min(day_first, ?7), day_first), day_last = coalesce(max(day_last, ?16), day_last),
               actor_country = coalesce(actor_country, ?8), recipient_country = coalesce(recipient_country, ?9),
               actor_name = coalesce(actor_name, ?10), recipient_name = coalesce(recipient_name, ?11),
               location_name = coalesce(location_name, ?12),
               place_lat = CASE WHEN place_lat IS NULL THEN ?13 ELSE place_lat END,
               place_lon = CASE WHEN place_lat IS NULL THEN ?14 ELSE place_lon END
             WHERE id = ?1",
        )?
        .execute(params![
            m.story, new_article as i64, new_source as i64, seen, score(best), best.event,
            days.iter().min(), first(|k| &k.actor), first(|k| &k.recipient), first(|k| &k.actor_name), first(|k| &k.recipient_name),
            first(|k| &k.location_name), spot.map(|s| s.0), spot.map(|s| s.1), mine.len() as i64, days.iter().max()
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_countries() {
        // Douma is in Eastern Ghouta (about 5 km); Homs is 140 km from Damascus.
        assert!(same_place(Some((33.5722, 36.4029)), Some((33.55, 36.45))));
        assert!(!same_place(Some((34.7268, 36.7234)), Some((33.5102, 36.2913))));
        assert!(same_place(None, Some((33.5102, 36.2913))));
        assert!(country_ids().contains(&163843) && country_ids().contains(&1149361), "Syria and Afghanistan");
        assert!(!country_ids().contains(&170654), "Damascus is a city");
    }
}
