//! Noun phrases without a parser: a named entity, or a few content words up to a preposition, punctuation, a
//! relative pronoun or a verb of saying.

use crate::lexicon::Lexicon;
use crate::{ActorDesc, Arg, Ctx};
use rasd_text::WordKind;

/// Longest NP we take without a name in it.
const MAX_NP: usize = 4;

/// The entity starting at word `i` (or at `i + 1` after one article-less head noun such as "الرئيس").
pub fn entity_at(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    ctx.entities.iter().find(|e| e.word_start == i).map(|e| (e.word_start, e.word_end))
}

fn stops(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.a.words[i];
    w.kind == WordKind::Punct || w.kind == WordKind::Number || Lexicon::get().is("np_stop", w)
}

/// A nisba adjective after a noun: "السوري", "الأذربيجانية", "الموالية" (article and a ي/ية ending).
fn is_adjective(w: &rasd_text::Word) -> bool {
    w.has_article() && w.split.conj == 0 && w.split.prep == 0 && ["ي", "يه", "يين", "يون", "يان", "يتين"].iter().any(|e| w.bare.ends_with(e))
}

/// The noun phrase starting at word `i`, within `[i, limit)`, described as an actor. With `known`, None unless
/// the phrase names or describes someone (a country, a role, an entity); otherwise any noun phrase.
pub fn np_at(ctx: &Ctx, i: usize, limit: usize) -> Option<Arg> {
    np_at_opt(ctx, i, limit, true)
}

pub fn np_at_opt(ctx: &Ctx, i: usize, limit: usize, known: bool) -> Option<Arg> {
    if i >= limit || stops(ctx, i) || !ctx.a.words[i].is_arabic() && ctx.a.words[i].kind != WordKind::Latin {
        return None;
    }
    let words = &ctx.a.words;
    let mut end;
    if let Some((_, e)) = entity_at(ctx, i) {
        end = e;
    } else {
        // A head noun. Without the article it is in construct state and takes one genitive ("وزارة الدفاع",
        // "قوات الأمن"); with it, only adjectives follow ("الشرطة المتظاهرين" is subject then object).
        end = i + 1;
        if !words[i].has_article() && end < limit {
            if let Some((_, e)) = entity_at(ctx, end) {
                end = e;
            } else {
                let w = &words[end];
                if !stops(ctx, end) && w.split.conj == 0 && w.split.prep == 0 && w.has_article() {
                    end += 1;
                }
            }
        } else if end < limit {
            // A name in apposition after a title: "الرئيس الأذري إلهام علييف" (adjectives first).
            let mut k = end;
            while k < limit && is_adjective(&words[k]) {
                k += 1;
            }
            if let Some((_, e)) = entity_at(ctx, k).filter(|_| ctx.entities.iter().any(|e| e.word_start == k && e.is_person)) {
                end = e;
            }
        }
    }
    // Adjectives after it: "الجيش السوري", "القوات الموالية لأرمينيا" (an entity after الموالية).
    while end < limit && end - i < MAX_NP + 4 && !stops(ctx, end) {
        if is_adjective(&words[end]) {
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
    let desc: ActorDesc = (ctx.describe)(i, end);
    (!known || desc.is_known()).then_some(Arg { word_start: i, word_end: end, desc })
}
/// The nearest NP that ends before word `i` in `[from, i)`: for subject-verb order.
pub fn np_before(ctx: &Ctx, from: usize, i: usize) -> Option<Arg> {
    // Prefer a named entity close before the verb.
    let e = ctx.entities.iter().filter(|e| e.word_end <= i && e.word_start >= from && i - e.word_end <= 3).max_by_key(|e| e.word_end)?;
    let desc = (ctx.describe)(e.word_start, e.word_end);
    desc.is_known().then_some(Arg { word_start: e.word_start, word_end: e.word_end, desc })
}
