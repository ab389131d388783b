//! Occurrence or mention: a learned filter over the coder's events. An event word is often not an event reported
//! here: a topic ("نهاية الحرب"، "أطراف النزاع"), a goal or the content of a call, a weapon's specification, a
//! participant noun. A binary logistic model over sparse features of each coded event (its lemma, noun or verb,
//! article, the words around it, its frame, its participants, how often the document repeats it) scores whether
//! it is an occurrence; events scoring below zero are dropped. The weights are learned from the annotated train
//! split (`rasd train triggers`, crates/learn) into data/events/occurrence_model.tsv; an empty model keeps every
//! event (the rules alone decide).

use crate::lexicon::Lexicon;
use crate::{CodedEvent, CodedQuote, Ctx};
use rasd_text::{Word, WordKind};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

const MODEL_FILE: &str = "data/events/occurrence_model.tsv";
const MODEL: &str = include_str!("../../../data/events/occurrence_model.tsv");

/// Word classes of data/events/words.tsv whose presence on the trigger says what kind of word it is.
const CLASSES: [&str; 6] = ["weapon", "protester", "fatal_unit", "injury_unit", "article_noun", "conflict"];

/// Word classes of data/events/words.tsv whose presence right before the trigger says what governs it: a topic or
/// goal ("نهاية الحرب"، "أطراف النزاع"، "إنهاء الاحتلال"), a plan, a phenomenon fought, a concession, a preposition.
const GOVERNORS: [&str; 8] = ["topic_head", "topic_prep", "aim_noun", "plan_noun", "genitive_head", "combat_noun", "concessive", "noun_governor"];

/// Word classes of data/events/words.tsv whose presence in the few words before the trigger says it is talked about
/// or aimed at, not reported: talk about a matter ("ناقش الجانبان وقف إطلاق النار"، "مفاوضات السلام") and aim, need or
/// effort ("بهدف إنهاء الحرب"، "بحاجة إلى دعم"، "جهود وقف إطلاق النار"). Weighed since session 20's retrain (with
/// `means_of`, `cls_obj`, `cls_gen`, `pl`): 5-fold CV on the train split moves by noise only with them (threshold
/// 0.20: 2,796 → 2,794 right, 1,474 → 1,458 false).
const CONTEXTS: [&str; 2] = ["talk_word", "goal_word"];

/// How many words before the trigger are read for `CONTEXTS` (no punctuation between).
const CONTEXT_SPAN: usize = 4;

const WORDS_FILE: &str = "data/events/occurrence_words.tsv";
const WORDS: &str = include_str!("../../../data/events/occurrence_words.tsv");

/// The classes of data/events/occurrence_words.tsv, read in the `CONTEXT_SPAN` words before the trigger as
/// `CONTEXTS` are (feature `ctx=CLASS`).
const WORD_CLASSES: [&str; 1] = ["capacity"];

/// The words of data/events/occurrence_words.tsv: per class of `WORD_CLASSES` (by index), its words' keys.
fn parse_words(text: &str) -> Result<Vec<rustc_hash::FxHashSet<String>>, rasd_text::data::DataError> {
    let mut out = vec![rustc_hash::FxHashSet::default(); WORD_CLASSES.len()];
    for r in rasd_text::data::rows(WORDS_FILE, text) {
        r.expect_columns(2, "class and words")?;
        let c = WORD_CLASSES.iter().position(|c| *c == r.fields[0]).ok_or_else(|| r.error(format!("unknown class {:?}", r.fields[0])))?;
        for w in r.fields[1].split(',').map(str::trim) {
            let k = rasd_text::key(w);
            if k.is_empty() {
                return Err(r.error("an empty word"));
            }
            out[c].insert(k);
        }
    }
    Ok(out)
}

/// Is word `w` (by its stem or as written) one of class `c`'s words in data/events/occurrence_words.tsv?
fn in_word_class(c: usize, w: &Word) -> bool {
    static W: OnceLock<Vec<rustc_hash::FxHashSet<String>>> = OnceLock::new();
    let sets = W.get_or_init(|| parse_words(WORDS).unwrap_or_else(|e| panic!("{e}")));
    sets[c].contains(&w.bare) || sets[c].contains(&w.key)
}

/// How many words after the trigger are read for the particle of its frame ("علق على" comments, "علق ... مساهمتها"
/// suspends).
const FRAME_SPAN: usize = 4;

