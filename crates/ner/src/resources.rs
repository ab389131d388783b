//! Word lists the tagger's features consult: gazetteer (places, people), cue words (titles, organisation heads)
//! and word clusters learnt from unlabelled news. Parsed from text once; training builds its own copy from the
//! files it has just written, run time from the embedded ones.

use crate::features::hash_bytes;
use rustc_hash::{FxHashMap, FxHashSet};

/// Gazetteer entry types (bit flags).
pub const GAZ_LOC: u8 = 1;
pub const GAZ_PER: u8 = 2;
/// Cue kinds (bit flags).
pub const CUE_TITLE: u8 = 1;
pub const CUE_ORGHEAD: u8 = 2;

pub struct Resources {
    /// Multi-word entries, keys joined by single spaces → type flags.
    pub gaz: FxHashMap<String, u8>,
    /// Every proper word-prefix of a gazetteer entry (for longest match).
    pub gaz_prefix: FxHashSet<String>,
    pub gaz_max_words: usize,
    /// First and last words of people's names.
    pub per_first: FxHashSet<String>,
    pub per_last: FxHashSet<String>,
    pub cues: FxHashMap<String, u8>,
    pub cue_prefix: FxHashSet<String>,
    pub cue_max_words: usize,
    /// Bare form → cluster ids (coarse, middle, fine).
    /// Keyed by `features::hash_bytes` of the form: a lookup hashes nothing again and compares no strings.
    pub clusters: FxHashMap<u64, [u16; 3]>,
    /// Everything the lists say about one word, so that feature extraction needs one lookup per word.
    /// Keyed by `features::hash_bytes` of the word's body.
    pub lex: FxHashMap<u64, Lex>,
}

/// What the lists say about one word (its body: the key without conjunction and preposition, ال written out).
#[derive(Clone, Copy, Debug, Default)]
pub struct Lex {
    /// Types of one-word gazetteer entries.
    pub gaz: u8,
    /// The word opens a longer gazetteer entry.
    pub gaz_prefix: bool,
    pub cue: u8,
    pub cue_prefix: bool,
    pub per_first: bool,
    pub per_last: bool,
}

/// The canonical form of a list entry word: the key, with the article written as ال.
pub fn entry_key(s: &str) -> String {
    rasd_text::key(s)
}

fn lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn add_multi(map: &mut FxHashMap<String, u8>, prefix: &mut FxHashSet<String>, max: &mut usize, name: &str, flag: u8) {
    let k = entry_key(name);
    if k.is_empty() {
        return;
    }
    let words: Vec<&str> = k.split(' ').collect();
    *max = (*max).max(words.len());
    for n in 1..words.len() {
        prefix.insert(words[..n].join(" "));
    }
    *map.entry(k).or_insert(0) |= flag;
}

impl Resources {
    pub fn parse(gazetteer: &str, cues: &str, clusters: &str) -> Resources {
        let mut r = Resources {
            gaz: FxHashMap::default(),
            gaz_prefix: FxHashSet::default(),
            gaz_max_words: 1,
            per_first: FxHashSet::default(),
            per_last: FxHashSet::default(),
            cues: FxHashMap::default(),
            cue_prefix: FxHashSet::default(),
            cue_max_words: 1,
            clusters: FxHashMap::default(),
            lex: FxHashMap::default(),
        };
        for c in lines(gazetteer) {
            let flag = match c.get(1).map(|s| s.trim()) {
                Some("LOC") => GAZ_LOC,
                Some("PER") => GAZ_PER,
                _ => continue,
            };
            add_multi(&mut r.gaz, &mut r.gaz_prefix, &mut r.gaz_max_words, c[0], flag);
            if flag == GAZ_PER {
                let k = entry_key(c[0]);
                let w: Vec<&str> = k.split(' ').collect();
                if w.len() >= 2 {
                    r.per_first.insert(w[0].to_string());
                    r.per_last.insert(w[w.len() - 1].to_string());
                }
            }
        }
        for c in lines(cues) {
            let flag = match c.get(1).map(|s| s.trim()) {
                Some("title") => CUE_TITLE,
                Some("orghead") => CUE_ORGHEAD,
                _ => continue,
            };
            add_multi(&mut r.cues, &mut r.cue_prefix, &mut r.cue_max_words, c[0], flag);
        }
        for c in lines(clusters) {
            if c.len() >= 4 {
                let ids = [c[1], c[2], c[3]].map(|s| s.trim().parse().unwrap_or(u16::MAX));
                r.clusters.insert(hash_bytes(c[0].as_bytes()), ids);
            }
        }
        let mut lex: FxHashMap<u64, Lex> = FxHashMap::default();
        for (k, &f) in &r.gaz {
            if !k.contains(' ') {
                lex.entry(hash_bytes(k.as_bytes())).or_default().gaz |= f;
            }
        }
        for k in &r.gaz_prefix {
            if !k.contains(' ') {
                lex.entry(hash_bytes(k.as_bytes())).or_default().gaz_prefix = true;
            }
        }
        for (k, &f) in &r.cues {
            if !k.contains(' ') {
                lex.entry(hash_bytes(k.as_bytes())).or_default().cue |= f;
            }
        }
        for k in &r.cue_prefix {
            if !k.contains(' ') {
                lex.entry(hash_bytes(k.as_bytes())).or_default().cue_prefix = true;
            }
        }
        for k in &r.per_first {
            lex.entry(hash_bytes(k.as_bytes())).or_default().per_first = true;
        }
        for k in &r.per_last {
            lex.entry(hash_bytes(k.as_bytes())).or_default().per_last = true;
        }
        r.lex = lex;
        r
    }
}
