//! Can a phrase name a party to an act? A name or a phrase the knowledge base places (a person, a body, a country,
//! a nationality adjective), or a phrase one of whose words is a party noun of data/events/participants.tsv
//! (الشرطة، المتظاهرين، وزارة، مسلحين). Adverbs, particles, prepositions and pronouns (مثلاً، على، هناك) never head
//! one. The learned attachment reads this as a feature of every candidate and admits the phrases the grammar puts
//! in a participant's place only when they can; the output takes the context's country only for such a phrase.

use rasd_text::data::{rows, DataError};
use rasd_text::{key, Word};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

rasd_text::embedded_data! {
    "events";
    PARTICIPANTS, PARTICIPANTS_FILE = "participants.tsv";
    STATELESS_NAMES, STATELESS_NAMES_FILE = "stateless_names.tsv";
}

/// One word of a name of stateless_names.tsv: its stem (as `Word::bare`) and whether it is written with the article.
type NameWord = (String, bool);

/// Read stateless_names.tsv: one name of two words or more a line.
pub fn parse_names(text: &'static str) -> Result<Vec<Vec<NameWord>>, DataError> {
    let mut out: Vec<Vec<NameWord>> = Vec::new();
    for r in rows(STATELESS_NAMES_FILE, text) {
        r.expect_columns(1, "a name of two words or more")?;
        let name = r.field(0, "name")?;
        let words: Vec<NameWord> = name.split_whitespace().map(|w| (stem(w), w.starts_with("ال"))).collect();
        if words.len() < 2 {
            return Err(r.error(format!("{name:?}: a name of one word is a participants.tsv stateless_noun")));
        }
        if words.iter().any(|(s, _)| s.is_empty()) {
            return Err(r.error(format!("{name:?}: a word with no letters left to match")));
        }
        if out.contains(&words) {
            return Err(r.error(format!("{name:?} is listed twice")));
        }
        out.push(words);
    }
    Ok(out)
}

fn names() -> &'static [Vec<NameWord>] {
    static T: OnceLock<Vec<Vec<NameWord>>> = OnceLock::new();
    T.get_or_init(|| parse_names(STATELESS_NAMES).unwrap_or_else(|e| panic!("{e}")))
}

/// Does a name of stateless_names.tsv start at word `i` of `words` (quotes and other punctuation between its words
/// skipped, none past `we`)? A name word written with the article matches only a word written with it
/// ("الدولة"، "والدولة"، "للدولة"), not "دولة".
fn stateless_name_at(words: &[Word], i: usize, we: usize) -> bool {
    let article = |w: &Word| w.key.ends_with(&format!("ال{}", w.bare)) || w.key.ends_with(&format!("لل{}", w.bare)) || !w.key.ends_with(w.bare.as_str());
    names().iter().any(|name| {
        let mut j = i;
        name.iter().all(|(s, art)| {
            while j < we && words[j].kind == rasd_text::WordKind::Punct {
                j += 1;
            }
            let ok = j < we && words[j].bare == *s && (!art || article(&words[j]));
            j += 1;
            ok
        })
    })
}

/// The class of a word in participants.tsv.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordClass {
    /// A head noun that names a party (a body, armed men, people named as such).
    PartyNoun,
    /// An adverb, particle, preposition or pronoun: never a participant's head.
    Closed,
    /// A number written as a word (عشرون، ستين، مليون): a phrase with one counts people or things, and takes the
    /// country its context gives; it names no party by itself.
    Count,
    /// A party noun (or a group's name) whose party belongs to no one country: a coalition or alliance, a group
    /// of countries, an envoy between parties, the Islamic State (التحالف، حلف، الدول، المبعوث، داعش). A phrase
    /// headed by one, or by a noun before one ("قوات التحالف"), takes no country from its context; its own words
    /// may still place it ("المبعوث الأمريكي").
    Stateless,
    /// An adjective of a party above or across countries (الدولي، الأممي، الأوروبية، غربيون): a phrase with one
    /// after its head ("المجتمع الدولي"، "المبعوث الأممي"، "دبلوماسيون غربيون") takes no country from its context.
    StatelessAdjective,
    /// A party noun of armed men whom news names by their sponsor (ميليشيات): a nationality adjective after the
    /// placed name that follows one names the sponsor, not the party ("ميليشيات الحوثي الإيرانية" are Yemeni).
    Proxy,
}

