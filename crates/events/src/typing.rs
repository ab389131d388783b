//! Which sense a trigger has here: a learned choice of an event's type among the lexicon's type of its lexeme and
//! the other senses data/events/type_senses.tsv lists for it (طرد deports migrants, COERCE, or expels diplomats,
//! SANCTION; دعم is praise, SUPPORT, or arms and money, AID; انسحاب from a deal is SANCTION, of forces RETREAT).
//! A multinomial logistic model over sparse features of the coded event (its lemma with the particle of its frame,
//! the words and word classes around it, the word governing it, the other acts of its sentence, its participants)
//! scores each type; the event takes the best other sense only when that sense's probability beats its own by the
//! margin chosen by cross-validation. The weights are learned from the annotated train split (`rasd train types`,
//! crates/learn) into data/events/type_model.tsv; an empty model keeps every lexicon type.

use crate::lexicon::Lexicon;
use crate::{CodedEvent, CodedQuote, Ctx, EventType, Mode};
use rasd_text::{Word, WordKind};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

rasd_text::embedded_data! {
    "events";
    SENSES, SENSES_FILE = "type_senses.tsv";
    MODEL, MODEL_FILE = "type_model.tsv";
    CAMEO, CAMEO_FILE = "cameo-event-codes.tsv";
}

/// Word classes of data/events/words.tsv read in the few words around a trigger: what it acts on or with
/// (diplomats, weapons, protesters, casualties, a conflict, mediation).
const CONTEXT_CLASSES: [&str; 9] = ["diplomat", "weapon", "protester", "fatal_unit", "injury_unit", "conflict", "mediation", "victim_noun", "rocket"];

/// Word classes of data/events/words.tsv whose presence right before the trigger says what governs it.
const GOVERNORS: [&str; 6] = ["topic_head", "aim_noun", "plan_noun", "genitive_head", "combat_noun", "noun_governor"];

/// How many words on each side of the trigger are read for context classes.
const WINDOW: usize = 4;

/// Another sense of a lexeme: its type, mode and CAMEO code (with its Goldstein score).
#[derive(Clone, Debug)]
pub struct Sense {
    pub kind: EventType,
    pub mode: Option<Mode>,
    pub cameo: &'static str,
    pub goldstein: Option<f64>,
}

/// The other senses of each lexicon lemma.
pub struct Senses {
    by_lemma: FxHashMap<&'static str, Vec<Sense>>,
}

impl Senses {
    pub fn get() -> &'static Senses {
        static S: OnceLock<Senses> = OnceLock::new();
        S.get_or_init(|| Senses::parse(SENSES, Lexicon::get()).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Read data/events/type_senses.tsv: lemma, type, mode, cameo, note. A lemma the lexicon does not have, a
    /// sense equal to the lexeme's own type, a mode the type does not take or a CAMEO code not in
    /// cameo-event-codes.tsv is an error.
    pub fn parse(text: &'static str, lex: &Lexicon) -> Result<Senses, rasd_text::data::DataError> {
        let mut goldstein: FxHashMap<&str, Option<f64>> = FxHashMap::default();
        for r in rasd_text::data::rows(CAMEO_FILE, CAMEO).skip(1) {
            goldstein.insert(r.fields[0], r.optional(2).and_then(|g| g.parse().ok()));
        }
        let mut by_lemma: FxHashMap<&'static str, Vec<Sense>> = FxHashMap::default();
        for r in rasd_text::data::rows(SENSES_FILE, text) {
            r.expect_columns(4, "lemma, type, mode, cameo")?;
            let lemma = r.field(0, "lemma")?;
            let kind = r.parse(1, "PLOVER type", EventType::parse)?;
            let own: Vec<EventType> = lex.triggers.iter().filter(|t| t.lemma == lemma).map(|t| t.kind).collect();
            if own.is_empty() {
                return Err(r.error(format!("{lemma:?} is the lemma of no lexeme of data/events/triggers.tsv")));
            }
            // Two lexemes may share a lemma (طرد deports; "طرد السفير" expels): a sense is another only if some
            // lexeme of the lemma has another type.
            if own.iter().all(|&k| k == kind) {
                return Err(r.error(format!("{kind} is already the lexicon's type of {lemma:?}")));
            }
            let mode = match r.optional(2) {
                Some(m) => Some(Mode::parse(m).filter(|m| kind.allows(*m)).ok_or_else(|| r.error(format!("mode {m:?} is not a mode of {kind}")))?),
                None => None,
            };
            let cameo = r.field(3, "cameo")?;
            let g = *goldstein.get(cameo).ok_or_else(|| r.error(format!("CAMEO code {cameo:?} is not in {CAMEO_FILE}")))?;
            by_lemma.entry(lemma).or_default().push(Sense { kind, mode, cameo, goldstein: g });
        }
        Ok(Senses { by_lemma })
    }

    /// The other senses of a lemma (none for most).
    pub fn of(&self, lemma: &str) -> &[Sense] {
        self.by_lemma.get(lemma).map_or(&[], |v| v.as_slice())
    }
}

/// A multinomial linear model: per feature, its weight toward each type; and the margin by which another sense's
/// probability must beat the lexicon type's.
pub struct TypeModel {
    weights: FxHashMap<String, [f32; 16]>,
    margin: f32,
}

impl TypeModel {
    /// The shipped model, or the file RASD_TYPE_MODEL names (a candidate model tried without rebuilding).
    pub fn get() -> &'static TypeModel {
        static M: OnceLock<TypeModel> = OnceLock::new();
        M.get_or_init(|| {
            TypeModel::parse(&crate::model_text("RASD_TYPE_MODEL", MODEL)).unwrap_or_else(|e| panic!("{e}"))
        })
    }