/// A binary linear model: per feature, its weight toward "occurrence".
pub struct OccurrenceModel {
    weights: FxHashMap<String, f32>,
}

impl OccurrenceModel {
    /// The shipped model, or the file RASD_OCCURRENCE_MODEL names (a candidate model tried on the tests and on ANT
    /// without rebuilding; read once).
    pub fn get() -> &'static OccurrenceModel {
        static M: OnceLock<OccurrenceModel> = OnceLock::new();
        M.get_or_init(|| {
            OccurrenceModel::parse(&crate::model_text("RASD_OCCURRENCE_MODEL", MODEL)).unwrap_or_else(|e| panic!("{e}"))
        })
    }

    /// Read a model file: `feature<TAB>weight`.
    pub fn parse(text: &str) -> Result<OccurrenceModel, rasd_text::data::DataError> {
        let mut weights = FxHashMap::default();
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(2, "feature and weight")?;
            let w: f32 = r.parse(1, "weight", |v| v.parse().ok())?;
            weights.insert(r.fields[0].to_string(), w);
        }
        Ok(OccurrenceModel { weights })
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The score of an event: above zero it is kept (the threshold is folded into the bias).
    pub fn score(&self, features: &[String]) -> f32 {
        features.iter().filter_map(|f| self.weights.get(f)).sum()
    }
}

/// A coded event as the trainer sees it: where its trigger starts (code points), its type, its features.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub start: usize,
    pub kind: crate::EventType,
    pub status: crate::Status,
    pub features: Vec<String>,
}

thread_local! {
    static COLLECT: crate::trace::Sink<Candidate> = const { RefCell::new(None) };
}

/// Run `f` with the filter off, and return what it returns with every event the coder coded meanwhile on this
/// thread and its features: how the trainer reads the candidates of the full pipeline.
pub fn collect<R>(f: impl FnOnce() -> R) -> (R, Vec<Candidate>) {
    crate::trace::collect(&COLLECT, f)
}

/// Drop the events the model takes for mentions (nothing when the model is empty and no one collects).
pub fn filter(ctx: &Ctx, quotes: &[CodedQuote], kind: crate::coder::DocKind, events: &mut Vec<CodedEvent>) {
    let model = OccurrenceModel::get();
    let collecting = crate::trace::collecting(&COLLECT);
    if model.is_empty() && !collecting {
        return;
    }
    let words = &ctx.a.words;
    let lex = Lexicon::get();
    let mut lemma_count: FxHashMap<&str, usize> = FxHashMap::default();
    for e in events.iter() {
        *lemma_count.entry(lex.triggers[e.lexeme].lemma).or_default() += 1;
    }
    let first_sentence = events.iter().map(|e| e.sentence).min();
    let mut cues_of: Option<(usize, Vec<crate::factuality::Cue>)> = None;
    let mut keep = vec![true; events.len()];
    // The features look at the other events of the trigger's sentence only: events come in sentence order, so each
    // sees its sentence's slice, and a long article costs no more per event than a short one.
    let sorted = events.windows(2).all(|w| w[0].sentence <= w[1].sentence);
    let mut slice = (0, 0);
    for (j, e) in events.iter().enumerate() {
        let r = ctx.a.sentence_words(e.sentence);
        if !sorted {
            slice = (0, events.len());
        } else if j >= slice.1 {
            slice = (j, j + events[j..].iter().take_while(|o| o.sentence == e.sentence).count());
        }
        let (lo, hi) = slice;
        if cues_of.as_ref().is_none_or(|(s, _)| *s != e.sentence) {
            cues_of = Some((e.sentence, crate::factuality::cues(words, r.start, r.end)));
        }
        let cues = &cues_of.as_ref().unwrap().1;
        let doc = Doc { kind, lemma_count: &lemma_count, first_sentence, quotes };
        let f = features(ctx, &events[lo..hi], j - lo, (r.start, r.end), cues, &doc);
        if collecting {
            crate::trace::record(&COLLECT, Candidate { start: words[e.trigger.0].start, kind: e.kind, status: e.status, features: f });
        } else {
            // A bare weak trigger whose status changed since the coder kept it (a claim in a quote) is not weighed:
            // the coder's rule drops it.
            keep[j] = if weighed_candidate(e.kind, e.status, &f) { model.score(&f) > 0.0 } else { !e.bare };
        }
    }
    let mut k = keep.iter();
    events.retain(|_| *k.next().unwrap_or(&true));
}

