//! The participants of coded events as the contract writes them: the mention's own country (a linked name, a
//! nationality adjective in the phrase), else the country its context gives (`country_from`).

use crate::context::{cited_words, demonym_at, most_named};
use crate::doc::Participant;
use rasd_entities::{Entity as Ent, EntityIndex, Kind};
use rasd_events::Arg;
use rasd_text::Analysis;
use std::cell::RefCell;

/// One country mention of a sentence: its word, its country, and whether it is a place named as where something
/// is ("في جنيف").
type Mention<'e> = (usize, &'e str, bool);

/// The countries a report names, mention by mention (places, linked people and organisations, and the
/// nationality adjectives of the sentences asked about), by sentence and word: the context that says whose
/// police, army or protesters a sentence speaks of. The outlet a report cites ("بحسب موقع إن تي في الألماني"،
/// "مراسل وكالة فرانس برس") is no party to it.
pub struct Countries<'e> {
    a: &'e Analysis,
    ents: &'e [Ent],
    index: &'e EntityIndex,
    cited: Vec<bool>,
    named: RefCell<Vec<Vec<Mention<'e>>>>,
    /// Sentences whose nationality adjectives have been added to `named` (added on first question).
    with_demonyms: RefCell<Vec<bool>>,
    report: Option<String>,
}

impl<'e> Countries<'e> {
    pub fn new(a: &'e Analysis, ents: &'e [Ent], index: &'e EntityIndex) -> Countries<'e> {
        let cited = cited_words(a);
        let mut named: Vec<Vec<Mention<'e>>> = vec![Vec::new(); a.sentences.len()];
        let lex = rasd_events::lexicon::Lexicon::get();
        for e in ents.iter().filter(|e| !cited[e.word_start] && e.role.as_deref() != Some("MED")) {
            let country = e.country.as_deref().or(e.geo.as_ref().and_then(|g| g.country.as_deref()));
            if let (Some(c), Some(v)) = (country, named.get_mut(a.words[e.word_start].sentence)) {
                let w = &a.words[e.word_start];
                let locative = e.kind == Kind::Loc && (w.split.prep > 0 || e.word_start > 0 && lex.is_key("locative", &a.words[e.word_start - 1]));
                v.push((e.word_start, c, locative));
            }
        }
        let report = most_named(named.iter().flatten().map(|x| x.1));
        Countries { a, ents, index, cited, named: RefCell::new(named), with_demonyms: RefCell::new(vec![false; a.sentences.len()]), report }
    }

    fn add_demonyms(&self, sentence: usize) {
        if std::mem::replace(&mut self.with_demonyms.borrow_mut()[sentence], true) {
            return;
        }
        let mut n = self.named.borrow_mut();
        for k in self.a.sentence_words(sentence) {
            if let Some(c) = demonym_at(self.a, k).filter(|c| !self.cited[k] && !self.index.covers(k) && !names_sponsor(self.a, self.ents, k, c)) {
                n[sentence].push((k, c, false));
            }
        }
        n[sentence].sort_by_key(|x| x.0);
    }

    /// The end of `other` with the nationalities coordinated after it: "اعتقال سوري وعراقي"، "أفغاني، وسوري،
    /// وبلغاري" are all the other side.
    fn other_end(&self, sentence: usize, other: &Arg) -> usize {
        let words = &self.a.words;
        let mut end = other.word_end;
        loop {
            let k = if end < words.len() && words[end].key == "," { end + 1 } else { end };
            if k < words.len() && words[k].sentence == sentence && words[k].split.conj > 0 && demonym_at(self.a, k).is_some() {
                end = k + 1;
            } else {
                return end;
            }
        }
    }

    /// The countries sentence `sentence` names, in order, outside the words of `other` (and, with `parties`,
    /// leaving out the places named as where something is). Looking for a recipient (`parties`), a coordinated
    /// nationality is one of them: "مسؤولين أمريكيين وصينيين يجرون محادثات".
    pub fn in_sentence(&self, sentence: usize, other: Option<&Arg>, parties: bool) -> Vec<&'e str> {
        if sentence >= self.a.sentences.len() {
            return Vec::new();
        }
        self.add_demonyms(sentence);
        let other_end = other.filter(|_| !parties).map(|o| self.other_end(sentence, o));
        let outside = |k: usize| other.is_none_or(|o| k < o.word_start || k >= other_end.unwrap_or(o.word_end));
        self.named.borrow()[sentence].iter().filter(|x| outside(x.0) && !(parties && x.2)).map(|x| x.1).collect()
    }

    /// Whether sentence `sentence` names country `c` by a word of `ws..we` (a place, a linked name, a nationality).
    pub fn names_within(&self, sentence: usize, ws: usize, we: usize, c: &str) -> bool {
        if sentence >= self.a.sentences.len() {
            return false;
        }
        self.add_demonyms(sentence);
        self.named.borrow()[sentence].iter().any(|x| x.0 >= ws && x.0 < we && x.1 == c)
    }