    /// Read a model file: `margin<TAB>-<TAB>value` once, then `feature<TAB>TYPE<TAB>weight`.
    pub fn parse(text: &str) -> Result<TypeModel, rasd_text::data::DataError> {
        let mut weights: FxHashMap<String, [f32; 16]> = FxHashMap::default();
        let mut margin = f32::INFINITY;
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(3, "feature, type and weight")?;
            let w: f32 = r.parse(2, "weight", |v| v.parse().ok())?;
            if r.fields[0] == "margin" {
                margin = w;
                continue;
            }
            let k = r.parse(1, "PLOVER type", EventType::parse)?;
            weights.entry(r.fields[0].to_string()).or_insert([0.0; 16])[index(k)] = w;
        }
        Ok(TypeModel { weights, margin })
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The probabilities of `types` (softmax over them alone: the model compares the candidates of one event).
    pub fn probs(&self, features: &[String], types: &[EventType]) -> Vec<f32> {
        let mut s: Vec<f32> = types
            .iter()
            .map(|&k| features.iter().filter_map(|f| self.weights.get(f)).map(|w| w[index(k)]).sum())
            .collect();
        softmax(&mut s);
        s
    }

    /// The sense to switch to, if any: the candidate (other than the first, the lexicon's type) whose probability
    /// beats the first's by more than the margin.
    pub fn choose(&self, features: &[String], types: &[EventType]) -> Option<usize> {
        let p = self.probs(features, types);
        let best = (1..types.len()).max_by(|&a, &b| p[a].total_cmp(&p[b]))?;
        (p[best] - p[0] > self.margin).then_some(best)
    }
}

/// The position of a type in EventType::ALL.
pub fn index(k: EventType) -> usize {
    EventType::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

pub fn softmax(s: &mut [f32]) {
    let max = s.iter().cloned().fold(f32::MIN, f32::max);
    let mut sum = 0.0;
    for x in s.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    s.iter_mut().for_each(|x| *x /= sum);
}

/// A coded event with other senses, as the trainer sees it: where its trigger starts (code points), its
/// candidate types (the lexicon's first), its status, its features.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub start: usize,
    pub types: Vec<EventType>,
    pub status: crate::Status,
    pub features: Vec<String>,
}

thread_local! {
    static COLLECT: crate::trace::Sink<Candidate> = const { RefCell::new(None) };
}

/// Run `f` with the choice off, and return what it returns with the events of several senses that were coded
/// meanwhile on this thread, with their features: how the trainer reads the candidates of the full pipeline.
pub fn collect<R>(f: impl FnOnce() -> R) -> (R, Vec<Candidate>) {
    crate::trace::collect(&COLLECT, f)
}

/// Give each event of several senses the one the model chooses (nothing when the model is empty and no one
/// collects).
pub fn choose(ctx: &Ctx, quotes: &[CodedQuote], events: &mut [CodedEvent]) {
    let model = TypeModel::get();
    let collecting = crate::trace::collecting(&COLLECT);
    if model.is_empty() && !collecting {
        return;
    }
    let lex = Lexicon::get();
    let senses = Senses::get();
    let mut change: Vec<(usize, &Sense)> = vec![];
    for j in 0..events.len() {
        let e = &events[j];
        let alt: Vec<&Sense> = senses.of(lex.triggers[e.lexeme].lemma).iter().filter(|s| s.kind != e.kind).collect();
        if alt.is_empty() {
            continue;
        }
        let types: Vec<EventType> = std::iter::once(e.kind).chain(alt.iter().map(|s| s.kind)).collect();
        let f = features(ctx, quotes, events, j);
        if collecting {
            let start = ctx.a.words[e.trigger.0].start;
            crate::trace::record(&COLLECT, Candidate { start, types, status: e.status, features: f });
        } else if let Some(k) = model.choose(&f, &types) {
            change.push((j, alt[k - 1]));
        }
    }
    for (j, s) in change {
        let e = &mut events[j];
        e.kind = s.kind;
        e.mode = s.mode;
        e.cameo = s.cameo;
        e.goldstein = s.goldstein;
        // Casualty counts are told of use of force only (GUIDE.md).
        if s.kind != EventType::Assault {
            e.fatalities = None;
            e.injuries = None;
        }
    }
}