/// Whether the filter weighs the coder's bare weak triggers: its model has weights for them (feature `bare`), or a
/// trainer collects them (RASD_TRIGGERS_BARE=1 with `rasd train triggers`). Else the coder drops them by its rule.
/// The shipped model has none: learned, they traded precision for recall at equal F1 (see `rasd train triggers`).
pub fn weighs_bare() -> bool {
    static WANTED: OnceLock<bool> = OnceLock::new();
    OccurrenceModel::get().weights.contains_key("bare")
        || crate::trace::collecting(&COLLECT) && *WANTED.get_or_init(|| std::env::var("RASD_TRIGGERS_BARE").is_ok_and(|v| v == "1"))
}

/// Whether the filter weighs an event of this type and status at all: what the report asserts, and what a party
/// claims. A claimed attack is as often a topic of the claim as an act ("الصراع السوري بحاجة إلى حل"، "العدوان
/// الأميركي", the weapon of an alleged attack named again: "هجوم بغاز الأعصاب"): on the train split 190 of the
/// 414 claimed events are false alarms (1,126 of 3,371 asserted). Not a planned, negated or hypothetical act: its
/// frame names it as such and the annotation codes it ("لن يلتقي"، "عازمة على استعادة"; weighed, they cost real
/// events on unseen text); a planned or hypothetical definite noun is weighed all the same (`weighed_candidate`). Not protests: their words stand for the act (protesters, crowds, a road cut), coded and
/// merged by their own rules, and the train split holds few of them (weighing them cost GSR protest sentences).
pub fn weighed(kind: crate::EventType, status: crate::Status) -> bool {
    matches!(status, crate::Status::Asserted | crate::Status::Claimed) && kind != crate::EventType::Protest
}

/// Whether the filter weighs a coded event with these features (`features` of this module): what `weighed` weighs,
/// and a planned or hypothetical noun with the article (feature `form=NA…`), a protest's aside. A definite noun in a
/// planned or hypothetical frame is as often the topic, the goal or the content of the frame as the act it plans
/// ("تسوية النزاع"، "في حال اللجوء إلى المحكمة"، "عقوبة الإعدام"، "متابعة الحوار"): on the train split 50 of the 96
/// such events the coder kept were false alarms. Not a negated or denied one: the annotation codes the act that
/// did not take place ("إلغاء القمة", a negated CONSULT). Verbs and bare nouns stay the coder's: their frame names
/// the act ("سيلتقي"، "عازمة على استعادة").
pub fn weighed_candidate(kind: crate::EventType, status: crate::Status, features: &[String]) -> bool {
    use crate::Status::{Hypothetical, Planned};
    weighed(kind, status)
        || matches!(status, Planned | Hypothetical) && kind != crate::EventType::Protest && features.iter().any(|f| f.starts_with("form=NA"))
}

/// What the features read of the whole document.
struct Doc<'a> {
    kind: crate::coder::DocKind,
    lemma_count: &'a FxHashMap<&'static str, usize>,
    first_sentence: Option<usize>,
    quotes: &'a [CodedQuote],
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

/// The first particle in the few words after a trigger that ends before word `t1`: a preposition of
/// data/events/words.tsv's frame_prep written apart, or one attached (ب، ل); "pron" when the trigger carries a
/// pronoun (a verb's object: "علقها"), "-" when none comes before punctuation.
pub(crate) fn frame_particle(words: &[Word], t1: usize, s: (usize, usize)) -> String {
    let lex = Lexicon::get();
    if t1 > 0 && words[t1 - 1].split.enclitic > 0 {
        return "pron".into();
    }
    for w in &words[t1..s.1.min(t1 + FRAME_SPAN)] {
        if w.kind == WordKind::Punct {
            return "-".into();
        }
        if let Some(c) = w.preposition_clitic() {
            return c.to_string();
        }
        if lex.is_form("frame_prep", &w.bare) && w.split.article == 0 {
            return w.bare.clone();
        }
    }
    "-".into()
}

