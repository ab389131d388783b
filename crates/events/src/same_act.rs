//! One act or two: a learned decision over pairs of events of one type in one sentence. A sentence often names one
//! act twice, by an event noun and the verb of the clause that tells it ("قصف صاروخي استهدف مقر الحزب"، "هجوم ...
//! استهدف الجاسوس"، "الاعتداء قد استهدف لقاء"), and as often reports two acts of one type ("اعتقلت ... وأصابت"،
//! "التقى ... ثم اجتمع"): a rule keeping one event per sentence and type lost more gold events than false alarms
//! on the train split. A binary logistic model over features of the pair (noun or verb, which comes first, the words
//! between, their distance, same or other participants, dates, places, status and lemma) scores whether the later
//! event is the earlier one told again; a pair scoring above zero (the threshold folded into the bias) is merged.
//! The weights are learned from the annotated train split (`rasd train same_act`, crates/learn) into
//! data/events/same_act_model.tsv; an empty model merges nothing.
//!
//! The earlier event is kept: the scorer's matching takes the first event of a type in the gold evidence's
//! sentence, and the earlier word is the one that names the act (the noun heading the sentence, the first verb),
//! while the later one tells its participants (the verb of the relative or predicate clause: "استهدف مقر الحزب").
//! So the kept event takes from the merged one each field it lacks: actor, recipient, place, date and counts.

use crate::coder::is_nominal;
use crate::lexicon::Lexicon;
use crate::{Arg, CodedEvent, CodedQuote, Ctx};
use rasd_text::{Word, WordKind};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

const MODEL_FILE: &str = "data/events/same_act_model.tsv";
const MODEL: &str = include_str!("../../../data/events/same_act_model.tsv");

/// Word classes of data/events/words.tsv whose presence on a trigger says what kind of word it is: a killing or a
/// toll, a weapon.
const CLASSES: [&str; 5] = ["kill_word", "injure_word", "fatal_unit", "injury_unit", "weapon"];

/// Up to how many words between the two triggers the words themselves are features (`btw=`): a clause's link
/// ("الذي"، "ثم"، "كما"، "بعد"), not the next clause's content.
const BETWEEN_SPAN: usize = 6;

/// A binary linear model: per feature, its weight toward "the later event is the earlier one told again".
pub struct SameActModel {
    weights: FxHashMap<String, f32>,
}

