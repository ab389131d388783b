//! Well-known events of the news (data/events/known_events.tsv): a report names an event everyone knows by a noun
//! and a name or place, without its date ("تسميم الجاسوس الروسي السابق"، "الهجوم الكيميائي في دوما"), and the
//! reader dates it from what they know. Such an event takes the story's day instead of the report's day, the lead's
//! or a day the sentence names for another act (the report's "الخميس").

use rasd_events::{CodedEvent, EventType, Status};
use rasd_text::{Analysis, WordKind};

/// One story: the day, the type of the event that names it, the last publication day it is read for, and its words
/// (groups that must all be found, each a list of alternative phrases, each phrase as word keys).
#[derive(Debug)]
pub struct KnownEvent {
    pub day: String,
    pub kind: EventType,
    pub until: String,
    pub words: Vec<Vec<Vec<String>>>,
}

/// How many words after the trigger's last word the story's words may reach (in its sentence, no punctuation).
const KNOWN_WORDS: usize = 8;

fn known_events() -> &'static [KnownEvent] {
    static P: std::sync::OnceLock<Vec<KnownEvent>> = std::sync::OnceLock::new();
    P.get_or_init(|| load_known_events(KNOWN_EVENTS).unwrap_or_else(|e| panic!("{e}")))
}

rasd_text::embedded_data! {
    "events";
    KNOWN_EVENTS, KNOWN_EVENTS_FILE = "known_events.tsv";
}

fn iso_day(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && s.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    (ok && rasd_numtime::parse_published(s).is_some()).then(|| s.to_string())
}

/// Read and validate the stories: an ISO day, a PLOVER type, a last publication day not before the day, and words
/// (alternatives separated by `|`, groups joined by `+`), each word of Arabic letters.
pub fn load_known_events(text: &str) -> Result<Vec<KnownEvent>, rasd_text::data::DataError> {
    rasd_text::data::rows(KNOWN_EVENTS_FILE, text)
        .map(|r| {
            r.expect_columns(4, "day, type, until, words")?;
            let day = r.parse(0, "day", iso_day)?;
            let kind = r.parse(1, "PLOVER type", EventType::parse)?;
            let until = r.parse(2, "until", iso_day)?;
            if until < day {
                return Err(r.error("until: before the day"));
            }
            let mut words = Vec::new();
            for group in r.field(3, "words")?.split('+') {
                let mut alts = Vec::new();
                for alt in group.split('|') {
                    let phrase: Vec<String> = alt.split_whitespace().map(rasd_text::key).collect();
                    if phrase.is_empty() || !phrase.iter().all(|w| !w.is_empty() && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))) {
                        return Err(r.error(format!("words: {alt:?} is not a phrase of Arabic words")));
                    }
                    alts.push(phrase);
                }
                words.push(alts);
            }
            Ok(KnownEvent { day, kind, until, words })
        })
        .collect()
}

/// Whether word `w` is the phrase word `p`: as written (its key), or its stem without clitics and article.
fn is_word(w: &rasd_text::Word, p: &str) -> bool {
    w.key == p || w.bare == p || p.strip_prefix("ال").is_some_and(|s| s.chars().count() >= 2 && w.bare == s)
}

/// Words after which what follows is another act than the trigger's ("الضربة السابقة بعد استخدام الكيماوي في خان
/// شيخون"، "الضربات الجوية ... أو الهجوم الكيماوي في دوما"): the story's words are not sought past them.
/// (data/events/words.tsv `another_act_word`, whole words.)
fn another_act(w: &rasd_text::Word) -> bool {
    rasd_events::lexicon::Lexicon::get().is_key("another_act_word", w)
}

/// The day of the well-known event `ev` names, if any, with the words of the text that name the story (the words
/// range from the first of its phrases found to the last: the date's evidence, as a written date's is its span):
/// the first story of its type whose every group of words has a phrase in the trigger or at most `KNOWN_WORDS`
/// words after it, in its sentence and before any punctuation, in a report published between the story's day and
/// its last day (`another_act` ends the search). Not for a plan, a hypothesis or a negated act ("لن تستأنف
/// المحادثات").
/// Else a definite noun that names again a story the report names elsewhere (`named_back`: "الهجوم" after a lead
/// on Douma's chemical attack).
pub fn known_day(a: &Analysis, ev: &CodedEvent, published: &str) -> Option<(&'static str, std::ops::Range<usize>)> {
    if matches!(ev.status, Status::Planned | Status::Hypothetical | Status::Negated) {
        return None;
    }
    let words = &a.words;
    let (s, e) = ev.trigger;
    let sentence = words.get(s)?.sentence;
    let mut end = e.min(words.len());
    while end < words.len() && end < e + KNOWN_WORDS && words[end].sentence == sentence && words[end].kind != WordKind::Punct && !another_act(&words[end]) {
        end += 1;
    }
    let stories = || known_events().iter().filter(|k| k.kind == ev.kind && k.day.as_str() <= published && published <= k.until.as_str());
    stories().find_map(|k| story_in(a, k, s..end).map(|r| (k.day.as_str(), r))).or_else(|| named_back(a, ev, stories()))
}

