//! Training the sense choice (rasd_events::typing): every event the full pipeline codes on a train-split article
//! whose lexeme has other senses (data/events/type_senses.tsv) is a candidate. Its label follows the reference
//! scorer's matching rule (../shared/eval/score.py: a gold event is found by an unused prediction of its type whose
//! trigger starts in the gold evidence's sentences): an event a required gold event takes keeps the lexicon's type;
//! a false alarm inside the sentences of a gold event of another of its senses that nothing found takes that sense
//! (a false alarm and a miss become one hit); any other false alarm keeps its type (no sense of it is right).
//! A conditional logit over the candidates of each event is trained; the margin by which another sense must beat
//! the lexicon's type is chosen by 5-fold cross-validation by article with the one-standard-error rule.

use crate::clogit::{self, Choice};
use crate::corpus::{sentence_span, train_articles, Annotated};
use crate::logreg::Params;
use rasd_events::typing::{collect, index, softmax, Candidate};
use rasd_events::EventType;
use rustc_hash::FxHashMap;
use std::fmt::Write as _;
use std::path::Path;

const FOLDS: usize = 5;

/// Margins tried by cross-validation; infinity is "never change a type" (an empty model).
const MARGINS: [f32; 10] = [f32::INFINITY, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

/// One candidate event: features, candidate types (the lexicon's first), the label (index into types), and the
/// change of (true positives, false positives) the scorer counts if the event took each type.
struct Example {
    /// No sense of it is right: a false alarm either way (its label is the lexicon's type).
    neutral: bool,
    /// Each candidate type's features: the event's features paired with the type (crate::clogit).
    choice: Choice<(String, usize)>,
    types: Vec<EventType>,
    label: usize,
    delta: Vec<(i32, i32)>,
}

/// One article: its examples, and the scorer's counts with the lexicon's types (true positives, false positives,
/// required gold events).
struct Labelled {
    examples: Vec<Example>,
    tp: usize,
    fp: usize,
    gold: usize,
}

/// A gold event located: type, sentence span, evidence span, optional.
struct Gold {
    kind: String,
    sent: (usize, usize),
    span: (usize, usize),
    optional: bool,
}

fn located(a: &Annotated) -> Vec<Gold> {
    let chars: Vec<char> = a.text.chars().collect();
    let cp = |b: usize| a.text[..b].chars().count();
    let mut out = vec![];
    for ge in a.gold["events"].as_array().into_iter().flatten() {
        let Some(ev) = ge["evidence"].as_str().filter(|e| !e.is_empty()) else { continue };
        let Some(b) = a.text.find(ev) else { continue };
        let (start, end) = (cp(b), cp(b) + ev.chars().count());
        let (ss, _) = sentence_span(&chars, start);
        let (_, se) = sentence_span(&chars, end.saturating_sub(1).max(start));
        out.push(Gold {
            kind: ge["type"].as_str().unwrap_or_default().to_string(),
            sent: (ss, se),
            span: (start, end),
            optional: ge["optional"].as_bool().unwrap_or(false),
        });
    }
    out.sort_by_key(|g| g.optional);
    out
}

/// Label the candidates of one article against its gold, given the final events (type, trigger start).
fn label(a: &Annotated, events: &[(EventType, usize)], cands: Vec<Candidate>) -> Labelled {
    let gold = located(a);
    let mut used = vec![false; events.len()];
    let mut taken_by: Vec<Option<bool>> = vec![None; events.len()];
    let mut found = vec![false; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        let mut best = None;
        for (i, &(k, start)) in events.iter().enumerate() {
            if used[i] || k.as_str() != g.kind {
                continue;
            }
            if g.sent.0 <= start && start < g.sent.1 {
                best = Some(i);
                if g.span.0 <= start && start < g.span.1 {
                    break;
                }
            }
        }
        if let Some(i) = best {
            used[i] = true;
            taken_by[i] = Some(!g.optional);
            found[gi] = true;
        }
    }
    let required = gold.iter().filter(|g| !g.optional).count();
    let tp = taken_by.iter().filter(|t| **t == Some(true)).count();
    let fp = taken_by.iter().filter(|t| t.is_none()).count();
    let mut examples = vec![];
    for c in cands {
        let Some(i) = events.iter().position(|&(k, s)| k == c.types[0] && s == c.start) else { continue };
        let n = c.types.len();
        let mut delta = vec![(0, 0); n];
        let mut label = 0;
        let neutral = taken_by[i].is_none();
        match taken_by[i] {
            Some(true) => (1..n).for_each(|k| delta[k] = (-1, 1)),
            Some(false) => (1..n).for_each(|k| delta[k] = (0, 1)),
            None => {
                for (k, t) in c.types.iter().enumerate().skip(1) {
                    // The first gold event of this sense, unfound, whose sentences hold the trigger: required
                    // ones first (they are sorted so).
                    let g = gold.iter().enumerate().find(|(gi, g)| !found[*gi] && g.kind == t.as_str() && g.sent.0 <= c.start && c.start < g.sent.1);
                    if let Some((gi, g)) = g {
                        delta[k] = if g.optional { (0, -1) } else { (1, -1) };
                        if label == 0 && !g.optional {
                            label = k;
                            found[gi] = true;
                        }
                    }
                }
            }
        }
        let neutral = neutral && label == 0;
        let candidates = c.types.iter().map(|&t| c.features.iter().map(|f| (f.clone(), index(t))).collect()).collect();
        let right = (0..n).map(|k| k == label).collect();
        examples.push(Example { neutral, choice: Choice { candidates, right }, types: c.types, label, delta });
    }
    Labelled { examples, tp, fp, gold: required }
}

/// The candidates of every train article, labelled.
fn corpus(articles: &[Annotated]) -> Vec<Labelled> {
    articles
        .iter()
        .map(|a| {
            let rec = a.record();
            let (events, cands) = collect(|| {
                rasd_extract::extract_with(&rec, &rasd_extract::Options::default(), |doc, _| {
                    doc.events.iter().map(|e| (e.kind, e.trigger.start)).collect::<Vec<_>>()
                })
            });
            label(a, &events, cands)
        })
        .collect()
}

/// Features seen fewer than MIN_COUNT times among all candidates are left out (no label read).
const MIN_COUNT: usize = 3;

fn min_count() -> usize {
    std::env::var("RASD_TYPES_MIN_COUNT").ok().and_then(|v| v.parse().ok()).unwrap_or(MIN_COUNT)
}

fn prune_rare(l: &mut [Labelled]) {
    let mut n: FxHashMap<String, usize> = Default::default();
    // Every candidate of an example has the same features (paired with its type): count them on the first.
    for a in l.iter() {
        for (x, _) in a.examples.iter().flat_map(|e| &e.choice.candidates[0]) {
            *n.entry(x.clone()).or_default() += 1;
        }
    }
    let min = min_count();
    for e in l.iter_mut().flat_map(|a| a.examples.iter_mut()) {
        e.choice.candidates.iter_mut().for_each(|c| c.retain(|(x, _)| n[x] >= min));
    }
}

type Weights = clogit::Weights<(String, usize)>;

/// The probabilities of an example's candidate types.
fn probs(w: &Weights, e: &Example) -> Vec<f32> {
    let mut s = clogit::scores(w, &e.choice.candidates, &|_| true);
    softmax(&mut s);
    s
}

/// Train the conditional logit over each example's candidate types (crate::clogit).
fn train(examples: &[&Example], p: Params) -> Weights {
    let choices: Vec<&Choice<(String, usize)>> = examples.iter().map(|e| &e.choice).collect();
    clogit::train(&choices, p, |_| true, |(f, _)| f == "bias")
}

/// The change of (tp, fp) of one example under weights and a margin.
fn effect(w: &Weights, e: &Example, margin: f32) -> (i32, i32) {
    let p = probs(w, e);
    let Some(best) = (1..e.types.len()).max_by(|&a, &b| p[a].total_cmp(&p[b])) else { return (0, 0) };
    if p[best] - p[0] > margin {
        e.delta[best]
    } else {
        (0, 0)
    }
}

fn f1(tp: i64, fp: i64, gold: i64) -> f64 {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Training parameters (epochs, rate, L2), and whether the false alarms no sense would fix are trained on (not by
/// default: as "keep the lexicon's type" they taught the model that a word's usual sense is right where it is
/// only wrong to code at all); RASD_TYPES_PARAMS="30,0.05,0.003" and RASD_TYPES_NEUTRAL=1 override them for
/// cross-validation. Chosen by 5-fold CV on the train split (event F1 with the chosen margin: 0.6008 with these,
/// 0.6000 training on them too with 30,0.1,0.001; 0.5995 never changing a type): the larger rates and weaker L2
/// tried (60,0.2,1e-4; 100,0.3,1e-5) gained less or nothing.
fn params() -> Params {
    Params::from_env("RASD_TYPES_PARAMS", Params { epochs: 30, rate: 0.05, l2: 3e-3 })
}

fn train_neutral() -> bool {
    std::env::var("RASD_TYPES_NEUTRAL").is_ok_and(|v| v == "1")
}

/// The examples trained on.
fn trained<'a>(l: impl Iterator<Item = &'a Labelled>) -> Vec<&'a Example> {
    let neutral = train_neutral();
    l.flat_map(|a| &a.examples).filter(|e| neutral || !e.neutral).collect()
}

/// Cross-validated (tp, fp, gold) per fold and margin.
fn cross_validate(l: &[Labelled]) -> Vec<Vec<(i64, i64, i64)>> {
    (0..FOLDS)
        .map(|fold| {
            let train_set = trained(l.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, a)| a));
            let w = train(&train_set, params());
            MARGINS
                .iter()
                .map(|&m| {
                    let mut c = (0i64, 0i64, 0i64);
                    for a in l.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, a)| a) {
                        c.0 += a.tp as i64;
                        c.1 += a.fp as i64;
                        c.2 += a.gold as i64;
                        for e in &a.examples {
                            let (dt, df) = effect(&w, e, m);
                            c.0 += dt as i64;
                            c.1 += df as i64;
                        }
                    }
                    c
                })
                .collect()
        })
        .collect()
}

