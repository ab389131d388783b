//! Read queries for the web API (`rasd serve`): pages of events or stories with a total and a sort order, one
//! document with its stored rows, and aggregates (top actors and places, counts by day, type, quad class and
//! country, map points). All take the same [`Filter`] as `rasd query`; aggregates always count events.

use crate::error::{Result, StoreError};
use crate::model::Document;
use crate::query::{conditions, row, EventRow, Filter, Level, SELECT};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::Serialize;

/// Sort orders of a page; `Desc` variants newest or largest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    DayDesc,
    DayAsc,
    GoldsteinAsc,
    GoldsteinDesc,
    MentionsDesc,
    ConfidenceDesc,
}

impl Sort {
    pub const NAMES: [&'static str; 6] = ["-day", "day", "goldstein", "-goldstein", "-mentions", "-confidence"];

    pub fn parse(s: &str) -> Option<Sort> {
        Some(match s {
            "-day" => Sort::DayDesc,
            "day" => Sort::DayAsc,
            "goldstein" => Sort::GoldsteinAsc,
            "-goldstein" => Sort::GoldsteinDesc,
            "-mentions" => Sort::MentionsDesc,
            "-confidence" => Sort::ConfidenceDesc,
            _ => return None,
        })
    }

    /// True when an index (schema version 2) holds this order at this level, so that an unfiltered page reads
    /// `offset + limit` index entries; the other orders sort every row.
    pub fn indexed(self, level: Level) -> bool {
        match level {
            Level::Events => self != Sort::MentionsDesc,
            Level::Stories => matches!(self, Sort::DayDesc | Sort::DayAsc | Sort::MentionsDesc),
        }
    }

    fn order(self, level: Level) -> &'static str {
        match (self, level) {
            (Sort::DayDesc, Level::Events) => " ORDER BY e.day DESC, e.id DESC",
            (Sort::DayAsc, Level::Events) => " ORDER BY e.day, e.id",
            (Sort::DayDesc, Level::Stories) => " ORDER BY st.day_first DESC, st.id DESC",
            (Sort::DayAsc, Level::Stories) => " ORDER BY st.day_first, st.id",
            (Sort::GoldsteinAsc, _) => " ORDER BY e.goldstein IS NULL, e.goldstein, e.id",
            (Sort::GoldsteinDesc, _) => " ORDER BY e.goldstein IS NULL, e.goldstein DESC, e.id",
            (Sort::MentionsDesc, Level::Events) => " ORDER BY coalesce(st.mentions, 1) DESC, e.id",
            (Sort::MentionsDesc, Level::Stories) => " ORDER BY st.mentions DESC, st.id",
            (Sort::ConfidenceDesc, _) => " ORDER BY e.confidence DESC, e.id",
        }
    }
}

fn from_clause(level: Level) -> &'static str {
    match level {
        Level::Events => " FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN sentences s ON s.id = e.sentence_id \
                          LEFT JOIN stories st ON st.id = e.story_id",
        Level::Stories => " FROM stories st JOIN events e ON e.id = st.representative_event JOIN documents d ON d.id = e.doc_id \
                           LEFT JOIN sentences s ON s.id = e.sentence_id",
    }
}

/// One page of rows (`offset`, at most `limit`) and the number of rows that pass the filter. `filter.limit` is ignored.
pub fn page(conn: &Connection, f: &Filter, sort: Sort, offset: usize, limit: usize) -> Result<(Vec<EventRow>, i64)> {
    Ok((rows(conn, f, sort, offset, limit)?, total(conn, f)?))
}

/// The tables a page's ids are chosen from: events (or stories) alone, joining documents and stories only when the
/// filter or the order needs them.
fn page_base(f: &Filter, sort: Sort) -> (String, &'static str) {
    let docs = if needs_documents(f) { " JOIN documents d ON d.id = e.doc_id" } else { "" };
    match f.level {
        Level::Events => {
            let st = if sort == Sort::MentionsDesc { " LEFT JOIN stories st ON st.id = e.story_id" } else { "" };
            (format!(" FROM events e{docs}{st}"), "e.id")
        }
        Level::Stories => (format!(" FROM stories st JOIN events e ON e.id = st.representative_event{docs}"), "st.id"),
    }
}

