//! Quotes: direct speech in quotation marks and indirect speech after a verb of saying, with the speaker.

use crate::lexicon::{Introduces, Lexicon, Payload, SpeechKind};
use crate::np::{np_at_opt, np_before};
use crate::quote_words::{FemaleNames, ObjectVerbs, QuoteWords, Role};
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
    // "وجاء في البيان إن ..."، "وورد في البيان": a cue ending in a noun of saying with the article names the statement
    // already reported as what speaks (GUIDE.md: the speaker mention of the quote's sentence), not its issuer.
    if cue.1 > cue.0 + 1 && words[cue.1 - 1].split.article > 0 && words[cue.1 - 1].split.prep == 0 {
        let noun = lex.speech.longest(words, cue.1 - 1, s_end).is_some_and(|(pid, n)| n == 1 && matches!(lex.speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Noun, .. }));
        if noun {
            let k = cue.1 - 1;
            return (Some(Arg { word_start: k, word_end: k + 1, desc: (ctx.describe)(k, k + 1) }), cue.1);
        }
    }
    let mut at = cue.1;
    // A date or an adverb between the verb and its subject ("كشف الأسبوع الماضي أنه"، "أعلن مسبقا").
    while at < s_end && partitive_np(ctx, at, s_end).is_none() {
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
        // "وتابعت قولها:"، "وكرر البيت الأبيض القول إن": a noun of saying with the speaker's pronoun or the article
        // is the verb's object.
        let own = (w.split.enclitic > 0 || w.split.article > 0) && qw.is(Role::OwnWords, &w.bare);
        no_prep(ctx, sp.word_start) && !lex.is("np_stop", w) && !saying && !own && !qw.is_word(Role::NotSpeaker, w) && !qw.is(Role::Manner, &w.bare)
    };
    // A quotation mark right after the verb opens either a quoted name (قال "علييف": ...) or the quote itself
    // (وقال "نطلب الصفح من هؤلاء الأشخاص ومن عائلاتهم."، فأجاب "نعم بالتأكيد"): a name only when its phrase ends
    // at a closing quotation mark.
    let closed = |sp: &Arg| !quoted || (sp.word_end < s_end && words[sp.word_end].kind == WordKind::Punct && matches!(words[sp.word_end].key.as_str(), "\"" | "»" | "”"));
    if let Some(mut sp) = partitive_np(ctx, at, s_end).or_else(|| np_at_opt(ctx, at, s_end, false).filter(subject)).filter(closed) {
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
        // A title's country or body ends its phrase, not the speaker's name ("نائب وزير الخارجية الرواندي"،
        // "المتحدثة باسم وزارة الأمن الداخلي، كاتي والدمان،").
        let titled = title_word(&words[sp.word_start]);
        let alone = ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.word_end == sp.word_end && !((x.is_person || titled) && x.word_start > sp.word_start))
            || ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person && x.word_end < sp.word_end);
        if !quoted && !alone {
            if let Some(e) = trailing_name(ctx, sp.word_end, s_end) {
                sp = Arg { word_start: sp.word_start, word_end: e, desc: sp.desc };
            } else if let Some(e) = apposed_name(ctx, &sp, s_end) {
                sp = Arg { word_start: sp.word_start, word_end: e, desc: sp.desc };
            } else if let Some((b, e)) = complement_name(ctx, &sp, s_end) {
                // The name alone: the complement names the body, place or person the title is of ("المستشار
                // الاقتصادي الأول لترامب لاري كودلو"), not the speaker.
                sp = Arg { word_start: b, word_end: e, desc: (ctx.describe)(b, e) };
            } else if let Some(e) = comma_name(ctx, &sp, s_end) {
                sp = Arg { word_start: sp.word_start, word_end: e, desc: sp.desc };
            }
        }
        sp.word_end = hyphen_joined(ctx, sp.word_end, s_end);
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
        // "كما نقلت الوكالة عنه القول": the one quoted is the pronoun's, the last speaker's.
        if qw.starts(Role::RelayVerb, &words[cue.0].bare) && end < s_end && qw.is(Role::RelayFrom, &words[end].bare) && words[end].split.enclitic > 0 {
            return (None, end + 1);
        }
        // "نقلت وكالة رويترز عن مصدر أمني مصري قوله": the speaker is the one quoted, not the outlet.
        if let Some(src) = relayed_source(ctx, cue, end, s_end).filter(|sp| words[sp.word_start].split.enclitic == 0) {
            let e = src.word_end;
            return (Some(src), e);
        }
        return (Some(sp), end);
    }
    // Else the subject stands before the verb, or is a pronoun (the caller takes the last speaker): "وقال "نطلب ...".
    let clause_start = (s_start..cue.0).rev().find(|&k| is_that(&words[k]) || words[k].key == ":").map_or(s_start, |k| k + 1);
    // A relative clause: the verb's subject is the known phrase its relative pronoun follows ("بيان الوزارة التي ذكرت
    // بأن"، "ترامب، الذي أكد أن"), not a person named earlier in the clause. Not a verb with an object pronoun (the
    // phrase is its object: "الحكومة التي يتهمها بأنها") nor one a preposition with a pronoun follows (the phrase is
    // what was said: "بتصريحه الذي قال فيه إن").
    // The pronoun agrees with the verb ("الذين قال إن" speaks of them: another's words) and carries no و ("العضو عن
    // ولاية فرجينيا، والذي قال" goes back past the nearest phrase).
    let rel = &words[cue.0.saturating_sub(1)];
    let rel_agrees = || {
        let number = if rel.key.ends_with("ين") { if rel.key == rasd_text::key("الذين") { "pl" } else { "du" } } else if rel.key.starts_with("الت") { "f" } else { "m" };
        number == "du" || number == verb_gender(&words[cue.0], kind, true)
    };
    if cue.0 > clause_start + 1 && lex.is("relative", rel) && rel.split.conj == 0 && rel_agrees() && words[cue.0].split.enclitic == 0 && !(cue.1 < s_end && qw.is_word(Role::NotSpeaker, &words[cue.1])) {
        let ant = if is_comma(&words[cue.0 - 2]) { cue.0 - 2 } else { cue.0 - 1 };
        if let Some(sp) = np_before(ctx, clause_start, ant) {
            return (Some(sp), cue.1);
        }
    }
    // "لكن بعض الخبراء يقولون إن"، "بعض الصحف قالت إن": a part of a group right before the verb.
    if let Some(p) = (cue.0.saturating_sub(6).max(clause_start)..cue.0).find_map(|k| partitive_np(ctx, k, cue.0).filter(|p| p.word_end == cue.0)) {
        return (Some(p), cue.1);
    }
    if let Some(e) = ctx.entities_within(clause_start, cue.0).find(|e| e.is_person) {
        let desc = (ctx.describe)(e.word_start, e.word_end);
        return (Some(Arg { word_start: e.word_start, word_end: e.word_end, desc }), cue.1);
    }
    (np_before(ctx, s_start, cue.0).filter(|sp| !ctx.entities_starting(sp.word_start).any(|e| e.is_place && sp.desc.country.is_none())), cue.1)
}

/// An indefinite part of a group and the group in construct after it, starting at word `i` ("أحد أولياء الأمور"،
/// "أحد المقاتلين"، "بعض الخبراء"; quote_words.tsv `partitive`): the quantifier alone stops a noun phrase (أحد is
/// also a day's name), so the phrase is read here. None without such a group right after it ("لم يقل أحد إن").
fn partitive_np(ctx: &Ctx, i: usize, limit: usize) -> Option<Arg> {
    let (lex, words) = (Lexicon::get(), &ctx.a.words);
    if i + 1 >= limit {
        return None;
    }
    let (w, n) = (&words[i], &words[i + 1]);
    let plain = |w: &Word| w.is_arabic() && w.split.prep == 0 && w.split.enclitic == 0 && w.split.article == 0;
    if !plain(w) || !QuoteWords::get().is_word(Role::Partitive, w) || !n.is_arabic() || n.split.conj > 0 || n.split.prep > 0 || n.split.enclitic > 0 {
        return None;
    }
    if lex.is("np_stop", n) || lex.speech.longest(words, i + 1, limit).is_some() {
        return None;
    }
    let g = np_at_opt(ctx, i + 1, limit, false)?;
    Some(Arg { word_start: i, word_end: g.word_end, desc: (ctx.describe)(i, g.word_end) })
}

/// The one quoted after عن of a relaying verb whose outlet's phrase ends at `end`: "نقلت وكالة رويترز عن مصدر أمني".
/// Between the outlet and عن may stand what belongs to the outlet: its short name in parentheses or quotation marks
/// ("نقلت وكالة الأنباء الفلسطينية (وفا) عن آبي"، "نقلت هيئة الإذاعة البريطانية "بي بي سي" عن"), a second outlet
/// ("ونقلت وكالة "رويترز" وصحيفة "واشنطن بوست" عن")، a date or an aside between commas ("ونقلت رويترز، في وقت
/// سابق، عن"، "نقلت وكالة "مهر"، القريبة من المحافظين، عن"): عن then follows a punctuation mark or a date, never a
/// noun ("نقلت الوكالة تقريرا عن الوضع" reports on a topic). Not past أن/إن, a colon or another verb of saying.
fn relayed_source(ctx: &Ctx, cue: (usize, usize), end: usize, s_end: usize) -> Option<Arg> {
    let (lex, qw, words) = (Lexicon::get(), QuoteWords::get(), &ctx.a.words);
    if !qw.starts(Role::RelayVerb, &words[cue.0].bare) {
        return None;
    }
    let mut k = end;
    while k + 1 < s_end && k < end + 12 {
        let w = &words[k];
        if qw.is(Role::RelayFrom, &w.bare) && w.split.conj == 0 && w.split.enclitic == 0 {
            if k == end || words[k - 1].kind == WordKind::Punct || (k > end && ctx.times_covering(k - 1).any(|t| t.word_end == k)) {
                // A title then the name of the one quoted ("عن المتحدث باسم الرئاسة الفلسطينية نبيل أبو ردينة").
                let mut src = partitive_np(ctx, k + 1, s_end).or_else(|| np_at_opt(ctx, k + 1, s_end, false))?;
                if !ctx.entities_within(src.word_start, src.word_end).any(|x| x.is_person) {
                    if let Some(e) = apposed_person(ctx, src.word_end, s_end) {
                        src = Arg { word_start: src.word_start, word_end: e.1, desc: (ctx.describe)(e.0, e.1) };
                    }
                }
                return Some(src);
            }
            return None;
        }
        if w.key == ":" || (w.is_arabic() && (is_that(w) || lex.speech.longest(words, k, s_end).is_some())) {
            return None;
        }
        k += 1;
    }
    None
}

/// The end of a name of at most four words right after a speaker's phrase, closed by a comma, أن/إن or a colon
/// ("المستشار الاقتصادي الأول لترامب لاري كودلو، إن"): the words of a name the entity finder did not read. The first
/// word has no article (a given name, not "الأربعاء" nor an adjective), none carries a preposition or و, and none is a
/// function word, a date, a verb of saying or a quotation mark: "قال المتحدث للصحفيين إن" extends nothing, nor
/// does an object before بأن ("وصف المسؤول الهجوم بأنه").
fn trailing_name(ctx: &Ctx, from: usize, s_end: usize) -> Option<usize> {
    trailing_name_until(ctx, from, s_end, false, false)
}

/// The name of `trailing_name` set off by commas after a title (`apposed_name`, `comma_name`): there the words of a
/// foreign name the clitic splitter reads a ك، ل، ب or و on are the name's ("المتحدثة باسم وزارة الأمن الداخلي، كاتي
/// والدمان،"); two words at least, closed by a comma.
/// Not a word of a place or a body the entity finder read ("وأضاف المتحدث، لوكالة فرانس برس، أن").
fn comma_closed_name(ctx: &Ctx, from: usize, s_end: usize) -> Option<usize> {
    let plain = |e: usize| e >= from + 2 && (from..e).all(|k| ctx.entities_covering(k).all(|x| x.is_person));
    trailing_name(ctx, from, s_end).or_else(|| trailing_name_until(ctx, from, s_end, false, true).filter(|&e| plain(e))).filter(|&e| is_comma(&ctx.a.words[e]))
}

/// The end of a name of `trailing_name` that ends its sentence, after a source's title at the end of it ("بحسب ما
/// أكد محافظ كركوك راكان سعيد الجبوري."): the sentence's closing stop closes it too.
fn final_name(ctx: &Ctx, from: usize, s_end: usize) -> Option<usize> {
    let words = &ctx.a.words;
    let stop = (from..s_end).rev().find(|&k| words[k].kind != WordKind::Punct).map_or(from, |k| k + 1);
    let closed = (stop..s_end).all(|k| matches!(words[k].key.as_str(), "." | "!" | "؟"));
    // Not a second source, the verb's object ("بحسب ما أفاد مصدر أمني وكالة فرانس برس").
    let source = |w: &Word| QuoteWords::get().is(Role::SourceHead, &w.bare);
    let ok = stop > from && stop <= from + 4 && closed && words[from].is_arabic() && !source(&words[from]) && !definite(ctx, from) && (from..stop).all(|k| namelike(ctx, k, s_end));
    ok.then_some(stop)
}

/// A word that can be part of a name `trailing_name` reads: no preposition, و or pronoun written on it, not a
/// function word, an adverb, a date or a verb of saying.
fn namelike(ctx: &Ctx, k: usize, s_end: usize) -> bool {
    namelike_as(ctx, k, s_end, false)
}

/// `namelike`; with `clitics`, a word the splitter reads a preposition or و on may be part of the name.
fn namelike_as(ctx: &Ctx, k: usize, s_end: usize, clitics: bool) -> bool {
    let (lex, words) = (Lexicon::get(), &ctx.a.words);
    let w = &words[k];
    w.is_arabic()
        && w.bare.chars().count() > 1
        && (clitics || (w.split.prep == 0 && w.split.conj == 0))
        && w.split.enclitic == 0
        && !name_stop(ctx, k)
        && !lex.is("speaker_adverb", w)
        && !QuoteWords::get().is_word(Role::NotSpeaker, w)
        && ctx.times_starting(k).next().is_none()
        && lex.speech.longest(words, k, s_end).is_none()
}

