//! Bulk loading. The first ingest into a database (no events stored yet) writes every report into every index at
//! once: 9 secondary indexes on `events` alone, each row a random insert into a growing B-tree, were a quarter of
//! the writer's time on the ANT corpus. Indexes that the ingest itself never reads (they serve queries, exports
//! and the web server) are dropped at the start of such a load and built once at its end, by sorting, which costs
//! a fraction of that. Their definitions are kept in `deferred_indexes` in the same transaction as the drop, so
//! that a load killed half-way leaves a database whose next writer (`SqliteStore::open`) builds them.
//! Readers work meanwhile: their queries scan instead of seeking, and return the same rows.

use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};

/// The indexes an ingest does not read. Not deferred: the unique constraints (`content_hash`, sentences' `(doc_id,
/// idx)`), `stories_match` (story clustering loads candidate stories through it) and the tables' primary keys.
const DEFERRABLE: &[&str] = &[
    "events_story",
    "events_type_day",
    "events_actor",
    "events_recipient",
    "events_location",
    "events_day",
    "events_goldstein_asc",
    "events_goldstein_desc",
    "events_confidence",
    "stories_day",
    "stories_mentions",
    "stories_representative",
    "documents_source",
    "quotes_doc",
];

/// Drop the deferrable indexes when the database holds no events and none are deferred already; returns how many
/// were dropped (0: the database is not empty, or a load is already under way).
pub(crate) fn defer(conn: &mut Connection) -> Result<usize> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let empty: bool = tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM events)", [], |r| r.get(0))?;
    let pending: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM deferred_indexes)", [], |r| r.get(0))?;
    if !empty || pending {
        return Ok(0);
    }
    let mut n = 0;
    for name in DEFERRABLE {
        let sql: Option<String> = tx.query_row("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1", [name], |r| r.get(0)).optional()?;
        let Some(sql) = sql else { continue };
        tx.execute("INSERT INTO deferred_indexes (name, sql) VALUES (?1, ?2)", params![name, sql])?;
        tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
        n += 1;
    }
    tx.commit()?;
    Ok(n)
}

/// Build every deferred index and forget it, in one transaction; returns how many were built.
pub(crate) fn restore(conn: &mut Connection) -> Result<usize> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let pending: Vec<(String, String)> = {
        let mut q = tx.prepare("SELECT name, sql FROM deferred_indexes ORDER BY rowid")?;
        let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (name, sql) in &pending {
        let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1)", [name], |r| r.get(0))?;
        if !exists {
            tx.execute_batch(sql)?;
        }
        tx.execute("DELETE FROM deferred_indexes WHERE name = ?1", [name])?;
    }
    tx.commit()?;
    Ok(pending.len())
}
