//! Quotes: direct speech in quotation marks and indirect speech after a verb of saying, with the speaker.

use crate::lexicon::{Introduces, Lexicon, Payload, SpeechKind};
use crate::np::{np_at_opt, np_before};
use crate::quote_words::{QuoteWords, Role};
use crate::{Arg, CodedQuote, Ctx};
use rasd_text::{Word, WordKind};

/// How many words after the speaker the content may start (attribution detail: "في بيان"، "لوكالة ..."، a title).
const WINDOW: usize = 20;
const WINDOW_THAT: usize = 8;

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '“' | '\'')
}

/// The speaker of a speech cue and the word where the attribution ends.
/// - after the verb (VSO), with a name in apposition after a title ("ممثل أرمينيا أندرانيك هوفهانيسيان");
/// - a name in quotation marks after the verb (قال "علييف": ...);
/// - before the verb (SVO): the first person named in the clause ("إن شارل ميشيل، رئيس ...، أوضح"), else the
///   nearest described phrase.
fn speaker_of(ctx: &Ctx, kind: SpeechKind, cue: (usize, usize), s_start: usize, s_end: usize) -> (Option<Arg>, usize) {
    let words = &ctx.a.words;
    if kind == SpeechKind::Participle {
        return (None, cue.1);
    }
    let lex = Lexicon::get();
    let mut at = cue.1;
    // A date or an adverb between the verb and its subject ("كشف الأسبوع الماضي أنه"، "أعلن مسبقا").
    while at < s_end {
        if let Some(t) = ctx.times_starting(at).next() {
            at = t.word_end.max(at + 1);
        } else if lex.is("speaker_adverb", &words[at]) {
            at += 1;
        } else {
            break;
        }
    }
    let quoted = at < s_end && words[at].kind == WordKind::Punct && words[at].key.chars().next().is_some_and(is_open_quote);
    if quoted {
        at += 1;
    }
    // Not a subject: another verb of saying ("وتابع قائلا"، "وكتبت تقول"), a phrase after a preposition ("اعترف
    // بتوجيه"، "قالت لأول مرة"، "نفى فيه"), a function word.
    // A speech noun is a subject ("وأضاف البيان"، "وجاء في البيان"); a preposition with its pronoun is not ("أكد فيه").
    let qw = QuoteWords::get();
    let subject = |sp: &Arg| {
        let w = &words[sp.word_start];
        let saying = lex.speech.longest(words, sp.word_start, s_end).is_some_and(|(pid, _)| !matches!(lex.speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Noun, .. }));
        no_prep(ctx, sp.word_start) && !lex.is("np_stop", w) && !saying && !qw.is_word(Role::NotSpeaker, w)
    };
    // A quotation mark right after the verb opens either a quoted name (قال "علييف": ...) or the quote itself
    // (وقال "نطلب الصفح من هؤلاء الأشخاص ومن عائلاتهم."، فأجاب "نعم بالتأكيد"): a name only when its phrase ends
    // at a closing quotation mark.
    let closed = |sp: &Arg| !quoted || (sp.word_end < s_end && words[sp.word_end].kind == WordKind::Punct && matches!(words[sp.word_end].key.as_str(), "\"" | "»" | "”"));
    if let Some(mut sp) = np_at_opt(ctx, at, s_end, false).filter(subject).filter(closed) {
        // A title then the person's name, maybe after a comma or a complement: "وزير الخارجية التركي، مولودو
        // جاويش أوغلو،"، "المسؤول في الشركة ألان كراكوفيتش"، "مساعد وزير الخارجية للشؤون القنصلية، السفير سامي الحمد".
        if !ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person) {
            if let Some(e) = apposed_person(ctx, sp.word_end, s_end) {
                sp = Arg { word_start: sp.word_start, word_end: e.1, desc: (ctx.describe)(e.0, e.1) };
            }
        }
        // A person's name the entity finder missed, or ended early, after the title: "وقال المسؤول في الشركة ألان
        // كراكوفيتش إن"، "وقال وزير الداخلية اليميني ماتيو سالفيني إن"، "أكد محافظ كركوك راكان سعيد الجبوري، أن".
        // Not after a name alone: what follows it is an object ("ووصف ترامب هيكس بأنها") or an adverb;
        // after a title and a name cut short it is the rest of the name ("المدعي العام الإيراني، محمد جعفر منتظري").
        // A place or a body ending the phrase is named in full ("ونفت موسكو بشدة أن").
        let alone = ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.word_end == sp.word_end && !(x.is_person && x.word_start > sp.word_start))
            || ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person && x.word_end < sp.word_end);
        if !quoted && !alone {
            if let Some(e) = trailing_name(ctx, sp.word_end, s_end) {
                sp = Arg { word_start: sp.word_start, word_end: e, desc: sp.desc };
            }
        }
        let mut end = sp.word_end;
        if quoted && end < s_end && words[end].kind == WordKind::Punct {
            end += 1;
        }
        // "ونقلت هيئة الإذاعة "مكان" على لسان ليبرمان قوله"، "وأضافت الحركة في تصريحات على لسان المتحدث باسمها
        // حازم قاسم": the one who spoke for the outlet or body.
        if let Some(v) = voice_of(ctx, end, s_end) {
            let e = v.word_end;
            return (Some(v), e);
        }
        // "نقلت وكالة رويترز عن مصدر أمني مصري قوله": the speaker is the one quoted, not the outlet.
        if qw.starts(Role::RelayVerb, &words[cue.0].bare) && end + 1 < s_end && qw.is(Role::RelayFrom, &words[end].bare) {
            if let Some(src) = np_at_opt(ctx, end + 1, s_end, false).filter(|sp| words[sp.word_start].split.enclitic == 0) {
                let e = src.word_end;
                return (Some(src), e);
            }
        }
        return (Some(sp), end);
    }
    // Else the subject stands before the verb, or is a pronoun (the caller takes the last speaker): "وقال "نطلب ...".
    let clause_start = (s_start..cue.0).rev().find(|&k| Lexicon::get().is_form("complementizer", &words[k].bare) || words[k].key == ":").map_or(s_start, |k| k + 1);
    if let Some(e) = ctx.entities_within(clause_start, cue.0).find(|e| e.is_person) {
        let desc = (ctx.describe)(e.word_start, e.word_end);
        return (Some(Arg { word_start: e.word_start, word_end: e.word_end, desc }), cue.1);
    }
    (np_before(ctx, s_start, cue.0).filter(|sp| !ctx.entities_starting(sp.word_start).any(|e| e.is_place && sp.desc.country.is_none())), cue.1)
}

