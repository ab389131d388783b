//! Sentence segmentation for Arabic news: full stops, question and exclamation marks (Latin and Arabic), paragraph
//! breaks, quotations that must not be cut, decimals, abbreviations, and a length cap for run-on sentences.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

pub(crate) const ABBREVIATIONS: &str = include_str!("../../../data/text/abbreviations.txt");

/// A run-on sentence longer than this (in code points) is cut at its last clause boundary before the limit.
pub const MAX_SENTENCE: usize = 600;

/// A half-open span of code point offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The abbreviations, and the length in code points of the longest.
fn abbreviations() -> &'static (FxHashSet<String>, usize) {
    static A: OnceLock<(FxHashSet<String>, usize)> = OnceLock::new();
    A.get_or_init(|| {
        let set: FxHashSet<String> = ABBREVIATIONS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect();
        let longest = set.iter().map(|a| a.chars().count()).max().unwrap_or(0);
        (set, longest)
    })
}

#[inline]
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔')
}

#[inline]
fn closer_of(c: char) -> Option<char> {
    match c {
        '«' => Some('»'),
        '“' => Some('”'),
        '"' => Some('"'),
        '„' => Some('“'),
        '‹' => Some('›'),
        '\'' => Some('\''),
        '‘' => Some('’'),
        _ => None,
    }
}

#[inline]
fn is_closing(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '’' | '\'' | ')' | ']' | '›' | '}')
}

/// `char::is_alphabetic`, answering the Arabic base letters and ASCII without the Unicode tables.
#[inline]
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphabetic()
}

/// Start of the word (letters only) that ends just before `i`.
fn word_before(chars: &[char], i: usize) -> usize {
    let mut s = i;
    while s > 0 && (is_alphabetic(chars[s - 1]) || crate::normalize::is_diacritic_or_tatweel(chars[s - 1])) {
        s -= 1;
    }
    s
}

/// A line break: LF, CR (a CRLF pair is one break, as the empty line between its two characters is dropped) or
/// the paragraph separator U+2029. Sentences never cross one.
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2029}')
}

/// Characters at which the splitter may change state; every other character is passed over.
#[inline]
fn is_special(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2029}' | '(' | ')' | '.' | '!' | '?' | '؟' | '…' | '۔' | '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '"'
        | '‘' | '’' | '\'')
}

/// A quotation mark opens a quote when it stands at the start of a word; a straight apostrophe only when an
/// Arabic letter follows (Latin "don't" is not a quote).
fn opens_quote(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if !matches!(c, '«' | '“' | '„' | '‹' | '"' | '‘' | '\'') {
        return false;
    }
    let prev_ok = i == 0 || chars[i - 1].is_whitespace() || matches!(chars[i - 1], ':' | '(' | '«' | '“' | '"' | '،' | ',' | '-' | '—');
    let next = chars.get(i + 1).copied();
    match c {
        '«' | '“' | '„' | '‹' => true,
        '"' | '‘' => prev_ok && next.is_some_and(|n| !n.is_whitespace()),
        '\'' => prev_ok && next.is_some_and(|n| ('\u{0621}'..='\u{064A}').contains(&n)),
        _ => false,
    }
}

