//! Counted amounts: a number or a vague amount, its bounds, and the counted noun.

use crate::lexicon::{BoundKind, Cat, Index, Lexicon, Words};
use crate::numbers::parse_number;
use crate::times::Found;
use crate::Quantity;
use rasd_text::{Analysis, Word, WordKind};

struct Amount {
    low: Option<f64>,
    high: Option<f64>,
    approximate: bool,
    end: usize,
}

fn vague_at(ws: &Words, i: usize) -> Option<usize> {
    // "عشرات الآلاف", "مئات الآلاف": the longest run of vague words.
    let w = ws.w;
    let mut j = i;
    while j < w.len() && w[j].sentence == w[i].sentence && ws.first(j).iter().any(|e| matches!(e.cat, Cat::Vague(_)) && e.rest.is_empty()) {
        if j > i && w[j].split.conj > 0 {
            break;
        }
        j += 1;
    }
    (j > i).then_some(j)
}

fn is_wa(w: &Word) -> bool {
    w.kind == WordKind::Arabic && w.key == "و"
}

/// The amount at `i`: a bound phrase with its number(s), a number, or a vague amount.
fn amount(a: &Analysis, ws: &Words, masked: &[bool], i: usize) -> Option<Amount> {
    let w = &a.words;
    let number = |j: usize| -> Option<(f64, usize)> {
        if j >= w.len() || masked[j] || w[j].sentence != w[i].sentence {
            return None;
        }
        // "الـ6" after its noun: الأسابيع الـ6.
        let j2 = if w[j].kind == WordKind::Arabic && w[j].key == "ال" && j + 1 < w.len() && w[j + 1].kind == WordKind::Number { j + 1 } else { j };
        if masked[j2] {
            return None;
        }
        parse_number(ws, j2)
    };
    if let Some((e, j)) = ws.longest(i, |c| matches!(c, Cat::Bound { after: false, .. })) {
        let Cat::Bound { kind, .. } = e.cat else { unreachable!() };
        if let Some((n, k)) = number(j) {
            return Some(match kind {
                BoundKind::Min => Amount { low: Some(n), high: None, approximate: false, end: k },
                BoundKind::Max => Amount { low: None, high: Some(n), approximate: false, end: k },
                BoundKind::Approx => Amount { low: Some(n), high: Some(n), approximate: true, end: k },
                BoundKind::Between => {
                    // بين 10 و20 / بين عشرة وعشرين.
                    let k2 = if k < w.len() && is_wa(&w[k]) { k + 1 } else { k };
                    let second = if k2 > k { number(k2) } else { number(k2).filter(|_| w[k2].split.conj == 1) };
                    let second = second.or_else(|| {
                        // The conjunction glued to a word number: "وعشرين" is its own number word.
                        (k < w.len() && w[k].split.conj == 1).then(|| strip_wa_number(ws, k)).flatten()
                    });
                    let (m, k3) = second?;
                    Amount { low: Some(n.min(m)), high: Some(n.max(m)), approximate: false, end: k3 }
                }
            });
        }
        if kind != BoundKind::Between {
            if let Some(k) = vague_at(ws, j) {
                return Some(Amount { low: None, high: None, approximate: true, end: k });
            }
        }
        return None;
    }
    if let Some((n, k)) = number(i) {
        return Some(Amount { low: Some(n), high: Some(n), approximate: false, end: k });
    }
    vague_at(ws, i).map(|k| Amount { low: None, high: None, approximate: true, end: k })
}

/// "وعشرين" after بين عشرة: the number word with its conjunction.
fn strip_wa_number(ws: &Words, k: usize) -> Option<(f64, usize)> {
    let v = ws.first(k).iter().find_map(|e| match e.cat {
        Cat::Num(_, v) if e.rest.is_empty() => Some(v),
        _ => None,
    })?;
    Some((v, k + 1))
}

pub(crate) fn find(a: &Analysis, times: &[Found], ix: &Index) -> Vec<Quantity> {
    let ws = Words::indexed(&a.words, ix);
    let cands = &ix.cands;
    let w = &a.words;
    let mut masked = vec![false; w.len()];
    for f in times.iter().filter(|f| !f.counted) {
        for m in &mut masked[f.ws..f.we] {
            *m = true;
        }
    }
    let mut out = Vec::with_capacity(cands.len() / 4);
    let mut floor = 0;
    for &(c, m) in cands.iter() {
        let i = c as usize;
        // Only words that can start an amount are looked at further.
        use crate::lexicon::bits::*;
        if i < floor || masked[i] || m & (DIGITS | AL | NUM | BOUND_BEFORE | VAGUE | DUAL) == 0 {
            continue;
        }
        if let Some(q) = quantity(a, &ws, &masked, i) {
            floor = q.word_end;
            out.push(q);
        }
    }
    out
}

fn unit_entry(ws: &Words, j: usize) -> Option<(Option<(u8, Option<u8>)>, usize)> {
    ws.longest(j, |c| matches!(c, Cat::Unit { .. })).map(|(e, end)| match e.cat {
        Cat::Unit { class, count } => (Some((class, count)), end),
        _ => unreachable!(),
    })
}

