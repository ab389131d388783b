//! Event coding, sentence by sentence.

use crate::lexicon::{Lexicon, Payload, Scope};
use crate::args::arguments;
use crate::factuality::{self, Cue, Site};
use crate::{Arg, CodedEvent, Ctx, EventType, Status};
use rasd_text::{Word, WordKind};

/// Share of domain words (sport, culture, technology) above which a document is not news of politics: weak
/// triggers are off there, and strong conflict triggers need conflict context in their sentence.
const DOMAIN_SHARE: f64 = 0.012;

/// The word classes (data/events/words.tsv) whose density makes a report non-political: ANT's sport, culture and
/// technology sections, which hold health and science, history and heritage, and combat sports too (the last
/// three are weighed against the words of conflict).
const DOMAINS: [&str; 6] = ["sport", "culture", "technology", "science", "heritage", "combat_sport"];

#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) payload: usize,
}

/// Matches of one table over a word range: longest match, left to right.
pub(crate) fn scan(table: &crate::lexicon::Table, words: &[Word], from: usize, to: usize) -> Vec<Hit> {
    let mut out = vec![];
    let mut i = from;
    // The words after the gap of the last frame, and its event type: they are not coded again as the same event
    // ("عقوبات" of "فرضت واشنطن عقوبات"); the words of the gap are scanned as any.
    let mut tail: Option<(std::ops::Range<usize>, Option<EventType>)> = None;
    let kind = |id: usize| match table.patterns[id].payload {
        Payload::Trigger(t) => Some(Lexicon::get().triggers[t].kind),
        _ => None,
    };
    while i < to {
        if !words[i].is_arabic() {
            i += 1;
            continue;
        }
        match table.longest_frame(words, i, to) {
            Some((id, n, after)) => {
                if !tail.as_ref().is_some_and(|(r, k)| r.contains(&i) && k.is_some() && *k == kind(id)) {
                    out.push(Hit { start: i, end: i + n, payload: id });
                }
                if !after.is_empty() {
                    tail = Some((after, kind(id)));
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// What kind of report a document is, for the gate on its events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// News of politics, conflict or crime: every trigger counts.
    News,
    /// Dense in sport, culture or technology words but as rich in words of state and conflict (a president
    /// warning Google, a court trying a doctor, a cultural delegation at a summit): the conflict types are gated
    /// as in a domain report, the others are coded as in news.
    Mixed,
    /// A sport, culture or technology report: weak triggers off, conflict needs armed context.
    Domain,
}

fn doc_kind(ctx: &Ctx) -> DocKind {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    // The counts below, in one pass over the words (each word's classes read once; per domain class set, the
    // words of it and those of it that are also armed_domain words).
    let sets = [&["armed"][..], &["conflict"], &["politics"], &DOMAINS, &DOMAINS[..3], &["armed_domain"]].map(|c| lex.class_set(c));
    let (mut arabic, mut counts, mut domain_armed) = (0usize, [0usize; 5], [0usize; 2]);
    for w in words.iter().filter(|w| w.is_arabic()) {
        arabic += 1;
        let c = lex.word_classes(w);
        let armed_domain = c.meets(sets[5]);
        for (k, set) in sets[..5].iter().enumerate() {
            if c.meets(*set) {
                counts[k] += 1;
                if k >= 3 && armed_domain {
                    domain_armed[k - 3] += 1;
                }
            }
        }
    }
    let arabic = arabic.max(1);
    let politics = counts[2];
    // A domain word that also names military matters (words.tsv armed_domain) in a report that speaks of armed
    // forces (two of their words or more) speaks of them, not of the domain: NATO's drills ("التدريبات" with
    // "مراقبين عسكريين"، "القوات") are no sport. Such words are left out of the domain's count.
    let military = counts[0] >= 2;
    let count_domain = |k: usize| counts[k] - if military { domain_armed[k - 3] } else { 0 };
    // A sentence or two with one sport word is no sport report: ask for a few domain words as well as a share.
    let dense = |n: usize| n >= 3 && n as f64 / arabic as f64 > DOMAIN_SHARE;
    let domain = count_domain(3);
    let conflict = counts[1];
    // Health, history and combat-sport words also come up in political reports (a leader's treatment, a ruined
    // temple): these make a domain report only where they outnumber the words of conflict and state by half again.
    let gated = dense(count_domain(4)) || dense(domain) && 2 * domain > 3 * conflict;
    if doc_traced() {
        let head: Vec<String> = words.iter().take(8).map(|w| ctx.a.chars[w.start..w.end].iter().collect()).collect();
        let listed: Vec<&str> = words.iter().filter(|w| !(military && lex.is("armed_domain", w)) && w.is_arabic() && DOMAINS.iter().any(|d| lex.is(d, w))).map(|w| w.key.as_str()).collect();
        eprintln!("RASD_DOC\t{}\t{arabic}\t{}\t{domain}\t{conflict}\t{politics}\t{gated}\t{}", head.join(" "), count_domain(4), listed.join(" "));
    }
    if !gated {
        DocKind::News
    } else if domain <= conflict + politics {
        // Measured on the train split of eval/news: 20 of its 45 gated reports are news like this (318 gold
        // events); the ANT sport, culture and technology reports keep their conflict gate.
        DocKind::Mixed
    } else {
        DocKind::Domain
    }
}

/// Whether RASD_TRACE names `doc`: each report's domain counts go to stderr (RASD_DOC, its first words, Arabic words,
/// sport/culture/technology words, all domain words, conflict words, words of state, gated, the domain words
/// counted), to see what makes a report a domain report. A muted trial pass prints nothing.
fn doc_traced() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var("RASD_TRACE").is_ok_and(|v| v.split(',').any(|x| x == "doc"))) && !crate::trace::is_muted()
}

/// Whether `RASD_STAGE_OFF` (a comma-separated list of the stage names RASD_TRACE=drops prints) turns this check of
/// `code_hit` off: a veto, `weak_no_participant` or `headline`, measured on the train split and the negatives without
/// a rebuild (what a stage costs and saves, tools/drop_trace.py counting only the gold events it loses).
fn stage_off(stage: &str) -> bool {
    static V: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    V.get_or_init(|| std::env::var("RASD_STAGE_OFF").map(|v| v.split(',').map(str::to_string).collect()).unwrap_or_default()).iter().any(|x| x == stage)
}

/// How many words after an expelling verb its clause is read for diplomats: the expeller may stand between, with its
/// apposition ("طرد حلف شمال الأطلسي "الناتو" 7 من الدبلوماسيين"، "طردت حكومات غربية من بينها الولايات المتحدة أكثر
/// من 100 دبلوماسي").
const DIPLOMAT_SPAN: usize = 12;

/// "طردت روسيا عشرات الدبلوماسيين"، "بطرد العدد ذاته من الدبلوماسيين الغربيين": expelling diplomats is a
/// SANCTION (GUIDE.md), though the expelled stand several words after the verb. A deportation (COERCE deport)
/// whose clause names diplomats a few words on (`DIPLOMAT_SPAN`) is coded with the lexicon's diplomatic expulsion
/// instead.
fn expelled_diplomats(words: &[Word], tid: usize, h: &Hit, s_end: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let t = &lex.triggers[tid];
    if t.kind != EventType::Coerce || t.mode != Some(crate::Mode::Deport) {
        return None;
    }
    let diplomats = (h.end..(h.end + DIPLOMAT_SPAN).min(s_end))
        .take_while(|&i| !(words[i].kind == WordKind::Punct && matches!(words[i].key.as_str(), "." | ";")))
        .any(|i| lex.is("diplomat", &words[i]));
    if !diplomats {
        return None;
    }
    lex.triggers.iter().position(|x| x.kind == EventType::Sanction && x.mode == Some(crate::Mode::Expel))
}

/// Where a trigger stands in a court sentence: a verdict word (class `verdict`: قضت، حكم، أحكاما) governing a
/// punishment as its ب-complement within its clause (class `punishment`: "قضت محكمة سودانية بإعدام امرأة"، "حكم على
/// الصحافيين ... بالسجن عشر سنوات"، "حكم بالإعدام").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sentencing {
    /// Not in such a frame.
    None,
    /// The punishment (a trigger holding the ب-punishment word): the sentence itself, coded COERCE.
    Punishment,
    /// The verdict word with the punishment after it ("قضت محكمة"): not an event of its own. The court order
    /// (REQUEST) the lexicon gives "قضت المحكمة" is the sense of other complements ("قضت المحكمة بالإفراج").
    Verdict,
}

/// How far before a punishment its verdict word may stand: "قضت محكمة جنايات القاهرة بالسجن"، "وكان القضاء قد
/// حكم في البدء على عزريا، فرنسي الجنسية، بالسجن".
const VERDICT_REACH: usize = 10;

fn sentencing(words: &[Word], h: &Hit, s_start: usize) -> Sentencing {
    let lex = Lexicon::get();
    let punishment = |i: usize| words[i].preposition_clitic() == Some('ب') && lex.is("punishment", &words[i]);
    let clause_end = |i: usize| words[i].kind == WordKind::Punct && matches!(words[i].key.as_str(), "." | ";" | "؛" | ":");
    if (h.start..h.end).any(punishment) {
        // The verdict word inside the trigger ("حكم بالإعدام") or up to VERDICT_REACH words before it.
        let first = (h.start..h.end).find(|&i| punishment(i)).unwrap_or(h.start);
        let before = || (h.start.saturating_sub(VERDICT_REACH).max(s_start)..first).rev().take_while(|&i| !clause_end(i));
        let verdict = before().any(|i| lex.is("verdict", &words[i]));
        // A sentence carried out is the execution, coded as the lexeme has it.
        let carried_out = before().any(|i| lex.is("carry_out", &words[i]));
        return if verdict && !carried_out { Sentencing::Punishment } else { Sentencing::None };
    }
    if !(h.start..h.end).any(|i| lex.is("verdict", &words[i])) {
        return Sentencing::None;
    }
    let reach = h.end..(h.start + VERDICT_REACH + 1).min(words.len());
    let mut after = reach.take_while(|&i| !clause_end(i));
    if after.any(punishment) { Sentencing::Verdict } else { Sentencing::None }
}

/// The trigger a punishment takes in a court sentence: COERCE (the state's legal repression; the train split of
/// eval/news codes sentences to prison or death so), strong in news, from the lexeme's own type or its COERCE sense in
/// data/events/type_senses.tsv (إعدام an execution, ASSAULT, or a death sentence). None keeps the lexeme as it is.
fn sentence_sense(tid: usize, news: bool) -> Option<crate::lexicon::Trigger> {
    let t = &Lexicon::get().triggers[tid];
    let strong = t.strong || news;
    if t.kind == EventType::Coerce {
        return Some(crate::lexicon::Trigger { strong, ..t.clone() });
    }
    let s = crate::typing::Senses::get().of(t.lemma).iter().find(|s| s.kind == EventType::Coerce)?;
    Some(crate::lexicon::Trigger { kind: s.kind, mode: s.mode, cameo: s.cameo, goldstein: s.goldstein, strong, lemma: t.lemma })
}

/// Is the trigger word used as a noun (article, preposition before it) rather than a verb?
pub(crate) fn is_nominal(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    if w.has_article() || w.split.prep > 0 && !w.split.future {
        return true;
    }
    if i > 0 {
        let p = &words[i - 1];
        if p.is_arabic() && Lexicon::get().is_key("noun_governor", p) {
            return true;
        }
        if Lexicon::get().is("launch_verb", p) {
            return true;
        }
        if p.is_arabic() && !p.has_article() && Lexicon::get().is("genitive_head", p) {
            return true;
        }
    }
    // A feminine verbal noun of the pattern مفاعلة with a pronoun, its ة written ت: "مطالبتها"، "مساعدته"، "ملاحقتهم"
    // (no verb of six letters starts with م and ends in ت before a pronoun).
    if w.split.enclitic > 0 && w.bare.starts_with('م') && w.bare.ends_with('ت') && w.bare.chars().count() >= 6 {
        return true;
    }
    // Plural and feminine nouns: هجمات، مظاهرات، اشتباكات، غارة.
    w.bare.chars().count() >= 4 && (w.bare.ends_with("ات") || w.bare.ends_with('ه')) || masdar_pattern(&w.bare)
}

/// Whether protesters named at word `i` (sentence from `s0`) can be the subject of their act. The nominative
/// (متظاهرون، المحتجون) and the feminine plural can; the oblique sound plural (-ين) only after a particle whose
/// subject is accusative ("إن محتجين اقتحموا"، "أن المحتجين أضرموا") or as the genitive of a count that is the
/// subject ("قام عشرات المتظاهرين برشقهم"، "أغلق عدة آلاف من المتظاهرين طريقا"), or as the agent of a passive
/// ("تعرضت للمضايقات من قبل متظاهرين"). Elsewhere it names the participants of a protest told by other words, or
/// none: a noun's genitive ("تعليقات المتظاهرين"، "وجود المحتجين"), a verb's object ("داعيا المتظاهرين إلى"), after a
/// preposition written apart ("لدى المتظاهرين"). Such a weak trigger with no participant of its own is left out by
/// the coder's rule for bare weak triggers: on the train split 6 false alarms, no gold protest.
fn protester_subject(ctx: &Ctx, i: usize, s0: usize) -> bool {
    let (words, lex) = (&ctx.a.words, Lexicon::get());
    if !words[i].bare.ends_with("ين") {
        return true;
    }
    let opener = |k: usize| lex.is("accusative_subject", &words[k]);
    let agent = (s0..i).rev().take(3).any(|k| lex.phrase_at("agent_prep", words, k) == Some(i - k));
    // A count before them, with or without من ("قام عشرات المتظاهرين"، "تجمع عدد من المتظاهرين"، "أغلق عدة آلاف من
    // المتظاهرين"), itself no genitive: not after a preposition or a definite noun.
    let mut k = i;
    if k > s0 + 1 && words[k - 1].key == "من" {
        k -= 1;
    }
    let head_end = k;
    let count = |w: &Word| lex.is("partitive_head", w) || lex.is("number_word", w) || lex.is("count_word", w) || w.kind == WordKind::Number;
    while k > s0 && head_end - k < 3 && count(&words[k - 1]) {
        k -= 1;
    }
    let governed = |w: &Word| w.has_article() || w.split.prep > 0 && !w.split.future || lex.is_key("noun_governor", w);
    let counted = k < head_end && (k == s0 || opener(k - 1) || !governed(&words[k - 1]));
    i > s0 && (opener(i - 1) || agent || counted)
}

/// A verbal noun in the indefinite accusative, its pattern kept under the alef of the tanween: "تحقيقاً"،
/// "اجتماعا"، "انسحابا" — the object of the verb before it. Read by the status rule only (as a nominal trigger
/// everywhere it moved the occurrence and type decisions on unseen ANT text: "استعدادا ل" coded as AGREE).
fn accusative_masdar(w: &Word) -> bool {
    w.split.prep == 0 && !w.has_article() && w.bare.strip_suffix('ا').is_some_and(masdar_pattern)
}

/// Verbal-noun patterns no verb form shares: تفعيل (تأييد، تدمير)، إفعال (إطلاق، إعلان)، افتعال/انفعال (اعتقال،
/// انسحاب)، استفعال (استهداف). "تأييده عودة روسيا" is then "his support for", not "he supported".
fn masdar_pattern(bare: &str) -> bool {
    let c: Vec<char> = bare.chars().collect();
    match c.len() {
        5 => c[0] == 'ت' && c[3] == 'ي' || c[0] == 'ا' && c[3] == 'ا',
        6 => c[0] == 'ا' && c[4] == 'ا',
        7 => c[..3] == ['ا', 'س', 'ت'] && c[5] == 'ا',
        _ => false,
    }
}

/// Code the events of a document. `quotes` are its quotes (`find_quotes`): violence reported in a party's own
/// words is that party's claim.
pub fn code_events(ctx: &Ctx, quotes: &[crate::CodedQuote]) -> Vec<CodedEvent> {
    let words = &ctx.a.words;
    let mut doc = DocFacts { kind: doc_kind(ctx), space: std::cell::OnceCell::new() };
    let mut coded = None;
    if doc.kind == DocKind::Mixed {
        // The trial pass codes the report under its gate; kept as the report's coding unless it is news after all
        // (or a trainer or drop trace must see the sites, which the muted trial hid).
        let trial = crate::trace::muted(|| code_sentences(ctx, quotes, &doc));
        if state_news(&trial) {
            doc.kind = DocKind::News;
        } else if !crate::trace::recording() {
            coded = Some(trial);
        }
    }
    let mut out = coded.unwrap_or_else(|| code_sentences(ctx, quotes, &doc));
    // Which sense each trigger of several senses has here: the learned type choice (empty model: the lexicon's),
    // made while the acts that are another's content are still there (a pledge to shoot down any missile is a
    // threat: "تعهدت بإسقاط أي صاروخ"). A sense given up is traced as a drop of that type.
    crate::trace::removing(words, "sense_choice", &mut out, |e| (e.trigger, e.kind), |ev| crate::typing::choose(ctx, quotes, ev));
    // Then topic mentions, goals, specifications and an act's content out: the learned occurrence filter (empty
    // model: all stay).
    crate::trace::removing(words, "occurrence", &mut out, |e| (e.trigger, e.kind), |ev| crate::occurrence::filter(ctx, quotes, doc.kind, ev));
    // Last, one act told twice in a sentence (an event noun and the verb of its clause: "قصف صاروخي استهدف مقر
    // الحزب") merged by the learned same-act decision (empty model: none), over the events that stand, so that the
    // event kept is not one the occurrence filter then drops.
    crate::trace::removing(words, "same_act", &mut out, |e| (e.trigger, e.kind), |ev| crate::same_act::merge(ctx, quotes, ev));
    out
}

/// How many acts of state (a strong trigger with a named party, coded under the gate) make a gated report news
/// (`RASD_STATE_ACTS=N` for an experiment; default 4: at 3 the ANT sport, culture and technology reports' conflict
/// events per article rose 0.046 → 0.052, over the 0.05 the negatives allow; at 4 0.048, train events 0.678 → 0.677).
fn state_acts() -> usize {
    static N: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *N.get_or_init(|| std::env::var("RASD_STATE_ACTS").ok().and_then(|v| v.parse().ok()).unwrap_or(4))
}

/// Whether a mixed report (`doc_kind`: dense in sport, culture or technology words, as rich in words of state) is
/// news of state all the same: coded under its gate, it still tells `state_acts()` acts or more by strong triggers
/// with a party (a president warning Google, Turkey boycotting American electronics, Paris honouring a jailed
/// Bahraini activist, a Kuwaiti extradition). Such reports were gated by their words (artist, mural, Twitter,
/// orchestra) while their stories are political or crime news, and the gate silenced their attacks, arrests and
/// sanctions (on the train split most of the 85 gold events the domain gate lost lie in such reports). Not a domain
/// report (domain words outnumber those of state and conflict): there a coach's criticism, a federation's demands
/// and a club president's visit make three such acts as easily (asked of every gated report, the ANT sport,
/// culture and technology reports' conflict events per article went from 0.046 to 0.069). `trial` is the report
/// coded under its gate by a muted pass: no trainer and no drop trace sees it.
fn state_news(trial: &[CodedEvent]) -> bool {
    let lex = Lexicon::get();
    trial.iter().filter(|e| lex.triggers[e.lexeme].strong && e.actor.is_some()).count() >= state_acts()
}

/// The events of a document's sentences, each sentence's merged and its claims decided, before the sense choice
/// and the occurrence filter.
fn code_sentences(ctx: &Ctx, quotes: &[crate::CodedQuote], doc: &DocFacts) -> Vec<CodedEvent> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let mut out = vec![];
    // The accusations of the sentences done, for the reported-speech decision.
    let mut accused = Accusations::default();
    for s in 0..ctx.a.sentences.len() {
        let r = ctx.a.sentence_words(s);
        if r.is_empty() {
            continue;
        }
        if is_headline(ctx, s) && !stage_off("headline") {
            if crate::trace::tracing_drops() {
                // The duties laid on a party too ("إيران: على تركيا وقف عملياتها"), so that every drop is named.
                let mut hits = scan(&lex.events, words, r.start, r.end);
                duty_hits(ctx, r.clone(), &mut hits);
                for h in hits {
                    if let Payload::Trigger(tid) = lex.events.patterns[h.payload].payload {
                        crate::trace::dropped(words, (h.start, h.end), lex.triggers[tid].kind, "headline");
                    }
                }
            }
            continue;
        }
        let mut hits = scan(&lex.events, words, r.start, r.end);
        duty_hits(ctx, r.clone(), &mut hits);
        let cues = factuality::cues(words, r.start, r.end);
        let sentence = SentenceScope { index: s, words: r.clone(), hits: &hits, cues: &cues };
        let mut sentence_events: Vec<CodedEvent> = hits.iter().filter_map(|h| code_hit(ctx, doc, &sentence, h)).collect();
        merge_sentence(ctx, &mut sentence_events);
        // A quote's content lies inside its sentence, and quotes come in text order: only this sentence's can
        // hold its triggers.
        let (q0, q1) = (quotes.partition_point(|q| q.content_words.0 < r.start), quotes.partition_point(|q| q.content_words.0 < r.end));
        reported_claims(ctx, &mut sentence_events, &quotes[q0..q1.max(q0)], &out, quotes, &accused);
        accused.add_sentence(words, &sentence_events);
        out.extend(sentence_events);
    }
    out
}

