//! rasd-kb: the knowledge base behind entity linking.
//!
//! Everything is embedded (data/kb/*.tsv, built by tools/build_kb.py or hand-written) and parsed lazily once per
//! process; every accessor returns `'static` data shared across threads. All lookups go through
//! [`rasd_text::key`] forms, so callers may pass surface text as found in the article.
//!
//! - [`country_by_name`], [`countries`], [`demonym`]: countries and nationality adjectives.
//! - [`gazetteer`]: places (countries, GeoNames cities, curated regions) and [`Gazetteer::resolve`] for geocoding.
//! - [`actors`]: people and organisations with dated CAMEO roles; [`ActorKb::lookup_arabic`] links Arabic names.
//! - [`cue`], [`match_cues`]: title, organisation-head and group-noun cue words.
//! - [`transliterate`], [`arabic_skeleton`], [`latin_skeleton`], [`skeleton_match`]: cross-script matching.

mod actors;
mod country;
mod curated;
mod cues;
mod gazetteer;
mod tsv;
mod translit;
mod variants;

pub use actors::{actors, date_num, Actor, ActorKb, ActorMatch, MatchKind, Period};
pub use country::{countries, country_by_iso3, country_by_name, demonym, Country};
pub use tsv::validate_all as validate_data;

/// What is known of an actor mentioned by a noun phrase: the entity stage's description, which the event coder
/// reads for participants. One type for both (the lowest crate they share that speaks of actors).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActorDesc {
    /// English name when known (a linked entity's, or the country's for a phrase that stands for a state).
    pub name: Option<String>,
    /// ISO3.
    pub country: Option<String>,
    /// CAMEO role code.
    pub role: Option<String>,
    /// Index into the document's entities the phrase refers to.
    pub entity: Option<usize>,
}

impl ActorDesc {
    pub fn is_known(&self) -> bool {
        self.name.is_some() || self.country.is_some() || self.role.is_some() || self.entity.is_some()
    }
}
pub use cues::{cue, cue_entries, match_cues, Cue, CueKind, CueMatch};
pub use gazetteer::{gazetteer, Gazetteer, GeoContext, Place, PlaceId, PlaceKind};
pub use translit::{arabic_skeleton, latin_skeleton, latin_skeleton_variants, skeleton_match, transliterate};
pub use variants::key_variants;

/// Load every part now, in parallel (about 2x faster than on first use one after the other). Optional: each part
/// also loads itself on first use.
pub fn warm() {
    std::thread::scope(|s| {
        s.spawn(|| gazetteer().len());
        s.spawn(|| actors().len());
        s.spawn(|| (countries().len(), cue_entries().len()));
    });
}

/// A calendar date as (year, month, day), the form every dated lookup takes.
pub type Date = jiff::civil::Date;
