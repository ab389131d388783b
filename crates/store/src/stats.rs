//! `rasd stats`: what the database holds.

use crate::error::Result;
use rusqlite::Connection;
use serde::Serialize;

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Stats {
    pub schema_version: i64,
    pub documents: i64,
    pub sources: Vec<(String, i64)>,
    pub identical_skipped: i64,
    pub near_duplicates: i64,
    pub events: i64,
    pub events_by_type: Vec<(String, i64)>,
    pub events_by_status: Vec<(String, i64)>,
    pub stories: i64,
    pub stories_with_several_articles: i64,
    pub errors: i64,
    pub first_day: Option<String>,
    pub last_day: Option<String>,
}

fn count(conn: &Connection, sql: &str) -> Result<i64> {
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

fn groups(conn: &Connection, sql: &str) -> Result<Vec<(String, i64)>> {
    let mut q = conn.prepare(sql)?;
    let rows = q.query_map([], |r| Ok((r.get::<_, Option<String>>(0)?.unwrap_or_else(|| "(none)".into()), r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn collect(conn: &Connection) -> Result<Stats> {
    let (first_day, last_day) = conn.query_row("SELECT min(day), max(day) FROM events", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Stats {
        schema_version: count(conn, "PRAGMA user_version")?,
        documents: count(conn, "SELECT count(*) FROM documents")?,
        sources: groups(conn, "SELECT source, count(*) FROM documents GROUP BY source ORDER BY count(*) DESC")?,
        identical_skipped: count(conn, "SELECT coalesce(sum(identical), 0) FROM ingest_runs")?,
        near_duplicates: count(conn, "SELECT count(*) FROM near_duplicates")?,
        events: count(conn, "SELECT count(*) FROM events")?,
        events_by_type: groups(conn, "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC")?,
        events_by_status: groups(conn, "SELECT status, count(*) FROM events GROUP BY status ORDER BY count(*) DESC")?,
        stories: count(conn, "SELECT count(*) FROM stories")?,
        stories_with_several_articles: count(conn, "SELECT count(*) FROM stories WHERE articles > 1")?,
        errors: count(conn, "SELECT count(*) FROM ingest_errors")?,
        first_day,
        last_day,
    })
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "documents            {}", self.documents)?;
        for (s, n) in &self.sources {
            writeln!(f, "  {s:<18} {n}")?;
        }
        writeln!(f, "identical skipped    {}", self.identical_skipped)?;
        writeln!(f, "near-duplicates      {}", self.near_duplicates)?;
        writeln!(f, "events               {}", self.events)?;
        for (t, n) in &self.events_by_type {
            writeln!(f, "  {t:<18} {n}")?;
        }
        writeln!(f, "events by status")?;
        for (t, n) in &self.events_by_status {
            writeln!(f, "  {t:<18} {n}")?;
        }
        writeln!(f, "stories              {} ({} told by several articles)", self.stories, self.stories_with_several_articles)?;
        writeln!(f, "errors               {}", self.errors)?;
        let d = |x: &Option<String>| x.clone().unwrap_or_else(|| "-".into());
        write!(f, "days                 {} .. {}", d(&self.first_day), d(&self.last_day))
    }
}
