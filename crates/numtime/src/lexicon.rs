//! The vocabulary of `data/numtime/*.tsv`, folded with `rasd_text::key` and indexed by the first word of each
//! entry, loaded once.

use rasd_text::data::{DataError, Row};
use rasd_text::{key, Word, WordKind};
use rustc_hash::FxHashMap;
use crate::table::Table;
use std::cell::Cell;
use std::sync::OnceLock;

rasd_text::embedded_data! {
    "numtime";
    NUMBERS, NUMBERS_FILE = "numbers.tsv";
    MONTHS, MONTHS_FILE = "months.tsv";
    HIJRI, HIJRI_FILE = "hijri_months.tsv";
    WEEKDAYS, WEEKDAYS_FILE = "weekdays.tsv";
    RELATIVE, RELATIVE_FILE = "relative.tsv";
    DECADES, DECADES_FILE = "decades.tsv";
    MARKERS, MARKERS_FILE = "markers.tsv";
    BOUNDS, BOUNDS_FILE = "bounds.tsv";
    VAGUE, VAGUE_FILE = "vague.tsv";
    UNITS, UNITS_FILE = "units.tsv";
}

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
    /// A preposition after which a weak month name alone (مارس، ماي) is the month: في، منذ، حتى، خلال.
    MonthContext,
    FutureMarker,
    /// An imperfect verb of meeting, holding or visiting (يلتقي، تعقد، يزور) or a scheduled verbal noun (على عقد):
    /// a weekday after it in its clause is the next one (see `planned_verb` in markers.tsv).
    PlannedVerb,
    /// A word that opens another clause (الذي، بعد): the planned verb before it does not reach past it.
    ClauseStop,
    /// A word right before a planned verb that puts it in the past: كانت ستعقد (a future in the past), وهو يترأس
    /// (a scene described).
    PlannedBlocker,
    /// A noun whose genitive is a name: صحيفة الغد, حزب الغد (see `name_head` in markers.tsv).
    NameHead,
    /// The same for a month or day and month only: ثورة 25 يناير.
    MonthNameHead,
    /// Words after or before اليوم / الليلة that make it the noun "the day", not today (اليوم التالي، نفس اليوم).
    DayNounAfter,
    DayNounBefore,
    /// After a decade and من, a person's age: في الثلاثينيات من عمره.
    Age,
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

/// No slot.
pub const NONE: u32 = u32::MAX;

/// What one spelling finds, as slot indexes (`NONE` for nothing): the first word it is, the first word it is
/// after a leading و/ف, and the first word the clitic model splits into it (see `aliases` in `load`).
#[derive(Clone, Copy, Default)]
struct Hit {
    exact: u32,
    stripped: u32,
    alias: u32,
    /// The form is ال alone: the article written apart from a number (ال 15), see `bits::AL`.
    article_alone: bool,
}

pub struct Lexicon {
    /// Entries by first word; `keys` holds the first word of each slot.
    slots: Vec<Slot>,
    keys: Vec<String>,
    /// `bits::STARTERS` bits of each slot: the categories that can begin an expression.
    starter: Vec<u32>,
    /// Of each slot: the starter bits of its one-word entries, and the second word and starter bit of each
    /// of its phrases (see `viable`).
    single: Vec<u32>,
    phrases: Vec<Vec<(String, u32)>>,
    /// Of each slot: its one-word number entries are all ordinals (see `viable`).
    ordinal: Vec<bool>,
    /// Every first word, with و and ف before it, and every alias form, by its stem and article (`form`): one
    /// lookup finds a word's entries. A first word written with ال is also its stem with the article, since
    /// the clitic model may read its ال either way (الف is a thousand, or ال + ف).
    forms: Table<Hit>,
    /// `forms` cut to the starter slots: the one lookup of every word of a text (few words are in).
    starts: Table<Hit>,
    pub classes: Vec<String>,
    /// markers.tsv `range_between` (بين) and `range_night` (ليل، ليلة): the words before two days of one month
    /// that make them a range's bounds, or a night across them (see `Scan::day_range`), as whole folded words.
    pub range_between: Vec<String>,
    pub range_night: Vec<String>,
}

