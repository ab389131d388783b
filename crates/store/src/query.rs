//! Queries over events and stories: a typed filter turned into one parameterized SQL statement.

use crate::error::{Result, StoreError};
use crate::model::{EventType, Status};
use jiff::civil::Date;
use rusqlite::types::Value;
use rusqlite::{Connection, Row, ToSql};
use serde::Serialize;

/// The insert order of the event columns (see `ingest::insert_event`).
pub(crate) const EVENT_COLUMNS: &str = "doc_id, event_id, type, mode, cameo, goldstein, status, sentence, sentence_id, \
    trigger_text, trigger_start, trigger_end, \
    actor_text, actor_start, actor_end, actor_entity, actor_name, actor_country, actor_role, actor_country_from, \
    recipient_text, recipient_start, recipient_end, recipient_entity, recipient_name, recipient_country, recipient_role, recipient_country_from, \
    location_text, location_start, location_end, location_name, location_country, lat, lon, geonameid, \
    date_text, date_start, date_end, date_value, date_precision, day, \
    fatalities_low, fatalities_high, fatalities_text, fatalities_start, fatalities_end, \
    injuries_low, injuries_high, injuries_text, injuries_start, injuries_end, confidence, story_id";

/// Any bindable value as an owned SQLite value.
pub(crate) fn to_value<T: ToSql>(x: T) -> Value {
    match x.to_sql() {
        Ok(rusqlite::types::ToSqlOutput::Borrowed(r)) => r.into(),
        Ok(rusqlite::types::ToSqlOutput::Owned(v)) => v,
        _ => Value::Null,
    }
}

/// Rows of single events, or of stories (each shown by its representative event, with its counts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Level {
    #[default]
    Events,
    Stories,
}

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub level: Level,
    pub types: Vec<EventType>,
    pub statuses: Vec<Status>,
    pub actor_country: Option<String>,
    pub recipient_country: Option<String>,
    pub location_country: Option<String>,
    /// Actor, recipient or location country.
    pub country: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub source: Option<String>,
    pub story: Option<i64>,
    /// Words that the event's sentence must contain (normalized: spelling variants match).
    pub text: Option<String>,
    pub limit: Option<usize>,
}

/// One row of a query or export: an event with its report and story, flat for tables, CSV and Parquet.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct EventRow {
    /// The event's row id, or the story's id at story level.
    pub id: i64,
    pub event_id: i64,
    pub story_id: Option<i64>,
    pub record_id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub cameo: Option<String>,
    pub goldstein: Option<f64>,
    pub status: String,
    pub day: Option<String>,
    pub date_value: Option<String>,
    pub date_precision: Option<String>,
    pub actor_text: Option<String>,
    pub actor_name: Option<String>,
    pub actor_country: Option<String>,
    pub actor_role: Option<String>,
    pub recipient_text: Option<String>,
    pub recipient_name: Option<String>,
    pub recipient_country: Option<String>,
    pub recipient_role: Option<String>,
    pub location_name: Option<String>,
    pub location_country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonameid: Option<i64>,
    pub fatalities: Option<f64>,
    pub injuries: Option<f64>,
    pub confidence: f64,
    pub trigger: String,
    pub sentence: Option<String>,
    pub mentions: i64,
    pub articles: i64,
    pub sources: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// When the report was ingested (RFC 3339, UTC).
    pub ingested_at: Option<String>,
    /// The event's sentence number in its report (0: the lead).
    pub sentence_index: Option<i64>,
}

pub(crate) const SELECT: &str = "SELECT e.id, e.story_id, d.record_id, d.source, d.url, d.published, e.type, e.mode, e.cameo, e.goldstein, \
    e.status, e.day, e.date_value, e.date_precision, e.actor_text, e.actor_name, e.actor_country, e.actor_role, \
    e.recipient_text, e.recipient_name, e.recipient_country, e.recipient_role, e.location_name, e.location_country, \
    e.lat, e.lon, e.geonameid, e.fatalities_low, e.injuries_low, e.confidence, e.trigger_text, s.text, \
    coalesce(st.mentions, 1), coalesce(st.articles, 1), coalesce(st.sources, 1), st.first_seen, st.last_seen, d.ingested_at, e.sentence";