impl SameActModel {
    /// The shipped model, or the file RASD_SAME_ACT_MODEL names (a candidate model tried without rebuilding).
    pub fn get() -> &'static SameActModel {
        static M: OnceLock<SameActModel> = OnceLock::new();
        M.get_or_init(|| SameActModel::parse(&crate::model_text("RASD_SAME_ACT_MODEL", MODEL)).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Read a model file: `feature<TAB>weight`.
    pub fn parse(text: &str) -> Result<SameActModel, rasd_text::data::DataError> {
        let mut weights = FxHashMap::default();
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(2, "feature and weight")?;
            // A NaN weight would make every score NaN and silently merge nothing; a repeated feature would hide one row.
            let w: f32 = r.parse(1, "weight (a finite number)", |v| v.parse().ok().filter(|w: &f32| w.is_finite()))?;
            if weights.insert(r.fields[0].to_string(), w).is_some() {
                return Err(r.error(format!("feature {:?} is listed twice", r.fields[0])));
            }
        }
        Ok(SameActModel { weights })
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The score of a pair: above zero the later event is merged into the earlier.
    pub fn score(&self, features: &[String]) -> f32 {
        features.iter().filter_map(|f| self.weights.get(f)).sum()
    }
}

/// A pair as the trainer sees it: the first words of the two triggers (code points: the output's trigger starts
/// inside, past a clitic), their type, the pair's features.
#[derive(Clone, Debug)]
pub struct Pair {
    pub first: (usize, usize),
    pub second: (usize, usize),
    pub kind: crate::EventType,
    pub features: Vec<String>,
}

thread_local! {
    static COLLECT: crate::trace::Sink<Pair> = const { RefCell::new(None) };
}

/// Run `f` merging nothing, and return what it returns with every pair of same-type events of one sentence the
/// coder kept meanwhile on this thread: how the trainer reads the pairs of the full pipeline.
pub fn collect<R>(f: impl FnOnce() -> R) -> (R, Vec<Pair>) {
    crate::trace::collect(&COLLECT, f)
}

/// How many earlier events of its sentence and type an event is compared with (news sentences hold a few; a run-on
/// text of thousands would otherwise cost a pair each).
const NEAREST: usize = 16;

/// Merge the later event of each pair the model takes for one act into the earlier (nothing when the model is
/// empty; only recorded when a trainer collects).
pub fn merge(ctx: &Ctx, quotes: &[CodedQuote], events: &mut Vec<CodedEvent>) {
    let model = SameActModel::get();
    let collecting = crate::trace::collecting(&COLLECT);
    if model.is_empty() && !collecting {
        return;
    }
    let words = &ctx.a.words;
    let mut keep = vec![true; events.len()];
    // The kept earlier events of each sentence and type, in order: an event is compared with the NEAREST last of its
    // own, so that a document's cost stays linear however many events one run-on sentence holds.
    let mut earlier: FxHashMap<(usize, crate::EventType), Vec<usize>> = FxHashMap::default();
    let mut around: Option<Around> = None;
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for j in 0..events.len() {
        let mut best: Option<(usize, f32)> = None;
        let same = earlier.entry((events[j].sentence, events[j].kind)).or_default();
        let nearest: Vec<usize> =
            same.iter().rev().filter(|&&i| events[i].trigger.0 < events[j].trigger.0).take(NEAREST).copied().collect();
        for &i in nearest.iter().rev() {
            let (a, b) = (&events[i], &events[j]);
            if stop_between(ctx, a, b) {
                continue;
            }
            let around = around.get_or_insert_with(|| Around::new(words.len(), quotes, events));
            let f = features(ctx, around, events, i, j);
            if collecting {
                crate::trace::record(&COLLECT, Pair { first: span(&words[a.trigger.0]), second: span(&words[b.trigger.0]), kind: a.kind, features: f });
                continue;
            }
            let s = model.score(&f);
            if s > 0.0 && best.is_none_or(|(_, x)| s > x) {
                best = Some((i, s));
            }
        }
        match best {
            None => same.push(j),
            Some((i, _)) => {
                keep[j] = false;
                merged.push((i, j));
            }
        }
    }
    // Fields are taken over once every pair is decided: the model was trained on the events as coded, so a later
    // pair must not see a kept event already filled from an earlier merge.
    if absorbs() {
        for &(i, j) in &merged {
            let later = events[j].clone();
            absorb(&mut events[i], later);
        }
    }
    let mut k = keep.iter();
    events.retain(|_| *k.next().unwrap_or(&true));
}

/// Does a full stop or a line break stand between the two triggers? The scorer's sentences end there (a gold event
/// is looked for in its evidence's sentences), so the two are never one act told twice in one of its sentences:
/// merging them could only lose the later one's gold event.
fn stop_between(ctx: &Ctx, a: &CodedEvent, b: &CodedEvent) -> bool {
    let words = &ctx.a.words;
    let (from, to) = (words[a.trigger.1 - 1].end, words[b.trigger.0].start);
    ctx.a.chars[from.min(to)..to].iter().any(|&c| matches!(c, '.' | '!' | '?' | '؟' | '\n'))
}

fn span(w: &Word) -> (usize, usize) {
    (w.start, w.end)
}

/// Whether the kept event takes the merged one's fields (`absorb`; RASD_SAME_ACT_ABSORB=0 for an experiment: the
/// kept event stays as coded).
fn absorbs() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("RASD_SAME_ACT_ABSORB").map_or(true, |v| v != "0"))
}

/// The kept event takes each field it lacks from the event merged into it.
fn absorb(kept: &mut CodedEvent, merged: CodedEvent) {
    if kept.actor.is_none() {
        kept.actor = merged.actor;
    }
    if kept.recipient.is_none() {
        kept.recipient = merged.recipient;
    }
    kept.location = kept.location.or(merged.location);
    kept.date = kept.date.or(merged.date);
    kept.fatalities = kept.fatalities.or(merged.fatalities);
    kept.injuries = kept.injuries.or(merged.injuries);
}

/// The distance in words between two triggers, as a bucket.
fn gap_bucket(gap: usize) -> &'static str {
    match gap {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=4 => "3-4",
        5..=8 => "5-8",
        9..=15 => "9-15",
        _ => "16+",
    }
}