/// `trailing_name`, where a date may close the name too (`date_closes`: after a title's complement, "علي شمخاني
/// السبت لدى استقباله").
fn trailing_name_until(ctx: &Ctx, from: usize, s_end: usize, date_closes: bool, clitics: bool) -> Option<usize> {
    let words = &ctx.a.words;
    let first = words.get(from).filter(|_| from < s_end)?;
    if !first.is_arabic() || definite(ctx, from) {
        return None;
    }
    for k in from..s_end.min(from + 5) {
        let w = &words[k];
        // A person's age in parentheses closes the name too: "وعلقت الباحثة الموسيقية نادين (36 عاما)".
        let age = w.key == "(" && words.get(k + 1).is_some_and(|n| k + 1 < s_end && (n.kind == WordKind::Number || n.bare.chars().all(|c| c.is_ascii_digit())));
        let closes = age
            || (w.kind == WordKind::Punct && matches!(w.key.as_str(), "," | "،" | ":"))
            || (w.is_arabic() && is_that(w) && w.split.conj == 0 && w.split.prep == 0)
            || (date_closes && ctx.times_starting(k).next().is_some());
        if closes {
            return (k > from).then_some(k);
        }
        if !namelike_as(ctx, k, s_end, clitics) {
            return None;
        }
    }
    None
}

/// The end of a name the entity finder did not read, set off by commas after a person's title ("وقال وزير
/// الإعلام الإريتري، يماني جبر مسكل، في حسابه"، "أكد نائب رئيس الوزراء الروسي، أركادي دفوركوفيتش، الجمعة، أن"):
/// the title phrase opens with a title word (data/events/words.tsv title_head) and names no person (after "،
/// تيريزا ماي،" comes an adverb or an object: "، بشكل رسمي،"), and the name of `trailing_name`
/// after the comma is closed by another comma (an aside, "، ردا على سؤال،", stops at its preposition).
fn apposed_name(ctx: &Ctx, sp: &Arg, s_end: usize) -> Option<usize> {
    let words = &ctx.a.words;
    let k = sp.word_end;
    if k + 1 >= s_end || !is_comma(&words[k]) || !title_word(&words[sp.word_start]) || ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person) {
        return None;
    }
    comma_closed_name(ctx, k + 1, s_end)
}

/// The end of a person's name the entity finder did not read, after a title's complement and a comma, with a rank
/// before it maybe ("وقال قائد اللواء 143 مشاة في الجيش اليمني، العميد ذياب القبلي، إن"، "قالت مبعوثة الأمم
/// المتحدة المعنية بالعنف الجنسي في حالات الصراع، براميلا باتن، التي"): the phrase opens with a title word or its
/// feminine (title_head + ة) and names no person; the complement, at most twelve words, holds no function word but
/// the prepositions of `title_prep`, no addressee's preposition, no date, verb of saying or complementizer; after the
/// comma, the words of `rank` (quote_words.tsv), then a name of `trailing_name` closed by a comma or a
/// complementizer, or a person's entity.
fn comma_name(ctx: &Ctx, sp: &Arg, s_end: usize) -> Option<usize> {
    let (lex, qw, words) = (Lexicon::get(), QuoteWords::get(), &ctx.a.words);
    let head = &words[sp.word_start];
    let title = |w: &Word| office_word(w) || w.bare.strip_suffix('ه').is_some_and(|m| lex.is_form("title_head", m));
    // A bare given name that reads as a title ("ونفت أمينة غريب فقيم، رئيسة جمهورية موريشيوس") is no title: the
    // title carries the article or heads a construct.
    if !title(head) || (sp.word_end - sp.word_start < 2 && !definite(ctx, sp.word_start)) || ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person) {
        return None;
    }
    let mut k = sp.word_end;
    while k < s_end && !is_comma(&words[k]) {
        let w = &words[k];
        let number = w.kind == WordKind::Number || w.bare.chars().all(|c| c.is_ascii_digit());
        let ok = number
            || (w.is_arabic()
                && w.split.enclitic == 0
                && (!lex.is("np_stop", w) || (w.split.conj == 0 && w.split.prep == 0 && qw.is(Role::TitlePrep, &w.bare)))
                && !(w.split.conj == 0 && w.split.prep == 0 && qw.is(Role::AddresseePrep, &w.bare) && !qw.is(Role::TitlePrep, &w.bare))
                && !is_that(w)
                && lex.speech.longest(words, k, s_end).is_none()
                && ctx.times_starting(k).next().is_none()
                && !ctx.entities_starting(k).any(|e| e.is_person));
        if !ok || k >= sp.word_end + 12 {
            return None;
        }
        k += 1;
    }
    if k >= s_end {
        return None;
    }
    let mut n = k + 1;
    while n < s_end && words[n].is_arabic() && words[n].split.prep == 0 && words[n].split.conj == 0 && qw.is(Role::Rank, &words[n].bare) {
        n += 1;
    }
    if let Some(e) = ctx.entities_starting(n).find(|e| e.is_person && e.word_end <= s_end) {
        return Some(e.word_end);
    }
    // Another title after the comma is an aside on the phrase, not a name.
    if n >= s_end || title(&words[n]) {
        return None;
    }
    trailing_name(ctx, n, s_end).filter(|&e| is_comma(&words[e]) || is_that(&words[e])).or_else(|| comma_closed_name(ctx, n, s_end))
}

/// The end of a person's name the entity finder did not read after a title's complement: the title phrase opens
/// with a title word and names no person, a preposition opens the complement (`title_prep` of quote_words.tsv or a
/// clitic ل/ب: "المسؤول في الشركة"، "رئيس المجلس الأعلى للأمن القومي"، "ممثل مفوضية الأمم المتحدة لشؤون اللاجئين في
/// سوريا"), whose words are definite nouns, names of places or bodies, or another such preposition, at most six; the
/// name follows (`trailing_name`, closed also by a date). "قال الوزير في مؤتمر صحفي إن" has no definite complement.
fn complement_name(ctx: &Ctx, sp: &Arg, s_end: usize) -> Option<(usize, usize)> {
    let (lex, qw, words) = (Lexicon::get(), QuoteWords::get(), &ctx.a.words);
    if !title_word(&words[sp.word_start]) || ctx.entities_within(sp.word_start, sp.word_end).any(|x| x.is_person) {
        return None;
    }
    let plain = |k: usize| {
        let w = &words[k];
        w.is_arabic() && w.split.enclitic == 0 && w.split.conj == 0 && !name_stop(ctx, k) && lex.speech.longest(words, k, s_end).is_none() && ctx.times_starting(k).next().is_none()
    };
    let prep_word = |k: usize| words[k].is_arabic() && words[k].split.conj == 0 && words[k].split.prep == 0 && qw.is(Role::TitlePrep, &words[k].bare);
    let first = sp.word_end;
    if first >= s_end || !(prep_word(first) || definite(ctx, first) || (words[first].is_arabic() && words[first].split.prep > 0 && !words[first].split.future)) {
        return None;
    }
    let mut k = first;
    let mut is_definite = false;
    while k < s_end && k < sp.word_end + 7 {
        if prep_word(k) {
            is_definite = false;
            k += 1;
            continue;
        }
        if !plain(k) {
            return None;
        }
        // A place or a body, or a person after a preposition ("لترامب"): whom the title is of.
        if let Some(e) = ctx.entities_starting(k).find(|e| (!e.is_person || words[k].split.prep > 0) && e.word_end <= s_end) {
            is_definite = true;
            k = e.word_end;
            continue;
        }
        let w = &words[k];
        let opens = k == sp.word_end;
        // The first word of the complement may carry its preposition ("لشؤون اللاجئين"); later ones are definite
        // ("بريان هووك" after "في وزارة الخارجية" is a name, its ب no preposition).
        if definite(ctx, k) || (opens && w.split.prep > 0 && !w.split.future) {
            is_definite = definite(ctx, k) || is_definite;
            k += 1;
            continue;
        }
        break;
    }
    if k == sp.word_end || !is_definite || ctx.entities_starting(k).any(|e| !e.is_person) {
        return None;
    }
    trailing_name_until(ctx, k, s_end, true, false).map(|e| (k, e))
}

/// The end of a person's name written with a hyphen the entity finder split ("برايوث تشان-أوشا"، "كانغ كيونغ-وا"):
/// past each hyphen written with no space and the word after it, when the phrase ends in a person's name.
fn hyphen_joined(ctx: &Ctx, end: usize, s_end: usize) -> usize {
    let words = &ctx.a.words;
    if end == 0 || !ctx.entities_covering(end - 1).any(|e| e.is_person) {
        return end;
    }
    let mut e = end;
    while e + 1 < s_end && words[e].key == "-" && words[e].start == words[e - 1].end && words[e + 1].start == words[e].end && words[e + 1].is_arabic() {
        e += 2;
    }
    e
}

/// A title's head word: data/events/words.tsv `title_head`, or a rank of quote_words.tsv `rank` ("العقيد الركن، صادق
/// دويد"، "شيخ مشايخ قبيلة شمر").
/// Or a noun of trade or role of `person_title` ("طبيب المنتخب البرازيلي رودريغو لاسمر"، "محامي السكان علاء محاجنة").
fn title_word(w: &Word) -> bool {
    office_word(w) || (w.split.prep == 0 && QuoteWords::get().is(Role::PersonTitle, &w.bare))
}

/// A title's head word of an office (`title_head`) or a rank (`rank`), not a trade: only such a title may be followed
/// by a long complement before the comma and the name (`comma_name`; "ويروي الكاتب تفاصيل قتل علماء نوويين إيرانيين
/// مثل، داريوش رضا نجاد" names the writer's subject, not the writer).
fn office_word(w: &Word) -> bool {
    Lexicon::get().is("title_head", w) || (w.split.prep == 0 && QuoteWords::get().is(Role::Rank, &w.bare))
}

/// Whether word `k` carries the article: a word written with a hamza on its alif is no article ("ألان"، "إلهام").
fn definite(ctx: &Ctx, k: usize) -> bool {
    let w = &ctx.a.words[k];
    w.split.article > 0 && !(w.split.conj == 0 && w.split.prep == 0 && matches!(ctx.a.chars.get(w.start), Some('أ' | 'إ' | 'آ')))
}