/// The coded event whose trigger governs event `j`'s as its complement: it ends in the same sentence at most two
/// words before `j`'s trigger, and the words between are prepositions of data/events/words.tsv's frame_prep.
fn governing_event<'e>(words: &[Word], events: &'e [CodedEvent], j: usize, s: (usize, usize)) -> Option<&'e CodedEvent> {
    let lex = Lexicon::get();
    let t0 = events[j].trigger.0;
    events.iter().enumerate().filter(|&(k, o)| k != j && o.sentence == events[j].sentence).map(|(_, o)| o).find(|o| {
        let end = o.trigger.1;
        end <= t0 && end >= s.0 && t0 - end <= 2 && (end..t0).all(|i| lex.is_form("frame_prep", &words[i].bare) && words[i].split.article == 0)
    })
}

/// How many words at most may stand between an act and the ب-word that names its means for `means_of` to read it.
const MEANS_SPAN: usize = 4;

/// The coded act whose ب-complement event `j`'s trigger is, past the act's object: `j`'s trigger carries the
/// preposition ب, and an act of its sentence ends one to `MEANS_SPAN` words before it with no punctuation and no
/// other ب-word between ("تدعمان البوليساريو بتدريب"، "استهدفت الطائرات الموقع بصواريخ"). Right after the act (no
/// word between) it is `governing_event`'s.
fn means_of<'e>(words: &[Word], events: &'e [CodedEvent], j: usize) -> Option<&'e CodedEvent> {
    let e = &events[j];
    let t0 = e.trigger.0;
    if words[t0].preposition_clitic() != Some('ب') {
        return None;
    }
    events
        .iter()
        .enumerate()
        .filter(|&(k, o)| k != j && o.sentence == e.sentence)
        .map(|(_, o)| o)
        .filter(|o| {
            let end = o.trigger.1;
            end < t0 && t0 - end <= MEANS_SPAN && words[end..t0].iter().all(|w| w.kind != WordKind::Punct && w.preposition_clitic() != Some('ب'))
        })
        .max_by_key(|o| o.trigger.1)
}

/// How many words at most may stand between a trigger and the act before it for `nearest_before` to read it.
const NEAR_SPAN: usize = 3;

/// The coded act ending nearest before event `j`'s trigger in its sentence, at most `NEAR_SPAN` words before it
/// and with no punctuation between: the distance as a bucket ("0" or "1-3" words between) and whether it has `j`'s
/// type. An act of the same type wins over a nearer one of another type. Not further: on the train split a trigger
/// at most three words after an act of its type is a false alarm 62 times in 100 (31 for any weighed event), four
/// or five words after it 52, and there a list goes on ("وقوفها إلى جانبهم في تحريرها من المليشيات الحوثية ودعمهم
/// بالمواد الغذائية", aid).
fn nearest_before(words: &[Word], events: &[CodedEvent], j: usize) -> Option<(&'static str, bool)> {
    let e = &events[j];
    let t0 = e.trigger.0;
    let gap = |o: &CodedEvent| {
        let end = o.trigger.1;
        (end <= t0 && t0 - end <= NEAR_SPAN && !words[end..t0].iter().any(|w| w.kind == WordKind::Punct)).then_some(t0 - end)
    };
    let near = |same: bool| {
        events.iter().enumerate().filter(|&(k, o)| k != j && o.sentence == e.sentence && (o.kind == e.kind) == same).filter_map(|(_, o)| gap(o)).min()
    };
    let (d, same) = near(true).map(|d| (d, true)).or_else(|| near(false).map(|d| (d, false)))?;
    Some((if d == 0 { "0" } else { "1-3" }, same))
}

/// Event `j` of `events` in sentence `s` (word range), as every group of its features reads it.
#[derive(Clone, Copy)]
struct Site<'c, 'a> {
    ctx: &'c Ctx<'a>,
    events: &'c [CodedEvent],
    j: usize,
    s: (usize, usize),
    e: &'c CodedEvent,
    t: &'static crate::lexicon::Trigger,
    w: &'c Word,
    t0: usize,
    t1: usize,
    ty: &'static str,
    nominal: bool,
}

