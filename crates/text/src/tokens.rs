//! Pre-tokenization into words (Arabic, Latin, numbers, punctuation) and clitic segmentation of Arabic words
//! into tokens. Every word and token carries code point offsets into the original text.

use crate::clitics::{CliticModel, Split};
use crate::normalize::{fold_char, is_diacritic_or_tatweel, is_invisible, Fold, Folded};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Arabic,
    Latin,
    Number,
    Punct,
}

/// The role of one clitic segment inside its word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// و or ف.
    Conjunction,
    /// ب ل ك.
    Preposition,
    /// س before an imperfect verb.
    Future,
    /// ال, or the ل of لل.
    Article,
    /// The word itself (every word has exactly one).
    Stem,
    /// A pronoun suffix.
    Enclitic,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub kind: WordKind,
    /// Lookup key of the whole word (`Fold::KEY`).
    pub key: String,
    /// Lookup key of the stem alone: no proclitics, article or enclitic ("وبالهجوم" → "هجوم").
    pub bare: String,
    /// `hash_bytes` of `bare`, computed once here while the stem is in cache: a vocabulary lookup of a later
    /// stage starts from it and reads the string only to confirm a hit (spaCy keeps a hash per token the
    /// same way).
    pub stem_hash: u64,
    /// Start of the word without its conjunction and preposition: where a name's surface begins, ال included
    /// ("وبالعراق" → the offset of "العراق").
    pub body_start: usize,
    /// End of the word without its enclitic pronoun.
    pub body_end: usize,
    pub split: Split,
    /// The word ends in ة (its key folds it to ه, which must not be read as the pronoun ه).
    pub taa_final: bool,
    /// Index of the sentence this word belongs to.
    pub sentence: usize,
    /// Range of this word's tokens in `Analysis::tokens`.
    pub tokens: std::ops::Range<usize>,
}

/// Hash of a byte string, eight bytes at a time (FxHash's step), then avalanched (murmur3's fmix64) so that
/// every bit depends on every byte. `Word::stem_hash` is this hash of the stem; later stages key their
/// per-word tables by it (the tagger's features, the number and date vocabulary).
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("eight bytes"))).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = (h.rotate_left(5) ^ tail_le(rest)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The one to seven bytes of `b` as a little-endian number (zero above them), in two overlapping reads
/// instead of a copy into a padded buffer: this runs on every word of a text.
#[inline(always)]
fn tail_le(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        lo | hi << ((n - 4) * 8)
    } else if n >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]) as u64;
        let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]) as u64;
        lo | hi << ((n - 2) * 8)
    } else {
        b.first().map_or(0, |&x| x as u64)
    }
}

impl Word {
    pub fn has_article(&self) -> bool {
        self.split.article > 0
    }
    pub fn is_arabic(&self) -> bool {
        self.kind == WordKind::Arabic
    }
    /// The preposition written as a proclitic (ب، ل، ك), not the future marker س.
    pub fn preposition_clitic(&self) -> Option<char> {
        if self.split.prep == 0 || self.split.future {
            return None;
        }
        self.key.chars().nth(self.split.conj as usize)
    }
}

#[inline]
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

#[inline]
fn is_word_mark(c: char) -> bool {
    is_diacritic_or_tatweel(c) || c == '\u{200C}' || c == '\u{200D}'
}

#[inline]
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

#[inline]
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && (c as u32) < 0x0590) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Split `chars` into words: maximal runs of Arabic letters (with their diacritics), of Latin letters, of digits
/// (with separators between digits: 1,500 3.5 ٣٫٥), and single punctuation or symbol characters.
pub fn pre_tokenize(chars: &[char]) -> Vec<(usize, usize, WordKind)> {
    let mut out = Vec::with_capacity(chars.len() / 5);
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() || is_invisible(c) || c.is_control() {
            i += 1;
            continue;
        }
        let start = i;
        let kind = if is_arabic_letter(c) {
            i += 1;
            while i < n && (is_arabic_letter(chars[i]) || is_word_mark(chars[i])) {
                i += 1;
            }
            WordKind::Arabic
        } else if is_digit(c) {
            i += 1;
            while i < n {
                if is_digit(chars[i]) {
                    i += 1;
                } else if matches!(chars[i], '.' | ',' | '٫' | '٬') && i + 1 < n && is_digit(chars[i + 1]) {
                    i += 2;
                } else {
                    break;
                }
            }
            WordKind::Number
        } else if is_latin(c) {
            i += 1;
            while i < n && (is_latin(chars[i]) || chars[i].is_ascii_digit() || (chars[i] == '\'' && i + 1 < n && is_latin(chars[i + 1]))
                || ((chars[i] == '-' || chars[i] == '.') && i + 1 < n && is_latin(chars[i + 1]) && chars[i - 1] != '.'))
            {
                i += 1;
            }
            WordKind::Latin
        } else if is_word_mark(c) {
            // A stray diacritic or tatweel outside a word ("الـ6"): attach it to nothing, as punctuation.
            i += 1;
            WordKind::Punct
        } else {
            i += 1;
            WordKind::Punct
        };
        out.push((start, i, kind));
    }
    out
}

