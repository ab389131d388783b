//! Argument attachment without a parser: actor and recipient of a trigger from Arabic word order (VSO, SVO),
//! the construct state of verbal nouns, prepositions and agent phrases.

use crate::lexicon::Lexicon;
use crate::np::{np_at, np_before};
use crate::{Arg, Ctx};

/// Actor and recipient from word order and prepositions.
pub fn arguments(ctx: &Ctx, ts: usize, te: usize, s_start: usize, s_end: usize, nominal: bool, kind: &str) -> (Option<Arg>, Option<Arg>) {
    let lex = Lexicon::get();
    let words = &ctx.a.words;
    // The clause: from the last speech-complement or punctuation before the trigger.
    let clause_start = (s_start..ts).rev().find(|&i| matches!(words[i].key.as_str(), "ان" | "انه" | "انها" | "," | ":" | ";" | "\"" | "«")).map_or(s_start, |i| i + 1);
    let limit = (te + 12).min(s_end);
    let mut actor = None;
    let mut recipient = None;
    let mut i = te;
    if nominal {
        let victim_first = kind == "ASSAULT" && lex.is("victim_noun", &words[ts]) || kind == "COERCE";
        // Genitive right after the noun.
        if let Some(np) = np_at(ctx, i, limit) {
            i = np.word_end;
            if victim_first {
                recipient = Some(np);
            } else {
                actor = Some(np);
            }
        }
        // The subject of a launch verb before the noun: "شنت القوات هجوما" / "القوات شنت هجوما".
        if actor.is_none() && ts > s_start && lex.is("launch_verb", &words[ts - 1]) {
            actor = np_before(ctx, clause_start, ts - 1);
        }
    } else {
        // Verb: subject after it (VSO), else before it (SVO).
        {
            if let Some(np) = np_at(ctx, i, limit) {
                i = np.word_end;
                actor = Some(np);
            }
        }
        if actor.is_none() {
            actor = np_before(ctx, clause_start, ts);
        }
        // Direct object.
        if recipient.is_none() && i < limit {
            if let Some(np) = np_at(ctx, i, limit) {
                i = np.word_end;
                recipient = Some(np);
            }
        }
    }
    // Prepositional recipient: على، ضد، إلى، مع، بـ (within a few words).
    if recipient.is_none() {
        for j in i..limit.min(i + 4) {
            let w = &words[j];
            if !w.is_arabic() {
                break;
            }
            let standalone = lex.is("recipient_prep", w) && w.bare.chars().count() <= 4 && w.split.enclitic == 0;
            if standalone {
                recipient = np_at(ctx, j + 1, limit);
                break;
            }
            if w.split.prep > 0 && !w.split.future {
                recipient = np_at(ctx, j, limit).filter(|np| np.desc.entity.is_some() || np.desc.country.is_some());
                if recipient.is_some() {
                    break;
                }
            }
        }
    }
    // Agent phrase: "من قبل X", "على يد X".
    if actor.is_none() {
        for j in te..limit.saturating_sub(1) {
            if matches!((words[j].key.as_str(), words[j + 1].bare.as_str()), ("من", "قبل") | ("علي", "يد")) {
                actor = np_at(ctx, j + 2, limit);
                break;
            }
        }
    }
    if let (Some(a), Some(r)) = (&actor, &recipient) {
        if a.word_start == r.word_start {
            recipient = None;
        }
    }
    (actor, recipient)
}