/// Do two participants name the same party: overlapping words, one entity, or one name?
fn same_party(a: &Arg, b: &Arg) -> bool {
    a.word_start < b.word_end && b.word_start < a.word_end
        || a.desc.entity.is_some() && a.desc.entity == b.desc.entity
        || a.desc.name.is_some() && a.desc.name == b.desc.name
}

/// How two events' participants of one role compare: none, one only, the same party, one country, or other.
fn compare_party(a: &Option<Arg>, b: &Option<Arg>) -> &'static str {
    match (a, b) {
        (None, None) => "none",
        (Some(_), None) => "first",
        (None, Some(_)) => "second",
        (Some(x), Some(y)) if same_party(x, y) => "same",
        (Some(x), Some(y)) if x.desc.country.is_some() && x.desc.country == y.desc.country => "samec",
        _ => "other",
    }
}

/// How two optional fields compare: none, one only, equal, different.
fn compare<T: PartialEq>(a: Option<T>, b: Option<T>) -> &'static str {
    match (a, b) {
        (None, None) => "none",
        (Some(_), None) => "first",
        (None, Some(_)) => "second",
        (Some(x), Some(y)) if x == y => "same",
        _ => "other",
    }
}

/// The word's form as the features read it: N (a noun: article, preposition, governing word) or V.
fn form(words: &[Word], t0: usize) -> &'static str {
    if is_nominal(words, t0) {
        "N"
    } else {
        "V"
    }
}

/// What a pair's features ask of the whole document, indexed once so that a pair costs the words between its
/// triggers, not a pass over every event and quote of the document.
struct Around {
    /// Every event's trigger start and type, by start.
    starts: Vec<(usize, crate::EventType)>,
    /// How many events each sentence holds of each type.
    per_kind: FxHashMap<(usize, crate::EventType), usize>,
    /// For each word, the first quote (in the quotes' order) whose content holds it, or `u32::MAX`.
    quote_at: Vec<u32>,
}

impl Around {
    fn new(n_words: usize, quotes: &[CodedQuote], events: &[CodedEvent]) -> Around {
        let mut starts: Vec<(usize, crate::EventType)> = events.iter().map(|e| (e.trigger.0, e.kind)).collect();
        starts.sort_by_key(|&(t, _)| t);
        let mut per_kind = FxHashMap::default();
        for e in events {
            *per_kind.entry((e.sentence, e.kind)).or_insert(0) += 1;
        }
        let mut quote_at = vec![u32::MAX; n_words];
        for (k, q) in quotes.iter().enumerate().rev() {
            for t in q.content_words.0..q.content_words.1.min(n_words) {
                quote_at[t] = k as u32;
            }
        }
        Around { starts, per_kind, quote_at }
    }

    /// The types of the events whose trigger starts at a word in `from..to`.
    fn between(&self, from: usize, to: usize) -> impl Iterator<Item = crate::EventType> + '_ {
        let lo = self.starts.partition_point(|&(t, _)| t < from);
        let hi = self.starts.partition_point(|&(t, _)| t < to).max(lo);
        self.starts[lo..hi].iter().map(|&(_, k)| k)
    }

    /// The index of the quote whose content holds word `t`, if one does.
    fn quote_of(&self, t: usize) -> Option<usize> {
        self.quote_at.get(t).filter(|&&k| k != u32::MAX).map(|&k| k as usize)
    }
}

/// The features of the pair (`i` earlier, `j` later) of `events`, one type in one sentence.
fn features(ctx: &Ctx, around: &Around, events: &[CodedEvent], i: usize, j: usize) -> Vec<String> {
    let words = &ctx.a.words;
    let (a, b) = (&events[i], &events[j]);
    let ty = a.kind.as_str();
    let (fa, fb) = (form(words, a.trigger.0), form(words, b.trigger.0));
    let gap = b.trigger.0.saturating_sub(a.trigger.1);
    let g = gap_bucket(gap);
    let mut f = vec!["bias".to_string(), format!("ty={ty}"), format!("forms={fa}{fb}"), format!("tforms={ty}|{fa}{fb}"), format!("gap={g}"), format!("gapf={g}|{fa}{fb}")];
    let p = PairForms { a, b, fa, fb, gap };
    lemma_features(&mut f, &p);
    between_features(&mut f, ctx, around, &p);
    word_kind_features(&mut f, ctx, &p);
    events_between_features(&mut f, around, &p);
    party_features(&mut f, ctx, around, &p);
    f
}