/// The margin to ship by the one-standard-error rule on the gain over never changing a type: among the margins
/// whose pooled cross-validated F1 gain is within one standard error (across folds) of the best, the highest, which
/// changes the fewest events; 0 (never change: an empty model) when the best gain is not positive.
fn choose(per_fold: &[Vec<(i64, i64, i64)>]) -> usize {
    let pooled = |k: usize| {
        let (t, f, g) = per_fold.iter().fold((0, 0, 0), |a, c| (a.0 + c[k].0, a.1 + c[k].1, a.2 + c[k].2));
        f1(t, f, g)
    };
    let gain = |k: usize| pooled(k) - pooled(0);
    let best = (0..MARGINS.len()).max_by(|&a, &b| gain(a).total_cmp(&gain(b)).then(b.cmp(&a))).unwrap_or(0);
    if best == 0 || gain(best) <= 0.0 {
        return 0;
    }
    let diffs: Vec<f64> = per_fold.iter().map(|c| f1(c[best].0, c[best].1, c[best].2) - f1(c[0].0, c[0].1, c[0].2)).collect();
    let se = crate::standard_error(&diffs);
    (1..MARGINS.len()).filter(|&k| gain(k) > 0.0 && gain(k) >= gain(best) - se).max_by(|&a, &b| MARGINS[a].total_cmp(&MARGINS[b])).unwrap_or(best)
}

