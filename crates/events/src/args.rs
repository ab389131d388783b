//! Argument attachment without a parser: actor and recipient of a trigger from Arabic word order (VSO, SVO),
//! the passive, relative clauses, the construct state of verbal nouns, "بين X و Y", prepositions, agent phrases,
//! and the subject of the clause that governs a verbal noun.

use crate::lexicon::{Lexicon, Payload};
use crate::np::{counted_at, np_at, np_at_opt, np_before};
use crate::{args_model, Arg, Ctx, EventType};
use rasd_text::{Word, WordKind};

/// Words that open a reported or subordinate clause: what follows has its own subject.
fn opens_clause(w: &Word) -> bool {
    matches!(w.key.as_str(), "," | ":" | ";" | "\"" | "«" | "(" | ")") || Lexicon::get().is_key("clause_opener", w)
}

fn is_quote_mark(w: &Word) -> bool {
    matches!(w.key.as_str(), "\"" | "«")
}

/// The last word before the trigger that opens its clause. A quotation mark right after a complementizer, or
/// after the subject that follows one, opens a partial quote inside the clause ("بأن ترامب "شكر الأمير"، "أكدت
/// المجموعة أنها "على اتصال""): the clause opens at the complementizer, and the subject before the quote is its own.
fn clause_boundary(ctx: &Ctx, s_start: usize, ts: usize) -> Option<usize> {
    let words = &ctx.a.words;
    let c = (s_start..ts).rev().find(|&i| opens_clause(&words[i]))?;
    if !is_quote_mark(&words[c]) || c == s_start {
        return Some(c);
    }
    let lex = Lexicon::get();
    if lex.is_key("clause_opener", &words[c - 1]) {
        return Some(c - 1);
    }
    let k = (s_start..c).rev().find(|&i| opens_clause(&words[i]))?;
    let subject = lex.is_key("clause_opener", &words[k]) && np_at(ctx, k + 1, c).is_some_and(|np| np.word_end == c);
    Some(if subject { k } else { c })
}

/// A complementizer with a pronoun ("إنه"، "أنها"): its subject is someone named before, usually the speaker.
fn pronoun_complementizer(w: &Word) -> bool {
    Lexicon::get().is_key("pronoun_complementizer", w)
}

fn is_trigger_at(ctx: &Ctx, i: usize, to: usize) -> bool {
    let lex = Lexicon::get();
    lex.events.longest(&ctx.a.words, i, to).is_some_and(|(id, _)| matches!(lex.events.patterns[id].payload, Payload::Trigger(_)))
}

/// The kind of the event trigger at word `i`, if one starts there.
fn trigger_kind_at(ctx: &Ctx, i: usize, to: usize) -> Option<EventType> {
    let lex = Lexicon::get();
    lex.events.longest(&ctx.a.words, i, to).and_then(|(id, _)| match lex.events.patterns[id].payload {
        Payload::Trigger(x) => Some(lex.triggers[x].kind),
        _ => None,
    })
}

fn is_speech_at(ctx: &Ctx, i: usize, to: usize) -> bool {
    Lexicon::get().speech.longest(&ctx.a.words, i, to).is_some()
}

const CLAIM_FILE: &str = "data/events/claim_verbs.tsv";
const CLAIM_TEXT: &str = include_str!("../../../data/events/claim_verbs.tsv");

/// The verbs of data/events/claim_verbs.tsv, by which a party claims an attack as its own: a verb form (folded) to
/// the word (a folded stem start) that must stand between it and the attack, if any.
#[derive(Debug)]
pub struct ClaimVerbs {
    forms: rustc_hash::FxHashMap<String, Option<String>>,
}

impl ClaimVerbs {
    pub fn get() -> &'static ClaimVerbs {
        static C: std::sync::OnceLock<ClaimVerbs> = std::sync::OnceLock::new();
        C.get_or_init(|| ClaimVerbs::try_load(CLAIM_TEXT).unwrap_or_else(|e| panic!("claim verbs: {e}")))
    }

    /// Load and validate: one Arabic word a line, listed once, and `-` or one Arabic word that must go with it.
    pub fn try_load(text: &str) -> Result<ClaimVerbs, rasd_text::data::DataError> {
        let arabic = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
        let mut forms = rustc_hash::FxHashMap::default();
        for r in rasd_text::data::rows(CLAIM_FILE, text) {
            let form = r.field(0, "form")?;
            if !arabic(form) {
                return Err(r.error(format!("form {form:?} is not one Arabic word")));
            }
            let with = r.field(1, "with")?;
            let with = match with {
                "-" => None,
                w if arabic(w) => Some(rasd_text::key(w)),
                w => return Err(r.error(format!("with {w:?} is not - or one Arabic word"))),
            };
            if forms.insert(rasd_text::key(form), with).is_some() {
                return Err(r.error(format!("form {form:?} is listed twice")));
            }
        }
        Ok(ClaimVerbs { forms })
    }

    /// Does the verb at `v` claim what stands before `to` as its subject's own act?
    fn claims(&self, words: &[Word], v: usize, to: usize) -> bool {
        let w = &words[v];
        match self.forms.get(&w.bare).or_else(|| self.forms.get(&w.key)) {
            Some(None) => true,
            Some(Some(with)) => (v + 1..to).any(|k| words[k].bare.starts_with(with.as_str())),
            None => false,
        }
    }
}

/// Could word `i` be a finite verb? No article, no preposition, no number, not a function word, not a name.
fn verb_like(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.a.words[i];
    w.is_arabic()
        && !w.has_article()
        && (w.split.prep == 0 || w.split.future)
        && (!Lexicon::get().is("np_stop", w) || is_speech_at(ctx, i, i + 1))
        && !Lexicon::get().is("clause_lead", w)
        && ctx.entities_covering(i).next().is_none()
        && counted_at(ctx, i, i + 8).is_none()
}

/// The first word of a clause after particles and auxiliaries ("وقد"، "كما"، "كانت").
fn clause_head(ctx: &Ctx, from: usize, to: usize) -> usize {
    let lex = Lexicon::get();
    let mut p = from;
    while p < to && (lex.is("clause_lead", &ctx.a.words[p]) || ctx.a.words[p].kind == WordKind::Punct) {
        p += 1;
    }
    p
}

/// The subject of the clause `[from, to)` and the index of its verb: VSO ("أعلن الإنتربول السعودي القبض") or SVO
/// ("إسرائيل تحاول ... استهداف"). Only known participants count.
fn clause_subject(ctx: &Ctx, from: usize, to: usize) -> Option<(Arg, usize)> {
    let p = clause_head(ctx, from, to);
    if p >= to {
        return None;
    }
    // SVO: a described noun phrase, then a verb.
    if let Some(np) = np_at(ctx, p, to) {
        let mut q = np.word_end;
        while q < to && (Lexicon::get().is("clause_lead", &ctx.a.words[q]) || is_quote_mark(&ctx.a.words[q])) {
            q += 1;
        }
        if q < to && verb_like(ctx, q) {
            return Some((np, q));
        }
    }
    // VSO: a verb, then its subject.
    if verb_like(ctx, p) {
        return np_at(ctx, p + 1, to).map(|np| (np, p));
    }
    None
}

/// The speaker of the speech cue that introduces the complementizer at `comp`: "قال الرئيس إنه ..." or
/// "الرئيس قال إنه ...".
fn speaker_before(ctx: &Ctx, s_start: usize, comp: usize) -> Option<Arg> {
    // A speech noun after a preposition ("في بيان") is no cue with a subject: the verb before it is.
    let words = &ctx.a.words;
    let adjunct = |j: usize| words[j].split.prep > 0 && !words[j].split.future || j > s_start && Lexicon::get().is_key("noun_governor", &words[j - 1]);
    let (cue, cue_end) = (s_start..comp).rev().filter(|&j| !adjunct(j)).find_map(|j| Lexicon::get().speech.longest(words, j, comp).map(|(_, n)| (j, j + n)))?;
    np_at(ctx, cue_end, comp).or_else(|| np_before(ctx, s_start, cue))
}

/// Is the noun phrase a counted group or people named as such (أشخاص، مدنيين): the patient of violence?
fn is_patient(ctx: &Ctx, np: &Arg) -> bool {
    counted_at(ctx, np.word_start, np.word_end + 1).is_some() || Lexicon::get().is("patient_people", &ctx.a.words[np.word_start])
}

/// Past what may stand between a VSO subject and the object: the body or place the subject belongs to ("رئيس لجنة
/// الاستخبارات في مجلس النواب"), the holder's name after a title, and a phrase or date between commas ("، أحد كبار
/// مؤيدي ترامب،"، "، الثلاثاء،"): "اتهم وزير الخارجية الإيراني، محمد جواد ظريف، الولايات المتحدة بـ".
fn past_apposition(ctx: &Ctx, mut i: usize, s_end: usize) -> usize {
    let words = &ctx.a.words;
    if i + 1 < s_end && words[i].key == "في" {
        if let Some(np) = np_at(ctx, i + 1, s_end) {
            i = np.word_end;
        }
    }
    if let Some(e) = ctx.entities_starting(i).find(|e| e.is_person) {
        i = e.word_end;
    }
    // Up to two groups between commas ("، ستيفن منوشين، السبت،"): the first may be any phrase, the second only a
    // name or a date. A known phrase between commas that is no holder's name is the object itself: "اتهمت
    // الخارجية التركية، الولايات المتحدة، السبت، بأنها".
    for group in 0..2 {
        if !(i + 2 < s_end && words[i].key == "," && words[i + 1].split.conj == 0) {
            break;
        }
        let Some(k) = (i + 2..(i + 9).min(s_end)).find(|&k| words[k].kind == WordKind::Punct).filter(|&k| words[k].key == ",") else { break };
        // The holder's name, maybe after a rank ("، الكولونيل باتريك سترايغر،") or with a last word the name
        // finder left out ("، مون جاي إن،").
        let name = (i + 1..(i + 3).min(k)).any(|s| ctx.entities_starting(s).any(|e| e.is_person && (e.word_end == k || e.word_end + 1 == k)));
        let date = ctx.times_starting(i + 1).any(|t| t.word_end == k);
        if !date && !name && (group > 0 || np_at(ctx, i + 1, k).is_some_and(|np| np.word_end == k)) {
            break;
        }
        i = k;
    }
    if i < s_end && words[i].key == "," {
        i += 1;
    }
    i
}

