//! The small hand-written lists in crates/entities/data, parsed once, and the cue index built from rasd-kb.

use rasd_kb::{Cue, CueKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use rasd_text::data::{Col, Schema};

/// An embedded list and the schema its rows must follow.
struct DataFile {
    schema: Schema,
    text: &'static str,
}

/// A one-word-a-line list with an optional note.
macro_rules! word_list {
    ($($name:ident = $path:literal;)+) => {
        $(const $name: DataFile = DataFile {
            schema: Schema { file: concat!("crates/entities/data/", $path), columns: &[("word", Col::Text), ("note", Col::Note)], required: 1 },
            text: include_str!(concat!("../data/", $path)),
        };)+
    };
}

const ORGS: DataFile = DataFile {
    schema: Schema {
        file: "crates/entities/data/orgs.tsv",
        columns: &[("name", Col::Text), ("English name", Col::Opt), ("country", Col::OptIso3), ("role", Col::OptCode3), ("note", Col::Note)],
        required: 4,
    },
    text: include_str!("../data/orgs.tsv"),
};
const ACTOR_MODIFIERS: DataFile = DataFile {
    schema: Schema { file: "crates/entities/data/actor_modifiers.tsv", columns: &[("word", Col::Text), ("role", Col::OptCode3), ("note", Col::Note)], required: 2 },
    text: include_str!("../data/actor_modifiers.tsv"),
};
word_list! {
    NOT_NAMES = "not_names.tsv";
    ORG_ADJECTIVES = "org_adjectives.tsv";
    PLACE_HEADS = "place_heads.tsv";
    FUNCTION_WORDS = "function_words.tsv";
    PLACE_NOUNS = "place_nouns.tsv";
    STRONG_HEADS = "strong_heads.tsv";
    PORTFOLIOS = "portfolios.tsv";
    DESCRIPTIVE_NISBAS = "descriptive_nisbas.tsv";
    LATIN_NOT_ORGS = "latin_not_orgs.tsv";
    ABROAD_HEADS = "abroad_heads.tsv";
    APPOSITIONS = "appositions.tsv";
    NAME_ONLY_HEADS = "name_only_heads.tsv";
    COMPOUND_FIRST = "compound_first.tsv";
    GIVEN_NAMES = "given_names.tsv";
}

const ALL: [&DataFile; 16] = [
    &ORGS, &ACTOR_MODIFIERS, &NOT_NAMES, &ORG_ADJECTIVES, &PLACE_HEADS, &FUNCTION_WORDS, &PLACE_NOUNS, &STRONG_HEADS,
    &PORTFOLIOS, &DESCRIPTIVE_NISBAS, &LATIN_NOT_ORGS, &ABROAD_HEADS, &APPOSITIONS, &NAME_ONLY_HEADS,
    &COMPOUND_FIRST, &GIVEN_NAMES,
];

/// Validate every list of crates/entities/data; the first malformed row is the error.
pub fn validate_all() -> Result<(), rasd_text::data::DataError> {
    ALL.iter().try_for_each(|f| f.schema.validate(f.text).map(|_| ()))
}

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
    /// First parts of a compound given name that never stand alone (عبد، أبو).
    pub compound_first: FxHashSet<String>,
    /// Given names a person the tagger starts right after runs back over (`given_names.tsv`).
    pub given_names: FxHashSet<String>,
    /// Cues by the key of their first word, longest first.
    pub cues: FxHashMap<&'static str, Vec<&'static Cue>>,
}

fn rows(f: &DataFile) -> impl Iterator<Item = Vec<&'static str>> {
    f.schema.check(f.text);
    f.text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn opt(s: Option<&&'static str>) -> Option<&'static str> {
    s.copied().filter(|x| !x.is_empty() && *x != "-")
}

fn set(f: &DataFile) -> FxHashSet<String> {
    rows(f).map(|r| rasd_text::key(r[0])).filter(|k| !k.is_empty()).collect()
}

pub static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let not_names = set(&NOT_NAMES);
    let mut orgs: FxHashMap<String, Vec<Org>> = FxHashMap::default();
    for r in rows(&ORGS) {
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
    let modifiers = rows(&ACTOR_MODIFIERS).filter(|r| r.len() >= 2).map(|r| (rasd_text::key(r[0]), r[1])).collect();
    Lists {
        orgs,
        not_names,
        org_adjectives: set(&ORG_ADJECTIVES),
        place_heads: set(&PLACE_HEADS),
        function_words: set(&FUNCTION_WORDS),
        place_nouns: set(&PLACE_NOUNS),
        strong_heads: set(&STRONG_HEADS),
        portfolios: set(&PORTFOLIOS),
        descriptive_nisbas: set(&DESCRIPTIVE_NISBAS),
        latin_not_orgs: set(&LATIN_NOT_ORGS),
        abroad_heads: set(&ABROAD_HEADS),
        appositions: set(&APPOSITIONS),
        name_only_heads: set(&NAME_ONLY_HEADS),
        compound_first: set(&COMPOUND_FIRST),
        given_names: set(&GIVEN_NAMES),
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
