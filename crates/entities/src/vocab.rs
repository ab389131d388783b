//! General vocabulary: whether a word is an ordinary Arabic noun or adjective rather than a name, judged from the
//! ANT corpus counts of the text layer (data/text/wordfreq.tsv). Names rarely take the article (ترامب, واشنطن,
//! محمد: no "المحمد"), common nouns and adjectives often do (هوية/الهوية, حكومي/الحكومي, أمان/الأمان); and a
//! definite word whose bare form is as frequent (الدولة/دولة) is a common noun too.

use rasd_text::clitics::CliticModel;

/// Share of the article form (or, for a definite word, of the bare form) that makes a word general vocabulary.
const RATIO: f64 = 0.3;
/// Fewer corpus occurrences than this say nothing.
const MIN: u32 = 20;

/// Whether a word key (rasd_text::key form, proclitics removed, article kept) is a common word of the language.
pub fn general(key: &str) -> bool {
    let m = CliticModel::global();
    let mut buf = String::with_capacity(key.len() + 4);
    if let Some(bare) = key.strip_prefix("ال").filter(|b| b.chars().count() >= 3) {
        let (own, other) = (m.count(key), {
            buf.push_str(bare);
            m.count(&buf)
        });
        return other >= MIN && other as f64 >= 2.0 * RATIO * own as f64;
    }
    buf.push_str("ال");
    buf.push_str(key);
    let (own, def) = (m.count(key), m.count(&buf));
    def >= MIN && def as f64 >= RATIO * own as f64
}
