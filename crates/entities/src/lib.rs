//! rasd-entities: named-entity mentions of a document, linked to canonical actors and places.
//!
//! Mentions come from four sources, merged without overlaps (longest span first): the statistical tagger
//! (rasd-ner), named organisations (data/orgs.tsv) and organisation patterns (a head noun such as وزارة or مجلس
//! with its complement), gazetteer place names the tagger missed, and KB people named after a title. Each mention is
//! then linked: people to the actor KB (role valid at the publication date) and to the titles around them,
//! organisations to their own words (a nationality adjective, a country, "في باكو"), places to the gazetteer in the
//! document's context. Short forms join the chain of an earlier full name (coreference). [`describe`] gives the
//! event coder an actor reading of any noun phrase.

mod describe;
mod link;
mod lists;
mod memo;
mod mentions;
mod vocab;

pub use describe::{describe, describe_with, ActorDesc, EntityIndex};
pub use mentions::{body_key, demonym_of_key};
pub use lists::validate_all as validate_data;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Per,
    Org,
    Loc,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Org => "ORG",
            Kind::Loc => "LOC",
        }
    }
}

/// A geocoded place, as the output writes it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Geo {
    pub name: String,
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub geonameid: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Code point span: the first word's body (ال kept, و/ب/ل... left out) to the last word's end.
    pub start: usize,
    pub end: usize,
    /// Word index range (end exclusive).
    pub word_start: usize,
    pub word_end: usize,
    pub kind: Kind,
    /// Canonical English name, when linked.
    pub name: Option<String>,
    /// ISO3.
    pub country: Option<String>,
    /// CAMEO role code.
    pub role: Option<String>,
    pub geo: Option<Geo>,
    /// Coreference chain: mentions of one real-world entity share it (chains are numbered from 0 in text order).
    pub chain: usize,
}

/// (year, month, day).
pub use rasd_kb::Date;

/// Entity mentions of an analysed text, sorted by start, linked and chained.
pub fn find_entities(a: &rasd_text::Analysis, published: Option<Date>) -> Vec<Entity> {
    let bodies = mentions::body_keys(a);
    let cands = mentions::candidates(a, &bodies, published);
    link::link(a, &bodies, cands, published)
}