/// The pattern of the REQUEST lexeme "يجب على" (data/events/triggers.tsv), which a duty laid on a named party
/// also codes: "إن على أنقرة أن تضمن"، "على تركيا وقف عملياتها" say "يجب على" with the verb left out.
fn duty_pattern() -> Option<usize> {
    static P: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *P.get_or_init(|| {
        let lex = Lexicon::get();
        let tid = lex.triggers.iter().position(|t| t.kind == EventType::Request && t.lemma == "يجب على")?;
        lex.events.patterns.iter().position(|p| matches!(p.payload, Payload::Trigger(t) if t == tid))
    })
}

/// Whether word `k` is the complementizer of a duty, أن or ألا as written: not إن، إلا (the same folded key), nor
/// a word whose proclitic or article the matcher strips to it (الآن، فإن، كان).
fn duty_that(ctx: &Ctx, k: usize) -> bool {
    let w = &ctx.a.words[k];
    Lexicon::get().is_key("duty_that", w) && ctx.a.chars.get(w.start).is_some_and(|&c| c != 'إ')
}

/// Whether word `i` (على) opens its clause: at the sentence's start, joined by و/ف, after إن/أن/لكن (words.tsv
/// duty_opener; not كأن, whose folded key is كان: "كان على"), a colon or a quote opening a speaker's words ("وأضاف
/// "على إيران أن"), not a closing one (أطلق اسم "واشنطن" على العاصمة) nor a comma, which parts a verb from its على more often
/// than it opens a duty (on 9,600 unseen ANT articles 6 of 7 bare "، على" were a complement: "رد، في وقت سابق،
/// على عرض الرئيس"; "، وعلى" is opened by its و).
fn duty_lead(ctx: &Ctx, i: usize, s_start: usize) -> bool {
    let (words, chars) = (&ctx.a.words, &ctx.a.chars);
    if i == s_start || words[i].split.conj > 0 {
        return true;
    }
    let p = &words[i - 1];
    if Lexicon::get().is_key("duty_opener", p) {
        return true;
    }
    if p.kind != WordKind::Punct {
        return false;
    }
    if p.key == ":" {
        return true;
    }
    // A quote that opens a speaker's words: after a colon or a verb of saying ("وأضاف "على إيران أن"), not a
    // partial quote inside a clause ("كما سيطروا "على الآلاف").
    let q = i - 1;
    let opening = p.key == "«" || p.key == "\"" && (p.start == 0 || chars.get(p.start - 1).is_some_and(|c| c.is_whitespace() || *c == ':'));
    let lex = Lexicon::get();
    let said = q > s_start && (words[q - 1].key == ":" || (q.saturating_sub(3).max(s_start)..q).any(|j| lex.speech.longest(words, j, q).is_some_and(|(_, n)| j + n == q)));
    opening && said
}

