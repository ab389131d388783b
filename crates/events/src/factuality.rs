//! Factuality: how the report frames an event (asserted, claimed, denied, planned, negated, hypothetical),
//! decided by a linear model over the trigger's governing context rather than by fixed cue windows alone.
//!
//! The features are what an Arabic reader looks at: the cue words of data/events/status.tsv wherever they stand in
//! the sentence (their status, scope, side, distance, and whether a clause boundary lies between), the words that
//! govern the trigger in its clause (a future verb before an event noun: "ستعقد اجتماعا"; an intent verb with its
//! subject between: "تعتزم الحكومة إجراء"; a call: "دعا إلى عقد"), purpose لـ, a future date in the clause, speech
//! around it, and the rule-based status as one feature among the others. The weights are learned from the
//! annotated train split (`rasd train status`) and kept in data/events/status_model.tsv, one feature a line.

use crate::lexicon::{Lexicon, Payload, Scope, Table};
use crate::{Ctx, EventType, Status};
use rasd_text::{Word, WordKind};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const MODEL_FILE: &str = "data/events/status_model.tsv";
const MODEL: &str = include_str!("../../../data/events/status_model.tsv");
const GOVERNORS_FILE: &str = "data/events/status_governors.tsv";
const GOVERNORS: &str = include_str!("../../../data/events/status_governors.tsv");
const WORDS_FILE: &str = "data/events/status_words.tsv";
const WORDS: &str = include_str!("../../../data/events/status_words.tsv");

/// The classes of data/events/status_words.tsv: the function words the features read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum FnWord {
    /// سوف: the verb after it is future.
    MoodFuture = 1,
    /// لن: the verb after it is a negated future.
    MoodNegFuture = 2,
    /// لم، لما، ما: the verb after it is a negated past.
    MoodNegPast = 4,
    /// لا: the verb after it is negated.
    MoodNeg = 8,
    /// قد: "may" before an imperfect.
    MoodMay = 16,
    /// A preposition right before the trigger (دعا إلى عقد).
    LinkPrep = 32,
    /// A complementizer right before the trigger (أعلن أن).
    LinkThat = 64,
    /// A complementizer between a governor or verb of saying and the trigger.
    That = 128,
    /// A relative pronoun between a governor and the trigger.
    Relative = 256,
    /// منذ before the act: it took place, the time runs from it.
    TimeSince = 512,
    /// بعد، عقب، إثر before the act: a later time runs from it, so it took place.
    TimeAfter = 1024,
    /// قبل، قبيل before the act: it comes after another time (it may be ahead).
    TimeBefore = 2048,
    /// What stands between a time preposition and the act: a period (عام، أيام)، من، على، أن.
    TimeGap = 4096,
    /// A word of a neutral source of a report in a quote's speaker (مصدر، الشرطة، وكالة، شهود): the guide's
    /// "according to sources/police" is asserted.
    SourceSpeaker = 8192,
}

impl FnWord {
    const ALL: [(&'static str, FnWord); 14] = [
        ("mood_future", FnWord::MoodFuture),
        ("mood_neg_future", FnWord::MoodNegFuture),
        ("mood_neg_past", FnWord::MoodNegPast),
        ("mood_neg", FnWord::MoodNeg),
        ("mood_may", FnWord::MoodMay),
        ("link_prep", FnWord::LinkPrep),
        ("link_that", FnWord::LinkThat),
        ("that", FnWord::That),
        ("relative", FnWord::Relative),
        ("time_since", FnWord::TimeSince),
        ("time_after", FnWord::TimeAfter),
        ("time_before", FnWord::TimeBefore),
        ("time_gap", FnWord::TimeGap),
        ("source_speaker", FnWord::SourceSpeaker),
    ];
    const NAMES: [&'static str; 14] = [
        "mood_future", "mood_neg_future", "mood_neg_past", "mood_neg", "mood_may", "link_prep", "link_that", "that", "relative",
        "time_since", "time_after", "time_before", "time_gap", "source_speaker",
    ];
}

/// The function words by their folded stem (`Word::bare`), each with the bits of its classes.
pub struct FnWords(FxHashMap<String, u16>);

impl FnWords {
    fn get() -> &'static FnWords {
        static W: OnceLock<FnWords> = OnceLock::new();
        W.get_or_init(|| FnWords::parse(WORDS).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Read a function-word file: `class<TAB>word,word,...`; an unknown class or an empty word is an error.
    pub fn parse(text: &str) -> Result<FnWords, rasd_text::data::DataError> {
        use rasd_text::data::{Col, Schema};
        Schema { file: WORDS_FILE, columns: &[("class", Col::OneOf(&FnWord::NAMES)), ("words", Col::Text)], required: 2 }
            .validate(text)?;
        let mut map: FxHashMap<String, u16> = FxHashMap::default();
        for r in rasd_text::data::rows(WORDS_FILE, text) {
            let class = r.parse(0, "class", |c| FnWord::ALL.iter().find(|k| k.0 == c).map(|k| k.1))?;
            for w in r.fields[1].split(',').map(str::trim) {
                let k = rasd_text::normalize::key(w);
                if k.is_empty() || k.contains(' ') {
                    return Err(r.error(format!("word {w:?} is not one word")));
                }
                *map.entry(k).or_default() |= class as u16;
            }
        }
        Ok(FnWords(map))
    }

    fn has(&self, bare: &str, class: FnWord) -> bool {
        self.0.get(bare).is_some_and(|b| b & class as u16 != 0)
    }
}

/// Is word `w` (by its stem) one of the function words of `class` (data/events/status_words.tsv)?
pub fn is(w: &Word, class: FnWord) -> bool {
    FnWords::get().has(&w.bare, class)
}

/// Whether word `j` is ما that does not negate the verb after it: ما negates only at the head of its clause, first
/// in the text, written with و/ف (وما، فما), or right after a stop, colon, quote or bracket. After a word or a comma
/// it is the relative "what, which" ("وهو ما نفته"، "وهذا ما أيده"، "، ما منع نحو 250 ألف"، "إعمار ما دمرته"، "أن ما
/// ذكره") or part of an adverb ("نادرا ما يشتبك"، "غالبا ما يتهم"، "سرعان ما انتهك"): in the train split every
/// gold event right after a ما that is not at its clause's head is asserted; on 3,000 unannotated ANT articles
/// this reading changes 41 statuses, 38 right, 1 wrong ("لا يرى ما يدعوه"), 2 doubtful (session 15). Even at the
/// head of its clause ما is mostly a question or "what" ("ما هي"، "إن "ما اقترحته الحكومة غير مقبول""): 1 of 20
/// sampled ANT cases negates ("ما عدنا نركن"). It is no boundary of the governing chain: a negation before it still reaches the
/// act it names ("لم تتلق ما يفيد برفض"، "لا يوجد ما يشير إلى ... التفاوض", both negated in the train split). Only
/// the trigger right after it is read differently (the cue rule, the cue and governor features, the trigger's mood).
pub fn relative_ma(words: &[Word], j: usize) -> bool {
    let w = &words[j];
    if w.bare != "ما" || w.split.conj > 0 {
        return false;
    }
    j > 0 && {
        let p = &words[j - 1];
        p.kind != WordKind::Punct || p.key == ","
    }
}

/// Whether the one word `start..end` is a relative ما right before the trigger at word `ts`.
fn relative_ma_before(words: &[Word], start: usize, end: usize, ts: usize) -> bool {
    end == ts && end == start + 1 && relative_ma(words, start)
}

/// Whether cue `c` is a relative ما right before the trigger at word `ts`, not its negation.
pub fn negates_not(words: &[Word], c: &Cue, ts: usize) -> bool {
    c.status == Status::Negated && relative_ma_before(words, c.start, c.end, ts)
}

/// Whether word `j` is a particle of `class` right before a verb: `is`, but a relative ما negates nothing.
fn particle(words: &[Word], j: usize, class: FnWord) -> bool {
    is(&words[j], class) && !(class == FnWord::MoodNegPast && relative_ma(words, j))
}

/// The classes of data/events/status_governors.tsv: what a governing word does to the act it governs.
/// `boundary` is no governor: a subordinator or relative pronoun that opens a clause of its own, beyond which the
/// words before it govern nothing ("لا يمكنهم العودة لأن منازلهم دمرت جراء القتال").
pub const GOVERNOR_CLASSES: [&str; 22] = [
    "future", "intent", "plan", "expect", "possible", "call", "foil", "prepare", "seek", "agree", "decide", "condition",
    "negation", "need", "refuse", "threat", "purpose", "accuse", "deny", "past_plan", "avoid", "boundary",
];

/// How far before the trigger, in words, a governor is looked for (within the clause).
const REACH: usize = 16;

/// The governor tables: each pattern's payload is `Payload::Trigger(k)`, k an index of `GOVERNOR_CLASSES`.
pub struct Governors {
    /// Every governor but those of `bi`.
    pub table: Table,
    /// The governors written with a separate ب at their end ("تهدد ب"), without it: the ب is a proclitic of the next
    /// word ("تهدد بانهيار"), so such a phrase holds only when the word after it begins with ب.
    pub bi: Table,
}

fn governors() -> &'static Governors {
    static G: OnceLock<Governors> = OnceLock::new();
    // RASD_STATUS_GOVERNORS names a governor file read instead of the built-in one: to measure a change of the
    // governor lists by `rasd train status` and tools/status_cv.py before it is built in.
    G.get_or_init(|| parse_governors(&crate::model_text("RASD_STATUS_GOVERNORS", GOVERNORS)).unwrap_or_else(|e| panic!("{e}")))
}

/// Read a governor file: `form<TAB>class[<TAB>note]`; an unknown class is an error.
pub fn parse_governors(text: &str) -> Result<Governors, rasd_text::data::DataError> {
    let mut g = Governors { table: Table::default(), bi: Table::default() };
    for r in rasd_text::data::rows(GOVERNORS_FILE, text) {
        let form = r.field(0, "form")?;
        let class = r.parse(1, "class", |c| GOVERNOR_CLASSES.iter().position(|k| *k == c))?;
        match form.trim().strip_suffix(" ب") {
            Some(head) if !head.trim().is_empty() => g.bi.add(head.trim(), Payload::Trigger(class)),
            _ => g.table.add(form, Payload::Trigger(class)),
        }
    }
    Ok(g)
}

/// Whether word `w` begins with the preposition ب (after و/ف): "بانهيار"، "وبسحب".
fn has_bi(w: &Word) -> bool {
    w.split.prep > 0 && !w.split.future && w.key.chars().nth(w.split.conj as usize) == Some('ب')
}

/// A governor before the trigger: its class and word range.
#[derive(Clone, Copy, Debug)]
pub struct Governor {
    pub class: &'static str,
    pub start: usize,
    pub end: usize,
}

/// The governing chain of a trigger starting at word `ts`: the governors between the clause start `cs` (at most
/// `REACH` words back, and after the last boundary word) and the trigger, nearest first. Longest match left to right, as for the cues.
pub fn chain(words: &[Word], cs: usize, ts: usize) -> Vec<Governor> {
    chain_in(governors(), words, cs, ts)
}

/// [`chain`] over the governor tables `g`.
fn chain_in(g: &Governors, words: &[Word], cs: usize, ts: usize) -> Vec<Governor> {
    let from = cs.max(ts.saturating_sub(REACH));
    // A phrase of `bi` holds when the word after it, up to the trigger, begins with ب; it takes the place of any
    // shorter governor it overlaps ("تهدد" threat, "تهدد ب" possible).
    let bi: Vec<_> = crate::coder::scan(&g.bi, words, from, ts).into_iter().filter(|h| h.end <= ts && has_bi(&words[h.end])).collect();
    let mut hits: Vec<_> = crate::coder::scan(&g.table, words, from, ts)
        .into_iter()
        .filter(|h| !bi.iter().any(|b| h.start < b.end && b.start < h.end))
        .map(|h| (h, &g.table))
        .collect();
    hits.extend(bi.into_iter().map(|h| (h, &g.bi)));
    hits.sort_by_key(|(h, _)| h.start);
    let mut out = vec![];
    for (h, table) in hits {
        if let Payload::Trigger(k) = table.patterns[h.payload].payload {
            // A relative ما right before the trigger does not govern it; further away it stays in the chain, as the
            // shipped weights learned it (taken out there, two negations and a claim of the train split are lost).
            if GOVERNOR_CLASSES[k] == "negation" && relative_ma_before(words, h.start, h.end, ts) {
                continue;
            }
            if GOVERNOR_CLASSES[k] == "boundary" {
                out.clear();
            } else {
                out.push(Governor { class: GOVERNOR_CLASSES[k], start: h.start, end: h.end });
            }
        }
    }
    out.reverse();
    out
}

/// Whether `w` has the shape of an imperfect (present) verb: ي ت ن after the conjunction, no preposition, three
/// letters or more ("وتنفي"، "يدين"). A verbal noun in ت reads the same ("تفجير").
pub fn looks_imperfect(w: &Word) -> bool {
    w.split.prep == 0 && matches!(w.key.chars().nth(w.split.conj as usize), Some('ي' | 'ت' | 'ن')) && w.bare.chars().count() >= 3
}

/// The mood of the verb or noun at word `i`: future (سـ, سوف), negated (لم، لن، لا، ما right before), possible
/// (قد + imperfect), imperfect (a present verb), or plain.
/// `trigger`: word `i` is the trigger, which a relative ما before it does not negate (`relative_ma`); a verb before
/// the trigger keeps the shipped reading, which the weights of `lv=` and `g1=...:m=` were trained with.
fn mood(words: &[Word], lo: usize, i: usize, trigger: bool) -> &'static str {
    let w = &words[i];
    let prev = |class| i > lo && if trigger { particle(words, i - 1, class) } else { is(&words[i - 1], class) };
    let imperfect = looks_imperfect(w);
    if is_future_verb(w) || prev(FnWord::MoodFuture) {
        "fut"
    } else if prev(FnWord::MoodNegFuture) {
        "neg_fut"
    } else if prev(FnWord::MoodNegPast) {
        "neg_past"
    } else if prev(FnWord::MoodNeg) {
        "neg"
    } else if prev(FnWord::MoodMay) && imperfect && !past_after_qad(w) {
        "may"
    } else if imperfect {
        "impf"
    } else {
        "-"
    }
}

