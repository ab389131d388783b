//! Properties of the text layer on arbitrary Unicode and on Arabic-heavy random text.

use proptest::prelude::*;
use rasd_text::{analyze, normalize, Fold};

fn arabicish() -> impl Strategy<Value = String> {
    // Arabic letters, diacritics, tatweel, digits of three scripts, quotes, punctuation, spaces, newlines, controls.
    let pieces = prop::sample::select(vec![
        "و", "ال", "ب", "ل", "لل", "ه", "ها", "قال", "اتهمت", "باكو", "بغداد", "ً", "ّ", "ـ", "٣", "۴", "7", ".", "؟", "،",
        "\"", "«", "»", "'", "(", ")", " ", " ", " ", "\n", "\u{200F}", "\u{0007}", "ﻻ", "A", "z", "3.5", "١٬٥٠٠",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let a = analyze(text);
    let n = a.chars.len();
    // Sentences in order, without overlap, covering every non-whitespace character.
    let mut prev = 0;
    for s in &a.sentences {
        assert!(s.start >= prev && s.start < s.end && s.end <= n);
        assert!(a.chars[prev..s.start].iter().all(|c| c.is_whitespace()));
        prev = s.end;
    }
    assert!(a.chars[prev..].iter().all(|c| c.is_whitespace()));
    // Tokens tile their word; words are in order.
    let mut wprev = 0;
    for w in &a.words {
        assert!(w.start >= wprev && w.start < w.end && w.end <= n);
        let s = a.sentences[w.sentence];
        assert!(s.start <= w.start && w.end <= s.end, "word outside its sentence");
        assert!(a.tokens[w.tokens.clone()].iter().all(|t| t.start < t.end), "empty token");
        wprev = w.end;
        let toks = &a.tokens[w.tokens.clone()];
        assert!(!toks.is_empty());
        assert_eq!(toks[0].start, w.start);
        assert_eq!(toks.last().unwrap().end, w.end);
        for p in toks.windows(2) {
            assert_eq!(p[0].end, p[1].start);
        }
        assert!(w.start <= w.body_start && w.body_start <= w.body_end && w.body_end <= w.end);
    }
    // Normalization is idempotent in every mode.
    for f in [Fold::TEXT, Fold::KEY, Fold::SEGMENT] {
        let once = normalize(text, f);
        assert_eq!(normalize(&once, f), once);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_unicode(text in any::<String>()) { check(&text); }

    #[test]
    fn arabic_like(text in arabicish()) { check(&text); }
}
