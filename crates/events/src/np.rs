//! Noun phrases without a parser: a named entity, or a few content words up to a preposition, punctuation, a
//! relative pronoun or a verb of saying.

use crate::lexicon::Lexicon;
use crate::{ActorDesc, Arg, Ctx};
use rasd_text::WordKind;

/// Longest NP we take without a name in it.
const MAX_NP: usize = 4;

/// The entity starting at word `i` (or at `i + 1` after one article-less head noun such as "الرئيس").
pub fn entity_at(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    ctx.entities_starting(i).next().map(|e| (e.word_start, e.word_end))
}

fn stops(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.a.words[i];
    w.kind == WordKind::Punct || w.kind == WordKind::Number || Lexicon::get().is("np_stop", w)
}

/// Endings of a singular nisba (nationality or relation) adjective, ة folded to ه: ي، ية.
pub const NISBA_SINGULAR: [&str; 2] = ["ي", "يه"];
/// Endings of a nisba adjective, ة folded to ه: ي، ية، يين، يون، يان، يتين.
pub const NISBA_ENDINGS: [&str; 6] = [NISBA_SINGULAR[0], NISBA_SINGULAR[1], "يين", "يون", "يان", "يتين"];

/// A nisba adjective: "السوري", "الأذربيجانية", "الموالية" (a ي/ية ending, no proclitic). After a definite
/// noun it carries the article; after an indefinite one ("قوة إسرائيلية", "دبابة إسرائيلية") it does not.
fn is_adjective_of(w: &rasd_text::Word, definite: bool) -> bool {
    w.has_article() == definite
        && w.split.conj == 0
        && w.split.prep == 0
        && NISBA_ENDINGS.iter().any(|e| w.bare.ends_with(e))
        && !Lexicon::get().is("iya_noun", w)
}

/// A feminine participle after a feminine or plural noun: "الجماعات المسلحة"، "القوات المدعومة"، "قوة مسلحة".
/// (A masculine plural participle may be a second noun phrase: "الشرطة المتظاهرين" is subject then object.)
fn participle_agrees(prev: &rasd_text::Word, w: &rasd_text::Word, definite: bool) -> bool {
    w.has_article() == definite
        && w.split.conj == 0
        && w.split.prep == 0
        && w.taa_final
        && w.bare.starts_with('م')
        && w.bare.chars().count() >= 5
        && (prev.taa_final || prev.bare.ends_with("ات") || prev.bare.ends_with('ه'))
}

/// The end of a quoted name starting at word `k` (the opening quote): `"بي إس إيه"`, «حماس».
fn quoted_name(ctx: &Ctx, k: usize, limit: usize) -> Option<usize> {
    let words = &ctx.a.words;
    if k + 2 >= limit || !matches!(words[k].key.as_str(), "\"" | "«") {
        return None;
    }
    let (_, e) = entity_at(ctx, k + 1)?;
    (e < limit && matches!(words[e].key.as_str(), "\"" | "»")).then_some(e + 1)
}

/// An article-less word that can stand inside a construct chain: Arabic, no clitics, not a stop word or number.
fn bare_noun(ctx: &Ctx, k: usize) -> bool {
    let w = &ctx.a.words[k];
    w.is_arabic() && !w.has_article() && w.split.conj == 0 && w.split.prep == 0 && w.split.enclitic == 0 && !stops(ctx, k)
}

/// A definite Arabic word that can close a construct chain: no conjunction or preposition, not a stop word.
fn bare_after_article(ctx: &Ctx, k: usize) -> bool {
    let w = &ctx.a.words[k];
    w.is_arabic() && w.split.conj == 0 && w.split.prep == 0 && !stops(ctx, k)
}

fn is_adjective(w: &rasd_text::Word) -> bool {
    is_adjective_of(w, true)
}

/// The noun phrase starting at word `i`, within `[i, limit)`, described as an actor. With `known`, None unless
/// the phrase names or describes someone (a country, a role, an entity); otherwise any noun phrase.
pub fn np_at(ctx: &Ctx, i: usize, limit: usize) -> Option<Arg> {
    np_at_opt(ctx, i, limit, true)
}