/// Is the noun phrase people named as such, though no one the knowledge base knows: a counted group, a noun of
/// people (الناس، المدنيين), or a masculine sound plural of a participle or nisba in the accusative/genitive,
/// which names people ("المرشحين"، "مرشحين محتملين"، "اليمينيين المتطرفين"، "الناشطين").
fn is_people(ctx: &Ctx, np: &Arg) -> bool {
    is_patient(ctx, np) || people_form(&ctx.a.words[np.word_start])
}

/// A masculine sound plural of a participle or nisba in the accusative/genitive, which names people
/// ("المرشحين"، "اليمينيين"، "الناشطين"): `is_people` without the counted phrases.
pub fn people_form(w: &Word) -> bool {
    let c: Vec<char> = w.bare.chars().collect();
    let n = c.len();
    // Only the accusative/genitive ين: the nominative ون (مسؤولون، الأخصائيون) is a subject ("حذر مسؤولون من").
    if !w.is_arabic() || n < 5 || !w.bare.ends_with("ين") {
        return false;
    }
    // The nisba plural (يمينيين، إسلاميين); the participle مُفعِلين/مُتفعِّلين, not the broken plural مفاعيل
    // (ملايين، ميادين); the participle فاعلين (ناشطين، نازحين).
    let nisba = w.bare.ends_with("يين");
    let mufil = c[0] == 'م' && n >= 6 && !(n == 6 && c[2] == 'ا');
    let fail = c[1] == 'ا' && n >= 6;
    nisba || mufil || fail
}

/// The subject of a launch verb (words.tsv launch_verb: شن، أطلق، نفذ) that stands between the verb and the event
/// noun `ts` it launches, as the verb's direct object: "أطلقت دبابة إسرائيلية قذيفة"، "شنت طائرات حربية روسية
/// غارات"، "نفذت زوارق إيرانية هجوما". A described phrase (a name, or a weapon, a vehicle or a body with a
/// nationality adjective) that ends right at the noun; within the clause, the verb at most seven words before.
/// The noun launched is indefinite, and the verb has no object pronoun ("أطلقتها ميليشيا الحوثي المدعومة"); a
/// trigger the phrase would take as its own adjective or participle ("شن طائرات حربية سورية مدعومة من ...") is
/// no object of the verb.
fn launch_subject(ctx: &Ctx, clause_start: usize, ts: usize) -> Option<Arg> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    if ts < clause_start + 2 || words[ts].split.prep > 0 || words[ts].split.conj > 0 || words[ts].has_article() {
        return None;
    }
    let v = (clause_start.max(ts.saturating_sub(8))..ts - 1).rev().find(|&v| lex.is("launch_verb", &words[v]) && verb_like(ctx, v))?;
    if object_pronoun(ctx, v) || words[v + 1].split.prep > 0 || words[v + 1].split.conj > 0 || crate::participant::is_closed(&words[v + 1]) {
        return None;
    }
    let np = np_at(ctx, v + 1, ts).filter(|np| np.word_end == ts)?;
    let swallows = np_at_opt(ctx, v + 1, (ts + 1).min(ctx.a.words.len()), false).is_some_and(|whole| whole.word_end > ts);
    (!swallows).then_some(np)
}

/// Is the phrase headed by a party noun of data/events/participants.tsv ("المجتمع الدولي"، "قيادات حوثية"،
/// "الأطراف المتحاربة"), though the knowledge base places it nowhere? Such a phrase can be a participant; an event
/// noun or a thing ("مهلة قدرها"، "حرب") cannot, so only these unknown phrases are offered to the learned model.
fn party_headed(ctx: &Ctx, np: &Arg) -> bool {
    crate::participant::party_kind(&ctx.a.words, np.word_start, np.word_end, false) == "noun"
}

/// The object of a verb or preposition: a known phrase, or people named as such ("ناشدت الشرطة الناس"،
/// "متهمين اليمينيين المتطرفين") whose country the report's context gives.
fn object_at(ctx: &Ctx, i: usize, limit: usize) -> Option<Arg> {
    np_at(ctx, i, limit).or_else(|| np_at_opt(ctx, i, limit, false).filter(|np| is_people(ctx, np)))
}

/// Does the verb carry an object pronoun ("هاجمه"، "تحتلها"، "نفذته")? The clitic split alone is not enough: in
/// "اتهم" the final هم is part of the root, so the stem left must keep three letters.
fn object_pronoun(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.a.words[i];
    let n = w.split.enclitic as usize;
    if n == 0 {
        return hamza_seat_pronoun(w);
    }
    if n > 3 {
        return false;
    }
    let letters = w.key.chars().count().saturating_sub(w.split.conj as usize + w.split.prep as usize + n);
    letters >= 3
}

/// A noun ending in hamza takes a pronoun on a seat, which the clitic split does not see: "لقائه"، "إلغائها"
/// (words.tsv `hamza_seat_pronoun`). A final ة is no pronoun ("رواية").
fn hamza_seat_pronoun(w: &Word) -> bool {
    if w.taa_final {
        return false;
    }
    let k = w.key.as_str();
    k.chars().count() >= 5 && Lexicon::get().ends_with("hamza_seat_pronoun", k, 0)
}

/// A verb written with a damma on its first letter is passive: قُتل، اُعتقل، أُصيب.
fn marked_passive(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.a.words[i];
    let chars = &ctx.a.chars[w.body_start.max(w.start)..w.end];
    let mut seen = 0;
    for &c in chars {
        if c == '\u{064F}' {
            return seen <= 2;
        }
        if !rasd_text::normalize::is_diacritic_or_tatweel(c) {
            seen += 1;
            if seen > 2 {
                break;
            }
        }
    }
    false
}

/// "بين X و Y" within a few words after the trigger: the two sides of a meeting, a truce, a threat exchanged.
fn between(ctx: &Ctx, te: usize, limit: usize) -> Option<(Arg, Option<Arg>)> {
    let words = &ctx.a.words;
    let j = (te..limit.min(te + 4)).find(|&j| words[j].key == "بين" || words[j].bare == "بين" && words[j].split.enclitic == 0 && words[j].split.prep == 0)?;
    if (te..j).any(|k| words[k].kind == WordKind::Punct) {
        return None;
    }
    let x = np_at(ctx, j + 1, limit)?;
    let y = (x.word_end < limit && words[x.word_end].split.conj > 0).then(|| np_at(ctx, x.word_end, limit)).flatten();
    Some((x, y))
}

/// Is word `j` inside a date expression?
fn in_time(ctx: &Ctx, j: usize) -> bool {
    ctx.times_covering(j).next().is_some()
}

/// Acts whose recipient is what is left or let go (من، عن).
fn release(kind: EventType) -> bool {
    matches!(kind, EventType::Sanction | EventType::Retreat)
}

/// Does the trigger end in a preposition of its own ("الإفراج عن"، "هجوم على")?
fn ends_in_prep(ctx: &Ctx, last: usize, kind: EventType) -> bool {
    let w = &ctx.a.words[last];
    let lex = Lexicon::get();
    w.split.enclitic == 0 && (lex.is_key("recipient_prep", w) || release(kind) && lex.is_key("release_prep", w))
}

/// "مع X" later in the clause of a meeting or an agreement, up to the next clause, quote or event verb.
fn partner(ctx: &Ctx, te: usize, s_end: usize) -> Option<Arg> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let end = s_end.min(te + 15);
    for j in te..end {
        let w = &words[j];
        if opens_clause(w) && !(w.key == "," && (in_time(ctx, j + 1) || j > 0 && in_time(ctx, j - 1))) || lex.is("relative", w) || is_speech_at(ctx, j, end) || j > te && is_trigger_at(ctx, j, end) {
            return None;
        }
        if lex.is_key("partner_prep", w) {
            return np_at(ctx, j + 1, end);
        }
    }
    None
}

/// Actor and recipient from word order and prepositions.
pub fn arguments(ctx: &Ctx, ts: usize, te: usize, s_start: usize, s_end: usize, nominal: bool, kind: EventType) -> (Option<Arg>, Option<Arg>) {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    // The clause: from the last speech complement or punctuation before the trigger.
    let comp = clause_boundary(ctx, s_start, ts);
    let clause_start = comp.map_or(s_start, |i| i + 1);
    // The word before the trigger, auxiliaries skipped ("التي كانت تقاتل").
    let mut b = ts;
    while b > clause_start && lex.is_key("perfect_aux", &words[b - 1]) {
        b -= 1;
    }
    let mut at = Attach {
        ctx,
        ts,
        te,
        s_start,
        s_end,
        nominal,
        kind,
        comp,
        clause_start,
        limit: (te + 12).min(s_end),
        b,
        actor: None,
        recipient: None,
        i: te,
        speaker_actor: false,
    };
    // A circumstantial participle after a comma, or in its accusative form ("متهما"، "داعيا": never a noun, so
    // never followed by its own subject) right after the clause it describes.
    // (Not a counted noun: "لسبعة وثلاثين متهمًا".)
    let counted = ts > s_start && (words[ts - 1].kind == WordKind::Number || lex.is("number_word", &words[ts - 1]));
    let hal = words[ts].split.conj == 0 && words[ts].key.ends_with('ا') && !counted;
    if lex.is_key("circumstantial", &words[ts]) && ts > s_start && (words[ts - 1].key == "," || hal) {
        at.participle_after_comma();
    } else if let Some((x, y)) = between(ctx, te, at.limit) {
        at.sides(x, y);
    } else if nominal && te - ts > 1 && ends_in_prep(ctx, te - 1, kind) {
        at.noun_with_its_preposition();
    } else if nominal {
        at.noun();
    } else {
        at.verb();
    }
    at.speakers_noun();
    at.prepositional_recipient();
    // The other side of a meeting or an agreement, further on in the clause.
    if at.recipient.is_none() && matches!(kind, EventType::Consult | EventType::Cooperate | EventType::Agree | EventType::Concede) {
        at.recipient = partner(ctx, te, s_end);
    }
    at.agent_phrase();
    let frame = Frame { ts, te, s_start, s_end, clause_start: at.clause_start, nominal, kind };
    let rules = at.finish();
    learned(ctx, &frame, rules)
}