/// The end of a name of at most four words right after a speaker's phrase, closed by a comma, أن/إن or a colon
/// ("المستشار الاقتصادي الأول لترامب لاري كودلو، إن"): the words of a name the entity finder did not read. The first
/// word has no article (a given name, not "الأربعاء" nor an adjective), none carries a preposition or و, and none is a
/// function word, a date, a verb of saying or a quotation mark: "قال المتحدث للصحفيين إن" extends nothing, nor
/// does an object before بأن ("وصف المسؤول الهجوم بأنه").
fn trailing_name(ctx: &Ctx, from: usize, s_end: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let first = words.get(from).filter(|_| from < s_end)?;
    if !first.is_arabic() || first.split.article > 0 {
        return None;
    }
    for k in from..s_end.min(from + 5) {
        let w = &words[k];
        let closes = (w.kind == WordKind::Punct && matches!(w.key.as_str(), "," | "،" | ":")) || (w.is_arabic() && lex.is_form("complementizer", &w.bare) && w.split.conj == 0 && w.split.prep == 0);
        if closes {
            return (k > from).then_some(k);
        }
        let namelike = w.is_arabic()
            && w.bare.chars().count() > 1
            && w.split.prep == 0
            && w.split.conj == 0
            && w.split.enclitic == 0
            && !lex.is("np_stop", w)
            && !lex.is("speaker_adverb", w)
            && ctx.times_starting(k).next().is_none()
            && lex.speech.longest(words, k, s_end).is_none();
        if !namelike {
            return None;
        }
    }
    None
}

/// Whether word `k` carries no preposition. The clitic splitter reads an initial س as the future marker, which a
/// name may start with ("سامي الحمد"، "سيدريك لايتون"): such a word starting a named entity has no preposition.
fn no_prep(ctx: &Ctx, k: usize) -> bool {
    let w = &ctx.a.words[k];
    w.split.prep == 0 || (w.split.future && ctx.entities_starting(k).next().is_some())
}