/// A verb after قد that reads as past ("has" + past: the act took place), though it begins with a letter of the
/// imperfect, which after قد would make it "may": a form with a leading alef (التقى، أعلن — the stem reader takes
/// the ال of التقى for the article, so the whole word is read), or a verb in ت or ن with a past ending: ت ("وقد
/// تعهدت"، "قد نفت"، "وقد تدخلت") or وا ("قد تدخلوا"), three letters in ن (نفى، ندد) or تم. An imperfect in ي ("قد
/// يثبت") keeps its "may", and so does a three-letter one in ت ("قد تزج به في السجن"، "قد تشن").
pub fn past_after_qad(w: &Word) -> bool {
    let body: String = w.key.chars().skip(w.split.conj as usize).collect();
    let n = body.chars().count();
    let past_ending = body.starts_with(['ت', 'ن']) && n > 3 && (body.ends_with('ت') || body.ends_with("وا"));
    body.starts_with(['ا', 'أ', 'إ', 'آ']) || w.split.prep == 0 && (past_ending || body.starts_with('ن') && n == 3 || body == "تم")
}

/// A first-person verb: the speaker reports its own act ("سنرد"، "نعتزم"، "قصفنا").
fn first_person(w: &Word) -> bool {
    let body: String = w.key.chars().skip(w.split.conj as usize).collect();
    let fut = body.strip_prefix('س').filter(|_| is_future_verb(w)).unwrap_or(&body);
    (fut.starts_with('ن') && w.split.prep == 0 && fut.chars().count() >= 4) || (w.bare.chars().count() >= 4 && w.key.ends_with("نا"))
}

/// The trigger and its sentence, by word index.
#[derive(Clone, Copy, Debug)]
pub struct Site {
    pub trigger: (usize, usize),
    pub sentence: (usize, usize),
    pub nominal: bool,
    pub kind: EventType,
}

/// A status cue found in the sentence: word range, status, scope.
#[derive(Clone, Copy, Debug)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub status: Status,
    pub scope: Scope,
    /// Whether the status model sees it (a `rule-only:` row of status.tsv does not).
    pub feature: bool,
}