/// A counted noun phrase starting at word `i`: "عشرة أشخاص"، "15 جنديا"، "ما لا يقل عن 28 متطوعا". Its end (after
/// the counted noun), or None.
pub fn counted_at(ctx: &Ctx, i: usize, limit: usize) -> Option<usize> {
    let q = ctx.quantities_starting(i).next()?;
    let end = q.unit.map_or(q.word_end, |u| (u + 1).max(q.word_end));
    (end > i && end <= limit).then_some(end)
}

pub fn np_at_opt(ctx: &Ctx, i: usize, limit: usize, known: bool) -> Option<Arg> {
    if i >= limit {
        return None;
    }
    let counted = counted_at(ctx, i, limit);
    if counted.is_none() && (stops(ctx, i) || !ctx.a.words[i].is_arabic() && ctx.a.words[i].kind != WordKind::Latin) {
        return None;
    }
    let words = &ctx.a.words;
    let mut end;
    // The counted noun took a definite genitive: its adjectives carry the article ("طلبة المدارس العراقية").
    let mut definite_genitive = false;
    if let Some(e) = counted {
        end = e;
        // A counted noun after من without the article is in construct state and takes its genitive, which names
        // the group: "المئات من أبناء دارفور"، "العشرات من ميليشيات الحوثي"، "عشرات الآلاف من أنصار المعارضة".
        if end >= i + 2 && end < limit && words[end - 2].key == "من" && bare_noun(ctx, end - 1) {
            if let Some((_, e)) = entity_at(ctx, end).filter(|&(_, e)| e <= limit) {
                end = e;
            } else if let Some(e) = quoted_name(ctx, end, limit) {
                end = e;
            } else if words[end].has_article() && bare_after_article(ctx, end) {
                end += 1;
                definite_genitive = true;
            }
        }
    } else if let Some((_, e)) = entity_at(ctx, i) {
        end = e;
    } else {
        // A head noun. Without the article it is in construct state and takes one genitive ("وزارة الدفاع",
        // "قوات الأمن"); with it, only adjectives follow ("الشرطة المتظاهرين" is subject then object).
        end = i + 1;
        if !words[i].has_article() && end < limit {
            // A construct chain ends in a definite noun or a name: "نائب وزير الخارجية"، "رئيس لجنة الاستخبارات".
            let mut k = end;
            while Lexicon::get().is_key("title_head", &words[i]) && k < limit && k < end + 2 && entity_at(ctx, k).is_none() && bare_noun(ctx, k) {
                k += 1;
            }
            if let Some((_, e)) = entity_at(ctx, k) {
                end = e;
            } else if let Some(e) = quoted_name(ctx, k, limit) {
                // A name in quotes after its kind: مجموعة "بي إس إيه"، حركة «حماس».
                end = e;
            } else if k < limit {
                let w = &words[k];
                // A sound plural that dropped its ن is in construct state and takes the next word as genitive,
                // with or without the article ("مستوطني براخة"، "مسلحو القبيلة").
                let construct_plural = k == i + 1 && (words[i].key.ends_with("ي") && words[i].key.chars().count() >= 5 || words[i].key.ends_with("و") && words[i].key.chars().count() >= 5);
                if !stops(ctx, k) && w.split.conj == 0 && w.split.prep == 0 && (w.has_article() || construct_plural && w.is_arabic() && bare_noun(ctx, k)) {
                    end = k + 1;
                }
            }
        } else if end < limit {
            // A name in apposition after a title: "الرئيس الأذري إلهام علييف" (adjectives first), maybe after an
            // honorific ("العاهل السعودي الملك سلمان").
            let mut k = end;
            while k < limit && is_adjective(&words[k]) {
                k += 1;
            }
            if k + 1 < limit && words[k].has_article() && Lexicon::get().is("honorific", &words[k]) {
                k += 1;
            }
            if let Some((_, e)) = entity_at(ctx, k).filter(|_| ctx.entities_starting(k).any(|e| e.is_person)) {
                end = e;
            }
        }
    }
    // Adjectives after it: "الجيش السوري", "القوات الموالية لأرمينيا" (an entity after الموالية).
    let definite = definite_genitive || counted.is_none() && (words[i].has_article() || end > i + 1 || ctx.entities_starting(i).next().is_some());
    // After a name, a word that starts a name of its own is a second party, not an adjective: "وتتهم الرياض
    // الحوثيين" (subject, then object).
    let named = entity_at(ctx, i).is_some();
    while end < limit && end - i < MAX_NP + 4 && !stops(ctx, end) && !(named && entity_at(ctx, end).is_some()) {
        if is_adjective_of(&words[end], definite) || participle_agrees(&words[end - 1], &words[end], definite) {
            end += 1;
            if words[end - 1].bare.starts_with("موال") || words[end - 1].bare.starts_with("تابع") {
                if let Some((_, e)) = entity_at(ctx, end) {
                    end = e;
                }
            }
        } else {
            break;
        }
    }
    // A name in apposition after a title in construct and its adjectives is the title's holder, not a second
    // party: "وزير الخارجية البريطاني بوريس جونسون"، "نائب وزير الخارجية السوري فيصل المقداد" (a definite title
    // takes its name above).
    // The title's own country stays when the name brings none ("زعيم كوريا الشمالية كيم جونغ أون").
    let mut title_end = None;
    if end > i + 1 && end < limit && counted.is_none() && !words[i].has_article() && Lexicon::get().is_key("title_head", &words[i]) && !stops(ctx, end) {
        // An honorific may stand before the name: "ولي العهد السعودي الأمير محمد بن سلمان" (words.tsv honorific).
        let k = if end + 1 < limit && words[end].has_article() && Lexicon::get().is("honorific", &words[end]) { end + 1 } else { end };
        if let Some((_, e)) = entity_at(ctx, k).filter(|_| ctx.entities_starting(k).any(|e| e.is_person)) {
            title_end = Some(end);
            end = e;
        }
    }
    // A part of a group: "عنصرين من ألوية الناصر"، "العشرات من المسلحين الفلسطينيين" name the group they belong to.
    if end + 1 < limit && words[end].key == "من" && (counted.is_some() || Lexicon::get().is("partitive_head", &words[i])) {
        let mut k = end + 1;
        if words[k].kind == WordKind::Punct && matches!(words[k].key.as_str(), "«" | "\"") {
            k += 1;
        }
        if let Some(g) = np_at_opt(ctx, k, limit, true) {
            end = g.word_end;
            if end < limit && words[end].kind == WordKind::Punct && matches!(words[end].key.as_str(), "»" | "\"") {
                end += 1;
            }
        }
    }
    let mut desc: ActorDesc = (ctx.describe)(i, end);
    if let Some(t) = title_end.filter(|_| desc.country.is_none()) {
        desc.country = (ctx.describe)(i, t).country;
    }
    (!known || desc.is_known()).then_some(Arg { word_start: i, word_end: end, desc })
}
/// The subject before a verb (SVO): the longest known noun phrase in `[from, i)` that ends right before the verb
/// or before an auxiliary (قد، كانت) standing before it.
pub fn np_before(ctx: &Ctx, from: usize, i: usize) -> Option<Arg> {
    let words = &ctx.a.words;
    let mut end = i;
    // Auxiliaries, and the quotation mark of a partial quote that starts at the verb ("محكمة العدل "قد أمرت"").
    while end > from && (Lexicon::get().is_key("auxiliary", &words[end - 1]) || matches!(words[end - 1].key.as_str(), "\"" | "«")) {
        end -= 1;
    }
    if end == from {
        return None;
    }
    // A named entity close before the verb.
    // (The last in list order of those ending at `end`, else at `end - 1`.)
    let close = |k: usize| ctx.entities_ending(k).filter(|e| e.word_start >= from).last();
    if let Some(e) = close(end).or_else(|| close(end - 1)) {
        let arg = np_at(ctx, e.word_start, end).or_else(|| {
            let desc = (ctx.describe)(e.word_start, e.word_end);
            desc.is_known().then_some(Arg { word_start: e.word_start, word_end: e.word_end, desc })
        });
        if arg.is_some() {
            return arg;
        }
    }
    // A described noun phrase ending at the verb: "القوات الأميركية قتلت", "دبابة إسرائيلية أطلقت".
    (end.saturating_sub(6).max(from)..end).find_map(|j| {
        if words[j].split.prep > 0 {
            return None; // a prepositional phrase is no subject
        }
        np_at(ctx, j, end).filter(|np| np.word_end == end)
    })
}