/// The first person named in words `from..to` as a subject: not after a preposition or a partner's word ("مع
/// الرئيس عبد ربه منصور هادي"), with its title before it when the title directly precedes ("المدعية العامة
/// للمحكمة الجنائية الدولية فاتو بنسودا" gives the name; the scorer and readers want the person).
fn clause_person(ctx: &Ctx, from: usize, to: usize) -> Option<Arg> {
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    let e = ctx.entities_within(from, to).find(|e| e.is_person && no_prep(ctx, e.word_start) && !(e.word_start > from && qw.is(Role::AddresseePrep, &words[e.word_start - 1].bare)))?;
    Some(Arg { word_start: e.word_start, word_end: e.word_end, desc: (ctx.describe)(e.word_start, e.word_end) })
}

/// "على لسان X" within a few words after a speaker, before the content: X, with a person's name in apposition after
/// a title ("على لسان المتحدث باسمها حازم قاسم").
fn voice_of(ctx: &Ctx, from: usize, s_end: usize) -> Option<Arg> {
    let lex = Lexicon::get();
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    for k in from..s_end.min(from + 6) {
        let w = &words[k];
        if w.key == ":" || (w.is_arabic() && lex.is_form("complementizer", &w.bare) && w.split.conj == 0) {
            return None;
        }
        if k + 2 < s_end && qw.is(Role::VoicePrep, &w.key) && qw.is(Role::VoiceNoun, &words[k + 1].key) {
            let mut sp = np_at_opt(ctx, k + 2, s_end, false)?;
            if !ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person) {
                if let Some(e) = apposed_person(ctx, sp.word_end, s_end) {
                    sp = Arg { word_start: sp.word_start, word_end: e.1, desc: (ctx.describe)(e.0, e.1) };
                }
            }
            return Some(sp);
        }
    }
    None
}

/// The speech verb بين read as "between": with a pronoun ("من بينها")، after من/ما/في/الفترة ("في الفترة بين"), or
/// with a word joined by و right after ("محادثات بين ترامب وماكرون").
fn is_between(words: &[rasd_text::Word], cue: (usize, usize), s_start: usize, s_end: usize) -> bool {
    let qw = QuoteWords::get();
    let w = &words[cue.0];
    if cue.1 != cue.0 + 1 || !qw.is(Role::Between, &w.bare) {
        return false;
    }
    w.split.enclitic > 0
        || (cue.0 > s_start && qw.is_word(Role::BetweenBefore, &words[cue.0 - 1]))
        || (cue.1 + 1..s_end.min(cue.1 + 4)).any(|k| words[k].is_arabic() && words[k].split.conj > 0 && (cue.1..k).all(|m| words[m].is_arabic()))
}

/// A person named in apposition within a few words after a title ("وزير الخارجية التركي، مولودو جاويش أوغلو"),
/// before the content starts: its word range. Not after a preposition (the addressee: "قال لنظيره الروسي بوتين").
fn apposed_person(ctx: &Ctx, from: usize, s_end: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    // The last comma seen: a long title ("المتحدث الرسمي بالرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي، أحمد
    // بن محمد المنصوري") may put the name further than 8 words, right after a comma or after definite titles only
    // ("، الجنرال يوري إيفتوشنكو"); not after a clause ("، داعيا أردوغان"، "، الذي ينتمي إليه جونسون").
    let mut comma: Option<usize> = None;
    for k in from..s_end.min(from + 14) {
        if k >= from + 8 && !comma.is_some_and(|c| (c + 1..k).all(|m| words[m].is_arabic() && words[m].split.article > 0 && words[m].split.prep == 0)) {
            return None;
        }
        if is_comma(&words[k]) {
            comma = Some(k);
        }
        let w = &words[k];
        if w.kind == WordKind::Punct && (w.key == ":" || w.key.chars().next().is_some_and(is_open_quote)) {
            return None;
        }
        if w.is_arabic() && (lex.is_form("complementizer", &w.bare) || lex.speech.longest(words, k, s_end).is_some()) {
            return None;
        }
        if let Some(e) = ctx.entities_starting(k).find(|e| e.is_person) {
            let after_prep = !no_prep(ctx, k) || (k > from && qw.is(Role::AddresseePrep, &words[k - 1].bare));
            return (!after_prep).then_some((e.word_start, e.word_end));
        }
    }
    None
}

