//! Quotes: direct speech in quotation marks and indirect speech after a verb of saying, with the speaker.

use crate::lexicon::{Lexicon, Payload};
use crate::np::{np_at_opt, np_before};
use crate::{Arg, CodedQuote, Ctx};
use rasd_text::WordKind;

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '“' | '\'')
}

pub fn find_quotes(ctx: &Ctx) -> Vec<CodedQuote> {
    let lex = Lexicon::get();
    let a = ctx.a;
    let words = &a.words;
    let mut out: Vec<CodedQuote> = vec![];
    let mut last_speaker: Option<Arg> = None;
    for s in 0..a.sentences.len() {
        let r = a.sentence_words(s);
        let span = a.sentences[s];
        let mut i = r.start;
        while i < r.end {
            if !words[i].is_arabic() {
                i += 1;
                continue;
            }
            let Some((pid, n)) = lex.speech.longest(words, i, r.end) else {
                i += 1;
                continue;
            };
            let Payload::Speech { kind, .. } = lex.speech.patterns[pid].payload else {
                i += n;
                continue;
            };
            let cue = (i, i + n);
            i += n;
            if kind == "attribution" || kind == "noun" {
                continue;
            }
            // Speaker: after the verb (VSO), before it (SVO), or the last speaker (وأضاف، قائلا).
            let mut speaker = if kind == "participle" { None } else { np_at_opt(ctx, cue.1, r.end, false) };
            if speaker.is_none() && kind != "participle" {
                speaker = np_before(ctx, r.start, cue.0);
            }
            let mut j = speaker.as_ref().filter(|sp| sp.word_start >= cue.1).map_or(cue.1, |sp| sp.word_end);
            if speaker.is_none() {
                speaker = last_speaker.clone();
            }
            // Skip attribution detail up to the complement: a comma, a title after the name, then إن/أن or ":".
            let mut content_start = None;
            let mut direct = false;
            let mut k = j;
            while k < r.end && k < j + 12 {
                let w = &words[k];
                if w.kind == WordKind::Punct && w.key == ":" {
                    let mut m = k + 1;
                    while m < r.end && words[m].kind == WordKind::Punct {
                        direct |= words[m].key.chars().next().is_some_and(is_open_quote);
                        m += 1;
                    }
                    content_start = (m < r.end).then_some(m);
                    break;
                }
                if w.kind == WordKind::Punct && w.key.chars().next().is_some_and(is_open_quote) && k + 1 < r.end {
                    direct = true;
                    content_start = Some(k + 1);
                    break;
                }
                if w.is_arabic() && matches!(w.bare.as_str(), "ان" | "انه" | "انها" | "انهم") && w.split.conj == 0 {
                    content_start = if w.bare == "ان" { (k + 1 < r.end).then_some(k + 1) } else { Some(k) };
                    break;
                }
                k += 1;
            }
            let Some(cs) = content_start else { continue };
            j = cs;
            let start = words[j].start;
            // Content: to the closing quote or the sentence end.
            let mut end = span.end;
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
            }
            let last_word = words[j..r.end].partition_point(|w| w.start < end) + j;
            out.push(CodedQuote { speaker, cue: Some(cue), content: (start, end), content_words: (j, last_word), direct });
            // One quote per speech verb; a later verb in the same sentence may start another.
            i = i.max(j);
        }
    }
    out
}