/// Hits of a duty laid on a named party (data/events/words.tsv duty_prep): على, written with ى (not the name
/// علي), opening a clause, a party (a country, a role, an entity, or a party noun: "إن على دول المنطقة أن تدفع
/// حصتها"، participant.rs can_name_party) whose first word bears no pronoun ("وعلى
/// رأسهم" is "headed by"), then أن/ألا or a verbal noun: "إن على أنقرة أن تضمن استقلالية بنكها"، "وعلى السلطات
/// السودانية إلغاء الحكم"، "على الرئيس التفكير مجددا". Not "على" after a verb or noun ("ردا على إسرائيل") nor
/// before a noun that is no act ("أن على إيران التزامات"). The hit is the word على, with the lexeme "يجب على".
/// (The pronoun forms "عليه أن"، "عليها أن" were left out: on 9,600 unseen ANT articles 5 of 18 were no demand
/// but a warning or a general remark: "فعليه أن يعرف أنها ستكون نهايته"، "عليكم أن تؤمنوا بالحقائق".)
fn duty_hits(ctx: &Ctx, r: std::ops::Range<usize>, hits: &mut Vec<Hit>) {
    let (words, lex) = (&ctx.a.words, Lexicon::get());
    let Some(pid) = duty_pattern() else { return };
    let mut added = false;
    for i in r.clone() {
        let w = &words[i];
        let written = ctx.a.chars.get(w.end.saturating_sub(1)) == Some(&'ى');
        if !w.is_arabic() || !written || !lex.is("duty_prep", w) || w.split.prep > 0 || w.split.enclitic > 0 {
            continue;
        }
        if !duty_lead(ctx, i, r.start) || hits.iter().any(|h| h.start <= i && i < h.end) {
            continue;
        }
        let Some(party) = crate::np::np_at_opt(ctx, i + 1, r.end, false) else { continue };
        let k = party.word_end;
        let named = crate::participant::can_name_party(words, i + 1, k, party.desc.is_known());
        // The party is no trigger of its own ("يرد على دعوة منظمة حقوقية").
        if k >= r.end || !named || words[i + 1].split.enclitic > 0 || hits.iter().any(|h| h.start < k && i < h.end) {
            continue;
        }
        let x = &words[k];
        let noun = x.split.prep == 0 && x.split.conj == 0 && (masdar_pattern(&x.bare) || masdar_pattern(&x.key) || taa_masdar(x) || lex.is("duty_act", x));
        // A duty to know or to be ashamed is a warning or a reproach, not a demand to act ("وأن على طهران أن تدرك
        // أن إسرائيل سترد عليها"، "على المجتمع الدولي أن يخجل من نفسه").
        let act = duty_that(ctx, k) && !(k + 1 < r.end && lex.is_key("duty_not_act", &words[k + 1]));
        if x.is_arabic() && (act || noun) {
            hits.push(Hit { start: i, end: i + 1, payload: pid });
            added = true;
        }
    }
    if added {
        hits.sort_by_key(|h| h.start);
    }
}

/// A verbal noun in ة of a derived pattern: إفعالة/استفعالة of a hollow verb (إعادة، إقامة، استقالة) or مفاعلة
/// (مواجهة، مساعدة) — not any noun in ة ("وعلى أطراف مدينة درعا" is "on the outskirts of").
fn taa_masdar(w: &Word) -> bool {
    let c: Vec<char> = w.bare.chars().collect();
    w.taa_final && c.len() >= 5 && (c[0] == 'ا' || c[0] == 'م' && c[2] == 'ا')
}

/// The party a duty is laid on (the noun phrase after the hit's على), when the hit is one of [`duty_hits`].
fn duty_party(ctx: &Ctx, h: &Hit, end: usize) -> Option<Arg> {
    (Some(h.payload) == duty_pattern() && h.end == h.start + 1).then(|| crate::np::np_at_opt(ctx, h.end, end, false)).flatten()
}

/// What the coder knows of the whole report.
struct DocFacts {
    kind: DocKind,
    /// Whether the report speaks of space flight anywhere: asked per trigger, computed once.
    space: std::cell::OnceCell<bool>,
}

/// The sentence being coded: its index, its words, its trigger hits and its factuality cues.
struct SentenceScope<'a> {
    index: usize,
    words: std::ops::Range<usize>,
    hits: &'a [Hit],
    cues: &'a [Cue],
}

/// The event of one trigger hit, or none when a check leaves it out (each such check traced as a drop,
/// RASD_TRACE=drops).
fn code_hit(ctx: &Ctx, doc: &DocFacts, sentence: &SentenceScope, h: &Hit) -> Option<CodedEvent> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let r = sentence.words.clone();
    let Payload::Trigger(tid) = lex.events.patterns[h.payload].payload else { return None };
    let tid = expelled_diplomats(words, tid, h, r.end).unwrap_or(tid);
    let frame = sentencing(words, h, r.start);
    if frame == Sentencing::Verdict {
        crate::trace::dropped(words, (h.start, h.end), lex.triggers[tid].kind, "verdict_word");
        return None;
    }
    let sentence_t;
    // Strong only in news: in a sport, culture or technology report a sentence keeps the lexeme's strength
    // (a singer jailed is crime news there, GUIDE.md; bench/negatives.sh).
    let t = match (frame, sentence_sense(tid, doc.kind == DocKind::News)) {
        (Sentencing::Punishment, Some(st)) => {
            sentence_t = st;
            &sentence_t
        }
        _ => &lex.triggers[tid],
    };
    // Leave the trigger out, recording which check did.
    let skip = |stage: &'static str| {
        crate::trace::dropped(words, (h.start, h.end), t.kind, stage);
        None
    };
    if let Some(stage) = lexical_veto(ctx, t, h, r.clone(), doc.kind, &doc.space).filter(|s| !stage_off(s)) {
        return skip(stage);
    }
    let nominal = is_nominal(words, h.start);
    let (mut actor, mut recipient) = arguments(ctx, h.start, h.end, r.start, r.end, nominal, t.kind);
    // A duty's party is its recipient ("قال الوزير إن على إسرائيل وقف الاستيطان"), never its actor.
    if let Some(party) = duty_party(ctx, h, r.end) {
        if actor.as_ref().is_some_and(|a| a.word_start < party.word_end && party.word_start < a.word_end) {
            actor = None;
        }
        recipient = Some(party);
    }
    let bare = is_bare(ctx, doc.kind, sentence, h, t, [&actor, &recipient]);
    if bare && !crate::occurrence::weighs_bare() && !stage_off("weak_no_participant") {
        return skip("weak_no_participant");
    }
    if let Some(stage) = participant_veto(ctx, doc.kind, sentence, h, t.kind, nominal, [&actor, &recipient]).filter(|s| !stage_off(s)) {
        return skip(stage);
    }
    let rule = status_of(ctx, sentence.cues, h, r.start, nominal);
    let site = Site { trigger: (h.start, h.end), sentence: (r.start, r.end), nominal, kind: t.kind };
    let status = factuality::decide(ctx, sentence.cues, &site, rule);
    if bare && !crate::occurrence::weighed(t.kind, status) && !stage_off("weak_no_participant") {
        return skip("weak_no_participant");
    }
    let mut e = CodedEvent {
        kind: t.kind,
        mode: t.mode,
        cameo: t.cameo,
        goldstein: t.goldstein,
        status,
        sentence: sentence.index,
        trigger: (h.start, h.end),
        actor,
        recipient,
        location: None,
        date: None,
        fatalities: None,
        injuries: None,
        confidence: if t.strong { 0.8 } else { 0.6 },
        lexeme: tid,
        bare,
    };
    e.location = location(ctx, h.start, r.start, r.end, [&e.actor, &e.recipient]);
    e.date = date(ctx, h.start, r.start, r.end);
    if e.kind == EventType::Assault {
        casualties(ctx, &mut e, r.start, r.end);
    }
    Some(e)
}

/// Whether a weak trigger stands bare: no known participant, and no conflict words or named actor or place
/// around it. Where the occurrence filter weighs the event (asserted, a model loaded), a bare one is kept for it
/// to weigh, this rule being one of its features: on the train split the rule dropped a gold event for every four
/// false alarms, and the words around the trigger tell them apart better than the rule alone.
fn is_bare(ctx: &Ctx, kind: DocKind, sentence: &SentenceScope, h: &Hit, t: &crate::lexicon::Trigger, args: [&Option<Arg>; 2]) -> bool {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let r = sentence.words.clone();
    let protest_ok = t.kind == EventType::Protest && {
        // Protest words reinforce each other; protesters as subjects (no preposition) stand for their act.
        let other = sentence.hits.iter().any(|o| o.start != h.start && matches!(lex.events.patterns[o.payload].payload, Payload::Trigger(x) if lex.triggers[x].kind == EventType::Protest));
        other || (lex.is("protester", &words[h.start]) && words[h.start].split.prep == 0 && protester_subject(ctx, h.start, r.start))
    };
    // A weak violence word with a count of dead in its sentence is the attack they died in.
    // Only a count of dead: the injured of accidents and illness (إصابة، أصيب) are counted too.
    let counted = t.kind == EventType::Assault
        && ctx.quantities_within(r.start, r.end).into_iter().map(|k| &ctx.quantities[k]).any(|q| !(q.word_start <= h.start && h.start < q.word_end) && q.unit.is_none_or(|u| u < h.start || u >= h.end) && casualty_kind(ctx, q, r.start) == Some(true));
    let (conflict, _) = gated(kind, t.kind);
    !t.strong && !protest_ok && !counted && args.iter().all(|a| a.is_none()) && {
        let other_conflict = r.clone().any(|i| (i < h.start || i >= h.end) && lex.is("conflict", &words[i]));
        let named = ctx.entities_within(r.start, r.end).next().is_some();
        !other_conflict && !(named && !conflict)
    }
}

