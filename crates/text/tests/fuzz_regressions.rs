//! Inputs the fuzz targets (fuzz/) found, reduced: each broke an invariant of the text layer.

use rasd_text::analyze;

/// Words inside their sentence, tokens tiling their word, none empty.
fn check(text: &str) {
    let a = analyze(text);
    for w in &a.words {
        let s = a.sentences[w.sentence];
        assert!(s.start <= w.start && w.end <= s.end, "word {}..{} outside its sentence {}..{}", w.start, w.end, s.start, s.end);
        let toks = &a.tokens[w.tokens.clone()];
        assert_eq!(toks[0].start, w.start, "first token of {:?}", w.key);
        assert_eq!(toks[toks.len() - 1].end, w.end);
        assert!(toks.windows(2).all(|p| p[0].end == p[1].start) && toks.iter().all(|t| t.start < t.end), "tokens of {:?}: {toks:?}", w.key);
    }
}

#[test]
fn the_run_on_cap_does_not_cut_a_word() {
    // A 700-letter run with no space: the 600-character cap cut it in two sentences.
    let t = "ا".repeat(700);
    check(&t);
    assert_eq!(analyze(&t).sentences.len(), 1);
    // A run-on sentence whose last comma before the cap is a number's: "1,500" stays one word.
    let t = format!("{}1,500 {}", "كلمة ".repeat(110), "كلمة ".repeat(40));
    check(&t);
    let a = analyze(&t);
    assert!(a.sentences.len() >= 2);
    assert!(a.words.iter().any(|w| a.slice(w.start, w.end) == "1,500"));
}

#[test]
fn a_mark_before_the_first_letter_is_in_the_first_token() {
    // "\u{0670}" (superscript alef) counts as a letter to the word splitter but folds to nothing.
    check("أ \u{fffd}ه\u{fffd}\u{0670}ا العمل");
}

#[test]
fn a_ligature_is_not_split_inside() {
    // U+FDF7 is "عليه" in one character: the enclitic ه cannot be a token of its own (an empty stem token was
    // left before it). The clitic analysis itself stands; the one token is the stem.
    check("قال ﷷ وﷲ");
    let a = analyze("ﷷ");
    assert_eq!(a.tokens.len(), 1);
    assert_eq!(a.tokens[0].kind, rasd_text::TokenKind::Stem);
    // "ﻷبحاث" (ﻷ is ل + أ): the preposition stays in the analysis, its token joins the stem's.
    let a = analyze("ﻷبحاث");
    assert_eq!(a.words[0].split.prep, 1);
    assert_eq!((a.tokens.len(), a.tokens[0].start, a.tokens[0].end), (1, 0, 5));
}