/// The first of the named parties joined by و that open the clause and end with `np` ("إنّ ترامب وماكرون
/// تعهدا"، "وكانت الولايات المتحدة وفرنسا وبريطانيا أطلقت"): the annotation takes the first named as the actor.
/// Each conjunct is a named entity (a party, not a town) whose first word carries the و and not a preposition,
/// and only particles and auxiliaries stand between the clause's start and the first ("في سوريا وروسيا" is no
/// subject; "هاجمت إسرائيل غزة وحماس ترد" has a verb before the chain).
fn first_conjunct(ctx: &Ctx, clause_start: usize, np: &Arg) -> Option<Arg> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let named = |a: &Arg| ctx.entities_starting(a.word_start).any(|e| e.word_end <= a.word_end && !(e.is_place && !e.is_country));
    let joined = |a: &Arg| {
        let w = &words[a.word_start];
        w.split.conj > 0 && w.key.starts_with('و') && (w.split.prep == 0 || w.split.future)
    };
    let mut first: Option<Arg> = None;
    let mut cur = np.clone();
    while joined(&cur) && named(&cur) && cur.word_start > clause_start {
        match np_before(ctx, clause_start, cur.word_start).filter(|p| p.word_end == cur.word_start && named(p)) {
            Some(p) => {
                cur = p.clone();
                first = Some(p);
            }
            None => break,
        }
    }
    let first = first?;
    let w = &words[first.word_start];
    let clear = (clause_start..first.word_start).all(|k| {
        let x = &words[k];
        x.kind == WordKind::Punct || lex.is("clause_lead", x) || lex.is_key("auxiliary", x) || lex.is_key("perfect_aux", x)
    });
    (clear && (w.split.prep == 0 || w.split.future)).then_some(first)
}

/// A genitive that names a state or a body with its country (a state, an army, a named force), not a person or
/// people: after an act's noun and before a لـ phrase it is the agent.
/// (A bare nisba is a man of that nation: "اعتقال تركي لمحاولته".)
fn party_genitive(ctx: &Ctx, np: &Arg) -> bool {
    let phrase = np.word_end > np.word_start + 1 || ctx.a.words[np.word_start].has_article() || ctx.entities_starting(np.word_start).any(|e| e.is_country || e.word_end > e.word_start + 1);
    phrase && np.desc.country.is_some() && !is_people(ctx, np) && !ctx.entities_starting(np.word_start).any(|e| e.is_person)
}

/// The trigger and where it stands, for the learned attachment.
struct Frame {
    ts: usize,
    te: usize,
    s_start: usize,
    s_end: usize,
    clause_start: usize,
    nominal: bool,
    kind: EventType,
}

/// The learned model's choice among the candidates, when a model has weights (else the rules' choice, untouched);
/// the candidates are recorded when the trainer asks.
fn learned(ctx: &Ctx, f: &Frame, rules: (Option<Arg>, Option<Arg>)) -> (Option<Arg>, Option<Arg>) {
    let model = args_model::active();
    let recording = args_model::recording();
    // Nothing to decide: no model, or a model that only fills roles the rules have both filled (and never
    // overrules them).
    let settled = model.as_ref().is_none_or(|m| m.fill_only[0] && rules.0.is_some() && m.fill_only[1] && rules.1.is_some() && !m.overrules());
    if settled && !recording {
        return rules;
    }
    let cands = candidates(ctx, f, &rules, recording);
    if recording {
        args_model::record(args_model::Site {
            kind: f.kind,
            trigger_start: ctx.a.words[f.ts].start,
            candidates: cands.iter().map(|c| (args_model::text_of(ctx, &c.arg), c.features.names.clone().unwrap_or_default())).collect(),
        });
    }
    if let Some(m) = model {
        let mut chosen = args_model::choose(&m, &cands, &rules);
        if chosen.0.is_none() {
            chosen.0 = dropped_subject(ctx, f, chosen.1.as_ref());
        }
        LEARNED.with(|l| l.borrow_mut().push(((f.ts, f.te, f.kind), rules.clone(), chosen)));
    }
    rules
}

/// The subject a verb without one continues (pro-drop): a verb that opens its sentence (only its و or ف and a
/// clause lead before it: "ودعا"، "كما أدان"), active, in the third person, with neither the rules nor the model
/// finding an actor in its sentence, acts through the subject of the previous sentence when that subject is a
/// known party and agrees with the verb's form: a verb in ت (past "أدانت"، imperfect "تطالب") takes a place, an
/// organisation, a feminine or non-human plural noun, not a man; a verb with no mark ("وأضاف"، "يطالب") a man or a
/// masculine noun, not a country; a plural verb ("اتهموا") a plural. The first person ("نطالب") is the speaker's,
/// and the dual is left alone.
fn dropped_subject(ctx: &Ctx, f: &Frame, recipient: Option<&Arg>) -> Option<Arg> {
    let words = &ctx.a.words;
    let lex = Lexicon::get();
    // An act of force told without its subject is most often the passive its letters hide ("وقتل 13 شخصاً"،
    // "وقتل جميع ركابها").
    if f.nominal || f.kind == EventType::Assault {
        return None;
    }
    // Inside a quotation a verb in ت may be the speaker's own ("فقد طلبت من ممثلينا").
    if words[f.s_start..f.ts].iter().filter(|w| is_quote_mark(w) || w.key == "»").count() % 2 == 1 {
        return None;
    }
    let k = after_verb(ctx, f);
    if phrase_after_verb_is_own(ctx, f, k, recipient) {
        return None;
    }
    // An accusation, an arrest or a sanction with no object right after the verb is the passive ("ويتهم بأن له
    // صلة"، "وأدين بكشف هوية عملاء").
    let object = recipient.is_some_and(|r| r.word_start <= k && k < r.word_end);
    if !object && matches!(f.kind, EventType::Accuse | EventType::Coerce | EventType::Sanction) {
        return None;
    }
    // A trigger of more words than the verb holds its own subject ("خرج الآلاف"), one with an object pronoun may
    // have the previous subject as its object ("يتهمه").
    if f.te - f.ts > 1 && !ends_in_prep(ctx, f.te - 1, f.kind) || words[f.ts].split.enclitic > 0 {
        return None;
    }
    // A passive ("قُتل"، "تم اعتقال"; "أصيب" of data/events/words.tsv ill_word has no active in the news) has no
    // actor to carry over.
    if marked_passive(ctx, f.ts) || f.ts > f.s_start && lex.is("passive_aux", &words[f.ts - 1]) || lex.is("ill_word", &words[f.ts]) {
        return None;
    }
    let verb = verb_person(&words[f.ts])?;
    let lead = |from: usize| (from..f.ts).all(|k| !words[k].is_arabic() || lex.is("clause_lead", &words[k]));
    let subj = if lead(f.s_start) || opening_adjunct(ctx, f.s_start, f.ts).is_some_and(lead) {
        (f.s_start > 0).then(|| Memo::previous_subject(ctx, f.s_start)).flatten()
    } else {
        previous_clause_subject(ctx, f)
    }?;
    let subj = without_verb(ctx, subj);
    // Only a known party carries over, not a counted group of victims ("ثلاثة مدنيين").
    if !subj.desc.is_known() || is_patient(ctx, &subj) {
        return None;
    }
    agrees(ctx, verb, &subj).then_some(subj)
}

/// The first word after the trigger verb past adverbs of the speaker's turn, times and an opening quotation mark.
fn after_verb(ctx: &Ctx, f: &Frame) -> usize {
    let words = &ctx.a.words;
    let lex = Lexicon::get();
    let mut k = f.te;
    while k < f.s_end && (lex.is("speaker_adverb", &words[k]) || in_time(ctx, k)) {
        k += 1;
    }
    // A name in quotation marks is a noun phrase too ("وتنكر "وحدات حماية الشعب" أي صلة").
    if k + 1 < f.s_end && is_quote_mark(&words[k]) {
        k += 1;
    }
    k
}

/// Whether the phrase at `k`, right after the verb, tells the verb has no subject to carry over: a noun phrase the
/// attachment did not take as the recipient may be the subject the rules did not know ("واتهمت دعوى قضائية
/// الرميحي"، "ويحظر القانون الدولي"); a counted group or people is what a hidden passive was done to ("واعتقل عشرات
/// الآلاف").
fn phrase_after_verb_is_own(ctx: &Ctx, f: &Frame, k: usize, recipient: Option<&Arg>) -> bool {
    let words = &ctx.a.words;
    let lex = Lexicon::get();
    if !(k < f.s_end && words[k].is_arabic() && !(words[k].split.prep > 0 && !words[k].split.future) && !lex.is_key("np_stop", &words[k])) {
        return false;
    }
    if counted_at(ctx, k, f.s_end).is_some() || np_at_opt(ctx, k, f.s_end, false).is_some_and(|np| is_patient(ctx, &np)) {
        return true;
    }
    // Any other word that opens a phrase ("كل من الأمم المتحدة"، "هذا المخبر"، "مسؤولون سياسيون") is its subject
    // unless the attachment took it as the object.
    recipient.is_none_or(|r| r.word_start > k || r.word_end <= k)
}

/// Whether a carried-over subject agrees with the verb's person: a verb in ت a place, an organisation, a feminine
/// or non-human plural noun; an unmarked verb a man or a masculine noun; a plural verb a plural.
fn agrees(ctx: &Ctx, verb: Person, subj: &Arg) -> bool {
    let noun = subject_gender(ctx, subj);
    // A plural in ات is of things or bodies, which take a feminine singular verb.
    let inanimate_plural = ctx.a.words[subj.word_start].bare.ends_with("ات");
    match verb {
        Person::Masculine => matches!(noun, Gender::Masculine | Gender::Any),
        Person::Feminine => matches!(noun, Gender::Feminine | Gender::Any) || noun == Gender::Plural && inanimate_plural,
        Person::Plural => matches!(noun, Gender::Plural | Gender::Any),
        Person::Either => noun != Gender::Plural || inanimate_plural,
    }
}

/// A verb read as a subject phrase's first word ("نفت روسيا"، "تبرر إسرائيل"، "وبدأت إيران"): the subject is the
/// rest, when a name or a known phrase starts right after the verb.
fn without_verb(ctx: &Ctx, subj: Arg) -> Arg {
    let named_after = |k: usize| ctx.entities_starting(k).next().is_some();
    if subj.word_end - subj.word_start > 1 && verb_like(ctx, subj.word_start) && !named_after(subj.word_start) && named_after(subj.word_start + 1) {
        Arg { word_start: subj.word_start + 1, word_end: subj.word_end, desc: (ctx.describe)(subj.word_start + 1, subj.word_end) }
    } else {
        subj
    }
}

