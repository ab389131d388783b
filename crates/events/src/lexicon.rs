//! The event coder's linguistic data (data/events/*.tsv) and the word matcher that finds its entries in text.
//!
//! Matching follows the rules of tools/lexicon_check.py: every lexicon word is a key-folded stem without ال; a
//! text word matches it when the word, with any proclitics (و ف ب ل ك س ال لل) and any enclitic pronoun or
//! tanween alif removed, equals it. Longest match wins; a not-trigger phrase blocks the triggers it covers.

use rasd_text::{key, Word};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!("../../../data/events/triggers.tsv");
const NOT_TRIGGERS: &str = include_str!("../../../data/events/not_triggers.tsv");
const STATUS: &str = include_str!("../../../data/events/status.tsv");
const SPEECH: &str = include_str!("../../../data/events/speech.tsv");
const CAMEO: &str = include_str!("../../../data/events/cameo-event-codes.tsv");
const WORDS: &str = include_str!("../../../data/events/words.tsv");

#[derive(Clone, Debug)]
pub struct Trigger {
    pub kind: &'static str,
    pub mode: Option<&'static str>,
    pub cameo: &'static str,
    pub goldstein: Option<f64>,
    pub strong: bool,
    /// The first form of the lexeme: its verbal noun or past verb, for explanations.
    pub lemma: &'static str,
}

#[derive(Clone, Debug)]
pub enum Payload {
    Trigger(usize),
    Block,
    Status { status: &'static str, scope: Scope },
    Speech { kind: &'static str, introduces: &'static str },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The cue governs what follows it in its clause (اتهم، نفى، إذا).
    Governs,
    /// The cue stands at most N words before the trigger.
    Before(usize),
    /// The cue stands at most N words after the trigger.
    After(usize),
    /// The future prefix س on the trigger itself.
    Prefix,
}

/// One multiword pattern: its words (stems) and what it means.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub words: Vec<String>,
    pub payload: Payload,
}

/// A table of patterns indexed by first word.
#[derive(Default)]
pub struct Table {
    pub patterns: Vec<Pattern>,
    first: FxHashMap<String, Vec<usize>>,
}

pub struct Lexicon {
    pub triggers: Vec<Trigger>,
    /// Triggers and not-triggers, matched together.
    pub events: Table,
    pub status: Table,
    pub speech: Table,
    /// Word classes from data/events/words.tsv: class name → bit, and stem → the bits of its classes.
    class_bits: FxHashMap<&'static str, u128>,
    stem_classes: FxHashMap<String, u128>,
    /// Multiword entries of the classes (class → phrases as word keys).
    class_phrases: FxHashMap<&'static str, Vec<Vec<String>>>,
}

/// The stem of a lexicon word: key-folded, without the article. Once only, as the text's candidates strip it once:
/// "الإلكترونية" → "الكترونيه", which the text's "الإلكترونية" and "بالإلكترونية" read as (the bare "إلكترونية"
/// gives "كترونيه", as in text).
fn stem(w: &str) -> String {
    let k = key(w);
    if k.starts_with("ال") && k.chars().count() >= 4 {
        return k["ال".len()..].to_string();
    }
    k
}

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect())
}

impl Table {
    fn add(&mut self, form: &str, payload: Payload) {
        let words: Vec<String> = form.split_whitespace().map(stem).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return;
        }
        self.first.entry(words[0].clone()).or_default().push(self.patterns.len());
        self.patterns.push(Pattern { words, payload });
    }

    /// The longest pattern starting at word `i` (ties: the earlier entry), and its length in words.
    pub fn longest(&self, words: &[Word], i: usize, limit: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for_each_candidate(&words[i].key, words[i].taa_final, |c| {
            if let Some(ids) = self.first.get(c) {
                for &id in ids {
                    let p = &self.patterns[id];
                    let n = p.words.len();
                    if i + n > limit || best.is_some_and(|(_, bn)| bn >= n) {
                        continue;
                    }
                    if (1..n).all(|k| words[i + k].is_arabic() && word_matches(&words[i + k], &p.words[k]) || words[i + k].key == p.words[k]) {
                        best = Some((id, n));
                    }
                }
            }
        });
        best
    }
}

