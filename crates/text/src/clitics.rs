//! Clitic segmentation of Arabic words: proclitics (و ف ب ل ك س ال لل and their combinations) and enclitic
//! pronouns (ه ها هم هما هن ك كم كن ي نا).
//!
//! Conservative by design. A clitic is split only when corpus statistics say the remainder is a word in its own
//! right and more so than the whole form (see `data/text/clitics.tsv` for the rule and its ratios). Words in
//! `data/text/no_split.txt` are never split. So "واتهمت" is و + اتهمت, while "وليد", "بغداد" and "باكو" stay whole.

use crate::normalize::key;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const WORDFREQ: &str = include_str!("../../../data/text/wordfreq.tsv");
const CLITICS: &str = include_str!("../../../data/text/clitics.tsv");
const NO_SPLIT: &str = include_str!("../../../data/text/no_split.txt");

use crate::data::{Col, Schema};

const CLITIC_KINDS: &[&str] = &["proclitic", "future", "future_ending", "enclitic", "short_host"];
/// The text layer's data files and their schemas (abbreviations.txt is read by the sentence splitter).
pub(crate) const DATA_FILES: [(Schema, &str); 4] = [
    (Schema { file: "data/text/wordfreq.tsv", columns: &[("word", Col::Text), ("count", Col::Int)], required: 2 }, WORDFREQ),
    (
        Schema {
            file: "data/text/clitics.tsv",
            columns: &[("kind", Col::OneOf(CLITIC_KINDS)), ("form", Col::Text), ("ratio", Col::OptNumber), ("note", Col::Note)],
            required: 2,
        },
        CLITICS,
    ),
    (Schema { file: "data/text/no_split.txt", columns: &[("word", Col::Text)], required: 1 }, NO_SPLIT),
    (Schema { file: "data/text/abbreviations.txt", columns: &[("abbreviation", Col::Text)], required: 1 }, crate::sentences::ABBREVIATIONS),
];

/// Write the lookup key of `chars` (already SEGMENT-folded) after `prefix`: only ة remains to fold.
#[inline]
fn fill(buf: &mut String, prefix: &str, chars: &[char]) {
    buf.clear();
    buf.push_str(prefix);
    buf.extend(chars.iter().map(|&c| if c == 'ة' { 'ه' } else { c }));
}

/// Slots of the per-thread split memo (a power of two; 32 bytes each).
const MEMO_SLOTS: usize = 1 << 16;
/// Longest word, in code points, that the memo holds.
const MEMO_KEY: usize = 26;

#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct MemoSlot {
    /// Code points of the word; 0 for an empty slot.
    len: u8,
    /// conj, prep, article, enclitic, future.
    split: [u8; 5],
    /// Each code point minus U+0600.
    key: [u8; MEMO_KEY],
}

impl MemoSlot {
    const EMPTY: MemoSlot = MemoSlot { len: 0, split: [0; 5], key: [0; MEMO_KEY] };

    fn new(len: u8, key: [u8; MEMO_KEY], s: Split) -> MemoSlot {
        MemoSlot { len, split: [s.conj, s.prep, s.article, s.enclitic, s.future as u8], key }
    }

    fn split(&self) -> Split {
        let [conj, prep, article, enclitic, future] = self.split;
        Split { conj, prep, article, enclitic, future: future != 0 }
    }
}