/// The features of event `j` of `events` in sentence `s` (word range).
fn features(ctx: &Ctx, events: &[CodedEvent], j: usize, s: (usize, usize), cues: &[crate::factuality::Cue], doc: &Doc) -> Vec<String> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let e = &events[j];
    let (t0, t1) = e.trigger;
    let ty = e.kind.as_str();
    let site = Site { ctx, events, j, s, e, t: &lex.triggers[e.lexeme], w: &words[t0], t0, t1, ty, nominal: crate::coder::is_nominal(words, t0) };
    // Not the word's surface form, the second word before it, the word after it, nor the lemma with the word
    // before: left out by 5-fold cross-validation on the train split (event F1 0.594 with them, 0.596 without);
    // they memorised single articles ("n1=قدس"). Not the lemma alone either (nor with its form): a lemma is
    // weighed only with the particle of its frame (lfp below). Alone it learned that a few words the train split
    // mostly holds as topics are never acts (تمويل 6 of 31 events right, لجوء 0 of 15, تعليق 1 of 11) and dropped
    // every funding, asylum and suspension on unseen text, the acts of tests/political_precision.rs and
    // negatives_precision.rs among them (CV event F1 0.599 with them, 0.593 without).
    let mut f: Vec<String> = vec!["bias".into(), format!("t={ty}")];
    let form = surface_features(site, &mut f);
    complement_features(site, &form, &mut f);
    status_features(site, cues, doc, &mut f);
    neighbour_features(site, &form, doc, &mut f);
    f
}

/// The trigger's form and frame, what governs it and the words before it: pushed on `f`; returns its form.
fn surface_features(site: Site, f: &mut Vec<String>) -> String {
    let Site { ctx, events, s, t, w, t0, t1, ty, nominal, .. } = site;
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let form = format!(
        "{}{}{}{}",
        if nominal { "N" } else { "V" },
        if w.has_article() { "A" } else { "" },
        if w.split.prep > 0 && !w.split.future { "P" } else { "" },
        if w.split.enclitic > 0 { "E" } else { "" }
    );
    f.push(format!("form={form}"));
    f.push(format!("tform={ty}|{form}"));
    if t1 - t0 > 1 {
        f.push("multi".into());
    }
    // The frame: the particle the trigger takes, with its lemma and form (a verb of تعليق with على comments, with
    // ب it quotes, with في after its object it suspends), and the class of the word that governs it (a topic or
    // goal: "نهاية الحرب"، "أطراف النزاع"). With the type instead of the lemma it gained nothing by CV.
    let fp = frame_particle(words, t1, s);
    f.push(format!("fp={fp}"));
    if fp != "-" {
        f.push(format!("lfp={}|{}|{fp}", t.lemma, if nominal { "N" } else { "V" }));
    }
    if t0 > s.0 {
        let g = &words[t0 - 1];
        for c in GOVERNORS.iter().filter(|c| lex.is(c, g)) {
            f.push(format!("gov={c}"));
            f.push(format!("tgov={ty}|{c}"));
        }
        // Coordinated with the act before it ("دعم وتمويل وتدريب"): the same standing as that act.
        if w.split.conj > 0 && events.iter().any(|o| o.trigger.1 == t0) {
            f.push("coord_event".into());
        }
    }
    // Talked about or aimed at: a word of talk or of aim in the four words before it, no punctuation between, by
    // the trigger's form (a noun is its topic or goal; a verb after "بهدف أن" or "يتعين" is one too, less often).
    let nf = if nominal { "N" } else { "V" };
    for c in CONTEXTS {
        let hit = (s.0.max(t0.saturating_sub(CONTEXT_SPAN))..t0).rev().take_while(|&i| words[i].kind != WordKind::Punct).any(|i| lex.is(c, &words[i]));
        if hit {
            f.push(format!("ctx={c}"));
            f.push(format!("ctx_f={c}|{nf}|{}", if w.has_article() { "A" } else { "-" }));
        }
    }
    // What someone can, could or is ready to do ("القدرة على تمويل"، "بإمكانها دعم"): one class of words each too
    // rare on the train split to keep a weight of its own (data/events/occurrence_words.tsv).
    for (k, c) in WORD_CLASSES.iter().enumerate() {
        let hit = (s.0.max(t0.saturating_sub(CONTEXT_SPAN))..t0).rev().take_while(|&i| words[i].kind != WordKind::Punct).any(|i| in_word_class(k, &words[i]));
        if hit {
            f.push(format!("ctx={c}"));
            f.push(format!("ctx_f={c}|{nf}|{}", if w.has_article() { "A" } else { "-" }));
        }
    }
    // A verb in a clause that describes the noun before it: after a relative pronoun ("التي تمولها"), or right
    // after an indefinite noun with the pronoun of its object ("مساجد تمولها قطر"، "أسلحة تستخدمها"): a property of
    // that noun, more often than an act reported.
    if !nominal && t0 > s.0 {
        let p = &words[t0 - 1];
        let rel = if lex.is("relative", p) {
            Some("rel")
        } else if w.split.enclitic > 0
            && p.is_arabic()
            && !p.has_article()
            && p.kind != WordKind::Number
            && p.split.conj == 0
            && p.split.prep == 0
            && !lex.is_form("np_stop", &p.key)
            && ctx.entities_ending(t0).next().is_none()
        {
            Some("indef")
        } else {
            None
        };
        if let Some(r) = rel {
            f.push(format!("rel_clause={r}|{}", if w.split.enclitic > 0 { "E" } else { "-" }));
        }
    }
    form
}