/// The status cues of a word range (longest match, left to right).
pub fn cues(words: &[Word], from: usize, to: usize) -> Vec<Cue> {
    let lex = Lexicon::get();
    let mut out = vec![];
    let mut i = from;
    while i < to {
        if !words[i].is_arabic() {
            i += 1;
            continue;
        }
        match lex.status.longest(words, i, to) {
            Some((id, n)) => {
                let p = &lex.status.patterns[id];
                if let Payload::Status { status, scope, feature } = p.payload {
                    if !(status == Status::Negated && n == 1 && !negation_as_written(&words[i], &p.words[0])) {
                        out.push(Cue { start: i, end: i + n, status, scope, feature });
                    }
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// A one-word negation cue counts only as written: a two-letter particle (لم، لن، لا، ما) after و/ف alone, a longer
/// cue without a pronoun read off its end. The matcher's clitic readings would make "كما" (as, also) and "بما" (with
/// what) into ما, and "بعدما" (after) into عدم + a pronoun, none of which negates the verb after it ("كما طالب"،
/// "بعدما اتهمها"); "بإلغاء"، "لعدم" keep their cue.
fn negation_as_written(w: &Word, cue: &str) -> bool {
    let k = w.key.as_str();
    if cue.chars().count() > 2 {
        return k.ends_with(cue);
    }
    let k = k.strip_prefix('و').or_else(|| k.strip_prefix('ف')).filter(|r| r.chars().count() >= 2).unwrap_or(k);
    // "ألغي" is stored as its stem "غي" (the lexicon's stems drop a leading ال, which the folded ألـ reads as).
    k == cue || k.strip_prefix("ال") == Some(cue)
}

fn distance_bucket(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        _ => "11+",
    }
}

fn is_boundary(w: &Word) -> bool {
    w.kind == WordKind::Punct && matches!(w.key.as_str(), "," | "." | ";" | ":")
}

/// The end of the clause that holds word `from`: the next comma, semicolon, colon or stop, or the sentence end `se`.
fn clause_end(words: &[Word], from: usize, se: usize) -> usize {
    (from..se).find(|&i| is_boundary(&words[i])).unwrap_or(se)
}

/// The first word of the trigger's clause: after the last comma, semicolon or colon before it in the sentence.
fn clause_start(words: &[Word], site: &Site) -> usize {
    (site.sentence.0..site.trigger.0).rev().find(|&i| is_boundary(&words[i])).map_or(site.sentence.0, |i| i + 1)
}

/// A word with the future prefix: سيعقد، ستقدم (not a word whose stem begins with س).
fn is_future_verb(w: &Word) -> bool {
    w.split.future
        || (w.split.prep == 0 && w.bare.len() > 2 && !w.bare.starts_with('س') && {
            let mut c = w.key.chars().skip(w.split.conj as usize);
            c.next() == Some('س') && matches!(c.next(), Some('ي' | 'ت' | 'ن'))
        })
}

/// The features of one event site. `rule` is the status the cue rules give.
pub fn features(ctx: &Ctx, cues: &[Cue], site: &Site, rule: Status) -> Vec<String> {
    features_of(ctx, cues, site, rule, Templates::ALL)
}

/// Feature templates that cost a scan of their own, and whether to compute them: every one to train a model
/// (`features`), only those the loaded model has weights for to decide with it (a feature without a weight adds
/// nothing to any score, so the status is the same).
#[derive(Clone, Copy, Debug)]
pub struct Templates {
    /// `gfar=`: an accusation or denial up to `FAR_REACH` words before the clause (a scan of the lexicon).
    pub far: bool,
}

impl Templates {
    pub const ALL: Templates = Templates { far: true };
}

/// [`features`], with the costly templates that `templates` leaves out not computed.
fn features_of(ctx: &Ctx, cues: &[Cue], site: &Site, rule: Status, templates: Templates) -> Vec<String> {
    let words = &ctx.a.words;
    let (ts, te) = site.trigger;
    let (ss, se) = site.sentence;
    let cs = clause_start(words, site);
    let nominal = if site.nominal { "n" } else { "v" };
    let mut f = vec![
        "bias".to_string(),
        format!("rule={}", rule.as_str()),
        format!("rule={}&{nominal}", rule.as_str()),
        format!("type={}", site.kind.as_str()),
        format!("type={}&rule={}", site.kind.as_str(), rule.as_str()),
        format!("form={nominal}"),
    ];
    if is_future_verb(&words[ts]) {
        f.push("trigger_future".into());
    }
    // A relative ما right before the trigger is no negation of it ("وهو ما نفته"); further away the cue stays a
    // feature of the sentence, as the shipped weights were trained with it (retrained without it anywhere, 5-fold on
    // the train split: accuracy 0.807, non-asserted recall 0.346, against 0.807 / 0.352 for a plain retrain).
    for c in cues.iter().filter(|c| c.feature && (c.end <= ts || c.start >= te) && !negates_not(words, c, ts)) {
        let before = c.end <= ts;
        let (side, d) = if before { ("b", ts - c.end) } else { ("a", c.start - te) };
        let between = if before { c.end..ts } else { te..c.start };
        let same = if between.clone().any(|i| is_boundary(&words[i])) { "x" } else { "s" };
        let scope = match c.scope {
            Scope::Governs => "gov",
            Scope::Before(_) => "bef",
            Scope::After(_) => "aft",
            Scope::Prefix => "pre",
        };
        let st = c.status.as_str();
        f.push(format!("cue={st}:{side}:{same}"));
        f.push(format!("cue={st}:{side}:{same}:{}", distance_bucket(d)));
        f.push(format!("cue={st}:{scope}:{side}:{same}"));
        f.push(format!("cue={st}:{side}:{same}&{nominal}"));
    }
    // Future verbs just before the trigger in its clause, nearest first, counting words only (a quotation mark or
    // bracket takes no slot: "سيكثف الجهود "للمطالبة" keeps the future verb at its place). (No word itself is a
    // feature: on a few hundred articles the words memorise the train split and lose on unseen text; classes of
    // words do not.)
    for (k, i) in (cs..ts).rev().filter(|&i| words[i].is_arabic()).take(6).enumerate() {
        let w = &words[i];
        let at = if k < 2 { k.to_string() } else { "w".to_string() };
        if is_future_verb(w) {
            f.push(format!("pw{at}_future"));
            f.push(format!("pw_future&{nominal}"));
        }
        if k == 0 && w.split.prep > 0 {
            f.push("pw0_prep".into());
        }
    }
    if ts > cs {
        // Purpose لـ on the trigger itself: "لبحث"، "لإجراء".
        let w = &words[ts];
        if w.split.prep > 0 && w.key.starts_with('ل') {
            f.push(format!("purpose_l&{nominal}"));
        }
    }
    // A time preposition governing the trigger: "منذ نزع السلاح"، "بعد عام من موافقة ترامب"، "عقب اغتيال"، "بعد أن
    // قصفت"، "قبل إجراء الانتخابات": since and after tell of an act that took place, before of one that may be ahead.
    // The class alone: with the trigger's form or the gap as well (tgov=X&n, tgov=X:gap), 5-fold at gold triggers
    // is the same (0.810 / 0.381 against 0.810 / 0.382), but that retrain turns one unrelated news-dev event (margin
    // 0.02, "ويعيد العمل بالعقوبات") to planned.
    if let Some(class) = time_governor(words, cs, ts) {
        f.push(format!("tgov={class}"));
    }
    // "اللقاءات الفلسطينية ستتواصل"، "الحرب في سوريا ستستمر": a nominal trigger as the subject of a future verb
    // after it in its clause (the act goes on or takes place ahead).
    if site.nominal && (te..clause_end(words, te, se)).take(6).any(|i| is_future_verb(&words[i])) {
        f.push("future_after&n".into());
    }
    light_verb(words, site, cs, &mut f);
    governing(words, site, cs, nominal, templates, &mut f);
    speech(ctx, site, cs, &mut f);
    if (ss..ts).any(|i| is_future_verb(&words[i])) {
        f.push(format!("future_in_sentence&{nominal}"));
    }
    dates(ctx, ss, se, cs, &mut f);
    framing(ctx.index().framing(words), words, site, &mut f);
    if (ss..ts).any(|i| words[i].kind == WordKind::Punct && matches!(words[i].key.as_str(), "\"" | "«" | "“")) {
        f.push("after_open_quote".into());
    }
    f
}

/// How many words a time preposition may stand before the trigger (its period and من between: "بعد ثلاثة أيام من").
const TIME_REACH: usize = 5;

/// The time preposition that governs the trigger at word `ts` (data/events/status_words.tsv, classes time_since,
/// time_after, time_before): right before it ("منذ نزع السلاح"، "عقب اغتيال") or with only a period, a number, من،
/// على or أن between (class time_gap: "بعد عام من موافقة"، "بعد مرور عام على توقيع"، "بعد أن قصفت"), in its clause.
fn time_governor(words: &[Word], cs: usize, ts: usize) -> Option<&'static str> {
    for j in (cs.max(ts.saturating_sub(TIME_REACH))..ts).rev() {
        let w = &words[j];
        for (class, name) in [(FnWord::TimeSince, "since"), (FnWord::TimeAfter, "after"), (FnWord::TimeBefore, "before")] {
            if is(w, class) {
                return Some(name);
            }
        }
        if !(w.kind == WordKind::Number || is(w, FnWord::TimeGap)) {
            return None;
        }
    }
    None
}

/// The mood a nominal trigger takes from the verb that carries it: "لن يشارك في مؤتمر"، "لم يعقد الطرفان أي
/// مفاوضات"، "قد يشن هجمات"، "ستفرض الجمعة رسوما": the nearest word before the trigger in its clause (within
/// `REACH`) that has a mood of its own (future, negated, possible), at any distance, unless a complementizer or
/// relative pronoun opens a new clause between (the mood then belongs to another verb: "لم يعلن أن الهجوم").
/// The mood's class, not the verb, is the feature.
fn light_verb(words: &[Word], site: &Site, cs: usize, f: &mut Vec<String>) {
    if !site.nominal {
        return;
    }
    let ts = site.trigger.0;
    for j in (cs.max(ts.saturating_sub(REACH))..ts).rev() {
        let w = &words[j];
        if is(w, FnWord::That) || is(w, FnWord::Relative) {
            return;
        }
        let m = mood(words, cs, j, false);
        if matches!(m, "fut" | "neg_fut" | "neg_past" | "neg" | "may") {
            f.push(format!("lv={m}"));
            f.push(format!("lv={m}:{}", distance_bucket(ts - j - 1)));
            return;
        }
    }
}

/// The governor classes whose verbs take their act as a ب complement: هدد ب، تعهد ب، اتهم ب، طالب ب.
const BI_CLASSES: [&str; 4] = ["threat", "agree", "accuse", "call"];

/// The governing chain of the trigger: from its clause start `cs`, or from the start of the clause before when only
/// a comma parts the trigger from it and the trigger opens its clause as a complement: a verb after أن ("وتعهدت
/// الحكومة بمقتضى الاتفاق، أن تسحب"), an act after إلى ("ودعا الوزير في كلمته، إلى عقد"), or an act with ب on it
/// when the nearest governor across the comma takes ب ("هدد الرئيس الفرنسي إيمانويل ماكرون، بضربات"). Not a noun
/// after أن/إن (a clause of its own: "قال كيري، إن انسحاب ترامب"), nor a ب adjunct ("وتستعد القوات، بدعم من").
fn governing_chain(words: &[Word], site: &Site, cs: usize) -> Vec<Governor> {
    let (ss, ts) = (site.sentence.0, site.trigger.0);
    let own = || chain(words, cs, ts);
    if cs <= ss || words[cs - 1].key != "," {
        return own();
    }
    static ILA: OnceLock<String> = OnceLock::new();
    let ila = ILA.get_or_init(|| rasd_text::normalize::key("إلى"));
    let bi = ts == cs && has_bi(&words[ts]);
    let linked = ts == cs + 1
        && words[cs].split.conj == 0
        && ((is(&words[cs], FnWord::LinkThat) && !site.nominal) || words[cs].bare == *ila);
    if !bi && !linked {
        return own();
    }
    let before = (ss..cs - 1).rev().find(|&i| is_boundary(&words[i])).map_or(ss, |i| i + 1);
    let wide = chain(words, before, ts);
    match wide.first() {
        Some(g) if g.end < cs && (linked || BI_CLASSES.contains(&g.class)) => wide,
        _ => own(),
    }
}

/// The governing chain as features: the nearest governor's class with the trigger's form, its distance, its own
/// mood (ستدعو، لم يطالب، قد + imperfect), what lies between (a relative pronoun, a complementizer, a preposition
/// on the trigger: لبحث، إلى عقد), the two nearest as a chain, every class in reach, and the trigger's own mood.
fn governing(words: &[Word], site: &Site, cs: usize, nominal: &str, templates: Templates, f: &mut Vec<String>) {
    let ts = site.trigger.0;
    let mut chain = governing_chain(words, site, cs);
    // "ضمن مخططها وتهديداتها": a trigger joined by و right after a governor noun is its sibling, not its
    // complement; the governor's own governors govern both.
    if chain.first().is_some_and(|g| g.end == ts && words[ts].split.conj > 0) {
        chain.remove(0);
    }
    f.push(format!("tmood={}&{nominal}", mood(words, cs, ts, true)));
    if first_person(&words[ts]) {
        f.push("trigger_first_person".into());
    }
    let before = |class| ts > cs && is(&words[ts - 1], class);
    let linked = if words[ts].split.prep > 0 && !words[ts].split.future {
        "clitic"
    } else if before(FnWord::LinkPrep) {
        "prep"
    } else if before(FnWord::LinkThat) {
        "an"
    } else {
        "-"
    };
    f.push(format!("link={linked}&{nominal}"));
    if let Some(class) = templates.far.then(|| far_accusation(words, site, cs, &chain)).flatten() {
        f.push(format!("gfar={class}&{nominal}"));
    }
    let Some(g) = chain.first() else {
        f.push(format!("g1=none&{nominal}"));
        return;
    };
    let d = ts - g.end;
    let rel = (g.end..ts).any(|k| is(&words[k], FnWord::Relative));
    let that = (g.end..ts).any(|k| is(&words[k], FnWord::That));
    let class = g.class;
    f.push(format!("g1={class}"));
    f.push(format!("g1={class}&{nominal}"));
    f.push(format!("g1={class}:{}", distance_bucket(d)));
    f.push(format!("g1={class}:m={}", mood(words, cs, g.start, false)));
    f.push(format!("g1={class}:link={linked}"));
    // "قد" before a past verb is "has", before an imperfect "may": the class with the trigger's own mood.
    f.push(format!("g1={class}&t={}", mood(words, cs, ts, true)));
    if rel {
        f.push(format!("g1={class}:rel"));
    }
    if that {
        f.push(format!("g1={class}:that"));
    }
    if let Some(g2) = chain.get(1) {
        f.push(format!("g2={}>{class}", g2.class));
    }
    let mut seen: Vec<&str> = vec![];
    for g in &chain {
        if !seen.contains(&g.class) {
            seen.push(g.class);
            f.push(format!("gany={}&{nominal}", g.class));
        }
    }
}

/// How far before the clause, in words, `far_accusation` looks.
const FAR_REACH: usize = 40;

/// An accusation or denial earlier in the trigger's sentence, beyond its clause, when its chain has neither: the
/// accused act told after commas of apposition ("واتهم فيلق الرحمن، أحد فصائل المعارضة المسلحة، روسيا بالتصعيد
/// العسكري ومحاولة تهجير"، "وتتهم تركيا الحركة التي يتزعمها غولن المقيم في الولايات المتحدة، بالوقوف وراء
/// الانقلاب"), which the chain does not cross. A subordinator or relative pronoun after it (boundary: "لكن")
/// ends its reach, as in the chain. At most `FAR_REACH` words before the clause. (Session 15: a feature the
/// shipped model has no weight for yet; see README "Session 15 on status".)
fn far_accusation(words: &[Word], site: &Site, cs: usize, chain: &[Governor]) -> Option<&'static str> {
    if chain.iter().any(|g| matches!(g.class, "accuse" | "deny")) {
        return None;
    }
    let table = &governors().table;
    let ts = site.trigger.0;
    let mut last: Option<(&'static str, usize)> = None;
    for h in crate::coder::scan(table, words, site.sentence.0.max(cs.saturating_sub(FAR_REACH)), ts) {
        if let Payload::Trigger(k) = table.patterns[h.payload].payload {
            match GOVERNOR_CLASSES[k] {
                "boundary" => last = None,
                c @ ("accuse" | "deny") => last = Some((c, h.start)),
                _ => {}
            }
        }
    }
    last.filter(|&(_, at)| at < cs).map(|(c, _)| c)
}

/// Reported speech around the trigger: a speech cue before it in the sentence (قال، أكد، اتهم ...), whether a
/// complementizer (أن/إن) stands between, and a cue after it (حسبما، وفقا لـ): whose words the event is told in.
fn speech(ctx: &Ctx, site: &Site, cs: usize, f: &mut Vec<String>) {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let (ts, te) = site.trigger;
    let (ss, se) = site.sentence;
    let mut i = ss;
    while i < se {
        let Some((id, n)) = lex.speech.longest(words, i, se) else {
            i += 1;
            continue;
        };
        // A verb of saying that looks ahead (توقع، اقترح، تعهد: status_governors.tsv expect, call, agree) frames the act
        // as its governor, not as reported speech: "تعهد دوكي بتغيير ... وسجن المتمردين" is a promise.
        let governs = governors().table.longest(words, i, se).is_some_and(|(g, _)| {
            matches!(governors().table.patterns[g].payload, Payload::Trigger(k) if matches!(GOVERNOR_CLASSES[k], "expect" | "call" | "agree"))
        });
        if governs {
            i += n;
            continue;
        }
        if let Payload::Speech { kind, .. } = lex.speech.patterns[id].payload {
            if i + n <= ts {
                let that = (i + n..ts).any(|k| is(&words[k], FnWord::That));
                f.push(format!("speech_before:{kind:?}"));
                f.push(format!("speech_before:that={that}&{}", site.kind.as_str()));
                if first_person(&words[ts]) {
                    f.push("speech_before&own_act".into());
                }
                if i >= cs {
                    f.push("speech_in_clause".into());
                }
            } else if i >= te {
                f.push(format!("speech_after:{kind:?}"));
            }
        }
        i += n;
    }
}

/// The article's framing of the act, from the sentences before the trigger's: the same trigger stem earlier in
/// the article in a clause that puts it ahead (a future verb, a planned cue or a governor of plan, intent,
/// expectation or preparation before it: "ستعقد القمة ..." and later "القمة" alone), and an article dense in
/// future verbs up to the trigger's sentence, two or more in a hundred words (a preview of a summit or an
/// offensive). Only the presence is a feature: a stem seen before without a cue, or an article with few future
/// verbs, says nothing of the act (as features they took weight from the governors, and acts under an intent
/// governor turned asserted on unseen text).
fn framing(fr: &Framing, words: &[Word], site: &Site, f: &mut Vec<String>) {
    let (ts, ss) = (site.trigger.0, site.sentence.0);
    let stem = &words[ts].bare;
    if stem.chars().count() >= 3 && words[ts].is_arabic() && fr.first_ahead(words, stem).is_some_and(|i| i < ss) {
        f.push("echo=fut".into());
        f.push(format!("echo=fut&{}", if site.nominal { "n" } else { "v" }));
    }
    let (arabic, future) = (fr.arabic[ss] as usize, fr.future[ss] as usize);
    if arabic >= 30 && future * 100 >= 2 * arabic {
        f.push("docfut=hi".into());
    }
}

/// What `framing` asks of the whole article, by word position, built once per document so that each event's
/// question costs its own words, not the article's (a long report has as many events as sentences).
#[derive(Debug, Default)]
pub(crate) struct Framing {
    /// Arabic words and future verbs before each position (prefix counts, one more than the words).
    arabic: Vec<u32>,
    future: Vec<u32>,
    /// Each word's clause start: the position after the last boundary before it.
    clause_start: Vec<u32>,
    /// The positions of each Arabic word's bare form, in order.
    by_stem: FxHashMap<String, Vec<u32>>,
    /// Per stem asked about, its first position in a clause that puts it ahead.
    first_ahead: std::cell::RefCell<FxHashMap<String, Option<usize>>>,
}

impl Framing {
    pub(crate) fn new(words: &[Word]) -> Framing {
        let mut fr = Framing { arabic: vec![0], future: vec![0], ..Default::default() };
        let mut cs = 0;
        for (i, w) in words.iter().enumerate() {
            fr.arabic.push(fr.arabic[i] + w.is_arabic() as u32);
            fr.future.push(fr.future[i] + is_future_verb(w) as u32);
            fr.clause_start.push(cs as u32);
            if is_boundary(w) {
                cs = i + 1;
            }
            if w.is_arabic() {
                fr.by_stem.entry(w.bare.clone()).or_default().push(i as u32);
            }
        }
        fr
    }

    /// The first position of `stem` whose clause puts it ahead, if any.
    fn first_ahead(&self, words: &[Word], stem: &str) -> Option<usize> {
        if let Some(&known) = self.first_ahead.borrow().get(stem) {
            return known;
        }
        let found = self.by_stem.get(stem).and_then(|at| at.iter().map(|&i| i as usize).find(|&i| self.ahead(words, i)));
        self.first_ahead.borrow_mut().insert(stem.to_string(), found);
        found
    }

    /// Whether word `i`'s clause puts it ahead: a future verb, a planned cue or a governor of plan, intent,
    /// expectation or preparation within reach before it.
    fn ahead(&self, words: &[Word], i: usize) -> bool {
        let cs = self.clause_start[i] as usize;
        let lo = cs.max(i.saturating_sub(REACH));
        (lo..i).any(|k| is_future_verb(&words[k]))
            || cues(words, lo, i).iter().any(|c| c.feature && c.status == Status::Planned)
            || chain(words, cs, i).iter().any(|g| matches!(g.class, "future" | "plan" | "intent" | "expect" | "prepare"))
    }
}

/// A future or past date in the clause or sentence, against the publication date.
fn dates(ctx: &Ctx, ss: usize, se: usize, cs: usize, f: &mut Vec<String>) {
    let Some(published) = ctx.published.as_deref() else { return };
    for t in ctx.times_within(ss, se).into_iter().map(|k| &ctx.times[k]) {
        let n = t.value.len().min(published.len());
        let when = match t.value.as_str().cmp(&published[..n]) {
            std::cmp::Ordering::Greater => "future",
            std::cmp::Ordering::Less => "past",
            std::cmp::Ordering::Equal => "today",
        };
        let place = if t.word_start >= cs { "clause" } else { "sentence" };
        f.push(format!("date_{when}_{place}"));
    }
}

/// Is the quote's speaker the act's actor: the same mention, linked entity or country?
pub fn speaker_is_actor(q: &crate::CodedQuote, e: &crate::CodedEvent) -> bool {
    match (&q.speaker, &e.actor) {
        (Some(sp), Some(a)) => sp.word_start == a.word_start || (sp.desc.entity.is_some() && sp.desc.entity == a.desc.entity) || (sp.desc.country.is_some() && sp.desc.country == a.desc.country),
        _ => false,
    }
}

/// What the coder knows of an act told in a quote beyond the quote itself.
#[derive(Clone, Copy, Debug)]
pub struct ClaimContext {
    /// The reported-speech rule's answer (coder::rule_claimed).
    pub rule: bool,
    /// An accusation (an ACCUSE event: اتهم، ندد، أدان) comes before the act in its sentence: the act is what is
    /// accused (GUIDE.md: "the accused act inside it is a separate event with status claimed").
    pub accused: bool,
    /// An earlier sentence reports the same kind of act between the same sides in the outlet's own words.
    pub confirmed: bool,
    /// The speaker made an accusation (an ACCUSE event it is the actor of) before the act in the article.
    pub speaker_accuses: bool,
    /// The sentence before the act's reports an accusation.
    pub accused_before: bool,
    /// The article's first sentence with an event reports an accusation: the article tells a condemnation.
    pub lead_accuses: bool,
}

/// The features of an act told in a quote, for the reported-speech decision (claimed or asserted): who speaks
/// (known or not, its role), whether the speaker is a party to the act (its actor, its victim's side, a third
/// side), how the quote is given (direct, attributed: بحسب), the act's type and form, a first-person verb (the
/// speaker's own act), and the rule's answer. Every name starts with `rs:`, apart from the status features.
pub fn claim_features(ctx: &Ctx, e: &crate::CodedEvent, q: &crate::CodedQuote, c: ClaimContext) -> Vec<String> {
    let words = &ctx.a.words;
    let kind = e.kind.as_str();
    let sp = q.speaker.as_ref();
    let sc = sp.and_then(|s| s.desc.country.clone());
    let party = claim_party(q, e, &sc);
    let mut f = claim_speaker(words, e, q, c.rule, party);
    claim_source(ctx, q, party, &mut f);
    claim_cue(words, q, &mut f);
    claim_context(c, kind, party, &mut f);
    claim_named(ctx, e, q, &sc, &mut f);
    f
}

/// Where the speaker stands to the act: its actor, its victim's side (the recipient's country), unplaced (no
/// country), the act unplaced (neither side has a country), or a third side.
fn claim_party(q: &crate::CodedQuote, e: &crate::CodedEvent, sc: &Option<String>) -> &'static str {
    let country = |a: &Option<crate::Arg>| a.as_ref().and_then(|a| a.desc.country.clone());
    let (ac, rc) = (country(&e.actor), country(&e.recipient));
    if speaker_is_actor(q, e) {
        "actor"
    } else if sc.is_some() && *sc == rc {
        "victim"
    } else if sc.is_none() {
        "speaker_unplaced"
    } else if ac.is_none() && rc.is_none() {
        "act_unplaced"
    } else {
        "third"
    }
}

/// The rule's answer, the act's type and form, who speaks (known or not, its role, its party), how the quote is
/// given (direct, attributed: بحسب), a first-person verb (the speaker's own act), an actor inside the speaker.
fn claim_speaker(words: &[Word], e: &crate::CodedEvent, q: &crate::CodedQuote, rule: bool, party: &str) -> Vec<String> {
    let kind = e.kind.as_str();
    let sp = q.speaker.as_ref();
    let spk = match sp {
        Some(s) if s.desc.is_known() => "known",
        Some(_) => "unknown",
        None => "none",
    };
    let role = sp.and_then(|s| s.desc.role.as_deref()).unwrap_or("-");
    let nominal = if is_nominal_at(words, e.trigger.0) { "n" } else { "v" };
    let mut f = vec![
        "rs:bias".to_string(),
        format!("rs:rule={rule}"),
        format!("rs:type={kind}"),
        format!("rs:type={kind}&rule={rule}"),
        format!("rs:spk={spk}"),
        format!("rs:role={role}"),
        format!("rs:party={party}"),
        format!("rs:party={party}&type={kind}"),
        format!("rs:party={party}&role={role}"),
        format!("rs:form={nominal}"),
        format!("rs:actor={}", if e.actor.is_some() { "yes" } else { "no" }),
    ];
    if q.direct {
        f.push("rs:direct".into());
    }
    if q.attributed {
        f.push("rs:attributed".into());
    }
    if first_person(&words[e.trigger.0]) {
        f.push("rs:first_person".into());
    }
    if sp.is_some_and(|s| e.actor.as_ref().is_some_and(|a| a.word_start >= s.word_start && a.word_start < s.word_end)) {
        f.push("rs:actor_in_speaker".into());
    }
    f
}

/// A neutral source speaks (a source, the police, an agency, witnesses: data/events/status_words.tsv
/// source_speaker), in the speaker or the few words before it ("قال مصدر أمني"، "وكالة أنباء الأناضول"): the
/// guide's "according to sources/police" reporting is asserted, a party's own claim about the other side claimed.
fn claim_source(ctx: &Ctx, q: &crate::CodedQuote, party: &str, f: &mut Vec<String>) {
    let words = &ctx.a.words;
    if let Some(s) = q.speaker.as_ref() {
        let lo = s.word_start.saturating_sub(3).max(ctx.a.sentence_words(words[s.word_start].sentence).start);
        if (lo..s.word_end.min(words.len())).any(|k| is(&words[k], FnWord::SourceSpeaker)) {
            f.push("rs:source".into());
            f.push(format!("rs:source&party={party}"));
        }
    }
}

/// The kind of cue (a verb of saying, a participle, an attribution, a statement noun), not its surface form:
/// the forms of one verb (أكدت، يؤكد، وأضافت، أضافت) took opposite weights on the train split (memorised).
fn claim_cue(words: &[Word], q: &crate::CodedQuote, f: &mut Vec<String>) {
    if let Some((c0, c1)) = q.cue {
        let lex = Lexicon::get();
        if let Some((id, _)) = lex.speech.longest(words, c0, c1.max(c0 + 1).min(words.len())) {
            if let Payload::Speech { kind, .. } = lex.speech.patterns[id].payload {
                f.push(format!("rs:cue={kind:?}"));
            }
        }
    }
}

/// What the coder knows beyond the quote: an accusation before the act, the outlet's own report of it, the
/// speaker's earlier accusation, an accusation in the sentence before or in the article's lead.
fn claim_context(c: ClaimContext, kind: &str, party: &str, f: &mut Vec<String>) {
    if c.accused {
        f.push("rs:accused".into());
        f.push(format!("rs:accused&party={party}"));
    }
    if c.confirmed {
        f.push("rs:confirmed".into());
    }
    if c.speaker_accuses {
        f.push("rs:speaker_accuses".into());
        f.push(format!("rs:speaker_accuses&type={kind}"));
    }
    if c.accused_before {
        f.push("rs:accused_before".into());
    }
    if c.lead_accuses {
        f.push("rs:lead_accuses".into());
    }
}

/// The countries the quote names before the trigger (where its subject stands) and after it, against the
/// speaker's: a side telling of another side's act ("قالت حماس إن إسرائيل دمرت") or of its own.
fn claim_named(ctx: &Ctx, e: &crate::CodedEvent, q: &crate::CodedQuote, sc: &Option<String>, f: &mut Vec<String>) {
    let kind = e.kind.as_str();
    let (cs, ce) = q.content_words;
    for x in ctx.entities_within(cs, ce).filter(|x| x.word_end <= e.trigger.0 || x.word_start >= e.trigger.1) {
        let Some(c) = (ctx.describe)(x.word_start, x.word_end).country else { continue };
        let side = if x.word_end <= e.trigger.0 { "b" } else { "a" };
        let whose = match sc {
            Some(s) if *s == c => "own",
            Some(_) => "other",
            None => "any",
        };
        let what = if x.is_place { "place" } else { "actor" };
        f.push(format!("rs:named={whose}:{side}"));
        f.push(format!("rs:named={whose}:{side}:{what}"));
        f.push(format!("rs:named={whose}:{side}&type={kind}"));
    }
}

fn is_nominal_at(words: &[Word], i: usize) -> bool {
    crate::coder::is_nominal(words, i)
}

/// A reported-speech site recorded for the trainer: the trigger's code point start, the act's type, features.
#[derive(Clone, Debug)]
pub struct ClaimSite {
    pub trigger_start: usize,
    pub kind: EventType,
    pub features: Vec<String>,
}

thread_local! {
    /// Where reported-speech sites are recorded for the trainer, when it asks.
    static CLAIM_SINK: crate::trace::Sink<ClaimSite> = const { std::cell::RefCell::new(None) };
}

/// Run `f` recording every reported-speech site on this thread.
pub fn collect_claims<T>(f: impl FnOnce() -> T) -> (T, Vec<ClaimSite>) {
    crate::trace::collect(&CLAIM_SINK, f)
}

/// Whether the reported-speech decision needs its features: the model has weights for it, or the trainer records.
pub fn claims_wanted() -> bool {
    StatusModel::get().has_claims || crate::trace::collecting(&CLAIM_SINK)
}

/// Whether RASD_TRACE (a comma-separated list) names `what`: `claims` writes each reported-speech decision of the
/// model to stderr (RASD_CLAIM, the trigger's code point start, the margin of claimed over asserted, the features),
/// `status` each status the model decides (RASD_STATUS, start, status, its margin over the runner-up, features):
/// to see how near a decision is to flipping, as a retrain flips the decisions at a small margin. A status a cue
/// rule gives is printed as RASD_STATUS, start, status, `rule`, the cue's words; a claim an accusation's content
/// keeps whatever the margin ends its RASD_CLAIM line with `accusation`.
fn traced(what: &str) -> bool {
    static ON: OnceLock<Vec<String>> = OnceLock::new();
    // A muted trial pass of the coder (`trace::muted`) prints nothing: its decisions may be thrown away.
    ON.get_or_init(|| std::env::var("RASD_TRACE").map(|v| v.split(',').map(str::to_string).collect()).unwrap_or_default()).iter().any(|x| x == what)
        && !crate::trace::is_muted()
}

/// The model's answer for an act told in a quote (recorded when the trainer asks): claimed or not, or None when
/// the model has no weights for reported speech (the rule decides).
pub fn claimed(ctx: &Ctx, e: &crate::CodedEvent, features: Vec<String>) -> Option<bool> {
    let model = StatusModel::get();
    let answer = model.has_claims.then(|| {
        let mut score = [0f32; 2];
        for f in &features {
            if let Some(w) = model.weights.get(f) {
                score[0] += w[0];
                score[1] += w[1];
            }
        }
        // An accusation's content is claimed whatever the margin: the trace says so (`accusation`) beside it.
        let accused = accusation_content(&features);
        if traced("claims") {
            let tag = if accused { "\taccusation" } else { "" };
            eprintln!("RASD_CLAIM\t{}\t{:.3}\t{}{tag}", ctx.a.words[e.trigger.0].start, score[1] - score[0], features.join(" "));
        }
        accused || score[1] > score[0]
    });
    crate::trace::record(&CLAIM_SINK, ClaimSite { trigger_start: ctx.a.words[e.trigger.0].start, kind: e.kind, features });
    answer
}

/// An act told as the content of an accusation: after an accusation in its sentence, or told by a speaker who made
/// one before it in the article. The reading of eval/news/README.md: "the content of an accusation or condemnation
/// (whoever accuses, a UN official included)" is claimed; the learned decision does not take such a claim of the
/// rule back. An accusation only in the sentence before (`rs:accused_before`) or in the article's lead
/// (`rs:lead_accuses`) stays a feature the model weighs, not a veto: after them the train gold has the act asserted
/// far more often than claimed (session 22: of the 16 vetoed claims the model would take back, 14 gold asserted; a
/// source, a UN body, the speaker's own side or the outlet's earlier report tells the act).
/// `RASD_ACCUSATION_FEATURES=f1,f2` names the features that veto instead, to measure a change without a rebuild.
pub fn accusation_content(features: &[String]) -> bool {
    static KEPT: OnceLock<Vec<String>> = OnceLock::new();
    let kept = KEPT.get_or_init(|| {
        let default = "rs:accused,rs:speaker_accuses".to_string();
        std::env::var("RASD_ACCUSATION_FEATURES").unwrap_or(default).split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()
    });
    features.iter().any(|f| kept.iter().any(|k| k == f))
}

/// A multiclass linear model: per feature, one weight per status.
pub struct StatusModel {
    weights: FxHashMap<String, [f32; 6]>,
    /// The model has weights for reported speech (`rs:` features).
    has_claims: bool,
    /// The costly templates the model has weights for.
    templates: Templates,
}

impl StatusModel {
    pub fn get() -> &'static StatusModel {
        static M: OnceLock<StatusModel> = OnceLock::new();
        M.get_or_init(|| {
            // RASD_STATUS_MODEL names a model file read instead of the built-in one: to measure a retrained model
            // with the scorer before it is committed (and built in).
            StatusModel::parse(&crate::model_text("RASD_STATUS_MODEL", MODEL)).unwrap_or_else(|e| panic!("{e}"))
        })
    }

    /// Read a model file: `feature<TAB>w_asserted ... w_hypothetical` (the order of `Status::ALL`).
    pub fn parse(text: &str) -> Result<StatusModel, rasd_text::data::DataError> {
        let mut weights = FxHashMap::default();
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(7, "feature and one weight per status")?;
            let mut w = [0f32; 6];
            for (k, x) in w.iter_mut().enumerate() {
                *x = r.parse(k + 1, "weight", |v| v.parse().ok())?;
            }
            weights.insert(r.fields[0].to_string(), w);
        }
        let has_claims = weights.keys().any(|k| k.starts_with("rs:"));
        let templates = Templates { far: weights.keys().any(|k| k.starts_with("gfar=")) };
        Ok(StatusModel { weights, has_claims, templates })
    }

    /// Each feature's weights (the order of `Status::ALL`), in no order: for the trainer's frozen rows.
    pub fn rows(&self) -> impl Iterator<Item = (&str, &[f32; 6])> {
        self.weights.iter().map(|(k, w)| (k.as_str(), w))
    }

    /// No weights: the rules decide alone.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The status with the highest score.
    pub fn predict(&self, features: &[String]) -> Status {
        let score = self.scores(features);
        let best = (0..6).fold(0, |b, k| if score[k] > score[b] { k } else { b });
        Status::ALL[best]
    }

    /// The score of each status (the order of `Status::ALL`).
    fn scores(&self, features: &[String]) -> [f32; 6] {
        let mut score = [0f32; 6];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                score.iter_mut().zip(w).for_each(|(s, w)| *s += w);
            }
        }
        score
    }
}

