//! The embedded data files and their line reader.

pub const COUNTRIES: &str = include_str!("../../../data/kb/countries.tsv");
pub const PLACES: &str = include_str!("../../../data/kb/places.tsv");
pub const REGIONS: &str = include_str!("../../../data/kb/regions_curated.tsv");
pub const DEMONYMS: &str = include_str!("../../../data/kb/demonyms.tsv");
pub const ACTORS: &str = include_str!("../../../data/kb/actors.tsv");
pub const ACTORS_CURATED: &str = include_str!("../../../data/kb/actors_curated.tsv");
pub const ROLES: &str = include_str!("../../../data/kb/roles.tsv");
pub const CUES: &str = include_str!("../../../data/kb/cues.tsv");

/// Data lines of a TSV file (no blank lines, no `#` comments), split on tabs.
pub fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// A `|`-separated list field; `-` and empty mean none.
pub fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty() && *s != "-")
}

/// An optional text field: `-` and empty mean none.
pub fn opt(field: Option<&&'static str>) -> Option<&'static str> {
    field.map(|s| s.trim()).filter(|s| !s.is_empty() && *s != "-")
}
