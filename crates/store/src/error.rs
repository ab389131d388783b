//! Errors of the store, each with a message a user can act on.

use std::fmt;

#[derive(Debug)]
pub enum StoreError {
    /// The database was written by a newer rasd.
    NewerSchema { found: i64, supported: i64 },
    /// The file exists but is not an SQLite database.
    NotADatabase(String),
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
            StoreError::Sqlite(e) => write!(f, "database error: {e}"),
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