/// The status of an event: a status a cue rule gives stands; where the rules see no cue (asserted), the model's
/// when it has weights. (Overturning the cue rules gained on the train split but lost on news-dev, on which they
/// were written: a cue rule that is wrong is mended in data/events/status.tsv, checked on unseen text.)
pub fn decide(ctx: &Ctx, cues: &[Cue], site: &Site, rule: Status) -> Status {
    let model = StatusModel::get();
    if model.is_empty() || rule != Status::Asserted {
        if rule != Status::Asserted && traced("status") {
            // A cue rule decided: the nearest cue of that status before the trigger (or after it), by its words.
            let ts = site.trigger.0;
            let words = &ctx.a.words;
            let of_rule = || cues.iter().filter(|c| c.status == rule);
            let cue = of_rule().filter(|c| c.start < ts).last().or_else(|| of_rule().next());
            let text = cue.map(|c| words[c.start..c.end].iter().map(|w| w.key.as_str()).collect::<Vec<_>>().join("_")).unwrap_or_default();
            eprintln!("RASD_STATUS\t{}\t{}\trule\t{text}", words[ts].start, rule.as_str());
        }
        return rule;
    }
    let features = features_of(ctx, cues, site, rule, model.templates);
    let status = model.predict(&features);
    if traced("status") {
        // The margin of the status chosen over the runner-up: how near the decision is to another retrain's.
        let score = model.scores(&features);
        let k = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        let second = (0..6).filter(|&j| j != k).map(|j| score[j]).fold(f32::MIN, f32::max);
        eprintln!("RASD_STATUS\t{}\t{}\t{:.3}\t{}", ctx.a.words[site.trigger.0].start, status.as_str(), score[k] - second, features.join(" "));
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index of the first word of `a` whose text is `w`.
    fn at(text: &str, a: &rasd_text::Analysis, w: &str) -> usize {
        let chars: Vec<char> = text.chars().collect();
        let span = |x: &Word| -> String { chars[x.start..x.end].iter().collect() };
        a.words.iter().position(|x| span(x) == w).unwrap_or_else(|| panic!("{w} not in {text}"))
    }

    #[test]
    fn a_time_preposition_before_the_trigger_is_read_across_its_period() {
        // Unseen ANT sentences (since and after: the act took place; before: it may be ahead), and one made up: a
        // verb between ends the reach ("بعد أن أعلن الجيش اعتقال").
        for (text, trigger, want) in [
            ("وقال إنه سيعيد فرض عقوبات اقتصادية كانت الإدارة الأمريكية تتجنبها منذ توقيع الاتفاق في 2015.", "توقيع", Some("since")),
            ("وقال مسؤولون أمريكيون إن واشنطن تعتزم مراجعة استراتيجيتها بعد عام من موافقة ترامب على البقاء في أفغانستان.", "موافقة", Some("after")),
            ("وقبيل القمة، أوضح ترامب أن الاجتماعات التمهيدية بين واشنطن وبيونغيانغ مضت على نحو جيد.", "القمة", Some("before")),
            ("وصل الوفد بعد أن أعلن الجيش اعتقال القائد.", "اعتقال", None),
        ] {
            let a = rasd_text::analyze(text);
            let i = at(text, &a, trigger);
            assert_eq!(time_governor(&a.words, 0, i), want, "{text}");
        }
    }

    #[test]
    fn the_passive_future_sayatimm_is_a_planned_cue_and_yatimm_is_none() {
        // Unseen ANT sentences: "سيتم فتح تحقيق"، "وسيتم ملاحقتهم"; "يتم" (is done) is no cue.
        for (text, cue, planned) in [
            ("وأعلن الجيش أنه سيتم فتح تحقيق في مقتل الفتى.", "سيتم", true),
            ("لن يفلتوا من العقاب، وسيتم ملاحقتهم حتى ينالوا جزاءهم.", "وسيتم", true),
            ("هذه العقوبات هي الأكثر إيلاما التي يتم فرضها على الإطلاق.", "يتم", false),
        ] {
            let a = rasd_text::analyze(text);
            let c = cues(&a.words, 0, a.words.len());
            let i = at(text, &a, cue);
            assert_eq!(c.iter().any(|c| c.start == i && c.status == Status::Planned), planned, "{text}: {c:?}");
        }
    }

    #[test]
    fn an_aim_or_intention_noun_is_a_rule_only_planned_cue() {
        // Unseen ANT sentences: "بهدف طرد"، "عزمه فتح تحقيق" (the pronoun read off), "تحسبا لهجوم"; rule-only
        // rows are no feature of the learned models, the older rows are.
        for (text, cue, feature) in [
            ("وشنت القوات الحكومية هجوما بهدف طرد الحوثيين من المدينة.", "بهدف", false),
            ("أعرب رئيس الوزراء عن عزمه فتح تحقيق في الاعتقال.", "عزمه", false),
            ("دوت صافرات الإنذار تحسبا لهجوم صاروخي.", "تحسبا", false),
            ("تعتزم الحكومة فرض عقوبات جديدة.", "تعتزم", true),
        ] {
            let a = rasd_text::analyze(text);
            let c = cues(&a.words, 0, a.words.len());
            let i = at(text, &a, cue);
            let hit = c.iter().find(|c| c.start == i && c.status == Status::Planned);
            assert_eq!(hit.map(|c| c.feature), Some(feature), "{text}: {c:?}");
        }
    }

    #[test]
    fn wanting_an_act_is_a_rule_only_planned_cue_and_not_wanting_it_negated() {
        // Unseen ANT sentences: "تريد اعتقاله" (the arrest is intended), "لا تريد الانخراط بحرب" (the longer cue
        // takes the pair, so the want does not make the war planned).
        let text = "إلا أن السلطات البريطانية تريد اعتقاله لانتهاكه شروط الإفراج بكفالة.";
        let a = rasd_text::analyze(text);
        let c = cues(&a.words, 0, a.words.len());
        let i = at(text, &a, "تريد");
        let hit = c.iter().find(|c| c.start == i).unwrap_or_else(|| panic!("{text}: {c:?}"));
        assert_eq!((hit.status, hit.feature), (Status::Planned, false), "{text}: {c:?}");
        let text = "وقال إن لندن لا تريد الانخراط بحرب باردة جديدة مع موسكو.";
        let a = rasd_text::analyze(text);
        let c = cues(&a.words, 0, a.words.len());
        let (la, want) = (at(text, &a, "لا"), at(text, &a, "تريد"));
        assert!(c.iter().any(|c| c.start == la && c.end == want + 1 && c.status == Status::Negated), "{text}: {c:?}");
        assert!(!c.iter().any(|c| c.status == Status::Planned), "{text}: {c:?}");
    }

    #[test]
    fn kama_and_baadama_are_no_negation_but_lam_is() {
        let text = "كما طالب الوزير بالإفراج عنهم، بعدما اتهمها بالتجسس، ولم يعتقل أحد.";
        let a = rasd_text::analyze(text);
        let c = cues(&a.words, 0, a.words.len());
        let negated: Vec<usize> = c.iter().filter(|c| c.status == Status::Negated).map(|c| c.start).collect();
        assert_eq!(negated, vec![at(text, &a, "ولم")], "{c:?}");
    }

    #[test]
    fn relative_ma_is_no_negation_but_ma_at_the_head_of_its_clause_is() {
        // ANT: "وهو ما يرفضه الحوثيون"، "ما منع نحو 250 ألف مالي" after a comma, "إعمار ما دمرته": relative.
        let text = "شرط لوقف الهجوم، وهو ما يرفضه الحوثيون. وأغلق مغلقا، ما منع نحو 250 ألف مالي من التصويت، وإعمار ما دمرته الحرب. ما قال ذلك. وما زار أحد.";
        let a = rasd_text::analyze(text);
        let c = cues(&a.words, 0, a.words.len());
        let negating: Vec<usize> = c.iter().filter(|c| c.status == Status::Negated && !negates_not(&a.words, c, c.end)).map(|c| c.start).collect();
        assert_eq!(negating, vec![at(text, &a, "قال") - 1, at(text, &a, "وما")], "{c:?}");
        assert!(chain(&a.words, at(text, &a, "وإعمار"), at(text, &a, "دمرته")).is_empty());
        assert_eq!(chain(&a.words, at(text, &a, "قال") - 1, at(text, &a, "قال")).first().map(|g| g.class), Some("negation"));
    }

    #[test]
    fn the_governing_chain_reaches_past_the_subject_and_stops_at_a_new_clause() {
        let text = "تعتزم الحكومة البريطانية إجراء انتخابات مبكرة";
        let a = rasd_text::analyze(text);
        let g = chain(&a.words, 0, at(text, &a, "انتخابات"));
        assert_eq!(g.first().map(|g| g.class), Some("intent"), "{g:?}");
        let text = "لا يمكنهم العودة لأن منازلهم دمرت جراء القتال";
        let a = rasd_text::analyze(text);
        assert!(chain(&a.words, 0, at(text, &a, "القتال")).is_empty());
        let text = "دعا المجلس إلى عقد اجتماع طارئ";
        let a = rasd_text::analyze(text);
        let g = chain(&a.words, 0, at(text, &a, "عقد"));
        assert_eq!(g.first().map(|g| g.class), Some("call"), "{g:?}");
    }

    #[test]
    fn possible_in_the_feminine_is_a_rule_only_hypothetical_cue() {
        // Unseen ANT: "في حرب تجارية محتملة مع الولايات المتحدة"، "لدرء أي هجمات محتملة"; the masculine محتمل is an
        // older row, a feature of the learned models.
        for (text, cue, feature) in [
            ("أعلنت الصين أنها مستعدة لدفع أي ثمن في حرب تجارية محتملة مع الولايات المتحدة.", "محتملة", false),
            ("قال إن بلاده قد تشارك في الضربات المحتملة ضد دمشق.", "المحتملة", false),
            ("أعرب عن قلقه من هجوم محتمل على إدلب.", "محتمل", true),
        ] {
            let a = rasd_text::analyze(text);
            let c = cues(&a.words, 0, a.words.len());
            let i = at(text, &a, cue);
            let hit = c.iter().find(|c| c.start == i && c.status == Status::Hypothetical);
            assert_eq!(hit.map(|c| c.feature), Some(feature), "{text}: {c:?}");
        }
    }

    #[test]
    fn a_threat_noun_governs_the_act_it_threatens() {
        // Unseen ANT: "وصفت دمشق التهديدات الأمريكية باستهداف أراضيها"، "تحت تهديد الرسوم الجمركية" (session 24: the
        // nouns تهديد، تهديدات join the verbs هدد، يهدد in the threat class).
        for (text, t) in [
            ("وصفت دمشق التهديدات الأمريكية باستهداف أراضيها بالتصعيد", "باستهداف"),
            ("وتبقى الصين تحت تهديد الرسوم الجمركية الأمريكية", "الرسوم"),
        ] {
            let a = rasd_text::analyze(text);
            let g = chain(&a.words, 0, at(text, &a, t));
            assert_eq!(g.first().map(|g| g.class), Some("threat"), "{text}: {g:?}");
        }
    }

    /// The light-verb features of the nominal trigger `t` in `text`.
    fn light(text: &str, t: &str) -> Vec<String> {
        let a = rasd_text::analyze(text);
        let ts = at(text, &a, t);
        let site = Site { trigger: (ts, ts + 1), sentence: (0, a.words.len()), nominal: true, kind: EventType::Consult };
        let mut f = vec![];
        light_verb(&a.words, &site, 0, &mut f);
        f
    }

    /// The framing features of the nominal trigger `t` (its last occurrence) in `text`.
    fn framed(text: &str, t: &str) -> Vec<String> {
        let a = rasd_text::analyze(text);
        let chars: Vec<char> = text.chars().collect();
        let ts = a.words.iter().rposition(|x| chars[x.start..x.end].iter().collect::<String>() == t).unwrap();
        let ss = a.words.iter().position(|x| x.sentence == a.words[ts].sentence).unwrap();
        let se = a.words.iter().rposition(|x| x.sentence == a.words[ts].sentence).unwrap() + 1;
        let site = Site { trigger: (ts, ts + 1), sentence: (ss, se), nominal: true, kind: EventType::Consult };
        let mut f = vec![];
        framing(&Framing::new(&a.words), &a.words, &site, &mut f);
        f
    }

    #[test]
    fn a_quotation_mark_takes_no_slot_of_the_preceding_words() {
        // Train split (AL-internationalNews-126): the future verb stays the word right before the quoted act.
        for text in ["وأعلن الرئيس أنه سيكثف الجهود \"للمطالبة بعضوية كاملة\".", "وأعلن الرئيس أنه سيكثف الجهود للمطالبة بعضوية كاملة."] {
            let a = rasd_text::analyze(text);
            let ts = at(text, &a, "للمطالبة");
            let describe = |_: usize, _: usize| crate::ActorDesc::default();
            let ctx = Ctx { a: &a, entities: &[], times: &[], quantities: &[], describe: &describe, main_place: None, published: None, index: Default::default() };
            let site = Site { trigger: (ts, ts + 1), sentence: (0, a.words.len()), nominal: true, kind: EventType::Request };
            let f = features(&ctx, &cues(&a.words, 0, a.words.len()), &site, Status::Asserted);
            assert!(f.contains(&"pw1_future".to_string()), "{text}: {f:?}");
        }
    }

    #[test]
    fn an_act_put_ahead_earlier_in_the_article_echoes_in_its_later_mention() {
        // Unseen ANT previews: the summit is announced ahead, then named alone.
        let fut = framed("ستعقد القمة الجمعة في باريس. وتتناول القمة ملفات اللاجئين.", "القمة");
        assert!(fut.contains(&"echo=fut".to_string()), "{fut:?}");
        let ahead = framed("يعتزم الرئيس إجراء محادثات مع نظيره. وتتناول المحادثات ملفات عدة.", "المحادثات");
        assert!(ahead.contains(&"echo=fut&n".to_string()), "{ahead:?}");
        // Named before without anything putting it ahead: no feature.
        assert!(framed("عقد الطرفان محادثات في القاهرة. وتناولت المحادثات ملفات عدة.", "المحادثات").is_empty());
    }

    /// The far-accusation class of the trigger `t` (its last occurrence) in `text`, a one-sentence text.
    fn far(text: &str, t: &str) -> Option<&'static str> {
        let a = rasd_text::analyze(text);
        let chars: Vec<char> = text.chars().collect();
        let ts = a.words.iter().rposition(|x| chars[x.start..x.end].iter().collect::<String>() == t).unwrap();
        let site = Site { trigger: (ts, ts + 1), sentence: (0, a.words.len()), nominal: true, kind: EventType::Coerce };
        let cs = clause_start(&a.words, &site);
        far_accusation(&a.words, &site, cs, &chain(&a.words, cs, ts))
    }

    #[test]
    fn an_accusation_reaches_its_content_past_commas_of_apposition() {
        // A sentence of the train split: the accuser named with an apposition between commas.
        assert_eq!(far("واتهم فيلق الرحمن، أحد فصائل المعارضة المسلحة، روسيا بالتصعيد العسكري ومحاولة تهجير السكان بالقوة.", "تهجير"), Some("accuse"));
        // In the clause the chain has it already: no far feature.
        assert_eq!(far("واتهمت بريطانيا روسيا بتسميم الجاسوس.", "بتسميم"), None);
        // "لكن" opens a clause of its own: the accusation before it does not reach the act after it.
        assert_eq!(far("كانت السلطات الأوكرانية قد اتهمت الكرملين بهذه الجريمة، لكن الكرملين استنكر الاتهام.", "استنكر"), None);
        // No accusation: nothing.
        assert_eq!(far("وقال الجيش، في بيان، إن قواته قصفت مواقع المسلحين.", "قصفت"), None);
    }

    #[test]
    fn avoiding_an_act_governs_it_as_avoid() {
        for (text, t) in [("وتجنب البيت الأبيض الخميس انتقاد إسرائيل", "انتقاد"), ("ودعت الحكومة إلى التهدئة لتفادي مواجهة عسكرية", "مواجهة")] {
            let a = rasd_text::analyze(text);
            let g = chain(&a.words, 0, at(text, &a, t));
            assert_eq!(g.first().map(|g| g.class), Some("avoid"), "{text}: {g:?}");
        }
    }

    #[test]
    fn a_nominal_trigger_takes_the_mood_of_the_verb_that_carries_it() {
        assert_eq!(light("لن يشارك الرئيس في مؤتمر المستثمرين", "مؤتمر"), vec!["lv=neg_fut", "lv=neg_fut:2"]);
        assert_eq!(light("ستفرض الجمعة رسوما جمركية", "رسوما"), vec!["lv=fut", "lv=fut:1"]);
        // A complementizer opens another clause: the negation is the statement's, not the attack's.
        assert!(light("لم يعلن الجيش أن الهجوم وقع", "الهجوم").is_empty());
        assert!(light("عقد الطرفان مفاوضات", "مفاوضات").is_empty());
    }

    #[test]
    fn qad_before_a_past_verb_is_has_not_may() {
        for (text, verb, past) in [
            ("وقد تعهدت دولة الإمارات بمبلغ 500 مليون دولار أميركي", "تعهدت", true),
            ("وقد نفى من جانبه ارتكابه أي اعتداء", "نفى", true),
            ("وقد التقى الرئيسان الروسي والسوري للمرة الأخيرة", "التقى", true),
            ("وقد تدخلت روسيا عسكريا في النزاع السوري", "تدخلت", true),
            ("وقالت تركيا إنها قد توسع هجومها إلى تلك المناطق", "توسع", false),
            ("وقالت إن ذلك قد يشكل خطرا على الأسلحة", "يشكل", false),
            ("وهي جرائم قد تزج به في السجن لمدة تصل إلى 35 عاما", "تزج", false),
            ("وقد تم القبض على مطلق النار", "تم", true),
        ] {
            let a = rasd_text::analyze(text);
            let i = at(text, &a, verb);
            assert_eq!(past_after_qad(&a.words[i]), past, "{text}");
            assert_eq!(mood(&a.words, 0, i, true) == "may", !past, "{text}");
        }
    }

    #[test]
    fn the_governor_file_is_read_and_an_unknown_class_refused() {
        assert!(parse_governors(GOVERNORS).is_ok());
        let e = parse_governors("يعتزم\tintent\nسوف\tsoon\n").err().expect("unknown class refused");
        assert!(e.to_string().starts_with("data/events/status_governors.tsv:2:"), "{e}");
    }

    #[test]
    fn a_governor_ending_in_a_separate_bi_matches_the_proclitic_of_the_next_word() {
        let g = parse_governors("تهدد ب\tpossible\nتهدد\tthreat\n").unwrap();
        let classes = |text: &str, trigger: &str| {
            let a = rasd_text::analyze(text);
            chain_in(&g, &a.words, 0, at(text, &a, trigger)).iter().map(|g| g.class).collect::<Vec<_>>()
        };
        assert_eq!(classes("الأزمة تهدد بانهيار الاتفاق", "بانهيار"), ["possible"]);
        assert_eq!(classes("والأزمة تهدد الاتفاق وانهيار الهدنة", "وانهيار"), ["threat"]);
    }

    #[test]
    fn a_complement_after_a_comma_is_governed_across_it_but_not_an_adjunct_or_a_clause() {
        let classes = |text: &str, trigger: &str, nominal: bool| {
            let a = rasd_text::analyze(text);
            let ts = at(text, &a, trigger);
            let site = Site { trigger: (ts, ts + 1), sentence: (0, a.words.len()), nominal, kind: EventType::Assault };
            let cs = clause_start(&a.words, &site);
            governing_chain(&a.words, &site, cs).first().map(|g| g.class)
        };
        assert_eq!(classes("وتعهدت الحكومة بمقتضى الاتفاق، أن تسحب قوات مكافحة الشغب", "تسحب", false), Some("agree"));
        assert_eq!(classes("هددت إسرائيل بشكل ضمني، بضرب قطع عسكرية إيرانية", "بضرب", true), Some("threat"));
        assert_eq!(classes("وتستعد قوات الجيش اليمني والمقاومة، بدعم من التحالف", "بدعم", true), None);
        assert_eq!(classes("وتعهدت الحكومة بمقتضى الاتفاق، إن انسحاب القوات خطير", "انسحاب", true), None);
    }

    #[test]
    fn the_function_word_file_is_read_and_matches_stems_as_folded() {
        let w = FnWords::parse(WORDS).unwrap();
        let text = "ولم يعقد الاجتماع بأن";
        let a = rasd_text::analyze(text);
        assert!(w.has(&a.words[0].bare, FnWord::MoodNegPast), "{:?}", a.words[0]);
        assert!(!w.has(&a.words[0].bare, FnWord::MoodNeg));
        assert!(w.has(&a.words[3].bare, FnWord::That));
        // إلى is stored folded (الي), as the stem of "إلى" and "الى" in text is.
        let a = rasd_text::analyze("دعا المجلس إلى عقد اجتماع");
        assert!(w.has(&a.words[2].bare, FnWord::LinkPrep), "{:?}", a.words[2]);
        let e = FnWords::parse("mood_neg\tلا\nmood_soon\tسوف\n").err().expect("unknown class refused");
        assert!(e.to_string().starts_with("data/events/status_words.tsv:2:"), "{e}");
    }

    #[test]
    fn a_model_file_is_read_and_scores_its_features() {
        let m = StatusModel::parse("# header\nbias\t1\t0\t0\t0\t0\t0\npw0=سوف\t0\t0\t0\t2\t0\t0\n").unwrap();
        assert_eq!(m.predict(&["bias".into()]), Status::Asserted);
        assert_eq!(m.predict(&["bias".into(), "pw0=سوف".into()]), Status::Planned);
        let e = StatusModel::parse("bias\t1\t0\n").err().expect("short row refused");
        assert!(e.to_string().starts_with("data/events/status_model.tsv:1:"), "{e}");
    }
}