/// Working state of `Lexicon::load`.
struct Builder {
    map: FxHashMap<String, Slot>,
    classes: Vec<String>,
    range_between: Vec<String>,
    range_night: Vec<String>,
}

/// Data rows with their file and line; a field from ` #` or one starting with `#` on is a comment.
fn rows(file: &'static str, text: &'static str) -> impl Iterator<Item = Row<'static>> {
    rasd_text::data::rows(file, text).map(|mut r| {
        if let Some(i) = r.fields.iter().position(|f| f.starts_with('#') || f.contains(" #")) {
            let kept = r.fields[i].split(" #").next().unwrap_or("").trim();
            r.fields.truncate(i);
            if !kept.is_empty() && !kept.starts_with('#') {
                r.fields.push(kept);
            }
        }
        r
    })
}

fn unit_of(s: &str) -> Option<TimeUnit> {
    Some(match s {
        "day" => TimeUnit::Day,
        "week" => TimeUnit::Week,
        "month" => TimeUnit::Month,
        "year" => TimeUnit::Year,
        _ => return None,
    })
}

fn marker_of(s: &str) -> Option<Marker> {
    use Marker::*;
    Some(match s {
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
        "month_context" => MonthContext,
        "future_marker" => FutureMarker,
        "planned_verb" => PlannedVerb,
        "clause_stop" => ClauseStop,
        "planned_blocker" => PlannedBlocker,
        "name_head" => NameHead,
        "month_name_head" => MonthNameHead,
        "day_noun_after" => DayNounAfter,
        "day_noun_before" => DayNounBefore,
        "age" => Age,
        _ => return None,
    })
}

fn num_kind_of(s: &str) -> Option<NumKind> {
    Some(match s {
        "unit" => NumKind::Unit,
        "ten" => NumKind::Ten,
        "tens" => NumKind::Tens,
        "hundred" => NumKind::Hundred,
        "scale" => NumKind::Scale,
        "dual" => NumKind::Dual,
        "fraction" => NumKind::Fraction,
        "ordinal" => NumKind::Ordinal,
        _ => return None,
    })
}

fn bound_kind_of(s: &str) -> Option<BoundKind> {
    Some(match s {
        "min" => BoundKind::Min,
        "max" => BoundKind::Max,
        "approx" => BoundKind::Approx,
        "between" => BoundKind::Between,
        _ => return None,
    })
}

/// A number in `range`, for the columns that hold a month, a weekday, a decade and the like.
fn in_range<T: std::str::FromStr + PartialOrd>(range: std::ops::RangeInclusive<T>) -> impl Fn(&str) -> Option<T> {
    move |s| s.parse().ok().filter(|v| range.contains(v))
}

impl Lexicon {
    pub fn global() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }
}

impl Builder {
    /// A row of units.tsv: form, class (or `-`: never counted), and an optional count.
    fn add_unit(&mut self, r: &Row<'static>) -> Result<(), DataError> {
        let class = r.field(1, "class")?.to_string();
        let count = match r.optional(2) {
            Some(c) => Some(c.parse().map_err(|_| r.error(format!("count {c:?} is not a number")))?),
            None => None,
        };
        let idx = match self.classes.iter().position(|c| *c == class) {
            Some(i) => i,
            None => {
                self.classes.push(class);
                self.classes.len() - 1
            }
        };
        self.add(r.field(0, "form")?, Cat::Unit { class: idx as u8, count });
        Ok(())
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
}

impl Lexicon {
    fn load() -> Lexicon {
        let l = Self::read_files().unwrap_or_else(|e| panic!("numtime data: {e}"));
        Self::build(l)
    }

    /// Read and validate every numtime data file; the first malformed entry is the error, with file and line.
    pub fn validate() -> Result<(), DataError> {
        Self::read_files().map(|_| ())
    }

