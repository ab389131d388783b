//! Errors of the store, each with a message a user can act on.

use std::fmt;

#[derive(Debug)]
pub enum StoreError {
    /// The database was written by a newer rasd.
    NewerSchema { found: i64, supported: i64 },
    /// The file exists but is not an SQLite database.
    NotADatabase(String),
    /// The database (or its directory) cannot be written: permissions, a read-only disk.
    ReadOnly(String),
    Sqlite(rusqlite::Error),
    Io(std::io::Error),
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NewerSchema { found, supported } => write!(
                f,
                "the database has schema version {found}, newer than this rasd supports ({supported}); use a newer rasd or another --db"
            ),
            StoreError::NotADatabase(p) => write!(f, "{p} is not a rasd database (not an SQLite file)"),
            StoreError::ReadOnly(why) => write!(f, "the database cannot be written: {why}; nothing was changed (make it writable or pass another --db)"),
            StoreError::Sqlite(e) => match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull) => write!(
                    f,
                    "the disk is full (or the database reached its size limit): the batch in progress was rolled back, committed reports are kept whole; free some space and run the same command again to resume"
                ),
                Some(rusqlite::ErrorCode::ReadOnly) => {
                    write!(f, "the database cannot be written (read-only file, directory or disk: {e}); the batch in progress was rolled back")
                }
                Some(rusqlite::ErrorCode::CannotOpen) => {
                    write!(f, "cannot open the database file ({e}): check that its directory exists and is writable")
                }
                _ => write!(f, "database error: {e}"),
            },
            StoreError::Io(e) => write!(f, "{e}"),
            StoreError::Other(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;