impl WordClass {
    fn parse(s: &str) -> Option<WordClass> {
        match s {
            "party_noun" => Some(WordClass::PartyNoun),
            "closed_class" => Some(WordClass::Closed),
            "count_word" => Some(WordClass::Count),
            "stateless_noun" => Some(WordClass::Stateless),
            "stateless_adjective" => Some(WordClass::StatelessAdjective),
            "proxy_noun" => Some(WordClass::Proxy),
            _ => None,
        }
    }
}

/// The stem a word of the file is matched on: key-folded, without the article (as `Word::bare`). Only a written
/// article is taken off: "آلاف" folds to "الاف", whose ال is the root's.
fn stem(w: &str) -> String {
    let k = key(w);
    match k.strip_prefix("ال") {
        Some(rest) if w.starts_with("ال") && rest.chars().count() >= 2 => rest.to_string(),
        _ => k,
    }
}

/// Read participants.tsv: `class<TAB>word`, one word a line.
pub fn parse(text: &'static str) -> Result<FxHashMap<String, WordClass>, DataError> {
    let mut out = FxHashMap::default();
    for r in rows(PARTICIPANTS_FILE, text) {
        r.expect_columns(2, "class (party_noun, closed_class, count_word, stateless_noun, stateless_adjective or proxy_noun) and one word")?;
        let class = r.parse(0, "class (party_noun, closed_class, count_word, stateless_noun, stateless_adjective or proxy_noun)", WordClass::parse)?;
        let word = r.field(1, "word")?;
        if word.split_whitespace().count() != 1 {
            return Err(r.error(format!("{word:?}: one word a line")));
        }
        let s = stem(word);
        if s.is_empty() {
            return Err(r.error(format!("{word:?}: no letters left to match")));
        }
        if let Some(old) = out.insert(s, class) {
            if old != class {
                return Err(r.error(format!("{word:?} is in both classes")));
            }
        }
    }
    Ok(out)
}

fn table() -> &'static FxHashMap<String, WordClass> {
    static T: OnceLock<FxHashMap<String, WordClass>> = OnceLock::new();
    T.get_or_init(|| parse(PARTICIPANTS).unwrap_or_else(|e| panic!("{e}")))
}

/// The class of word `w` (its stem, or the whole word as written for the particles that the stemmer would cut).
pub fn class_of(w: &Word) -> Option<WordClass> {
    let t = table();
    t.get(w.bare.as_str()).or_else(|| t.get(w.key.as_str())).copied()
}

/// The class of word `w` as listed or inflected: the accusative's tanween alif ("دبلوماسيا"), the dual
/// ("شخصان"، "قتيلين"), the sound plurals ("مراقبون"، "صحافيات"، "البلديات" of بلدية). Only the classes `keep`
/// accepts are looked for.
fn inflected_class(w: &Word, keep: impl Fn(WordClass) -> bool) -> Option<WordClass> {
    let t = table();
    let listed = |s: &str| t.get(s).copied().filter(|c| keep(*c));
    let b = w.bare.as_str();
    if let Some(c) = listed(b) {
        return Some(c);
    }
    let long = |s: &&str| s.chars().count() >= 3;
    if let Some(c) = b.strip_suffix('ا').filter(long).and_then(listed) {
        return Some(c);
    }
    for suffix in ["ان", "ين", "ون"] {
        if let Some(c) = b.strip_suffix(suffix).filter(long).and_then(listed) {
            return Some(c);
        }
    }
    b.strip_suffix("ات").filter(long).and_then(|s| listed(s).or_else(|| listed(&format!("{s}ه"))))
}

/// A party noun or a count word, as listed or inflected (see `inflected_class`).
pub fn is_party_noun(w: &Word) -> bool {
    inflected_class(w, |c| matches!(c, WordClass::PartyNoun | WordClass::Count | WordClass::Stateless | WordClass::Proxy)).is_some()
}

/// A proxy noun of participants.tsv (ميليشيات), as listed or inflected: see `WordClass::Proxy`.
pub fn is_proxy_noun(w: &Word) -> bool {
    inflected_class(w, |c| c == WordClass::Proxy).is_some()
}

