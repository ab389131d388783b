//! Document language identification by script, with stopwords to tell Latin-script languages apart.

/// ISO 639-1 code of the document's main language: "ar", "fa", "ur", "en", "fr", "es", "de", or "und".
pub fn identify(text: &str) -> &'static str {
    identify_decoded(text, text.chars())
}

/// `identify` for a text whose code points are at hand (`chars` is `text.chars()` collected): no second decoding.
pub(crate) fn identify_decoded(text: &str, chars: impl Iterator<Item = char>) -> &'static str {
    let (mut arabic, mut persian, mut urdu, mut latin) = (0usize, 0usize, 0usize, 0usize);
    // The first few thousand characters decide; a 2 MB article need not be read twice.
    for c in chars.take(4000) {
        if ('\u{0621}'..='\u{064A}').contains(&c) {
            arabic += 1; // the common case, decided before the Persian and Urdu letters (all above U+0670)
            continue;
        }
        match c {
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => persian += 1,
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' => urdu += 1,
            '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' => arabic += 1,
            '\u{0600}'..='\u{06FF}' => {}
            c if c.is_ascii() => latin += c.is_ascii_alphabetic() as usize,
            c if c.is_ascii_alphabetic() || (c.is_alphabetic() && (c as u32) < 0x0250) => latin += 1,
            _ => {}
        }
    }
    let script_arabic = arabic + persian + urdu;
    if script_arabic == 0 && latin == 0 {
        return "und";
    }
    if script_arabic >= latin {
        // Persian and Urdu letters are rare in Arabic text (names aside): a few percent decides.
        if urdu * 50 > script_arabic {
            return "ur";
        }
        if persian * 30 > script_arabic {
            return "fa";
        }
        return "ar";
    }
    latin_language(text)
}

fn latin_language(text: &str) -> &'static str {
    const EN: &[&str] = &["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said"];
    const FR: &[&str] = &["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "au"];
    const ES: &[&str] = &["el", "los", "las", "y", "es", "una", "del", "por", "con", "para", "que", "en"];
    const DE: &[&str] = &["der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "zu", "von", "auf"];
    let mut score = [0usize; 4];
    for w in text.split(|c: char| !c.is_alphabetic()).take(2000) {
        let w = w.to_lowercase();
        for (k, list) in [EN, FR, ES, DE].iter().enumerate() {
            if list.contains(&w.as_str()) {
                score[k] += 1;
            }
        }
    }
    let best = (0..4).max_by_key(|&k| (score[k], 4 - k)).unwrap_or(0);
    if score[best] == 0 {
        return "und";
    }
    ["en", "fr", "es", "de"][best]
}

#[cfg(test)]
mod tests {
    use super::identify;

    #[test]
    fn scripts_and_languages() {
        assert_eq!(identify("تجتمع الأطراف المتصارعة في منطقة ناجورنو كاراباخ"), "ar");
        assert_eq!(identify("Talks between the parties to the conflict in the Caucasus were held in Yevlakh."), "en");
        assert_eq!(identify("Les parties au conflit se réunissent pour négocier la paix dans le Caucase."), "fr");
        assert_eq!(identify("گفتگوهای صلح در یولاخ برگزار شد و طرفین درباره آینده منطقه گفتگو کردند"), "fa");
        assert_eq!(identify("!!! ... ؟؟ 123"), "und");
        // Arabic with a Latin name inside stays Arabic.
        assert_eq!(identify("قال موقع \"n-tv\" الألماني إن المفاوضات بدأت"), "ar");
    }
}
