//! Character-level normalization for matching, with an alignment back to the original text.
//!
//! Every normalized character remembers the code point offset of the original character it came from, the way
//! Hugging Face `NormalizedString` does, so a span found in normalized text maps back to the source exactly.

use unicode_normalization::UnicodeNormalization;

/// What to fold beyond the always-on steps (NFKC of compatibility forms, alef variants, alef maqsura, tatweel,
/// diacritics, invisible controls, digits, Arabic punctuation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// ة → ه (spelling of taa marbuta varies across outlets).
    pub taa_marbuta: bool,
    /// ؤ → و, ئ → ي (hamza seats vary across outlets and transliterations).
    pub hamza_seats: bool,
    /// ASCII A-Z → a-z.
    pub lowercase: bool,
}

impl Fold {
    /// The light form: what `normalize` applies to running text.
    pub const TEXT: Fold = Fold { taa_marbuta: false, hamza_seats: false, lowercase: false };
    /// The key form used by every lexicon lookup (gazetteers, triggers, clitic statistics).
    pub const KEY: Fold = Fold { taa_marbuta: true, hamza_seats: true, lowercase: true };
    /// The key form with ة kept: what clitic segmentation reads (ة ends a noun, ه may be a pronoun).
    pub const SEGMENT: Fold = Fold { taa_marbuta: false, hamza_seats: true, lowercase: true };
}

/// Result of folding one character: nothing, one character, or (rarely) an NFKC expansion.
pub enum Folded {
    Drop,
    One(char),
    Many(Vec<char>),
}

/// True for Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel.
#[inline]
pub fn is_diacritic_or_tatweel(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// Zero-width, bidi and other invisible format characters that carry no letters.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' | '\u{061C}' | '\u{00AD}' | '\u{180E}')
}

#[inline]
fn fold_simple(c: char, f: Fold) -> Option<Folded> {
    let r = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ە' => 'ه',
        'ة' if f.taa_marbuta => 'ه',
        'ؤ' if f.hamza_seats => 'و',
        'ئ' if f.hamza_seats => 'ي',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '٫' => '.',
        '٬' => ',',
        '٪' => '%',
        'A'..='Z' if f.lowercase => c.to_ascii_lowercase(),
        _ => {
            if is_diacritic_or_tatweel(c) || is_invisible(c) {
                return Some(Folded::Drop);
            }
            return None;
        }
    };
    Some(Folded::One(r))
}

/// Bit `c - U+0621` is set for the letters U+0621-U+064A that every `Fold` leaves as they are: all but
/// آ أ ؤ إ ئ (U+0622-U+0626), ة (U+0629), tatweel (U+0640) and ى (U+0649).
const UNCHANGED_ARABIC: u64 = ((1u64 << 42) - 1) & !(0b11111 << 1) & !(1 << 8) & !(1 << 0x1F) & !(1 << 0x28);

/// Fold one character. Compatibility characters (Arabic presentation forms, ligatures, full-width forms, odd spaces)
/// go through NFKC first, then every resulting character is folded again, so the result is a fixed point.
pub fn fold_char(c: char, f: Fold) -> Folded {
    // Most characters of Arabic news are base letters that no fold changes: answer them with one mask test.
    let d = (c as u32).wrapping_sub(0x0621);
    if d < 42 && (UNCHANGED_ARABIC >> d) & 1 == 1 {
        return Folded::One(c);
    }
    if c.is_ascii() {
        return if f.lowercase && c.is_ascii_uppercase() { Folded::One(c.to_ascii_lowercase()) } else { Folded::One(c) };
    }
    if let Some(r) = fold_simple(c, f) {
        return r;
    }
    // Arabic base block letters are already NFKC-stable: skip the decomposition tables on the hot path.
    if ('\u{0621}'..='\u{064A}').contains(&c) {
        return Folded::One(c);
    }
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    let mut out = Vec::new();
    let mut changed = false;
    for d in s.nfkc() {
        if d != c {
            changed = true;
        }
        out.push(d);
    }
    if !changed {
        return Folded::One(c);
    }
    let mut folded = Vec::with_capacity(out.len());
    for d in out {
        // NFKC output is stable under NFKC; one more simple fold (alef, digits, marks) makes it a fixed point.
        match fold_simple(d, f) {
            Some(Folded::Drop) => {}
            Some(Folded::One(x)) => folded.push(x),
            _ => folded.push(d),
        }
    }
    match folded.len() {
        0 => Folded::Drop,
        1 => Folded::One(folded[0]),
        _ => Folded::Many(folded),
    }
}

/// Normalized text with, for each of its characters, the offset of the original character it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `align[i]` is the code point offset in the original of the `i`-th normalized character.
    pub align: Vec<usize>,
    /// Number of code points in the original.
    pub original_len: usize,
}