/// Build the word and its clitic tokens. `tokens` receives the segments.
pub fn make_word(chars: &[char], start: usize, end: usize, kind: WordKind, sentence: usize, tokens: &mut Vec<Token>) -> Word {
    let first_token = tokens.len();
    if kind != WordKind::Arabic {
        let mut key = String::with_capacity((end - start) * 2);
        for &c in &chars[start..end] {
            push_fold(&mut key, c, Fold::KEY);
        }
        tokens.push(Token { start, end, kind: TokenKind::Stem });
        return Word { start, end, kind, stem_hash: hash_bytes(key.as_bytes()), bare: key.clone(), key, body_start: start, body_end: end, split: Split::default(), taa_final: false, sentence, tokens: first_token..tokens.len() };
    }
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        let (seg, at) = &mut *s;
        arabic_word(chars, start, end, sentence, tokens, seg, at)
    })
}

thread_local! {
    static SCRATCH: std::cell::RefCell<(Vec<char>, Vec<usize>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

#[allow(clippy::too_many_arguments)]
fn arabic_word(chars: &[char], start: usize, end: usize, sentence: usize, tokens: &mut Vec<Token>, seg: &mut Vec<char>, at: &mut Vec<usize>) -> Word {
    let first_token = tokens.len();
    let kind = WordKind::Arabic;
    // Fold with ة kept, remembering where each folded character came from.
    seg.clear();
    at.clear();
    for (i, &c) in chars[start..end].iter().enumerate() {
        match fold_char(c, Fold::SEGMENT) {
            Folded::Drop => {}
            Folded::One(x) => {
                seg.push(x);
                at.push(start + i);
            }
            Folded::Many(v) => {
                for x in v {
                    seg.push(x);
                    at.push(start + i);
                }
            }
        }
    }
    if seg.is_empty() {
        // Only marks (a presentation-form tatweel with tanwin, say): one token, no letters to match.
        tokens.push(Token { start, end, kind: TokenKind::Stem });
        return Word { start, end, kind, key: String::new(), bare: String::new(), stem_hash: hash_bytes(b""), body_start: start, body_end: end, split: Split::default(), taa_final: false, sentence, tokens: first_token..tokens.len() };
    }
    // The key folds ة to ه (KEY form); the split reads the SEGMENT form, where ة is kept.
    let mut key = String::with_capacity(seg.iter().map(|c| c.len_utf8()).sum());
    key.extend(seg.iter().map(|&c| if c == 'ة' { 'ه' } else { c }));
    let mut split = CliticModel::global().split_cached(seg);
    // The future marker before an alef needs the hamza of the first person written: "سأعلن" is "I will announce",
    // "ساعدتنا"، "ساهم"، "سالفيني" keep their س (the folded form has lost the difference).
    let after_future = split.conj as usize + 1;
    if split.future && seg.get(after_future) == Some(&'ا') && at.get(after_future).is_some_and(|&i| chars[i] == 'ا') {
        split = CliticModel::global().split_bare_alef(seg);
    }
    // Original offset where folded position p begins (diacritics stay with the letter before them; marks before
    // the first letter, such as a superscript alef, belong to the first token, so that the tokens tile the word).
    let orig = |p: usize| if p == 0 { start } else if p < at.len() { at[p] } else { end };
    let mut p = 0usize;
    // A clitic boundary inside one original character (a ligature: ﻷ is ل + أ, ﷷ is عليه) is no token boundary:
    // the segment that would be empty there joins the next token, and the stem's kind goes with it.
    let mut stem_pending = false;
    let mut push = |len: usize, kind: TokenKind, p: &mut usize, tokens: &mut Vec<Token>| {
        if len == 0 {
            return;
        }
        let (s, e) = (orig(*p), orig(*p + len));
        *p += len;
        if s == e {
            stem_pending |= kind == TokenKind::Stem;
            return;
        }
        let kind = if std::mem::take(&mut stem_pending) { TokenKind::Stem } else { kind };
        tokens.push(Token { start: s, end: e, kind });
    };
    push(split.conj as usize, TokenKind::Conjunction, &mut p, tokens);
    push(split.prep as usize, if split.future { TokenKind::Future } else { TokenKind::Preposition }, &mut p, tokens);
    let body_start = orig(p);
    push(split.article as usize, TokenKind::Article, &mut p, tokens);
    let stem_len = seg.len() - p - split.enclitic as usize;
    let bare_from = p;
    push(stem_len, TokenKind::Stem, &mut p, tokens);
    let body_end = orig(p);
    push(split.enclitic as usize, TokenKind::Enclitic, &mut p, tokens);
    // Past the last segment, an empty stem's kind goes to the last token.
    if stem_pending {
        if let Some(t) = tokens[first_token..].last_mut() {
            t.kind = TokenKind::Stem;
        }
    }
    let stem = &seg[bare_from..bare_from + stem_len];
    let mut bare = String::with_capacity(stem.iter().map(|c| c.len_utf8()).sum());
    bare.extend(stem.iter().map(|&c| if c == 'ة' { 'ه' } else { c }));
    Word { start, end, kind, key, stem_hash: hash_bytes(bare.as_bytes()), bare, body_start, body_end, split, taa_final: seg.last() == Some(&'ة'), sentence, tokens: first_token..tokens.len() }
}

#[inline]
fn push_fold(out: &mut String, c: char, f: Fold) {
    match fold_char(c, f) {
        Folded::Drop => {}
        Folded::One(x) => out.push(x),
        Folded::Many(v) => out.extend(v),
    }
}

#[cfg(test)]
mod tests {
    use super::{hash_bytes, tail_le};

    #[test]
    fn tail_reads_match_a_zero_padded_copy() {
        let bytes: Vec<u8> = "وبالخميس 3.5".bytes().collect();
        for n in 0..8 {
            for from in 0..bytes.len() - n {
                let b = &bytes[from..from + n];
                let mut x = [0u8; 8];
                x[..n].copy_from_slice(b);
                assert_eq!(tail_le(b), u64::from_le_bytes(x), "{b:?}");
            }
        }
    }

    #[test]
    fn future_marker_before_alef_needs_the_hamza() {
        // ANT and eval/news: "وقالت إن الدول ساعدتنا"، "ساهم في"، "وزير الداخلية الإيطالي ماتيو سالفيني" carry a
        // root س; "سأعلن"، "سأكون" the future of the first person.
        // "سأله" is "he asked him" (data/text/no_split.txt: سأل), "سألتقي" the future "I will meet".
        let a = crate::analyze("ساعدتنا وساهم سالفيني سانا سأعلن وسأكون سيعقد سأله سألها سألته وسألني سألتقي");
        let fut: Vec<bool> = a.words.iter().map(|w| w.split.future).collect();
        assert_eq!(fut, [false, false, false, false, true, true, true, false, false, false, false, true]);
        assert_eq!(a.words[0].bare, "ساعدت", "ساعدتنا: ساعدت + نا");
    }

    #[test]
    fn every_word_carries_the_hash_of_its_stem() {
        // The tagger's features and the numtime tables key on these values.
        let a = crate::analyze("وقال الرئيس إلهام علييف أمس الأربعاء إن 6500 قتيل سقطوا في حرب 2020.");
        assert!(a.words.len() > 8);
        for w in &a.words {
            assert_eq!(w.stem_hash, hash_bytes(w.bare.as_bytes()), "{}", w.bare);
        }
        assert_ne!(hash_bytes("امس".as_bytes()), hash_bytes("امسي".as_bytes()));
    }
}
