//! The search form of Arabic text: what the FTS5 index holds and what a query is turned into, so that spelling
//! variants (الاسرائيلي / الإسرائيلي, ة / ه, hamza seats, diacritics) and attached و ف ب ك ل find each other.

/// Proclitic sequences stripped to index a second form of a word (longest first): وبال → ال, لل → ال.
const PREFIXES: &[(&str, &str)] = &[
    ("وبال", "ال"), ("فبال", "ال"), ("وكال", "ال"), ("فكال", "ال"), ("وال", "ال"), ("فال", "ال"), ("بال", "ال"),
    ("كال", "ال"), ("ولل", "ال"), ("فلل", "ال"), ("لل", "ال"), ("و", ""), ("ف", ""),
];

/// A letter or digit: Arabic letters and ASCII without Unicode table lookups, anything else by them.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        '\u{0621}'..='\u{064A}' | '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric(),
    }
}

/// The form of a text to index: each word in rasd's key folding, followed, when it starts with a conjunction or
/// preposition, by the word without it (so "والاسرائيلي" is found by "الاسرائيلي").
pub fn index_form(text: &str) -> String {
    // rasd's key folding; `key`'s whitespace collapsing is not needed, words are split at any non-word character.
    let key = rasd_text::normalize(text, rasd_text::Fold::KEY);
    let mut out = String::with_capacity(key.len() + key.len() / 4);
    for w in key.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
        push_word(&mut out, w);
        if let Some(bare) = strip_proclitic(w) {
            push_word(&mut out, &bare);
        }
    }
    out
}

fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(w);
}

fn strip_proclitic(w: &str) -> Option<String> {
    for (p, keep) in PREFIXES {
        if let Some(rest) = w.strip_prefix(p) {
            // Keep at least three letters of the base: "وزير" is not و + زير.
            if rest.chars().count() >= 3 {
                return Some(format!("{keep}{rest}"));
            }
        }
    }
    None
}

/// An FTS5 query for the words of `text`, all required (a trailing `*` on a word keeps prefix matching).
pub fn query_form(text: &str) -> Option<String> {
    let mut parts = Vec::new();
    for raw in text.split_whitespace() {
        let prefix = raw.ends_with('*');
        let w = rasd_text::key(raw.trim_end_matches('*'));
        for piece in w.split(|c: char| !is_word_char(c)).filter(|p| !p.is_empty()) {
            parts.push(format!("\"{piece}\"{}", if prefix { "*" } else { "" }));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_meet() {
        let indexed = index_form("وقال الجيش الإسرائيليّ إنّ والإسرائيليين");
        // ئ folds to ي, إ to ا: both spellings meet in one form, and والـ is indexed without its و.
        assert!(indexed.split(' ').any(|w| w == "الاسراييلي"), "{indexed}");
        assert!(indexed.split(' ').any(|w| w == "الاسراييليين"), "{indexed}");
        assert_eq!(query_form("الاسرائيلي").unwrap(), "\"الاسراييلي\"");
        assert_eq!(query_form("الإسرائيلي"), query_form("الاسرائيلي"));
        assert_eq!(query_form("  "), None);
        // "وطن" keeps its و: the base would be under three letters.
        assert_eq!(index_form("وطن"), "وطن");
        assert_eq!(index_form("وقال"), "وقال قال");
    }
}
