//! Alignment properties (issue 17, item 6) on generated Arabic-like text: real words with diacritics, tatweel,
//! hamza seats, presentation forms, digits of three scripts and invisible controls scattered through them.
//! - each normalized character maps to an original character whose folding gives it back (and the characters
//!   that map nowhere fold to nothing), in every fold;
//! - a normalized span cut at character boundaries maps back to original text that folds to exactly that span;
//! - every word and token span slices to original text whose folding is the word's key and stem.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use rasd_text::{analyze, key, normalize, normalize_aligned, Fold, TokenKind, WordKind};
use unicode_normalization::UnicodeNormalization;

const WORDS: &[&str] = &[
    "قال", "الرئيس", "إلهام", "علييف", "أذربيجان", "باكو", "وبالهجوم", "للمفاوضات", "والاتحاد", "الأوروبي", "مسؤول", "هيئة",
    "رئيسة", "شؤون", "سيعقدان", "بأنها", "فإن", "لأرمينيا", "المتحدة", "مدينة", "آخر", "إسرائيل", "الإرهاب", "ئيس", "مقتل",
    "أشخاص", "السبت", "كتابهم", "ومنها", "القرآن", "مئة", "ألف", "وقال", "سؤال", "إياه", "الموالية", "يفلاكس", "ستيباناكيرت",
];
const DIACRITICS: &[char] = &['\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}', '\u{0670}'];
const INVISIBLE: &[char] = &['\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202B}', '\u{2066}', '\u{FEFF}', '\u{061C}', '\u{00AD}'];
const PUNCT: &[&str] = &[" ", " ", " ", "\n", "، ", "؛ ", "؟ ", ". ", ": «", "» ", "\"", "(", ") ", " - ", "٪ "];

/// Presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) of each letter they fold to by NFKC, and the ligatures.
fn presentation_forms(letter: char) -> Vec<char> {
    ('\u{FB50}'..='\u{FDFF}').chain('\u{FE70}'..='\u{FEFC}').filter(|c| c.to_string().nfkc().eq(std::iter::once(letter))).collect()
}

/// One letter of a word, maybe respelled: a hamza seat for a bare alef/waw/yaa, a presentation form, followed by
/// diacritics, tatweel and invisible controls.
fn letter() -> impl Strategy<Value = (u8, u8, u8, u8, u8)> {
    (0u8..10, 0u8..8, 0u8..6, 0u8..12, any::<u8>())
}

fn decorate(c: char, (seat, form, marks, invisible, pick): (u8, u8, u8, u8, u8)) -> String {
    let mut c = c;
    if seat == 0 {
        c = match c {
            'ا' => ['أ', 'إ', 'آ', 'ٱ'][pick as usize % 4],
            'و' => 'ؤ',
            'ي' => ['ئ', 'ى', 'ی'][pick as usize % 3],
            'ه' => 'ة',
            'ك' => 'ک',
            x => x,
        };
    }
    let mut out = String::new();
    let forms = if form == 0 { presentation_forms(c) } else { Vec::new() };
    out.push(if forms.is_empty() { c } else { forms[pick as usize % forms.len()] });
    for k in 0..marks.saturating_sub(3) {
        out.push(if k == 0 && pick % 3 == 0 { '\u{0640}' } else { DIACRITICS[(pick as usize + k as usize) % DIACRITICS.len()] });
    }
    if invisible == 0 {
        out.push(INVISIBLE[pick as usize % INVISIBLE.len()]);
    }
    out
}