/// The end of a sentence's opening adjunct: a phrase of at most six words that starts with a preposition or an
/// adverb of the speaker's turn and ends in a comma ("من جهته،"، "وفي بيان لها،"، "بدوره،"), with no verb in it.
fn opening_adjunct(ctx: &Ctx, s_start: usize, ts: usize) -> Option<usize> {
    let words = &ctx.a.words;
    let lex = Lexicon::get();
    let comma = (s_start..ts.min(s_start + 7)).find(|&k| words[k].key == ",")?;
    let first = (s_start..comma).find(|&k| words[k].is_arabic())?;
    let w = &words[first];
    let opens = w.split.prep > 0 && !w.split.future || lex.is_key("locative", w) || lex.is_form("adjunct_preposition", &w.bare) || lex.is("speaker_adverb", w);
    (opens && !(first + 1..comma).any(|k| verb_like(ctx, k))).then_some(comma + 1)
}

/// The subject of the clause before the trigger's in its sentence, for a verb that opens a clause after a comma
/// ("حولوا 11 منشأة، كما نهبوا") or is joined to the verb before it by و ("قصفت إسرائيل المدينة واعتقلت"): the
/// subject of that clause (not one after أن, whose subject is the speaker's business).
fn previous_clause_subject(ctx: &Ctx, f: &Frame) -> Option<Arg> {
    let words = &ctx.a.words;
    if f.clause_start > f.s_start && words[f.clause_start - 1].key == "," && clause_head(ctx, f.clause_start, f.ts) == f.ts {
        let c = f.clause_start - 1;
        let pc = clause_boundary(ctx, f.s_start, c).map_or(f.s_start, |i| i + 1);
        return clause_subject(ctx, pc, c).map(|(subj, _)| subj);
    }
    if words[f.ts].split.conj > 0 && f.ts > f.clause_start {
        return clause_subject(ctx, f.clause_start, f.ts).filter(|(subj, v)| *v < f.ts && subj.word_end <= f.ts).map(|(subj, _)| subj);
    }
    None
}

/// The subject a verb's form marks, third person only.
#[derive(Clone, Copy, PartialEq)]
enum Person {
    Masculine,
    Feminine,
    Plural,
    /// An initial ت with no final ت: the feminine imperfect ("تطالب") or a masculine perfect of the fifth or sixth
    /// form ("تعهد"، "تبادل").
    Either,
}

/// The person of a verb from its stem: final ت feminine, وا/ون plural, initial ي masculine, initial ت either;
/// the first person (initial ن, final نا) and the dual (final ا, ان) give none; an unmarked perfect is masculine.
fn verb_person(w: &Word) -> Option<Person> {
    let stem = w.bare.as_str();
    let n = stem.chars().count();
    if stem.ends_with("وا") || stem.ends_with("ون") {
        Some(Person::Plural)
    } else if stem.starts_with('ن') || stem.ends_with("نا") || stem.ends_with("ان") || stem.ends_with('ا') && n > 3 {
        None
    } else if stem.ends_with('ت') {
        Some(Person::Feminine)
    } else if stem.starts_with('ت') {
        Some(Person::Either)
    } else {
        Some(Person::Masculine)
    }
}

/// The grammatical gender of a subject.
#[derive(Clone, Copy, PartialEq)]
enum Gender {
    Masculine,
    Feminine,
    Plural,
    /// A name of an organisation: "حماس" is feminine, "حزب الله" masculine.
    Any,
}

/// A place name is feminine (إسرائيل، موسكو), a person by the name's form, an organisation either; any other
/// phrase by its head: ة feminine (الحكومة), ون/ين/ات plural, else masculine (الرئيس، الجيش).
fn subject_gender(ctx: &Ctx, subj: &Arg) -> Gender {
    let head = &ctx.a.words[subj.word_start];
    if let Some(e) = ctx.entities_starting(subj.word_start).next() {
        if e.is_place {
            return Gender::Feminine;
        }
        // A person's name may end like a plural (جونسون، شولغين): only ة marks it.
        if e.is_person {
            return if head.taa_final { Gender::Feminine } else { Gender::Masculine };
        }
        return Gender::Any;
    }
    let b = head.bare.as_str();
    if b.ends_with("ون") || b.ends_with("ين") || b.ends_with("ات") {
        Gender::Plural
    } else if head.taa_final {
        Gender::Feminine
    } else {
        Gender::Masculine
    }
}

type Pair = (Option<Arg>, Option<Arg>);
/// A trigger's words and kind, the rules' pair and the model's.
type Learned = ((usize, usize, EventType), Pair, Pair);

thread_local! {
    /// The learned choices of the document being coded: per trigger, the rules' pair and the model's.
    static LEARNED: std::cell::RefCell<Vec<Learned>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Forget the learned choices of the previous document.
pub(crate) fn begin_document() {
    LEARNED.with(|l| l.borrow_mut().clear());
}

/// Put the model's participants in place of the rules' on the coded events: each side whose participant is
/// still the one the rules chose (a later step of the coder may have set another, and that one stays).
pub(crate) fn apply_learned(events: &mut [crate::CodedEvent]) {
    LEARNED.with(|l| {
        let l = l.borrow();
        if l.is_empty() {
            return;
        }
        // The last choice per trigger (a trigger attached twice keeps its later frame), found in constant time so
        // that a long document stays linear.
        let last: rustc_hash::FxHashMap<_, _> = l.iter().map(|(k, rules, chosen)| (*k, (rules, chosen))).collect();
        for e in events.iter_mut() {
            let Some((rules, chosen)) = last.get(&(e.trigger.0, e.trigger.1, e.kind)) else { continue };
            let (rules, chosen) = (*rules, *chosen);
            if e.actor == rules.0 {
                e.actor = chosen.0.clone();
            }
            if e.recipient == rules.1 {
                e.recipient = chosen.1.clone();
            }
            if let (Some(a), Some(r)) = (&e.actor, &e.recipient) {
                if a.word_start < r.word_end && r.word_start < a.word_end {
                    e.recipient = None;
                }
            }
        }
    });
}

/// Which side of the trigger a candidate stands on.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Before,
    After,
    /// The subject of the previous sentence (a verb without a subject of its own continues it).
    Previous,
}

impl Side {
    fn as_str(self) -> &'static str {
        match self {
            Side::Before => "b",
            Side::After => "a",
            Side::Previous => "p",
        }
    }
}

/// A distance in words, in buckets.
fn bucket(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=9 => "6-9",
        _ => "10+",
    }
}

/// The candidate mentions of a trigger: the rules' choices, the known noun phrases and the names of the sentence
/// near the trigger (and people named as such), and the subject of the previous sentence. `named`: keep the
/// features' names (the trainer records them).
fn candidates(ctx: &Ctx, f: &Frame, rules: &(Option<Arg>, Option<Arg>), named: bool) -> Vec<args_model::Candidate> {
    let mut found: Vec<(Arg, Side)> = Vec::new();
    let mut push = |arg: Arg, side: Side| {
        if !found.iter().any(|(a, _)| a.word_start == arg.word_start && a.word_end == arg.word_end) {
            found.push((arg, side));
        }
    };
    let side_of = |arg: &Arg| if arg.word_end <= f.ts { Side::Before } else { Side::After };
    for arg in [&rules.0, &rules.1].into_iter().flatten() {
        push(arg.clone(), side_of(arg));
    }
    let lo = f.s_start.max(f.ts.saturating_sub(12));
    let hi = f.s_end.min(f.te + 12);
    // Past another act's noun, a phrase belongs to that act: "أحبط هجمات على المشاركين" (the participants were the
    // attacks' target, not the foiling's), the rules' own reading of an object that is an act.
    let other_act = (f.te..hi).find(|&k| trigger_kind_at(ctx, k, hi).is_some_and(|k| k != f.kind)).unwrap_or(hi);
    for i in (lo..hi).filter(|&i| i < f.ts || i >= f.te && i <= other_act) {
        // Inside a name, only its start opens a phrase.
        if ctx.entities_covering(i).any(|e| e.word_start < i) {
            continue;
        }
        let limit = if i < f.ts { f.ts } else { f.s_end };
        // A known phrase (np_at) or people named as such; after the trigger, up to the sentence's end, the
        // triggers of the sentence share it.
        let phrase = || np_at_opt(ctx, i, limit, false).filter(|np| np.desc.is_known() || is_people(ctx, np) || party_headed(ctx, np));
        let np = if i < f.ts { phrase() } else { Memo::phrase_after(ctx, i, limit, phrase) };
        if let Some(np) = np {
            push(np, if i < f.ts { Side::Before } else { Side::After });
        }
        for e in ctx.entities_starting(i).filter(|e| e.word_end <= limit) {
            let arg = Arg { word_start: e.word_start, word_end: e.word_end, desc: (ctx.describe)(e.word_start, e.word_end) };
            push(arg, if i < f.ts { Side::Before } else { Side::After });
        }
    }
    if f.s_start > 0 {
        if let Some(subj) = Memo::previous_subject(ctx, f.s_start) {
            push(subj, Side::Previous);
        }
    }
    // The grammar's own places for the actor, wherever they stand in the sentence: the subject of the trigger's
    // clause (VSO or SVO), and the speaker of the speech verb whose clause holds the trigger ("قال الوزير إن ...").
    let subject = clause_subject(ctx, f.clause_start, f.ts).map(|(s, _)| s);
    let speaker = if f.clause_start > f.s_start { speaker_before(ctx, f.s_start, f.clause_start - 1) } else { None };
    for arg in [&subject, &speaker].into_iter().flatten() {
        push(arg.clone(), side_of(arg));
    }
    // A clause of the sentence before the trigger's may hold the subject a verb without one continues, however far
    // back it stands ("وخطف مسلحون ... الأسبوع الماضي، وطالبوا بفدية"، "نفذ آلاف المقاتلين من المقاومة ...،
    // وسيطروا على مواقع"): the subject of the clause just before the trigger's, and that of the sentence's first
    // clause. Offered as the previous sentence's subject is (a subject carried over), which they are within the
    // sentence.
    let carried = previous_clause_subject(ctx, f);
    let opening = if f.clause_start > f.s_start + 1 { clause_subject(ctx, f.s_start, f.clause_start - 1).map(|(s, _)| s) } else { None };
    for arg in [carried, opening].into_iter().flatten().filter(|a| a.word_end <= f.ts) {
        push(without_verb(ctx, arg), Side::Previous);
    }
    let grammar = Grammar { subject: subject.map(|a| (a.word_start, a.word_end)), speaker: speaker.map(|a| (a.word_start, a.word_end)) };
    let spans: Vec<(usize, usize, Side)> = found.iter().map(|(a, s)| (a.word_start, a.word_end, *s)).collect();
    let before_in_clause = spans.iter().any(|&(ws, _, s)| s == Side::Before && ws >= f.clause_start);
    // The words between a candidate and the trigger: from the first candidate's end before it to the last
    // candidate's start after it.
    let from = spans.iter().filter(|s| s.2 == Side::Before).map(|s| s.1).min().unwrap_or(f.ts).min(f.ts);
    let to = spans.iter().filter(|s| s.2 == Side::After).map(|s| s.0).max().unwrap_or(f.te).max(f.te);
    let mut between = Between::new(ctx, from, to);
    found
        .into_iter()
        .map(|(arg, side)| {
            let mut out = args_model::Features::new(named);
            features(ctx, f, rules, &arg, side, &spans, before_in_clause, &grammar, &mut between, &mut out);
            args_model::Candidate { arg, features: out }
        })
        .collect()
}