/// The check that leaves an event out for its participants, if one does: in a sport, culture or technology
/// report, an event with none, or violence between private people; an attack on animals or by a hazard; a threat
/// noun no one makes; a noun after رغم with no party, which names a standing state.
fn participant_veto(ctx: &Ctx, kind: DocKind, sentence: &SentenceScope, h: &Hit, t: EventType, nominal: bool, [actor, recipient]: [&Option<Arg>; 2]) -> Option<&'static str> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let r = sentence.words.clone();
    let (_, domain) = gated(kind, t);
    // In a sport, culture or technology report an event also needs a known participant: film plots,
    // fans, critics and the singer who "refused to comment" have none.
    if domain && actor.is_none() && recipient.is_none() {
        return Some("domain_no_participant");
    }
    // There, violence between private people (a producer's assaults, a singer's brawl) is crime, not an
    // event (GUIDE.md), unless an armed or state party takes part.
    let has_role = |a: &Option<Arg>| a.as_ref().is_some_and(|x| x.desc.role.is_some());
    if domain && t == EventType::Assault && !has_role(actor) && !has_role(recipient) && !r.clone().any(|i| (i < h.start || i >= h.end) && lex.is("armed", &words[i])) {
        return Some("domain_private_violence");
    }
    // Culled animals, and tobacco or a virus that "kills", are no attack.
    if t == EventType::Assault {
        let head_is = |arg: &Option<Arg>, class: &str| {
            arg.as_ref().is_some_and(|x| {
                let unit = ctx.quantities_starting(x.word_start).next().and_then(|q| q.unit);
                (x.word_start..x.word_end.min(x.word_start + 2)).chain(unit).any(|k| lex.is(class, &words[k]))
            })
        };
        // "التبغ بوجه عام يقتل": the subject a few words before the verb.
        let hazard_subject = actor.is_none()
            && (h.start.saturating_sub(4).max(r.start)..h.start).any(|k| words[k].split.prep == 0 && (lex.is("hazard", &words[k]) || lex.is("illness", &words[k])));
        if head_is(recipient, "animal") || head_is(actor, "hazard") || head_is(actor, "illness") || hazard_subject && !nominal {
            return Some("assault_nonhuman");
        }
    }
    // A threat named as a noun with no one making it and no one under it is a danger, not an act:
    // "في مواجهة التهديدات المشتركة"، "التهديدات الأمنية". ("التهديدات الأمريكية" has its actor.)
    // A possessed threat names its maker by the pronoun ("وتهديداته بسحقهم"، "وتلويحه بكشف زيارات").
    // A noun with no one acting, no one acted on and no possessive pronoun naming either.
    let no_party = nominal && actor.is_none() && recipient.is_none() && words[h.end - 1].split.enclitic == 0;
    if t == EventType::Threaten && no_party {
        return Some("threat_noun_no_participant");
    }
    // "رغم/بالرغم من + noun" with no one acting and no one acted on: a standing state of affairs named as background
    // ("بالرغم من اتفاق وقف إطلاق النار"، "رغم انتهاء الحرب الباردة"، "رغم الحظر المفروض"), not an event reported
    // here. With a party (or a possessive pronoun naming one) it is a background act, which the annotation codes
    // ("على الرغم من انسحاب الولايات المتحدة منه"، "رغم تهديدات ترامب"، "بالرغم من نفي الحريري لذلك").
    if no_party && (h.start.saturating_sub(2).max(r.start)..h.start).any(|i| lex.is("concessive", &words[i])) {
        return Some("concessive");
    }
    None
}

/// One sentence's events merged where two words tell one act (a killing and its dead, an attack and its weapon, an
/// agreement and the act agreed …), each merge traced as a drop of the event it removes.
fn merge_sentence(ctx: &Ctx, events: &mut Vec<CodedEvent>) {
    let words = &ctx.a.words;
    let key = |e: &CodedEvent| (e.trigger, e.kind);
    let merges: [(&'static str, &dyn Fn(&mut Vec<CodedEvent>)); 8] = [
        ("merge_casualty_nouns", &|ev: &mut Vec<CodedEvent>| merge_casualty_nouns(ev, words)),
        ("merge_weapon_nouns", &|ev: &mut Vec<CodedEvent>| merge_weapon_nouns(ev, words)),
        ("merge_result", &|ev: &mut Vec<CodedEvent>| merge_result(ev, words, ctx.times)),
        ("merge_repeated_lexeme", &|ev: &mut Vec<CodedEvent>| merge_repeated_lexeme(ev)),
        ("merge_purpose", &|ev: &mut Vec<CodedEvent>| merge_purpose(ev, words)),
        ("agree_to_act", &|ev: &mut Vec<CodedEvent>| agree_to_act(ev, words)),
        ("merge_protest", &|ev: &mut Vec<CodedEvent>| merge_protest(ev, words)),
        ("merge_threat_content", &|ev: &mut Vec<CodedEvent>| merge_threat_content(ev, words)),
    ];
    for (stage, merge) in merges {
        crate::trace::removing(words, stage, events, key, merge);
    }
}

/// Whether a trigger counts in conflict news, and whether the domain gate applies to it: the whole of a sport,
/// culture or technology report's events, the conflict types of a mixed one.
fn gated(kind: DocKind, t: EventType) -> (bool, bool) {
    let conflict = matches!(t, EventType::Assault | EventType::Protest | EventType::Coerce | EventType::Threaten | EventType::Mobilize | EventType::Sanction);
    (conflict, kind == DocKind::Domain || kind == DocKind::Mixed && conflict)
}

/// The checks on a trigger's words and their neighbours that leave it out before its participants are sought: the
/// name of the check that does, if one does.
fn lexical_veto(ctx: &Ctx, t: &crate::lexicon::Trigger, h: &Hit, r: std::ops::Range<usize>, kind: DocKind, space_doc: &std::cell::OnceCell<bool>) -> Option<&'static str> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let (conflict, domain) = gated(kind, t.kind);
    // In a mixed report (as many words of state as of its domain) sanctions and warnings are acts of
    // state, not of arms: a strong word is enough ("حذر ترامب من التعامل تجاريا مع إيران"، "فرضت واشنطن
    // عقوبات" in a report of carmakers and oil). Force and repression still need armed context there.
    let state_act = kind == DocKind::Mixed && matches!(t.kind, EventType::Sanction | EventType::Threaten);
    if domain && (!t.strong || (conflict && !state_act && !r.clone().any(|i| (i < h.start || i >= h.end) && lex.is("armed", &words[i])))) {
        return Some("domain_gate");
    }
    // "مقاطعة راخين": before the name of a region or town the word names a province, not a boycott
    // (a boycott of a country, "مقاطعة قطر", stays).
    // After "في" or a number ("في مقاطعة فيجاك"، "17 مقاطعة") it is a province too.
    if h.end == h.start + 1
        && lex.is("place_title", &words[h.start])
        // A name in quotes or any other name that is not a country ("مقاطعة "مونتغومري"") names it too.
        && (ctx.entities_starting(h.end).any(|e| !e.is_country)
            || h.end < r.end && words[h.end].kind == WordKind::Punct && matches!(words[h.end].key.as_str(), "\"" | "«" | "“")
            || h.start > r.start && (words[h.start - 1].kind == WordKind::Number || lex.is_key("locative", &words[h.start - 1])))
    {
        return Some("place_title");
    }
    // "أصيب 53 شخصا بالبكتيريا"، "إصابة 807 حالات": illness, not violence.
    if t.kind == EventType::Assault && lex.is("ill_word", &words[h.start]) && (h.end..(h.end + 8).min(r.end)).any(|i| lex.is("illness", &words[i]) && (words[i].split.prep > 0 || i == h.end || words[i - 1].kind == WordKind::Number)) {
        return Some("illness");
    }
    // "حذر مسؤول بريطاني من سلالة جديدة من إنفلونزا": a warning of illness or weather threatens no one;
    // nor does the weather office's ("حذرت هيئة الأرصاد من ظروف القيادة الخطرة").
    if t.kind == EventType::Threaten && (h.start.saturating_sub(3).max(r.start)..(h.end + 6).min(r.end)).any(|i| lex.is("hazard", &words[i]) || lex.phrase_at("hazard", words, i).is_some()) {
        return Some("hazard_warning");
    }
    if figurative_use(ctx, t.kind, h, r.start, r.end) {
        return Some("figurative");
    }
    // "الثمن" the price, "الداعية" the preacher, "المتهمين" and "21 متهما" the defendants: with the article
    // or after a number the word names a thing or a person, not the act.
    if h.end == h.start + 1
        && lex.is("article_noun", &words[h.start])
        && (words[h.start].has_article() || h.start > r.start && words[h.start - 1].kind == WordKind::Number)
        && !accused_of(lex, words, h.start, r.start, r.end)
    {
        return Some("article_noun");
    }
    // Arms found, seized or stored are no attack: "عثرت قوات الشرعية اليمنية، على صواريخ باليستية".
    if t.kind == EventType::Assault && lex.is("weapon", &words[h.start]) && (h.start.saturating_sub(6).max(r.start)..h.start).any(|i| lex.is("seize_find", &words[i])) {
        return Some("arms_found");
    }
    // "هنا" here is "هنأ" congratulated with its hamza left off by the key: a word of this class is the trigger
    // only as written with a hamza.
    if lex.is("hamza_written", &words[h.start]) && !ctx.a.chars[words[h.start].start..words[h.start].end].iter().any(|c| matches!(c, 'أ' | 'ئ' | 'ؤ' | 'ء' | 'آ')) {
        return Some("no_hamza");
    }
    // "وسجل هدف المباراة الوحيد إدين هازارد": hamza below makes the verb أُدين a name.
    if h.end == h.start + 1 && lex.is_key("hamza_above", &words[h.start]) && ctx.a.chars.get(words[h.start].body_start) == Some(&'إ') {
        return Some("name_hamza");
    }
    // "تعادل المنتخب السعودي مع نظيره الأوكراني": a team's counterpart is its opponent in a match.
    if t.kind == EventType::Consult && (h.start..h.end).any(|i| lex.is("meet_word", &words[i])) && (h.start.saturating_sub(6).max(r.start)..(h.end + 3).min(r.end)).any(|i| (i < h.start || i >= h.end) && lex.is("sport", &words[i])) {
        return Some("sport_counterpart");
    }
    // What a weapon or a machine can do, in a technology report: "دبابة روبوتية يمكنها تدمير ...".
    if domain && conflict && (h.start.saturating_sub(3).max(r.start)..h.start).any(|i| lex.is("capability", &words[i])) {
        return Some("capability");
    }
    // A rocket in a report of space flight, though its sentence names no orbit: "وهبط هيوز بعد انشطار الصاروخ".
    if domain && t.kind == EventType::Assault && (h.start..h.end).any(|i| lex.is("rocket", &words[i])) && *space_doc.get_or_init(|| words.iter().any(|w| lex.is("space", w))) {
        return Some("space_rocket");
    }
    // A film's, a novel's or a game's plot told in a culture or technology report; fans' brawls at a match.
    if domain && conflict && r.clone().any(|i| lex.is("fiction", &words[i]) || lex.is("fans", &words[i])) {
        return Some("fiction_fans");
    }
    // "ولم يعلق بيلي ... على الاتهامات"، "وعلق الوزير بالقول"، "في أول تعليق له": a comment, not a suspension;
    // "لافتة علقت من النافذة": a banner hung up (a weak تعليق only).
    if !t.strong && lex.is("comment_verb", &words[h.start]) {
        if let Some(reason) = comment_or_hanging(ctx, h, r.clone()) {
            return Some(reason);
        }
    }
    // A trigger word inside a name is part of the name: "مجلس التعاون الخليجي"، "منظمة التحرير".
    if ctx.entities_covering(h.start).any(|e| !e.is_person && h.end <= e.word_end && e.word_end - e.word_start > h.end - h.start) {
        return Some("inside_name");
    }
    if h.end == h.start + 1 && lex.is("career_noun", &words[h.start]) && ctx.entities_starting(h.end).any(|e| e.is_person) {
        return Some("career_noun");
    }
    let nominal = is_nominal(words, h.start);
    // "مكافحة تمويل الإرهاب"، "للحد من عمليات إطلاق النار": the phenomenon fought, in general, not an act.
    if nominal && generic_target(words, h.start, r.start) {
        return Some("generic_target");
    }
    None
}

