//! Exports of query rows in the formats analysts' tools read: GDELT 2.0's event table, POLECAT-style JSON Lines,
//! CSV and Parquet. Every writer takes the rows of one query (events, or stories by their representative event).

pub mod csv_out;
pub mod gdelt;
pub mod parquet_out;
pub mod polecat;

use crate::error::Result;
use crate::query::EventRow;
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Gdelt,
    Polecat,
    Csv,
    Parquet,
}

/// Write `rows` in `format`. Parquet needs a seekable file, so it is written through a temporary buffer.
pub fn write(format: Format, rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Gdelt => gdelt::write(rows, out),
        Format::Polecat => polecat::write(rows, out),
        Format::Csv => csv_out::write(rows, out),
        Format::Parquet => parquet_out::write(rows, out),
    }
}