/// Whether word `k` stops a name of `trailing_name` or a title's complement: a function word of `np_stop`, but not a
/// name written with a hamza on its alif that reads as one only with its first letters taken for the article ("ألان"
/// folds to الان, ال + ان, أن; "إلى" is a stop as written).
fn name_stop(ctx: &Ctx, k: usize) -> bool {
    let lex = Lexicon::get();
    let w = &ctx.a.words[k];
    let hamza_al = w.split.conj == 0 && w.split.prep == 0 && matches!(ctx.a.chars.get(w.start), Some('أ' | 'إ' | 'آ')) && w.key.starts_with("ال");
    // A given name the key folds onto a function word written with ى (quote_words.tsv `ya_name`: "علي شمخاني" is no
    // "على"), as written with ي.
    let ya_name = w.split.conj == 0 && w.split.prep == 0 && w.end > w.start && ctx.a.chars.get(w.end - 1) == Some(&'ي') && QuoteWords::get().is(Role::YaName, &w.key);
    lex.is("np_stop", w) && !(hamza_al && !lex.is_form("np_stop", &w.key)) && !ya_name
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

/// Does the phrase follow "على لسان" ("نقلت الوكالة على لسان باسيل قوله")?
fn voiced(ctx: &Ctx, sp: &Arg) -> bool {
    let (qw, words) = (QuoteWords::get(), &ctx.a.words);
    sp.word_start >= 2 && qw.is(Role::VoicePrep, &words[sp.word_start - 2].key) && qw.is(Role::VoiceNoun, &words[sp.word_start - 1].key)
}

/// "على لسان X" within a few words after a speaker, before the content: X, with a person's name in apposition after
/// a title ("على لسان المتحدث باسمها حازم قاسم").
fn voice_of(ctx: &Ctx, from: usize, s_end: usize) -> Option<Arg> {
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    for k in from..s_end.min(from + 6) {
        let w = &words[k];
        if w.key == ":" || (w.is_arabic() && is_that(w) && w.split.conj == 0) {
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
/// with a word joined by و right after ("محادثات بين ترامب وماكرون"); right after a word of its clause, the verb
/// written without و ("العلاقات بين البلدين"، "الحدود بين الكوريتين"، "قمة بين زعيمها ..."), unless أن/إن follows at
/// once ("وزير الدفاع ... بين أن") or the word is one a verb follows (`between_verb_after`: "كما بين"، "حيث بين");
/// "وبين" after بينه/بينها ("بينه وبين الزعيم").
fn is_between(words: &[rasd_text::Word], cue: (usize, usize), s_start: usize, s_end: usize) -> bool {
    let qw = QuoteWords::get();
    let w = &words[cue.0];
    if cue.1 != cue.0 + 1 || !qw.is(Role::Between, &w.bare) {
        return false;
    }
    let prev = (cue.0 > s_start).then(|| &words[cue.0 - 1]);
    let after_word = prev.is_some_and(|p| p.is_arabic() && !qw.is_word(Role::BetweenVerbAfter, p)) && w.split.conj == 0 && !(cue.1 < s_end && is_that(&words[cue.1]));
    let paired = w.split.conj > 0 && prev.is_some_and(|p| p.split.enclitic > 0 && qw.is(Role::Between, &p.bare));
    w.split.enclitic > 0
        || after_word
        || paired
        || prev.is_some_and(|p| qw.is_word(Role::BetweenBefore, p))
        || (cue.1 + 1..s_end.min(cue.1 + 4)).any(|k| words[k].is_arabic() && words[k].split.conj > 0 && (cue.1..k).all(|m| words[m].is_arabic()))
}

/// A complementizer (أن، إن، بأن ...): never a word with the article, which a name written with a hamza on its alif
/// reads as ("ألان" is ال + ان to the clitic splitter: "المسؤول في الشركة ألان كراكوفيتش إن").
fn is_that(w: &Word) -> bool {
    w.split.article == 0 && Lexicon::get().is_form("complementizer", &w.bare)
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
        if w.is_arabic() && (is_that(w) || lex.speech.longest(words, k, s_end).is_some()) {
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

/// The start of what a verb of data/events/object_verbs.tsv says as its object, when no أن/إن, colon or quotation
/// follows: the first word after the speaker (`from`), past commas, dates and adverbs, by the verb's frame: a bare
/// noun ("أكد وزير الخارجية الأردني أيمن الصفدي وقوف بلاده"، "نفى الرئيس الأميركي دونالد ترامب إبرام صفقة"), after
/// a preposition written as a word ("أكد الرئيس الفرنسي على ضرورة"، "أعلن المالكي عن ضبط"), or with the proclitic ب
/// ("اعترف كوهين بدفع مبلغ"); not after a verb with its object pronoun ("أكدها"). It is a noun without another
/// preposition or و, not a function word (a quantifier of `object_quantifier` may open it: "نفى أي علاقة"), a name
/// or another verb of saying ("أكد لهم"، "أعلن وزير"، "نفى ترامب" is a subject the speaker finder took or left).
fn object_content(ctx: &Ctx, cue: (usize, usize), from: usize, s_end: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    if cue.1 != cue.0 + 1 || words[cue.0].split.enclitic > 0 {
        return None;
    }
    let frame = ObjectVerbs::get().frame(&words[cue.0].bare)?;
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
    if after_comma && k < s_end && (words[k].split.prep > 0 || lex.is("np_stop", &words[k])) && !frame.preps.contains(&words[k].key) {
        let close = (k + 1..s_end.min(k + 10)).find(|&m| is_comma(&words[m]))?;
        k = close + 1;
    }
    let mut clitic = false;
    if k < s_end && words[k].is_arabic() && frame.preps.contains(&words[k].key) {
        k += 1;
    } else if k < s_end && frame.clitic_b && words[k].split.prep > 0 && !words[k].split.future && words[k].key.starts_with('ب') {
        clitic = true;
    } else if !frame.bare {
        return None;
    }
    let w = words.get(k).filter(|_| k < s_end)?;
    let quantifier = qw.is(Role::ObjectQuantifier, &w.key);
    let noun = w.is_arabic()
        && w.bare.chars().count() > 2
        && (w.split.prep == 0 || clitic)
        && w.split.conj == 0
        && !w.split.future
        && (quantifier || !lex.is("np_stop", w))
        && !is_that(w)
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
    // "ترامب حريص على إصلاح الثقوب في الاتفاقية حسب قوله"، "على حد تعبيره": the words are the speaker's own, the
    // person the clause before names, else the last speaker; what was said is that clause.
    let last = &words[cue.1 - 1];
    if last.split.enclitic > 0 && qw.is(Role::OwnWords, &last.bare) {
        if opens {
            return None;
        }
        // The person before أن/إن ("وختم المصدر المسؤول تصريحه بأن السعودية تتطلع للعمل مع الرئيس الفرنسي ماكرون،
        // على حد قوله" is not Macron's), else the last speaker, else the person the clause names.
        let that = (s_start..cue.0).find(|&k| words[k].is_arabic() && is_that(&words[k])).unwrap_or(cue.0);
        let speaker = clause_person(ctx, s_start, that).or_else(|| last_speaker.cloned()).or_else(|| clause_person(ctx, s_start, cue.0))?;
        return clause_quote(ctx, cue, speaker, s_start, cue.0);
    }
    // "وفقا لمفوضية اللاجئين"، "وفقا لما نقلته الوكالة": the source, or ما, carries the ل.
    let lam = qw.is(Role::AttributionLam, &words[cue.0].bare) || qw.is(Role::AttributionLam, &words[cue.0].key);
    if lam && !(at < s_end && words[at].is_arabic() && (words[at].split.prep > 0 || words[at].key == "لما")) {
        return None;
    }
    if at < s_end && (qw.is(Role::AttributionMa, &words[at].bare) || (lam && words[at].key == "لما")) && words[at].split.conj == 0 {
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
    if introduces == Introduces::That && (at..s_end.min(at + 10)).any(|k| words[k].key == ":" || (is_that(&words[k]) && words[k].split.conj == 0)) {
        return None;
    }
    // A source after a preposition is no subject ("كما أوضح بتغريدة له"): the verb's subject is the last speaker.
    let prep_next = at >= s_end || !words[at].is_arabic() || words[at].split.prep > 0 || lex.is("np_stop", &words[at]);
    // The source carries the cue's ل ("وفقا لمفوضية"), or none.
    let free = |k: usize| no_prep(ctx, k) || (lam && k == cue.1);
    // A bare source (no verb) names or describes someone, or is headed by a source's noun ("وفق المرصد"، "بحسب
    // مسؤول"، "وفقا لمصادر أمنية"), or is a name in quotation marks ("وحسب "ديلي ميل"، فإن").
    let source = |sp: &Arg| verb.is_some() || sp.desc.is_known() || qw.is(Role::SourceHead, &words[sp.word_start].bare);
    // "وفق ما قالت للصحيفة ماريا إدغاردا": a person named after the verb's addressee.
    let addressed = || (verb.is_some() && at < s_end && words[at].is_arabic() && words[at].split.prep > 0).then(|| ()).and_then(|_| {
        let k = (at + 1..s_end.min(at + 4)).take_while(|&k| words[k].is_arabic()).find(|&k| ctx.entities_starting(k).any(|e| e.is_person))?;
        clause_person(ctx, k, s_end.min(k + 6))
    });
    let speaker = match np_at_opt(ctx, at, s_end, false).filter(source).or_else(|| quoted_source(ctx, at, s_end)).or_else(addressed) {
        Some(sp) if free(sp.word_start) && !lex.is("np_stop", &words[sp.word_start]) => sp,
        // "وقد عبر ترامب عن ...، وفقاً لما ذكر ببيان للبيت الأبيض": the person the clause names before أن/إن,
        // else the last speaker.
        _ if verb.is_some() && !opens && prep_next => {
            opening_person(ctx, words[cue.0].sentence).filter(|p| p.word_end <= cue.0).or_else(|| last_speaker.cloned())?
        }
        _ => return None,
    };
    // A title then the person's name after a comma, the content before: "...، حسب المتحدثة باسم المؤسسة، جنيفر
    // ستريكلاند".
    // When the cue opens the sentence, what follows the source is what was said: only a name right after the title,
    // or after its comma ("كما قال نائب وزير الخارجية الرواندي أوليفر ندوهونغيريهي إن").
    let titled = !ctx.entities_within(speaker.word_start, speaker.word_end).any(|e| e.is_person) && (title_word(&words[speaker.word_start]) || qw.is(Role::SourceHead, &words[speaker.word_start].bare));
    let next_name = || {
        let k = if speaker.word_end + 1 < s_end && is_comma(&words[speaker.word_end]) { speaker.word_end + 1 } else { speaker.word_end };
        ctx.entities_starting(k).find(|e| e.is_person && e.word_end <= s_end && no_prep(ctx, k)).map(|e| (e.word_start, e.word_end))
    };
    let speaker = match titled {
        true => match if opens { next_name() } else { apposed_person(ctx, speaker.word_end, s_end) } {
            Some(e) => Arg { word_start: speaker.word_start, word_end: e.1, desc: (ctx.describe)(e.0, e.1) },
            // A name the entity finder did not read ending the sentence: "بحسب ما أكد محافظ كركوك راكان سعيد
            // الجبوري." (the title's place ends the title phrase, not the source).
            None if !opens => match final_name(ctx, speaker.word_end, s_end) {
                Some(e) => Arg { word_start: speaker.word_start, word_end: e, desc: speaker.desc },
                None => speaker,
            },
            None => speaker,
        },
        false => speaker,
    };
    if opens {
        // The source's phrase runs to a comma a few words on ("وحسب وسائل إعلام روسية، قال")، and what was said
        // starts after فإن/فقد when one comes soon ("وبحسب بيان لمكتب النائب العام في إزمير، جنوبي تركيا، فإن").
        let mut speaker = speaker;
        let is_cue = |k: usize| lex.speech.longest(words, k, s_end).is_some();
        if let Some(c) = (speaker.word_end..s_end.min(speaker.word_start + 5)).find(|&k| !words[k].is_arabic() || is_cue(k)).filter(|&k| k > speaker.word_end && is_comma(&words[k])) {
            speaker = Arg { word_start: speaker.word_start, word_end: c, desc: speaker.desc };
        }
        let particle = |k: usize| words[k].split.conj > 0 && qw.is(Role::ContentParticle, &words[k].bare);
        let lead = (speaker.word_end..s_end.min(speaker.word_end + 15)).take_while(|&k| !is_cue(k)).find(|&k| particle(k)).unwrap_or(speaker.word_end);
        let from = (lead..s_end).find(|&k| words[k].is_arabic() && !particle(k))?;
        clause_quote(ctx, cue, speaker, from, s_end)
    } else {
        let from = (s_start..cue.0).find(|&k| words[k].is_arabic())?;
        // A short clause before the source goes on after it ("وتحاول قوات النظام وفق المرصد التقدم على محورين"،
        // "ويأتي ذلك، وفق "الوطن"، "وسط أنباء ..."): what was said is the whole sentence.
        let before = (from..cue.0).filter(|&k| words[k].is_arabic()).count();
        let after = (speaker.word_end..s_end).filter(|&k| words[k].is_arabic()).count();
        let to = if before < 5 && after >= 3 { s_end } else { cue.0 };
        let mut q = clause_quote(ctx, cue, speaker, from, to)?;
        // What was said opens with a verb of saying and its person ("اعتبر وزير الخارجية الإيراني، محمد جواد ظريف،
        // الحكم ... "هزيمة أخرى"، بحسب ما نقلته إرنا"): the words are that person's, the source relays them.
        let v = q.content_words.0;
        let saying = lex.speech.longest(words, v, cue.0).filter(|&(pid, _)| matches!(lex.speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Verb, .. }));
        // Not "يذكر أن" (it is worth mentioning that): the outlet's own note.
        if let Some((_, n)) = saying.filter(|_| words[v].split.article == 0 && !qw.is(Role::Impersonal, &words[v].bare)) {
            if let Some(p) = clause_person(ctx, v + n, cue.0.min(v + n + 8)) {
                q.speaker = Some(p);
            }
        }
        Some(q)
    }
}

/// A source in quotation marks after an attribution cue: "وحسب "ديلي ميل"، فإن"، "بحسب "واشنطن بوست"." (at most
/// four words, Arabic or Latin, closed by the quotation mark).
fn quoted_source(ctx: &Ctx, at: usize, s_end: usize) -> Option<Arg> {
    let words = &ctx.a.words;
    if at >= s_end || !matches!(words[at].key.as_str(), "\"" | "«" | "“") {
        return None;
    }
    let close = (at + 1..s_end.min(at + 6)).find(|&k| words[k].kind == WordKind::Punct)?;
    if close == at + 1 || !matches!(words[close].key.as_str(), "\"" | "»" | "”") || !(at + 1..close).all(|k| words[k].is_arabic() || words[k].kind == WordKind::Latin) {
        return None;
    }
    Some(Arg { word_start: at + 1, word_end: close, desc: (ctx.describe)(at + 1, close) })
}

/// The quote of an attribution: what was said is words `from..to`, less the punctuation that ends them.
fn clause_quote(ctx: &Ctx, cue: (usize, usize), speaker: Arg, from: usize, to: usize) -> Option<CodedQuote> {
    let words = &ctx.a.words;
    // Not the dateline: "دبي، الإمارات العربية المتحدة (CNN)-- تحدث الرئيس ..." starts after "--".
    let head = &ctx.a.chars[words[from].start..words[to.min(from + 12) - 1].end];
    let from = match head.windows(2).position(|w| w == ['-', '-']) {
        Some(p) => (from..to).find(|&k| words[k].start > words[from].start + p).unwrap_or(from),
        None => from,
    };
    let from = (from..to).find(|&k| words[k].is_arabic())?;
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
    if !(last_speaker.is_some() && last_sent == s) {
        if let Some(p) = clause_subject(ctx, s, cue, kind) {
            return Some(p);
        }
    }
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

/// The subject a verb of saying inside its sentence, with no subject after it, shares with its clause, before any
/// earlier sentence's speaker (session 21): the phrase right before it (`before_phrase`: "ولكن مجموعات مناهضة الإجهاض
/// تقول إنها"، "وكانت وسائل إعلام أفادت أن"), else the subject of the sentence's first verb: its opening phrase when
/// definite or a name (SVO: "لكن المحطة التلفزيونية رفضت الرواية الحكومية، وقالت إنها"، "وكان مهاتير استبق ...،
/// وقال") or the phrase after its opening verb when verb, phrase and verb of saying agree (VSO: "وقضت محكمة تركية
/// ... لكنها قالت إنه"، "وتنفي القوات التركية ...، وتقول إنها"). Only when no earlier quote of the sentence has a
/// speaker (the caller's test) and nothing follows the verb as its subject.
fn clause_subject(ctx: &Ctx, s: usize, cue: (usize, usize), kind: SpeechKind) -> Option<Arg> {
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    if kind != SpeechKind::Verb || !(r.start..cue.0).any(|k| words[k].is_arabic()) || !subjectless(ctx, s, cue) {
        return None;
    }
    // A person or a place alone is no speaker the sentence opens with ("في البحر الأحمر").
    let own = |sp: &Arg| ctx.entities_starting(sp.word_start).all(|e| !e.is_place || sp.desc.country.is_some());
    if let Some(sp) = before_phrase(ctx, s, cue).filter(own) {
        return Some(sp);
    }
    let k = opening_word(ctx, s, cue)?;
    // A clause opener with no pronoun and a new definite phrase or name after it, between the sentence's first
    // clause and the verb, starts a clause with a subject of its own ("ولم تحدد المنظمة الجهة ...، لكن وكالة الأنباء
    // اليمنية الرسمية "سبأ"، ...، قالت"); "لكنها قالت"، "حيث قال"، "ولكن بعد ثلاثة أعوام تقول" go on.
    let new_subject = |m: usize| m < cue.0 && (words[m].has_article() || ctx.entities_starting(m).next().is_some()) && clause_word(ctx, m);
    if (k + 1..cue.0).any(|m| words[m].is_arabic() && words[m].split.enclitic == 0 && QuoteWords::get().is_word(Role::ClauseOpener, &words[m]) && new_subject(m + 1)) {
        return None;
    }
    let vg = verb_gender(&words[cue.0], kind, true);
    if svo_word(ctx, k) {
        // The phrase is followed by its verb (not a dateline's place: "دبي، الإمارات العربية المتحدة (CNN)-- أكد")
        // and does not clash with the verb of saying ("وكان مهاتير استبق ...، وقال"، "لكن المحطة ... رفضت ...، وقالت").
        let sp = np_at_opt(ctx, k, cue.0, false).filter(own)?;
        return (sp.word_end < cue.0 && words[sp.word_end].is_arabic() && !gender_clash(ctx, &sp, vg)).then_some(sp);
    }
    first_verb_subject_as(ctx, r.start, cue, vg).filter(own)
}

/// The first word of sentence `s` before the verb `cue` past marks, auxiliaries and clause openers ("وكانت"، "لكن"):
/// where a subject opening the sentence stands (`clause_subject`, the speaker candidates' `Source::Opening`).
fn opening_word(ctx: &Ctx, s: usize, cue: (usize, usize)) -> Option<usize> {
    let words = &ctx.a.words;
    let opener = |k: usize| !words[k].is_arabic() || Lexicon::get().is_key("auxiliary", &words[k]) || QuoteWords::get().is_word(Role::ClauseOpener, &words[k]);
    (ctx.a.sentence_words(s).start..cue.0).find(|&k| !opener(k))
}

/// Word `k` opens a subject before its verb (SVO): definite or a name, and a word that may open a speaker's phrase
/// (`clause_word`: not after a preposition ("في المقابل، كشفت"), not a stop word). After a first word that is a verb
/// (VSO) the phrase is as often that verb's object: "وردت الأنباء".
fn svo_word(ctx: &Ctx, k: usize) -> bool {
    (ctx.a.words[k].has_article() || ctx.entities_starting(k).next().is_some()) && clause_word(ctx, k)
}

/// Whether phrase `sp` plainly clashes with a verb of gender `vg` (`verb_gender`): a masculine verb and a feminine
/// phrase that names no body ("وقالت" after "الحكومة" agrees, "وقال" after "الحكومة" does not; a body's name takes
/// either), or a feminine verb and a person's masculine phrase. A loose test: anything else may be the subject.
fn gender_clash(ctx: &Ctx, sp: &Arg, vg: &str) -> bool {
    let ng = noun_gender(ctx, sp);
    let body = ctx.entities_starting(sp.word_start).any(|e| !e.is_person);
    let person = ctx.entities_starting(sp.word_start).any(|e| e.is_person);
    (vg == "m" && ng == "f" && !body) || (vg == "f" && ng == "m" && person)
}

/// Whether phrase `sp` plainly agrees with gender `g` ("f" or "m"): a feminine phrase, or a body's name not plural,
/// for a feminine verb or participle; a masculine phrase that is no woman's name for a masculine one. A strict test,
/// for a subject found far from its verb (`first_verb_subject_as`).
fn gender_agrees(ctx: &Ctx, sp: &Arg, g: &str) -> bool {
    let ng = noun_gender(ctx, sp);
    let body = ctx.entities_starting(sp.word_start).any(|e| !e.is_person);
    if g == "f" {
        ng == "f" || (body && ng != "pl")
    } else {
        ng == "m" && !female_person(ctx, sp)
    }
}

/// Whether the verb `cue` opens sentence `s` (nothing Arabic before it: its و is a clitic) and no noun follows it
/// as a subject: next come أن/إن, a colon, a quotation mark, a preposition or a function word ("وقال في بيان إن"،
/// "وأضاف: "). "وقال أحد المصدرين إن" has its own subject; "وكان مركز الأعاصير قد قال" does not open the sentence.
fn opens_without_subject(ctx: &Ctx, s: usize, cue: (usize, usize)) -> bool {
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    !(r.start..cue.0).any(|k| words[k].is_arabic()) && subjectless(ctx, s, cue)
}

/// Whether no subject follows the verb of saying at `cue` (past adverbs and dates): the sentence ends, or a
/// preposition, a function word or أن/إن follows.
fn subjectless(ctx: &Ctx, s: usize, cue: (usize, usize)) -> bool {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    let mut at = cue.1;
    while at < r.end && (lex.is("speaker_adverb", &words[at]) || ctx.times_starting(at).next().is_some()) {
        at = ctx.times_starting(at).next().map_or(at + 1, |t| t.word_end.max(at + 1));
    }
    let Some(w) = words.get(at).filter(|_| at < r.end) else { return true };
    !w.is_arabic() || (w.split.prep > 0 && ctx.entities_starting(at).next().is_none()) || lex.is("np_stop", w) || is_that(w)
}

/// The person sentence `s` opens with as a subject: the first person it names within fifteen words, not after أن/إن
/// (not "وأوضحت أن ترامب"; "إلا أن ساندرز طعن"، "غير أن" opening the sentence are "but": quote_words.tsv `adversative`) and with no partner's or addressee's preposition between the last comma before it and
/// it, nor a word with a preposition ("وأبدت أسفها لكون تركيا عاملت القس برانسون") ("وفي أعقاب اجتماع لجنة "كوبرا"، دعت وزيرة الداخلية أمبير رود"، "وقد بدأ الكاتب التلفزيوني الإيراني، أمير
/// مهدي جلو، حملة" name the subject; "ورفض القاضي الطلب على الرغم من تأييد النائب العام جودي ويلسون" does not).
fn opening_person(ctx: &Ctx, s: usize) -> Option<Arg> {
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    let p = clause_person(ctx, r.start, r.end.min(r.start + 15))?;
    // "إلا أن"، "غير أن" opening the sentence are "but", not a complementizer.
    let first = (r.start..p.word_start).find(|&k| words[k].is_arabic());
    let but = |k: usize| first.is_some_and(|f| k == f + 1 && qw.is_word(Role::Adversative, &words[f]));
    if (r.start..p.word_start).any(|k| words[k].is_arabic() && is_that(&words[k]) && !but(k)) {
        return None;
    }
    let from = (r.start..p.word_start).rev().find(|&k| is_comma(&words[k])).map_or(r.start, |k| k + 1);
    (from..p.word_start).all(|k| !qw.is_word(Role::AddresseePrep, &words[k]) && words[k].split.prep == 0).then_some(p)
}

/// The subject of the verb that opens the clause of sentence `s_start..` (VSO), for a participle whose clause names
/// no person (a body speaks: "رحبت الحكومة الإسبانية ...، معتبرة"، "أصدر النائب العام المصري بياناً ...، مشيراً"،
/// "ولم تكف السلطة ...، مؤكدة"): past an opening phrase led by a preposition up to a comma ("من جانبها،"، "إلى ذلك،"،
/// "وفي بيان لها،") and particles or auxiliaries (لم، قد، كما), the first word, read as a verb, and the noun phrase
/// right after it. Verb, phrase and participle agree in gender: a feminine participle (مشيرة) after a verb in ت
/// (أعلنت، تكف) and a feminine phrase or a place or body's name ("وأعلنت روسيا"), a masculine one (مشيرا) after a
/// masculine verb and a masculine phrase.
fn first_verb_subject(ctx: &Ctx, s_start: usize, cue: (usize, usize)) -> Option<Arg> {
    first_verb_subject_as(ctx, s_start, cue, verb_gender(&ctx.a.words[cue.0], SpeechKind::Participle, true))
}

/// `first_verb_subject` for a participle or a verb of saying at `cue` whose subject's gender is `pg` ("f" or "m").
fn first_verb_subject_as(ctx: &Ctx, s_start: usize, cue: (usize, usize), pg: &str) -> Option<Arg> {
    let (lex, qw) = (Lexicon::get(), QuoteWords::get());
    let words = &ctx.a.words;
    if pg != "f" && pg != "m" {
        return None;
    }
    let mut p = s_start;
    if let Some(comma) = (s_start..cue.0.min(s_start + 7)).find(|&k| is_comma(&words[k])) {
        let opens = (s_start..comma).find(|&k| words[k].is_arabic()).is_some_and(|f| {
            let w = &words[f];
            (w.split.prep > 0 && !w.split.future) || qw.is_word(Role::MarkPrep, w) || lex.is_key("locative", w) || lex.is("speaker_adverb", w)
        });
        if opens {
            p = comma + 1;
        }
    }
    while p < cue.0 && (!words[p].is_arabic() || lex.is("clause_lead", &words[p]) || lex.is_key("auxiliary", &words[p])) {
        p += 1;
    }
    if p + 1 >= cue.0 {
        return None;
    }
    let v = &words[p];
    let verb = !v.has_article()
        && v.split.prep == 0
        && !v.split.future
        && !lex.is("np_stop", v)
        && ctx.entities_covering(p).next().is_none()
        && lex.speech.longest(words, p, cue.0).is_none();
    if !verb || verb_gender(v, SpeechKind::Verb, true) != pg {
        return None;
    }
    // The subject may stand in quotation marks ("وأعلنت "جماعة نصرة الإسلام"").
    let at = if words[p + 1].kind == WordKind::Punct && words[p + 1].key.chars().next().is_some_and(is_open_quote) { p + 2 } else { p + 1 };
    let sp = np_at_opt(ctx, at, cue.0, false)?;
    let w = &words[sp.word_start];
    // A noun with a pronoun is the verb's object ("ووجه خطابه إلى المسؤولين ...، قائلا").
    if w.split.enclitic > 0 || !no_prep(ctx, sp.word_start) || lex.is("np_stop", w) || qw.is_word(Role::NotSpeaker, w) || false_article(ctx, sp.word_start) || lex.speech.longest(words, sp.word_start, cue.0).is_some() {
        return None;
    }
    gender_agrees(ctx, &sp, pg).then_some(sp)
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
        if let Some(q) = headline(ctx, r.start, r.end, span.end) {
            last_speaker = q.speaker.clone();
            last_sent = s;
            i = q.content_words.0;
            out.push(q);
        }
        while i < r.end {
            let SpeechCue { kind, introduces, n, that_only, marked } = match speech_cue(ctx, i, r.start, r.end) {
                Ok(c) => c,
                Err(skip) => {
                    i += skip;
                    continue;
                }
            };
            let cue = (i, i + n);
            i += n;
            if kind == SpeechKind::Verb && no_verb_of_saying(ctx, cue, r.start, r.end, &out[sentence_quotes..]) {
                continue;
            }
            if kind == SpeechKind::Attribution {
                // After a speech verb of the sentence, an attribution names the verb's source ("وقال المصدر، وفق ما
                // نقلت سانا، إن ..."، "وأكد سلامة أنه ...، بحسب موقع البعثة"): the verb's quote holds the content.
                if out[sentence_quotes..].iter().any(|q| !q.attributed && q.cue.is_some_and(|c| c.0 < cue.0)) {
                    continue;
                }
                if let Some(q) = attributed(ctx, cue, introduces, r.start, r.end, last_speaker.as_ref()) {
                    // An attribution that opens the sentence ("وحسب فرانس برس، قال وزير الداخلية إن ...") may hold
                    // a speech verb with its own quote: the scan goes on after the source.
                    i = if q.content_words.0 > cue.0 { i.max(q.content_words.0) } else { i.max(q.content_words.1) };
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
            // Inside another quote's quotation, only a person the quoted speaker names speaks on ("لكن رئيس الفريق سمير
            // زعتور قال إنه يتظاهر"، "بهذا الصدد أكد الرئيس الأسد أنه"). A participle (مضيفا، مشيرا إلى أن) is the
            // outlet's narration resuming, though the closing mark is missing ("أن "المجلس ... جماعية، مضيفة: "لن").
            // A quote inside another's quotation is that speaker's report ("وأضاف بوتين "بهذا الصدد أكد الرئيس الأسد
            // أنه ..."): its speaker does not carry on to a later verb without a subject ("وتابع أن" is Putin's).
            let nested = (kind != SpeechKind::Participle).then(|| inside_quotation(ctx, &out, cue)).flatten();
            if let Some(from) = nested {
                let named = speaker.as_ref().is_some_and(|sp| words[sp.word_start].start >= from && ctx.entities_within(sp.word_start, sp.word_end).any(|e| e.is_person));
                if !named {
                    continue;
                }
            }
            if let Some(sp) = &speaker {
                if ctx.entities_within(sp.word_start, sp.word_end).any(|e| e.is_person) {
                    named.push(sp.clone());
                } else if let Some(n) = titled_person(ctx, sp, &named) {
                    speaker = Some(n);
                }
            }
            // No subject of its own: the clause's, an earlier quote's or the last speaker (a participle: the
            // speaker of an earlier quote of the sentence, else its clause's subject).
            if speaker.is_none() {
                speaker = implied_speaker(ctx, s, cue, kind, said_in_sentence, last_speaker.as_ref(), last_sent);
            }
            // A mark_verb's quotation right after its subject or its preposition is what was said; without one, a
            // verb of saying goes on as below, another verb has no quote.
            // Not inside an earlier quote's clause of the sentence ("وأضاف البيان أن الرئيس دعا "السلطات ..."" is the
            // statement's).
            let reported = out[sentence_quotes..].iter().any(|q| q.content_words.0 <= cue.0 && cue.0 < q.content_words.1);
            let mark = if marked && !reported && matches!(kind, SpeechKind::Verb | SpeechKind::Participle) { marked_quote(ctx, cue, j, r.end) } else { None };
            // A preposition is no subject ("ووصفه بـ"..."، "استنكر بشدة").
            let prep_led = |sp: &Arg| words[sp.word_start].split.prep > 0 || qw.is_word(Role::MarkPrep, &words[sp.word_start]) || qw.is_word(Role::AddresseePrep, &words[sp.word_start]);
            if mark.is_some() && speaker.as_ref().is_some_and(prep_led) {
                speaker = pronoun_speaker(ctx, s, cue, kind, last_speaker.as_ref(), last_sent);
            }
            // A verb of accusing whose phrase is a single name right before the charge's preposition: the name is the
            // accused, the previous speaker speaks ("واتهم واشنطن بـ"..."" as "واتهم بريطانيا بأنها" below).
            if let (Some(k), Some(sp)) = (mark, speaker.clone()) {
                if qw.is(Role::AccuseVerb, &words[cue.0].bare) && words[cue.0].split.enclitic == 0 && k == sp.word_end + 2 && sp.word_start == cue.1 {
                    if ctx.entities_starting(sp.word_start).any(|e| e.word_end == sp.word_end) {
                        speaker = pronoun_speaker(ctx, s, cue, kind, last_speaker.as_ref(), last_sent);
                    }
                }
            }
            if marked && mark.is_none() && that_only.is_none() && lex.speech.longest(words, cue.0, r.end).is_none() {
                continue;
            }
            // "أعرب عن X": what was said is the noun phrase after عن, to the end of its clause (else, كشف أن, a
            // clause as below).
            if introduces == Introduces::NounPhrase && mark.is_none() {
                // Not the عن of the speaker's own phrase ("كشف تقرير صادر عن البنك المركزي أن").
                if let Some(k) = (j..r.end.min(j + 4)).find(|&k| qw.is(Role::ExpressedAbout, &words[k].key) && !(k > 0 && qw.starts(Role::IssuedBy, &words[k - 1].bare))) {
                    if k + 1 < r.end {
                        let start = words[k + 1].start;
                        let stop = (k + 1..r.end).find(|&m| words[m].kind == WordKind::Punct && matches!(words[m].key.as_str(), "," | "." | ";")).unwrap_or(r.end);
                        let end = words[stop - 1].end;
                        let site = Site { s, cue, kind, content: (k + 1, stop), content_cp: (start, end), rule: speaker.as_ref(), last: last_speaker.as_ref(), last_sent };
                        let speaker = learned_speaker(ctx, site);
                        if speaker.is_some() && nested.is_none() {
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
            let (content_start, direct) = match mark {
                Some(k) => (Some(k), true),
                None => complement_start(ctx, j, r.start, r.end, introduces),
            };
            if let Some(role) = that_only.filter(|_| mark.is_none()) {
                let Some(t) = that_only_clause(ctx, role, cue, j, content_start, direct) else { continue };
                // Nothing between the phrase after a verb of accusing and بأن: the phrase is the accused, not the
                // speaker ("واتهم بريطانيا بأنها ردت" is the previous speaker's), or holds the speaker's name then
                // the accused's ("واتهم جنبلاط الأسد بأنه").
                // Only a phrase that is names alone: "ويتهم خصوم المشير حفتر بأنه" is the opponents' accusation.
                if let Some(sp) = speaker.clone().filter(|_| role == Role::AccuseVerb && t == j && words[cue.0].split.enclitic == 0) {
                    let entity = |from: usize| ctx.entities_starting(from).map(|e| e.word_end).filter(|&e| e <= sp.word_end).max();
                    match entity(sp.word_start) {
                        Some(e) if e == sp.word_end => speaker = pronoun_speaker(ctx, s, cue, kind, last_speaker.as_ref(), last_sent),
                        Some(e) if entity(e) == Some(sp.word_end) => speaker = Some(Arg { word_start: sp.word_start, word_end: e, desc: (ctx.describe)(sp.word_start, e) }),
                        _ => {}
                    }
                }
            }
            // A verb like أكد or أعلن whose object runs on, without a stop, into a later quotation says the object,
            // the quotation with it ("أكد وزير الخارجية الأردني أيمن الصفدي وقوف بلاده مع الكنائس المسيحية في القدس
            // "في رفضها إجراءات إسرائيل ..."). Not when the "object" is still the speaker's phrase: it opens with a
            // title or names a person before the quotation ("أكد أحمد أويحي، رئيس الحكومة ... "..."), nor when the
            // mark only closes a quotation the verb stands in ("وقال في بيان :"أكد اللاعبان حرصهما ... السياسية"").
            // Still wrong: a speaker's phrase the entity finder did not close ("أكد المتحدث باسم تلك القوات خليفة
            // العبيدي "..."").
            let runs_on = content_start.filter(|&q| mark.is_none() && direct && q > j + 1 && words[q - 1].kind == WordKind::Punct && words[q].kind != WordKind::Punct).and_then(|q| {
                object_content(ctx, cue, j, r.end).filter(|&o| {
                    o + 1 < q - 1 && (o..q - 1).all(|m| words[m].kind != WordKind::Punct) && !lex.is("title_head", &words[o]) && !ctx.entities_within(o, q - 1).any(|e| e.is_person)
                })
            });
            let (content_start, direct) = if runs_on.is_some() { (None, false) } else { (content_start, direct) };
            // No clause nor quotation: a verb like أكد or نفى may say its object ("أكد الوزير وقوف بلاده").
            let object = content_start.is_none();
            let content_start = content_start.or(runs_on).or_else(|| if object { object_content(ctx, cue, j, r.end) } else { None });
            let Some(cs) = content_start else { continue };
            j = cs;
            let start = words[j].start;
            let end = content_end(ctx, j, r.end, span.end, object, direct);
            if end <= start {
                continue;
            }
            let last_word = words[j..r.end].partition_point(|w| w.start < end) + j;
            let site = Site { s, cue, kind, content: (j, last_word), content_cp: (start, end), rule: speaker.as_ref(), last: last_speaker.as_ref(), last_sent };
            let speaker = learned_speaker(ctx, site).filter(|sp| mark.is_none() || !prep_led(sp));
            if speaker.is_some() && nested.is_none() {
                last_speaker = speaker.clone();
                last_sent = s;
            }
            out.push(CodedQuote { speaker, cue: Some(cue), content: (start, end), content_words: (j, last_word), direct, attributed: false });
            // One quote per speech verb; a later verb in the same sentence may start another.
            i = i.max(j);
        }
    }
    cut_opening_attributions(ctx, &mut out);
    // A quote attributed after its content starts before the sentence's earlier cues: text order by content.
    out.sort_by_key(|q| q.content_words.0);
    out
}

/// Whether the verb at `cue` (a verb of saying by its form) of the sentence `r_start..r_end` says nothing there:
/// a verb never carries the article nor follows a preposition ("الكشف عن"، "التابع"، "في كشف اسمه" are nouns; "بين"
/// as "between"); "يذكر أن ..." (passive: it is worth mentioning that) is the outlet's background note, no one's quote;
/// a verb of telling or of pointing (quote_words.tsv `nested_report`) inside the content of an earlier quote of its
/// sentence (`earlier`) reports what that speaker said or relies on ("قال إنه أخبر الرئيس ترامب بأنه"، "لديها معلومات
/// موثوقة تشير إلى أن").
fn no_verb_of_saying(ctx: &Ctx, cue: (usize, usize), r_start: usize, r_end: usize, earlier: &[CodedQuote]) -> bool {
    let (qw, words) = (QuoteWords::get(), &ctx.a.words);
    if qw.is(Role::Impersonal, &words[cue.0].bare) && cue.1 < r_end && is_that(&words[cue.1]) && words[cue.1].split.conj == 0 {
        return true;
    }
    if words[cue.0].split.article > 0 || (cue.0 > r_start && qw.is(Role::NounBefore, &words[cue.0 - 1].bare)) || is_between(words, cue, r_start, r_end) {
        return true;
    }
    let within = |q: &CodedQuote| q.cue.is_some_and(|c| c.0 < cue.0) && q.content_words.0 <= cue.0 && cue.0 < q.content_words.1;
    qw.is(Role::NestedReport, &words[cue.0].bare) && earlier.iter().any(within)
}

/// The speaker of a verb of saying or a participle at `cue` of sentence `s` that names none: a participle (مشددا،
/// لافتة إلى أن) speaks for the subject of its sentence's clause when no earlier quote of the sentence has a speaker
/// (`said_in_sentence`): the first person the sentence names before it ("حذر الرئيس الأمريكي دونالد ترامب ...، مشددا
/// على أن"), else the subject of its first verb, not a speaker of an earlier sentence; else `pronoun_speaker`. A
/// masculine verb of saying does not carry on a woman's words ("ستورمي دانيالز التي تزعم أنها ...، مؤكدا أنه" is the
/// subject of the clause, Trump): the clause's first person, else none.
fn implied_speaker(ctx: &Ctx, s: usize, cue: (usize, usize), kind: SpeechKind, said_in_sentence: bool, last_speaker: Option<&Arg>, last_sent: usize) -> Option<Arg> {
    let r_start = ctx.a.sentence_words(s).start;
    if kind == SpeechKind::Participle && !said_in_sentence {
        if let Some(p) = clause_person(ctx, r_start, cue.0).or_else(|| first_verb_subject(ctx, r_start, cue)) {
            return Some(p);
        }
    }
    let speaker = pronoun_speaker(ctx, s, cue, kind, last_speaker, last_sent);
    if says_masculine(&ctx.a.words[cue.0], kind) && speaker.as_ref().is_some_and(|sp| female_person(ctx, sp)) {
        return clause_person(ctx, r_start, cue.0).filter(|p| !female_person(ctx, p));
    }
    speaker
}

/// An attribution that opens its sentence says the words up to a later verb's quote of the sentence: "وحسب فرانس
/// برس، قال وزير الداخلية سسابا دوموتور" is the agency's, what follows إن the minister's.
fn cut_opening_attributions(ctx: &Ctx, out: &mut [CodedQuote]) {
    for k in 0..out.len() {
        let q = &out[k];
        let (Some(cue), Some(speaker)) = (q.cue.filter(|c| q.attributed && q.content_words.0 > c.0), q.speaker.clone()) else { continue };
        let inner = out.iter().filter(|o| !o.attributed && o.cue.is_some_and(|c| c.0 >= q.content_words.0 && c.0 < q.content_words.1)).map(|o| o.content_words.0).min();
        if let Some(to) = inner.filter(|&to| to > q.content_words.0) {
            if let Some(cut) = clause_quote(ctx, cue, speaker, q.content_words.0, to) {
                out[k] = cut;
            }
        }
    }
}

/// A verb of saying found at a word by [`speech_cue`].
struct SpeechCue {
    kind: SpeechKind,
    introduces: Introduces,
    /// Its length in words.
    n: usize,
    /// A verb of accusing or of speaking about (quote_words.tsv accuse_verb, speak_that_verb) that is a verb of
    /// saying only with the clause `that_only_clause` checks (not one the speech table lists).
    that_only: Option<Role>,
    /// A verb whose quotation is its subject's words (quote_words.tsv mark_verb, mark_participle: "ندد بـ"..."،
    /// "دعا إلى "...""), not after a word that makes the quotation a label (mark_label_before: "ما وصفه بـ"..."").
    marked: bool,
}

/// The verb of saying at word `i` of the sentence `r_start..r_end`, or how many words to skip: a word that is no
/// Arabic or no cue, or a longer phrase of the speech table that is no speech (its whole length).
fn speech_cue(ctx: &Ctx, i: usize, r_start: usize, r_end: usize) -> Result<SpeechCue, usize> {
    let (lex, qw) = (Lexicon::get(), QuoteWords::get());
    let words = &ctx.a.words;
    if !words[i].is_arabic() {
        return Err(1);
    }
    let plain = words[i].split.article == 0 && !words[i].split.future && words[i].split.prep == 0;
    let that_only = plain.then(|| [Role::AccuseVerb, Role::SpeakThatVerb].into_iter().find(|&role| qw.is(role, &words[i].bare))).flatten();
    let marked_participle = plain && qw.is(Role::MarkParticiple, &words[i].bare);
    let label = i > r_start && words[i - 1].is_arabic() && qw.is(Role::MarkLabelBefore, &words[i - 1].key);
    let marked = !label && (marked_participle || (plain && qw.is(Role::MarkVerb, &words[i].bare)));
    let listed = lex.speech.longest(words, i, r_end);
    // A verb of `no_object_pronoun` is a cue only as written, past و/ف: not أقره (approved it), اقرأ (read: the
    // matcher reads its alif as an ending) or the name باقر.
    if let Some((pid, n)) = listed {
        let form = &lex.speech.patterns[pid].words[0];
        if qw.is(Role::NoObjectPronoun, form) && words[i].key.chars().skip(words[i].split.conj as usize).ne(form.chars()) {
            return Err(n);
        }
    }
    let (kind, introduces, n) = match listed {
        Some((pid, n)) => match lex.speech.patterns[pid].payload {
            Payload::Speech { kind, introduces } => (kind, introduces, n),
            _ => return Err(n),
        },
        None if marked_participle => (SpeechKind::Participle, Introduces::That, 1),
        None if that_only.is_some() || marked => (SpeechKind::Verb, Introduces::That, 1),
        None => return Err(1),
    };
    Ok(SpeechCue { kind, introduces, n, that_only: that_only.filter(|_| listed.is_none()), marked })
}

/// The first word of a mark_verb's quotation (quote_words.tsv `mark_verb`): an opening quotation mark right after
/// a preposition written as a word (`mark_prep`: "ونددت زاخاروفا بـ"اتهامات"، "دعت الوزيرة إلى "الحفاظ"), at most a
/// few words past the verb's subject (`j`, the end of its attribution: an object, a time: "وصف الاتفاق بـ"..."",
/// "حذر، الاثنين، من "...""). Not right after the subject: a quotation there is as often a name ("دعت الولايات
/// المتحدة "تحالف دعم الشرعية في اليمن"") or the verb's object. The
/// quotation closes in the sentence and holds two words at least (بـ"داعش" is a name, not words said); not past
/// another verb of saying or a complementizer (their own quote).
fn marked_quote(ctx: &Ctx, cue: (usize, usize), j: usize, r_end: usize) -> Option<usize> {
    let (lex, qw) = (Lexicon::get(), QuoteWords::get());
    let words = &ctx.a.words;
    let closes = |m: usize| (m..r_end).find(|&x| words[x].kind == WordKind::Punct && matches!(words[x].key.as_str(), "\"" | "»" | "”"));
    let j = j.max(cue.1);
    for k in cue.1..r_end.min(j + 5) {
        let w = &words[k];
        if w.kind == WordKind::Punct && w.key.chars().next().is_some_and(is_open_quote) {
            let p = &words[k - 1];
            let after_prep = k > cue.1 && p.is_arabic() && p.split.enclitic == 0 && qw.is_word(Role::MarkPrep, p);
            if !after_prep {
                return None;
            }
            let x = closes(k + 1)?;
            let name = ctx.entities_starting(k + 1).any(|e| e.word_end >= x);
            return ((k + 1..x).filter(|&m| words[m].is_arabic()).count() >= 3 && !name).then_some(k + 1);
        }
        if w.is_arabic() && (is_that(w) || lex.speech.longest(words, k, r_end).is_some()) {
            return None;
        }
    }
    None
}

/// The complementizer (its word) when the complement of a verb of accusing or of speaking about is the clause it
/// reports: not a quotation nor
/// a colon (an accusation's quoted words are as often a charge gold leaves unquoted), but an أن clause. An
/// accusation's clause opens with بأن (quote_words.tsv accused_that) after the accused, a word between the verb and
/// it or the verb's pronoun ("اتهم ترامب غوغل، في تغريدة سابقة، بأنها"، "تتهمه نساء بأنه"; not the passive "اتهم
/// بأنه أطعم"); a clause after a verb of speaking about comes right after the speaker or after عن ("وتتحدث
/// التقارير أن"، "وتحدث جنرال روسي، الخميس، عن أن"; not "تحدث الوزير عن ضرورة أن").
fn that_only_clause(ctx: &Ctx, role: Role, cue: (usize, usize), j: usize, content_start: Option<usize>, direct: bool) -> Option<usize> {
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    let cs = content_start.filter(|_| !direct)?;
    let t = [cs, cs.saturating_sub(1)].into_iter().find(|&t| t >= j && words[t].is_arabic() && is_that(&words[t]))?;
    // Not the last word of a name ("مون جاي إن").
    if (t.saturating_sub(4)..t).any(|k| ctx.entities_starting(k).any(|e| e.word_end > t)) {
        return None;
    }
    let ok = match role {
        // The charge does not come before بأن: "اتهمت الشخص ذاته بالادعاء بأنه"، "يتهمون مسؤوليها بافتقادهم للخبرة
        // السياسية بأن" (quote_words.tsv charge_prep: the proclitic of the charge).
        Role::AccuseVerb => {
            let charge = |k: usize| {
                let w = &words[k];
                w.split.prep > 0 && !w.split.future && qw.is(Role::ChargePrep, &w.key.chars().skip(w.split.conj as usize).take(1).collect::<String>())
            };
            qw.is(Role::AccusedThat, &words[t].key) && (t > cue.1 || words[cue.0].split.enclitic > 0) && !(cue.1..t).any(charge)
        }
        _ => {
            // Past commas and dates after the speaker ("، الخميس، عن أن").
            let mut k = j;
            while k < t && (is_comma(&words[k]) || ctx.times_starting(k).next().is_some()) {
                k = ctx.times_starting(k).next().map_or(k + 1, |d| d.word_end.max(k + 1));
            }
            let about = k + 1 == t && qw.is(Role::ExpressedAbout, &words[k].key);
            // Not one spoken with or to ("وتحدث الرئيس الأمريكي مع الرئيس الكوري الجنوبي").
            let addressed = (cue.1..if about { k } else { t }).any(|m| words[m].is_arabic() && qw.is(Role::AddresseePrep, &words[m].key));
            words[t].split.prep == 0 && (k == t || about) && !addressed
        }
    };
    ok.then_some(t)
}

/// How many of the latest quotes `inside_quotation` reads.
const RECENT_QUOTES: usize = 16;

/// Whether a speech verb stands inside the quotation marks of an earlier quote's content, the quotation still open:
/// the quoted speaker's own narration ("وقال نتانياهو "يسرني أن أقول إن ..."، "... ثم قالوا لي إن ..."، "لدينا
/// معلومات موثوقة تشير إلى أن ..."). Its words are already that quote's; read as a quote of its own they take a
/// speaker from outside the quotation. Gives the start of that quote's content. Not a verb that opens the
/// quotation: the outlet quotes the verb itself and its subject stands before the quotation ("إن روسيا "تصر على
/// التصعيد"، "إدارة ترامب "اعتبرت أن ...").
fn inside_quotation(ctx: &Ctx, out: &[CodedQuote], cue: (usize, usize)) -> Option<usize> {
    let chars = &ctx.a.chars;
    let words = &ctx.a.words;
    let at = words[cue.0].start;
    if cue.0 > 0 && words[cue.0 - 1].kind == WordKind::Punct && words[cue.0 - 1].key.chars().next().is_some_and(is_open_quote) {
        return None;
    }
    // The latest quotes only: the quotation a verb stands in is one of the last few quotes found, and reading every
    // quote of the record for each verb made a long record's cost quadratic in its quotes.
    out.iter().rev().take(RECENT_QUOTES).find(|q| {
        if !(q.content.0 <= at && at < q.content.1) {
            return false;
        }
        // The content opens a quotation (its first character, or the mark before it after a colon). Not a content
        // that starts inside a quotation ("وأوضح ترامب: "أعلن أن أميركا ..."، مضيفا"): its marks are not counted
        // from the quotation's opening.
        let Some(open) = (q.content.0.saturating_sub(2)..=q.content.0).find(|&k| chars.get(k).is_some_and(|&c| is_open_quote(c))) else {
            return false;
        };
        // From that mark to the verb, the last straight mark opens a quotation: after a space, a colon, a bracket
        // or the line's start and before a letter; one after a letter or before a space or a comma closes one
        // (""كراهية أحد"، معربا"، a stray "طالب يبلغ 33 سنة" إنه" closes none that was open).
        let opens = |k: usize| {
            let before = if k == 0 { None } else { chars.get(k - 1).copied() };
            let after = chars.get(k + 1).copied();
            before.is_none_or(|c| c.is_whitespace() || matches!(c, ':' | '(' | '[' | '-' | '،' | ',')) && after.is_some_and(|c| !c.is_whitespace() && !matches!(c, '،' | ',' | '.' | ':' | ')'))
        };
        let straight = (open..at).filter(|&k| chars[k] == '"').last().is_some_and(opens);
        let seg = &chars[open..at];
        let n = |c: char| seg.iter().filter(|&&x| x == c).count();
        straight || n('«') > n('»') || n('“') > n('”')
    })
    .map(|q| q.content.0)
}

/// A headline's speaker and a colon, no verb ("وزير التعليم: إدخال أسلحة ..."، "وزير الخارجية الأردني: "لا نرى
/// ..."): at most four words opening the sentence, then ":" and the content. The words start with a title, or name
/// a person before a quotation; a place or topic ("عفرين: تفاقم الأزمة"، "للمزيد: ...") is a heading, no speaker;
/// none is a verb of saying (their colon is read with the verb), a function word or carries a preposition.
fn headline(ctx: &Ctx, r_start: usize, r_end: usize, sentence_end: usize) -> Option<CodedQuote> {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    let c = (r_start + 1..r_end.min(r_start + 5)).find(|&k| words[k].kind == WordKind::Punct && words[k].key == ":")?;
    let plain = (r_start..c).all(|k| {
        let w = &words[k];
        w.is_arabic() && no_prep(ctx, k) && !lex.is("np_stop", w) && lex.speech.longest(words, k, r_end).is_none()
    });
    if lex.is("topic_head", &words[r_start]) || (r_start..c).any(|k| QuoteWords::get().is_word(Role::Heading, &words[k])) {
        return None;
    }
    let mut j = c + 1;
    let mut direct = false;
    while j < r_end && words[j].kind == WordKind::Punct {
        direct |= words[j].key.chars().next().is_some_and(is_open_quote);
        j += 1;
    }
    // The words start with a title ("وزير التعليم: إدخال أسلحة ..."), or end with a person's name and the content
    // is in quotation marks ("كونتي: "إيطاليا لم تعد ...""): a name alone before an unquoted phrase is as often a
    // profile's heading ("باتريك فييرا: روح جديدة لإدارة نيس") as a quote.
    let named = lex.is("title_head", &words[r_start]) || (direct && ctx.entities_within(r_start, c).any(|e| e.is_person && e.word_end == c));
    if !plain || !named {
        return None;
    }
    // A profile's heading describes the person ("جون بولتون: الصقر الذي يريد ..."، "محمد صلاح: اللاعب الذي ..."):
    // a relative pronoun among the first words.
    if j >= r_end || (!direct && (j..r_end.min(j + 3)).any(|k| lex.is("relative", &words[k]))) {
        return None;
    }
    let start = words[j].start;
    let end = content_end(ctx, j, r_end, sentence_end, false, direct);
    let last_word = words[j..r_end].partition_point(|w| w.start < end) + j;
    let speaker = Arg { word_start: r_start, word_end: c, desc: (ctx.describe)(r_start, c) };
    (end > start).then_some(CodedQuote { speaker: Some(speaker), cue: None, content: (start, end), content_words: (j, last_word), direct, attributed: false })
}

/// Where a verb's content starts, skipping attribution detail after the verb (a comma, a title after the name) up
/// to إن/أن, ":" or an opening quotation mark; and whether the content is quoted directly. None: no complement before
/// another verb of saying or the window's end. `j` is the first word after the verb and its speaker.
fn complement_start(ctx: &Ctx, j: usize, r_start: usize, r_end: usize, introduces: Introduces) -> (Option<usize>, bool) {
    let (lex, qw, a) = (Lexicon::get(), QuoteWords::get(), ctx.a);
    let words = &a.words;
    let r = r_start..r_end;
    let mut content_start = None;
    let mut direct = false;
    let mut k = j;
    // A verb of "that" (نفى، أشار، اعترف ...) has its complement close, after an object or a preposition at
    // most; a verb of saying may have long attribution detail first.
    let window = if introduces == Introduces::That { WINDOW_THAT } else { WINDOW };
    // A quotation skipped as a name after some attribution counts as one word of the window ("وذكر ترامب في مقابلة
    // مع مراسلة "فوكس نيوز"، جانين بيرو، أن"): `skipped` is how many more words it took. Not one right after the
    // verb: that is as often the content or the close of the quotation the cue stands in ("متوقعا" مضيفا "...").
    let mut skipped = 0;
    while k < r.end && k < j + window + skipped {
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
        let opens = w.kind == WordKind::Punct && w.key.chars().next().is_some_and(is_open_quote);
        if let Some(x) = short_quoted_name(words, &r, k).filter(|_| opens) {
            skipped += if k > j { x - k } else { 0 };
            k = x + 1;
            continue;
        }
        if let Some(x) = (opens && k > j).then(|| named_quotation(words, &r, k)).flatten() {
            skipped += if k > j { x - k } else { 0 };
            k = x + 1;
            continue;
        }
        if let Some(x) = opens.then(|| name_before_that(words, &r, k)).flatten() {
            skipped += if k > j { x - k } else { 0 };
            k = x + 1;
            continue;
        }
        if opens && k + 1 < r.end {
            // Past the verb's own window (reached only by skipping a name) a quotation is one more fragment of
            // the object ("أمام "مفاوضات نهائية" للتوصل إلى حل ينهي "المعاناة""), not the content: only أن/إن or a
            // colon opens it there.
            if k >= j + window {
                break;
            }
            direct = true;
            content_start = Some(k + 1);
            break;
        }
        if w.is_arabic() && is_that(w) && w.split.conj == 0 {
            // "بعد أن"، "قبل أن" open a clause of time in the attribution ("وقال الطبيب، بعد أن زار عباس في مشفاه، إن
            // عباس ..."), not what was said: the complement comes later, if at all.
            // Written as a word ("قبلي" is "tribal"), and not "فيما بعد" ("later": "أكدت فيما بعد أن").
            let temporal = |m: usize| words[m].split.enclitic == 0 && qw.is(Role::TemporalBefore, &words[m].bare);
            if k > r.start && temporal(k - 1) && !(k - 1 > r.start && qw.is_word(Role::TemporalAdverbAfter, &words[k - 2])) {
                k += 1;
                continue;
            }
            content_start = if qw.is(Role::ContentThat, &w.bare) { (k + 1 < r.end).then_some(k + 1) } else { Some(k) };
            break;
        }
        k += 1;
    }
    (content_start, direct)
}

/// A short quoted name in the attribution ("لموقع "24" الإماراتي، أن"، عملية "غصن الزيتون") is no content, nor a
/// longer one that أن/إن follows, maybe after a comma ("لشبكة "سي بي إس"، إن"، "عضوة "مجلس رؤساء الشرطة"، إنه"): the
/// closing mark of the quotation opened at word `m`, if it is such a name.
fn short_quoted_name(words: &[Word], r: &std::ops::Range<usize>, m: usize) -> Option<usize> {
    let that_at = |x: usize| x < r.end && words[x].is_arabic() && is_that(&words[x]) && words[x].split.conj == 0;
    (m + 1..r.end.min(m + 9)).find(|&x| words[x].kind == WordKind::Punct && matches!(words[x].key.as_str(), "\"" | "»" | "”")).filter(|&x| {
        (x < m + 5 && x + 1 < r.end && words[x + 1].is_arabic()) || that_at(x + 1) || (x + 1 < r.end && is_comma(&words[x + 1]) && that_at(x + 2))
    })
}

/// A name in quotation marks right after the noun it names (`name_head`: لصحيفة "هآرتس"، على "تويتر"، موقع "ميديا
/// بارت") or after لـ: at most four words, no content ("فقال لصحيفة "إل بايس": "بطل؟ ..."). The closing mark of the
/// quotation opened at word `m`, if it is such a name.
fn named_quotation(words: &[Word], r: &std::ops::Range<usize>, m: usize) -> Option<usize> {
    let qw = QuoteWords::get();
    let p = &words[m - 1];
    let head = p.is_arabic() && p.split.enclitic == 0 && (qw.is_word(Role::NameHead, p) || p.key == "ل" || p.key == "لـ");
    head.then(|| (m + 1..r.end.min(m + 6)).find(|&x| words[x].kind == WordKind::Punct)).flatten().filter(|&x| x > m + 1 && matches!(words[x].key.as_str(), "\"" | "»" | "”"))
}

/// A short quotation (at most seven words) that a colon, or أن/إن past commas, dates and a few words, still
/// follows before any other verb of saying or quotation is a name in the attribution, not the content ("قال
/// مسؤول في حلف شمال الأطلسي "الناتو"، الثلاثاء، إن"، "وكتب ترامب على "تويتر": "..."، "نقلت "الوكالة العربية
/// السورية للأنباء" عن مراسلها السبت أن"); not after a word that makes أن adverbial (`adverbial_that_before`:
/// "وقالت المفوضة "هذا سيسيء ..." بدون أن تعلن").
/// `m` is the opening mark's word.
fn name_before_that(words: &[Word], r: &std::ops::Range<usize>, m: usize) -> Option<usize> {
    let (lex, qw) = (Lexicon::get(), QuoteWords::get());
    // Not a quotation right after أن/إن ("وأنه "جزء من الصورة الأكبر""): that is the content.
    if m > r.start && words[m - 1].is_arabic() && is_that(&words[m - 1]) {
        return None;
    }
    let x = (m + 2..r.end.min(m + 9)).find(|&x| words[x].kind == WordKind::Punct)?;
    if !matches!(words[x].key.as_str(), "\"" | "»" | "”") {
        return None;
    }
    for y in x + 1..r.end.min(x + 12) {
        let v = &words[y];
        if v.kind == WordKind::Punct {
            if v.key == ":" && y + 1 < r.end {
                return Some(x);
            }
            if is_comma(v) {
                continue;
            }
            return None;
        }
        // أن with a preposition other than ب is a clause of reason or purpose ("لأنه غير مخول").
        if v.is_arabic() && is_that(v) && v.split.conj == 0 && (v.split.prep == 0 || qw.is_word(Role::AccusedThat, v)) {
            // A word with the article only as listed with it ("خاصة أنها" is "especially as", but
            // "لقناة "النهار" الخاصة أن" names the channel).
            let p = &words[y - 1];
            let listed = if p.split.article > 0 { qw.is_past_conj(Role::AdverbialThatBefore, p) } else { qw.is_word(Role::AdverbialThatBefore, p) };
            let adverbial = p.is_arabic() && listed;
            return (!adverbial).then_some(x);
        }
        // Another verb of saying, or a new clause ("عاصمتها "الأبدية والموحدة"، في حين يطالب الفلسطينيون بأن").
        if v.is_arabic() && (lex.speech.longest(words, y, r.end).is_some() || qw.is_past_conj(Role::ClauseAfterQuotation, v)) {
            return None;
        }
    }
    None
}

/// Where the content ends (a char offset): at the closing quotation mark when quoted directly, at the end of its
/// clause for an object, else at the sentence's end; trailing stops, quotes and spaces left out.
fn content_end(ctx: &Ctx, j: usize, r_end: usize, sentence_end: usize, object: bool, direct: bool) -> usize {
    let a = ctx.a;
    let words = &a.words;
    let start = words[j].start;
    // Content: to the closing quote or the sentence end; an object to the end of its clause (the comma
    // before "مضيفا أنه ..." that starts another quote).
    let mut end = sentence_end;
    if object {
        if let Some(c) = (j..r_end).find(|&m| words[m].kind == WordKind::Punct && matches!(words[m].key.as_str(), "," | "،" | ";" | "؛")) {
            end = words[c].start;
        }
    }
    if direct {
        if let Some(q) = (j..r_end).find(|&m| words[m].kind == WordKind::Punct && matches!(words[m].key.as_str(), "\"" | "»" | "”")) {
            end = words[q].start;
        }
    }
    while end > start && matches!(a.chars[end - 1], '.' | '"' | '»' | '”' | ' ' | '\'') {
        end -= 1;
    }
    end
}

// ---------------------------------------------------------------------------------------------------------------
// The learned speaker choice. The rules above give one speaker; the candidates of a quote are that speaker and the
// others a reader would weigh: the persons and bodies its sentence names outside the content, the subject phrase
// after the verb, the one quoted after عن of a relaying verb (نقلت وكالة X عن Y), the person the previous sentence
// opens with and the other persons it names (a verb with a dropped pronoun speaks for them), and the last speaker.
// A logistic model over features of each candidate (its place before or after the verb, its distance, its kind of
// entity, a title with or without a name, a preposition or عن before it, the sentence it is in, which rules
// proposed it) scores them; a candidate other than the rule's is taken when its score beats the rule's by the
// margin chosen by cross-validation. Weights: `rasd train speakers` (crates/learn) into
// data/events/speaker_model.tsv; an empty model keeps every rule speaker.

rasd_text::embedded_data! {
    "events";
    SPEAKER_MODEL, SPEAKER_MODEL_FILE = "speaker_model.tsv";
}

/// The speaker model: a weight per feature (the score of a candidate is the sum of its features' weights), and
/// the margin by which another candidate must beat the rule's speaker.
pub struct SpeakerModel(crate::margin_model::MarginModel);

impl SpeakerModel {
    /// The shipped model, or the file RASD_SPEAKER_MODEL names (a candidate model tried without rebuilding).
    pub fn get() -> &'static SpeakerModel {
        static M: std::sync::OnceLock<SpeakerModel> = std::sync::OnceLock::new();
        M.get_or_init(|| SpeakerModel::parse(&crate::model_text("RASD_SPEAKER_MODEL", SPEAKER_MODEL)).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Read a model file: `margin<TAB>value` once, then `feature<TAB>weight`.
    pub fn parse(text: &str) -> Result<SpeakerModel, rasd_text::data::DataError> {
        crate::margin_model::MarginModel::parse(SPEAKER_MODEL_FILE, text).map(SpeakerModel)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn score(&self, features: &[String]) -> f32 {
        self.0.score(features)
    }

    /// The candidate to take instead of the rule's (candidate 0 when the rules gave one): the best scored, when it
    /// beats the rule's by more than the margin (or the rules gave none and it scores above zero).
    pub fn choose(&self, cands: &[Vec<String>], rule: bool) -> Option<usize> {
        let s: Vec<f32> = cands.iter().map(|f| self.score(f)).collect();
        let best = (0..s.len()).max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))?;
        if rule {
            (best != 0 && s[best] - s[0] > self.0.margin()).then_some(best)
        } else {
            (s[best] > self.0.margin()).then_some(best)
        }
    }
}

/// A quote's speaker candidates as the trainer sees them: the content (code points), and each candidate's text
/// (code points of its words), English name, and features. The rule's speaker, when there is one, is first.
#[derive(Clone, Debug)]
pub struct SpeakerSite {
    pub content: (usize, usize),
    pub rule: bool,
    pub texts: Vec<String>,
    pub names: Vec<Option<String>>,
    pub features: Vec<Vec<String>>,
}

thread_local! {
    static SPEAKERS: crate::trace::Sink<SpeakerSite> = const { std::cell::RefCell::new(None) };
}

/// Run `f` with the choice off, and return what it returns with the speaker sites of the quotes found meanwhile on
/// this thread: how the trainer reads the candidates.
pub fn collect_speakers<R>(f: impl FnOnce() -> R) -> (R, Vec<SpeakerSite>) {
    crate::trace::collect(&SPEAKERS, f)
}

/// Where a candidate came from (a candidate several sources propose has each as a feature).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Rule,
    Entity,
    Subject,
    Relayed,
    PrevOpening,
    PrevEntity,
    Last,
    Before,
    Opening,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Rule => "rule",
            Source::Entity => "ent",
            Source::Subject => "subj",
            Source::Relayed => "relayed",
            Source::PrevOpening => "prevopen",
            Source::PrevEntity => "prevent",
            Source::Last => "last",
            Source::Before => "before",
            Source::Opening => "open",
        }
    }
}

/// What the candidate generation reads of a quote.
struct Site<'s> {
    s: usize,
    cue: (usize, usize),
    kind: SpeechKind,
    /// The content as words and as code points.
    content: (usize, usize),
    content_cp: (usize, usize),
    rule: Option<&'s Arg>,
    last: Option<&'s Arg>,
    last_sent: usize,
}

/// The candidates of a quote, each with its sources: the rule's speaker first, then in the order proposed, one per
/// word span.
fn candidates(ctx: &Ctx, q: &Site) -> Vec<(Arg, Vec<Source>)> {
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(q.s);
    let mut out: Vec<(Arg, Vec<Source>)> = vec![];
    let mut add = |a: Arg, src: Source| {
        if let Some(c) = out.iter_mut().find(|c| c.0.word_start == a.word_start && c.0.word_end == a.word_end) {
            if !c.1.contains(&src) {
                c.1.push(src);
            }
        } else {
            out.push((a, vec![src]));
        }
    };
    if let Some(a) = q.rule {
        add(a.clone(), Source::Rule);
    }
    let arg = |ws: usize, we: usize| Arg { word_start: ws, word_end: we, desc: (ctx.describe)(ws, we) };
    let outside = |ws: usize, we: usize| we <= q.content.0 || ws >= q.content.1;
    for e in ctx.entities_within(r.start, r.end) {
        if outside(e.word_start, e.word_end) && !(e.word_start < q.cue.1 && e.word_end > q.cue.0) && !after_prep(ctx, e.word_start) {
            add(arg(e.word_start, e.word_end), Source::Entity);
        }
    }
    if q.kind != SpeechKind::Participle && q.cue.1 < r.end {
        let qw = QuoteWords::get();
        // Not a phrase after a preposition nor a preposition with its pronoun ("ليقول له").
        // Nor a participle of manner or of saying ("وتابعت معتذرة"، "وأضاف قائلا").
        let saying = |k: usize| qw.is(Role::Manner, &words[k].bare) || Lexicon::get().speech.longest(words, k, r.end).is_some_and(|(pid, _)| matches!(Lexicon::get().speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Participle, .. }));
        let subject = |sp: &Arg| outside(sp.word_start, sp.word_end) && no_prep(ctx, sp.word_start) && !qw.is_word(Role::NotSpeaker, &words[sp.word_start]) && !false_article(ctx, sp.word_start) && !Lexicon::get().is("np_stop", &words[sp.word_start]) && !saying(sp.word_start);
        // An adverb between the verb and its subject, as the rules skip it ("قال لاحقاً إن"، "وتقول أيضا إن"). Not a
        // date: the phrase after it may be the one quoted after عن ("نقل ليل الأحد عن مصدر عسكري").
        let mut at = q.cue.1;
        while at < r.end && Lexicon::get().is("speaker_adverb", &words[at]) {
            at += 1;
        }
        if let Some(sp) = partitive_np(ctx, at, r.end).filter(|p| outside(p.word_start, p.word_end)).or_else(|| np_at_opt(ctx, at, r.end, false).filter(subject)) {
            // The one quoted after عن of a relaying verb.
            if let Some(src) = relayed_source(ctx, q.cue, sp.word_end, r.end) {
                add(src, Source::Relayed);
            }
            add(sp, Source::Subject);
        }
    }
    if q.kind == SpeechKind::Verb {
        if let Some(sp) = before_phrase(ctx, q.s, q.cue).filter(|sp| outside(sp.word_start, sp.word_end)) {
            add(sp, Source::Before);
        }
        // A second verb of the sentence with no subject after it ("لكن المحطة التلفزيونية رفضت الرواية، وقالت إنها"):
        // the sentence's opening phrase when it is definite or a name (SVO). (After a first word that is a verb, VSO,
        // the phrase is as often that verb's object or a noun of its own: "وردت الأنباء"، "وبعد ستة أيام".)
        if q.cue.0 > r.start && (r.start..q.cue.0).any(|k| words[k].is_arabic()) && subjectless(ctx, q.s, q.cue) {
            if let Some(k) = opening_word(ctx, q.s, q.cue).filter(|&k| svo_word(ctx, k)) {
                if let Some(sp) = np_at_opt(ctx, k, q.cue.0, false).filter(|sp| outside(sp.word_start, sp.word_end)) {
                    add(sp, Source::Opening);
                }
            }
        }
    }
    if q.s > 0 {
        if let Some(p) = opening_person(ctx, q.s - 1) {
            add(p, Source::PrevOpening);
        }
        let pr = ctx.a.sentence_words(q.s - 1);
        for e in ctx.entities_within(pr.start, pr.end).filter(|e| e.is_person).take(3) {
            add(arg(e.word_start, e.word_end), Source::PrevEntity);
        }
    }
    if let Some(l) = q.last {
        add(l.clone(), Source::Last);
    }
    out
}

/// Word `k` may open a speaker's phrase: an Arabic word with no preposition, not a stop word, a word never a
/// speaker, a false article or a clause opener.
fn clause_word(ctx: &Ctx, k: usize) -> bool {
    let w = &ctx.a.words[k];
    w.is_arabic() && no_prep(ctx, k) && !Lexicon::get().is("np_stop", w) && !qw_not_speaker(ctx, k) && !false_article(ctx, k) && !QuoteWords::get().is_word(Role::ClauseOpener, w)
}

/// The noun phrase right before the verb `cue` of sentence `s` (SVO), though it names no one the describer knows
/// ("ولكن مجموعات مناهضة الإجهاض تقول إنها"، "فإن الكتيب يقول"): the rules take only a known one. Past an auxiliary.
/// It opens its clause: after the sentence's start, a punctuation mark, أن/إن, an auxiliary or a word of
/// quote_words.tsv `clause_opener` (لكن، بينما), not after a preposition ("ضد وسائل إعلام تقول إنها"). A noun, not a
/// verb or a particle the splitter reads as one ("ومضى يقول"، "عندما أعلن"): a definite head or a name, a construct
/// of two words or more ("مجموعات مناهضة الإجهاض"، "وسائل إعلام"), or a source's head ("ولكن مصادر قالت").
fn before_phrase(ctx: &Ctx, s: usize, cue: (usize, usize)) -> Option<Arg> {
    let words = &ctx.a.words;
    let r = ctx.a.sentence_words(s);
    let mut end = cue.0;
    while end > r.start && Lexicon::get().is_key("auxiliary", &words[end - 1]) {
        end -= 1;
    }
    let opens = |j: usize| {
        j == r.start || {
            let p = &words[j - 1];
            !p.is_arabic() || is_that(p) || Lexicon::get().is_key("auxiliary", p) || QuoteWords::get().is_word(Role::ClauseOpener, p)
        }
    };
    let nounish = |np: &Arg| {
        let w = &words[np.word_start];
        w.has_article() || ctx.entities_starting(np.word_start).next().is_some() || np.word_end > np.word_start + 1 || QuoteWords::get().is(Role::SourceHead, &w.bare)
    };
    let sp = (end.saturating_sub(6).max(r.start)..end).filter(|&j| clause_word(ctx, j) && opens(j)).find_map(|j| np_at_opt(ctx, j, end, false).filter(|np| np.word_end == end))?;
    (nounish(&sp) && Lexicon::get().speech.longest(words, sp.word_start, end).is_none()).then_some(sp)
}

/// Word `k` starts with ال that is no article (quote_words.tsv `false_article`: "اللذان"، "التقت"): a relative pronoun
/// or a verb, not a definite noun.
fn false_article(ctx: &Ctx, k: usize) -> bool {
    QuoteWords::get().is_past_conj(Role::FalseArticle, &ctx.a.words[k])
}

/// Word `k` is one quote_words.tsv says is never a speaker (`not_speaker`).
fn qw_not_speaker(ctx: &Ctx, k: usize) -> bool {
    QuoteWords::get().is_word(Role::NotSpeaker, &ctx.a.words[k])
}

/// Whether a name follows a preposition: on its first word, or among the three words before it with no comma
/// between: a partner, an addressee or a source quoted by the speaker ("في مكالمة مع الرئيس الأذري إلهام
/// علييف"، "نقلا عن ممثل علييف"), named in the sentence but not its speaker. The one quoted after a relaying verb
/// is a candidate of its own.
fn after_prep(ctx: &Ctx, k: usize) -> bool {
    let qw = QuoteWords::get();
    let words = &ctx.a.words;
    !no_prep(ctx, k) || (k.saturating_sub(3)..k).rev().take_while(|&m| !is_comma(&words[m])).any(|m| words[m].is_arabic() && qw.is_word(Role::AddresseePrep, &words[m]))
}

fn bucket(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2..=3 => "2-3",
        4..=7 => "4-7",
        8..=15 => "8-15",
        _ => "16+",
    }
}

/// The features of candidate `c` of a quote. Groups (the prefix before '=' or '|') are left out by the trainer's
/// cross-validation when they do not help.
fn speaker_features(ctx: &Ctx, q: &Site, c: &Arg, srcs: &[Source]) -> Vec<String> {
    let mut f = vec!["bias".to_string()];
    for s in srcs {
        f.push(format!("src={}", s.name()));
    }
    let only = if srcs.len() == 1 { srcs[0].name() } else { "multi" };
    let d = describe(ctx, q, c);
    f.push(format!("sent={}", d.sent));
    f.push(format!("etype={}", d.etype));
    f.push(format!("title={}", d.title));
    f.push(format!("title={}|sent={}", d.title, d.sent));
    let rule_person = q.rule.is_some_and(|a| ctx.entities_within(a.word_start, a.word_end).any(|e| e.is_person));
    let rulep = if q.rule.is_none() { "none" } else if rule_person { "person" } else { "other" };
    f.push(format!("rulep={rulep}|etype={}", d.etype));
    f.push(format!("rulep={rulep}|src={only}"));
    if d.sent == "same" {
        placement_features(&mut f, ctx, q, c, &d);
    } else {
        f.push(format!("src={only}|sent={}", d.sent));
    }
    neighbour_features(&mut f, ctx, q, c, &d);
    verb_features(&mut f, ctx, q, srcs, only, &d);
    f
}

/// What a speaker candidate is, as its features name it.
struct Described {
    /// Which sentence: the quote's own ("same"), the one before ("prev"), "earlier".
    sent: &'static str,
    /// person, place, org (another entity) or none.
    etype: &'static str,
    /// A title with a name, a name alone, a definite or an indefinite noun.
    title: &'static str,
    person: bool,
}

fn describe(ctx: &Ctx, q: &Site, c: &Arg) -> Described {
    let r = ctx.a.sentence_words(q.s);
    let sent = if c.word_start >= r.start && c.word_start < r.end {
        "same"
    } else if q.s > 0 && ctx.a.sentence_words(q.s - 1).contains(&c.word_start) {
        "prev"
    } else {
        "earlier"
    };
    let ents: Vec<&crate::EntitySpan> = ctx.entities_within(c.word_start, c.word_end).collect();
    let person = ents.iter().any(|e| e.is_person);
    let etype = if person {
        "person"
    } else if ents.iter().any(|e| e.is_place) {
        "place"
    } else if !ents.is_empty() {
        "org"
    } else {
        "none"
    };
    let title = if person && ents.iter().any(|e| e.is_person && e.word_start > c.word_start) {
        "title+name"
    } else if person {
        "name"
    } else if ctx.a.words[c.word_start].split.article > 0 {
        "def"
    } else {
        "indef"
    };
    Described { sent, etype, title, person }
}

/// A candidate of the quote's own sentence: its place relative to the verb and distance, what stands between them
/// (a comma, a complementizer), and its rank among the sentence's persons.
fn placement_features(f: &mut Vec<String>, ctx: &Ctx, q: &Site, c: &Arg, d: &Described) {
    let words = &ctx.a.words;
    let (pos, dist) = if c.word_end <= q.cue.0 { ("before", q.cue.0 - c.word_end) } else { ("after", c.word_start.saturating_sub(q.cue.1)) };
    f.push(format!("pos={pos}"));
    f.push(format!("pos={pos}|dist={}", bucket(dist)));
    f.push(format!("pos={pos}|etype={}", d.etype));
    f.push(format!("pos={pos}|title={}", d.title));
    let (a, b) = if pos == "before" { (c.word_end, q.cue.0) } else { (q.cue.1, c.word_start) };
    if (a..b).any(|k| is_comma(&words[k])) {
        f.push(format!("pos={pos}|comma"));
    }
    if (a..b).any(|k| words[k].is_arabic() && is_that(&words[k])) {
        f.push(format!("pos={pos}|that"));
    }
    if d.person {
        let r = ctx.a.sentence_words(q.s);
        let rank = ctx.entities_within(r.start, c.word_start).filter(|e| e.is_person).count();
        f.push(format!("prank={}", rank.min(2)));
    }
}

/// The words at the candidate: a preposition written on it or before it (عن of a relaying verb, an addressee's
/// word), one among the three words before it, the verb's agreement with its head, and the head word itself.
fn neighbour_features(f: &mut Vec<String>, ctx: &Ctx, q: &Site, c: &Arg, d: &Described) {
    let (qw, words) = (QuoteWords::get(), &ctx.a.words);
    let w0 = &words[c.word_start];
    if w0.split.prep > 0 && !(w0.split.future && ctx.entities_starting(c.word_start).next().is_some()) {
        f.push("prep=clitic".into());
    }
    if c.word_start > 0 {
        let pw = &words[c.word_start - 1];
        if pw.is_arabic() && qw.is_word(Role::AddresseePrep, pw) {
            f.push(format!("prep={}", pw.bare));
            f.push(format!("prep={}|verb={}", pw.bare, if qw.starts(Role::RelayVerb, &words[q.cue.0].bare) { "relay" } else { "other" }));
        }
    }
    // After the last comma ("نقلا عن ممثل علييف"، "في مكالمة مع الرئيس الأذري إلهام علييف").
    let lo = c.word_start.saturating_sub(3);
    if let Some(k) = (lo..c.word_start).rev().take_while(|&k| !is_comma(&words[k])).find(|&k| words[k].is_arabic() && qw.is_word(Role::AddresseePrep, &words[k])) {
        f.push(format!("near={}", words[k].bare));
    }
    // Agreement: the verb's gender and number against the candidate's head ("قالت الوزارة"، "وأضاف الرئيس").
    let vg = verb_gender(&words[q.cue.0], q.kind, false);
    let cg = noun_gender(ctx, c);
    f.push(format!("agree={vg}|{cg}"));
    f.push(format!("agree={vg}|{cg}|etype={}", d.etype));
    // The head word itself (المتحدث، وكالة، مصادر).
    f.push(format!("head={}", words[c.word_start].bare));
}

/// The verb of saying: relaying, opening its sentence with no subject, a participle; and the last speaker's distance.
fn verb_features(f: &mut Vec<String>, ctx: &Ctx, q: &Site, srcs: &[Source], only: &str, d: &Described) {
    let qw = QuoteWords::get();
    if qw.starts(Role::RelayVerb, &ctx.a.words[q.cue.0].bare) {
        f.push(format!("relay|src={only}"));
    }
    if q.kind == SpeechKind::Verb && opens_without_subject(ctx, q.s, q.cue) {
        f.push(format!("drop|src={only}"));
        f.push(format!("drop|sent={}", d.sent));
        f.push(format!("drop|etype={}", d.etype));
    }
    if q.kind == SpeechKind::Participle {
        f.push(format!("part|src={only}"));
    }
    // A verb of saying inside its sentence with no subject after it: a second verb of the opening subject ("وتنفي
    // القوات التركية ...، وتقول إن") or one whose subject stands before it.
    let r = ctx.a.sentence_words(q.s);
    if q.kind == SpeechKind::Verb && (r.start..q.cue.0).any(|k| ctx.a.words[k].is_arabic()) && subjectless(ctx, q.s, q.cue) {
        let conj = ctx.a.words[q.cue.0].split.conj > 0;
        f.push(format!("mid|conj={conj}|src={only}"));
        f.push(format!("mid|sent={}", d.sent));
        f.push(format!("mid|etype={}", d.etype));
    }
    // The last speaker was in this sentence or the one before.
    if srcs.contains(&Source::Last) {
        f.push(format!("last|near={}", q.last_sent + 1 >= q.s));
    }
    if srcs.contains(&Source::Rule) {
        f.push(format!("rule|title={}", d.title));
    }
}

/// The speaker of a quote after the learned choice (the rule's when the model is empty or keeps it); records the
/// candidates when a trainer collects: all of them, before the filter that keeps names after the content out of the
/// choice (`after_content`), so the model learns from more candidates than it chooses among.
fn learned_speaker(ctx: &Ctx, q: Site) -> Option<Arg> {
    let model = SpeakerModel::get();
    let collecting = crate::trace::collecting(&SPEAKERS);
    // "على لسان X" says in words who voiced the quote: nothing to weigh.
    if model.is_empty() && !collecting || q.rule.is_some_and(|r| voiced(ctx, r)) {
        return q.rule.cloned();
    }
    let cands = candidates(ctx, &q);
    if cands.is_empty() {
        return None;
    }
    let feats: Vec<Vec<String>> = cands.iter().map(|(a, s)| speaker_features(ctx, &q, a, s)).collect();
    if collecting {
        let words = &ctx.a.words;
        let texts = cands.iter().map(|(a, _)| ctx.a.slice(words[a.word_start].start, words[a.word_end - 1].end)).collect();
        let names = cands.iter().map(|(a, _)| a.desc.name.clone()).collect();
        crate::trace::record(&SPEAKERS, SpeakerSite { content: q.content_cp, rule: q.rule.is_some(), texts, names, features: feats });
        return q.rule.cloned();
    }
    // The rule's speaker (first) stays a candidate; no other one after the content.
    let furthest = cands.iter().map(|(a, _)| a.word_start).max().unwrap_or(0);
    let attribution = if q.cue.0 < q.content.0 { first_attribution(ctx, &q, furthest) } else { None };
    let (keep, feats): (Vec<usize>, Vec<Vec<String>>) = feats.into_iter().enumerate().filter(|&(k, _)| (k == 0 && q.rule.is_some()) || !after_content(ctx, &q, attribution, &cands[k].0)).unzip();
    match model.choose(&feats, q.rule.is_some()) {
        Some(k) => Some(cands[keep[k]].0.clone()),
        None => q.rule.cloned(),
    }
}

/// Whether candidate `c` stands after the quote's content in the quote's own sentence, the verb of saying before
/// the content: the speaker of "قال X إن ..." or "X، مؤكدا أن ..." stands before what was said, a name after it is a
/// person the sentence goes on to name ("وقال مساهل: "..."، ولا يستبعد الوزير حضور البابا فرانسيس"، "أكدت محكمة
/// تركية ... حكما ... بتهمة إهانة الرئيس رجب طيب أردوغان"). Unless a source's attribution stands between the content
/// and the name ("وأُعلن منح الجائزة ...، وفقا لرئيسة لجنة نوبل بيريت ريس-أندرسن"، "وفق ما صرح به وزير النقل").
fn after_content(ctx: &Ctx, q: &Site, attribution: Option<usize>, c: &Arg) -> bool {
    let r = ctx.a.sentence_words(q.s);
    q.cue.0 < q.content.0 && q.content.1 <= c.word_start && r.contains(&c.word_start) && attribution.is_none_or(|a| a >= c.word_start)
}

/// The first word after the quote's content, before word `until`, that opens a source's attribution (وفقا لـ، وفق
/// ما صرح به), in the quote's sentence: found once per quote, not once per candidate.
fn first_attribution(ctx: &Ctx, q: &Site, until: usize) -> Option<usize> {
    let r = ctx.a.sentence_words(q.s);
    let lex = Lexicon::get();
    let attribution = |k: &usize| lex.speech.longest(&ctx.a.words, *k, r.end).is_some_and(|(pid, _)| matches!(lex.speech.patterns[pid].payload, Payload::Speech { kind: SpeechKind::Attribution, .. }));
    (q.content.1..until.min(r.end)).find(attribution)
}

/// The gender and number a verb of saying marks on its subject, from its form: a perfect in ت or an imperfect in
/// ت is feminine (قالت، تقول; not a masculine perfect of quote_words.tsv `past_in_ta`: تابع، تحدث), in وا/ون
/// plural (قالوا، يقولون); a participle in ة feminine (قائلة), in ين plural. The speaker model's features read every
/// verb in ت as feminine (`ta_past` false), as the shipped model was trained: a model retrained with the masculine
/// reading scored 2 news-dev speakers fewer (session 20).
fn verb_gender(w: &Word, kind: SpeechKind, ta_past: bool) -> &'static str {
    let stem = w.bare.as_str();
    let ends = |x: &str| stem.ends_with(x);
    if ends("وا") || ends("ون") || (kind == SpeechKind::Participle && ends("ين")) {
        "pl"
    } else if ends("ا") && kind == SpeechKind::Verb && stem.chars().count() > 3 {
        "du"
    } else if (kind == SpeechKind::Participle && w.taa_final) || (kind == SpeechKind::Verb && (ends("ت") || (stem.starts_with('ت') && !(ta_past && QuoteWords::get().is(Role::PastInTa, stem))))) {
        "f"
    } else {
        "m"
    }
}

/// Whether a verb of saying's form is plainly a man's (the guard on a speaker carried on from an earlier quote): a
/// participle without ة or a plural ending (مؤكدا، مضيفا), a verb in ي (يقول، يضيف) or a perfect with no ending and no
/// pronoun (قال، صرح), or a perfect in ت of quote_words.tsv `past_in_ta` (تابع، تحدث). Not a verb in أ or ن, which
/// may be the first person (أقول لكم، نقول), nor another one in ت (تقول), nor one with an object pronoun
/// (أخبرتني); a و or ف the clitic splitter left on ("وتضيف") is set aside.
fn says_masculine(w: &Word, kind: SpeechKind) -> bool {
    let bare = w.bare.as_str();
    let stem = match bare.strip_prefix('و').or_else(|| bare.strip_prefix('ف')) {
        Some(rest) if w.split.conj == 0 && rest.chars().count() >= 3 => rest,
        _ => bare,
    };
    let plural_or_dual = ["ون", "ين", "ات", "وا", "ان"].iter().any(|e| stem.ends_with(e));
    match kind {
        SpeechKind::Participle => !w.taa_final && !plural_or_dual,
        SpeechKind::Verb => w.split.enclitic == 0 && !plural_or_dual && !stem.ends_with('ت') && !stem.ends_with('ا') && (!stem.starts_with(['أ', 'ا', 'إ', 'ن', 'ت']) || QuoteWords::get().is(Role::PastInTa, stem)),
        _ => false,
    }
}

/// The gender and number a noun's form suggests: ة feminine (الوزارة، وكالة), ون/ين/ات plural; a person named with a
/// woman's given name (data/events/female_names.txt) feminine, also when named by the family name alone after the
/// full name ("قالت إيرين إيغان" ... "وأضافت إيغان"); else masculine or unknown (a name).
fn noun_gender(ctx: &Ctx, c: &Arg) -> &'static str {
    let w = &ctx.a.words[c.word_start];
    let b = w.bare.as_str();
    if b.ends_with("ون") || b.ends_with("ين") || b.ends_with("ات") {
        "pl"
    } else if w.taa_final || female_person(ctx, c) {
        "f"
    } else {
        "m"
    }
}

/// Whether candidate `c` opens with a person's name that is a woman's: its first word a woman's given name, or its
/// last word the family name of a person the record names in full with one.
fn female_person(ctx: &Ctx, c: &Arg) -> bool {
    let words = &ctx.a.words;
    let Some(e) = ctx.entities_starting(c.word_start).find(|e| e.is_person) else { return false };
    let names = FemaleNames::get();
    if names.is(&words[e.word_start].key) {
        return true;
    }
    // A family name alone: a woman's if the document names her in full (the set is built once per document).
    let surnames = ctx.index().women_surnames.get_or_init(|| {
        ctx.entities_within(0, words.len())
            .filter(|f| f.is_person && f.word_end > f.word_start + 1 && names.is(&words[f.word_start].key))
            .map(|f| words[f.word_end - 1].key.clone())
            .collect()
    });
    e.word_end == e.word_start + 1 && surnames.contains(&words[e.word_end - 1].key)
}
