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

/// The noun phrase starting at word `i`, within `[i, limit)`, described as an actor. None when the words
/// there do not make a phrase that names or describes anyone.
pub fn np_at(ctx: &Ctx, i: usize, limit: usize) -> Option<Arg> {
    if i >= limit || stops(ctx, i) {
        return None;
    }
    let words = &ctx.a.words;
    let mut end = i;
    // A title or head noun may stand before the name: "الرئيس الأذري إلهام علييف", "وزارة الدفاع".
    while end < limit && end - i < MAX_NP + 3 {
        if let Some((_, e)) = entity_at(ctx, end) {
            end = e;
            break;
        }
        if stops(ctx, end) || (end > i && words[end].split.conj > 0) {
            break;
        }
        end += 1;
        if end - i >= MAX_NP && !ctx.entities.iter().any(|e| e.word_start >= i && e.word_start < end + 2) {
            break;
        }
    }
    // Adjectives after a name or noun: "الجيش السوري", "القوات الموالية لأرمينيا".
    while end < limit && end - i < MAX_NP + 4 && !stops(ctx, end) && words[end].split.conj == 0
        && (words[end].has_article() || (words[end].split.prep > 0 && ctx.entities.iter().any(|e| e.word_start == end)))
    {
        end = ctx.entities.iter().find(|e| e.word_start == end).map_or(end + 1, |e| e.word_end);
    }
    if end <= i {
        return None;
    }
    let desc: ActorDesc = (ctx.describe)(i, end);
    desc.is_known().then_some(Arg { word_start: i, word_end: end, desc })
}

/// The nearest NP that ends before word `i` in `[from, i)`: for subject-verb order.
pub fn np_before(ctx: &Ctx, from: usize, i: usize) -> Option<Arg> {
    // Prefer a named entity close before the verb.
    let e = ctx.entities.iter().filter(|e| e.word_end <= i && e.word_start >= from && i - e.word_end <= 3).max_by_key(|e| e.word_end)?;
    let desc = (ctx.describe)(e.word_start, e.word_end);
    desc.is_known().then_some(Arg { word_start: e.word_start, word_end: e.word_end, desc })
}
