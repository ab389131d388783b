//! The output document of `rasd extract`, field for field as `CONTRACT.md` defines it (plus the added `times`,
//! `quantities` and `warnings` arrays).

pub use rasd_events::{EventType, Mode, Status};
use serde::Serialize;

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
}

/// A geocoded place: the entity stage's own type.
pub use rasd_entities::Geo;

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub geo: Option<Geo>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Participant {
    /// Null when the sentence does not name the participant and only its country is known from the report.
    pub text: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub entity: Option<String>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Where `country` comes from when the mention itself does not give it: "sentence" (the country the event's
    /// sentence names) or "report" (the country the report names most). Null when the mention gives it (or no
    /// country is known): present on every participant, as the contract wants of every field.
    pub country_from: Option<&'static str>,
}

impl Participant {
    /// A participant the sentence does not name, known only by the country its context gives.
    pub fn unnamed(country: String, country_from: &'static str) -> Participant {
        Participant { text: None, start: None, end: None, entity: None, name: None, country: Some(country), role: None, country_from: Some(country_from) }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
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

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct EventDate {
    pub text: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub value: String,
    pub precision: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Count {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub mode: Option<Mode>,
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

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Speaker {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub entity: Option<String>,
    pub name: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct SpanOnly {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Quote {
    pub speaker: Option<Speaker>,
    pub cue: Option<TextSpan>,
    pub content: SpanOnly,
    pub direct: bool,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct TimeOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub precision: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct QuantityOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
}

/// One output document. `text` borrows the input: the contract returns it unchanged.
#[derive(Serialize, Debug, Clone)]
pub struct Document<'a> {
    pub id: &'a str,
    pub published: Option<String>,
    pub language: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
    pub text: &'a str,
    pub sentences: Vec<SentenceOut>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub times: Vec<TimeOut>,
    pub quantities: Vec<QuantityOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}