/// Where the grammar puts the actor of a trigger: the subject of its clause, the speaker of the clause's speech
/// verb (word spans).
struct Grammar {
    subject: Option<(usize, usize)>,
    speaker: Option<(usize, usize)>,
}

/// What the candidates of one trigger share with those of the others, found once per document.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// The candidate phrase at a word after a trigger, up to the end of the sentence: (word, sentence end).
    after: rustc_hash::FxHashMap<(usize, usize), Option<Arg>>,
    /// The subject of the sentence before the one starting at a word.
    previous: rustc_hash::FxHashMap<usize, Option<Arg>>,
}

impl Memo {
    fn phrase_after(ctx: &Ctx, i: usize, s_end: usize, find: impl FnOnce() -> Option<Arg>) -> Option<Arg> {
        let memo = &ctx.index().args_memo;
        if let Some(np) = memo.borrow().after.get(&(i, s_end)) {
            return np.clone();
        }
        let np = find();
        memo.borrow_mut().after.insert((i, s_end), np.clone());
        np
    }

    fn previous_subject(ctx: &Ctx, s_start: usize) -> Option<Arg> {
        let memo = &ctx.index().args_memo;
        if let Some(subj) = memo.borrow().previous.get(&s_start) {
            return subj.clone();
        }
        let prev = ctx.a.sentence_words(ctx.a.words[s_start - 1].sentence);
        let subj = clause_subject(ctx, prev.start, prev.end).map(|(subj, _)| subj);
        memo.borrow_mut().previous.insert(s_start, subj.clone());
        subj
    }
}

/// What the features ask of each word between a candidate and its trigger, found once per trigger (the candidates
/// share these words): each fact is computed the first time it is asked.
struct Between<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// The first word covered, and the end of the words covered (the largest `to` asked).
    base: usize,
    top: usize,
    facts: Vec<WordFacts>,
}

/// The facts of one word; `None`: not computed yet.
#[derive(Clone, Copy, Default)]
struct WordFacts {
    opens_clause: Option<bool>,
    relative: Option<bool>,
    verb_like: Option<bool>,
    /// The longest speech cue starting at the word within `top`, its length.
    speech: Option<Option<usize>>,
    /// The longest event pattern starting at the word within `top`: is it a trigger, its length.
    trigger: Option<Option<(bool, usize)>>,
}

impl<'c, 'a> Between<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>, base: usize, top: usize) -> Self {
        Between { ctx, base, top, facts: vec![WordFacts::default(); top.saturating_sub(base)] }
    }

    fn cell(&mut self, k: usize) -> &mut WordFacts {
        &mut self.facts[k - self.base]
    }

    fn opens_clause(&mut self, k: usize) -> bool {
        let w = &self.ctx.a.words[k];
        *self.cell(k).opens_clause.get_or_insert_with(|| opens_clause(w))
    }

    fn relative(&mut self, k: usize) -> bool {
        let w = &self.ctx.a.words[k];
        *self.cell(k).relative.get_or_insert_with(|| Lexicon::get().is("relative", w))
    }

    fn verb_like(&mut self, k: usize) -> bool {
        let ctx = self.ctx;
        *self.cell(k).verb_like.get_or_insert_with(|| verb_like(ctx, k))
    }

    /// `is_speech_at(ctx, k, to)` for `to <= top`: the longest cue within `top` is the longest within `to` when it
    /// fits there (no longer one matched); else ask again.
    fn speech_at(&mut self, k: usize, to: usize) -> bool {
        let (ctx, top) = (self.ctx, self.top);
        let n = *self.cell(k).speech.get_or_insert_with(|| Lexicon::get().speech.longest(&ctx.a.words, k, top).map(|(_, n)| n));
        match n {
            None => false,
            Some(n) if k + n <= to => true,
            Some(_) => is_speech_at(ctx, k, to),
        }
    }

    /// `is_trigger_at(ctx, k, to)` for `to <= top`, the same way.
    fn trigger_at(&mut self, k: usize, to: usize) -> bool {
        let (ctx, top) = (self.ctx, self.top);
        let lex = Lexicon::get();
        let t = *self.cell(k).trigger.get_or_insert_with(|| {
            lex.events.longest(&ctx.a.words, k, top).map(|(id, n)| (matches!(lex.events.patterns[id].payload, Payload::Trigger(_)), n))
        });
        match t {
            None => false,
            Some((trigger, n)) if k + n <= to => trigger,
            Some(_) => is_trigger_at(ctx, k, to),
        }
    }
}

/// Small numbers as they are written in feature names.
const SMALL: [&str; 6] = ["0", "1", "2", "3", "4", "5"];

