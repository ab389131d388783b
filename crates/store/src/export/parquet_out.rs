//! Parquet with typed columns (strings, 64-bit integers, doubles, dates), one row group, read by pandas, polars,
//! DuckDB and the `parquet` crate.

use crate::error::{Result, StoreError};
use crate::query::EventRow;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::io::Write;
use std::sync::Arc;

/// How a column reads its value from a row.
enum Col {
    Str(fn(&EventRow) -> Option<String>),
    I64(fn(&EventRow) -> Option<i64>),
    F64(fn(&EventRow) -> Option<f64>),
    /// Days since 1970-01-01 (Parquet's DATE).
    Date(fn(&EventRow) -> Option<i32>),
}

fn epoch_days(r: &EventRow) -> Option<i32> {
    let d = crate::day::parse(r.day.as_deref()?)?;
    let epoch = jiff::civil::date(1970, 1, 1);
    Some((d - epoch).get_days())
}

const COLUMNS: &[(&str, Col)] = &[
    ("id", Col::I64(|r| Some(r.id))),
    ("event_id", Col::I64(|r| Some(r.event_id))),
    ("story_id", Col::I64(|r| r.story_id)),
    ("day", Col::Date(epoch_days)),
    ("type", Col::Str(|r| Some(r.kind.clone()))),
    ("mode", Col::Str(|r| r.mode.clone())),
    ("status", Col::Str(|r| Some(r.status.clone()))),
    ("cameo", Col::Str(|r| r.cameo.clone())),
    ("goldstein", Col::F64(|r| r.goldstein)),
    ("actor_name", Col::Str(|r| r.actor_name.clone())),
    ("actor_text", Col::Str(|r| r.actor_text.clone())),
    ("actor_country", Col::Str(|r| r.actor_country.clone())),
    ("actor_role", Col::Str(|r| r.actor_role.clone())),
    ("recipient_name", Col::Str(|r| r.recipient_name.clone())),
    ("recipient_text", Col::Str(|r| r.recipient_text.clone())),
    ("recipient_country", Col::Str(|r| r.recipient_country.clone())),
    ("recipient_role", Col::Str(|r| r.recipient_role.clone())),
    ("location_name", Col::Str(|r| r.location_name.clone())),
    ("location_country", Col::Str(|r| r.location_country.clone())),
    ("lat", Col::F64(|r| r.lat)),
    ("lon", Col::F64(|r| r.lon)),
    ("geonameid", Col::I64(|r| r.geonameid)),
    ("fatalities", Col::F64(|r| r.fatalities)),
    ("injuries", Col::F64(|r| r.injuries)),
    ("confidence", Col::F64(|r| Some(r.confidence))),
    ("trigger", Col::Str(|r| Some(r.trigger.clone()))),
    ("sentence", Col::Str(|r| r.sentence.clone())),
    ("mentions", Col::I64(|r| Some(r.mentions))),
    ("articles", Col::I64(|r| Some(r.articles))),
    ("sources", Col::I64(|r| Some(r.sources))),
    ("source", Col::Str(|r| r.source.clone())),
    ("url", Col::Str(|r| r.url.clone())),
    ("published", Col::Str(|r| r.published.clone())),
    ("record_id", Col::Str(|r| Some(r.record_id.clone()))),
];

fn message_type() -> String {
    let fields: Vec<String> = COLUMNS
        .iter()
        .map(|(name, col)| match col {
            Col::Str(_) => format!("OPTIONAL BYTE_ARRAY {name} (UTF8);"),
            Col::I64(_) => format!("OPTIONAL INT64 {name};"),
            Col::F64(_) => format!("OPTIONAL DOUBLE {name};"),
            Col::Date(_) => format!("OPTIONAL INT32 {name} (DATE);"),
        })
        .collect();
    format!("message rasd_event {{ {} }}", fields.join(" "))
}

/// Values present and the definition levels (1 present, 0 null) of one column.
fn split<T>(rows: &[EventRow], get: impl Fn(&EventRow) -> Option<T>) -> (Vec<T>, Vec<i16>) {
    let mut vals = Vec::with_capacity(rows.len());
    let mut defs = Vec::with_capacity(rows.len());
    for r in rows {
        match get(r) {
            Some(v) => {
                vals.push(v);
                defs.push(1);
            }
            None => defs.push(0),
        }
    }
    (vals, defs)
}

fn perr(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Other(format!("parquet: {e}"))
}

pub fn write(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    let schema = Arc::new(parse_message_type(&message_type()).map_err(perr)?);
    let props = Arc::new(WriterProperties::builder().set_created_by("rasd".into()).build());
    let mut buf = Vec::new();
    let mut writer = SerializedFileWriter::new(&mut buf, schema, props).map_err(perr)?;
    let mut rg = writer.next_row_group().map_err(perr)?;
    let mut i = 0;
    while let Some(mut cw) = rg.next_column().map_err(perr)? {
        let written = match &COLUMNS[i].1 {
            Col::Str(g) => {
                let (v, d) = split(rows, |r| g(r).map(|s| ByteArray::from(s.into_bytes())));
                cw.typed::<ByteArrayType>().write_batch(&v, Some(&d), None)
            }
            Col::I64(g) => {
                let (v, d) = split(rows, g);
                cw.typed::<Int64Type>().write_batch(&v, Some(&d), None)
            }
            Col::F64(g) => {
                let (v, d) = split(rows, g);
                cw.typed::<DoubleType>().write_batch(&v, Some(&d), None)
            }
            Col::Date(g) => {
                let (v, d) = split(rows, g);
                cw.typed::<Int32Type>().write_batch(&v, Some(&d), None)
            }
        };
        written.map_err(perr)?;
        cw.close().map_err(perr)?;
        i += 1;
    }
    rg.close().map_err(perr)?;
    writer.close().map_err(perr)?;
    out.write_all(&buf)?;
    Ok(())
}

/// The column names, in file order.
pub fn column_names() -> Vec<&'static str> {
    COLUMNS.iter().map(|(n, _)| *n).collect()
}