/// How many words after تعليق/علق its clause is read for the frame of a comment.
const COMMENT_SPAN: usize = 10;

/// How many words after تعليق/علق any على (not only the first preposition) marks a comment, with no punctuation
/// between: "وعلقت متحدثة عسكرية اسرائيلية في ذلك الوقت على الاتهامات السورية".
const COMMENT_ALA_SPAN: usize = 8;

/// Whether تعليق/علق (words.tsv comment_verb) means "comment" or "hang up" rather than "suspend": "comment" when
/// its clause has the frame of a comment, "hanging" when a thing hung up (hung_thing) stands beside it. A comment
/// frame: right before the noun a word of comment_before ("لا تعليق"، "لم يصدر تعليق"، "أول تعليق"); right after it
/// a word of comment_after ("في تعليق له"), ل before a name ("في تعليق لترامب"), a topic preposition ("تعليق حول
/// القرار"), a quote or a colon; in the next `COMMENT_SPAN` words of its sentence, على or بأن (comment_prep) as the
/// first preposition, commas allowed (the subject's apposition: "علق الممثل، جيم كاري، السبت، على"), or any على in
/// the next `COMMENT_ALA_SPAN` words before punctuation, unless a word of comment_prep_not stands beside it
/// ("احتجاجا على"، "على خلفية"); or, before a comma that does not close a person's name, a word of comment_cue
/// (بالقول، قائلا، تغريدة), a colon, or a quote opening after a person's name or a bracket ("وعلق مختار عبد الرحمن
/// (ستون عاما) "يريدون ..."). A suspension names what it suspends, after the subject and before these: "علقت
/// الحكومة المفاوضات مع المعارضة"، "بتعليق مبيعات الأسلحة إلى السعودية "فورا"، قائلة".
fn comment_or_hanging(ctx: &Ctx, h: &Hit, r: std::ops::Range<usize>) -> Option<&'static str> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let is_quote = |i: usize| words[i].kind == WordKind::Punct && matches!(words[i].key.as_str(), "\"" | "«" | "“");
    // A straight quote opens when an even number of them stand before it in the sentence.
    let opens = |i: usize| is_quote(i) && (words[i].key != "\"" || (r.start..i).filter(|&k| words[k].kind == WordKind::Punct && words[k].key == "\"").count() % 2 == 0);
    let is_colon = |i: usize| words[i].kind == WordKind::Punct && words[i].key == ":";
    let after_person = |i: usize| ctx.entities_ending(i).any(|e| e.is_person);
    if (h.start.saturating_sub(2).max(r.start)..(h.end + 3).min(r.end)).any(|i| (i < h.start || i >= h.end) && lex.is("hung_thing", &words[i])) {
        return Some("hanging");
    }
    if h.start > r.start && lex.is_key("comment_before", &words[h.start - 1]) {
        return Some("comment");
    }
    if h.end < r.end {
        let next = &words[h.end];
        if lex.is_key("comment_after", next)
            || lex.is_key("topic_prep", next)
            || opens(h.end)
            || is_colon(h.end)
            || next.preposition_clitic().is_some_and(|c| c == 'ل') && next.split.article == 0 && ctx.entities_starting(h.end).next().is_some()
        {
            return Some("comment");
        }
    }
    let (mut prep_seen, mut punct_seen, mut far) = (false, false, false);
    for i in h.end..(h.end + COMMENT_SPAN).min(r.end) {
        let w = &words[i];
        if w.kind == WordKind::Punct {
            if !far && (is_colon(i) || opens(i) && i > h.end && (after_person(i) || words[i - 1].key == ")")) {
                return Some("comment");
            }
            if !matches!(w.key.as_str(), "," | "،" | "(" | ")" | "\"" | "«" | "»" | "“" | "”") {
                break;
            }
            punct_seen = true;
            far |= matches!(w.key.as_str(), "," | "،") && !after_person(i);
            continue;
        }
        if !far && lex.is_key("comment_cue", w) {
            return Some("comment");
        }
        if lex.is_key("comment_prep", w) && (!prep_seen || !punct_seen && i < h.end + COMMENT_ALA_SPAN) {
            // A governor right after the trigger is the comment's own ("رفض التعليق احتجاجا على ...").
            let governed = i > h.end + 1 && lex.is_key("comment_prep_not", &words[i - 1]) || i + 1 < r.end && lex.is_key("comment_prep_not", &words[i + 1]);
            if !governed {
                return Some("comment");
            }
        }
        if lex.is_form("frame_prep", &w.bare) && w.split.article == 0 {
            prep_seen = true;
        }
    }
    None
}

/// Whether an act told in a quote is the speaker's claim or the outlet's report. The rule: violence and
/// repression reported by a known party in its own words is that party's claim, not the outlet's assertion
/// (GUIDE.md: "X said Y attacked them" is claimed), unless the speaker reports its own act or is a police, media or
/// NGO source. Where data/events/status_model.tsv has weights for reported speech (`rs:` features, trained by
/// `rasd train status`), the model decides whether a claim the rule makes stands, the rule being one of its
/// features: whether the speaker is a party to the act (its actor, its victim, a third side) is what the rule asks
/// too bluntly. A claim that stands inside an accusation (after one in its sentence or the one before, by a speaker
/// who accused before, in an article led by one) is never taken back: factuality::accusation_content.
fn reported_claims(ctx: &Ctx, events: &mut [CodedEvent], quotes: &[crate::CodedQuote], earlier: &[CodedEvent], all_quotes: &[crate::CodedQuote], earlier_accused: &Accusations) {
    let inside = |q: &crate::CodedQuote, e: &CodedEvent| q.content_words.0 <= e.trigger.0 && e.trigger.0 < q.content_words.1;
    // The sentence's accusations (اتهم، ندد، أدان ...): an act told after one in its sentence is what is accused.
    let accusations: Vec<CodedEvent> = events.iter().filter(|o| o.kind == EventType::Accuse).cloned().collect();
    for e in events.iter_mut().filter(|e| e.status == Status::Asserted) {
        let known = quotes.iter().find(|q| inside(q, e) && q.speaker.as_ref().is_some_and(|s| s.desc.is_known()));
        let Some(q) = known.or_else(|| quotes.iter().find(|q| inside(q, e) && q.speaker.is_some())) else { continue };
        let accused_before = earlier_accused.last_sentence.is_some_and(|s| s + 1 == e.sentence);
        let accused = accusations.iter().any(|o| o.trigger.0 < e.trigger.0);
        let accusation_told = || accused || accused_before || earlier_accused.lead == Some(true) || speaker_accuses(&ctx.a.words, q, e, earlier_accused, &accusations);
        let rule = known.is_some_and(|q| rule_claimed(e, q)) && (!plain_register(&ctx.a.words, q) || accusation_told());
        // The model only takes back the rule's claims: the acts it would add (aid, talks, relief told in a quote)
        // were nearly all wrong on unseen ANT text. Without its weights (and no trainer recording) the rule alone
        // decides, and no features are built.
        let claim = if factuality::claims_wanted() {
            let context = factuality::ClaimContext {
                rule,
                accused,
                confirmed: confirmed_before(e, earlier, all_quotes),
                speaker_accuses: speaker_accuses(&ctx.a.words, q, e, earlier_accused, &accusations),
                accused_before,
                lead_accuses: earlier_accused.lead == Some(true),
            };
            // Asked even where the rule makes no claim: the trainer records every act told in a quote.
            let answer = factuality::claimed(ctx, e, factuality::claim_features(ctx, e, q, context));
            rule && answer.unwrap_or(true)
        } else {
            rule
        };
        if claim {
            e.status = Status::Claimed;
        }
    }
}

/// Whether the speaker of the quote that tells act `e` is the actor of an accusation (اتهم، ندد، أدان، شجب ...)
/// made before the act in the article, in an earlier sentence (`earlier`) or in the act's own (`here`, its
/// sentence's accusations): a side that condemns another goes on to tell what it condemns ("أدانت أرمينيا العملية
/// ... وقال ممثل أرمينيا: أذربيجان تواصل إغلاق").
/// The speaker and the accuser are the same when they are one mention, one linked entity or one country, or when
/// their mentions share a word of four letters or more ("مفوض الأمم المتحدة" ... "الأمير زيد بن رعد الحسين مفوض
/// حقوق الإنسان").
fn speaker_accuses(words: &[Word], q: &crate::CodedQuote, e: &CodedEvent, earlier: &Accusations, here: &[CodedEvent]) -> bool {
    let Some(sp) = q.speaker.as_ref() else { return false };
    let spoken = content_words(words, sp);
    let mut before = Accusations::default();
    for a in here.iter().filter(|o| o.trigger.0 < e.trigger.0).filter_map(|o| o.actor.as_ref()) {
        before.add_accuser(words, a);
    }
    earlier.by(sp, &spoken) || before.by(sp, &spoken)
}

/// The words of four letters or more of a participant's phrase: two phrases sharing one name the same side.
fn content_words<'w>(words: &'w [Word], a: &Arg) -> Vec<&'w str> {
    words[a.word_start..a.word_end].iter().filter(|w| w.is_arabic() && w.bare.chars().count() >= 4).map(|w| w.bare.as_str()).collect()
}

/// The article's accusations so far, kept sentence by sentence as keys (the accusers' mentions, entities,
/// countries and words), so that asking whether a speaker accused before costs the same however long the article.
#[derive(Default)]
struct Accusations {
    starts: rustc_hash::FxHashSet<usize>,
    entities: rustc_hash::FxHashSet<usize>,
    countries: rustc_hash::FxHashSet<String>,
    words: rustc_hash::FxHashSet<String>,
    /// The last sentence with an accusation.
    last_sentence: Option<usize>,
    /// Whether the article's first sentence with an event reports an accusation (None before that sentence).
    lead: Option<bool>,
}