fn quantity(a: &Analysis, ws: &Words, masked: &[bool], i: usize) -> Option<Quantity> {
    let lex = ws.lex;
    let w = &a.words;
    let s = w[i].sentence;
    let same = |j: usize| j < w.len() && w[j].sentence == s && !masked[j];
    let Some(mut amt) = amount(a, ws, masked, i) else {
        // A dual noun carries its own number: قتيلين, يومين.
        let (Some((class, Some(c))), end) = unit_entry(ws, i)? else { return None };
        let _ = class;
        return Some(Quantity {
            start: w[i].body_start,
            end: w[end - 1].end,
            low: Some(c as f64),
            high: Some(c as f64),
            approximate: false,
            unit: Some(slice(a, w[i].body_start, w[end - 1].end)),
            unit_start: Some(w[i].body_start),
            unit_end: Some(w[end - 1].end),
            word_start: i,
            word_end: end,
        });
    };
    let vague = amt.low.is_none() && amt.high.is_none();
    let mut j = amt.end;
    // The counted noun: right after the number, or after من for a vague amount (عشرات من المدنيين).
    let mut unit = None;
    if vague && same(j) && Lexicon::is(&w[j], "من") && same(j + 1) {
        j += 1;
    }
    if same(j) {
        match unit_entry(ws, j) {
            Some((Some((class, _)), end)) if lex.class_name(class) == "-" => {
                let _ = end;
            }
            Some((_, end)) => unit = Some((j, end)),
            // The counted noun of a number stands bare (16 قتيلا); after من or a vague amount it is definite.
            // A number of the years around now takes only a listed noun (2000 شخص): what follows a year's
            // number is rarely what it counts (2018 وسط، 2019 بحسب).
            None if w[j].kind == WordKind::Arabic
                && w[j].split.conj == 0
                && w[j].split.prep == 0
                && (vague || j > amt.end || !w[j].has_article())
                && !year_like(w, i, &amt)
                && !starts_time(ws, j) =>
            {
                unit = Some((j, j + 1))
            }
            None => {}
        }
    }
    // "الأسابيع الـ6": the noun stands before a number that carries the article.
    if unit.is_none() && w[i].kind == WordKind::Arabic && w[i].key == "ال" && i > 0 && w[i - 1].sentence == s && w[i - 1].has_article() {
        let st = w[i - 1].body_start;
        let en = w[i - 1].end;
        let mut q = build(a, i, amt.end, &amt, Some((st, en)));
        q.start = st;
        q.word_start = i - 1;
        return Some(q);
    }
    let mut end = match unit {
        Some((_, e)) => e,
        None => amt.end,
    };
    // Bounds after: "عشرة على الأقل", "100 تقريبا".
    if same(end) {
        if let Some((e, k)) = ws.longest(end, |c| matches!(c, Cat::Bound { after: true, .. })) {
            if let Cat::Bound { kind, .. } = e.cat {
                let n = amt.low.or(amt.high);
                match kind {
                    BoundKind::Min => (amt.low, amt.high) = (n, None),
                    BoundKind::Max => (amt.low, amt.high) = (None, n),
                    _ => amt.approximate = true,
                }
                end = k;
            }
        }
    }
    // A bare four-digit number of the years around now, with no bound and no counted noun, names a year
    // (مونديال 2018، رؤية 2030), not an amount.
    if unit.is_none() && end == i + 1 && year_like(w, i, &amt) {
        return None;
    }
    let ust = unit.map(|(a0, b)| (w[a0].body_start, w[b - 1].end));
    let mut q = build(a, i, end, &amt, ust);
    q.word_end = end;
    Some(q)
}

/// The amount is one four-digit word from 1900 to 2100, with no bound before it.
fn year_like(w: &[Word], i: usize, amt: &Amount) -> bool {
    amt.end == i + 1 && w[i].kind == WordKind::Number && w[i].key.len() == 4 && amt.low == amt.high && amt.low.is_some_and(|v| v.fract() == 0.0 && (1900.0..=2100.0).contains(&v))
}

fn starts_time(ws: &Words, j: usize) -> bool {
    ws.first(j).iter().any(|e| matches!(e.cat, Cat::Month { .. } | Cat::Weekday(_) | Cat::Relative { .. } | Cat::Marker(_) | Cat::Bound { .. }))
}

fn build(a: &Analysis, ws: usize, we: usize, amt: &Amount, unit: Option<(usize, usize)>) -> Quantity {
    let w = &a.words;
    Quantity {
        start: w[ws].body_start,
        end: w[we - 1].end,
        low: amt.low,
        high: amt.high,
        approximate: amt.approximate,
        unit: unit.map(|(s, e)| slice(a, s, e)),
        unit_start: unit.map(|u| u.0),
        unit_end: unit.map(|u| u.1),
        word_start: ws,
        word_end: we,
    }
}

/// `Analysis::slice`, with its string allocated once.
fn slice(a: &Analysis, start: usize, end: usize) -> String {
    let n = a.chars.len();
    let cs = &a.chars[start.min(n)..end.min(n)];
    let mut s = String::with_capacity(cs.iter().map(|c| c.len_utf8()).sum());
    s.extend(cs);
    s
}