/// The number of rows (events or stories) that pass the filter. This counts every matching row: callers that
/// answer many requests cache it per data version (`rasd serve` does).
pub fn total(conn: &Connection, f: &Filter) -> Result<i64> {
    let (clause, params) = conditions(f)?;
    let (base, _) = page_base(f, Sort::DayDesc);
    Ok(conn.prepare_cached(&format!("SELECT count(*){base}{clause}"))?.query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?)
}

/// One page of rows in `sort` order. The page's ids are chosen first on the events (or stories) table and its
/// indexes alone (every sort but events by mentions has an index in its order, schema version 2, so a page reads
/// `offset + limit` index entries, not the table); the full rows are read for those ids only.
pub fn rows(conn: &Connection, f: &Filter, sort: Sort, offset: usize, limit: usize) -> Result<Vec<EventRow>> {
    let (clause, params) = conditions(f)?;
    let (base, key) = page_base(f, sort);
    let order = sort.order(f.level);
    let ids = format!("SELECT {key}{base}{clause}{order} LIMIT {limit} OFFSET {offset}");
    let from = from_clause(f.level);
    let sql = format!("{SELECT}{from} WHERE {key} IN ({ids}){order}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| row(r, f.level))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// True when the filter has any condition (an unfiltered list is read straight from a sort index).
pub fn is_filtered(f: &Filter) -> Result<bool> {
    Ok(!conditions(f)?.0.is_empty())
}

/// The ids of every row that passes the filter, in `sort` order (event ids, or story ids at story level): what a
/// server caches per filter and data version, so that the pages of a filtered list, and its total, are slices and
/// lengths of one list rather than one sort of all matches per page.
pub fn ids(conn: &Connection, f: &Filter, sort: Sort) -> Result<Vec<i64>> {
    let (clause, params) = conditions(f)?;
    let (base, key) = page_base(f, sort);
    let order = sort.order(f.level);
    let mut stmt = conn.prepare_cached(&format!("SELECT {key}{base}{clause}{order}"))?;
    let ids = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The rows of these ids (as [`ids`] gives them, at most a page), in the order given.
pub fn rows_of(conn: &Connection, level: Level, ids: &[i64]) -> Result<Vec<EventRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let key = if level == Level::Stories { "st.id" } else { "e.id" };
    let marks = (1..=ids.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    let sql = format!("{SELECT}{} WHERE {key} IN ({marks})", from_clause(level));
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query_map(rusqlite::params_from_iter(ids.iter()), |r| row(r, level))?.collect::<rusqlite::Result<Vec<_>>>()?;
    let position: std::collections::HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    rows.sort_by_key(|r| position.get(&r.id).copied().unwrap_or(usize::MAX));
    Ok(rows)
}

/// The query plan (`EXPLAIN QUERY PLAN`, one step a line) of the statement that chooses a page's ids: tests and
/// tools check that a sort reads an index in order ("USE TEMP B-TREE FOR ORDER BY" means it sorts every match).
pub fn rows_plan(conn: &Connection, f: &Filter, sort: Sort, offset: usize, limit: usize) -> Result<String> {
    let (clause, params) = conditions(f)?;
    let (base, key) = page_base(f, sort);
    let order = sort.order(f.level);
    let sql = format!("EXPLAIN QUERY PLAN SELECT {key}{base}{clause}{order} LIMIT {limit} OFFSET {offset}");
    let mut stmt = conn.prepare(&sql)?;
    let steps = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| r.get::<_, String>(3))?;
    Ok(steps.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
}

/// A stored event's ids: its row id (as in [`EventRow::id`]), its id in the record (`E3`) and its story.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct StoredEvent {
    pub id: i64,
    pub event_id: String,
    pub story_id: Option<i64>,
}

/// One stored report: the extract record as ingested, and the rows the store made of it.
#[derive(Clone, Debug, Serialize)]
pub struct StoredDocument {
    pub id: i64,
    pub ingested_at: String,
    pub record: Document,
    pub events: Vec<StoredEvent>,
}

/// The document with this row id, or None.
pub fn document(conn: &Connection, id: i64) -> Result<Option<StoredDocument>> {
    let found: Option<(String, String)> = match conn.query_row("SELECT record, ingested_at FROM documents WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))) {
        Ok(x) => Some(x),
        Err(rusqlite::Error::QueryReturnedNoRows) => None,
        Err(e) => return Err(e.into()),
    };
    let Some((record, ingested_at)) = found else { return Ok(None) };
    let record = Document::from_json(&record).map_err(StoreError::Other)?;
    let mut stmt = conn.prepare_cached("SELECT id, event_id, story_id FROM events WHERE doc_id = ?1 ORDER BY id")?;
    let events = stmt
        .query_map([id], |r| Ok(StoredEvent { id: r.get(0)?, event_id: r.get(1)?, story_id: r.get(2)? }))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some(StoredDocument { id, ingested_at, record, events }))
}

/// The row id of the document with this record id (the first stored, when several share it).
pub fn document_id(conn: &Connection, record_id: &str) -> Result<Option<i64>> {
    match conn.query_row("SELECT min(id) FROM documents WHERE record_id = ?1", [record_id], |r| r.get(0)) {
        Ok(x) => Ok(x),
        Err(e) => Err(e.into()),
    }
}

/// An aggregate row: a key (and a second key or a name), its count, and a place's coordinates where it has one.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Count {
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub count: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// What events are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupBy {
    Day,
    Type,
    /// CAMEO quad class 1–4 (verbal/material cooperation, verbal/material conflict).
    Quad,
    /// Day and quad class (`key` the day, `key2` the class): the timeline.
    DayQuad,
    /// Actor country.
    ActorCountry,
    RecipientCountry,
    LocationCountry,
    Status,
}