/// The key of the word at `i` inside the sentence, or a boundary mark.
fn key_at(words: &[Word], i: isize, s: (usize, usize)) -> String {
    if i < s.0 as isize || i >= s.1 as isize {
        return "#".into();
    }
    let w = &words[i as usize];
    match w.kind {
        WordKind::Number => "NUM".into(),
        WordKind::Punct => w.key.clone(),
        _ if w.is_arabic() => w.bare.clone(),
        _ => "LATIN".into(),
    }
}

/// The features of event `j`: every one is read with the lemma (what the model weighs is which sense this word
/// has in this context), and the general ones also alone.
fn features(ctx: &Ctx, quotes: &[CodedQuote], events: &[CodedEvent], j: usize) -> Vec<String> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let e = &events[j];
    let lemma = lex.triggers[e.lexeme].lemma;
    let (t0, t1) = e.trigger;
    let r = ctx.a.sentence_words(e.sentence);
    let s = (r.start, r.end);
    let nominal = crate::coder::is_nominal(words, t0);
    let mut ctxf: Vec<String> = vec![];
    ctxf.push(format!("form={}", if nominal { "N" } else { "V" }));
    ctxf.push(format!("fp={}", crate::occurrence::frame_particle(words, t1, s)));
    ctxf.push(format!("p1={}", key_at(words, t0 as isize - 1, s)));
    ctxf.push(format!("n1={}", key_at(words, t1 as isize, s)));
    ctxf.push(format!("n2={}", key_at(words, t1 as isize + 1, s)));
    if t0 > s.0 {
        for c in GOVERNORS.iter().filter(|c| lex.is(c, &words[t0 - 1])) {
            ctxf.push(format!("gov={c}"));
        }
    }
    for c in CONTEXT_CLASSES {
        if (t1..s.1.min(t1 + WINDOW)).any(|i| lex.is(c, &words[i])) {
            ctxf.push(format!("after={c}"));
        }
        if (s.0.max(t0.saturating_sub(WINDOW))..t0).any(|i| lex.is(c, &words[i])) {
            ctxf.push(format!("before={c}"));
        }
    }
    // The sentence's other acts: an ASSAULT word beside a court's or an army's acts, a withdrawal beside a deal.
    for o in events.iter().filter(|o| o.sentence == e.sentence && o.trigger != e.trigger) {
        ctxf.push(format!("{}={}", if o.trigger.0 < t0 { "ev_before" } else { "ev_after" }, o.kind.as_str()));
    }
    ctxf.push(format!("st={}", e.status.as_str()));
    let role = |a: &Option<crate::Arg>| a.as_ref().and_then(|x| x.desc.role.clone()).unwrap_or_else(|| if a.is_some() { "?".into() } else { "-".into() });
    ctxf.push(format!("actor={}", role(&e.actor)));
    ctxf.push(format!("recipient={}", role(&e.recipient)));
    if e.recipient.as_ref().is_some_and(|x| x.desc.country.is_some()) && e.actor.as_ref().is_some_and(|x| x.desc.country.is_some()) {
        ctxf.push("two_states".into());
    }
    if quotes.iter().any(|q| q.content_words.0 <= t0 && t0 < q.content_words.1) {
        ctxf.push("quoted".into());
    }
    let mut f: Vec<String> = vec!["bias".into(), format!("l={lemma}")];
    for c in &ctxf {
        f.push(format!("l={lemma}|{c}"));
    }
    f.extend(ctxf);
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_senses_file_is_read_and_checked_against_the_lexicon() {
        let lex = Lexicon::get();
        let s = Senses::get();
        assert!(s.of("حظر").iter().any(|x| x.kind == EventType::Sanction));
        assert!(s.of("قتل").is_empty());
        let e = Senses::parse("لا_كلمة\tSANCTION\t-\t163\n", lex).err().expect("unknown lemma refused");
        assert!(e.to_string().starts_with("data/events/type_senses.tsv:1:"), "{e}");
        assert!(Senses::parse("قتل\tASSAULT\t-\t190\n", lex).is_err(), "the lexicon's own type is no other sense");
        assert!(Senses::parse("طرد\tSANCTION\tarrest\t166\n", lex).is_err(), "a mode SANCTION does not take");
    }

    #[test]
    fn a_sense_is_taken_only_when_it_beats_the_lexicon_type_by_the_margin() {
        let m = TypeModel::parse("# header\nmargin\t-\t0.2\nl=طرد|after=diplomat\tSANCTION\t2\nl=طرد\tCOERCE\t0.5\n").unwrap();
        let types = [EventType::Coerce, EventType::Sanction];
        let f = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(m.choose(&f(&["bias", "l=طرد", "l=طرد|after=diplomat"]), &types), Some(1));
        assert_eq!(m.choose(&f(&["bias", "l=طرد"]), &types), None);
        assert!(TypeModel::parse("margin\t-\n").is_err());
        assert!(TypeModel::parse("# only comments\n").unwrap().is_empty());
    }
}