/// Does the phrase `[ws, we)` name a party of no one country? Its head, or the word after its head ("قوات
/// التحالف"، "دول الخليج"), is a stateless noun of participants.tsv, or one of the three words after its head a
/// stateless adjective ("المجتمع الدولي"، "المبعوث الخاص الأممي"), or it counts countries ("29 دولة"), or a name
/// of stateless_names.tsv starts at its head or the word after ("تنظيم الدولة"، "مقاتلي تنظيم "الدولة الإسلامية"").
/// Punctuation (a quote around a name) is not counted as one of these words.
pub fn names_no_country(words: &[Word], ws: usize, we: usize) -> bool {
    let we = we.min(words.len());
    if ws >= we {
        return false;
    }
    let t = table();
    let adjective = |w: &Word| t.get(w.bare.as_str()).or_else(|| t.get(w.key.as_str())) == Some(&WordClass::StatelessAdjective);
    // A number of countries ("29 دولة"، data/events/words.tsv counted_country) is a group of them too.
    let counted = words[ws].kind == rasd_text::WordKind::Number && ws + 1 < we && crate::lexicon::Lexicon::get().is("counted_country", &words[ws + 1]);
    let first_two: Vec<usize> = (ws..we).filter(|&i| words[i].kind != rasd_text::WordKind::Punct).take(2).collect();
    first_two.iter().any(|&i| inflected_class(&words[i], |c| c == WordClass::Stateless).is_some())
        || words[ws + 1..we.min(ws + 4)].iter().any(adjective)
        || counted
        || first_two.iter().any(|&i| stateless_name_at(words, i, we))
}

/// A closed-class word (adverb, particle, preposition, pronoun), as written with no proclitic, or its stem when
/// the stem is one ("بسرعة" is ب + سرعة: the adverbial phrase, not a party).
pub fn is_closed(w: &Word) -> bool {
    let t = table();
    t.get(w.key.as_str()).or_else(|| t.get(w.bare.as_str())).is_some_and(|c| *c == WordClass::Closed)
}

/// What a phrase is as a party: a name or a placed phrase ("known"), a phrase with a party noun ("noun"), or
/// neither ("none"); a phrase that starts with a closed-class word is "closed".
pub fn party_kind(words: &[Word], ws: usize, we: usize, known: bool) -> &'static str {
    if ws >= we || we > words.len() {
        return "none";
    }
    if is_closed(&words[ws]) && !known {
        return "closed";
    }
    if known {
        return "known";
    }
    // The head, or the noun after a number or a partitive head ("آلاف المتظاهرين"، "عشرات المسلحين"). A party
    // noun further in names the genitive's owner, not the phrase: "تأسيس الحزب".
    let partitive = |w: &Word| w.kind == rasd_text::WordKind::Number || crate::lexicon::Lexicon::get().is("partitive_head", w);
    let party = |w: &Word| is_party_noun(w) && class_of(w) != Some(WordClass::Count);
    if party(&words[ws]) || partitive(&words[ws]) && words[ws + 1..we.min(ws + 3)].iter().any(party) {
        return "noun";
    }
    "none"
}

/// Can the phrase `[ws, we)` name a party? (`known`: the knowledge base describes it.)
pub fn can_name_party(words: &[Word], ws: usize, we: usize, known: bool) -> bool {
    matches!(party_kind(words, ws, we, known), "known" | "noun")
}