impl GroupBy {
    pub const NAMES: [&'static str; 8] = ["day", "type", "quad", "day_quad", "actor_country", "recipient_country", "location_country", "status"];

    pub fn parse(s: &str) -> Option<GroupBy> {
        Some(match s {
            "day" => GroupBy::Day,
            "type" => GroupBy::Type,
            "quad" => GroupBy::Quad,
            "day_quad" => GroupBy::DayQuad,
            "country" | "actor_country" => GroupBy::ActorCountry,
            "recipient_country" => GroupBy::RecipientCountry,
            "location_country" => GroupBy::LocationCountry,
            "status" => GroupBy::Status,
            _ => return None,
        })
    }
}

/// CAMEO quad class of an event in SQL: from the CAMEO root code, else from the PLOVER type.
pub const QUAD_SQL: &str = "CASE \
    WHEN e.cameo GLOB '[0-9][0-9]*' THEN (CASE WHEN cast(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 1 AND 5 THEN 1 \
        WHEN cast(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 6 AND 8 THEN 2 WHEN cast(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 9 AND 13 THEN 3 \
        WHEN cast(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 14 AND 20 THEN 4 END) \
    WHEN e.type IN ('AGREE', 'CONSULT', 'SUPPORT', 'REQUEST') THEN 1 \
    WHEN e.type IN ('CONCEDE', 'COOPERATE', 'AID', 'RETREAT') THEN 2 \
    WHEN e.type IN ('ACCUSE', 'REJECT', 'THREATEN') THEN 3 ELSE 4 END";

fn events_filter(f: &Filter) -> Result<(String, Vec<Value>)> {
    let mut f = f.clone();
    f.level = Level::Events;
    conditions(&f)
}

fn needs_documents(f: &Filter) -> bool {
    f.source.is_some()
}

fn events_from(f: &Filter) -> &'static str {
    if needs_documents(f) { " FROM events e JOIN documents d ON d.id = e.doc_id" } else { " FROM events e" }
}