fn number() -> impl Strategy<Value = String> {
    (1u32..100_000, 0u8..3, any::<bool>()).prop_map(|(n, script, grouped)| {
        let s = if grouped && n >= 1000 { format!("{},{:03}", n / 1000, n % 1000) } else { n.to_string() };
        s.chars()
            .map(|c| match (c.to_digit(10), script) {
                (Some(d), 1) => char::from_u32(0x0660 + d).unwrap(),
                (Some(d), 2) => char::from_u32(0x06F0 + d).unwrap(),
                (None, 1 | 2) => '٬',
                _ => c,
            })
            .collect()
    })
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (prop::sample::select(WORDS), prop::collection::vec(letter(), 12)).prop_map(|(w, ls)| w.chars().zip(ls).map(|(c, l)| decorate(c, l)).collect()),
        1 => number(),
        1 => prop::sample::select(&["NATO", "Reuters", "AFP", "ﻻ", "ﷲ", "ﷺ", "ﷷ", "وﷲ", "ﷷا"][..]).prop_map(str::to_string),
        // A mark before the first letter (a superscript alef is a letter to the word splitter).
        1 => prop::sample::select(WORDS).prop_map(|w| format!("\u{0670}{w}")),
    ]
}

fn arabic_like() -> impl Strategy<Value = String> {
    prop::collection::vec((word(), prop::sample::select(PUNCT)), 1..40).prop_map(|v| v.into_iter().map(|(w, p)| w + p).collect())
}

fn fold_of(chars: &[char], f: Fold) -> String {
    normalize(&chars.iter().collect::<String>(), f)
}

fn check_alignment(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for f in [Fold::TEXT, Fold::KEY, Fold::SEGMENT] {
        let n = normalize_aligned(text, f);
        let out: Vec<char> = n.text.chars().collect();
        assert_eq!(out.len(), n.align.len());
        assert_eq!(n.original_len, chars.len());
        assert!(n.align.windows(2).all(|w| w[0] <= w[1]), "alignment out of order");
        // Runs of normalized characters from one original character: that character folds to exactly the run;
        // the characters no run comes from fold to nothing.
        let mut i = 0;
        let mut next_orig = 0;
        let mut boundaries = vec![0];
        while i < out.len() {
            let o = n.align[i];
            for skipped in next_orig..o {
                assert_eq!(fold_of(&chars[skipped..skipped + 1], f), "", "{:?} at {skipped} maps nowhere but folds to text", chars[skipped]);
            }
            let j = i + n.align[i..].iter().take_while(|&&x| x == o).count();
            assert_eq!(fold_of(&chars[o..o + 1], f), out[i..j].iter().collect::<String>(), "{:?} at {o} does not fold to its normalized characters", chars[o]);
            next_orig = o + 1;
            i = j;
            boundaries.push(i);
        }
        for skipped in next_orig..chars.len() {
            assert_eq!(fold_of(&chars[skipped..skipped + 1], f), "");
        }
        // Spans cut at those boundaries map back to original text that folds to the span.
        for (a, &s) in boundaries.iter().enumerate() {
            for &e in boundaries.iter().skip(a + 1).step_by(3).take(12) {
                let (os, oe) = n.original_span(s, e);
                assert_eq!(fold_of(&chars[os..oe], f), out[s..e].iter().collect::<String>(), "span {s}..{e} -> {os}..{oe}");
            }
        }
    }
}