    fn read_files() -> Result<Builder, DataError> {
        let mut l = Builder { map: FxHashMap::default(), classes: vec![], range_between: vec![], range_night: vec![] };
        for r in rows(NUMBERS_FILE, NUMBERS) {
            let kind = r.parse(2, "number kind", num_kind_of)?;
            l.add(r.field(0, "form")?, Cat::Num(kind, r.parse(1, "value", |v| v.parse().ok())?));
        }
        for r in rows(MONTHS_FILE, MONTHS) {
            l.add(r.field(0, "form")?, Cat::Month { month: r.parse(1, "month", in_range(1..=12))?, weak: r.optional(3) == Some("1") });
        }
        for r in rows(HIJRI_FILE, HIJRI) {
            l.add(r.field(0, "form")?, Cat::Hijri(r.parse(1, "hijri month", in_range(1..=12))?));
        }
        for r in rows(WEEKDAYS_FILE, WEEKDAYS) {
            l.add(r.field(0, "form")?, Cat::Weekday(r.parse(1, "weekday", in_range(1..=7))?));
        }
        for r in rows(RELATIVE_FILE, RELATIVE) {
            let needs_part = match r.optional(3) {
                None => false,
                Some("part") => true,
                Some(other) => return Err(r.error(format!("column 4 {other:?} is neither `part` nor empty"))),
            };
            let cat = Cat::Relative { unit: r.parse(1, "time unit", unit_of)?, offset: r.parse(2, "offset", |v| v.parse().ok())?, needs_part };
            l.add(r.field(0, "form")?, cat);
        }
        for r in rows(DECADES_FILE, DECADES) {
            l.add(r.field(0, "form")?, Cat::Decade(r.parse(1, "decade", in_range(10..=90))?));
        }
        for r in rows(MARKERS_FILE, MARKERS) {
            // The words before a day range are read by `day_range` as the word before it, not as entries.
            let range = match r.field(1, "marker role")? {
                "range_between" => Some(&mut l.range_between),
                "range_night" => Some(&mut l.range_night),
                _ => None,
            };
            if let Some(list) = range {
                let k = key(r.field(0, "form")?);
                if k.is_empty() || k.contains(' ') {
                    return Err(r.error("a range word is one word"));
                }
                list.push(k);
                continue;
            }
            l.add(r.field(0, "form")?, Cat::Marker(r.parse(1, "marker role", marker_of)?));
        }
        // `day_range` reads a night or "between" range only through these words: a file without them loses it.
        for (role, list) in [("range_between", &l.range_between), ("range_night", &l.range_night)] {
            if list.is_empty() {
                let line = rows(MARKERS_FILE, MARKERS).last().map_or(0, |r| r.line);
                return Err(DataError { file: MARKERS_FILE, line, what: format!("role {role:?} has no word") });
            }
        }
        for r in rows(BOUNDS_FILE, BOUNDS) {
            let after = match r.field(1, "position")? {
                "after" => true,
                "before" => false,
                other => return Err(r.error(format!("position {other:?} is neither before nor after"))),
            };
            l.add(r.field(0, "form")?, Cat::Bound { after, kind: r.parse(2, "bound kind", bound_kind_of)? });
        }
        for r in rows(VAGUE_FILE, VAGUE) {
            l.add(r.field(0, "form")?, Cat::Vague(r.parse(1, "magnitude", |v| v.parse().ok())?));
        }
        for r in rows(UNITS_FILE, UNITS) {
            l.add_unit(&r)?;
        }
        Ok(l)
    }