/// Split into sentences. Sentences are trimmed of surrounding whitespace, in order, and never overlap; every
/// non-whitespace character belongs to exactly one sentence.
pub fn split_sentences(chars: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let n = chars.len();
    let mut start = 0usize;
    let mut quote: Option<char> = None;
    let mut paren = 0usize;
    let mut i = 0usize;
    while i < n {
        let c = chars[i];
        if !is_special(c) {
            i += 1;
            continue;
        }
        if is_line_break(c) {
            push_trimmed(chars, start, i, &mut out);
            start = i + 1;
            quote = None;
            paren = 0;
            i += 1;
            continue;
        }
        if let Some(q) = quote {
            if c == q && (q != '\'' || !chars.get(i + 1).is_some_and(|n| n.is_alphabetic())) {
                quote = None;
            }
        } else if c == '(' {
            paren += 1;
        } else if c == ')' {
            paren = paren.saturating_sub(1);
        } else if opens_quote(chars, i) {
            quote = closer_of(c);
        }
        if is_terminal(c) {
            // A terminal mark right before the closing quote ends the sentence after the quote ("...نفعل؟".).
            let mut j = i + 1;
            while j < n && is_terminal(chars[j]) {
                j += 1;
            }
            let at_quote_end = quote.is_some_and(|q| j < n && chars[j] == q);
            if (quote.is_none() && paren == 0) || at_quote_end {
                if ends_sentence(chars, i) {
                    // Take closing quotes, brackets and further terminal marks with the sentence.
                    while j < n && (is_closing(chars[j]) || is_terminal(chars[j])) {
                        if chars[j] == ')' {
                            paren = paren.saturating_sub(1);
                        }
                        j += 1;
                    }
                    quote = None;
                    push_trimmed(chars, start, j, &mut out);
                    start = j;
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    push_trimmed(chars, start, n, &mut out);
    out
}

/// Is the terminal mark at `i` a sentence end (not a decimal point, an abbreviation or an initial)?
fn ends_sentence(chars: &[char], i: usize) -> bool {
    if chars[i] != '.' {
        return true;
    }
    let next = chars.get(i + 1).copied();
    if next.is_some_and(|c| c.is_alphanumeric()) {
        return false; // 3.5, U.S, ق.م, www.example.com
    }
    let ws = word_before(chars, i);
    let w = &chars[ws..i];
    if w.len() == 1 && w[0].is_ascii_uppercase() {
        return false; // initials: "J. Smith"
    }
    // "د. محمد": an abbreviation followed by a space and more text on the same line.
    if !(next == Some(' ') && chars.get(i + 2).is_some_and(|c| !c.is_whitespace())) || w.len() > abbreviations().1 {
        return true;
    }
    let w: String = w.iter().collect();
    !abbreviations().0.contains(w.as_str())
}

fn push_trimmed(chars: &[char], mut s: usize, mut e: usize, out: &mut Vec<Span>) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if s >= e {
        return;
    }
    // Cut run-on sentences at the last clause boundary (؛ ; ، , then a space) before the cap, never inside a word:
    // not at the comma of a number ("1,500"), and a run of more than half the cap with no space or clause mark
    // runs on to its end (a sentence holds whole words).
    let digit = |p: usize| chars.get(p).is_some_and(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(c) || ('\u{06F0}'..='\u{06F9}').contains(c));
    while e - s > MAX_SENTENCE {
        let limit = s + MAX_SENTENCE;
        let cut = last_in(chars, s + MAX_SENTENCE / 2, limit, |c| matches!(c, '؛' | ';'))
            .or_else(|| (s + MAX_SENTENCE / 2..limit).rev().find(|&p| chars[p] == '،' || chars[p] == ',' && !(p > 0 && digit(p - 1) && digit(p + 1))))
            .or_else(|| last_in(chars, s + MAX_SENTENCE / 2, limit, char::is_whitespace).map(|p| p - 1))
            .map(|p| p + 1)
            .unwrap_or_else(|| (limit..e).find(|&p| chars[p].is_whitespace()).unwrap_or(e));
        if cut >= e {
            break;
        }
        let mut ce = cut;
        while ce > s && chars[ce - 1].is_whitespace() {
            ce -= 1;
        }
        out.push(Span { start: s, end: ce });
        s = cut;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
    }
    if s < e {
        out.push(Span { start: s, end: e });
    }
}

fn last_in(chars: &[char], from: usize, to: usize, f: impl Fn(char) -> bool) -> Option<usize> {
    (from..to).rev().find(|&p| f(chars[p]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CR and CRLF end lines as LF does: the same sentences, at offsets into the original text.
    #[test]
    fn cr_and_crlf_are_line_breaks() {
        let lf = "القوات الأذرية تبدأ عملية\nقال الوزير إن المحادثات ستستأنف غدا. وأضاف أنها مهمة\n\nعنوان آخر";
        let texts = |t: &str| {
            let chars: Vec<char> = t.chars().collect();
            split_sentences(&chars).iter().map(|s| chars[s.start..s.end].iter().collect::<String>()).collect::<Vec<_>>()
        };
        let want = texts(lf);
        assert_eq!(want.len(), 4);
        assert_eq!(texts(&lf.replace('\n', "\r\n")), want);
        assert_eq!(texts(&lf.replace('\n', "\r")), want);
        let cr: Vec<char> = lf.replace('\n', "\r").chars().collect();
        let lfc: Vec<char> = lf.chars().collect();
        assert_eq!(split_sentences(&cr), split_sentences(&lfc));
    }
}
