//! The vocabulary of `data/numtime/*.tsv`, folded with `rasd_text::key` and indexed by the first word of each
//! entry, loaded once.

use rasd_text::{key, Word, WordKind};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

const NUMBERS: &str = include_str!("../../../data/numtime/numbers.tsv");
const MONTHS: &str = include_str!("../../../data/numtime/months.tsv");
const HIJRI: &str = include_str!("../../../data/numtime/hijri_months.tsv");
const WEEKDAYS: &str = include_str!("../../../data/numtime/weekdays.tsv");
const RELATIVE: &str = include_str!("../../../data/numtime/relative.tsv");
const DECADES: &str = include_str!("../../../data/numtime/decades.tsv");
const MARKERS: &str = include_str!("../../../data/numtime/markers.tsv");
const BOUNDS: &str = include_str!("../../../data/numtime/bounds.tsv");
const VAGUE: &str = include_str!("../../../data/numtime/vague.tsv");
const UNITS: &str = include_str!("../../../data/numtime/units.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    Unit,
    Ten,
    Tens,
    Hundred,
    Scale,
    Dual,
    Fraction,
    Ordinal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Part,
    Prefix,
    Year,
    MonthWord,
    Past,
    Future,
    Current,
    Hijri,
    Gregorian,
    Ago,
    Later,
    CenturyNow,
    CenturyPast,
    YearContext,
    FutureMarker,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundKind {
    Min,
    Max,
    Approx,
    Between,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cat {
    Num(NumKind, f64),
    Month { month: u8, weak: bool },
    Hijri(u8),
    Weekday(u8),
    Relative { unit: TimeUnit, offset: i32, needs_part: bool },
    Decade(u16),
    Marker(Marker),
    Bound { after: bool, kind: BoundKind },
    Vague(f64),
    /// A counted noun: class index into `Lexicon::classes`, and its own count for duals.
    Unit { class: u8, count: Option<u8> },
}

#[derive(Debug)]
pub struct Entry {
    /// Keys of the words after the first one.
    pub rest: Vec<String>,
    pub cat: Cat,
}

/// Category bits of all entries under one first word: lets the scanners skip a word with one test.
pub mod bits {
    pub const NUM: u32 = 1;
    pub const MONTH: u32 = 2;
    pub const HIJRI: u32 = 4;
    pub const WEEKDAY: u32 = 8;
    pub const RELATIVE: u32 = 16;
    pub const DECADE: u32 = 32;
    pub const BOUND_BEFORE: u32 = 64;
    pub const BOUND_AFTER: u32 = 128;
    pub const VAGUE: u32 = 256;
    pub const UNIT: u32 = 512;
    pub const DUAL: u32 = 1024;
    pub const AGO: u32 = 2048;
    pub const YEAR_WORD: u32 = 4096;
    pub const MARKER: u32 = 8192;
    /// What can begin a date or an amount.
    /// Set by `masks` on digit words, and on a الـ before one ("الـ9").
    pub const DIGITS: u32 = 1 << 20;
    pub const AL: u32 = 1 << 21;
    pub const STARTERS: u32 = NUM | MONTH | HIJRI | WEEKDAY | RELATIVE | DECADE | BOUND_BEFORE | VAGUE | DUAL | AGO | YEAR_WORD;
}

impl Cat {
    pub fn bit(&self) -> u32 {
        use bits::*;
        match self {
            Cat::Num(..) => NUM,
            Cat::Month { .. } => MONTH,
            Cat::Hijri(_) => HIJRI,
            Cat::Weekday(_) => WEEKDAY,
            Cat::Relative { .. } => RELATIVE,
            Cat::Decade(_) => DECADE,
            Cat::Bound { after: false, .. } => BOUND_BEFORE,
            Cat::Bound { after: true, .. } => BOUND_AFTER,
            Cat::Vague(_) => VAGUE,
            Cat::Unit { count: Some(_), .. } => UNIT | DUAL,
            Cat::Unit { .. } => UNIT,
            Cat::Marker(Marker::Ago | Marker::Later) => AGO | MARKER,
            Cat::Marker(Marker::Year) => YEAR_WORD | MARKER,
            Cat::Marker(_) => MARKER,
        }
    }
}

pub struct Slot {
    pub mask: u32,
    pub entries: Vec<Entry>,
}

pub struct Lexicon {
    map: FxHashMap<String, Slot>,
    /// One bit per (first letter, last letter, byte length) of every first word: rules out most words before
    /// hashing them.
    filter: Vec<u64>,
    /// Category bits of the first words that can start an expression (see `bits::STARTERS`): the per-word test.
    starters: FxHashMap<String, u32>,
    /// The same filter over every first word, for `first`.
    filter_all: Vec<u64>,
    /// Form given by the clitic model → entry key, for entries it splits wrongly.
    aliases: FxHashMap<String, String>,
    pub classes: Vec<String>,
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| {
        let l = l.split(" #").next().unwrap_or(l);
        l.split('\t').map(str::trim).filter(|c| !c.starts_with('#')).collect()
    })
}

fn unit_of(s: &str) -> TimeUnit {
    match s {
        "day" => TimeUnit::Day,
        "week" => TimeUnit::Week,
        "month" => TimeUnit::Month,
        "year" => TimeUnit::Year,
        _ => panic!("numtime data: unknown time unit {s}"),
    }
}

fn marker_of(s: &str) -> Marker {
    use Marker::*;
    match s {
        "part" => Part,
        "prefix" => Prefix,
        "year" => Year,
        "month" => MonthWord,
        "past" => Past,
        "future" => Future,
        "current" => Current,
        "hijri" => Hijri,
        "gregorian" => Gregorian,
        "ago" => Ago,
        "later" => Later,
        "century_now" => CenturyNow,
        "century_past" => CenturyPast,
        "year_context" => YearContext,
        "future_marker" => FutureMarker,
        _ => panic!("numtime data: unknown marker role {s}"),
    }
}

impl Lexicon {
    pub fn global() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    fn add(&mut self, form: &str, cat: Cat) {
        let k = key(form);
        let mut parts = k.split(' ');
        let first = parts.next().unwrap_or("").to_string();
        if first.is_empty() {
            return;
        }
        let rest: Vec<String> = parts.map(str::to_string).collect();
        let slot = self.map.entry(first).or_insert_with(|| Slot { mask: 0, entries: vec![] });
        slot.mask |= cat.bit();
        slot.entries.push(Entry { rest, cat });
    }

    fn load() -> Lexicon {
        let mut l = Lexicon { map: FxHashMap::default(), filter: vec![0; FILTER_BITS / 64], starters: FxHashMap::default(), filter_all: vec![0; FILTER_BITS / 64], aliases: FxHashMap::default(), classes: vec![] };
        for r in rows(NUMBERS) {
            let kind = match r[2] {
                "unit" => NumKind::Unit,
                "ten" => NumKind::Ten,
                "tens" => NumKind::Tens,
                "hundred" => NumKind::Hundred,
                "scale" => NumKind::Scale,
                "dual" => NumKind::Dual,
                "fraction" => NumKind::Fraction,
                "ordinal" => NumKind::Ordinal,
                k => panic!("numtime data: unknown number kind {k}"),
            };
            l.add(r[0], Cat::Num(kind, r[1].parse().expect("number value")));
        }
        for r in rows(MONTHS) {
            l.add(r[0], Cat::Month { month: r[1].parse().expect("month"), weak: r.get(3) == Some(&"1") });
        }
        for r in rows(HIJRI) {
            l.add(r[0], Cat::Hijri(r[1].parse().expect("hijri month")));
        }
        for r in rows(WEEKDAYS) {
            l.add(r[0], Cat::Weekday(r[1].parse().expect("weekday")));
        }
        for r in rows(RELATIVE) {
            let cat = Cat::Relative { unit: unit_of(r[1]), offset: r[2].parse().expect("offset"), needs_part: r.get(3) == Some(&"part") };
            l.add(r[0], cat);
        }
        for r in rows(DECADES) {
            l.add(r[0], Cat::Decade(r[1].parse().expect("decade")));
        }
        for r in rows(MARKERS) {
            l.add(r[0], Cat::Marker(marker_of(r[1])));
        }
        for r in rows(BOUNDS) {
            let kind = match r[2] {
                "min" => BoundKind::Min,
                "max" => BoundKind::Max,
                "approx" => BoundKind::Approx,
                "between" => BoundKind::Between,
                k => panic!("numtime data: unknown bound kind {k}"),
            };
            l.add(r[0], Cat::Bound { after: r[1] == "after", kind });
        }
        for r in rows(VAGUE) {
            l.add(r[0], Cat::Vague(r[1].parse().expect("magnitude")));
        }
        for r in rows(UNITS) {
            let class = r[1].to_string();
            let idx = match l.classes.iter().position(|c| *c == class) {
                Some(i) => i,
                None => {
                    l.classes.push(class);
                    l.classes.len() - 1
                }
            };
            l.add(r[0], Cat::Unit { class: idx as u8, count: r.get(2).and_then(|c| c.parse().ok()) });
        }
        for k in l.map.keys() {
            let a = rasd_text::analyze(k);
            if let [w] = a.words.as_slice() {
                let f = form(w);
                if f != k.as_str() && whole(w) == Some(k.as_str()) {
                    l.aliases.insert(f.into_owned(), k.clone());
                }
            }
        }
        let aliases: Vec<String> = l.aliases.keys().cloned().collect();
        for k in l.map.keys().chain(aliases.iter()) {
            for v in [k.clone(), format!("و{k}"), format!("ف{k}")] {
                let b = key_bit(&v);
                l.filter_all[b / 64] |= 1 << (b % 64);
            }
        }
        let keys: Vec<String> = l.map.iter().filter(|(_, v)| v.mask & bits::STARTERS != 0).map(|(k, _)| k.clone()).collect();
        let alias_keys: Vec<String> = l.aliases.iter().filter(|(_, k)| keys.contains(k)).map(|(f, _)| f.clone()).collect();
        for f in alias_keys {
            for v in [f.clone(), format!("و{f}"), format!("ف{f}")] {
                let b = key_bit(&v);
                l.filter[b / 64] |= 1 << (b % 64);
            }
        }
        for k in keys {
            let m = l.map[&k].mask & bits::STARTERS;
            l.starters.insert(k.clone(), m);
            for v in [k.clone(), format!("و{k}"), format!("ف{k}")] {
                let b = key_bit(&v);
                l.filter[b / 64] |= 1 << (b % 64);
            }
        }
        // Longest entries first, so that a phrase wins over its first word.
        for v in l.map.values_mut() {
            v.entries.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        l
    }

    /// Entries whose first word is `w`. Entries are written as the word stands, with its article when it has
    /// one (الماضي, العشرين) and without proclitics; `form` gives that shape of a word.
    pub fn first(&self, w: &Word) -> &[Entry] {
        self.slot(w).map(|s| s.entries.as_slice()).unwrap_or(&[])
    }

    /// `bits::STARTERS` bits of the entries whose first word is `w` (0 for most words). `chars` is the text.
    pub fn mask(&self, w: &Word, chars: &[char]) -> u32 {
        if w.kind != WordKind::Arabic {
            return 0;
        }
        let _ = chars;
        let f = form(w);
        // Rule out most words by first letter, last letter and length before hashing them.
        let b = key_bit(&f);
        if self.filter[b / 64] & (1 << (b % 64)) != 0 {
            if let Some(&m) = self.starters.get(f.as_ref()) {
                return m;
            }
            if w.split.conj == 0 && f.len() > 6 && (f.starts_with('و') || f.starts_with('ف')) {
                if let Some(&m) = self.starters.get(&f['و'.len_utf8()..]) {
                    return m;
                }
            }
            if let Some(k) = self.alias(w, &f) {
                return self.starters.get(k).copied().unwrap_or(0);
            }
        }
        0
    }

    /// The entry key of a word the clitic model splits wrongly (فيفري read as ف + يفر + ي), found by the form
    /// it then gets; checked against the whole word.
    fn alias(&self, w: &Word, f: &str) -> Option<&str> {
        let k = self.aliases.get(f)?;
        (whole(w) == Some(k.as_str())).then_some(k.as_str())
    }

    /// `mask` of every word (the one lookup per word that the scanners need), and the indexes of the words
    /// with any bit: the only ones the scanners visit.
    pub fn masks(&self, words: &[Word], chars: &[char]) -> (Vec<u32>, Vec<u32>) {
        let mut m = Vec::with_capacity(words.len());
        let mut cands = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let b = match w.kind {
                WordKind::Number => bits::DIGITS,
                WordKind::Arabic if w.key == "ال" && words.get(i + 1).is_some_and(|n| n.kind == WordKind::Number) => bits::AL,
                _ => self.mask(w, chars),
            };
            if b != 0 {
                cands.push(i as u32);
            }
            m.push(b);
        }
        (m, cands)
    }

    fn slot(&self, w: &Word) -> Option<&Slot> {
        if w.kind == WordKind::Latin {
            return None;
        }
        let f = form(w);
        let b = key_bit(&f);
        if self.filter_all[b / 64] & (1 << (b % 64)) != 0 {
            if let Some(v) = self.map.get(f.as_ref()) {
                return Some(v);
            }
            // A conjunction the clitic model kept on a rare word: try without it.
            if w.kind == WordKind::Arabic && w.split.conj == 0 && f.chars().count() > 3 && (f.starts_with('و') || f.starts_with('ف')) {
                if let Some(v) = self.map.get(&f['و'.len_utf8()..]) {
                    return Some(v);
                }
            }
            if let Some(k) = self.alias(w, &f) {
                return self.map.get(k);
            }
        }
        None
    }

    /// Does word `w` spell the folded key `k` (up to proclitics)?
    pub fn is(w: &Word, k: &str) -> bool {
        form(w) == k || whole(w) == Some(k)
    }

    /// The longest entry starting at word `i` that satisfies `keep`; returns it with the index after its last word.
    pub fn longest<'a>(&'a self, words: &[Word], i: usize, keep: impl Fn(&Cat) -> bool) -> Option<(&'a Entry, usize)> {
        longest_in(self.first(&words[i]), words, i, keep)
    }

    pub fn class_name(&self, class: u8) -> &str {
        &self.classes[class as usize]
    }
}