    fn build(mut l: Builder) -> Lexicon {
        // Form given by the clitic model → entry key, for entries it splits wrongly.
        let mut aliases: FxHashMap<String, String> = FxHashMap::default();
        for k in l.map.keys() {
            let a = rasd_text::analyze(k);
            if let [w] = a.words.as_slice() {
                // `whole` is only ever set on a word without the article.
                let f = form(w);
                if !f.article && f.stem != k.as_str() && whole(w) == Some(k.as_str()) {
                    aliases.insert(f.stem.to_string(), k.clone());
                }
            }
        }
        let mut keys: Vec<String> = l.map.keys().cloned().collect();
        keys.sort();
        let index: FxHashMap<&str, u32> = keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u32)).collect();
        let mut hits: FxHashMap<String, Hit> = FxHashMap::default();
        let empty = Hit { exact: NONE, stripped: NONE, alias: NONE, article_alone: false };
        for (i, k) in keys.iter().enumerate() {
            hits.entry(k.clone()).or_insert(empty).exact = i as u32;
            for c in ['و', 'ف'] {
                hits.entry(format!("{c}{k}")).or_insert(empty).stripped = i as u32;
            }
        }
        for (f, k) in &aliases {
            hits.entry(f.clone()).or_insert(empty).alias = index[k.as_str()];
        }
        // Only the exact first word is reached through the article: a stripped form starts with و/ف and an
        // alias is a word without the article.
        let al: Vec<(String, Hit)> = keys.iter().enumerate().filter_map(|(i, k)| k.strip_prefix("ال").map(|b| (b.to_string(), Hit { exact: i as u32, ..empty }))).collect();
        let mut slots: Vec<Slot> = keys.iter().map(|k| l.map.remove(k).expect("key")).collect();
        // Longest entries first, so that a phrase wins over its first word.
        for v in &mut slots {
            v.entries.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        let starter: Vec<u32> = slots.iter().map(|s| s.mask & bits::STARTERS).collect();
        let only = |s: u32| if s != NONE && starter[s as usize] != 0 { s } else { NONE };
        let forms: Vec<((String, bool), Hit)> = hits.into_iter().map(|(f, h)| ((f, false), h)).chain(al.into_iter().map(|(b, h)| ((b, true), h))).collect();
        let starts = forms
            .iter()
            .map(|(f, h)| (f.clone(), Hit { exact: only(h.exact), stripped: only(h.stripped), alias: only(h.alias), article_alone: false }))
            .filter(|(_, h)| h.exact != NONE || h.stripped != NONE || h.alias != NONE);
        // ال alone is found by the same lookup, so that the words of a text need no other test.
        let mut starts: Vec<((String, bool), Hit)> = starts.collect();
        match starts.iter_mut().find(|(f, _)| *f == ("ال".to_string(), false)) {
            Some((_, h)) => h.article_alone = true,
            None => starts.push((("ال".to_string(), false), Hit { article_alone: true, ..empty })),
        }
        let single = slots.iter().map(|s| s.entries.iter().filter(|e| e.rest.is_empty()).fold(0, |b, e| b | e.cat.bit()) & bits::STARTERS).collect();
        let phrases = slots
            .iter()
            .map(|s| {
                let mut v: Vec<(String, u32)> = vec![];
                for e in s.entries.iter().filter(|e| !e.rest.is_empty() && e.cat.bit() & bits::STARTERS != 0) {
                    let p = (e.rest[0].clone(), e.cat.bit() & bits::STARTERS);
                    if !v.contains(&p) {
                        v.push(p);
                    }
                }
                v
            })
            .collect();
        let ordinal = slots
            .iter()
            .map(|s| {
                let nums = || s.entries.iter().filter(|e| e.rest.is_empty() && matches!(e.cat, Cat::Num(..)));
                nums().next().is_some() && nums().all(|e| matches!(e.cat, Cat::Num(NumKind::Ordinal, _)))
            })
            .collect();
        Lexicon {
            ordinal,
            single,
            phrases,
            starter,
            slots,
            keys,
            forms: Table::new(forms),
            starts: Table::new(starts),
            classes: l.classes,
            range_between: l.range_between,
            range_night: l.range_night,
        }
    }

    /// Entries whose first word is `w`. Entries are written as the word stands, with its article when it has
    /// one (الماضي, العشرين) and without proclitics; `form` gives that shape of a word.
    pub fn first(&self, w: &Word) -> &[Entry] {
        self.entries(self.slot(w))
    }

    /// The entries of a slot (none for `NONE`).
    #[inline]
    pub fn entries(&self, slot: u32) -> &[Entry] {
        self.slots.get(slot as usize).map_or(&[], |s| s.entries.as_slice())
    }

    /// The slot of the entries whose first word is `w` (`NONE` for most words): its form, else its form
    /// without a و/ف the clitic model kept on an Arabic word of more than three letters, else the entry the
    /// clitic model splits wrongly into this form.
    fn slot(&self, w: &Word) -> u32 {
        if w.kind == WordKind::Latin {
            return NONE;
        }
        let f = form(w);
        let Some(&h) = self.forms.get(w.stem_hash, f.stem, f.article) else { return NONE };
        if h.exact != NONE {
            h.exact
        } else if h.stripped != NONE && w.kind == WordKind::Arabic && w.split.conj == 0 && f.stem.chars().count() > 3 {
            h.stripped
        } else if h.alias != NONE && whole(w) == Some(self.keys[h.alias as usize].as_str()) {
            h.alias
        } else {
            NONE
        }
    }