/// Events counted by `by`, largest first (by day: in day order), at most `limit` groups.
pub fn counts(conn: &Connection, f: &Filter, by: GroupBy, limit: usize) -> Result<Vec<Count>> {
    let (clause, params) = events_filter(f)?;
    let from = events_from(f);
    let (key, key2, order) = match by {
        GroupBy::Day => ("e.day", None, "e.day"),
        GroupBy::Type => ("e.type", None, "count(*) DESC, 1"),
        GroupBy::Quad => (QUAD_SQL, None, "1"),
        GroupBy::DayQuad => ("e.day", Some(QUAD_SQL), "1, 2"),
        GroupBy::ActorCountry => ("e.actor_country", None, "count(*) DESC, 1"),
        GroupBy::RecipientCountry => ("e.recipient_country", None, "count(*) DESC, 1"),
        GroupBy::LocationCountry => ("e.location_country", None, "count(*) DESC, 1"),
        GroupBy::Status => ("e.status", None, "count(*) DESC, 1"),
    };
    let null_guard = match by {
        GroupBy::Day | GroupBy::DayQuad | GroupBy::ActorCountry | GroupBy::RecipientCountry | GroupBy::LocationCountry => {
            let col = if by == GroupBy::DayQuad { "e.day" } else { key };
            format!("{} {col} IS NOT NULL", if clause.is_empty() { " WHERE" } else { " AND" })
        }
        _ => String::new(),
    };
    let sql = match key2 {
        Some(k2) => format!("SELECT {key}, {k2}, count(*){from}{clause}{null_guard} GROUP BY 1, 2 ORDER BY {order} LIMIT {limit}"),
        None => format!("SELECT {key}, NULL, count(*){from}{clause}{null_guard} GROUP BY 1 ORDER BY {order} LIMIT {limit}"),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        let k: Value = r.get(0)?;
        let k2: Value = r.get(1)?;
        Ok(Count { key: text(k), key2: match k2 { Value::Null => None, v => Some(text(v)) }, count: r.get(2)?, ..Count::default() })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn text(v: Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Text(s) => s,
        Value::Blob(_) => String::new(),
    }
}

/// The actors (canonical name, else their words, with country) most often acting or acted on, largest first.
pub fn top_actors(conn: &Connection, f: &Filter, limit: usize) -> Result<Vec<Count>> {
    let (clause, params) = events_filter(f)?;
    let from = events_from(f);
    let sql = format!(
        "SELECT name, country, count(*) FROM ( \
           SELECT coalesce(e.actor_name, e.actor_text) AS name, e.actor_country AS country{from}{clause} \
           UNION ALL SELECT coalesce(e.recipient_name, e.recipient_text), e.recipient_country{from}{clause} \
         ) WHERE name IS NOT NULL GROUP BY name, country ORDER BY count(*) DESC, name LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        Ok(Count { key: r.get(0)?, country: r.get(1)?, count: r.get(2)?, ..Count::default() })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Places where events happened (name, country, coordinates), most events first.
pub fn top_places(conn: &Connection, f: &Filter, limit: usize) -> Result<Vec<Count>> {
    let (clause, params) = events_filter(f)?;
    let from = events_from(f);
    let guard = if clause.is_empty() { " WHERE" } else { " AND" };
    let sql = format!(
        "SELECT e.location_name, e.location_country, count(*), avg(e.lat), avg(e.lon){from}{clause}{guard} e.location_name IS NOT NULL \
         GROUP BY e.location_name, e.location_country ORDER BY count(*) DESC, e.location_name LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        Ok(Count { key: r.get(0)?, country: r.get(1)?, count: r.get(2)?, lat: r.get(3)?, lon: r.get(4)?, ..Count::default() })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every geocoded place under the filter (name, country, count-weighted coordinates), most events first.
pub fn places(conn: &Connection, f: &Filter) -> Result<Vec<Count>> {
    let (clause, params) = events_filter(f)?;
    let from = events_from(f);
    let guard = if clause.is_empty() { " WHERE" } else { " AND" };
    let sql = format!(
        "SELECT e.location_name, e.location_country, count(*), avg(e.lat), avg(e.lon){from}{clause}{guard} e.location_name IS NOT NULL \
         AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY e.location_name, e.location_country ORDER BY count(*) DESC, e.location_name"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        Ok(Count { key: r.get(0)?, country: r.get(1)?, count: r.get(2)?, lat: r.get(3)?, lon: r.get(4)?, ..Count::default() })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A map marker: the places of one grid cell. `key`, `country` name its largest place; `lat`, `lon` are the
/// count-weighted centre of its places; `places` lists up to [`CLUSTER_NAMES`] place names, largest first.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Cluster {
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Events in the cell.
    pub count: i64,
    pub lat: f64,
    pub lon: f64,
    /// Number of places in the cell.
    pub size: usize,
    pub places: Vec<String>,
}

/// Names kept per cluster (for the marker's tooltip).
pub const CLUSTER_NAMES: usize = 20;
/// Zoom factors of the map (its width in screen units is multiplied by these); the grid halves at each step.
pub const MAX_ZOOM: u32 = 32;
/// Grid cell at zoom 1, in degrees: 20 units of the dashboard's 1000-unit-wide equirectangular map (0.36° a unit),
/// about the diameter of its largest marker, so that markers of neighbouring cells rarely overlap.
pub const CELL_DEGREES: f64 = 7.2;

/// Grid clustering for one zoom factor (rounded down to a power of two, 1–[`MAX_ZOOM`]): the world is cut into
/// square cells of `CELL_DEGREES / zoom` degrees (the map is equirectangular, so cells are squares on screen), and
/// each place joins the cell it falls in. A cell's marker then absorbs the markers of its eight neighbours whose
/// centres lie within half a cell of its own (largest cells first), so that two places close to either side of a
/// cell border are not drawn as two touching markers. Every place is in exactly one cluster, counts add up, and the
/// result does not depend on the order of `places`: clusters come largest first (ties by position). Linear in the
/// places.
pub fn cluster(places: &[Count], zoom: u32) -> Vec<Cluster> {
    let zoom = zoom_level(zoom);
    let cell = CELL_DEGREES / zoom as f64;
    let mut cells: std::collections::HashMap<(i64, i64), Vec<&Count>> = std::collections::HashMap::new();
    for p in places {
        let (Some(lat), Some(lon)) = (p.lat, p.lon) else { continue };
        if !lat.is_finite() || !lon.is_finite() {
            continue;
        }
        let key = (((lon.clamp(-180.0, 180.0) + 180.0) / cell).floor() as i64, ((90.0 - lat.clamp(-90.0, 90.0)) / cell).floor() as i64);
        cells.entry(key).or_default().push(p);
    }
    // Each cell as a cluster, in a canonical order (largest first, then by position).
    let mut grid: Vec<((i64, i64), Cluster, Vec<&Count>)> = cells
        .into_iter()
        .map(|(key, mut members)| {
            sort_members(&mut members);
            let c = summarise(&members);
            (key, c, members)
        })
        .collect();
    grid.sort_by(|a, b| order(&a.1, &b.1));
    let at: std::collections::HashMap<(i64, i64), usize> = grid.iter().enumerate().map(|(i, g)| (g.0, i)).collect();
    let mut taken = vec![false; grid.len()];
    let mut out = Vec::with_capacity(grid.len());
    for i in 0..grid.len() {
        if taken[i] {
            continue;
        }
        taken[i] = true;
        let ((x, y), centre) = (grid[i].0, &grid[i].1);
        let mut members = grid[i].2.clone();
        for (dx, dy) in [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)] {
            let Some(&j) = at.get(&(x + dx, y + dy)) else { continue };
            let other = &grid[j].1;
            if !taken[j] && (other.lat - centre.lat).hypot(other.lon - centre.lon) < cell / 2.0 {
                taken[j] = true;
                members.extend_from_slice(&grid[j].2);
            }
        }
        if members.len() > grid[i].2.len() {
            sort_members(&mut members);
            out.push(summarise(&members));
        } else {
            out.push(grid[i].1.clone());
        }
    }
    out.sort_by(order);
    out
}

fn sort_members(members: &mut [&Count]) {
    members.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)).then_with(|| a.country.cmp(&b.country)));
}

fn order(a: &Cluster, b: &Cluster) -> std::cmp::Ordering {
    b.count.cmp(&a.count).then_with(|| a.lat.total_cmp(&b.lat)).then_with(|| a.lon.total_cmp(&b.lon))
}

/// One marker for places sorted largest first: named by the largest, at their count-weighted centre.
fn summarise(members: &[&Count]) -> Cluster {
    let count: i64 = members.iter().map(|m| m.count).sum();
    let weight = |m: &&Count| m.count.max(1) as f64;
    let w: f64 = members.iter().map(weight).sum();
    let centre = |coord: fn(&Count) -> f64| match members {
        [one] => coord(one), // a lone place stays exactly where it is
        _ => members.iter().map(|m| weight(m) * coord(m)).sum::<f64>() / w,
    };
    Cluster {
        key: members[0].key.clone(),
        country: members[0].country.clone(),
        count,
        lat: centre(|m| m.lat.unwrap_or(0.0)),
        lon: centre(|m| m.lon.unwrap_or(0.0)),
        size: members.len(),
        places: members.iter().take(CLUSTER_NAMES).map(|m| m.key.clone()).collect(),
    }
}

/// The zoom factor actually used: the largest power of two not above `zoom`, within 1–[`MAX_ZOOM`].
pub fn zoom_level(zoom: u32) -> u32 {
    let z = zoom.clamp(1, MAX_ZOOM);
    1 << (31 - z.leading_zeros())
}