/// The text span of the words that name story `k` within words `range`: each group's first phrase found there,
/// from the first to the last of them. `None` when a group has no phrase in the range.
fn story_in(a: &Analysis, k: &KnownEvent, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let words = &a.words;
    let (s, end) = (range.start, range.end);
    // The words a phrase covers where it is first found.
    let found = |phrase: &[String]| (s..end).find(|&k| k + phrase.len() <= end && phrase.iter().enumerate().all(|(m, p)| is_word(&words[k + m], p))).map(|k| k..k + phrase.len());
    let spans: Option<Vec<std::ops::Range<usize>>> = k.words.iter().map(|alts| alts.iter().find_map(|p| found(p))).collect();
    let spans = spans?;
    let first = spans.iter().map(|r| r.start).min()?;
    let last = spans.iter().map(|r| r.end).max()?;
    Some(words[first].start..words[last - 1].end)
}

/// The story a definite noun names again (data/events/words.tsv `story_noun`: "الهجوم"، "الاعتداء"، "محاولة
/// الاغتيال" after `story_noun_head`) when the report names a well-known story of the event's type, its words in
/// one sentence: the story named in the noun's own sentence ("هجوم بغاز السارين على مدينة خان شيخون، وهو الهجوم
/// الذي ..."), else the report's story, the first named in the article when that is in the lead (its first
/// `LEAD_SENTENCES` sentences: "تسميم العميل الروسي السابق سيرغي سكريبال" ... "ونفت موسكو ضلوعها في الهجوم"). A story
/// named later only is background ("بعد عام على الجريمة ... في خان شيخون" in a report of Douma's attack). Not when a
/// definite adjective after the noun is none of the story's words ("الهجوم الصاروخي" after Douma's chemical attack,
/// "الاعتداء الجنسي"). The date's span is the story's words where they are named. `stories` are those of the
/// event's type read for the publication day, in file order. Train split: 13 dates made right, none made wrong (one
/// wrong day moves to another); news-dev unchanged. ANT (8,000 records, 243 dates changed): of 16 judged, 15 right, 1 wrong ("إن
/// الهجوم على حليفتها سوريا": the strikes of 14 April, in a report that leads with Douma).
fn named_back<'k>(a: &Analysis, ev: &CodedEvent, stories: impl Iterator<Item = &'k KnownEvent>) -> Option<(&'k str, std::ops::Range<usize>)> {
    let lex = rasd_events::lexicon::Lexicon::get();
    let words = &a.words;
    let s = ev.trigger.0;
    let first = words.get(s)?;
    let sentence = first.sentence;
    // The noun: the trigger's first word, or the word after a head of the story's name ("محاولة الاغتيال").
    let (n, noun) = match words.get(s + 1) {
        Some(next) if lex.is("story_noun_head", first) && first.split.article == 0 && next.sentence == sentence => (s + 1, next),
        _ => (s, first),
    };
    if noun.split.article == 0 || !lex.is("story_noun", noun) {
        return None;
    }
    // A definite adjective right after the noun, which must be one of the story's words.
    let adjective = words.get(n + 1).filter(|w| w.sentence == sentence && w.kind == WordKind::Arabic && w.split.article > 0 && w.split.conj == 0 && rasd_events::np::NISBA_ENDINGS.iter().any(|e| w.key.ends_with(e)));
    let fits = |k: &KnownEvent| adjective.is_none_or(|adj| k.words.iter().flatten().flatten().any(|p| is_word(adj, p)));
    // The lead's sentences and the noun's own, in text order (a lookup each: not the whole record per noun).
    let read: Vec<usize> = (0..LEAD_SENTENCES.min(a.sentences.len())).chain((sentence >= LEAD_SENTENCES).then_some(sentence)).collect();
    let mut own: Option<(&'k str, std::ops::Range<usize>)> = None;
    let mut lead: Option<(usize, &'k KnownEvent, std::ops::Range<usize>)> = None;
    for k in stories {
        for &sn in &read {
            let Some(r) = story_in(a, k, a.sentence_words(sn)) else { continue };
            if sn == sentence && own.is_none() && fits(k) {
                own = Some((k.day.as_str(), r.clone()));
            }
            if sn < LEAD_SENTENCES && lead.as_ref().is_none_or(|l| sn < l.0) {
                lead = Some((sn, k, r));
            }
        }
    }
    // Else the report's story (the first the lead names), when it fits.
    own.or_else(|| lead.filter(|l| fits(l.1)).map(|(_, k, r)| (k.day.as_str(), r)))
}

/// How many sentences open a report (dateline, lead and the sentence after): a story first named there is the
/// report's story, which a definite noun names again later (see `named_back`).
const LEAD_SENTENCES: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_known_events_load_and_a_bad_row_is_an_error_with_its_line() {
        assert!(!known_events().is_empty());
        let bad = "# c\n2018-03-04\tASSAULT\t2018-01-01\tسكريبال\tx\n";
        let e = load_known_events(bad).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(load_known_events("2018-13-04\tASSAULT\t2019-01-01\tسكريبال\n").is_err());
        assert!(load_known_events("2018-03-04\tATTACK\t2019-01-01\tسكريبال\n").is_err());
        assert!(load_known_events("2018-03-04\tASSAULT\t2019-01-01\tSkripal\n").is_err());
        let ok = load_known_events("2018-04-07\tASSAULT\t2019-01-01\tدوما + كيميائي|الكيماوي\n").unwrap();
        assert_eq!(ok[0].words.len(), 2);
        assert_eq!(ok[0].words[1].len(), 2);
    }
}