fn truth(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// The features of one candidate for one trigger, added to `out`.
#[allow(clippy::too_many_arguments)]
fn features(
    ctx: &Ctx,
    f: &Frame,
    rules: &(Option<Arg>, Option<Arg>),
    c: &Arg,
    side: Side,
    spans: &[(usize, usize, Side)],
    before_in_clause: bool,
    grammar: &Grammar,
    between: &mut Between,
    out: &mut args_model::Features,
) {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let sd = side.as_str();
    let kind = f.kind.as_str();
    let nom = if f.nominal { "n" } else { "v" };
    out.add(&["bias"]);
    out.add(&["side=", sd]);
    out.add(&["side=", sd, "&k=", kind]);
    out.add(&["side=", sd, "&", nom]);
    let dist = match side {
        // A candidate before the trigger can end past its start (a rule's choice overlapping it): the distance
        // is then "far", as the model was trained (the wrapped difference fell in the last bucket).
        Side::Before => f.ts.checked_sub(c.word_end).unwrap_or(usize::MAX),
        Side::After => c.word_start.saturating_sub(f.te),
        Side::Previous => 99,
    };
    out.add(&["d=", sd, bucket(dist)]);
    out.add(&["d=", sd, bucket(dist), "&", nom]);
    // Rank among the candidates on the same side, nearest first.
    let rank = spans
        .iter()
        .filter(|&&(ws, we, s)| {
            s == side
                && match side {
                    Side::Before => we > c.word_end || we == c.word_end && ws > c.word_start,
                    Side::After => ws < c.word_start,
                    Side::Previous => false,
                }
        })
        .count();
    out.add(&["rank=", sd, SMALL[rank.min(3)], "&", nom]);
    // The rules' choices.
    for (name, r) in [("ra", &rules.0), ("rr", &rules.1)] {
        match r {
            Some(r) if r.word_start == c.word_start && r.word_end == c.word_end => {
                out.add(&[name]);
                out.add(&[name, "&", nom, "&", sd]);
            }
            Some(r) if r.word_start < c.word_end && c.word_start < r.word_end => out.add(&[name, "_overlap"]),
            Some(_) => out.add(&[name, "_other"]),
            None => out.add(&[name, "_none&", sd]),
        }
    }
    if spans.iter().any(|&(ws, we, _)| ws <= c.word_start && we >= c.word_end && we - ws > c.word_end - c.word_start) {
        out.add(&["inner"]);
    }
    if spans.iter().any(|&(ws, we, _)| ws >= c.word_start && we <= c.word_end && we - ws < c.word_end - c.word_start) {
        out.add(&["outer"]);
    }
    out.add(&["len=", SMALL[(c.word_end - c.word_start).min(5)]]);
    let span = Some((c.word_start, c.word_end));
    if side != Side::Previous && grammar.subject == span {
        out.add(&["csubj&", nom]);
        out.add(&["csubj&k=", kind]);
    }
    if side != Side::Previous && grammar.speaker == span {
        out.add(&["speaker&", nom]);
        out.add(&["speaker&k=", kind]);
    }
    // The country the mention shares, or not, with the rules' other choices: the two sides of an act are seldom
    // of one country when both are named ("اتهمت إيران الولايات المتحدة").
    if let Some(cc) = &c.desc.country {
        for (name, r) in [("same_ra=", &rules.0), ("same_rr=", &rules.1)] {
            if let Some(rc) = r.as_ref().filter(|r| r.word_start != c.word_start || r.word_end != c.word_end).and_then(|r| r.desc.country.as_ref()) {
                out.add(&[name, truth(rc == cc), "&", sd]);
            }
        }
    }
    // What the mention is.
    let ent = ctx.entities_starting(c.word_start).next().or_else(|| ctx.entities_covering(c.word_start).next());
    let ent = match ent {
        Some(e) if e.is_person => "per",
        Some(e) if e.is_country => "country",
        Some(e) if e.is_place => "place",
        Some(_) => "org",
        None => "none",
    };
    out.add(&["ent=", ent, "&", sd]);
    out.add(&["ent=", ent, "&", sd, "&k=", kind]);
    // A place after a locative preposition is where the act happened, seldom whom it was done to ("في بغداد"،
    // "أمام السفارة").
    if matches!(ent, "place" | "country") && c.word_start > f.s_start && (lex.is_key("locative", &words[c.word_start - 1]) || words[c.word_start].preposition_clitic() == Some('ب')) {
        out.add(&["locplace&", sd]);
        out.add(&["locplace&k=", kind]);
    }
    // Right after the rules' actor, past a comma or none: the holder's name after a title ("الرئيس الروسي، فلاديمير
    // بوتن"، "العاهل السعودي الملك سلمان") is the actor again, a country after a VSO subject the object.
    if let Some(a) = &rules.0 {
        let comma = c.word_start == a.word_end + 1 && words[a.word_end].key == ",";
        if comma || c.word_start == a.word_end {
            let per = ctx.entities_starting(c.word_start).any(|e| e.is_person) || ctx.entities_starting(c.word_start + 1).any(|e| e.is_person && e.word_end <= c.word_end);
            out.add(&["appos=", truth(comma), "&per=", truth(per)]);
            out.add(&["appos&title=", truth(lex.is_key("title_head", &words[a.word_start])), "&per=", truth(per)]);
        }
    }
    if let Some(role) = &c.desc.role {
        out.add(&["role=", role, "&", sd]);
    }
    out.add(&["country=", truth(c.desc.country.is_some()), "&", sd]);
    out.add(&["known=", truth(c.desc.is_known())]);
    // What the phrase is as a party: placed by the knowledge base, headed by a party noun, or neither.
    out.add(&["party=", crate::participant::party_kind(&ctx.a.words, c.word_start, c.word_end, c.desc.is_known()), "&", sd]);
    if is_patient(ctx, c) {
        out.add(&["patient&k=", kind, "&", sd]);
    } else if is_people(ctx, c) {
        out.add(&["people&", sd]);
    }
    // Clitics and the word before.
    let first = &words[c.word_start];
    if first.split.conj > 0 {
        out.add(&["cconj&", sd]);
    }
    if let Some(p) = first.preposition_clitic() {
        let mut buf = [0; 4];
        let p: &str = p.encode_utf8(&mut buf);
        out.add(&["cprep=", p, "&", sd]);
        out.add(&["cprep=", p, "&k=", kind]);
    }
    if side != Side::Previous {
        if c.word_start > f.s_start {
            let pw = words[c.word_start - 1].bare.as_str();
            out.add(&["pw=", pw, "&", sd]);
            out.add(&["pw=", pw, "&k=", kind]);
            if c.word_start > f.s_start + 1 {
                out.add(&["pw2=", words[c.word_start - 2].bare.as_str(), "&", sd]);
            }
        }
        // (The word after the candidate was tried and left out: it lowered the cross-validated tuple F1.)
        // Between the candidate and the trigger.
        let (from, to) = if side == Side::Before { (c.word_end, f.ts) } else { (f.te, c.word_start) };
        if to.checked_sub(from).is_some_and(|n| n <= 3) {
            for w in &words[from..to] {
                out.add(&["btw=", w.bare.as_str(), "&", sd]);
            }
        }
        if (from..to).any(|k| words[k].key == ",") {
            out.add(&["btw_comma&", sd]);
        }
        if (from..to).any(|k| between.opens_clause(k)) {
            out.add(&["btw_clause&", sd]);
        }
        if (from..to).any(|k| between.speech_at(k, to)) {
            out.add(&["btw_speech&", sd]);
        }
        if (from..to).any(|k| between.trigger_at(k, to)) {
            out.add(&["btw_trigger&", sd]);
        }
        if (from..to).any(|k| between.relative(k)) {
            out.add(&["btw_relative&", sd]);
        }
        if (from..to).any(|k| between.verb_like(k)) {
            out.add(&["btw_verb&", sd]);
        }
        if side == Side::Before {
            out.add(&["in_clause=", truth(c.word_start >= f.clause_start)]);
        }
    } else {
        out.add(&["prodrop=", truth(!before_in_clause), "&", nom]);
    }
    // The trigger's form.
    let tw = &words[f.ts];
    out.add(&["tw=", tw.bare.as_str(), "&", sd]);
    if !f.nominal && marked_passive(ctx, f.ts) {
        out.add(&["passive&", sd]);
    }
    if object_pronoun(ctx, f.ts) {
        out.add(&["t_pronoun&", nom, "&", sd]);
        // The pronoun's antecedent: the nearest mention before it, or the previous sentence's subject, is whom
        // the act was done to ("قتلته قوات الأمن"، "اعتقاله"), the actor standing elsewhere.
        out.add(&["t_pronoun&rank=", sd, SMALL[rank.min(3)], "&", nom]);
        out.add(&["t_pronoun&k=", kind, "&", sd]);
        if side != Side::Previous {
            out.add(&["t_pronoun&csubj=", truth(grammar.subject == span), "&", sd]);
        }
    }
    if f.te - f.ts > 1 && ends_in_prep(ctx, f.te - 1, f.kind) {
        out.add(&["t_prep&", sd]);
    }
    if f.ts > f.s_start && lex.is("passive_aux", &words[f.ts - 1]) {
        out.add(&["passive_aux&", sd]);
    }
}

/// The state of one attachment: the trigger, its sentence and clause, what is found so far, and `i`, the first
/// word after what has been taken.
struct Attach<'c, 'a> {
    ctx: &'c Ctx<'a>,
    ts: usize,
    te: usize,
    s_start: usize,
    s_end: usize,
    nominal: bool,
    kind: EventType,
    /// The speech complement (إن/أن) or punctuation that opens the trigger's clause.
    comp: Option<usize>,
    clause_start: usize,
    limit: usize,
    /// The word the trigger's own phrase starts at, auxiliaries included.
    b: usize,
    actor: Option<Arg>,
    recipient: Option<Arg>,
    i: usize,
    /// The actor is the speaker of the complementizer's pronoun named right after the speech verb: a place named so
    /// ("قالت لندن إنها سترد") stands for its government and stays.
    speaker_actor: bool,
}

impl Attach<'_, '_> {
    fn words(&self) -> &[Word] {
        &self.ctx.a.words
    }

    /// "وقالت الخارجية السورية إن ...، داعية اللاجئين إلى": a participle after a comma tells what the subject of
    /// the sentence's verb of saying (else of the nearest clause) did, to the object after it.
    fn participle_after_comma(&mut self) {
        let (ctx, s_start, ts) = (self.ctx, self.s_start, self.ts);
        let words = self.words();
        // The clause before the participle ends at its comma, or at the participle itself.
        let end = if words[ts - 1].key == "," { ts - 1 } else { ts };
        self.actor = speaker_before(ctx, s_start, end).or_else(|| {
            let start = (s_start..end).rev().find(|&k| opens_clause(&words[k]) && k + 1 < end).map_or(s_start, |k| k + 1);
            clause_subject(ctx, start, end).map(|(subj, _)| subj)
        });
        if let Some(np) = object_at(ctx, self.te, self.limit) {
            self.i = np.word_end;
            self.recipient = Some(np);
        }
    }

    /// "بين X و Y": the two sides. "جهود للوساطة بين الفلسطينيين والإسرائيليين": the two sides are mediated
    /// between; the mediator is the subject of the clause.
    fn sides(&mut self, x: Arg, y: Option<Arg>) {
        let lex = Lexicon::get();
        self.i = y.as_ref().map_or(x.word_end, |y| y.word_end);
        if (self.ts..self.te).any(|k| lex.is("mediation", &self.words()[k])) {
            self.recipient = Some(x);
            self.actor = clause_subject(self.ctx, self.clause_start, self.ts).map(|(subj, _)| subj).filter(|subj| subj.word_end <= self.ts);
        } else {
            self.actor = Some(x);
            self.recipient = y;
        }
    }

    /// The trigger ends in its own preposition ("الإفراج عن"، "الهجوم على"): what follows is the recipient.
    fn noun_with_its_preposition(&mut self) {
        let lex = Lexicon::get();
        let (ctx, ts) = (self.ctx, self.ts);
        if let Some(np) = object_at(ctx, self.te, self.limit) {
            self.i = np.word_end;
            self.recipient = Some(np);
        }
        if let Some((subj, v)) = clause_subject(ctx, self.clause_start, ts) {
            let words = self.words();
            let blocked = subj.word_end > ts || (v..ts).any(|k| is_trigger_at(ctx, k, ts) && !lex.is("launch_verb", &words[k])) || is_speech_at(ctx, v, ts);
            if !blocked {
                self.actor = Some(subj);
            }
        }
    }

    /// An event noun: its genitive, a relative clause after it, the verb that launches it, or the subject of the
    /// clause that governs it.
    fn noun(&mut self) {
        let lex = Lexicon::get();
        let (ts, s_start) = (self.ts, self.s_start);
        // "تم إسقاط بعض الصواريخ": the genitive of a verbal noun after a passive auxiliary is what the act was done to.
        let passive_noun = ts > s_start && lex.is("passive_aux", &self.words()[ts - 1]);
        self.genitive(passive_noun);
        if self.actor.is_none() {
            self.relative_agent();
        }
        // The subject of a launch verb before the noun: "شنت القوات هجوما" / "القوات شنت هجوما".
        if self.actor.is_none() && !passive_noun && ts > s_start && lex.is("launch_verb", &self.words()[ts - 1]) {
            self.actor = np_before(self.ctx, self.clause_start, ts - 1);
        }
        // VSO: the launch verb, then its subject right before the noun, after an adjunct that opens the clause
        // ("وفي بلدة بيت حانون اطلقت دبابة إسرائيلية قذيفة"، "وفي وقت لاحق شنت طائرات حربية روسية غارات").
        if self.actor.is_none() && !passive_noun {
            self.actor = launch_subject(self.ctx, self.clause_start, ts);
        }
        if self.actor.is_none() {
            self.governing_subject();
        }
    }

    /// The genitive right after an event noun (a preposition starts an adjunct instead): its agent or its object.
    fn genitive(&mut self, passive_noun: bool) {
        let lex = Lexicon::get();
        let (ctx, ts, te, limit, kind) = (self.ctx, self.ts, self.te, self.limit, self.kind);
        let words = &ctx.a.words;
        // A noun with a possessive pronoun ("تأييده عودة روسيا"، "دعمها للحوثيين") has its agent in the pronoun:
        // what follows is the object.
        let possessed = te == ts + 1 && object_pronoun(ctx, ts);
        // A noun of an act done to someone (data/events/words.tsv patient_genitive), as the trigger's first or last
        // word ("طرد السفير"، "محاولة اغتيال العميل"، "إطلاق سراح القس"), takes whom it was done to as genitive.
        let patient_noun = lex.is("patient_genitive", &words[ts]) || te > ts + 1 && lex.is("patient_genitive", &words[te - 1]);
        let victim_first = kind == EventType::Assault && lex.is("victim_noun", &words[ts]) || patient_noun || kind == EventType::Coerce || possessed || passive_noun;
        let i = self.i;
        if let Some(np) = np_at(ctx, i, limit).filter(|_| words[i].split.prep == 0 || words[i].split.future) {
            let i = np.word_end;
            self.i = i;
            // "قمع القوات الأمنية لحركة المظاهرات": an agent genitive, then the object with لـ.
            let lam = i < limit && words[i].split.prep > 0 && !words[i].split.future && words[i].key.starts_with('ل');
            let object = lam.then(|| np_at(ctx, i, limit)).flatten();
            // "اعتقال الشرطة 5 أشخاص": an agent genitive, then a direct object.
            let object = object.or_else(|| (i < limit && words[i].split.prep == 0 && words[i].split.conj == 0).then(|| np_at(ctx, i, limit)).flatten());
            // After a noun whose genitive is whom the act was done to, a genitive that names a person or people
            // is that one, and what follows describes it ("سجن المتمردين السابقين"، "اغتيال رئيس وزراء لبنان
            // الأسبق رفيق الحريري"، "طرد أربعة دبلوماسيين روس"): only a body or a state is the agent before an
            // object ("اعتقال الشرطة 5 أشخاص"، "طرد روسيا 60 دبلوماسيا").
            let person = |np: &Arg| {
                let w = &words[np.word_start];
                is_people(ctx, np) || lex.is("people_unit", w) || lex.is_key("title_head", w) || ctx.entities_starting(np.word_start).any(|e| e.is_person)
            };
            let patient = patient_noun || kind == EventType::Assault && lex.is("victim_noun", &words[ts]);
            let object = object.filter(|_| !patient || !person(&np));
            // After a noun that takes whom the act was done to as genitive, a state or a body as the genitive and
            // then a لـ phrase: the genitive is the agent and the لـ phrase the object, even one that names no known
            // party ("اقتحام قوة إسرائيلية لسفينة مساعدات"، "استهداف إسرائيل للمركز الثقافي"). (After other nouns
            // the genitive is already the agent, and their لـ phrase is often a purpose: "استعداد إيران لزيادة".)
            let object = object.or_else(|| (lam && victim_first && !possessed && !passive_noun && party_genitive(ctx, &np) && !person(&np)).then(|| np_at_opt(ctx, i, limit, false)).flatten());
            // A nationality adjective after the definite noun is its agent: "الغزو الأمريكي" (singular: the plural
            // names people, "اعتقال الفلسطينيين"; after a trigger that holds its object, "طرد السفير الكندي", it
            // describes the object).
            let adjective = te == ts + 1
                && words[ts].has_article()
                && np.word_end == np.word_start + 1
                && words[np.word_start].has_article()
                && crate::np::NISBA_SINGULAR.iter().any(|e| words[np.word_start].bare.ends_with(e))
                && !is_people(ctx, &np);
            if possessed || passive_noun {
                self.recipient = Some(np);
            } else if patient_noun && adjective && object.is_none() {
                self.actor = Some(np);
            } else if let Some(o) = object {
                self.i = o.word_end;
                self.actor = Some(np);
                self.recipient = Some(o);
            } else if victim_first {
                self.recipient = Some(np);
            } else {
                self.actor = Some(np);
            }
        } else if i < limit {
            // Counted victims without a description: "مقتل عشرة أشخاص".
            if let Some(np) = np_at_opt(ctx, i, limit, false).filter(|np| victim_first && is_patient(ctx, np)) {
                self.i = np.word_end;
                self.recipient = Some(np);
            }
        }
    }

    /// "الهجوم الذي نفذته طالبان": a relative clause whose verb has the noun as its object pronoun.
    fn relative_agent(&mut self) {
        let lex = Lexicon::get();
        let (ctx, te, limit) = (self.ctx, self.te, self.limit);
        let words = &ctx.a.words;
        let mut r = te;
        if r < limit && words[r].key == "," {
            r += 1; // "الهجوم، الذي نفذته طالبان"
        }
        while r < limit && r < te + 3 && !lex.is("relative", &words[r]) && words[r].is_arabic() && words[r].split.prep == 0 && words[r].split.conj == 0 {
            r += 1; // adjectives of the noun: "الهجوم الأكثر دموية الذي"
        }
        if r + 1 < limit && lex.is("relative", &words[r]) && object_pronoun(ctx, r + 1) && verb_like(ctx, r + 1) {
            self.actor = np_at(ctx, r + 2, limit);
        }
    }

    /// The subject of the clause that governs the noun: "أعلن الإنتربول السعودي القبض على ..."، "تمكنت قوات حفتر
    /// ... من القتال". Not across another event verb ("ندد X بالهجوم": X did not attack), and a report of deaths
    /// ("أعلن الجيش مقتل ...") does not name the killer. "تعرض لهجوم": the subject underwent it.
    fn governing_subject(&mut self) {
        let lex = Lexicon::get();
        let (ctx, ts) = (self.ctx, self.ts);
        let words = &ctx.a.words;
        let Some((subj, v)) = clause_subject(ctx, self.clause_start, ts) else { return };
        let undergo = lex.is("undergo_verb", &words[v]);
        // A verb coordinated with و after the other event ("ترامب يعلن انسحاب بلاده ... ويعيد العمل بالعقوبات")
        // starts a clause of its own with the same subject.
        let from = (v..ts).rev().find(|&k| k > v && words[k].split.conj > 0 && verb_like(ctx, k) && !(k..ts).any(|j| words[j].kind == WordKind::Punct)).unwrap_or(v);
        // A party that claims an attack ("أعلن الحوثيون استهداف"، "تبنى التنظيم الهجوم"، "أعلن مسؤوليته عن
        // الهجوم") made it; one that only reports it, or announces deaths or the dead and wounded ("أعلنت
        // الوزارة مقتل"، "إجلاء المصابين"), did not. The attack is what is claimed, not an adjunct after another
        // preposition ("أعلن الطلاب الناجون من الهجوم"، "... بعد استهدافه"، "الحركة الوطنية لتحرير أزواد").
        let adjunct = words[ts].split.prep > 0 && !words[ts].split.future
            || ts > 0 && words[ts - 1].key != "عن" && lex.is_key("np_stop", &words[ts - 1]);
        let claims = self.kind == EventType::Assault
            && !adjunct
            && !["kill_word", "injure_word", "fatal_unit", "injury_unit"].iter().any(|c| lex.is(c, &words[ts]))
            && ClaimVerbs::get().claims(words, from, ts);
        let blocked = subj.word_end > ts
            || (from..ts).any(|k| k != ts && !(claims && k == from) && is_trigger_at(ctx, k, ts) && !lex.is("launch_verb", &words[k]))
            || self.kind == EventType::Assault && !claims && is_speech_at(ctx, from, ts);
        if undergo {
            if self.recipient.is_none() {
                self.recipient = Some(subj);
            }
        } else if !blocked && self.recipient.as_ref().is_none_or(|r| r.word_start != subj.word_start) {
            self.actor = Some(subj);
        }
    }

    /// A verb: a relative clause's head, the victims of a passive, or subject and object by word order; a verb
    /// with no subject after a complementizer with a pronoun is the speaker's act; then the direct object.
    fn verb(&mut self) {
        let lex = Lexicon::get();
        let (ctx, ts, s_start, limit) = (self.ctx, self.ts, self.s_start, self.limit);
        let words = &ctx.a.words;
        let object_pronoun = object_pronoun(ctx, ts);
        let passive = marked_passive(ctx, ts);
        let relative = self.b > s_start && lex.is("relative", &words[self.b - 1]) && words[self.b - 1].split.conj == 0;
        if relative {
            self.relative_head(object_pronoun);
        } else if passive {
            // "قُتل عشرة أشخاص": no actor, the victims follow.
            let i = self.i;
            if let Some(np) = np_at_opt(ctx, i, limit, false).filter(|np| np.desc.is_known() || is_patient(ctx, np)) {
                self.i = np.word_end;
                self.recipient = Some(np);
            }
        } else if let Some(speaker) = self.pronoun_subject() {
            // "أكدت الخارجية أنها احتجزت رئيس الوزراء": the pronoun is the subject, the phrase after the verb its
            // object (not a VSO subject). A place right after the speech verb is its government ("قالت لندن").
            let lex = Lexicon::get();
            let k = speaker.word_start;
            self.speaker_actor = (k.saturating_sub(3).max(s_start)..k).any(|j| lex.speech.longest(words, j, k).is_some_and(|(_, n)| j + n == k));
            self.actor = Some(speaker);
        } else {
            self.word_order(object_pronoun);
        }
        // "قال إنه اقترح ...": a verb with no subject after a complementizer with a pronoun is the speaker's act.
        if self.actor.is_none() && !passive && self.comp.is_some_and(|c| pronoun_complementizer(&words[c]) && clause_head(ctx, c + 1, ts) == ts) {
            self.actor = speaker_before(ctx, s_start, self.comp.unwrap());
        }
        // Direct object. (With no subject found, an unknown phrase after the verb is more likely its subject than
        // its object.)
        let i = self.i;
        if self.recipient.is_none() && !object_pronoun && i < limit {
            if let Some(np) = if self.actor.is_some() { object_at(ctx, i, limit) } else { np_at(ctx, i, limit) } {
                self.i = np.word_end;
                self.recipient = Some(np);
            }
        }
    }

    /// "الجماعات التي سيطرت على ..."، "القوات التي كانت تقاتل": the head noun is the subject; with an object
    /// pronoun ("الجولان التي تحتلها إسرائيل") it is the object and the subject follows.
    fn relative_head(&mut self, object_pronoun: bool) {
        let (ctx, limit) = (self.ctx, self.limit);
        let head = np_before(ctx, self.clause_start.min(self.b - 1), self.b - 1);
        if object_pronoun {
            self.actor = np_at(ctx, self.i, limit);
            if let Some(a) = &self.actor {
                self.i = a.word_end;
            }
            self.recipient = head;
        } else {
            self.actor = head;
        }
    }

    /// The speaker, when the verb follows a complementizer whose pronoun agrees with it ("قالت لندن إنها سترد"،
    /// "أعلنوا أنهم هاجموا"، "قال إنه سيعمل"): the pronoun is the verb's subject. A masculine pronoun before a past
    /// verb may be the pronoun of the matter ("أكدت مصادر أنه قتل"), so only an imperfect verb agrees with it.
    fn pronoun_subject(&self) -> Option<Arg> {
        let (ctx, ts) = (self.ctx, self.ts);
        let words = &ctx.a.words;
        let c = self.comp.filter(|&c| pronoun_complementizer(&words[c]) && clause_head(ctx, c + 1, ts) == ts)?;
        let (pro, verb) = (&words[c].key, &words[ts]);
        let agrees = if pro.ends_with("هم") {
            verb.key.ends_with("وا") || verb.key.ends_with("ون")
        } else if pro.ends_with("ها") {
            verb.bare.starts_with('ت') || verb.key.ends_with('ت')
        } else {
            pro.ends_with('ه') && verb.bare.starts_with('ي')
        };
        if !agrees {
            return None;
        }
        speaker_before(ctx, self.s_start, c)
    }

    /// Subject and object by word order: VSO or SVO; a plural verb ("قتلوا"، "هاجموا") agrees with a subject
    /// named before it (SVO), in VSO the verb is singular.
    fn word_order(&mut self, object_pronoun: bool) {
        let (ctx, ts, limit, kind) = (self.ctx, self.ts, self.limit, self.kind);
        let words = &ctx.a.words;
        let plural = words[ts].bare.ends_with("وا") || words[ts].key.ends_with("وا");
        let i = self.i;
        let before = np_before(ctx, self.clause_start, self.b);
        // Parties joined by و before the verb ("إن فرنسا وروسيا اتفقتا"): the first named acts; in a meeting or an
        // agreement the second is the other side.
        let (before, partner) = match before {
            Some(bf) => match first_conjunct(ctx, self.clause_start, &bf) {
                Some(first) => (Some(first), matches!(kind, EventType::Agree | EventType::Consult | EventType::Cooperate).then_some(bf)),
                None => (Some(bf), None),
            },
            None => (None, None),
        };
        // A phrase after a preposition is no subject or object: "على اتصال بالسلطات".
        let after = np_at(ctx, i, limit).or_else(|| np_at_opt(ctx, i, limit, false).filter(|np| is_patient(ctx, np))).filter(|_| words[i].split.prep == 0 || words[i].split.future);
        let svo = before.as_ref().is_some_and(|np| clause_head(ctx, self.clause_start, ts) >= np.word_start);
        // A verb whose subject is in its plural suffix ("انتقدوا السلطات"، "يتهمون المعارضة": a VSO verb is singular),
        // or one that always takes an object before its complement ("يتهم روسيا بالتدخل"، "تحث المواطنين على"):
        // with no subject before it, the phrase after it is its object.
        let v = &words[ts];
        let verb_form = v.key.chars().skip(v.split.conj as usize).collect::<String>();
        // Or in its first-person prefix (words.tsv first_person_verb: "أدعو السلطات"، "نطالب مكتب المدعي العام").
        let suffix_subject = plural
            || Lexicon::get().is_form("first_person_verb", &verb_form)
            || v.split.enclitic == 0 && v.bare.chars().count() >= 5 && ['ي', 'ت'].iter().any(|&c| v.bare.starts_with(c)) && v.bare.ends_with("ون") && !v.bare.ends_with("اون");
        // (verb_form: the verb as written after و/ف, whole words: "بحث" is no ب + حث.)
        let lex = Lexicon::get();
        let complement_after = |af: &Arg| {
            af.word_end < self.s_end && {
                let w = &words[af.word_end];
                w.split.prep > 0 && !w.split.future && w.key.starts_with('ب') || lex.is_key("complement_preposition", w)
            }
        };
        // Not a place ("قتلوا داخل السجون") nor the means of a passive plural, its ب unsplit ("أصيبوا برصاص").
        let object_like = |af: &Arg| {
            let w = &words[af.word_start];
            !lex.is_key("locative", w) && !(w.key.starts_with('ب') && ctx.entities_starting(af.word_start).next().is_none())
        };
        let object_first = |af: &Arg| !object_pronoun && object_like(af) && (suffix_subject || lex.is_form("object_first_verb", &verb_form) && complement_after(af));
        if before.is_none() && after.as_ref().is_some_and(|af| object_first(af) && !(matches!(kind, EventType::Assault | EventType::Coerce) && is_patient(ctx, af))) {
            let af = after.unwrap();
            self.i = af.word_end;
            self.recipient = Some(af);
            return;
        }
        match (before, after) {
            // Counted people after a verb of violence are its victims: "قتل 10 أشخاص" reads as passive.
            (bf, Some(af)) if matches!(kind, EventType::Assault | EventType::Coerce) && is_patient(ctx, &af) && !object_pronoun => {
                self.i = af.word_end;
                if svo || plural {
                    self.actor = bf.filter(|b| !is_patient(ctx, b));
                }
                self.recipient = Some(af);
            }
            // "60 شخصا قتلوا": counted people before a plural verb of violence are its victims.
            (Some(bf), None) if matches!(kind, EventType::Assault) && (svo || plural) && is_patient(ctx, &bf) => {
                self.recipient = Some(bf);
            }
            (Some(bf), af) if svo || plural => {
                self.actor = Some(bf);
                if let Some(af) = af.filter(|_| !object_pronoun) {
                    self.i = af.word_end;
                    self.recipient = Some(af);
                }
                self.recipient = self.recipient.take().or(partner);
            }
            (_, Some(af)) => {
                self.i = af.word_end;
                self.actor = Some(af);
                // Direct object after the subject, unless the verb carries its object as a pronoun.
                if !object_pronoun && self.i < limit {
                    let j = past_apposition(ctx, self.i, self.s_end);
                    if let Some(np) = object_at(ctx, j, limit.max((j + 6).min(self.s_end))) {
                        self.i = np.word_end;
                        self.recipient = Some(np);
                    }
                }
            }
            (bf, None) => self.actor = bf,
        }
    }

    /// "أكدت المجموعة أنها تستعد للانسحاب": a noun governed by the verb right after a complementizer with a
    /// pronoun belongs to the speaker.
    fn speakers_noun(&mut self) {
        if !self.nominal || self.actor.is_some() {
            return;
        }
        let lex = Lexicon::get();
        let (ctx, ts) = (self.ctx, self.ts);
        let words = &ctx.a.words;
        if let Some(c) = self.comp.filter(|&c| pronoun_complementizer(&words[c])) {
            let head = clause_head(ctx, c + 1, ts);
            if head == ts || head + 1 == ts && verb_like(ctx, head) && !lex.is("passive_aux", &words[head]) {
                self.actor = speaker_before(ctx, self.s_start, c);
            }
        }
    }

    /// Prepositional recipient: على، ضد، إلى، مع، بـ (within a few words; a date between commas is passed over:
    /// "تحدث ... عبر مكالمة هاتفية، الثلاثاء، إلى أمير قطر").
    fn prepositional_recipient(&mut self) {
        if self.recipient.is_some() {
            return;
        }
        let lex = Lexicon::get();
        let (ctx, i, te, limit, kind) = (self.ctx, self.i, self.te, self.limit, self.kind);
        let words = &ctx.a.words;
        let mut j = i;
        let mut seen = 0;
        while j < limit && seen < 5 {
            let w = &words[j];
            if in_time(ctx, j) || w.key == "," && (in_time(ctx, j + 1) || j > 0 && in_time(ctx, j - 1)) {
                j += 1;
                continue;
            }
            // When the object is another act's noun, a preposition after it is that noun's: "أحبط هجمات على
            // المشاركين" (the participants were the attacks' target, not the foiling's). An adverbial noun of the
            // same kind names the same act ("مظاهرة احتجاجا على سياسة ترمب").
            if !w.is_arabic() || j == i && j >= te && trigger_kind_at(ctx, j, limit).is_some_and(|k| k != kind || w.split.prep > 0) {
                break;
            }
            let standalone = (lex.is("recipient_prep", w) || release(kind) && lex.is_key("release_prep", w)) && w.bare.chars().count() <= 4 && w.split.enclitic == 0;
            if standalone {
                self.recipient = object_at(ctx, j + 1, limit);
                if self.recipient.is_some() || !release(kind) {
                    break;
                }
            }
            if w.split.prep > 0 && !w.split.future {
                self.recipient = np_at(ctx, j, limit).filter(|np| np.desc.entity.is_some() || np.desc.country.is_some());
                if self.recipient.is_some() {
                    break;
                }
            }
            seen += 1;
            j += 1;
        }
    }

    /// Is the phrase a capital alone, with no preposition, the subject of the trigger's clause, its verb agreeing
    /// with it in the feminine: before the verb ("إن موسكو تبحث تزويد"، "وتسعى طهران إلى"), or right after it
    /// ("ولوحت واشنطن"، "وردت موسكو"; "سيزور واشنطن" is a visit to it).
    fn capital_subject(&self, a: &Arg) -> bool {
        let (ctx, ts, te) = (self.ctx, self.ts, self.te);
        let words = self.words();
        if words[a.word_start].split.prep > 0 || !ctx.entities_starting(a.word_start).any(|e| e.is_capital && e.word_end == a.word_end) {
            return false;
        }
        // A city is feminine: its verb is too ("وضعت"، "تسعى"; "وكانت الرياض أول محطته" has none).
        let feminine = |v: usize| {
            let b = words[v].bare.strip_prefix('س').unwrap_or(&words[v].bare);
            b.ends_with('ت') || b.starts_with('ت')
        };
        let before = clause_subject(ctx, self.clause_start, if self.nominal { ts } else { te })
            .is_some_and(|(subj, v)| subj.word_start == a.word_start && subj.word_end == a.word_end && subj.word_end <= ts && feminine(v));
        let after = !self.nominal && a.word_start == te && clause_head(ctx, self.clause_start, ts) == ts && feminine(ts);
        before || after
    }

    /// Agent phrase: "من قبل X", "على يد X", "على أيدي X".
    fn agent_phrase(&mut self) {
        if self.actor.is_some() {
            return;
        }
        let lex = Lexicon::get();
        let (ctx, limit) = (self.ctx, self.limit);
        for j in self.te..limit.saturating_sub(1) {
            if let Some(n) = lex.phrase_at("agent_prep", &ctx.a.words[..limit], j) {
                self.actor = np_at(ctx, j + n, limit).or_else(|| np_at_opt(ctx, j + n, limit, false));
                break;
            }
        }
    }

    /// A town or region is where an act happens, not who acts ("هجمات لييج"، "هجوم كيماوي بمدينة دوما"); one
    /// phrase is not both sides. A capital standing as a subject is its government ("ولوحت واشنطن بمزيد من
    /// العقوبات"، "وتسعى طهران إلى"), not where it is the venue ("في واشنطن") or an event noun's genitive ("معركة
    /// طرابلس").
    fn finish(mut self) -> (Option<Arg>, Option<Arg>) {
        let lex = Lexicon::get();
        let words = self.words();
        let capital_subject = self.actor.as_ref().is_some_and(|a| self.capital_subject(a));
        if !self.speaker_actor && !capital_subject && self.actor.as_ref().is_some_and(|a| {
            let head = if lex.is_key("locative", &words[a.word_start]) { a.word_start + 1 } else { a.word_start };
            self.ctx.entities_starting(head).any(|e| e.is_place && !e.is_country)
        }) {
            self.actor = None;
        }
        if let (Some(a), Some(r)) = (&self.actor, &self.recipient) {
            if a.word_start == r.word_start {
                self.recipient = None;
            }
        }
        (self.actor, self.recipient)
    }
}