/// `Lexicon::longest` over the entries of word `i` already looked up.
pub fn longest_in<'a>(entries: &'a [Entry], words: &[Word], i: usize, keep: impl Fn(&Cat) -> bool) -> Option<(&'a Entry, usize)> {
    {
        for e in entries {
            if !keep(&e.cat) {
                continue;
            }
            let mut j = i + 1;
            let mut ok = true;
            for k in &e.rest {
                if j < words.len() && words[j].sentence == words[i].sentence && Lexicon::is(&words[j], k) {
                    j += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if ok {
                return Some((e, j));
            }
        }
        None
    }
}

const FILTER_BITS: usize = 64 * 64 * 32;


/// Filter bit of a folded key: first letter, last letter, length in bytes.
#[inline]
fn key_bit(k: &str) -> usize {
    let b = k.as_bytes();
    match (b.first(), b.last()) {
        // Arabic letters are two bytes: the second byte of the first and of the last letter tell them apart.
        (Some(_), Some(&l)) if b.len() >= 2 => ((b[1] as usize & 63) * 64 + (l as usize & 63)) * 32 + b.len().min(31),
        _ => 0,
    }
}

/// The whole word when the clitic model split a clitic off a bare word: a letter it took for a clitic may
/// belong to the word (فيفري is no ف + يفري).
#[inline]
fn whole(w: &Word) -> Option<&str> {
    (w.kind == WordKind::Arabic && w.split.conj + w.split.prep + w.split.enclitic > 0 && w.split.article == 0).then_some(w.key.as_str())
}

/// The word as vocabulary entries spell it: the stem with its article when it has one, without conjunction,
/// preposition or enclitic pronoun ("وبالخميس" → "الخميس", "وأمس" → "امس"). Allocates only for لل words.
pub fn form(w: &Word) -> Cow<'_, str> {
    match w.split.article {
        0 => Cow::Borrowed(w.bare.as_str()),
        2 => {
            // The key has one character per folded character, as the split counts them.
            let skip = (w.split.conj + w.split.prep) as usize;
            let k = w.key.as_str();
            let from = if skip == 0 { 0 } else { k.char_indices().nth(skip).map_or(k.len(), |(b, _)| b) };
            let to = match w.split.enclitic as usize {
                0 => k.len(),
                n => k.char_indices().rev().nth(n - 1).map_or(k.len(), |(b, _)| b),
            };
            Cow::Borrowed(if from <= to { &k[from..to] } else { "" })
        }
        _ => Cow::Owned(format!("ال{}", w.bare)),
    }
}
