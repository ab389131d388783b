//! CSV with a header: one column per field of [`EventRow`].

use crate::error::{Result, StoreError};
use crate::query::EventRow;
use std::io::Write;

pub fn write(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        // The header alone, so an empty result is still a valid table.
        let mut probe = csv::Writer::from_writer(Vec::new());
        probe.serialize(EventRow::default()).map_err(|e| StoreError::Other(e.to_string()))?;
        let bytes = probe.into_inner().map_err(|e| StoreError::Other(e.to_string()))?;
        let end = bytes.iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| i + 1);
        out.write_all(&bytes[..end])?;
        return Ok(());
    }
    let mut w = csv::Writer::from_writer(out);
    for r in rows {
        w.serialize(r).map_err(|e| StoreError::Other(e.to_string()))?;
    }
    w.flush()?;
    Ok(())
}