/// A Latin or Arabic comma.
fn is_comma(w: &Word) -> bool {
    w.kind == WordKind::Punct && matches!(w.key.as_str(), "," | "،")
}

/// The start of what a verb of `object_verb` says as its object, when no أن/إن, colon or quotation follows: the
/// first word after the speaker (`from`), past commas, dates and adverbs and one preposition of `object_prep`
/// ("أكد وزير الخارجية الأردني أيمن الصفدي وقوف بلاده"، "نفى الرئيس الأميركي دونالد ترامب إبرام صفقة"، "أكد الرئيس
/// الفرنسي على ضرورة"); not after a verb with its object pronoun ("أكدها"). It is a noun without a preposition or و, not a function word, a name or another verb of
/// saying ("أكد لهم"، "أعلن وزير"، "نفى ترامب" is a subject the speaker finder took or left).
fn object_content(ctx: &Ctx, cue: (usize, usize), from: usize, s_end: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    if cue.1 != cue.0 + 1 || words[cue.0].split.enclitic > 0 || !qw.is(Role::ObjectVerb, &words[cue.0].bare) {
        return None;
    }
    let mut k = from;
    while k < s_end {
        let w = &words[k];
        if let Some(t) = ctx.times_starting(k).next() {
            k = t.word_end.max(k + 1);
        } else if is_comma(w) || lex.is("speaker_adverb", w) {
            k += 1;
        } else {
            break;
        }
    }
    // Attribution detail between commas after the speaker ("أكدت الخطوط الجوية السعودية، عبر حسابها الرسمي على
    // موقع تويتر الأربعاء، إصلاح العطل"): a phrase opened by a preposition, closed by a comma within ten words.
    let after_comma = k > from && words[k - 1].kind == WordKind::Punct;
    if after_comma && k < s_end && (words[k].split.prep > 0 || lex.is("np_stop", &words[k])) {
        let close = (k + 1..s_end.min(k + 10)).find(|&m| is_comma(&words[m]))?;
        k = close + 1;
    }
    if k < s_end && words[k].is_arabic() && qw.is(Role::ObjectPrep, &words[k].key) {
        k += 1;
    }
    let w = words.get(k).filter(|_| k < s_end)?;
    let noun = w.is_arabic()
        && w.bare.chars().count() > 2
        && w.split.prep == 0
        && w.split.conj == 0
        && !w.split.future
        && !lex.is("np_stop", w)
        && !lex.is_form("complementizer", &w.bare)
        && !qw.is_word(Role::NotSpeaker, w)
        && ctx.entities_starting(k).next().is_none()
        && lex.speech.longest(words, k, s_end).is_none();
    noun.then_some(k)
}

