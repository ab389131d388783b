//! The place index and geocoding: countries, GeoNames cities (data/kb/places.tsv) and curated regions.

use crate::country;
use crate::translit::{arabic_skeleton, compact, latin_skeleton};
use crate::tsv;
use crate::variants::key_variants;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{LazyLock, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Country,
    City,
    Region,
}

/// A place a mention can resolve to.
#[derive(Debug, Clone)]
pub struct Place {
    /// English name ("Nagorno-Karabakh", "Tripoli").
    pub name: String,
    /// ISO3 country; None for places that belong to no single country (Caucasus, Middle East).
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub geonameid: Option<u32>,
    pub population: u64,
    pub kind: PlaceKind,
    /// GeoNames feature code (PPLC capital, PPLA seat of a first-order division ...); empty for other places.
    pub feature: &'static str,
}

/// Index of a place in [`Gazetteer::place`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceId(pub u32);

/// What a document says about where it is: how often it mentions each country (ISO3) and its dateline place.
#[derive(Debug, Clone, Default)]
pub struct GeoContext {
    pub countries: FxHashMap<String, u32>,
    pub dateline: Option<PlaceId>,
}

impl GeoContext {
    pub fn new() -> Self {
        Self::default()
    }

    /// Count one mention of a country (ISO3).
    pub fn add_country(&mut self, iso3: &str) {
        *self.countries.entry(iso3.to_string()).or_insert(0) += 1;
    }

    /// Build a context by scanning a text's words for country names and nationality adjectives (one or two words:
    /// "ليبيا", "اللبناني", "كوريا الجنوبية"). A convenience for callers without NER; cheap (hash lookups only).
    pub fn from_text(text: &str) -> Self {
        let mut ctx = Self::new();
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0640}'))
            .filter(|w| !w.is_empty())
            .collect();
        let mut i = 0;
        while i < words.len() {
            if i + 1 < words.len() {
                let two = format!("{} {}", words[i], words[i + 1]);
                if let Some(iso) = country::country_by_name(&two).map(|c| c.iso3).or_else(|| country::demonym(&two)) {
                    ctx.add_country(iso);
                    i += 2;
                    continue;
                }
            }
            if words[i].chars().count() >= 3 {
                if let Some(iso) = country::country_by_name(words[i]).map(|c| c.iso3).or_else(|| country::demonym(words[i])) {
                    ctx.add_country(iso);
                }
            }
            i += 1;
        }
        ctx
    }

    fn count(&self, iso3: &str) -> u32 {
        self.countries.get(iso3).copied().unwrap_or(0)
    }
}