/// Whether the trigger is another act's complement or means, its strength and bareness, the word before it, a
/// construct, its word classes and plural: pushed on `f`.
fn complement_features(site: Site, form: &str, f: &mut Vec<String>) {
    let Site { ctx, events, j, s, e, t, w, t0, t1, ty, nominal } = site;
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    // The complement of another act: a noun trigger right after a coded trigger, with at most two prepositions
    // between ("دعت إلى إطلاق سراحها"، "استهدفت تجمعات انتخابية"، "وافقت على دعوة مراقبين"): the content of a call,
    // the target of an attack, the object of an agreement, by the governing act's type. Not a verb: after a noun
    // it opens a clause about it ("قصفا استهدف تعزيزات", a shelling that targeted).
    let mut complement = false;
    if let Some(o) = governing_event(words, events, j, s).filter(|_| nominal) {
        complement = true;
        f.push(format!("obj_of={}", o.kind.as_str()));
        f.push(format!("obj_of_same={}", o.kind == e.kind));
    } else if let Some(o) = means_of(words, events, j).filter(|_| nominal) {
        // The ب-complement of an act a few words before, past its object: the means of a support or cooperation
        // ("تدعمان البوليساريو بتدريب وتسليح مقاتليها", itself an act), the weapon of an attack ("استهدفت الطائرات
        // الموقع بصواريخ", its specification) or the charge of an accusation ("اتهمت روسيا بريطانيا بتسميم").
        complement = true;
        f.push(format!("means_of={}", o.kind.as_str()));
        f.push(format!("means_of_same={}", o.kind == e.kind));
    }
    f.push(if t.strong { "strong" } else { "weak" }.into());
    // The coder's rule for weak triggers (no participant, no conflict word, no name around it), by type.
    if e.bare {
        f.push("bare".into());
        f.push(format!("bare_t={ty}"));
        // A bare verb is more often an act than a bare noun, a topic more often ("الانقلاب"، "الحرب").
        f.push(format!("bare_form={form}"));
    }
    let p1 = key_at(words, t0 as isize - 1, s);
    f.push(format!("p1={p1}"));
    f.push(format!("tp1={ty}|{p1}"));
    // A construct: the trigger governed by a noun ("نهاية الحرب") or governing a definite genitive ("إنهاء الحرب").
    let gen_of_prev = t0 > s.0 && words[t0 - 1].is_arabic() && !words[t0 - 1].has_article() && w.has_article() && words[t0 - 1].kind != WordKind::Number;
    if gen_of_prev {
        f.push("gen_of_prev".into());
    }
    if t1 < s.1 && !w.has_article() && nominal && (words[t1].has_article() || ctx.entities_starting(t1).next().is_some()) {
        f.push("construct_head".into());
    }
    for c in CLASSES {
        if (t0..t1).any(|i| lex.is(c, &words[i])) {
            f.push(format!("cls={c}"));
            // A weapon or a participant noun named as another act's complement ("الهجوم بغاز الأعصاب"، "استهدفت
            // الموقع بصواريخ") or as a noun's genitive ("نظام الصواريخ"، "استخدام الأسلحة"، "أعداد الجرحى"): its
            // specification, not a second act.
            if complement {
                f.push(format!("cls_obj={c}"));
            }
            if gen_of_prev {
                f.push(format!("cls_gen={c}"));
            }
        }
    }
    // A plural of an act ("الهجمات"، "الانتهاكات"، "المحادثات") is as often a kind of act talked about as acts
    // reported; a sound masculine plural is a participant ("المحتجين"). By type and article.
    if nominal {
        let b = &w.bare;
        let long = b.chars().count() > 4;
        let pl = if long && b.ends_with("ات") {
            Some("at")
        } else if long && (b.ends_with("ين") || b.ends_with("ون")) {
            Some("un")
        } else {
            None
        };
        if let Some(pl) = pl {
            f.push(format!("pl={pl}"));
            f.push(format!("tpl={ty}|{pl}|{}", if w.has_article() { "A" } else { "-" }));
        }
    }
}

