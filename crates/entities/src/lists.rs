//! The small hand-written lists in crates/entities/data, parsed once, and the cue index built from rasd-kb.

use rasd_kb::{Cue, CueKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

const ORGS: &str = include_str!("../data/orgs.tsv");
const NOT_NAMES: &str = include_str!("../data/not_names.tsv");
const ORG_ADJECTIVES: &str = include_str!("../data/org_adjectives.tsv");
const PLACE_HEADS: &str = include_str!("../data/place_heads.tsv");
const FUNCTION_WORDS: &str = include_str!("../data/function_words.tsv");
const ACTOR_MODIFIERS: &str = include_str!("../data/actor_modifiers.tsv");
const PLACE_NOUNS: &str = include_str!("../data/place_nouns.tsv");
const STRONG_HEADS: &str = include_str!("../data/strong_heads.tsv");
const PORTFOLIOS: &str = include_str!("../data/portfolios.tsv");
const DESCRIPTIVE_NISBAS: &str = include_str!("../data/descriptive_nisbas.tsv");
const LATIN_NOT_ORGS: &str = include_str!("../data/latin_not_orgs.tsv");
const ABROAD_HEADS: &str = include_str!("../data/abroad_heads.tsv");
const APPOSITIONS: &str = include_str!("../data/appositions.tsv");
const NAME_ONLY_HEADS: &str = include_str!("../data/name_only_heads.tsv");

/// A named organisation from orgs.tsv.
#[derive(Debug)]
pub struct Org {
    /// Word keys (rasd_text::key form).
    pub words: Vec<String>,
    pub name: Option<&'static str>,
    pub country: Option<&'static str>,
    pub role: Option<&'static str>,
    /// A single word that is usually a common word (القاعدة، فتح): needs NER or a head noun to back it.
    pub weak: bool,
}

pub struct Lists {
    /// Named organisations by the key of their first word, longest first.
    pub orgs: FxHashMap<String, Vec<Org>>,
    pub not_names: FxHashSet<String>,
    pub org_adjectives: FxHashSet<String>,
    pub place_heads: FxHashSet<String>,
    pub function_words: FxHashSet<String>,
    pub place_nouns: FxHashSet<String>,
    pub strong_heads: FxHashSet<String>,
    /// Organisation heads that, right after a title, are the office's portfolio ("وزير الخارجية").
    pub portfolios: FxHashSet<String>,
    pub modifiers: FxHashMap<String, &'static str>,
    /// Definite -ي/-ية adjectives that describe rather than name ("الحالي").
    pub descriptive_nisbas: FxHashSet<String>,
    /// Latin capitals that are no organisation (GPS, TV), lowercased.
    pub latin_not_orgs: FxHashSet<String>,
    /// Heads of a state's bodies abroad (السفارة): their adjective is no context for places.
    pub abroad_heads: FxHashSet<String>,
    /// Adjectives after a listed organisation's name that leave it the same body (الرسمية).
    pub appositions: FxHashSet<String>,
    /// Heads that are common nouns first (شبكة، موقع): an organisation only before a proper name.
    pub name_only_heads: FxHashSet<String>,
    /// Cues by the key of their first word, longest first.
    pub cues: FxHashMap<&'static str, Vec<&'static Cue>>,
}

fn rows(s: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    s.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn opt(s: Option<&&'static str>) -> Option<&'static str> {
    s.copied().filter(|x| !x.is_empty() && *x != "-")
}

fn set(s: &'static str) -> FxHashSet<String> {
    rows(s).map(|r| rasd_text::key(r[0])).filter(|k| !k.is_empty()).collect()
}

pub static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let not_names = set(NOT_NAMES);
    let mut orgs: FxHashMap<String, Vec<Org>> = FxHashMap::default();
    for r in rows(ORGS) {
        let k = rasd_text::key(r[0]);
        let words: Vec<String> = k.split(' ').map(str::to_string).collect();
        if words[0].is_empty() {
            continue;
        }
        let weak = not_names.contains(&k);
        let org = Org {
            words,
            name: opt(r.get(1)),
            country: opt(r.get(2)),
            role: opt(r.get(3)),
            weak,
        };
        orgs.entry(org.words[0].clone()).or_default().push(org);
    }
    for v in orgs.values_mut() {
        v.sort_by(|a, b| b.words.len().cmp(&a.words.len()));
    }
    let mut cues: FxHashMap<&'static str, Vec<&'static Cue>> = FxHashMap::default();
    for c in rasd_kb::cue_entries() {
        let first = c.key.split(' ').next().unwrap_or("");
        cues.entry(first).or_default().push(c);
    }
    for v in cues.values_mut() {
        v.sort_by(|a, b| b.words.cmp(&a.words));
    }
    let modifiers = rows(ACTOR_MODIFIERS).filter(|r| r.len() >= 2).map(|r| (rasd_text::key(r[0]), r[1])).collect();
    Lists {
        orgs,
        not_names,
        org_adjectives: set(ORG_ADJECTIVES),
        place_heads: set(PLACE_HEADS),
        function_words: set(FUNCTION_WORDS),
        place_nouns: set(PLACE_NOUNS),
        strong_heads: set(STRONG_HEADS),
        portfolios: set(PORTFOLIOS),
        descriptive_nisbas: set(DESCRIPTIVE_NISBAS),
        latin_not_orgs: set(LATIN_NOT_ORGS),
        abroad_heads: set(ABROAD_HEADS),
        appositions: set(APPOSITIONS),
        name_only_heads: set(NAME_ONLY_HEADS),
        modifiers,
        cues,
    }
});

pub fn lists() -> &'static Lists {
    &LISTS
}

/// A cue of `kind` starting at word `i` (first word by its body key, later words by their keys): (cue, words).
pub fn cue_at(a: &rasd_text::Analysis, bodies: &[String], i: usize, kinds: &[CueKind]) -> Option<(&'static Cue, usize)> {
    cue_at_body(a, &bodies[i], i, kinds)
}

/// `cue_at` given the body key of word `i` alone (the later words are read by their keys).
pub fn cue_at_body(a: &rasd_text::Analysis, body: &str, i: usize, kinds: &[CueKind]) -> Option<(&'static Cue, usize)> {
    let l = lists();
    let cands = l.cues.get(body)?;
    'next: for c in cands {
        if !kinds.contains(&c.kind) || i + c.words > a.words.len() {
            continue;
        }
        for (j, part) in c.key.split(' ').enumerate().skip(1) {
            let w = &a.words[i + j];
            if w.key != part || w.sentence != a.words[i].sentence {
                continue 'next;
            }
        }
        return Some((c, c.words));
    }
    None
}