/// Enclitics the matcher strips. Not ي (الاجتماعي is not اجتماع + ي) nor ك (هناك is not هنا + ك).
const ENCLITICS: [&str; 11] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ا"];

/// Call `f` with every stem reading of a key-folded word: proclitics off (و/ف, then ب/ل/ك or س, then ال; لل),
/// then an enclitic pronoun or tanween alif off. Slices only: no allocation on the hot path.
fn for_each_candidate(key: &str, taa_final: bool, mut f: impl FnMut(&str)) {
    let starts = prefix_starts(key);
    for &s in starts.iter().flatten() {
        let rem = &key[s..];
        if rem.chars().count() < 2 {
            continue;
        }
        f(rem);
        for e in ENCLITICS {
            // A final ة folded to ه is no pronoun: وزارة is not وزار + ه.
            if taa_final && e == "ه" {
                continue;
            }
            if let Some(base) = rem.strip_suffix(e) {
                if base.chars().count() >= 3 - (e == "ا") as usize {
                    f(base);
                    // ت of a feminine noun before a pronoun is ة (folded ه) in the stem: حكومته → حكومه.
                    if let Some(b) = base.strip_suffix('ت') {
                        let mut r = String::with_capacity(base.len());
                        r.push_str(b);
                        r.push('ه');
                        f(&r);
                    }
                }
            }
        }
    }
}

/// Byte offsets where a stem may begin after proclitics: at most 6 readings.
fn prefix_starts(key: &str) -> [Option<usize>; 6] {
    let mut out = [None; 6];
    let mut n = 0;
    let mut push = |p: usize| {
        if n < 6 && !out[..n].contains(&Some(p)) {
            out[n] = Some(p);
            n += 1;
        }
    };
    push(0);
    let b = key.as_bytes();
    let ch = |p: usize| key[p..].chars().next();
    let mut conj = vec![0usize];
    if matches!(ch(0), Some('و' | 'ف')) {
        conj.push(2);
    }
    for &c in &conj {
        push(c);
        let mut preps = vec![c];
        match ch(c) {
            Some('ب' | 'ك') => preps.push(c + 2),
            Some('ل') => {
                if key[c..].starts_with("لل") {
                    // لل = ل + ال
                    push(c + 4);
                }
                preps.push(c + 2);
            }
            Some('س') if matches!(key.get(c + 2..).and_then(|r| r.chars().next()), Some('ي' | 'ت' | 'ن' | 'ا')) => preps.push(c + 2),
            _ => {}
        }
        for &p in &preps {
            push(p);
            if key[p..].starts_with("ال") && b.len() >= p + 8 {
                push(p + 4);
            }
        }
    }
    out
}

