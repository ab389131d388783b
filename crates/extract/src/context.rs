//! Context for event participants: the countries a report names (places, nationality adjectives) and the outlets
//! it cites, which the events stage reads when a participant's own mention does not place it.

use rasd_events::np::NISBA_ENDINGS;
use rasd_text::Analysis;

/// The country named most often, the first named on a tie.
pub fn most_named<'a>(countries: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in countries {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some(x) => x.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    // max_by_key keeps the last maximum: walk in reverse so the first named wins a tie.
    counts.into_iter().rev().max_by_key(|x| x.1).map(|x| x.0.to_string())
}

/// The country of a nationality adjective at word `k` ("الإسرائيلية"، "أمريكيين"، "الكورية الشمالية" over two
/// words), its proclitics set aside. Only words with a nisba ending are looked up.
pub fn demonym_at(a: &Analysis, k: usize) -> Option<&'static str> {
    // The feminine plural and the accusative with tanween ("36 فلسطينيا") besides the endings of adjectives.
    let nisba = |w: &rasd_text::Word| w.kind == rasd_text::WordKind::Arabic && NISBA_ENDINGS.iter().chain(&["يات", "يا"]).any(|e| w.key.ends_with(e));
    let w = &a.words[k];
    if !nisba(w) {
        return None;
    }
    let body = rasd_entities::body_key(w);
    if let Some(next) = a.words.get(k + 1).filter(|n| nisba(n) && n.split.conj == 0 && n.split.prep == 0) {
        if let Some(c) = rasd_kb::demonym(&format!("{body} {}", next.key)) {
            return Some(c);
        }
    }
    // The accusative is the adjective's indefinite form plus ا.
    match body.strip_suffix("يا") {
        Some(stem) if rasd_kb::demonym(&body).is_none() => rasd_entities::demonym_of_key(&format!("{stem}ي")),
        _ => rasd_entities::demonym_of_key(&body),
    }
}

/// Words that name a cited outlet: up to seven words after a media head (وكالة، موقع، صحيفة، قناة، مراسل ...), to the
/// next punctuation.
pub fn cited_words(a: &Analysis) -> Vec<bool> {
    let lex = rasd_events::lexicon::Lexicon::get();
    let mut cited = vec![false; a.words.len()];
    for (k, w) in a.words.iter().enumerate() {
        if lex.is("media_head", w) {
            for j in k + 1..(k + 8).min(a.words.len()) {
                if a.words[j].kind == rasd_text::WordKind::Punct && !matches!(a.words[j].key.as_str(), "\"" | "«" | "»") {
                    break;
                }
                cited[j] = true;
            }
        }
    }
    cited
}