    /// `bits::STARTERS` bits of the entries whose first word is Arabic word `w` (0 for most words), or
    /// `bits::AL` for ال alone before a number. Unlike `slot`, a word that is itself a first word of no
    /// starter category is still tried without a leading و/ف, and only when it has more than six bytes.
    ///
    /// Also returns the word's `slot` when the bits come from it (`NONE` when unknown): the scanners look up
    /// every candidate they start at, so `index` keeps it for them.
    #[inline(always)]
    fn mask(&self, words: &[Word], i: usize, w: &Word) -> (u32, u32) {
        let f = form(w);
        let (b, slot) = match self.starts.get(w.stem_hash, f.stem, f.article) {
            Some(&h) if h.article_alone && w.key == "ال" && words.get(i + 1).is_some_and(|n| n.kind == WordKind::Number) => return (bits::AL, NONE),
            Some(&h) => self.resolve_mask(w, h, f.stem),
            None => return (0, NONE),
        };
        if slot == NONE {
            (b, NONE)
        } else {
            (self.viable(words, i, slot), slot)
        }
    }

    /// `mask` of a word whose form is in `starts`, and the slot the bits come from when it is also the word's
    /// `slot` (`NONE` when it is not).
    #[inline(never)]
    fn resolve_mask(&self, w: &Word, h: Hit, f: &str) -> (u32, u32) {
        // `starts` holds starter slots only; `stripped` is set only on a form made of و/ف and a first word.
        if h.exact != NONE {
            (self.starter[h.exact as usize], h.exact)
        } else if h.stripped != NONE && w.split.conj == 0 && f.len() > 6 {
            (self.starter[h.stripped as usize], NONE)
        } else if h.alias != NONE && whole(w) == Some(self.keys[h.alias as usize].as_str()) {
            (self.starter[h.alias as usize], NONE)
        } else {
            (0, NONE)
        }
    }

    /// The starter bits of slot `s`, the slot of word `i`, from the entries that can match there: a phrase
    /// only when the next word is its second word. Every parser a bit lets run needs an entry of that
    /// category of the word's slot to match (alone, or as a phrase through `longest`), so a bit of phrases
    /// that cannot match starts nothing; the words that only have such bits ("ما" of "ما لا يقل عن", "هذا" of
    /// "هذا الأسبوع") are then no candidates at all.
    ///
    /// A number bit of ordinals alone starts only a day of the month, which an ordinal is only before من
    /// ("السادس من آب", "الحادي عشر من"): without من one or two words on, it is dropped.
    fn viable(&self, words: &[Word], i: usize, s: u32) -> u32 {
        let mut b = self.single[s as usize];
        if b & bits::NUM != 0 && self.ordinal[s as usize] && ![i + 1, i + 2].iter().any(|&j| words.get(j).is_some_and(|n| Lexicon::is(n, "من"))) {
            b &= !bits::NUM;
        }
        let phrases = &self.phrases[s as usize];
        if phrases.is_empty() {
            return b;
        }
        let Some(n) = words.get(i + 1).filter(|n| n.sentence == words[i].sentence) else { return b };
        // `Lexicon::is` of the next word against each second word.
        let (f, whole) = (form(n), whole(n));
        for (k, bit) in phrases {
            if b & bit == 0 && (f.is(k) || whole == Some(k.as_str())) {
                b |= bit;
            }
        }
        b
    }

    /// The one lookup per word that the scanners need: every word's starter bits (`bits::STARTERS`, and
    /// `DIGITS`/`AL`), and the indexes of the words with any bit: the only ones the scanners start at.
    pub fn index(&self, words: &[Word]) -> Index {
        let n = words.len();
        let mut cands = Vec::with_capacity(n / 8);
        let seen = vec![Cell::new(0); n];
        for (i, w) in words.iter().enumerate() {
            let b = match w.kind {
                WordKind::Arabic => {
                    let (b, slot) = self.mask(words, i, w);
                    if slot != NONE {
                        // A slot of `starts` (or `al_starts`) found by the word's own form is its `slot`:
                        // `starts` is `forms` cut to starter slots.
                        seen[i].set(slot + 1);
                    }
                    b
                }
                WordKind::Number => bits::DIGITS,
                _ => continue,
            };
            if b != 0 {
                cands.push((i as u32, b));
            }
        }
        Index { cands, seen }
    }