/// Train on the train split of `corpus_dir` (eval/news) and write the model to `out`.
pub fn train_cli(corpus_dir: &Path, out: &Path) -> Result<String, String> {
    let articles = train_articles(corpus_dir)?;
    let mut l = corpus(&articles);
    prune_rare(&mut l);
    let per_fold = cross_validate(&l);
    let mut report = String::new();
    let n: usize = l.iter().map(|a| a.examples.len()).sum();
    let relabel = l.iter().flat_map(|a| &a.examples).filter(|e| e.label > 0).count();
    writeln!(report, "type choice: {} articles, {n} events of several senses, {relabel} of them a false alarm of a missed sense", articles.len()).ok();
    let best = choose(&per_fold);
    for (k, m) in MARGINS.iter().enumerate() {
        let (t, f, g) = per_fold.iter().fold((0, 0, 0), |a, c| (a.0 + c[k].0, a.1 + c[k].1, a.2 + c[k].2));
        let p = t as f64 / (t + f).max(1) as f64;
        let r = t as f64 / g.max(1) as f64;
        let mark = if k == best { "  <- chosen" } else { "" };
        writeln!(report, "  margin {m:>4}: P {p:.3} R {r:.3} F1 {:.4} ({t} right, {f} false){mark}", f1(t, f, g)).ok();
    }
    let text = if best == 0 {
        writeln!(report, "no margin beats the lexicon's types: an empty model is written").ok();
        model_text(&Default::default(), f32::INFINITY)
    } else {
        let w = train(&trained(l.iter()), params());
        writeln!(report, "{} weights (feature, type); written {}", w.len(), out.display()).ok();
        model_text(&w, MARGINS[best])
    };
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(report)
}