/// The event's status and the cues before it, its participants, its place in the sentence and the article, how
/// often its lemma comes: pushed on `f`.
fn status_features(site: Site, cues: &[crate::factuality::Cue], doc: &Doc, f: &mut Vec<String>) {
    let Site { s, e, t, t0, ty, .. } = site;
    f.push(format!("st={}", e.status.as_str()));
    // By type: a claimed attack is more often a topic of the claim than a claimed accusation.
    f.push(format!("tst={ty}|{}", e.status.as_str()));
    for c in cues.iter().filter(|c| c.feature && c.end <= t0 && t0 - c.end < 8) {
        f.push(format!("cue={}", c.status.as_str()));
        if t0 - c.end < 3 {
            f.push(format!("cue3={}", c.status.as_str()));
        }
    }
    let known = |a: &Option<crate::Arg>| a.as_ref().is_some_and(|x| x.desc.is_known());
    f.push(format!("args={}{}", if e.actor.is_some() { "a" } else { "-" }, if e.recipient.is_some() { "r" } else { "-" }));
    if known(&e.actor) || known(&e.recipient) {
        f.push("known_arg".into());
    }
    let pos = (t0 - s.0) * 3 / (s.1 - s.0).max(1);
    f.push(format!("pos={pos}"));
    f.push(match Some(e.sentence).zip(doc.first_sentence).map(|(a, b)| a.saturating_sub(b)) {
        Some(0) => "sent=first".into(),
        Some(1..=2) => "sent=early".into(),
        _ => "sent=late".into(),
    });
    let count = doc.lemma_count.get(t.lemma).copied().unwrap_or(0);
    f.push(format!("lemma_n={}", count.min(4)));
}