/// Can the participant phrase `[ws, we)` take the country its context gives? A phrase that can name a party, people
/// named as such (a count, "المدنيين", a sound plural of a participle: "المرشحين"); not an adverb, a masdar or a
/// content noun the attachment took ("تأسيس الحزب" belongs to no country of its sentence).
pub fn takes_context_country(words: &[Word], ws: usize, we: usize, known: bool) -> bool {
    if ws >= we || we > words.len() {
        return false;
    }
    let lex = crate::lexicon::Lexicon::get();
    // People counted or named in the phrase: "خمسة أشخاص"، "أكثر من 50 ألف شخص"، "نصف مليون مهاجر"، "قتيلين".
    let people = |w: &Word| {
        w.kind == rasd_text::WordKind::Number
            || lex.is("number_word", w)
            || is_party_noun(w)
            || lex.is("people_unit", w)
            || lex.is("patient_people", w)
            || lex.is("fatal_unit", w)
            || crate::args::people_form(w)
    };
    can_name_party(words, ws, we, known) || words[ws..we.min(ws + 8)].iter().any(people)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_loads_and_bad_rows_are_refused_with_their_line() {
        let t = table();
        assert_eq!(t.get("شرطه"), Some(&WordClass::PartyNoun), "الشرطة is matched on its stem");
        assert_eq!(t.get("مثلا"), Some(&WordClass::Closed));
        let e = parse("party_noun\tشرطة\nword\tجيش\n").err().expect("unknown class refused");
        assert!(e.to_string().starts_with("data/events/participants.tsv:2:"), "{e}");
        assert!(parse("party_noun\tقوات الأمن\n").is_err(), "one word a line");
        assert!(parse("party_noun\tعلى\nclosed_class\tعلى\n").is_err(), "one word in both classes");
    }

    fn at_in(a: &rasd_text::Analysis, s: &str) -> usize {
        a.words.iter().position(|x| a.slice(x.body_start.max(x.start), x.end) == s || a.slice(x.start, x.end) == s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn proxy_nouns_are_party_nouns() {
        let a = rasd_text::analyze("قتل 8 من مسلحي ميليشيات الحوثي ومليشيا محلية");
        let w = &a.words;
        let (m, l, h) = (at_in(&a, "ميليشيات"), at_in(&a, "مليشيا"), at_in(&a, "الحوثي"));
        assert!(is_proxy_noun(&w[m]) && is_proxy_noun(&w[l]), "listed and as written after و");
        assert!(is_party_noun(&w[m]) && is_party_noun(&w[l]), "still party nouns");
        assert!(!is_proxy_noun(&w[h]));
        assert_eq!(parse("proxy_noun\tميليشيات\n").unwrap().get("ميليشيات"), Some(&WordClass::Proxy));
    }

    #[test]
    fn stateless_nouns_are_party_nouns_of_no_country() {
        let a = rasd_text::analyze("وشنت مقاتلات التحالف غارات وتعهدت الدول الغربية ودعت الحكومة المبعوثين وقال تنظيم داعش");
        let w = &a.words;
        let at = |s: &str| w.iter().position(|x| a.slice(x.body_start.max(x.start), x.end) == s || a.slice(x.start, x.end) == s).unwrap_or_else(|| panic!("{s}"));
        let (m, d, g, e, t) = (at("مقاتلات"), at("الدول"), at("الحكومة"), at("المبعوثين"), at("تنظيم"));
        assert!(is_party_noun(&w[m + 1]) && is_party_noun(&w[d]) && is_party_noun(&w[e]), "still party nouns");
        assert!(names_no_country(w, m, m + 2), "the noun before the coalition");
        assert!(names_no_country(w, d, d + 2));
        assert!(names_no_country(w, e, e + 1), "the sound plural of مبعوث");
        assert!(names_no_country(w, t, t + 2), "تنظيم داعش");
        assert!(!names_no_country(w, g, g + 1), "the government has its country");
        assert!(!names_no_country(w, m, m + 1), "the word after the phrase is not in it");
        assert_eq!(parse("stateless_noun\tتحالف\n").unwrap().get("تحالف"), Some(&WordClass::Stateless));
        let a = rasd_text::analyze("ودعا المجتمع الدولي والمجتمع المدني والمبعوث الخاص الأممي");
        let w = &a.words;
        let (m, c, e) = (at_in(&a, "المجتمع"), at_in(&a, "والمجتمع"), at_in(&a, "والمبعوث"));
        assert!(names_no_country(w, m, m + 2), "المجتمع الدولي");
        assert!(!names_no_country(w, c, c + 2), "المجتمع المدني");
        assert!(names_no_country(w, e, e + 3), "an adjective two words after the head");
        assert!(!is_party_noun(&w[m + 1]), "an adjective is no party noun");
        let a = rasd_text::analyze("وطردت 20 دولة البعثات الروسية ويبحث الوزراء الأوروبيون انسحاب القوات الأجنبية وقالت 20 امرأة");
        let w = &a.words;
        let (n, v, q, x) = (at_in(&a, "20"), at_in(&a, "الوزراء"), at_in(&a, "القوات"), w.iter().rposition(|x| x.key == "20").unwrap());
        assert!(names_no_country(w, n, n + 2), "a number of countries");
        assert!(!names_no_country(w, x, x + 2), "a number of women");
        assert!(names_no_country(w, v, v + 2), "الوزراء الأوروبيون");
        assert!(names_no_country(w, q, q + 2), "القوات الأجنبية");
    }

    #[test]
    fn multi_word_stateless_names_keep_no_country() {
        let a = rasd_text::analyze("وقال مقاتلو تنظيم \"الدولة الإسلامية\" إنهم هاجموا المدينة");
        let (m, h) = (at_in(&a, "مقاتلو"), at_in(&a, "إنهم"));
        assert!(names_no_country(&a.words, m, h), "after the head, the quotes skipped");
        let a = rasd_text::analyze("وهاجم تنظيم الدولة القوات");
        let t = at_in(&a, "تنظيم");
        assert!(names_no_country(&a.words, t, t + 2), "تنظيم الدولة");
        assert!(!names_no_country(&a.words, t, t + 1), "the name's second word is not in the phrase");
        let a = rasd_text::analyze("ودعت الدولة الإسلامية إلى القتال");
        let d = at_in(&a, "الدولة");
        assert!(names_no_country(&a.words, d, d + 2), "الدولة الإسلامية");
        let a = rasd_text::analyze("وأعلنت دولة إسلامية قيام الحكومة");
        let i = at_in(&a, "دولة");
        assert!(!names_no_country(&a.words, i, i + 2), "an Islamic state, not the Islamic State");
        let a = rasd_text::analyze("وقالت الدولة المصرية إنها");
        let e = at_in(&a, "الدولة");
        assert!(!names_no_country(&a.words, e, e + 2), "الدولة المصرية");
        assert!(parse_names("الدولة الإسلامية\nداعش\n").is_err(), "one word is refused");
        assert!(parse_names("تنظيم الدولة\nتنظيم الدولة\n").is_err(), "twice is refused");
        assert!(!names().is_empty());
    }

    #[test]
    fn party_phrases_in_real_text() {
        let a = rasd_text::analyze("واعتقلت الشرطة آلاف المتظاهرين مثلا على بسرعة التحرك بعد تأسيس الحزب");
        let w = &a.words;
        let at = |s: &str| w.iter().position(|x| a.slice(x.body_start.max(x.start), x.end) == s || a.slice(x.start, x.end) == s).unwrap_or_else(|| panic!("{s}"));
        assert!(is_party_noun(&w[at("الشرطة")]));
        let alaf = at("آلاف");
        assert_eq!(party_kind(w, alaf, alaf + 2, false), "noun", "a party noun after a counted head");
        assert_eq!(party_kind(w, at("مثلا"), at("مثلا") + 1, false), "closed");
        assert_eq!(party_kind(w, at("بسرعة"), at("بسرعة") + 2, false), "closed");
        assert_eq!(party_kind(w, at("تأسيس"), at("تأسيس") + 2, false), "none", "a masdar names no party");
        assert!(can_name_party(w, at("تأسيس"), at("تأسيس") + 1, true), "a phrase the knowledge base places does");
        assert!(!takes_context_country(w, at("تأسيس"), at("تأسيس") + 1, false), "a masdar takes no country from its sentence");
        assert!(!takes_context_country(w, at("مثلا"), at("مثلا") + 1, false));
        assert!(takes_context_country(w, alaf, alaf + 2, false));
        let a = rasd_text::analyze("وقالت إن أكثر من 50 ألف شخص اعتقلوا وخرج الآلاف");
        let w = &a.words;
        let k = w.iter().position(|x| x.key == "اكثر").expect("أكثر");
        assert!(takes_context_country(w, k, k + 5, false), "a counted group of people does");
        let k = w.iter().rposition(|x| is_party_noun(x));
        assert!(k.is_some_and(|k| a.slice(w[k].start, w[k].end) == "الآلاف"), "آلاف keeps the ال of its root");
        let a = rasd_text::analyze("قتل شخصان وطرد ستين دبلوماسيا وصحافيات");
        let w = &a.words;
        assert!(is_party_noun(&w[1]) && is_party_noun(&w[4]) && is_party_noun(&w[5]), "the dual, the accusative, the feminine plural");
        assert!(takes_context_country(w, 3, 5, false), "ستين دبلوماسيا");
    }
}