impl Normalized {
    /// Map a span of normalized characters `[start, end)` back to the original code point span.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.align.len() {
            let p = self.align.get(start).copied().unwrap_or(self.original_len);
            return (p, p);
        }
        let s = self.align[start];
        let e = if end < self.align.len() { self.align[end] } else { self.original_len };
        // Dropped characters (diacritics) between the last kept character and the next one belong to the span.
        (s, e.max(s + 1))
    }
}

/// Normalize `text` and keep the alignment.
pub fn normalize_aligned(text: &str, f: Fold) -> Normalized {
    let mut out = Normalized { text: String::with_capacity(text.len()), align: Vec::with_capacity(text.len()), original_len: 0 };
    for (i, c) in text.chars().enumerate() {
        out.original_len = i + 1;
        match fold_char(c, f) {
            Folded::Drop => {}
            Folded::One(x) => {
                out.text.push(x);
                out.align.push(i);
            }
            Folded::Many(v) => {
                for x in v {
                    out.text.push(x);
                    out.align.push(i);
                }
            }
        }
    }
    out
}

/// Normalize without alignment (for lexicon keys and lookups).
pub fn normalize(text: &str, f: Fold) -> String {
    let mut s = String::with_capacity(text.len());
    push_folded(&mut s, text.chars(), f);
    s
}

/// Append the folded form of `chars` to `out`.
#[inline]
pub fn push_folded(out: &mut String, chars: impl Iterator<Item = char>, f: Fold) {
    for c in chars {
        match fold_char(c, f) {
            Folded::Drop => {}
            Folded::One(x) => out.push(x),
            Folded::Many(v) => out.extend(v),
        }
    }
}

/// The lookup key of a word or phrase: full folding, whitespace collapsed to single spaces.
pub fn key(text: &str) -> String {
    let n = normalize(text, Fold::KEY);
    let mut out = String::with_capacity(n.len());
    for w in n.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_alef_yaa_digits_punctuation() {
        // Seed: "أذربيجان" and "إلهام" lose their hamza seats; ANT-style digits become ASCII.
        assert_eq!(normalize("أذربيجان إلهام آخر", Fold::TEXT), "اذربيجان الهام اخر");
        assert_eq!(normalize("على مستوى", Fold::TEXT), "علي مستوي");
        assert_eq!(normalize("٢٠٢٠ و۱۹۹۰", Fold::TEXT), "2020 و1990");
        assert_eq!(normalize("قال، ثم؛ لماذا؟ ٣٫٥ ١٬٥٠٠", Fold::TEXT), "قال, ثم; لماذا? 3.5 1,500");
    }

    #[test]
    fn drops_diacritics_tatweel_invisibles() {
        // Seed: "قائلًا" and "مُراسل" carry tanwin and damma.
        assert_eq!(normalize("قائلًا مُراسل", Fold::TEXT), "قائلا مراسل");
        assert_eq!(normalize("الســـلام\u{200F}\u{200C}", Fold::TEXT), "السلام");
    }

    #[test]
    fn presentation_forms_go_through_nfkc() {
        // ﻻ (lam-alef ligature) and ﺑ (beh initial form), as found in PDFs pasted into news pages.
        assert_eq!(normalize("ﻻ ﺑ", Fold::TEXT), "لا ب");
    }

    #[test]
    fn key_folds_taa_and_hamza_seats() {
        assert_eq!(key("وكالة  مسؤول  هيئة"), "وكاله مسوول هييه");
        assert_eq!(key("NATO"), "nato");
    }

    #[test]
    fn fast_path_agrees_with_the_full_fold() {
        // The mask only short-cuts letters that fold_simple and NFKC leave alone.
        for c in '\u{0621}'..='\u{064A}' {
            let d = c as u32 - 0x0621;
            if (UNCHANGED_ARABIC >> d) & 1 == 1 {
                for f in [Fold::TEXT, Fold::KEY, Fold::SEGMENT] {
                    assert!(fold_simple(c, f).is_none(), "{c}");
                }
                assert_eq!(c.to_string().nfkc().collect::<String>(), c.to_string());
            } else {
                assert!(fold_simple(c, Fold::KEY).is_some(), "{c}");
            }
        }
    }

    #[test]
    fn alignment_maps_back() {
        let t = "قائلًا: \"يمكنهم\"";
        let n = normalize_aligned(t, Fold::TEXT);
        let i = n.text.find("يمكنهم").unwrap();
        let ci = n.text[..i].chars().count();
        let (s, e) = n.original_span(ci, ci + 6);
        let chars: Vec<char> = t.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "يمكنهم");
    }
}
