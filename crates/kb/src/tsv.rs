//! The embedded data files, their schemas and their line reader. Each file is validated against its schema the
//! first time it is read: a malformed row stops the load with `file:line: what is wrong`.

use rasd_text::data::{Col, Schema};

/// An embedded data file and the schema its rows must follow.
pub struct DataFile {
    pub schema: Schema,
    pub text: &'static str,
}

macro_rules! data_file {
    ($name:ident = $path:literal, [$($col:literal: $kind:expr),+ $(,)?], required $req:literal) => {
        pub const $name: DataFile = DataFile {
            schema: Schema { file: concat!("data/kb/", $path), columns: &[$(($col, $kind)),+], required: $req },
            text: include_str!(concat!("../../../data/kb/", $path)),
        };
    };
}

const PLACE_KINDS: &[&str] = &["region", "city"];
const CUE_KINDS: &[&str] = &["title", "orghead", "group"];
const UNSPELLED_INDEXES: &[&str] = &["surname", "spelling"];

data_file!(COUNTRIES = "countries.tsv", ["iso3": Col::Iso3, "iso2": Col::Text, "name": Col::Text, "names_ar": Col::Text,
    "capital": Col::Opt, "lat": Col::OptNumber, "lon": Col::OptNumber, "geonameid": Col::Opt, "population": Col::Int], required 9);
data_file!(PLACES = "places.tsv", ["geonameid": Col::Int, "name": Col::Text, "ascii": Col::Opt, "names_ar": Col::Opt,
    "latin variants": Col::Opt, "lat": Col::Number, "lon": Col::Number, "iso3": Col::OptIso3, "population": Col::Int,
    "feature": Col::Text], required 10);
data_file!(REGIONS = "regions_curated.tsv", ["name": Col::Text, "iso3": Col::OptIso3, "lat": Col::Number, "lon": Col::Number,
    "kind": Col::OneOf(PLACE_KINDS), "names_ar": Col::Text, "note": Col::Note], required 6);
data_file!(DEMONYMS = "demonyms.tsv", ["form": Col::Text, "iso3": Col::Iso3], required 2);
data_file!(ACTORS = "actors.tsv", ["name": Col::Text, "periods": Col::Text, "alternative names": Col::Opt,
    "Arabic names": Col::Opt], required 2);
data_file!(ACTORS_CURATED = "actors_curated.tsv", ["name": Col::Text, "names_ar": Col::Text, "nationality": Col::OptIso3,
    "periods": Col::Text, "note": Col::Note], required 4);
data_file!(ACTORS_UNSPELLED = "actors_unspelled.tsv", ["name": Col::Text, "index": Col::OneOf(UNSPELLED_INDEXES),
    "note": Col::Note], required 2);
data_file!(ROLES = "roles.tsv", ["cameo": Col::Text, "role": Col::OptCode3, "note": Col::Note], required 2);
data_file!(CUES = "cues.tsv", ["cue": Col::Text, "role": Col::OptCode3, "kind": Col::OneOf(CUE_KINDS),
    "country": Col::OptIso3, "note": Col::Note], required 3);

/// Data lines of a file (no blank lines, no `#` comments), split on tabs, after validating the file.
pub fn rows(file: &DataFile) -> impl Iterator<Item = Vec<&'static str>> {
    file.schema.check(file.text);
    file.text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// Validate every data file of rasd-kb; the first malformed row is the error.
pub fn validate_all() -> Result<(), rasd_text::data::DataError> {
    for f in [&COUNTRIES, &PLACES, &REGIONS, &DEMONYMS, &ACTORS, &ACTORS_CURATED, &ACTORS_UNSPELLED, &ROLES, &CUES] {
        f.schema.validate(f.text)?;
    }
    Ok(())
}

/// A `|`-separated list field; `-` and empty mean none.
pub fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty() && *s != "-")
}

/// An optional text field: `-` and empty mean none.
pub fn opt(field: Option<&&'static str>) -> Option<&'static str> {
    field.map(|s| s.trim()).filter(|s| !s.is_empty() && *s != "-")
}