thread_local! {
    static MEMO: std::cell::RefCell<Vec<MemoSlot>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Hash, length and packed bytes of a word for the memo, when every code point is in the Arabic block
/// (U+0600-U+06FF) and the word fits a slot. Unused key bytes are zero, so equal words give equal keys.
#[inline]
fn memo_key(w: &[char]) -> Option<(usize, u8, [u8; MEMO_KEY])> {
    if w.is_empty() || w.len() > MEMO_KEY {
        return None;
    }
    let mut key = [0u8; MEMO_KEY];
    let mut h: u64 = w.len() as u64;
    for (k, &c) in key.iter_mut().zip(w) {
        let d = (c as u32).wrapping_sub(0x0600);
        if d > 0xFF {
            return None;
        }
        *k = d as u8;
        h = (h.rotate_left(5) ^ d as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    Some(((h >> 32) as usize ^ h as usize, w.len() as u8, key))
}

/// Smallest corpus count for a remainder to count as a word.
const MIN_COUNT: u32 = 3;

/// How a folded word divides: lengths, in folded characters, of each part from the left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    /// و or ف.
    pub conj: u8,
    /// ب ل ك (preposition) or س (future).
    pub prep: u8,
    /// The article: 2 for ال, 1 for the ل of لل (whose alef is not written).
    pub article: u8,
    /// Enclitic pronoun length at the end.
    pub enclitic: u8,
    /// True when `prep` is the future marker س.
    pub future: bool,
}

pub struct CliticModel {
    freq: FxHashMap<String, u32>,
    proclitic_ratio: FxHashMap<char, f64>,
    future_ratio: f64,
    /// Endings of the imperfect (dual ان, plural ون) read off a word after the future marker when the word as
    /// written is rare: "سيحاكمان" is س + يحاكمان, counted as يحاكم.
    future_endings: Vec<Vec<char>>,
    /// Longest first.
    enclitics: Vec<(Vec<char>, f64)>,
    no_split: FxHashSet<String>,
    /// Two-letter words that take enclitic pronouns (منه، فيه).
    short_hosts: FxHashSet<String>,
}

impl CliticModel {
    pub fn global() -> &'static CliticModel {
        static M: OnceLock<CliticModel> = OnceLock::new();
        M.get_or_init(CliticModel::load)
    }

    fn load() -> CliticModel {
        DATA_FILES.iter().for_each(|(schema, text)| schema.check(text));
        let mut freq = FxHashMap::default();
        freq.reserve(100_000);
        for line in WORDFREQ.lines().filter(|l| !l.starts_with('#')) {
            if let Some((w, c)) = line.split_once('\t') {
                freq.insert(w.to_string(), c.trim().parse().unwrap_or(0));
            }
        }
        let mut m = CliticModel { freq, proclitic_ratio: FxHashMap::default(), future_ratio: 1.0, future_endings: vec![], enclitics: vec![], no_split: FxHashSet::default(), short_hosts: FxHashSet::default() };
        for line in CLITICS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (kind, form, ratio) = (cols[0], key(cols[1]), cols.get(2).and_then(|r| r.trim().parse().ok()).unwrap_or(1.0));
            match kind {
                "proclitic" => {
                    if let Some(c) = form.chars().next() {
                        m.proclitic_ratio.insert(c, ratio);
                    }
                }
                "future" => m.future_ratio = ratio,
                "future_ending" => m.future_endings.push(form.chars().collect()),
                "enclitic" => m.enclitics.push((form.chars().collect(), ratio)),
                "short_host" => {
                    m.short_hosts.insert(form.clone());
                }
                _ => {}
            }
        }
        m.enclitics.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        m.no_split = NO_SPLIT.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(key).collect();
        m
    }

    /// Corpus count of a folded form (0 when unseen or rare).
    pub fn count(&self, w: &str) -> u32 {
        self.freq.get(w).copied().unwrap_or(0)
    }

    fn count_chars(&self, w: &[char], buf: &mut String) -> u32 {
        fill(buf, "", w);
        self.count(buf)
    }

    /// Evidence that `w` is a word of its own: its count plus the count of its form with the article.
    fn lexeme_count(&self, w: &[char], buf: &mut String) -> u32 {
        fill(buf, "", w);
        let own = self.count(buf);
        fill(buf, "ال", w);
        own + self.count(buf)
    }

    fn protected(&self, w: &[char], buf: &mut String) -> bool {
        fill(buf, "", w);
        self.no_split.contains(buf.as_str())
    }

    fn accept(&self, ratio: f64, whole: &[char], rest: &[char], buf: &mut String) -> bool {
        if rest.len() < 2 || self.protected(whole, buf) {
            return false;
        }
        // A protected word keeps its first letter when it carries a pronoun too: لدينا = لدى + نا, not ل + دينا.
        for (suf, _) in &self.enclitics {
            if whole.len() > suf.len() + 1 && whole.ends_with(suf) && self.protected(&whole[..whole.len() - suf.len()], buf) {
                return false;
            }
        }
        // An article after the proclitic (وال، بال، كال، فال) settles it: the article needs a noun after it.
        if rest.len() >= 4 && rest[0] == 'ا' && rest[1] == 'ل' && !self.protected(rest, buf) {
            return true;
        }
        let r = self.count_chars(rest, buf).max(self.stem_count(rest, buf));
        r >= MIN_COUNT && r as f64 >= ratio * self.lexeme_count(whole, buf) as f64
    }

    /// The future marker before an imperfect whose written form is rare but whose form without the dual or plural
    /// ending is a word: "سيحاكمان" (يحاكم)، "سيعرضان" (يعرض)، "سينقلبون" (ينقلب). The stem left must keep the
    /// imperfect prefix and three letters more, so that names in س (سنديان، سيدكان) stay whole.
    fn accept_inflected_future(&self, whole: &[char], buf: &mut String) -> bool {
        if self.protected(whole, buf) {
            return false;
        }
        let rest = &whole[1..];
        let r = self.future_endings.iter().filter(|e| rest.len() >= e.len() + 4 && rest.ends_with(e)).map(|e| self.count_chars(&rest[..rest.len() - e.len()], buf)).max().unwrap_or(0);
        r >= MIN_COUNT && r as f64 >= self.future_ratio * self.lexeme_count(whole, buf) as f64
    }

    /// Count of `rest`, or of its base when it carries an enclitic pronoun ("بلاده" counts as "بلاد").
    fn stem_count(&self, rest: &[char], buf: &mut String) -> u32 {
        let mut best = 0;
        for (suf, _) in &self.enclitics {
            if rest.len() >= suf.len() + 2 && rest.ends_with(suf) {
                best = best.max(self.count_chars(&rest[..rest.len() - suf.len()], buf));
            }
        }
        best
    }

    /// `split` through a per-thread memo: news vocabulary is Zipfian, so most words are decided once.
    /// `w` is the word in `Fold::SEGMENT` form.
    ///
    /// The memo is a direct-mapped cache whose slots hold the word itself (one byte per code point of the Arabic
    /// block) next to its split, so a lookup touches one cache line and no heap string. A slot holds the last word
    /// that hashed there; `split` is a pure function, so what the cache keeps never changes a result.
    pub fn split_cached(&self, w: &[char]) -> Split {
        let Some((h, len, bytes)) = memo_key(w) else {
            return self.split(w); // long or non-Arabic-block words are rare: no memo
        };
        MEMO.with(|m| {
            let mut memo = m.borrow_mut();
            if memo.is_empty() {
                memo.resize(MEMO_SLOTS, MemoSlot::EMPTY);
            }
            let slot = &mut memo[h & (MEMO_SLOTS - 1)];
            if slot.len == len && slot.key == bytes {
                return slot.split();
            }
            let s = self.split(w);
            *slot = MemoSlot::new(len, bytes, s);
            s
        })
    }

    /// Split one Arabic word given in `Fold::SEGMENT` form (key folding with ة kept, so that the taa marbuta of
    /// "دولة" is never taken for the pronoun ه of "بلاده").
    pub fn split(&self, w: &[char]) -> Split {
        self.split_with(w, true)
    }

    /// `split` of a word whose alef after an initial س is written bare in the text: that alef is no first-person
    /// prefix أ, so the س is a root letter (ساعدتنا، ساهم، سالفيني، سانا), not the future marker of "سأعلن". The
    /// folded form alone cannot tell them apart (SEGMENT folds أ to ا); the tokenizer asks this where it can.
    pub fn split_bare_alef(&self, w: &[char]) -> Split {
        self.split_with(w, false)
    }

    fn split_with(&self, w: &[char], future_alef: bool) -> Split {
        let mut s = Split::default();
        let mut buf = String::with_capacity(32);
        if w.len() < 3 || self.protected(w, &mut buf) {
            return s;
        }
        let mut pos = 0usize;
        if matches!(w[0], 'و' | 'ف') && self.accept(self.proclitic_ratio[&w[0]], w, &w[1..], &mut buf) {
            pos = 1;
            s.conj = 1;
        }
        let rest = &w[pos..];
        if rest.len() >= 3 {
            let c = rest[0];
            if c == 'ل' && rest[1] == 'ل' && rest.len() >= 4 && !self.protected(rest, &mut buf) {
                // لل + noun: the preposition ل and the article whose alef is dropped (للجيش = ل + الجيش).
                fill(&mut buf, "ال", &rest[2..]);
                if self.count(&buf) >= MIN_COUNT || self.count_chars(rest, &mut buf) < MIN_COUNT {
                    s.prep = 1;
                    s.article = 1;
                    pos += 2;
                }
            } else if matches!(c, 'ب' | 'ل' | 'ك') && self.accept(self.proclitic_ratio[&c], rest, &rest[1..], &mut buf) {
                s.prep = 1;
                pos += 1;
            } else if c == 'س'
                && (matches!(rest[1], 'ي' | 'ت' | 'ن') || rest[1] == 'ا' && future_alef)
                && rest.len() >= 4
                && (self.accept(self.future_ratio, rest, &rest[1..], &mut buf) || self.accept_inflected_future(rest, &mut buf))
            {
                s.prep = 1;
                s.future = true;
                pos += 1;
            }
        }
        let rest = &w[pos..];
        if s.article == 0 && rest.len() >= 4 && rest[0] == 'ا' && rest[1] == 'ل' && !self.protected(rest, &mut buf) {
            s.article = 2;
            pos += 2;
        }
        if s.article == 0 && !s.future {
            s.enclitic = self.enclitic(&w[pos..], &mut buf);
        }
        s
    }

    fn enclitic(&self, stem: &[char], buf: &mut String) -> u8 {
        if self.protected(stem, buf) {
            return 0;
        }
        let whole = self.count_chars(stem, buf) as f64;
        for (suf, ratio) in &self.enclitics {
            if stem.len() < suf.len() + 2 || !stem.ends_with(suf) {
                continue;
            }
            let base = &stem[..stem.len() - suf.len()];
            if base.len() == 2 && !self.short_hosts.contains(&base.iter().map(|&c| if c == 'ة' { 'ه' } else { c }).collect::<String>()) {
                continue;
            }
            let mut b = self.count_chars(base, buf);
            // Taa marbuta is written ت before a pronoun: حكومته = حكومة + ه.
            if b < MIN_COUNT && base.last() == Some(&'ت') {
                fill(buf, "", &base[..base.len() - 1]);
                buf.push('ه');
                b = self.count(buf);
            }
            if b >= MIN_COUNT && b as f64 >= ratio * whole {
                return suf.len() as u8;
            }
        }
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(word: &str) -> Vec<String> {
        let k: Vec<char> = crate::normalize::normalize(word, crate::Fold::SEGMENT).chars().collect();
        let s = CliticModel::global().split(&k);
        let mut out = vec![];
        let mut p = 0usize;
        for n in [s.conj, s.prep, s.article] {
            if n > 0 {
                out.push(k[p..p + n as usize].iter().collect());
                p += n as usize;
            }
        }
        let e = k.len() - s.enclitic as usize;
        out.push(k[p..e].iter().collect());
        if s.enclitic > 0 {
            out.push(k[e..].iter().collect());
        }
        out
    }

    #[test]
    fn splits_conjunction_from_verbs() {
        // Seed: "واتهمت القوات الموالية لأرمينيا", "وقالت أذربيجان".
        assert_eq!(parts("واتهمت"), ["و", "اتهمت"]);
        assert_eq!(parts("وقالت"), ["و", "قالت"]);
        assert_eq!(parts("وقال"), ["و", "قال"]);
    }

    #[test]
    fn keeps_names_and_lexemes_whole() {
        for w in ["باكو", "بغداد", "وليد", "فلسطين", "كابل", "كان", "كما", "وزير", "بحث", "الله", "إلى"] {
            assert_eq!(parts(w).len(), 1, "{w} was split: {:?}", parts(w));
        }
    }

    #[test]
    fn splits_article_and_preposition_chains() {
        // Seed: "بانتهاك وقف إطلاق النار", "لأرمينيا"; ANT: "وبالتالي", "للجيش".
        assert_eq!(parts("بانتهاك"), ["ب", "انتهاك"]);
        assert_eq!(parts("لأرمينيا"), ["ل", "ارمينيا"]);
        assert_eq!(parts("وبالهجوم"), ["و", "ب", "ال", "هجوم"]);
        assert_eq!(parts("للجيش"), ["ل", "ل", "جيش"]);
        assert_eq!(parts("فللمرة"), ["ف", "ل", "ل", "مرة"]);
        assert_eq!(parts("دولة").len(), 1);
    }

    #[test]
    fn splits_enclitic_pronouns() {
        // Seed: "مخاوفه", "بلادها", "لدينا", "جانبه"; ANT: "حكومته".
        assert_eq!(parts("مخاوفه"), ["مخاوف", "ه"]);
        assert_eq!(parts("بلادها"), ["بلاد", "ها"]);
        assert_eq!(parts("لدينا"), ["لدي", "نا"]);
        assert_eq!(parts("حكومته"), ["حكومت", "ه"]);
        assert_eq!(parts("روسي").len(), 1);
        // ANT: "اتهم" is a verb, not ات + هم; "منهم" and "عنها" carry pronouns.
        assert_eq!(parts("اتهم").len(), 1);
        assert_eq!(parts("منهم"), ["من", "هم"]);
        assert_eq!(parts("عنها"), ["عن", "ها"]);
    }

    #[test]
    fn future_marker_before_imperfect() {
        // ANT: "سيعقد الاجتماع", but "سوريا" and "سيارة" are words.
        assert_eq!(parts("سيعقد"), ["س", "يعقد"]);
        assert_eq!(parts("سوريا").len(), 1);
        assert_eq!(parts("سيارة").len(), 1);
        // A dual or plural imperfect rarer than its singular: "وتؤكد أثينا أنهما سيحاكمان بتهمة التجسس".
        assert_eq!(parts("سيحاكمان"), ["س", "يحاكمان"]);
        assert_eq!(parts("سينقلبون"), ["س", "ينقلبون"]);
        assert_eq!(parts("سنديان").len(), 1);
        assert_eq!(parts("سيدكان").len(), 1);
    }
}