impl Accusations {
    /// Take in the events of a sentence, once they are final.
    fn add_sentence(&mut self, words: &[Word], events: &[CodedEvent]) {
        if events.is_empty() {
            return;
        }
        let accusations = || events.iter().filter(|o| o.kind == EventType::Accuse);
        self.lead.get_or_insert(accusations().next().is_some());
        for o in accusations() {
            self.last_sentence = Some(o.sentence);
            if let Some(a) = o.actor.as_ref() {
                self.add_accuser(words, a);
            }
        }
    }

    fn add_accuser(&mut self, words: &[Word], a: &Arg) {
        self.starts.insert(a.word_start);
        self.entities.extend(a.desc.entity);
        self.countries.extend(a.desc.country.clone());
        self.words.extend(content_words(words, a).into_iter().map(str::to_string));
    }

    /// Whether the speaker `sp` (its content words `spoken`) is the actor of one of these accusations.
    fn by(&self, sp: &Arg, spoken: &[&str]) -> bool {
        self.starts.contains(&sp.word_start)
            || sp.desc.entity.is_some_and(|x| self.entities.contains(&x))
            || sp.desc.country.as_ref().is_some_and(|c| self.countries.contains(c))
            || spoken.iter().any(|w| self.words.contains(*w))
    }
}

/// Whether an earlier sentence reports the same kind of act between the same sides in the outlet's own words
/// (outside every quote, asserted): GUIDE.md's claimed is an allegation "the outlet does not confirm".
fn confirmed_before(e: &CodedEvent, earlier: &[CodedEvent], quotes: &[crate::CodedQuote]) -> bool {
    let country = |a: &Option<Arg>| a.as_ref().and_then(|a| a.desc.country.clone());
    let same = |x: Option<String>, y: Option<String>| x.is_some() && x == y;
    earlier.iter().any(|o| {
        o.kind == e.kind
            && o.status == Status::Asserted
            && (same(country(&o.actor), country(&e.actor)) || same(country(&o.recipient), country(&e.recipient)))
            && !quotes.iter().any(|q| q.content_words.0 <= o.trigger.0 && o.trigger.0 < q.content_words.1)
    })
}

/// An act told after a verb of announcement (أعلن، كشف) or evaluation (اعتبر، رأى، وصف) is no claim of the rule
/// unless the act stands in an accusation (factuality::accusation_content's contexts): an announcement is an
/// official channel telling its own operations or an incident, an evaluation judges an act already known
/// (eval/news/README.md, "Reading of reported speech"). Train split, acts of the rule's types in quotes: 34
/// asserted / 3 claimed after an announcement, 10 / 3 after an evaluation, against 324 / 87 after other cues.
/// The verbs are the classes `speech_announce` and `speech_evaluate` of data/events/words.tsv.
fn plain_register(words: &[Word], q: &crate::CodedQuote) -> bool {
    let lex = Lexicon::get();
    q.cue.is_some_and(|(c0, c1)| {
        let cue = &words[c0.min(words.len())..c1.max(c0 + 1).min(words.len())];
        cue.iter().any(|w| lex.is("speech_announce", w) || lex.is("speech_evaluate", w))
    })
}

/// The rule: a violent or repressive act in a known speaker's quote is claimed, unless police, media or an NGO
/// speak (the outlet's sources) or the speaker is the act's actor.
fn rule_claimed(e: &CodedEvent, q: &crate::CodedQuote) -> bool {
    if !matches!(e.kind, EventType::Assault | EventType::Coerce | EventType::Threaten | EventType::Mobilize) {
        return false;
    }
    if q.speaker.as_ref().is_some_and(|sp| matches!(sp.desc.role.as_deref(), Some("COP" | "MED" | "NGO"))) {
        return false;
    }
    !factuality::speaker_is_actor(q, e)
}

/// In a sentence that reports a protest, weak violence words (مواجهات، حرب in slogans) describe the protest, and
/// protesters named beside a protest word are its participants, not a second protest.
fn merge_protest(events: &mut Vec<CodedEvent>, words: &[Word]) {
    let lex = Lexicon::get();
    let is_protester = |e: &CodedEvent| e.kind == EventType::Protest && lex.is("protester", &words[e.trigger.0]);
    // Only a protest told as one makes the sentence a protest's: a strong word, protesters acting, or a weak word
    // with a party of its own. A bare weak word may be a gathering under fire or the march's name
    // ("استهدف ... تجمعات لهم"، "تلفزيون المسيرة"): the violence beside it stays its own event.
    let told = |e: &CodedEvent| e.kind == EventType::Protest && (e.confidence >= 0.7 || is_protester(e) || e.actor.is_some() || e.recipient.is_some());
    if !events.iter().any(told) {
        return;
    }
    events.retain(|e| !(e.kind == EventType::Assault && e.confidence < 0.7));
    // An act named only as the protest's grievance or setting ("احتجاجا على تنفيذ الإعدام", "في موقع الهجوم"),
    // with no participant of its own, is not reported as a new event here.
    events.retain(|e| !(e.kind == EventType::Assault && e.actor.is_none() && e.recipient.is_none() && is_nominal(words, e.trigger.0)));
    if events.iter().any(|e| e.kind == EventType::Protest && !is_protester(e)) {
        events.retain(|e| !is_protester(e));
    } else if let Some(first) = events.iter().position(is_protester) {
        let mut k = 0;
        events.retain(|e| {
            k += 1;
            !is_protester(e) || k - 1 == first
        });
    }
}

/// A headline or subheading: a paragraph of its own, short, with no closing punctuation. It announces what the
/// sentences below report, so coding it would count those events twice.
fn is_headline(ctx: &Ctx, s: usize) -> bool {
    let a = ctx.a;
    let span = a.sentences[s];
    let last = a.chars[span.end - 1];
    let line_start = span.start == 0 || rasd_text::sentences::is_line_break(a.chars[span.start - 1]);
    let line_end = span.end == a.chars.len() || rasd_text::sentences::is_line_break(a.chars[span.end]);
    let words = a.sentence_words(s).len();
    line_start && line_end && words <= 10 && !matches!(last, '.' | '!' | '?' | '؟' | ':' | '"' | '»') && a.sentences.len() > 1
}

/// "وافق على وقف إطلاق النار": agreeing to an act is coded as that act (GUIDE.md: agreeing to a ceasefire is
/// CONCEDE), so an AGREE verb whose على-object is another event gives way to it.
fn agree_to_act(events: &mut Vec<CodedEvent>, words: &[Word]) {
    let covered: Vec<usize> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventType::Agree)
        .filter(|(_, e)| {
            let after = e.trigger.1;
            events.iter().any(|o| o.kind != EventType::Agree && o.trigger.0 > after && o.trigger.0 <= after + 3 && (after..o.trigger.0 + 1).any(|i| words[i].key == "علي" || words[i].key.starts_with("علي") && words[i].split.enclitic > 0 || words[i].bare == "علي"))
        })
        .map(|(i, _)| i)
        .collect();
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !covered.contains(&(k - 1))
    });
}

/// Keep the events whose flag in `keep` is set.
fn retain_kept(events: &mut Vec<CodedEvent>, keep: &[bool]) {
    let mut kept = keep.iter();
    events.retain(|_| kept.next().copied().unwrap_or(true));
}

/// One sentence naming the same act twice with one lexeme ("الصراع ... بالنزاع الدائر", "المفاوضات ...
/// المفاوضات") reports one event, unless the second names other participants.
fn merge_repeated_lexeme(events: &mut Vec<CodedEvent>) {
    let mut keep = vec![true; events.len()];
    for j in 1..events.len() {
        let e = &events[j];
        if e.actor.is_some() || e.recipient.is_some() {
            continue;
        }
        if (0..j).any(|i| keep[i] && events[i].lexeme == e.lexeme && events[i].status == e.status) {
            keep[j] = false;
        }
    }
    retain_kept(events, &keep);
}

/// A threat told as what a party will not allow ("لن يسمح"، class threat_content of data/events/words.tsv) after
/// a warning of its sentence is that warning's content, not a second threat: "وحذرت ميركل بأنه لن يسمح بخطف
/// العدالة" is one warning (news-dev codes the verb alone). Said alone ("وأنه لن يسمح بحدوث ذلك") it stays.
fn merge_threat_content(events: &mut Vec<CodedEvent>, words: &[Word]) {
    let lex = Lexicon::get();
    let mut keep = vec![true; events.len()];
    for j in 0..events.len() {
        let e = &events[j];
        if e.kind != EventType::Threaten || !lex.is("threat_content", &words[e.trigger.0]) {
            continue;
        }
        let warned = (0..events.len()).any(|i| {
            i != j && keep[i] && events[i].kind == EventType::Threaten && events[i].trigger.1 <= e.trigger.0 && e.trigger.0 - events[i].trigger.1 <= 10
        });
        if warned {
            keep[j] = false;
        }
    }
    retain_kept(events, &keep);
}

/// A meeting's purpose (لـ + a verbal noun of consultation right after it) is that meeting, not a second one:
/// "تجتمع الأطراف ... للتفاوض على السلام"، "التقى الوزير ... لمناقشة". (An attack "to target" civilians names a
/// target of its own, and "تعرض لضربات" is no purpose: only consultations merge.)
fn merge_purpose(events: &mut Vec<CodedEvent>, words: &[Word]) {
    let purpose = |e: &CodedEvent| {
        let w = &words[e.trigger.0];
        w.split.prep > 0 && !w.split.future && w.key.starts_with('ل')
    };
    let mut keep = vec![true; events.len()];
    for j in 0..events.len() {
        let e = &events[j];
        if e.kind == EventType::Consult && purpose(e) && (0..events.len()).any(|i| i != j && keep[i] && events[i].kind == e.kind && events[i].trigger.1 <= e.trigger.0 && e.trigger.0 - events[i].trigger.1 <= 8) {
            keep[j] = false;
        }
    }
    retain_kept(events, &keep);
}

/// Casualty nouns (قتلى، قتيل) in a sentence that already has another ASSAULT trigger describe that event, not a
/// second one.
fn merge_casualty_nouns(events: &mut Vec<CodedEvent>, words: &[Word]) {
    let lex = Lexicon::get();
    let is_count_noun = |e: &CodedEvent| e.kind == EventType::Assault && (lex.is("fatal_unit", &words[e.trigger.0]) || lex.is("injury_unit", &words[e.trigger.0]));
    if events.iter().any(|e| e.kind == EventType::Assault && !is_count_noun(e)) {
        events.retain(|e| !is_count_noun(e));
    }
}