/// A quote attributed after its content or before it by a source phrase: "قتلت امرأة ...، حسبما قال مسؤولون
/// طبيون"، "... وفق ما أعلن الإليزيه في بيان"، "كما أعلن الأربعاء مكتب المدعي العام"، "حسب الشرطة"، "وبحسب المجلس
/// النرويجي للاجئين يفتقر ...". The source is the noun phrase after the cue, past ما, a speech verb and a date; a cue
/// that needs a verb (`that`: حسبما، كما، على ما) gives nothing without one, and a bare source (بحسب X) must name or
/// describe someone (not "بحسب التحقيق"، "وفقا للقانون"). What was said is the sentence before the cue, or, when the
/// cue opens the sentence, what follows the source.
fn attributed(ctx: &Ctx, cue: (usize, usize), introduces: Introduces, s_start: usize, s_end: usize, last_speaker: Option<&Arg>) -> Option<CodedQuote> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let opens = (s_start..cue.0).all(|k| !words[k].is_arabic());
    // "كما أكد ترمب أن ..." at the start of a sentence is "Trump also stressed": the verb's own quote.
    if opens && introduces == Introduces::That {
        return None;
    }
    let mut at = cue.1;
    let qw = QuoteWords::get();
    if at < s_end && qw.is(Role::AttributionMa, &words[at].bare) && words[at].split.conj == 0 {
        at += 1;
    }
    let verb = (at < s_end)
        .then(|| lex.speech.longest(words, at, s_end))
        .flatten()
        .filter(|&(pid, _)| matches!(lex.speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Verb, .. }));
    if let Some((_, n)) = verb {
        at += n;
    } else if introduces == Introduces::That {
        return None;
    }
    while let Some(t) = ctx.times_starting(at).next() {
        at = t.word_end;
    }
    // "وفق ما أفادت به الشرطة"، "وفق ما أعلن عنه مسؤول": the source comes after the verb's pronoun.
    if at < s_end && ((words[at].split.enclitic > 0 && qw.is(Role::VerbPronoun, &words[at].bare)) || qw.is(Role::VerbPronoun, &words[at].key)) {
        at += 1;
    }
    // "كما ذكرت وكالة أنباء روسيا أن ..."، "كما أكدت التحقيقات أن": "also said that", the verb's own quote.
    if introduces == Introduces::That && (at..s_end.min(at + 10)).any(|k| words[k].key == ":" || (lex.is_form("complementizer", &words[k].bare) && words[k].split.conj == 0)) {
        return None;
    }
    // A source after a preposition is no subject ("كما أوضح بتغريدة له"): the verb's subject is the last speaker.
    let prep_next = at >= s_end || !words[at].is_arabic() || words[at].split.prep > 0 || lex.is("np_stop", &words[at]);
    let speaker = match np_at_opt(ctx, at, s_end, verb.is_none()) {
        Some(sp) if no_prep(ctx, sp.word_start) && !lex.is("np_stop", &words[sp.word_start]) => sp,
        _ if verb.is_some() && !opens && prep_next => last_speaker?.clone(),
        _ => return None,
    };
    let (from, to) = if opens {
        let from = (speaker.word_end..s_end).find(|&k| words[k].is_arabic() && !(words[k].split.conj > 0 && qw.is(Role::ContentParticle, &words[k].bare)))?;
        (from, s_end)
    } else {
        ((s_start..cue.0).find(|&k| words[k].is_arabic())?, cue.0)
    };
    let start = words[from].start;
    let mut end = words[to - 1].end;
    while end > start && matches!(ctx.a.chars[end - 1], '.' | '"' | '»' | '”' | ' ' | '\'' | '،' | ',') {
        end -= 1;
    }
    (end > start).then_some(CodedQuote { speaker: Some(speaker), cue: Some(cue), content: (start, end), content_words: (from, to), direct: false, attributed: true })
}

/// A speaker named by a definite title alone ("وأضاف المتحدث"، "وقال الخبير"، "العقيد") is the person an earlier
/// speaker phrase named with that title: its head ("المتحدث باسم التحالف العقيد تركي المالكي" → "المتحدث") or the
/// word just before the name ("... العقيد تركي المالكي" → "العقيد"). The latest such speaker; none, the title.
fn titled_person(ctx: &Ctx, sp: &Arg, named: &[Arg]) -> Option<Arg> {
    let words = &ctx.a.words;
    let head = &words[sp.word_start];
    if sp.word_end - sp.word_start > 2 || head.split.article == 0 || ctx.entities_within(sp.word_start, sp.word_end).next().is_some() {
        return None;
    }
    let qw = QuoteWords::get();
    named
        .iter()
        .rev()
        .find(|n| {
            let Some(name) = ctx.entities_within(n.word_start, n.word_end).find(|e| e.is_person) else { return false };
            // The title's words before the name, in the same phrase: no partner or addressee between ("الوزير
            // الأميركي خلال مؤتمر مع نظيره الياباني تارو كونو" names the Japanese minister).
            let title = n.word_start..name.word_start;
            if title.clone().any(|k| qw.is_word(Role::AddresseePrep, &words[k])) {
                return false;
            }
            // A definite title names a definite title, not a genitive ("الرئيس" is not "رئيس الوزراء" nor
            // "المحامي الشخصي للرئيس"); every word of the title is there ("الرئيس الأميركي" is not "الرئيس الفرنسي").
            let same = |k: usize, w: &rasd_text::Word| words[k].split.prep == 0 && words[k].bare == w.bare;
            let head_at = if title.contains(&(name.word_start.wrapping_sub(1))) && same(name.word_start - 1, head) { name.word_start - 1 } else { n.word_start };
            words[head_at].split.article > 0
                && same(head_at, head)
                && (sp.word_start + 1..sp.word_end).all(|m| title.clone().any(|k| words[k].is_arabic() && words[k].bare == words[m].bare))
        })
        .cloned()
}