/// The place index: every Arabic name of every place, keyed by rasd_text::key form.
pub struct Gazetteer {
    places: Vec<Place>,
    /// Candidates per key; names in Arabic spelling first, then Persian/Urdu-only spellings; `.1` is how many of the
    /// candidates carry the key as an Arabic spelling.
    by_key: FxHashMap<String, (Vec<PlaceId>, usize)>,
    /// Latin-name consonant skeletons (ASCII names and Latin variants of cities) for transliteration matching,
    /// built on the first mention no Arabic name matches (most documents never need it).
    by_skeleton: OnceLock<FxHashMap<String, Vec<PlaceId>>>,
    /// (row in places.tsv, place) for the skeleton index.
    latin_rows: Vec<(&'static str, &'static str, PlaceId)>,
    /// Context-free prominence of each place.
    priors: Vec<f64>,
    /// Country places by ISO3.
    country_place: FxHashMap<String, PlaceId>,
    /// First words of the keys of more than one word: a phrase starting with any other word names no place, and
    /// callers trying phrases at every word of a text skip building and hashing them.
    phrase_starts: FxHashSet<String>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// The process-wide gazetteer (built on first use).
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

const PERSIAN_ONLY: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ے', 'ۀ', 'ە', 'ٹ', 'ڈ', 'ں', 'ھ', 'ۆ', 'ێ', 'ڕ', 'ڵ'];

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::with_capacity(34_000),
            by_key: FxHashMap::default(),
            by_skeleton: OnceLock::new(),
            latin_rows: Vec::with_capacity(33_000),
            priors: Vec::new(),
            country_place: FxHashMap::default(),
            phrase_starts: FxHashSet::default(),
        };
        let mut arabic: FxHashMap<String, Vec<PlaceId>> = FxHashMap::default();
        let mut other: FxHashMap<String, Vec<PlaceId>> = FxHashMap::default();
        for c in country::all() {
            let id = g.push(Place {
                name: c.name.to_string(),
                country: Some(c.iso3.to_string()),
                lat: c.lat,
                lon: c.lon,
                geonameid: c.geonameid,
                population: c.population,
                kind: PlaceKind::Country,
                feature: "",
            });
            g.country_place.insert(c.iso3.to_string(), id);
            for n in &c.names_ar {
                add_name(&mut arabic, n, id);
            }
        }
        for r in tsv::rows(&tsv::REGIONS) {
            if r.len() < 6 {
                continue;
            }
            let kind = if r[4].trim() == "city" { PlaceKind::City } else { PlaceKind::Region };
            let id = g.push(Place {
                name: r[0].to_string(),
                country: tsv::opt(r.get(1)).map(str::to_string),
                lat: r[2].parse().unwrap_or(0.0),
                lon: r[3].parse().unwrap_or(0.0),
                geonameid: None,
                population: 0,
                kind,
                feature: "",
            });
            for n in tsv::list(r[5]) {
                add_name(&mut arabic, n, id);
            }
        }
        for r in tsv::rows(&tsv::PLACES) {
            if r.len() < 10 {
                continue;
            }
            let id = g.push(Place {
                name: r[1].to_string(),
                country: tsv::opt(r.get(7)).map(str::to_string),
                lat: r[5].parse().unwrap_or(0.0),
                lon: r[6].parse().unwrap_or(0.0),
                geonameid: r[0].parse().ok(),
                population: r[8].parse().unwrap_or(0),
                kind: PlaceKind::City,
                feature: r[9],
            });
            for n in tsv::list(r[3]) {
                let map = if n.contains(PERSIAN_ONLY) { &mut other } else { &mut arabic };
                add_name(map, n, id);
            }
            g.latin_rows.push((r[2], r[4], id));
        }
        g.priors = (0..g.places.len()).map(|i| g.compute_prior(PlaceId(i as u32))).collect();
        // Merge: Arabic spellings first, each group by static prominence.
        let keys: Vec<String> = arabic.keys().chain(other.keys()).cloned().collect();
        for k in keys {
            if g.by_key.contains_key(&k) {
                continue;
            }
            let mut a = arabic.remove(&k).unwrap_or_default();
            let mut o = other.remove(&k).unwrap_or_default();
            o.retain(|id| !a.contains(id));
            a.sort_by(|x, y| g.prior(*y).total_cmp(&g.prior(*x)).then(x.cmp(y)));
            o.sort_by(|x, y| g.prior(*y).total_cmp(&g.prior(*x)).then(x.cmp(y)));
            let n = a.len();
            a.extend(o);
            if let Some((first, _)) = k.split_once(' ') {
                g.phrase_starts.insert(first.to_string());
            }
            g.by_key.insert(k, (a, n));
        }
        g
    }

    fn push(&mut self, p: Place) -> PlaceId {
        self.places.push(p);
        PlaceId(self.places.len() as u32 - 1)
    }

    fn prior(&self, id: PlaceId) -> f64 {
        self.priors[id.0 as usize]
    }

    fn skeleton_index(&self) -> &FxHashMap<String, Vec<PlaceId>> {
        self.by_skeleton.get_or_init(|| {
            let mut m: FxHashMap<String, Vec<PlaceId>> = FxHashMap::default();
            for &(ascii, variants, id) in &self.latin_rows {
                for n in std::iter::once(ascii).chain(tsv::list(variants)) {
                    let sk = compact(&latin_skeleton(n));
                    if sk.len() >= 3 {
                        let v = m.entry(sk).or_default();
                        if !v.contains(&id) {
                            v.push(id);
                        }
                    }
                }
            }
            m
        })
    }

    /// Context-free prominence: countries, then curated news names, then population and capital status.
    fn compute_prior(&self, id: PlaceId) -> f64 {
        let p = &self.places[id.0 as usize];
        let mut s = ((p.population + 1) as f64).log10();
        match p.kind {
            PlaceKind::Country => s += 10.0,
            _ if p.geonameid.is_none() => s += 6.5, // curated: the news sense of the name (غزة the city)
            _ => {}
        }
        if p.feature == "PPLC" {
            s += 1.5;
        } else if p.feature == "PPLA" {
            s += 0.5;
        }
        s
    }

    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place of a country (ISO3).
    pub fn country_place(&self, iso3: &str) -> Option<PlaceId> {
        self.country_place.get(iso3).copied()
    }

    /// Whether some key of more than one word starts with the word `first` (a key): if not, no phrase starting
    /// with it has [`Gazetteer::candidates`].
    pub fn starts_phrase(&self, first: &str) -> bool {
        self.phrase_starts.contains(first)
    }

    /// Places whose Arabic name has exactly this key (rasd_text::key form; no clitic stripping), most prominent
    /// first, Arabic spellings before Persian/Urdu ones.
    pub fn candidates(&self, key: &str) -> &[PlaceId] {
        self.by_key.get(key).map(|(v, _)| v.as_slice()).unwrap_or(&[])
    }

    /// The candidates that carry `key` as an Arabic spelling: a Persian or Urdu spelling folded by the key
    /// (امسک → امسك "he held", دوله "state") is no evidence that an Arabic word names the place.
    pub fn arabic_candidates(&self, key: &str) -> &[PlaceId] {
        let (all, n) = self.candidates_by_script(key);
        &all[..n]
    }

    /// All candidates of `key` and how many of them, first, carry it as an Arabic spelling (one lookup).
    pub fn candidates_by_script(&self, key: &str) -> (&[PlaceId], usize) {
        self.by_key.get(key).map(|(v, n)| (v.as_slice(), *n)).unwrap_or((&[], 0))
    }

    /// Resolve a place mention ("طرابلس", "وبطرابلس", "ناجورنو كاراباخ", "يفلاكس") in a document's context.
    ///
    /// The first key variant (as is, without proclitics, with/without ال) that names any place decides the
    /// candidates; among them the score prefers Arabic spellings, countries and curated regions, populous places,
    /// places in the countries the document mentions and in the dateline's country. A mention no Arabic name
    /// matches is transliterated and matched against the Latin names of cities in the document's countries only.
    pub fn resolve(&self, mention: &str, ctx: &GeoContext) -> Option<&Place> {
        self.resolve_id(mention, ctx).map(|id| self.place(id))
    }

    /// As [`Gazetteer::resolve`], returning the id.
    pub fn resolve_id(&self, mention: &str, ctx: &GeoContext) -> Option<PlaceId> {
        let variants = key_variants(mention);
        let dateline_country = ctx.dateline.and_then(|d| self.place(d).country.clone());
        for k in &variants {
            if let Some((cands, n_arabic)) = self.by_key.get(k) {
                return cands
                    .iter()
                    .enumerate()
                    .map(|(i, &id)| {
                        let penalty = if i >= *n_arabic { 3.0 } else { 0.0 };
                        (id, self.prior(id) - penalty + self.context_bonus(id, ctx, dateline_country.as_deref()))
                    })
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|(id, _)| id);
            }
        }
        // Foreign names are written without the Arabic article: a definite word no Arabic name matches is an Arabic
        // noun or adjective ("محافظة الشرقية", the Eastern Province), no sound-alike of a foreign town (Schertz).
        if variants.first().is_some_and(|k| k.starts_with("ال") && !k.contains(' ')) {
            return None;
        }
        self.resolve_by_transliteration(&variants, ctx, dateline_country.as_deref())
    }

    fn context_bonus(&self, id: PlaceId, ctx: &GeoContext, dateline_country: Option<&str>) -> f64 {
        let p = self.place(id);
        let Some(c) = p.country.as_deref() else { return 0.0 };
        let mut s = 0.0;
        let n = ctx.count(c);
        if n > 0 {
            s += 4.0 + (n.min(5) as f64) * 0.3;
        }
        if dateline_country == Some(c) {
            s += 3.0;
        }
        if ctx.dateline == Some(id) {
            s += 2.0;
        }
        s
    }

    fn resolve_by_transliteration(&self, variants: &[String], ctx: &GeoContext, dateline: Option<&str>) -> Option<PlaceId> {
        if ctx.countries.is_empty() && dateline.is_none() {
            return None;
        }
        for k in variants {
            // Latin-script mentions (Yevlakh in an Arabic text) are matched by their own skeleton.
            let sk = if k.chars().any(|c| c.is_ascii_alphabetic()) { latin_skeleton(k) } else { arabic_skeleton(k) };
            let sk = compact(&sk);
            if sk.len() < 3 {
                continue;
            }
            let Some(cands) = self.skeleton_index().get(&sk) else { continue };
            let best = cands
                .iter()
                .copied()
                .filter(|&id| {
                    let c = self.place(id).country.as_deref();
                    c.is_some_and(|c| ctx.count(c) > 0 || dateline == Some(c))
                })
                .max_by(|a, b| {
                    let sa = self.prior(*a) + self.context_bonus(*a, ctx, dateline);
                    let sb = self.prior(*b) + self.context_bonus(*b, ctx, dateline);
                    sa.total_cmp(&sb).then(b.cmp(a))
                });
            if best.is_some() {
                return best;
            }
        }
        None
    }
}

fn add_name(map: &mut FxHashMap<String, Vec<PlaceId>>, name: &str, id: PlaceId) {
    let k = rasd_text::key(name);
    if k.is_empty() {
        return;
    }
    let v = map.entry(k).or_default();
    if !v.contains(&id) {
        v.push(id);
    }
}
