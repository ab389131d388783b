//! rasd-extract: the extraction core. A `Record` goes in, a `Document` (CONTRACT.md) comes out; the text layer
//! analyses it once and each stage annotates the same document. No files, streams or threads here: the binary
//! owns those.

pub mod doc;
pub mod pipeline;
pub mod record;
pub mod recipient_country;
mod context;
mod entities;
mod events;
mod known_events;
mod participants;
mod numtime;
mod stages;

pub use events::{load_anaphoric_nouns, load_relative_days};
pub use pipeline::{error_json, extract, extract_json, extract_with, Extracted, Options, Stage};
pub use record::{parse_date, parse_json_record, plain_record, Date, Record, RecordError, DEFAULT_MAX_BYTES};