/// Does the word read as the stem `target`?
pub fn word_matches(w: &Word, target: &str) -> bool {
    let mut hit = false;
    for_each_candidate(&w.key, w.taa_final, |c| hit |= c == target);
    hit
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let goldstein: FxHashMap<&str, f64> =
            rows(CAMEO).filter_map(|r| Some((*r.first()?, r.get(2)?.parse::<f64>().ok()?))).collect();
        let mut l = Lexicon {
            triggers: vec![],
            events: Table::default(),
            status: Table::default(),
            speech: Table::default(),
            class_bits: FxHashMap::default(),
            stem_classes: FxHashMap::default(),
            class_phrases: FxHashMap::default(),
        };
        for r in rows(TRIGGERS) {
            if r.len() < 5 {
                continue;
            }
            let id = l.triggers.len();
            let forms: Vec<&'static str> = r[0].split(',').map(str::trim).filter(|f| !f.is_empty()).collect();
            l.triggers.push(Trigger {
                kind: r[1],
                mode: Some(r[2]).filter(|m| *m != "-" && !m.is_empty()),
                cameo: r[3],
                goldstein: goldstein.get(r[3]).copied(),
                strong: r[4] == "strong",
                lemma: forms.first().copied().unwrap_or(""),
            });
            for f in forms {
                l.events.add(f, Payload::Trigger(id));
            }
        }
        for r in rows(NOT_TRIGGERS) {
            l.events.add(r[0], Payload::Block);
        }
        for r in rows(STATUS) {
            if r.len() < 3 {
                continue;
            }
            let scope = match r[2] {
                "prefix" => Scope::Prefix,
                s if s.starts_with("before:") => Scope::Before(s[7..].parse().unwrap_or(2)),
                s if s.starts_with("after:") => Scope::After(s[6..].parse().unwrap_or(2)),
                _ => Scope::Governs,
            };
            if r[0].starts_with("prefix:") {
                continue; // the future prefix is read from the word's own segmentation
            }
            let status: &'static str = match r[1] {
                "claimed" => "claimed",
                "denied" => "denied",
                "planned" => "planned",
                "negated" => "negated",
                "hypothetical" => "hypothetical",
                _ => continue,
            };
            l.status.add(r[0], Payload::Status { status, scope });
        }
        for r in rows(SPEECH) {
            if r.len() >= 3 {
                l.speech.add(r[0], Payload::Speech { kind: r[1], introduces: r[2] });
            }
        }
        for r in rows(WORDS) {
            if r.len() >= 2 {
                let n = l.class_bits.len();
                // One bit a class: past 128 classes a wider set is needed (an assert, not a silent shared bit).
                assert!(n < 128, "words.tsv: more than 128 classes");
                let bit = *l.class_bits.entry(r[0]).or_insert_with(|| 1u128 << n);
                for w in r[1].split(',').map(|w| stem(w.trim())).filter(|w| !w.is_empty()) {
                    if w.contains(' ') {
                        l.class_phrases.entry(r[0]).or_default().push(w.split(' ').map(String::from).collect());
                    } else {
                        *l.stem_classes.entry(w).or_default() |= bit;
                    }
                }
            }
        }
        l
    }

    /// Is word `w` one of the stems of class `class` (data/events/words.tsv)?
    pub fn is(&self, class: &str, w: &Word) -> bool {
        self.class_bits.get(class).is_some_and(|bit| self.classes(w) & bit != 0)
    }

    /// Is the whole word `w`, as written (no clitic stripped), one of the words of class `class`?
    pub fn is_key(&self, class: &str, w: &Word) -> bool {
        self.is_form(class, &w.key)
    }

    /// Is the folded form `form` one of the words of class `class`?
    pub fn is_form(&self, class: &str, form: &str) -> bool {
        self.class_bits.get(class).is_some_and(|bit| self.stem_classes.get(form).is_some_and(|b| b & bit != 0))
    }

    /// The length of a phrase of class `class` starting at word `i`: every word but the last as written, the last
    /// by its stem ("من قبل" matches "من قبلهم" too; "ذاتية القيادة" its last word without the article).
    pub fn phrase_at(&self, class: &str, words: &[Word], i: usize) -> Option<usize> {
        let last = |w: &Word, p: &str| w.bare == p || p.strip_prefix("ال").is_some_and(|s| w.bare == s);
        self.class_phrases.get(class)?.iter().find_map(|p| {
            let n = p.len();
            (i + n <= words.len() && (0..n).all(|k| if k + 1 < n { words[i + k].key == p[k] } else { last(&words[i + k], &p[k]) })).then_some(n)
        })
    }

    /// The word classes of a word, through a per-thread memo: the coder asks about the same words many times.
    fn classes(&self, w: &Word) -> u128 {
        thread_local! {
            // One memo for words ending in ة, one for the rest (the ending changes the readings).
            static MEMO: std::cell::RefCell<[FxHashMap<String, u128>; 2]> = std::cell::RefCell::new([FxHashMap::default(), FxHashMap::default()]);
        }
        MEMO.with(|m| {
            let mut memo = m.borrow_mut();
            let memo = &mut memo[w.taa_final as usize];
            if let Some(&b) = memo.get(w.key.as_str()) {
                return b;
            }
            let mut bits = 0u128;
            for_each_candidate(&w.key, w.taa_final, |c| bits |= self.stem_classes.get(c).copied().unwrap_or(0));
            if memo.len() > 200_000 {
                memo.clear();
            }
            memo.insert(w.key.clone(), bits);
            bits
        })
    }
}