/// The speaker of a verb of saying without a subject ("وقال إن"، "وأضافت:"): the speaker of the last quote when it
/// was in this sentence or the one before (the chain of وقال … وأضاف … وتابع), else, for a verb that opens its
/// sentence with no subject after it, the person the previous sentence opens with as its subject (the one who acted
/// or was introduced just before: "وذكر فيل بريانت حاكم ولاية مسيسبي حالة الطوارئ أيضا. وقال في بيان إن ..."),
/// else the last speaker.
fn pronoun_speaker(ctx: &Ctx, s: usize, cue: (usize, usize), kind: SpeechKind, last_speaker: Option<&Arg>, last_sent: usize) -> Option<Arg> {
    if last_speaker.is_some() && last_sent + 1 >= s {
        return last_speaker.cloned();
    }
    if s > 0 && kind == SpeechKind::Verb && opens_without_subject(ctx, s, cue) {
        if let Some(p) = opening_person(ctx, s - 1) {
            return Some(p);
        }
    }
    last_speaker.cloned()
}

/// Whether the verb `cue` opens sentence `s` (nothing Arabic before it: its و is a clitic) and no noun follows it
/// as a subject: next come أن/إن, a colon, a quotation mark, a preposition or a function word ("وقال في بيان إن"،
/// "وأضاف: "). "وقال أحد المصدرين إن" has its own subject; "وكان مركز الأعاصير قد قال" does not open the sentence.
fn opens_without_subject(ctx: &Ctx, s: usize, cue: (usize, usize)) -> bool {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    if (r.start..cue.0).any(|k| words[k].is_arabic()) {
        return false;
    }
    let mut at = cue.1;
    while at < r.end && (lex.is("speaker_adverb", &words[at]) || ctx.times_starting(at).next().is_some()) {
        at = ctx.times_starting(at).next().map_or(at + 1, |t| t.word_end.max(at + 1));
    }
    let Some(w) = words.get(at).filter(|_| at < r.end) else { return true };
    !w.is_arabic() || (w.split.prep > 0 && ctx.entities_starting(at).next().is_none()) || lex.is("np_stop", w) || lex.is_form("complementizer", &w.bare)
}

/// The person sentence `s` opens with as a subject: the first person it names within fifteen words, not after أن/إن
/// (not "وأوضحت أن ترامب") and with no partner's or addressee's preposition between the last comma before it and
/// it, nor a word with a preposition ("وأبدت أسفها لكون تركيا عاملت القس برانسون") ("وفي أعقاب اجتماع لجنة "كوبرا"، دعت وزيرة الداخلية أمبير رود"، "وقد بدأ الكاتب التلفزيوني الإيراني، أمير
/// مهدي جلو، حملة" name the subject; "ورفض القاضي الطلب على الرغم من تأييد النائب العام جودي ويلسون" does not).
fn opening_person(ctx: &Ctx, s: usize) -> Option<Arg> {
    let lex = Lexicon::get();
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    let p = clause_person(ctx, r.start, r.end.min(r.start + 15))?;
    if (r.start..p.word_start).any(|k| words[k].is_arabic() && lex.is_form("complementizer", &words[k].bare)) {
        return None;
    }
    let from = (r.start..p.word_start).rev().find(|&k| is_comma(&words[k])).map_or(r.start, |k| k + 1);
    (from..p.word_start).all(|k| !qw.is_word(Role::AddresseePrep, &words[k]) && words[k].split.prep == 0).then_some(p)
}

