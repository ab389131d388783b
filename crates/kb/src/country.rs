//! Countries, their Arabic names and nationality adjectives (demonyms).

use crate::tsv;
use crate::variants::key_variants;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// One country (GeoNames countryInfo, Arabic names from GeoNames translations and data/kb/country_aliases.tsv).
#[derive(Debug, Clone)]
pub struct Country {
    pub iso3: &'static str,
    pub iso2: &'static str,
    /// English short name ("Azerbaijan").
    pub name: &'static str,
    /// Arabic names, the preferred news spelling first.
    pub names_ar: Vec<&'static str>,
    pub capital: &'static str,
    /// Capital coordinates (the most populous city when GeoNames has no capital).
    pub lat: f64,
    pub lon: f64,
    pub geonameid: Option<u32>,
    pub population: u64,
}

struct Countries {
    list: Vec<Country>,
    by_iso3: FxHashMap<&'static str, usize>,
    by_name: FxHashMap<String, usize>,
    demonyms: FxHashMap<String, &'static str>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(load);

fn load() -> Countries {
    let mut list = Vec::new();
    for r in tsv::rows(&tsv::COUNTRIES) {
        if r.len() < 9 {
            continue;
        }
        list.push(Country {
            iso3: r[0],
            iso2: r[1],
            name: r[2],
            names_ar: tsv::list(r[3]).collect(),
            capital: r[4],
            lat: r[5].parse().unwrap_or(0.0),
            lon: r[6].parse().unwrap_or(0.0),
            geonameid: r[7].parse().ok(),
            population: r[8].trim().parse().unwrap_or(0),
        });
    }
    let mut by_iso3 = FxHashMap::default();
    let mut by_name = FxHashMap::default();
    for (i, c) in list.iter().enumerate() {
        by_iso3.insert(c.iso3, i);
        for n in c.names_ar.iter().copied().chain([c.name]) {
            by_name.entry(rasd_text::key(n)).or_insert(i);
        }
    }
    let mut demonyms = FxHashMap::default();
    for r in tsv::rows(&tsv::DEMONYMS) {
        if r.len() >= 2 {
            if let Some(&i) = by_iso3.get(r[1].trim()) {
                demonyms.entry(rasd_text::key(r[0])).or_insert(list[i].iso3);
            }
        }
    }
    Countries { list, by_iso3, by_name, demonyms }
}

/// All countries, sorted by ISO3.
pub fn countries() -> &'static [Country] {
    &COUNTRIES.list
}

/// The country with this ISO 3166-1 alpha-3 code (also XKX for Kosovo).
pub fn country_by_iso3(iso3: &str) -> Option<&'static Country> {
    let c = &*COUNTRIES;
    c.by_iso3.get(iso3).map(|&i| &c.list[i])
}

/// The country an Arabic (or English) name denotes: "أذربيجان", "وأمريكا", "للسعودية", "Azerbaijan".
/// Proclitics and the article are tried as in [`crate::key_variants`].
pub fn country_by_name(name: &str) -> Option<&'static Country> {
    let c = &*COUNTRIES;
    key_variants(name).iter().find_map(|k| c.by_name.get(k)).map(|&i| &c.list[i])
}

/// The ISO3 country of a nationality adjective in any gender, number or definite form: "الأذري" → AZE,
/// "الأميركية" → USA, "الروس" → RUS, "والإيرانيين" → IRN. Multiword forms ("الكوري الجنوبي") are looked up whole.
pub fn demonym(word: &str) -> Option<&'static str> {
    let c = &*COUNTRIES;
    key_variants(word).iter().find_map(|k| c.demonyms.get(k)).copied()
}

/// Internal: the capital of a country as (lat, lon), for country places.
pub(crate) fn all() -> &'static [Country] {
    &COUNTRIES.list
}
