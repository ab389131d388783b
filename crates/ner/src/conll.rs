//! CoNLL sentences (ANERcorp: `TOKEN TAG` lines, blank line between sentences), their text as `rasd extract`
//! sees it (tokens joined by single spaces), gold tags aligned to rasd words, and the scorer's NER rules
//! (eval/score.py `ner`): exact end, start at the gold start or just after one or two proclitic letters of the
//! gold's first token; PER, LOC, ORG scored; MISC not.

use crate::{Label, Mention};

pub struct Sentence {
    pub tokens: Vec<(String, String)>,
}

pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(Sentence { tokens: std::mem::take(&mut cur) });
            }
            continue;
        }
        let (tok, tag) = line.rsplit_once(' ').unwrap_or((line, "O"));
        cur.push((tok.to_string(), tag.trim().to_string()));
    }
    if !cur.is_empty() {
        out.push(Sentence { tokens: cur });
    }
    out
}

/// A gold entity: label, code point start and end, and its first token (for the proclitic rule).
#[derive(Clone, Debug)]
pub struct Gold {
    pub label: Label,
    pub start: usize,
    pub end: usize,
    pub first_token: String,
    pub tok_start: usize,
    pub tok_end: usize,
}

impl Sentence {
    /// Text (tokens joined by spaces) and each token's code point start.
    pub fn text(&self) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(self.tokens.len());
        let mut n = 0;
        for (j, (tok, _)) in self.tokens.iter().enumerate() {
            if j > 0 {
                text.push(' ');
                n += 1;
            }
            starts.push(n);
            text.push_str(tok);
            n += tok.chars().count();
        }
        (text, starts)
    }

    /// Gold entities as score.py reads them (an I- after another type or O opens a new entity), MISC included.
    pub fn gold(&self, starts: &[usize]) -> Vec<Gold> {
        let mut out = Vec::new();
        let mut cur: Option<(Label, usize)> = None;
        let n = self.tokens.len();
        for j in 0..=n {
            let tag = if j < n { self.tokens[j].1.as_str() } else { "O" };
            let ty = if tag.starts_with("B-") || tag.starts_with("I-") { Label::from_conll(&tag[2..]) } else { None };
            if let Some((l, s)) = cur {
                if tag.starts_with("B-") || ty != Some(l) {
                    let end = starts[j - 1] + self.tokens[j - 1].0.chars().count();
                    out.push(Gold { label: l, start: starts[s], end, first_token: self.tokens[s].0.clone(), tok_start: s, tok_end: j });
                    cur = None;
                }
            }
            if let (Some(l), None) = (ty, cur) {
                cur = Some((l, j));
            }
        }
        out
    }
}

/// Gold tag index of every rasd word of `a` (the analysis of the sentence's text).
pub fn word_tags(a: &rasd_text::Analysis, starts: &[usize], gold: &[Gold]) -> Vec<u8> {
    let mut tags = vec![0u8; a.words.len()];
    for g in gold {
        let mut first = true;
        for (i, w) in a.words.iter().enumerate() {
            if w.start >= g.start && w.end <= g.end {
                tags[i] = if first { g.label.begin() } else { g.label.begin() + 1 };
                first = false;
            }
        }
    }
    let _ = starts;
    tags
}

fn starts_allowed(start: usize, first_token: &str) -> [usize; 3] {
    let chars: Vec<char> = first_token.chars().collect();
    let mut ok = [start; 3];
    for k in 1..=2 {
        if chars.len() >= k + 2 && chars[..k].iter().all(|c| "وفبلك".contains(*c)) {
            ok[k] = start + k;
        }
    }
    ok
}

/// True positives, false positives, false negatives per label (PER, LOC, ORG; MISC left at zero).
#[derive(Clone, Debug, Default)]
pub struct Counts {
    pub per_label: [[usize; 3]; 3],
}

impl Counts {
    /// Score one sentence's predictions against its gold entities by score.py's rules.
    pub fn add(&mut self, gold: &[Gold], pred: &[Mention]) {
        let idx = |l: Label| match l {
            Label::Per => Some(0),
            Label::Loc => Some(1),
            Label::Org => Some(2),
            Label::Misc => None,
        };
        let mut pred: Vec<(usize, usize, usize)> = pred.iter().filter_map(|m| idx(m.label).map(|k| (k, m.start, m.end))).collect();
        pred.sort();
        pred.dedup();
        let mut used = vec![false; pred.len()];
        for g in gold {
            let Some(k) = idx(g.label) else { continue };
            let ok = starts_allowed(g.start, &g.first_token);
            if let Some(p) = (0..pred.len()).find(|&p| !used[p] && pred[p].0 == k && pred[p].2 == g.end && ok.contains(&pred[p].1)) {
                used[p] = true;
                self.per_label[k][0] += 1;
            } else {
                self.per_label[k][2] += 1;
            }
        }
        for (p, u) in used.iter().enumerate() {
            if !u {
                self.per_label[pred[p].0][1] += 1;
            }
        }
    }

    pub fn prf(c: [usize; 3]) -> (f64, f64, f64) {
        let p = if c[0] + c[1] > 0 { c[0] as f64 / (c[0] + c[1]) as f64 } else { 0.0 };
        let r = if c[0] + c[2] > 0 { c[0] as f64 / (c[0] + c[2]) as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    pub fn overall(&self) -> (f64, f64, f64) {
        let mut c = [0; 3];
        for l in &self.per_label {
            for k in 0..3 {
                c[k] += l[k];
            }
        }
        Self::prf(c)
    }

    pub fn report(&self) -> String {
        let mut s = String::new();
        for (k, name) in ["PER", "LOC", "ORG"].iter().enumerate() {
            let (p, r, f) = Self::prf(self.per_label[k]);
            s += &format!("{name}: P {p:.3} R {r:.3} F1 {f:.3} (gold {})\n", self.per_label[k][0] + self.per_label[k][2]);
        }
        let (p, r, f) = self.overall();
        s += &format!("overall PER/LOC/ORG: P {p:.3} R {r:.3} F1 {f:.3}\n");
        s
    }
}

/// Score a tagger on CoNLL sentences with score.py's rules.
pub fn evaluate(sents: &[Sentence], tag: impl Fn(&rasd_text::Analysis) -> Vec<Mention>) -> Counts {
    let mut c = Counts::default();
    for s in sents {
        let (text, starts) = s.text();
        let gold = s.gold(&starts);
        let a = rasd_text::analyze(&text);
        c.add(&gold, &tag(&a));
    }
    c
}

/// Read the Wojood nested format (one column per nesting level) as flat ANERcorp-style sentences: each token
/// takes its outermost PERS, ORG, GPE (→ LOC) or LOC tag, so a person's title (OCC) around an organisation leaves
/// the organisation tagged, as ANERcorp would. `$#$` document separators are dropped.
pub fn read_wojood(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            if !cur.is_empty() {
                out.push(Sentence { tokens: std::mem::take(&mut cur) });
            }
            continue;
        }
        if cols[0] == "$#$" {
            continue;
        }
        let tag = cols[1..]
            .iter()
            .find_map(|t| {
                let (bio, ty) = t.split_once('-')?;
                let ty = match ty {
                    "PERS" => "PERS",
                    "ORG" => "ORG",
                    "GPE" | "LOC" => "LOC",
                    _ => return None,
                };
                Some(format!("{bio}-{ty}"))
            })
            .unwrap_or_else(|| "O".to_string());
        cur.push((cols[0].to_string(), tag));
    }
    if !cur.is_empty() {
        out.push(Sentence { tokens: cur });
    }
    out
}
