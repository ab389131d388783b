//! The SQLite backend: one file, WAL mode (readers work while an ingest writes), batches in transactions.

use crate::error::{Result, StoreError};
use crate::ingest::{ContentHash, Incoming, Outcome, RunSummary};
use crate::query::{EventRow, Filter};
use crate::stats::Stats;
use crate::Storage;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

pub struct SqliteStore {
    pub(crate) conn: Connection,
    /// The writer's copy of candidate stories (see `stories::Clusters`).
    clusters: crate::stories::Clusters,
}

/// The page size of a database this binary creates.
const PAGE_SIZE: i64 = 16384;

/// SQLite files start with this 16-byte header.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

fn check_is_sqlite(path: &Path) -> Result<()> {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(path) else { return Ok(()) };
    let mut head = [0u8; 16];
    match f.read(&mut head)? {
        0 => Ok(()),
        n if n < 16 || &head != MAGIC => Err(StoreError::NotADatabase(path.display().to_string())),
        _ => Ok(()),
    }
}

impl SqliteStore {
    /// Open (creating when absent) a database for reading and writing, migrated to the current schema.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        check_is_sqlite(path)?;
        check_writable(path)?;
        let mut conn = Connection::open(path)?;
        // SQLite falls back to read-only when it cannot open for writing (a read-only mount): say so at once.
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly(format!("{} is read-only", path.display())));
        }
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // 16 KB pages for a new database (an existing one keeps its own): a report's record spans a few pages
        // instead of a dozen, and every B-tree is shallower; the whole ANT corpus ingests in 10% less CPU time.
        conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)).map_err(|e| not_db(path, e))?;
        if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
            return Err(StoreError::Other(format!("cannot switch {} to WAL mode (got {mode})", path.display())));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoint every 128 MB of WAL rather than 4 MB: fewer rewrites of the same pages during a long ingest.
        let page_size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        conn.pragma_update(None, "wal_autocheckpoint", (128 << 20) / page_size.max(512))?;
        // Foreign keys are declared for readers but not enforced: the writer inserts every parent before its
        // children in one transaction, and enforcement costs an index lookup per reference (7% of the store's time).
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        crate::schema::migrate(&mut conn)?;
        // A bulk load killed before its end left indexes to build.
        crate::bulk::restore(&mut conn)?;
        // Multi-row inserts have one statement per row count: keep more of them prepared.
        conn.set_prepared_statement_cache_capacity(128);
        Ok(SqliteStore { conn, clusters: Default::default() })
    }

    /// Open an existing database read-only (query, export, stats), refusing a newer schema.
    pub fn open_read_only(path: &Path) -> Result<SqliteStore> {
        if !path.exists() {
            return Err(StoreError::Other(format!("no database at {} (run `rasd ingest` first, or pass --db)", path.display())));
        }
        check_is_sqlite(path)?;
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| not_db(path, e))?;
        if found > crate::schema::VERSION {
            return Err(StoreError::NewerSchema { found, supported: crate::schema::VERSION });
        }
        if found < crate::schema::VERSION {
            return Err(StoreError::Other(format!("{} has schema version {found}; run `rasd ingest` on it once to upgrade", path.display())));
        }
        Ok(SqliteStore { conn, clusters: Default::default() })
    }

    /// The raw connection, for tests and tools that read the tables directly.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Refuse a database the user marked read-only (no write permission bits), or whose directory is: an ingest
/// writes the file and, in WAL mode, creates `-wal` and `-shm` beside it. The permission bits are honoured even
/// for a user (root) whom the system would let write, so that a read-only database stays untouched.
fn check_writable(path: &Path) -> Result<()> {
    let readonly = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().readonly()).unwrap_or(false);
    if readonly(path) {
        return Err(StoreError::ReadOnly(format!("{} is read-only", path.display())));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.exists() {
        return Err(StoreError::Other(format!("cannot create {}: the directory {} does not exist", path.display(), dir.display())));
    }
    if readonly(dir) {
        return Err(StoreError::ReadOnly(format!("its directory {} is read-only (SQLite keeps its -wal and -shm files beside the database)", dir.display())));
    }
    Ok(())
}

fn not_db(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase(path.display().to_string()),
        _ => e.into(),
    }
}

impl Storage for SqliteStore {
    fn contains(&self, hash: &ContentHash) -> Result<bool> {
        crate::ingest::contains(&self.conn, hash)
    }

    fn ingest_batch(&mut self, run: i64, batch: Vec<Incoming>) -> Result<Vec<Outcome>> {
        // IMMEDIATE: take the write lock at once (waiting for another writer through the busy timeout), so that the
        // batch reads the latest stories and never fails to upgrade a read snapshot another ingest made stale.
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = crate::ingest::ingest_all(&tx, &mut self.clusters, run, batch).and_then(|out| Ok(tx.commit().map(|_| out)?));
        if out.is_err() {
            // The batch was rolled back: the copy of the stories may hold what it wrote.
            self.clusters.clear();
        }
        out
    }

    fn begin_run(&mut self) -> Result<i64> {
        self.conn.execute("INSERT INTO ingest_runs (started_at) VALUES (?1)", [crate::ingest::now()])?;
        Ok(self.conn.last_insert_rowid())
    }

    fn finish_run(&mut self, run: i64, s: &RunSummary) -> Result<()> {
        self.conn.execute(
            "UPDATE ingest_runs SET finished_at=?2, new=?3, identical=?4, near_duplicate=?5, failed=?6 WHERE id=?1",
            rusqlite::params![run, crate::ingest::now(), s.new, s.identical, s.near_duplicate, s.failed],
        )?;
        Ok(())
    }

    fn begin_bulk_load(&mut self) -> Result<bool> {
        Ok(crate::bulk::defer(&mut self.conn)? > 0)
    }

    fn end_bulk_load(&mut self) -> Result<()> {
        crate::bulk::restore(&mut self.conn)?;
        Ok(())
    }

    fn query(&self, filter: &Filter) -> Result<Vec<EventRow>> {
        crate::query::run(&self.conn, filter)
    }

    fn stats(&self) -> Result<Stats> {
        crate::stats::collect(&self.conn)
    }
}