/// The two events of a pair, the form of each trigger (noun or verb) and the words between them.
struct PairForms<'e> {
    a: &'e CodedEvent,
    b: &'e CodedEvent,
    fa: &'static str,
    fb: &'static str,
    gap: usize,
}

/// The triggers' lemmas: the same lemma, each, the pair, and whether each is a strong trigger.
fn lemma_features(f: &mut Vec<String>, p: &PairForms) {
    let lex = Lexicon::get();
    let (a, b) = (p.a, p.b);
    let (ta, tb) = (&lex.triggers[a.lexeme], &lex.triggers[b.lexeme]);
    if a.lexeme == b.lexeme || ta.lemma == tb.lemma {
        f.push("same_lemma".into());
    }
    f.push(format!("la={}", ta.lemma));
    f.push(format!("lb={}", tb.lemma));
    f.push(format!("lab={}|{}", ta.lemma, tb.lemma));
    f.push(format!("strong={}{}", ta.strong as u8, tb.strong as u8));
}

fn between_features(f: &mut Vec<String>, ctx: &Ctx, around: &Around, p: &PairForms) {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let (a, b, fa, fb, gap) = (p.a, p.b, p.fa, p.fb, p.gap);
    // The words between: punctuation, a relative pronoun, a conjunction on the later trigger, another event.
    let between = &words[a.trigger.1.min(b.trigger.0)..b.trigger.0];
    let punct: Vec<&str> = between.iter().filter(|w| w.kind == WordKind::Punct).map(|w| w.key.as_str()).collect();
    if punct.is_empty() {
        f.push("no_punct".into());
    }
    for p in punct.iter().take(3) {
        f.push(format!("punct={p}"));
    }
    if between.iter().any(|w| lex.is("relative", w)) {
        f.push(format!("rel|{fa}{fb}"));
    }
    if b.trigger.0 > a.trigger.1 && lex.is("relative", &words[b.trigger.0 - 1]) {
        f.push(format!("rel_before_b|{fa}{fb}"));
    }
    let wb = &words[b.trigger.0];
    if wb.split.conj > 0 {
        f.push(format!("conj_b|{fa}{fb}|{}", if gap == 0 { "adj" } else { "far" }));
    }
    if gap <= BETWEEN_SPAN {
        for w in between.iter().filter(|w| w.is_arabic()) {
            f.push(format!("btw={}", w.bare));
            if w.split.conj > 0 {
                f.push("btw_conj".into());
            }
        }
    }
    // A noun followed close after by a verb, no punctuation between: the verb tells the noun's act ("قصف صاروخي
    // استهدف"), its predicate or the verb of a clause describing it.
    if fa == "N" && fb == "V" && gap <= 3 && punct.is_empty() {
        f.push(format!("noun_verb_close|{}", wb.split.conj > 0));
    }
    // The verb right after the noun's phrase with no conjunction, no punctuation and no other act between: the
    // noun is its subject or the head of the clause it opens ("ضربات استهدفت مواقع"، "قصف صاروخي استهدف مقر").
    // (Both triggers stand in one sentence, so every trigger between them does too.)
    let no_event_between = around.between(a.trigger.1, b.trigger.0).next().is_none();
    if fa == "N" && fb == "V" && wb.split.conj == 0 && gap <= 4 && punct.is_empty() && no_event_between {
        f.push(format!("subject_verb|{}", if a.kind == crate::EventType::Assault { "A" } else { "-" }));
    }
}

