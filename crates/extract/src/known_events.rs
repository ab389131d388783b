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
    // The words a phrase covers where it is first found.
    let found = |phrase: &[String]| (s..end).find(|&k| k + phrase.len() <= end && phrase.iter().enumerate().all(|(m, p)| is_word(&words[k + m], p))).map(|k| k..k + phrase.len());
    known_events().iter().filter(|k| k.kind == ev.kind && k.day.as_str() <= published && published <= k.until.as_str()).find_map(|k| {
        let spans: Option<Vec<std::ops::Range<usize>>> = k.words.iter().map(|alts| alts.iter().find_map(|p| found(p))).collect();
        let spans = spans?;
        let first = spans.iter().map(|r| r.start).min()?;
        let last = spans.iter().map(|r| r.end).max()?;
        Some((k.day.as_str(), words[first].start..words[last - 1].end))
    })
}

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