fn check_words(text: &str) {
    let a = analyze(text);
    for w in &a.words {
        let surface: Vec<char> = a.chars[w.start..w.end].to_vec();
        assert_eq!(normalize(&surface.iter().collect::<String>(), Fold::KEY), w.key, "word {}..{} key", w.start, w.end);
        if w.kind != WordKind::Arabic {
            continue;
        }
        // The tokens in order: proclitics, article, stem, enclitic; the stem's folding is the word's `bare`, the
        // body (body_start..body_end) is article and stem, and the tokens' foldings concatenate to the key.
        let toks = &a.tokens[w.tokens.clone()];
        assert!(!toks.is_empty() && toks[0].start == w.start && toks[toks.len() - 1].end == w.end, "tokens of {:?} do not cover it", w.key);
        assert!(toks.windows(2).all(|p| p[0].end == p[1].start) && toks.iter().all(|t| t.start < t.end), "tokens of {:?} do not tile it", w.key);
        let folded: Vec<String> = toks.iter().map(|t| fold_of(&a.chars[t.start..t.end], Fold::KEY)).collect();
        assert_eq!(folded.concat(), w.key, "tokens of {:?}", w.key);
        assert_eq!(toks.iter().filter(|t| t.kind == TokenKind::Stem).count(), 1, "one stem in {:?}", w.key);
        // Where a ligature holds a clitic boundary (ﻷ is ل + أ), two segments share a token: the kinds are then
        // checked no further.
        let sp = &w.split;
        let stem_len = w.key.chars().count() - (sp.conj + sp.prep + sp.article + sp.enclitic) as usize;
        let parts = [sp.conj as usize, sp.prep as usize, sp.article as usize, stem_len, sp.enclitic as usize].iter().filter(|&&x| x > 0).count();
        if toks.len() < parts {
            assert!(toks.iter().any(|t| t.end - t.start == 1 && fold_of(&a.chars[t.start..t.end], Fold::KEY).chars().count() > 1 || fold_of(&a.chars[t.start..t.start + 1], Fold::KEY).chars().count() > 1), "segments of {:?} merged without a ligature", w.key);
            continue;
        }
        for (t, f) in toks.iter().zip(&folded) {
            assert!(!f.is_empty() || w.key.is_empty(), "token {}..{} of {:?} folds to nothing", t.start, t.end, w.key);
            match t.kind {
                TokenKind::Stem => assert_eq!(*f, w.bare, "stem of {:?}", w.key),
                TokenKind::Article => assert!(matches!(f.as_str(), "ال" | "ل"), "article {f:?} of {:?}", w.key),
                TokenKind::Conjunction => assert!(matches!(f.as_str(), "و" | "ف"), "conjunction {f:?} of {:?}", w.key),
                TokenKind::Preposition => assert!(matches!(f.as_str(), "ب" | "ل" | "ك"), "preposition {f:?} of {:?}", w.key),
                TokenKind::Future => assert_eq!(*f, "س"),
                _ => {}
            }
        }
        let body = fold_of(&a.chars[w.body_start..w.body_end], Fold::KEY);
        let article = if w.has_article() { "ال" } else { "" };
        assert!(body == format!("{article}{}", w.bare) || body.ends_with(&w.bare), "body {body:?} of {:?}", w.key);
    }
    // A word's key is also what `key` gives for its text alone.
    for w in a.words.iter().filter(|w| !w.key.is_empty()) {
        assert_eq!(key(&a.slice(w.start, w.end)), w.key);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn normalized_characters_fold_back_from_their_originals(text in arabic_like()) {
        check_alignment(&text);
    }

    #[test]
    fn word_and_token_spans_slice_to_their_text(text in arabic_like()) {
        check_words(&text);
    }
}

/// The generator really produces what it claims (so the properties above are exercised on those forms).
#[test]
fn generator_covers_the_forms() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let s = arabic_like();
    let mut all = String::new();
    for _ in 0..200 {
        all.push_str(&s.new_tree(&mut runner).unwrap().current());
    }
    for (what, found) in [
        ("diacritic", all.chars().any(|c| DIACRITICS.contains(&c))),
        ("tatweel", all.contains('\u{0640}')),
        ("hamza seat", all.chars().any(|c| matches!(c, 'أ' | 'إ' | 'آ' | 'ؤ' | 'ئ'))),
        ("presentation form", all.chars().any(|c| ('\u{FB50}'..='\u{FEFC}').contains(&c))),
        ("Arabic-Indic digit", all.chars().any(|c| ('\u{0660}'..='\u{0669}').contains(&c))),
        ("Persian digit", all.chars().any(|c| ('\u{06F0}'..='\u{06F9}').contains(&c))),
        ("invisible control", all.chars().any(|c| INVISIBLE.contains(&c))),
    ] {
        assert!(found, "no {what} generated");
    }
}

#[test]
fn known_alignments() {
    // Fixed cases: a ligature expands to two characters from one original; a diacritic maps nowhere.
    let n = normalize_aligned("ﻻَ", Fold::TEXT);
    assert_eq!(n.text, "لا");
    assert_eq!(n.align, vec![0, 0]);
    check_alignment("ﻻَ وبالـهجومِ ٣٬٥٠٠ ۴ \u{200F}قال");
    check_words("ﻻَ وبالـهجومِ ٣٬٥٠٠ ۴ \u{200F}قال");
}
