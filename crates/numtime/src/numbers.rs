//! Numbers: digit strings in any script (folded to ASCII by the text layer) and number words, composed into
//! one value ("ثلاثة آلاف وخمسمائة" → 3500, "30 ألف" → 30000, "3.5 مليون" → 3500000).

use crate::lexicon::{Cat, NumKind, Words};
use rasd_text::{Word, WordKind};

/// The value of a digit word's key: "1,500" → 1500, "3.5" → 3.5, "3,5" → 3.5. `None` for shapes that are no
/// single number (dates such as "14.5.2018").
pub fn digits_value(k: &str) -> Option<f64> {
    let b = k.as_bytes();
    // Plain digits, the common case: exact below 2^53, as `parse` gives them.
    if !b.is_empty() && b.len() <= 15 && b.iter().all(u8::is_ascii_digit) {
        return Some(b.iter().fold(0u64, |v, &c| v * 10 + (c - b'0') as u64) as f64);
    }
    let dots = b.iter().filter(|&&c| c == b'.').count();
    let commas = b.iter().filter(|&&c| c == b',').count();
    if dots > 1 || (dots == 1 && commas > 0 && k.find('.') < k.find(',')) {
        return None;
    }
    if commas > 0 {
        // Thousands separators group by three; a single comma before one or two digits is a decimal comma.
        let groups: Vec<&str> = k.split('.').next().unwrap_or(k).split(',').collect();
        let thousands = groups[1..].iter().all(|g| g.len() == 3);
        if thousands {
            let s: String = k.chars().filter(|&c| c != ',').collect();
            return s.parse().ok();
        }
        if commas == 1 && dots == 0 {
            return k.replace(',', ".").parse().ok();
        }
        return None;
    }
    k.parse().ok()
}

/// Is word `j` a number word? Returns its kind and value.
fn num(ws: &Words, j: usize) -> Option<(NumKind, f64)> {
    if ws.w[j].kind != WordKind::Arabic {
        return None;
    }
    ws.first(j).iter().find_map(|e| match e.cat {
        Cat::Num(k, v) if e.rest.is_empty() && k != NumKind::Ordinal => Some((k, v)),
        _ => None,
    })
}

/// Does the word begin with the conjunction و (joining parts of a compound number)?
fn has_wa(w: &Word) -> bool {
    w.split.conj == 1 && w.key.starts_with('و')
}

/// Parse a number starting at word `i`: a digit string or number words, with the scale words that follow.
/// Returns the value and the index of the first word after it. Plural scale words alone (آلاف) are vague
/// amounts, not numbers, and give `None`.
pub fn parse_number(ws: &Words, i: usize) -> Option<(f64, usize)> {
    let words = ws.w;
    let w = words.get(i)?;
    let sentence = w.sentence;
    let (mut total, mut cur, mut j, mut last);
    if w.kind == WordKind::Number {
        cur = digits_value(&w.key)?;
        total = 0.0;
        j = i + 1;
        last = Some(NumKind::Tens);
    } else {
        if has_wa(w) {
            return None;
        }
        let (k, v) = num(ws, i)?;
        match k {
            NumKind::Unit if v == 1.0 && w.bare.starts_with("اح") => {
                // أحد / إحدى count only in أحد عشر; alone they mean "one of".
                let next = words.get(i + 1)?;
                if !matches!(num(ws, i + 1), Some((NumKind::Ten, _))) || has_wa(next) {
                    return None;
                }
            }
            NumKind::Scale if is_plural_scale(ws, i) => return None,
            NumKind::Fraction => {
                words.get(i + 1)?;
                if !matches!(num(ws, i + 1), Some((NumKind::Scale, _))) {
                    return None;
                }
            }
            _ => {}
        }
        total = 0.0;
        cur = 0.0;
        j = i;
        last = None;
    }
    while j < words.len() && words[j].sentence == sentence {
        let w = &words[j];
        let Some((k, v)) = num(ws, j) else { break };
        let wa = has_wa(w);
        let first = last.is_none();
        match k {
            NumKind::Unit if first || wa => {
                if v == 1.0 && w.bare.starts_with("اح") && !matches!((j + 1 < words.len()).then(|| num(ws, j + 1)).flatten(), Some((NumKind::Ten, _))) {
                    break;
                }
                cur += v
            }
            NumKind::Ten if !wa && last == Some(NumKind::Unit) => cur += 10.0,
            NumKind::Ten | NumKind::Tens if first || wa => cur += v,
            NumKind::Hundred if !wa && last == Some(NumKind::Unit) && v == 100.0 && cur < 10.0 => cur *= 100.0,
            NumKind::Hundred if first || wa => cur += v,
            NumKind::Fraction if first => cur += v,
            NumKind::Scale if !wa && !first => {
                // The plural after 3-10 (ثلاثة آلاف), the singular after 11 and up (ثلاثون ألفا, 30 ألف).
                total += if cur > 0.0 { cur } else { 1.0 } * v;
                cur = 0.0;
            }
            NumKind::Scale if first => total += v,
            NumKind::Dual if first || wa => total += v,
            _ => break,
        }
        last = Some(k);
        j += 1;
    }
    let value = total + cur;
    if j == i || (value == 0.0 && words[i].kind != WordKind::Number) {
        return None;
    }
    Some((value, j))
}

/// آلاف, ملايين, مليارات, ألوف: the plurals that stand for a vague amount when no number precedes them.
pub fn is_plural_scale(ws: &Words, j: usize) -> bool {
    ws.first(j).iter().any(|e| matches!(e.cat, Cat::Vague(_)) && e.rest.is_empty())
}

/// An ordinal day of the month at word `i` ("السادس", "الحادي عشر", "الحادي والعشرين"): value and next index.
pub fn parse_ordinal(ws: &Words, i: usize) -> Option<(u32, usize)> {
    let words = ws.w;
    let ord = |j: usize| {
        ws.first(j).iter().find_map(|e| match e.cat {
            Cat::Num(NumKind::Ordinal, v) if e.rest.is_empty() => Some(v as u32),
            _ => None,
        })
    };
    let w = words.get(i)?;
    if has_wa(w) && i > 0 {
        return None;
    }
    let v = ord(i)?;
    let mut j = i + 1;
    let mut value = v;
    if let Some(n) = words.get(j).filter(|n| n.sentence == w.sentence) {
        if v < 10 && !has_wa(n) && matches!(num(ws, j), Some((NumKind::Ten, _))) {
            value += 10;
            j += 1;
        } else if v < 10 && has_wa(n) {
            if let Some(t) = ord(j).filter(|&t| t >= 20) {
                value += t;
                j += 1;
            }
        }
    }
    // الحادي alone is no ordinal.
    if value == 1 && j == i + 1 && w.bare.starts_with("حادي") {
        return None;
    }
    Some((value, j))
}