/// The events around it (the same words coded twice, the same type before it, the nearest act), its own date,
/// place and dead, and whether it stands in a quote: pushed on `f`.
fn neighbour_features(site: Site, form: &str, doc: &Doc, f: &mut Vec<String>) {
    let Site { ctx, events, j, e, w, t0, t1, ty, nominal, .. } = site;
    let words = &ctx.a.words;
    // The same words coded twice, and the same type again in the sentence.
    let overlap = |o: &CodedEvent| o.trigger.0 < t1 && t0 < o.trigger.1;
    if events.iter().enumerate().any(|(k, o)| k != j && overlap(o)) {
        f.push("dup_span".into());
        f.push(format!("dup_span_t={ty}"));
    }
    if events[..j].iter().any(|o| o.sentence == e.sentence && o.kind == e.kind) {
        f.push("same_type_before".into());
    }
    // The second act of a type in its sentence is often the first's result or restatement ("الهجوم ... أسفر عن
    // مقتل"), which the annotation codes once: how many came before, by form.
    let before = events[..j].iter().filter(|o| o.sentence == e.sentence && o.kind == e.kind).count().min(2);
    f.push(format!("rank={before}|{form}"));
    // How near the act coded before it stands, with no punctuation between: a trigger a word or two after an act of
    // its type restates or describes it ("غارة جوية استهدفت حافلتهم"، "بالهجوم الذي استهدف"، "هجمات لصواريخ"),
    // which the annotation codes once; far from it, or after a comma, it is as often a second act as any word.
    if let Some(near) = nearest_before(words, events, j) {
        f.push(format!("near={}|{}", near.0, if near.1 { "same" } else { "other" }));
        // With و it is more often the next act of a list ("بتعذيب مهاجرين وقتلهم") than a description.
        let conj = if w.split.conj > 0 { "c" } else { "-" };
        f.push(format!("near_f={}|{}|{}|{conj}", near.0, if near.1 { "same" } else { "other" }, if nominal { "N" } else { "V" }));
    }
    // The same words coded under two types: which pair (one of them is usually wrong).
    for o in events.iter().enumerate().filter(|&(k, o)| k != j && overlap(o)).map(|(_, o)| o) {
        f.push(format!("dup_pair={ty}|{}", o.kind.as_str()));
    }
    // An act told with its own date, place or dead is reported as happening; a topic has none of them.
    if e.date.is_some() {
        f.push("has_date".into());
    }
    if e.location.is_some() {
        f.push("has_place".into());
    }
    if e.fatalities.is_some() || e.injuries.is_some() {
        f.push("has_dead".into());
    }
    let in_sentence = events.iter().filter(|o| o.sentence == e.sentence).count();
    f.push(format!("n_sentence={}", in_sentence.min(4)));
    if doc.quotes.iter().any(|q| q.content_words.0 <= t0 && t0 < q.content_words.1) {
        f.push("quoted".into());
    }
    if doc.kind != crate::coder::DocKind::News {
        f.push(format!("doc={:?}", doc.kind));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_file_is_read_and_its_bias_keeps_or_drops() {
        let m = OccurrenceModel::parse("# header\nbias\t0.5\nb=نهاية\t-2\n").unwrap();
        assert!(m.score(&["bias".into(), "b=حرب".into()]) > 0.0);
        assert!(m.score(&["bias".into(), "b=نهاية".into()]) < 0.0);
        let e = OccurrenceModel::parse("bias\n").err().expect("short row refused");
        assert!(e.to_string().starts_with("data/events/occurrence_model.tsv:1:"), "{e}");
        assert!(OccurrenceModel::parse("# only comments\n").unwrap().is_empty());
    }

    #[test]
    fn the_frame_particle_is_the_first_preposition_after_the_trigger() {
        let frame = |text: &str, trigger: &str| {
            let a = rasd_text::analyze(text);
            let t = a.words.iter().position(|w| a.chars[w.start..w.end].iter().collect::<String>() == trigger).unwrap();
            frame_particle(&a.words, t + 1, (0, a.words.len()))
        };
        // A comment names what it comments on with على, or quotes with ب; a suspension takes an object first.
        assert_eq!(frame("ولم تعلق وزارة الداخلية اللبنانية على القضية.", "تعلق"), "علي");
        assert_eq!(frame("وعلق الرئيس بقوله إن الاتفاق سيء.", "وعلق"), "ب");
        assert_eq!(frame("علقت الولايات المتحدة الجمعة مساهمتها في مشاريع إحلال الاستقرار.", "علقت"), "-");
        assert_eq!(frame("وقد علقها الاتحاد الأوروبي.", "علقها"), "pron");
    }

    #[test]
    fn the_word_classes_are_read_and_checked() {
        let sets = parse_words(WORDS).unwrap();
        assert!(sets[0].contains(&rasd_text::key("قدرة")));
        let e = parse_words("ability\tقدرة\n").err().expect("unknown class refused");
        assert!(e.to_string().starts_with("data/events/occurrence_words.tsv:1:"), "{e}");
        assert!(parse_words("capacity\tقدرة,,قادر\n").is_err());
    }

    #[test]
    fn only_asserted_and_claimed_acts_other_than_protests_are_weighed() {
        use crate::{EventType, Status};
        assert!(weighed(EventType::Consult, Status::Asserted));
        assert!(weighed(EventType::Assault, Status::Claimed));
        assert!(!weighed(EventType::Consult, Status::Negated));
        assert!(!weighed(EventType::Consult, Status::Planned));
        assert!(!weighed(EventType::Protest, Status::Asserted));
    }

    #[test]
    fn a_planned_or_hypothetical_definite_noun_is_weighed_a_verb_only_when_asserted_or_claimed() {
        use crate::{EventType, Status};
        let f = |form: &str| vec!["bias".to_string(), format!("form={form}")];
        assert!(weighed_candidate(EventType::Assault, Status::Planned, &f("NA")));
        assert!(weighed_candidate(EventType::Consult, Status::Hypothetical, &f("NAP")));
        assert!(!weighed_candidate(EventType::Consult, Status::Negated, &f("NA")));
        assert!(!weighed_candidate(EventType::Consult, Status::Negated, &f("V")));
        assert!(!weighed_candidate(EventType::Assault, Status::Hypothetical, &f("N")));
        assert!(weighed_candidate(EventType::Assault, Status::Asserted, &f("V")));
        assert!(!weighed_candidate(EventType::Protest, Status::Planned, &f("NA")));
    }
}