pub(crate) fn row(r: &Row, level: Level) -> rusqlite::Result<EventRow> {
    let event_id: i64 = r.get(0)?;
    let story_id: Option<i64> = r.get(1)?;
    Ok(EventRow {
        id: if level == Level::Stories { story_id.unwrap_or(event_id) } else { event_id },
        event_id, story_id, record_id: r.get(2)?, source: r.get(3)?, url: r.get(4)?, published: r.get(5)?, kind: r.get(6)?,
        mode: r.get(7)?, cameo: r.get(8)?, goldstein: r.get(9)?, status: r.get(10)?, day: r.get(11)?, date_value: r.get(12)?,
        date_precision: r.get(13)?, actor_text: r.get(14)?, actor_name: r.get(15)?, actor_country: r.get(16)?, actor_role: r.get(17)?,
        recipient_text: r.get(18)?, recipient_name: r.get(19)?, recipient_country: r.get(20)?, recipient_role: r.get(21)?,
        location_name: r.get(22)?, location_country: r.get(23)?, lat: r.get(24)?, lon: r.get(25)?, geonameid: r.get(26)?,
        fatalities: r.get(27)?, injuries: r.get(28)?, confidence: r.get(29)?, trigger: r.get(30)?, sentence: r.get(31)?,
        mentions: r.get(32)?, articles: r.get(33)?, sources: r.get(34)?, first_seen: r.get(35)?, last_seen: r.get(36)?, ingested_at: r.get(37)?, sentence_index: r.get(38)?,
    })
}

/// The WHERE clause and its parameters.
pub(crate) fn conditions(f: &Filter) -> Result<(String, Vec<Value>)> {
    let mut w: Vec<String> = Vec::new();
    let mut p: Vec<Value> = Vec::new();
    let bind = |p: &mut Vec<Value>, v: Value| {
        p.push(v);
        format!("?{}", p.len())
    };
    if !f.types.is_empty() {
        let list: Vec<String> = f.types.iter().map(|t| bind(&mut p, to_value(t.as_str()))).collect();
        w.push(format!("e.type IN ({})", list.join(", ")));
    }
    if !f.statuses.is_empty() {
        let list: Vec<String> = f.statuses.iter().map(|s| bind(&mut p, to_value(s.as_str()))).collect();
        w.push(format!("e.status IN ({})", list.join(", ")));
    }
    for (col, val) in [("actor_country", &f.actor_country), ("recipient_country", &f.recipient_country), ("location_country", &f.location_country)] {
        if let Some(c) = val {
            w.push(format!("e.{col} = {}", bind(&mut p, to_value(c.to_uppercase()))));
        }
    }
    if let Some(c) = &f.country {
        let b = bind(&mut p, to_value(c.to_uppercase()));
        w.push(format!("(e.actor_country = {b} OR e.recipient_country = {b} OR e.location_country = {b})"));
    }
    let (lo, hi) = if f.level == Level::Stories { ("st.day_last", "st.day_first") } else { ("e.day", "e.day") };
    if let Some(d) = f.from {
        w.push(format!("{lo} >= {}", bind(&mut p, to_value(crate::day::iso(d)))));
    }
    if let Some(d) = f.to {
        w.push(format!("{hi} <= {}", bind(&mut p, to_value(crate::day::iso(d)))));
    }
    if let Some(s) = &f.source {
        w.push(format!("d.source = {}", bind(&mut p, to_value(s))));
    }
    if let Some(s) = f.story {
        w.push(format!("e.story_id = {}", bind(&mut p, to_value(s))));
    }
    if let Some(t) = &f.text {
        let q = crate::search::query_form(t).ok_or_else(|| StoreError::Other(format!("--text {t:?} has no words to search")))?;
        w.push(format!("e.sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH {})", bind(&mut p, to_value(q))));
    }
    let clause = if w.is_empty() { String::new() } else { format!(" WHERE {}", w.join(" AND ")) };
    Ok((clause, p))
}

pub(crate) fn run(conn: &Connection, f: &Filter) -> Result<Vec<EventRow>> {
    let (clause, params) = conditions(f)?;
    let from = match f.level {
        Level::Events => " FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN sentences s ON s.id = e.sentence_id \
                          LEFT JOIN stories st ON st.id = e.story_id",
        Level::Stories => " FROM stories st JOIN events e ON e.id = st.representative_event JOIN documents d ON d.id = e.doc_id \
                           LEFT JOIN sentences s ON s.id = e.sentence_id",
    };
    let order = match f.level {
        Level::Events => " ORDER BY e.day, e.id",
        Level::Stories => " ORDER BY st.day_first, st.id",
    };
    let limit = f.limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
    let sql = format!("{SELECT}{from}{clause}{order}{limit}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| row(r, f.level))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