/// An attack's toll told after it with a verb of result (words.tsv result_verb: "هجوم ... أسفر عن مقتل 20 شخصا"،
/// "أدى القصف إلى مقتل"، "ما أسفر عن سقوط قتلى") is that attack's result, not a second attack: the gold codes the
/// attack once. A killing or injury noun up to ten words after such a verb (no clause end between), its complement, with another
/// attack of its sentence before it, merges into that attack, which takes the toll's counts and victims when it
/// names none of its own, and the toll's date when that date stands between the two ("أعلنت القيادة ... الأحد، عن
/// تنفيذ غارة جوية ضد هدف في ليبيا، السبت، الأمر الذي أدى إلى مقتل إرهابيين": the strike was on Saturday; the date
/// nearest the attack's noun was the announcement's).
fn merge_result(events: &mut Vec<CodedEvent>, words: &[Word], times: &[crate::TimeSpan]) {
    let lex = Lexicon::get();
    let toll = |w: &Word| !lex.is("result_verb", w) && ["kill_word", "injure_word", "fatal_unit", "injury_unit"].iter().any(|c| lex.is(c, w));
    let clause_end = |w: &Word| w.kind == WordKind::Punct && matches!(w.key.as_str(), "." | ";" | "؛" | ":");
    let after_result = |t: usize| {
        (t.saturating_sub(10)..t).rev().take_while(|&k| !clause_end(&words[k])).any(|k| lex.is("result_verb", &words[k]))
    };
    // The toll is the verb's complement: after its preposition (عن، إلى، في) or with ب attached ("تسببت بمقتل").
    // Not a noun coordinated with another ("أدى إلى الإمساك به وقتله") nor one of a clause of its own after a comma
    // ("أسفر عن مقتل ثمانية مدنيين، لترتفع بذلك حصيلة القتلى").
    let object = |t: usize| {
        let w = &words[t];
        (w.split.prep > 0 && w.key.starts_with('ب')) || t > 0 && lex.is_key("result_prep", &words[t - 1])
    };
    let mut keep = vec![true; events.len()];
    for j in 0..events.len() {
        let e = &events[j];
        let t = e.trigger.0;
        if e.kind != EventType::Assault || !toll(&words[t]) || !object(t) || !after_result(t) {
            continue;
        }
        let Some(i) = (0..events.len()).filter(|&i| i != j && keep[i] && events[i].kind == EventType::Assault && events[i].trigger.1 <= t).last() else { continue };
        keep[j] = false;
        let (fatalities, injuries, recipient, date) = (e.fatalities, e.injuries, e.recipient.clone(), e.date);
        let act = &mut events[i];
        if let Some(d) = date.filter(|&d| act.trigger.1 <= times[d].word_start && times[d].word_end <= t) {
            act.date = Some(d);
        }
        act.fatalities = act.fatalities.or(fatalities);
        act.injuries = act.injuries.or(injuries);
        if act.recipient.is_none() {
            act.recipient = recipient;
        }
    }
    retain_kept(events, &keep);
}

/// A weapon is the instrument of the attack another word of its sentence reports, not a second attack: one with
/// no actor of its own ("بانفجار لغم أرضي"), the subject of that attack's verb ("استهدفت صواريخ إسرائيلية"), or
/// one fired by that attack's side, or the object named right after its verb ("دفاعاتنا الجوية تتصدى لعشرات
/// الصواريخ الإسرائيلية": the missiles are what the interception is done to).
fn merge_weapon_nouns(events: &mut Vec<CodedEvent>, words: &[Word]) {
    let lex = Lexicon::get();
    let is_weapon = |e: &CodedEvent| e.kind == EventType::Assault && lex.is("weapon", &words[e.trigger.0]);
    // "حكم على 45 منهم بالإعدام "رميا بالرصاص"": the weapon of a death sentence is its manner, no attack.
    let sentence_ends: Vec<usize> = events.iter().filter(|e| e.kind == EventType::Coerce && (e.trigger.0..e.trigger.1).any(|i| lex.is("punishment", &words[i]))).map(|e| e.trigger.1).collect();
    events.retain(|e| !(is_weapon(e) && sentence_ends.iter().any(|&s| s <= e.trigger.0 && e.trigger.0 <= s + 3)));
    let attacks: Vec<(usize, Option<Arg>)> = events.iter().filter(|e| e.kind == EventType::Assault && !is_weapon(e)).map(|e| (e.trigger.0, e.actor.clone())).collect();
    if attacks.is_empty() {
        return;
    }
    // The weapon stands within three words after the attack's trigger, with no punctuation between.
    let object_of = |t: usize| attacks.iter().any(|&(s, _)| s < t && t <= s + 3 && !(s + 1..t).any(|k| words[k].kind == WordKind::Punct));
    events.retain(|e| {
        if !is_weapon(e) {
            return true;
        }
        let Some(a) = &e.actor else { return false };
        let t = e.trigger.0;
        if object_of(t) {
            return false;
        }
        !attacks.iter().any(|(_, other)| {
            other.as_ref().is_some_and(|o| (o.word_start <= t && t < o.word_end) || (a.desc.country.is_some() && o.desc.country == a.desc.country))
        })
    });
}

/// Is the trigger noun at `t` the object of a noun of fighting a phenomenon ("مكافحة تمويل الإرهاب"), past a
/// genitive head ("الحد من عمليات إطلاق النار")?
fn generic_target(words: &[Word], t: usize, s_start: usize) -> bool {
    let lex = Lexicon::get();
    let mut j = t;
    if j > s_start && !words[j - 1].has_article() && lex.is("genitive_head", &words[j - 1]) {
        j -= 1;
    }
    if j > s_start && lex.is("combat_noun", &words[j - 1]) {
        return true;
    }
    j > s_start + 1 && words[j - 1].key == "من" && lex.is("combat_from", &words[j - 2])
}

/// The status the cue rules give an event at word range `trigger` of the sentence `sentence`, and whether the
/// trigger is a noun: what the factuality model is trained with.
pub fn rule_status_at(ctx: &Ctx, trigger: (usize, usize), sentence: (usize, usize)) -> (Status, bool) {
    let words = &ctx.a.words;
    let cues = factuality::cues(words, sentence.0, sentence.1);
    let nominal = is_nominal(words, trigger.0);
    (status_of(ctx, &cues, &Hit { start: trigger.0, end: trigger.1, payload: 0 }, sentence.0, nominal), nominal)
}

/// How the report frames the event.
fn status_of(ctx: &Ctx, cues: &[Cue], h: &Hit, s_start: usize, nominal: bool) -> Status {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let w = &words[h.start];
    let mut found: Vec<Status> = vec![];
    let mut governed_claim = false;
    // The future prefix on the trigger, or on the verb that governs a nominal trigger: "ستقدم المساعدة".
    let future = |x: &Word| x.split.future || (x.split.prep == 0 && x.bare.len() > 2 && {
        let mut c = x.key.chars().skip(x.split.conj as usize);
        c.next() == Some('س') && matches!(c.next(), Some('ي' | 'ت' | 'ن'))
    } && !x.bare.starts_with('س'));
    // A verbal noun in the accusative after سيكون is its predicate, not its object: "سيكون انتهاكاً للقانون".
    let object = nominal || accusative_masdar(w) && h.start > s_start && !lex.is("present_be", &words[h.start - 1]);
    if future(w) || (object && h.start > s_start && future(&words[h.start - 1])) {
        found.push(Status::Planned);
    }
    for c in cues {
        let (status, scope) = (c.status, c.scope);
        // The trigger's own word is not its own frame: "اتهمت" is an asserted accusation.
        if c.start < h.end && c.end > h.start {
            continue;
        }
        // "وهو ما نفته"، "، ما أدى إلى": a relative ما before the trigger does not negate it.
        if factuality::negates_not(words, c, h.start) {
            continue;
        }
        // "قد" frames only a present verb as possible ("قد يهاجم"); before a past verb it means "has".
        if status == Status::Hypothetical && matches!(scope, Scope::Before(1)) && (!matches!(w.bare.chars().next(), Some('ي' | 'ت' | 'ن')) || factuality::is(&words[c.start], factuality::FnWord::MoodMay) && factuality::past_after_qad(w)) {
            continue;
        }
        // "كان ... قد + verb" is the past perfect, not a possibility.
        if status == Status::Hypothetical && matches!(scope, Scope::Before(1)) && (c.start.saturating_sub(4).max(s_start)..c.start).any(|i| lex.is_form("past_be", &words[i].bare)) {
            continue;
        }
        let ok = match scope {
            Scope::Before(n) => c.end <= h.start && h.start - c.end < n && clause_between_ok(words, c.end, h.start) && !new_verb_between(words, c.end, h, nominal) && !(n <= 1 && nominal && matches!(status, Status::Negated))
                && (status != Status::Claimed || charged_act(lex, words, c, h.start)),
            Scope::After(n) => c.start >= h.end && c.start - h.end < n,
            // A claim or denial governs its own clause; a condition reaches to the end of the sentence.
            Scope::Governs => c.end <= h.start && c.start >= s_start && (status == Status::Hypothetical || clause_between_ok(words, c.end, h.start)),
            Scope::Prefix => false,
        };
        if ok {
            found.push(status);
            governed_claim |= status == Status::Claimed && scope == Scope::Governs;
        }
    }
    // An act already framed as an accusation stays claimed when a denial follows ("وهو ما رفضته"): GUIDE.md.
    if governed_claim {
        found.retain(|s| *s != Status::Denied);
    }
    for s in [Status::Denied, Status::Negated, Status::Hypothetical, Status::Claimed, Status::Planned] {
        if found.contains(&s) {
            return s;
        }
    }
    Status::Asserted
}

/// A claimed `before:N` cue (the accused participle, the charge: "المتهم بارتكاب أعمال عنف"، "متهم بخطف"، "بتهمة
/// توفير دعم") frames only the act it is charged with: its ب-complement, the cue's own ب ("بتهمة دعم") or the word
/// right after it ("المتهم بمساندة"، "المتهم بأنه"), up to the trigger; not a punishment ("الحكم على المتهمين
/// بالسجن"), nor "بمن/بما", nor after a partitive or من ("أحد المتهمين", the defendant, no accusation told).
fn charged_act(lex: &Lexicon, words: &[Word], c: &Cue, trigger: usize) -> bool {
    // The segmenter may keep "بتهمة" whole: the cue's own ب is its first letter after و/ف.
    let cw = &words[c.start];
    let own = cw.preposition_clitic() == Some('ب') || cw.key.chars().nth(cw.split.conj as usize) == Some('ب');
    if !own {
        let j = c.end;
        if j > trigger || !words[j].is_arabic() {
            return false;
        }
        let w = &words[j];
        if !bi_complement(w) {
            return false;
        }
        if charges_nothing(lex, w) || c.start > 0 && the_defendant(lex, &words[c.start - 1]) {
            return false;
        }
    }
    !lex.is("punishment", &words[trigger])
}

/// A new coordinated verb between a cue and its trigger, or the trigger itself one: "يريده أردوغان وينتقده", "لا
/// يريد الانتظار ويحث" (status.tsv: a `before:N` cue does not reach past "و" + new verb). A word between counts when
/// it is an imperfect (ي/ت/ن/أ) with و/ف and not read as a noun; the trigger when it carries و/ف and is not nominal
/// (a past verb too: "وقتل"). A coordinated verbal noun keeps the cue: "لا يريد الحرب والتصعيد".
fn new_verb_between(words: &[Word], from: usize, h: &Hit, trigger_nominal: bool) -> bool {
    let to = h.start;
    // A complement "أن" between them: its coordinated verbs share the frame ("تريد أن تحرق وتدمر").
    if (from..to).any(|i| matches!(words[i].key.as_str(), "ان" | "أن")) {
        return false;
    }
    let conj_verb = |i: usize| {
        let w = &words[i];
        w.is_arabic() && w.split.conj > 0 && !w.has_article() && w.split.prep == 0 && w.bare.chars().count() >= 3
    };
    // The trigger: one word (not a phrase such as "ووقف إطلاق النار"), not an accusative noun ("وعداً").
    if from < to && h.end == to + 1 && conj_verb(to) && !trigger_nominal && !accusative_masdar(&words[to]) {
        return true;
    }
    (from..to).any(|i| conj_verb(i) && matches!(words[i].bare.chars().next(), Some('ي' | 'ت' | 'ن' | 'أ')) && !is_nominal(words, i))
}