    /// Does word `w` spell the folded key `k` (up to proclitics)?
    pub fn is(w: &Word, k: &str) -> bool {
        form(w).is(k) || whole(w) == Some(k)
    }

    pub fn class_name(&self, class: u8) -> &str {
        &self.classes[class as usize]
    }
}

/// Per text: see `Lexicon::index`.
pub struct Index {
    /// The words with any bit, and their bits.
    pub cands: Vec<(u32, u32)>,
    /// Each word's slot once looked up, plus one (0 before; `NONE` stays `NONE`): the scanners look at the
    /// words near a candidate several times.
    seen: Vec<Cell<u32>>,
}

/// The words of a text with their entries: looked up once by `Lexicon::index`, or on demand.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub w: &'a [Word],
    slots: Option<&'a [Cell<u32>]>,
    pub lex: &'static Lexicon,
}

impl<'a> Words<'a> {
    pub fn indexed(w: &'a [Word], ix: &'a Index) -> Words<'a> {
        Words { w, slots: Some(&ix.seen), lex: Lexicon::global() }
    }

    pub fn lazy(w: &'a [Word]) -> Words<'a> {
        Words { w, slots: None, lex: Lexicon::global() }
    }

    /// `Lexicon::first` of word `j`.
    #[inline]
    pub fn first(&self, j: usize) -> &'static [Entry] {
        match self.slots {
            Some(s) => {
                let seen = s[j].get();
                let slot = if seen == 0 {
                    let slot = self.lex.slot(&self.w[j]);
                    s[j].set(if slot == NONE { NONE } else { slot + 1 });
                    slot
                } else if seen == NONE {
                    NONE
                } else {
                    seen - 1
                };
                self.lex.entries(slot)
            }
            None => self.lex.first(&self.w[j]),
        }
    }

    /// The longest entry starting at word `j` that satisfies `keep`; returns it with the index after its last
    /// word. Most words asked have no entry: inlined, they cost no call.
    #[inline]
    pub fn longest(&self, j: usize, keep: impl Fn(&Cat) -> bool) -> Option<(&'static Entry, usize)> {
        longest_in(self.first(j), self.w, j, keep)
    }
}

/// The longest of `entries` (those of word `i`) that satisfies `keep`, with the index after its last word.
#[inline]
pub fn longest_in<'a>(entries: &'a [Entry], words: &[Word], i: usize, keep: impl Fn(&Cat) -> bool) -> Option<(&'a Entry, usize)> {
    if entries.is_empty() {
        return None;
    }
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

/// The whole word when the clitic model split a clitic off a bare word: a letter it took for a clitic may
/// belong to the word (فيفري is no ف + يفري).
#[inline]
fn whole(w: &Word) -> Option<&str> {
    (w.kind == WordKind::Arabic && w.split.conj + w.split.prep + w.split.enclitic > 0 && w.split.article == 0).then_some(w.key.as_str())
}

/// The word as vocabulary entries spell it: the stem with its article when it has one, without conjunction,
/// preposition or enclitic pronoun ("وبالخميس" → ال + "خميس", "وأمس" → "امس"). The stem and the flag, not
/// the joined string: a لل word does not write the alef of its article, and the one per-word lookup must not
/// build strings or branch on the word's clitics.
#[derive(Clone, Copy)]
pub struct Form<'a> {
    pub article: bool,
    pub stem: &'a str,
}

impl Form<'_> {
    /// Does this form spell vocabulary key `k`?
    #[inline]
    pub fn is(self, k: &str) -> bool {
        if self.article {
            k.len() == "ال".len() + self.stem.len() && k.starts_with("ال") && &k["ال".len()..] == self.stem
        } else {
            k == self.stem
        }
    }
}

#[inline(always)]
pub fn form(w: &Word) -> Form<'_> {
    Form { article: w.split.article > 0, stem: w.bare.as_str() }
}