fn word_kind_features(f: &mut Vec<String>, ctx: &Ctx, p: &PairForms) {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let (a, b, fa, fb) = (p.a, p.b, p.fa, p.fb);
    // What kind of word each trigger is (a killing or a toll, a weapon) and the preposition it takes: a death told
    // by a verb and the attack it happened in ("قتلوا في قصف"، "أصيبوا في هجمات") or by the attack's toll.
    for (side, e) in [("a", a), ("b", b)] {
        let w = &words[e.trigger.0];
        for c in CLASSES.iter().filter(|c| lex.is(c, w)) {
            f.push(format!("cls{side}={c}"));
        }
        let prep = match w.preposition_clitic() {
            Some(c) => c.to_string(),
            // The word before the later trigger is no preposition of it when it ends the earlier trigger.
            None if side == "a" || e.trigger.0 > a.trigger.1 => {
                match e.trigger.0.checked_sub(1).map(|k| &words[k]) {
                    Some(p) if lex.is_form("frame_prep", &p.bare) && p.split.article == 0 => p.bare.clone(),
                    _ => "-".into(),
                }
            }
            None => "-".into(),
        };
        f.push(format!("prep{side}={prep}|{}", if side == "a" { fa } else { fb }));
    }
}

/// Other events between the two (of their type or another) and how many of the type the sentence holds.
fn events_between_features(f: &mut Vec<String>, around: &Around, p: &PairForms) {
    let (a, b) = (p.a, p.b);
    let (mut same_between, mut other_between) = (false, false);
    for kind in around.between(a.trigger.1, b.trigger.0) {
        if kind == a.kind {
            same_between = true;
        } else {
            other_between = true;
        }
    }
    if same_between {
        f.push("same_between".into());
    }
    if other_between {
        f.push("other_between".into());
    }
    let n = around.per_kind.get(&(a.sentence, a.kind)).copied().unwrap_or(0);
    f.push(format!("n={}", n.min(4)));
}

fn party_features(f: &mut Vec<String>, ctx: &Ctx, around: &Around, p: &PairForms) {
    let (a, b) = (p.a, p.b);
    // Participants: the same party, other parties, or one side only; one's recipient the other's actor.
    let act = compare_party(&a.actor, &b.actor);
    let rec = compare_party(&a.recipient, &b.recipient);
    f.push(format!("act={act}"));
    f.push(format!("rec={rec}"));
    f.push(format!("ar={act}|{rec}"));
    let cross = |x: &Option<Arg>, y: &Option<Arg>| x.as_ref().zip(y.as_ref()).is_some_and(|(x, y)| same_party(x, y));
    if cross(&a.actor, &b.recipient) || cross(&a.recipient, &b.actor) {
        f.push("cross".into());
    }
    // The later trigger inside the earlier's participant (or the reverse): one names the other's party or object.
    let inside = |t: usize, e: &CodedEvent| [&e.actor, &e.recipient].iter().any(|x| x.as_ref().is_some_and(|x| x.word_start <= t && t < x.word_end));
    if inside(b.trigger.0, a) || inside(a.trigger.0, b) {
        f.push("in_arg".into());
    }
    let date = |e: &CodedEvent| e.date.map(|d| ctx.times[d].word_start);
    f.push(format!("date={}", compare(date(a), date(b))));
    f.push(format!("place={}", compare(a.location, b.location)));
    f.push(format!("cas={}", compare(a.fatalities.or(a.injuries).map(|_| ()), b.fatalities.or(b.injuries).map(|_| ()))));
    if a.status == b.status {
        f.push("st=same".into());
    } else {
        f.push(format!("st={}|{}", a.status.as_str(), b.status.as_str()));
    }
    let (qa, qb) = (around.quote_of(a.trigger.0), around.quote_of(b.trigger.0));
    f.push(format!("quote={}", if qa == qb { if qa.is_some() { "same" } else { "none" } } else { "other" }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_file_is_read_and_scores_by_its_weights() {
        let m = SameActModel::parse("# a model\nbias\t-1.5\nforms=NV\t2.0\n").unwrap();
        assert!(!m.is_empty());
        assert!(m.score(&["bias".into(), "forms=NV".into()]) > 0.0);
        assert!(m.score(&["bias".into(), "forms=VV".into()]) < 0.0);
        assert!(SameActModel::parse("bias\tx\n").is_err());
    }

    #[test]
    fn the_shipped_model_loads() {
        let _ = SameActModel::get();
    }

    #[test]
    fn distances_fall_in_buckets() {
        assert_eq!(gap_bucket(0), "0");
        assert_eq!(gap_bucket(4), "3-4");
        assert_eq!(gap_bucket(12), "9-15");
        assert_eq!(gap_bucket(40), "16+");
    }
}
