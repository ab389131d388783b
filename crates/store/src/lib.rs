//! rasd-store: the event store. It consumes the documents `rasd extract` produces (CONTRACT.md) and keeps them in
//! one database: documents, sentences, entities, events, quotes, stories, near-duplicate links and ingest errors.
//! Storage sits behind the small [`Storage`] trait; [`SqliteStore`] (SQLite, WAL mode) is the one backend.

mod bulk;
pub mod day;
pub mod error;
pub mod export;
pub mod minhash;
pub mod model;
pub mod query;
pub mod schema;
pub mod search;
mod ingest;
mod sqlite;
mod stats;
mod stories;

pub use error::{Result, StoreError};
pub use ingest::{content_hash, ContentHash, Incoming, Outcome, RunSummary};
pub use model::{Document, EventType, Status};
pub use query::{EventRow, Filter, Level};
pub use sqlite::SqliteStore;
pub use stats::Stats;

/// What a storage backend offers: everything the CLI (and a future server) needs, nothing about SQL.
pub trait Storage {
    /// True when a report with this content is already stored (or linked as a near-duplicate).
    fn contains(&self, hash: &ContentHash) -> Result<bool>;
    /// Store one batch in one transaction: all of it is committed, or none of it.
    fn ingest_batch(&mut self, run: i64, batch: Vec<Incoming>) -> Result<Vec<Outcome>>;
    /// Start an ingest run; its counts are kept for `stats`.
    fn begin_run(&mut self) -> Result<i64>;
    fn finish_run(&mut self, run: i64, summary: &RunSummary) -> Result<()>;
    /// A large load begins: the backend may put off work that only readers need until `end_bulk_load` (SQLite:
    /// the indexes an ingest never reads, when the database holds no events yet). Returns whether it did.
    fn begin_bulk_load(&mut self) -> Result<bool> {
        Ok(false)
    }
    /// Do what `begin_bulk_load` put off. A load that never gets here (killed) is completed by the next writer.
    fn end_bulk_load(&mut self) -> Result<()> {
        Ok(())
    }
    /// Events (or stories, by their representative event) that pass the filter.
    fn query(&self, filter: &Filter) -> Result<Vec<EventRow>>;
    fn stats(&self) -> Result<Stats>;
}
pub mod web;