/// The model file: the margin, then one (feature, type) a line with its weight, sorted for stable diffs.
fn model_text(w: &Weights, margin: f32) -> String {
    let mut s = String::from(
        "# Type model: feature, type, weight toward that type (conditional logit over the senses of data/events/type_senses.tsv); \"margin\" is how much\n\
         # another sense's probability must beat the lexicon type's by. Written by `rasd train types` (crates/learn) from the train split of eval/news; do not edit by hand.\n",
    );
    if w.is_empty() {
        return s;
    }
    writeln!(s, "margin\t-\t{margin}").ok();
    let mut rows: Vec<(String, &str, f32)> = vec![];
    for ((f, k), &x) in w.iter().filter(|((f, _), _)| !f.contains('\t') && !f.contains('\n')) {
        if x.abs() >= 5e-4 {
            rows.push((f.clone(), EventType::ALL[*k].as_str(), (x * 1000.0).round() / 1000.0));
        }
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
    for (f, k, x) in rows {
        writeln!(s, "{f}\t{k}\t{x}").ok();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_margin_within_one_standard_error_of_the_best_gain_is_chosen() {
        // Five folds of 100 gold events, 60 right and 60 false with the lexicon's types. Margin 0 turns 10 false
        // alarms into hits on three folds and costs 2 hits on the other two (a wide spread); margin 0.1 gains 3 on
        // every fold, within one standard error of the best; the higher margins gain 1, farther than that.
        let mut folds = vec![];
        for f in 0..5 {
            let mut c = vec![(60, 60, 100); MARGINS.len()];
            c[1] = if f % 2 == 0 { (70, 50, 100) } else { (58, 62, 100) };
            c[2] = (63, 57, 100);
            for x in c.iter_mut().skip(3) {
                *x = (61, 59, 100);
            }
            folds.push(c);
        }
        assert_eq!(choose(&folds), 2);
        let flat = vec![vec![(60, 60, 100); MARGINS.len()]; 5];
        assert_eq!(choose(&flat), 0);
    }

    #[test]
    fn a_false_alarm_inside_a_missed_gold_event_of_another_sense_is_labelled_with_that_sense() {
        let text = "وطردت روسيا 23 دبلوماسيا بريطانيا. وقال الوزير إن القرار نهائي.";
        let gold = serde_json::json!({"events": [{"type": "SANCTION", "evidence": "وطردت روسيا 23 دبلوماسيا"}]});
        let a = Annotated { id: "x".into(), text: text.into(), published: None, gold };
        let start = 1;
        let cand = |s| Candidate { start: s, types: vec![EventType::Coerce, EventType::Sanction], status: rasd_events::Status::Asserted, features: vec![] };
        let l = label(&a, &[(EventType::Coerce, start)], vec![cand(start)]);
        assert_eq!((l.tp, l.fp, l.gold), (0, 1, 1));
        assert_eq!(l.examples[0].label, 1);
        assert_eq!(l.examples[0].delta, vec![(0, 0), (1, -1)]);
        // Found under its own type: changing it would lose the hit.
        let l = label(&a, &[(EventType::Sanction, start)], vec![Candidate { types: vec![EventType::Sanction, EventType::Coerce], ..cand(start) }]);
        assert_eq!(l.examples[0].label, 0);
        assert_eq!(l.examples[0].delta[1], (-1, 1));
    }
}