pub fn find_quotes(ctx: &Ctx) -> Vec<CodedQuote> {
    let lex = Lexicon::get();
    let qw = QuoteWords::get();
    let a = ctx.a;
    let words = &a.words;
    let mut out: Vec<CodedQuote> = vec![];
    let mut last_speaker: Option<Arg> = None;
    // The sentence of `last_speaker`.
    let mut last_sent = 0;
    // Speakers named with a person's name, in text order (for `titled_person`).
    let mut named: Vec<Arg> = vec![];
    for s in 0..a.sentences.len() {
        let r = a.sentence_words(s);
        let span = a.sentences[s];
        let mut i = r.start;
        let sentence_quotes = out.len();
        while i < r.end {
            if !words[i].is_arabic() {
                i += 1;
                continue;
            }
            let Some((pid, n)) = lex.speech.longest(words, i, r.end) else {
                i += 1;
                continue;
            };
            let Payload::Speech { kind, introduces } = lex.speech.patterns[pid].payload else {
                i += n;
                continue;
            };
            let cue = (i, i + n);
            i += n;
            // A verb never carries the article nor follows a preposition: "الكشف عن"، "التابع"، "في كشف اسمه" are nouns.
            if kind == SpeechKind::Verb && (words[cue.0].split.article > 0 || (cue.0 > r.start && qw.is(Role::NounBefore, &words[cue.0 - 1].bare)) || is_between(words, cue, r.start, r.end)) {
                continue;
            }
            if kind == SpeechKind::Attribution {
                // After a speech verb of the sentence, an attribution names the verb's source ("وقال المصدر، وفق ما
                // نقلت سانا، إن ..."، "وأكد سلامة أنه ...، بحسب موقع البعثة"): the verb's quote holds the content.
                if out[sentence_quotes..].iter().any(|q| !q.attributed && q.cue.is_some_and(|c| c.0 < cue.0)) {
                    continue;
                }
                if let Some(q) = attributed(ctx, cue, introduces, r.start, r.end, last_speaker.as_ref()) {
                    i = i.max(q.content_words.1);
                    out.push(q);
                }
                continue;
            }
            if kind == SpeechKind::Noun {
                continue;
            }
            // Only this sentence's quotes are looked at (linear cost: a sentence is at most 600 characters).
            let said_in_sentence = out[sentence_quotes..].iter().any(|q| q.cue.is_some_and(|c| c.0 >= r.start && c.0 < cue.0) && q.speaker.is_some());
            let speaker_and_end = speaker_of(ctx, kind, cue, r.start, r.end);
            let (mut speaker, mut j) = speaker_and_end;
            if let Some(sp) = &speaker {
                if ctx.entities_within(sp.word_start, sp.word_end).any(|e| e.is_person) {
                    named.push(sp.clone());
                } else if let Some(n) = titled_person(ctx, sp, &named) {
                    speaker = Some(n);
                }
            }
            // A participle (مشددا، لافتة إلى أن) speaks for the subject of its sentence's clause: the speaker of an
            // earlier quote of the sentence, else the first person the sentence names before it ("حذر الرئيس
            // الأمريكي دونالد ترامب ...، مشددا على أن"), not a speaker of an earlier sentence.
            if speaker.is_none() && kind == SpeechKind::Participle && !said_in_sentence {
                speaker = clause_person(ctx, r.start, cue.0);
            }
            if speaker.is_none() {
                speaker = pronoun_speaker(ctx, s, cue, kind, last_speaker.as_ref(), last_sent);
            }
            // "أعرب عن X": what was said is the noun phrase after عن, to the end of its clause (else, كشف أن, a
            // clause as below).
            if introduces == Introduces::NounPhrase {
                // Not the عن of the speaker's own phrase ("كشف تقرير صادر عن البنك المركزي أن").
                if let Some(k) = (j..r.end.min(j + 4)).find(|&k| qw.is(Role::ExpressedAbout, &words[k].key) && !(k > 0 && qw.starts(Role::IssuedBy, &words[k - 1].bare))) {
                    if k + 1 < r.end {
                        let start = words[k + 1].start;
                        let stop = (k + 1..r.end).find(|&m| words[m].kind == WordKind::Punct && matches!(words[m].key.as_str(), "," | "." | ";")).unwrap_or(r.end);
                        let end = words[stop - 1].end;
                        if speaker.is_some() {
                            last_speaker = speaker.clone();
                            last_sent = s;
                        }
                        out.push(CodedQuote { speaker, cue: Some(cue), content: (start, end), content_words: (k + 1, stop), direct: false, attributed: false });
                        i = i.max(stop);
                        continue;
                    }
                }
            }
            // Skip attribution detail up to the complement: a comma, a title after the name, then إن/أن or ":".
            let mut content_start = None;
            let mut direct = false;
            let mut k = j;
            // A verb of "that" (نفى، أشار، اعترف ...) has its complement close, after an object or a preposition at
            // most; a verb of saying may have long attribution detail first.
            let window = if introduces == Introduces::That { WINDOW_THAT } else { WINDOW };
            while k < r.end && k < j + window {
                let w = &words[k];
                // Another verb of saying starts its own quote ("ونفى المتهم أي صلة، لكن الشرطة قالت إنه ...").
                if k > j && w.is_arabic() && w.split.article == 0 && !qw.is(Role::AttributionBefore, &words[k - 1].bare) && !is_between(words, (k, k + 1), r.start, r.end) && lex.speech.longest(words, k, r.end).is_some_and(|(pid, _)| matches!(lex.speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Verb, .. })) {
                    break;
                }
                if w.kind == WordKind::Punct && w.key == ":" {
                    let mut m = k + 1;
                    while m < r.end && words[m].kind == WordKind::Punct {
                        direct |= words[m].key.chars().next().is_some_and(is_open_quote);
                        m += 1;
                    }
                    content_start = (m < r.end).then_some(m);
                    break;
                }
                // A short quoted name in the attribution ("لموقع "24" الإماراتي، أن"، عملية "غصن الزيتون") is no content.
                let closes_soon = |m: usize| (m + 1..r.end.min(m + 5)).find(|&x| words[x].kind == WordKind::Punct && matches!(words[x].key.as_str(), "\"" | "»" | "”")).filter(|&x| x + 1 < r.end && words[x + 1].is_arabic());
                let opens = w.kind == WordKind::Punct && w.key.chars().next().is_some_and(is_open_quote);
                if let Some(x) = closes_soon(k).filter(|_| opens) {
                    k = x + 1;
                    continue;
                }
                if opens && k + 1 < r.end {
                    direct = true;
                    content_start = Some(k + 1);
                    break;
                }
                if w.is_arabic() && lex.is_form("complementizer", &w.bare) && w.split.conj == 0 {
                    content_start = if qw.is(Role::ContentThat, &w.bare) { (k + 1 < r.end).then_some(k + 1) } else { Some(k) };
                    break;
                }
                k += 1;
            }
            // No clause nor quotation: a verb like أكد or نفى may say its object ("أكد الوزير وقوف بلاده").
            let object = content_start.is_none();
            let Some(cs) = content_start.or_else(|| object_content(ctx, cue, j, r.end)) else { continue };
            j = cs;
            let start = words[j].start;
            // Content: to the closing quote or the sentence end; an object to the end of its clause (the comma
            // before "مضيفا أنه ..." that starts another quote).
            let mut end = span.end;
            if object {
                if let Some(c) = (j..r.end).find(|&m| words[m].kind == WordKind::Punct && matches!(words[m].key.as_str(), "," | "،" | ";" | "؛")) {
                    end = words[c].start;
                }
            }
            if direct {
                if let Some(q) = (j..r.end).find(|&m| words[m].kind == WordKind::Punct && matches!(words[m].key.as_str(), "\"" | "»" | "”")) {
                    end = words[q].start;
                }
            }
            while end > start && matches!(a.chars[end - 1], '.' | '"' | '»' | '”' | ' ' | '\'') {
                end -= 1;
            }
            if end <= start {
                continue;
            }
            if speaker.is_some() {
                last_speaker = speaker.clone();
                last_sent = s;
            }
            let last_word = words[j..r.end].partition_point(|w| w.start < end) + j;
            out.push(CodedQuote { speaker, cue: Some(cue), content: (start, end), content_words: (j, last_word), direct, attributed: false });
            // One quote per speech verb; a later verb in the same sentence may start another.
            i = i.max(j);
        }
    }
    // A quote attributed after its content starts before the sentence's earlier cues: text order by content.
    out.sort_by_key(|q| q.content_words.0);
    out
}
