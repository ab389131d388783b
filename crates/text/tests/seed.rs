//! The text layer on the seed report (examples/karabakh.txt, a copy of the report the project started from).

use rasd_text::{analyze, TokenKind};

const SEED: &str = include_str!("../../../examples/karabakh.txt");

fn sentences(text: &str) -> Vec<String> {
    let a = analyze(text);
    a.sentences.iter().map(|s| a.slice(s.start, s.end)).collect()
}

#[test]
fn seed_sentences_end_at_stops_and_paragraphs() {
    let s = sentences(SEED);
    for (i, x) in s.iter().enumerate() {
        let last = x.chars().last().unwrap();
        let line_end = SEED.split('\n').any(|l| l.trim_end().ends_with(x.as_str()));
        assert!(matches!(last, '.' | '?' | '؟' | '!' | '"' | '»') || line_end, "sentence {i} ends badly: {x}");
    }
    // Headlines are sentences of their own.
    assert!(s.iter().any(|x| x == "مخاوف من تطهير عرقي"));
    // The quote with a question mark inside stays whole and the sentence ends after the closing quote and stop.
    assert!(s.iter().any(|x| x.starts_with("ومع ذلك فإن تنفيذ") && x.ends_with("ماذا علينا أن نفعل؟\".")), "{s:#?}");
    // A quotation left open ends at its paragraph break (Babayan's quote, and the unterminated ' of the last quote).
    assert!(s.iter().any(|x| x.starts_with("وقال ديفيد باباجان") && x.ends_with("مع أذربيجان.")));
    assert!(s.iter().any(|x| x.starts_with("وأضافت ممثلة أذربيجان") && x.ends_with("لمكافحة الإرهاب.")));
    // The first sentence ends at its full stop, not at the quoted outlet name.
    assert!(s[0].ends_with("بحسب موقع \"إن تي في\" الألماني."));
    // In the seed every paragraph is one sentence or one headline (no paragraph has a full stop inside it).
    let lines: Vec<&str> = SEED.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert_eq!(s, lines);
}

#[test]
fn seed_tokens_slice_back_and_split_clitics() {
    let a = analyze(SEED);
    for t in &a.tokens {
        assert!(t.start < t.end && t.end <= a.chars.len());
    }
    for w in &a.words {
        let surface = a.slice(w.start, w.end);
        assert_eq!(a.tokens[w.tokens.clone()].iter().map(|t| a.slice(t.start, t.end)).collect::<String>(), surface);
    }
    let find = |surface: &str| a.words.iter().find(|w| a.slice(w.start, w.end) == surface).unwrap_or_else(|| panic!("{surface}"));
    let w = find("واتهمت");
    let kinds: Vec<_> = a.tokens[w.tokens.clone()].iter().map(|t| (t.kind, a.slice(t.start, t.end))).collect();
    assert_eq!(kinds, [(TokenKind::Conjunction, "و".to_string()), (TokenKind::Stem, "اتهمت".to_string())]);
    assert_eq!(find("باكو").tokens.len(), 1);
    // "لأرمينيا": the name's surface starts after the preposition.
    let w = find("لأرمينيا");
    assert_eq!(a.slice(w.body_start, w.end), "أرمينيا");
    // "قائلًا" keeps its tanwin inside the token; its key drops it.
    let w = find("قائلًا");
    assert_eq!(w.key, "قايلا");
    // "الأسابيع الـ6": the number is its own word.
    assert!(a.words.iter().any(|w| a.slice(w.start, w.end) == "6"));
    assert_eq!(a.language, "ar");
}
