//! The `rasd extract` record (CONTRACT.md), deserialized into typed structs. The store reads the JSON the
//! pipeline writes, so the extraction crates stay unaware of storage.

use serde::{Deserialize, Serialize};

/// PLOVER event types and report statuses: the event coder's own types (one type per concept).
pub use rasd_events::{EventType, Status};

#[derive(Deserialize, Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Geo {
    pub name: String,
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub geonameid: Option<u32>,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub geo: Option<Geo>,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq, Default)]
pub struct Participant {
    pub text: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub entity: Option<String>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    #[serde(default)]
    pub country_from: Option<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq, Default)]
pub struct Location {
    pub text: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonameid: Option<u32>,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct EventDate {
    pub text: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub value: String,
    pub precision: String,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Count {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub mode: Option<String>,
    pub cameo: Option<String>,
    pub goldstein: Option<f64>,
    pub status: Status,
    pub sentence: usize,
    pub trigger: TextSpan,
    pub actor: Option<Participant>,
    pub recipient: Option<Participant>,
    pub location: Option<Location>,
    pub date: Option<EventDate>,
    pub fatalities: Option<Count>,
    pub injuries: Option<Count>,
    pub confidence: f64,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Speaker {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub entity: Option<String>,
    pub name: Option<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Quote {
    pub speaker: Option<Speaker>,
    pub cue: Option<TextSpan>,
    pub content: Span,
    pub direct: bool,
}

/// One `rasd extract` output document.
#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub published: Option<String>,
    pub language: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    pub text: String,
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

impl Document {
    /// Parse one output line of `rasd extract`; an error line (`{"id", "error"}`) is an error here.
    pub fn from_json(line: &str) -> Result<Document, String> {
        serde_json::from_str(line).map_err(|e| format!("not an extract record: {e}"))
    }

    /// The code point slice `[start, end)` of the text (empty when out of range).
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.text.chars().skip(start).take(end.saturating_sub(start)).collect()
    }
}