    /// The country the sentence names most, leaving out the words of the other participant ("قتل جنود
    /// أمريكيون": the dead soldiers' country is not the killers'); else the one the report names most.
    pub fn context(&self, sentence: usize, other: Option<&Arg>) -> Option<(String, &'static str)> {
        most_named(self.in_sentence(sentence, other, false).into_iter()).map(|c| (c, "sentence")).or_else(|| self.report.clone().map(|c| (c, "report")))
    }
}

/// Does the nationality adjective at word `k` (of country `c`) name the sponsor of an armed group rather than its
/// party: it follows a name placed in another country, right after a proxy noun of data/events/participants.tsv
/// ("ميليشيات الحوثي الإيرانية": the Houthis, Yemeni)?
fn names_sponsor(a: &Analysis, ents: &[Ent], k: usize, c: &str) -> bool {
    // Only names starting in k's sentence before k can end at k: entities are sorted by start, so two binary
    // searches give them (a long record has as many demonyms as entities).
    let sentence = a.words[k].sentence;
    let first = a.words.partition_point(|w| w.sentence < sentence);
    let (lo, hi) = (ents.partition_point(|e| e.word_start < first), ents.partition_point(|e| e.word_start < k));
    ents[lo..hi].iter().any(|e| {
        e.word_end == k
            && e.word_start > 0
            && a.words[e.word_start].sentence == a.words[k].sentence
            && e.country.as_deref().is_some_and(|ec| ec != c)
            && rasd_events::participant::is_proxy_noun(&a.words[e.word_start - 1])
    })
}

/// A participant from its mention: text and span, link, and the mention's own country. A nationality adjective
/// in the phrase places a body the linker knows without a country ("الإنتربول السعودي"); inside the name itself
/// it is part of the name ("الاتحاد الأوروبي"). For an organisation the adjective also outweighs a link made by
/// spelling alone (مجموعة "بي إس إيه" الفرنسية is French whatever else "PSA" names).
pub fn from_mention(a: &Analysis, ents: &[Ent], arg: &Arg) -> Participant {
    let (s, e) = (a.words[arg.word_start].body_start, a.words[arg.word_end - 1].end);
    let linked = arg.desc.entity.map(|i| (ents[i].word_start, ents[i].word_end));
    let adjective = || {
        (arg.word_start..arg.word_end)
            .filter(|&k| linked.is_none_or(|(s, e)| k < s || k >= e))
            .find_map(|k| demonym_at(a, k).filter(|c| !names_sponsor(a, ents, k, c)))
            .map(str::to_string)
    };
    let organisation = arg.desc.entity.is_some_and(|i| ents[i].kind == Kind::Org);
    let country = if organisation { adjective().or(arg.desc.country.clone()) } else { arg.desc.country.clone().or_else(adjective) };
    Participant {
        text: Some(a.slice(s, e)),
        start: Some(s),
        end: Some(e),
        entity: arg.desc.entity.map(|i| format!("E{}", i + 1)),
        name: arg.desc.name.clone(),
        country,
        role: arg.desc.role.clone(),
        country_from: None,
    }
}

/// A participant the mention does not place (الشرطة، المتظاهرون، "المجموعة"), or one the sentence leaves unnamed
/// (اعتقال سوري: by whom?), belongs to the country the sentence names most, else the one the report names most:
/// the annotation guide's "use the context of the article". International organisations belong to none.
pub fn in_context(a: &Analysis, ents: &[Ent], countries: &Countries, arg: Option<&Arg>, sentence: usize, other: Option<&Arg>) -> Option<Participant> {
    let Some(arg) = arg else {
        return countries.context(sentence, other).map(|(c, from)| Participant::unnamed(c, from));
    };
    let mut p = from_mention(a, ents, arg);
    // Only a phrase that can name a party takes its context's country: not a masdar or a content noun the
    // attachment took ("تأسيس"، "بسرعة التحرك"), whose country would be the sentence's, not its own.
    let party = rasd_events::participant::takes_context_country(&a.words, arg.word_start, arg.word_end, arg.desc.is_known());
    if p.country.is_none() && party && !arg.desc.role.as_deref().is_some_and(|r| matches!(r, "IGO" | "NGO")) {
        if let Some((c, from)) = countries.context(sentence, other) {
            p.country = Some(c);
            p.country_from = Some(from);
        }
    }
    Some(p)
}

/// A coalition, a group of countries, an envoy, the Islamic State (a phrase headed by a stateless noun of
/// data/events/participants.tsv) belongs to no one country: the country its context gave it is taken back (its own
/// words still place it: "المبعوث الأمريكي"). Done after the recipient is placed, so that an unnamed recipient is
/// decided as before from the country the context gives the act ("غارات التحالف" in Yemen: the Houthis').
pub fn without_context_country(a: &Analysis, arg: &Arg, p: &mut Participant) {
    if p.country_from.is_some() && p.text.is_some() && rasd_events::participant::names_no_country(&a.words, arg.word_start, arg.word_end) {
        p.country = None;
        p.country_from = None;
    }
}