/// No clause boundary between a cue and its trigger: a comma, semicolon or stop, or "وهو ما".
fn clause_between_ok(words: &[Word], from: usize, to: usize) -> bool {
    !(from..to).any(|i| words[i].kind == WordKind::Punct && matches!(words[i].key.as_str(), "," | "." | ";"))
}

/// The place: a place named in the sentence after a locative word (في، قرب، مدينة ...) and not inside the
/// actor or recipient ("القوات الموالية لأرمينيا" names a side, not a place), nearest to the trigger; else the
/// document's main place (dateline or lead).
fn location(ctx: &Ctx, t: usize, s_start: usize, s_end: usize, args: [&Option<Arg>; 2]) -> Option<usize> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let inside = |e: &crate::EntitySpan| args.iter().any(|a| a.as_ref().is_some_and(|a| e.word_start >= a.word_start && e.word_end <= a.word_end));
    let locative = |e: &crate::EntitySpan| {
        let w = &words[e.word_start];
        (w.split.prep > 0 && !w.split.future && w.key.starts_with('ب')) || (e.word_start > s_start && (e.word_start.saturating_sub(2).max(s_start)..e.word_start).any(|i| lex.is("locative", &words[i])))
    };
    ctx.entities_within(s_start, s_end)
        .filter(|e| e.is_place && !inside(e) && locative(e))
        .min_by_key(|e| if e.word_start >= t { e.word_start - t } else { 2 * (t - e.word_end) + 1 })
        .map(|e| e.index)
        .or(ctx.main_place)
}

/// The date expression of the clause: the nearest in the sentence.
fn date(ctx: &Ctx, t: usize, s_start: usize, s_end: usize) -> Option<usize> {
    ctx.times_within(s_start, s_end)
        .into_iter()
        .min_by_key(|&i| {
            let x = &ctx.times[i];
            if x.word_start >= t { x.word_start - t } else { t - x.word_end + 1 }
        })
}

/// Whether quantity `q` counts dead (`true`) or wounded (`false`): by its counted noun (قتيلا، جريحا), or by a word
/// of killing or wounding just before a count of people ("مقتل 10 أشخاص", "أودى بحياة أكثر من 350 ألف نسمة").
fn casualty_kind(ctx: &Ctx, q: &crate::QtySpan, s_start: usize) -> Option<bool> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let unit = q.unit.map(|u| &words[u]);
    let before = || (q.word_start.saturating_sub(3).max(s_start)..q.word_start).map(|i| &words[i]);
    let people = unit.is_none_or(|u| lex.is("people_unit", u));
    if unit.is_some_and(|u| lex.is("fatal_unit", u)) || (people && before().any(|w| lex.is("kill_word", w))) {
        return Some(true);
    }
    if unit.is_some_and(|u| lex.is("injury_unit", u)) || (people && before().any(|w| lex.is("injure_word", w))) {
        return Some(false);
    }
    None
}

fn casualties(ctx: &Ctx, e: &mut CodedEvent, s_start: usize, s_end: usize) {
    for qi in ctx.quantities_within(s_start, s_end) {
        let q = &ctx.quantities[qi];
        match casualty_kind(ctx, q, s_start) {
            Some(true) if e.fatalities.is_none() => e.fatalities = Some(qi),
            Some(false) if e.injuries.is_none() => e.injuries = Some(qi),
            _ => {}
        }
    }
}

/// An article that names a natural disaster or a crash at least twice and no attack or weapon anywhere (read
/// once per document: every attack word of a long record asks).
fn disaster_article(ctx: &Ctx) -> bool {
    *ctx.index().disaster_article.get_or_init(|| scan_disaster_article(ctx))
}

fn scan_disaster_article(ctx: &Ctx) -> bool {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let mut disasters = 0;
    for i in 0..words.len() {
        let w = &words[i];
        if lex.is("attack_word", w) || lex.is("weapon", w) || lex.is("armed", w) {
            return false;
        }
        if lex.is("disaster", w) || lex.phrase_at("disaster", words, i).is_some() {
            disasters += 1;
        }
    }
    disasters >= 2
}

/// Uses of a violence or repression word that name no act between parties: a rank taken ("احتلت فنلندا هذا العام
/// المركز الأول"), a space rocket launched, the dead of a storm, an attack on cells or a war on poverty, a
/// diagnosis ("شُخصت إصابة لورا بسرطان").
fn figurative_use(ctx: &Ctx, kind: EventType, h: &Hit, s_start: usize, s_end: usize) -> bool {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let first = &words[h.start];
    let sentence = || s_start..s_end;
    let ranked = |i: usize| {
        lex.is("rank_noun", &words[i])
            || lex.is("rank_place", &words[i]) && i + 1 < s_end && (words[i + 1].kind == WordKind::Number || lex.is("ordinal", &words[i + 1]))
    };
    if kind == EventType::Coerce && lex.is("rank_verb", first) && (h.end..(h.end + 5).min(s_end)).any(ranked) {
        return true;
    }
    if kind == EventType::Assault && (h.start..h.end).any(|i| lex.is("rocket", &words[i])) && sentence().any(|i| lex.is("space", &words[i]) || lex.phrase_at("space", words, i).is_some()) {
        return true;
    }
    if kind == EventType::Assault && lex.is("attack_word", first) && sentence().any(|i| lex.is("cyber", &words[i])) {
        return true;
    }
    let armed = || sentence().any(|i| (i < h.start || i >= h.end) && lex.is("armed", &words[i]));
    // Storms, quakes and snakes kill too ("ويقتل كل عام ما بين 81 ألفا و138 ألف شخص بسبب لدغات الثعابين").
    if kind == EventType::Assault && sentence().any(|i| lex.is("disaster", &words[i]) || lex.phrase_at("disaster", words, i).is_some() || lex.is("animal_cause", &words[i])) && !armed() {
        return true;
    }
    // An article about a storm, a flood or a crash names its dead far from the disaster word ("وارتفعت حصيلة القتلى
    // إلى 357 شخصا"): nothing armed in the sentence, no attack or weapon anywhere in the article, and the disaster
    // named at least twice (GUIDE.md: accidents are no events).
    if kind == EventType::Assault && !armed() && disaster_article(ctx) {
        return true;
    }
    if kind == EventType::Assault && lex.is("ill_word", first) && (h.start.saturating_sub(3).max(s_start)..h.start).any(|i| lex.is("diagnosis", &words[i])) {
        return true;
    }
    // "منحهما هوية جديدة"، "منح عشر نقاط": a grant of nothing material is no aid (past a number or a bracket).
    if kind == EventType::Aid && lex.is("grant_verb", first) {
        let next = (h.end..(h.end + 4).min(s_end)).find(|&i| words[i].is_arabic() && words[i].kind != WordKind::Number && !lex.is("number_word", &words[i]));
        if next.is_some_and(|i| lex.is("intangible", &words[i])) {
            return true;
        }
    }
    // "مقطع فيديو نشرته قوات الشرعية": the pronoun on the verb is what was published; the forces publish it.
    if kind == EventType::Mobilize && first.split.enclitic > 0 && lex.is("publish_verb", first) {
        return true;
    }
    // "وتستهدف رفع الجاهزية العسكرية"، "الخطة التي تستهدف إعادة تأهيل": aiming at, not attacking.
    if kind == EventType::Assault && lex.is("aim_verb", first) {
        let purpose = h.end < s_end && lex.is("aim_noun", &words[h.end]);
        let planned = (h.start.saturating_sub(3).max(s_start)..h.start).any(|i| lex.is("plan_noun", &words[i]));
        if purpose || planned {
            return true;
        }
    }
    // "تحقيق الأمن والاستقرار"، "حققت مكاسب": achieving, not investigating.
    if kind == EventType::Accuse && lex.is("achieve_word", first) && h.end < s_end && lex.is("achieved", &words[h.end]) {
        return true;
    }
    // The word after the trigger (past a preposition, a demonstrative or a bracket): its object, or in VSO its
    // subject ("حاصرت الشكوك اللوحة").
    if matches!(kind, EventType::Assault | EventType::Coerce) {
        let next = (h.end..(h.end + 3).min(s_end)).find(|&i| words[i].is_arabic() && !matches!(words[i].key.as_str(), "علي" | "ضد" | "هذه" | "هذا" | "تلك" | "ذلك"));
        if next.is_some_and(|i| lex.is("figurative_target", &words[i])) {
            return true;
        }
    }
    false
}

/// "المتهم بمساندة محاولة الانقلاب"، "المتهمة من جانب أنقرة بالضلوع": the participle of اتهم with the article and a
/// ب-complement (after an optional "من جانب/من قبل X") is the accusation of the person it describes, not the noun
/// "the defendant"; not after a partitive or من ("ستة من المتهمين بالانتساب"، "أحد المتهمين") nor before a
/// punishment ("معاقبة المتهمين بالسجن المؤبد").
fn accused_of(lex: &Lexicon, words: &[Word], i: usize, start: usize, end: usize) -> bool {
    if !words[i].has_article() || !lex.is("accused_participle", &words[i]) {
        return false;
    }
    if i > start && (the_defendant(lex, &words[i - 1]) || lex.is("bi_governor", &words[i - 1])) {
        return false;
    }
    // "حكموا على المتهمين بدفع تعويض": the ب of the verdict.
    if i > start + 1 && lex.is_key("verdict_preposition", &words[i - 1]) && lex.is("verdict", &words[i - 2]) {
        return false;
    }
    let mut j = i + 1;
    if j + 1 < end && lex.phrase_at("accuser_phrase", words, j) == Some(2) {
        j += 2;
        while j < end && j < i + 6 && words[j].is_arabic() && words[j].preposition_clitic() != Some('ب') {
            j += 1;
        }
    }
    j < end
        && words[j].is_arabic()
        && bi_complement(&words[j])
        && !charges_nothing(lex, &words[j])
}

/// A word that opens the ب-complement of an accusation: its ب split off, or "بأن" kept whole (the key folds the
/// hamza seat: "بان"; a literal "بأن" never matched a key).
fn bi_complement(w: &Word) -> bool {
    w.preposition_clitic() == Some('ب') || w.key.starts_with("بان")
}

/// A ب-word after the accused that charges no act: a punishment ("المتهمين بالسجن") or "بمن/بما" (words.tsv
/// `bi_relative`: "جميع المتهمين بمن فيهم").
fn charges_nothing(lex: &Lexicon, w: &Word) -> bool {
    lex.is("punishment", w) || lex.is_key("bi_relative", w)
}

/// A word before the participle that makes it "the defendant", no accusation told: a partitive or من ("أحد
/// المتهمين"، "ستة من المتهمين").
fn the_defendant(lex: &Lexicon, before: &Word) -> bool {
    lex.is("partitive_head", before) || before.bare == "من"
}
