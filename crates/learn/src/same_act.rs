//! Training the same-act decision (rasd_events::same_act): every pair of events of one type in one sentence that
//! the full pipeline codes on a train-split article is a candidate, its events labelled by the reference scorer's
//! matching rule (../shared/eval/score.py; as `occurrence` labels them). A pair of which only one event is taken by
//! a required gold event is one act told twice (merge); a pair both of whose events are taken (by distinct gold
//! events) is two acts (keep both). A pair of two false alarms, or one touching an optional gold event, is not
//! trained on (RASD_SAME_ACT_NONE=1 trains two false alarms as one act), but cross-validation counts every pair.

use crate::corpus::{sentence_span, train_articles, Annotated};
use crate::filter::{choose, drop_groups, f1, logit, model_text, prob, prune_rare};
use crate::linear::Example;
use crate::logreg::{self, Params};
use rasd_events::same_act::{collect, Pair};
use std::fmt::Write as _;
use std::path::Path;

/// The first lines of the model file.
const HEADER: &str = "# Same-act model: feature\tweight toward \"the later event of a same-type pair in one sentence is the earlier one told again\" (logistic; the threshold is folded into bias).\n\
    # Written by `rasd train same_act` (crates/learn) from the train split of eval/news; do not edit by hand.\n";

const FOLDS: usize = 5;

/// Same-act probabilities from which a pair is merged, tried by cross-validation (1.0: merge nothing).
const THRESHOLDS: [f32; 12] = [1.0, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4];

/// What the scorer makes of a coded event: taken by a required gold event, by an optional one, or by none.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Taken {
    Required,
    Optional,
    Nothing,
}

/// One article's pairs (indexes of its coded events, features) and its events' labels, with the number of required
/// gold events the scorer counts.
struct Labelled {
    pairs: Vec<(usize, usize, Vec<String>)>,
    events: Vec<Taken>,
    gold: usize,
}

/// The events of an extraction's JSON line: type and trigger start (code points).
fn coded_events(json: &str) -> Vec<(String, usize)> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    v["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| Some((e["type"].as_str()?.to_string(), e["trigger"]["start"].as_u64()? as usize)))
        .collect()
}

/// Label the coded events by the scorer's matching: gold events in order (required ones first), each taking the
/// first unused event of its type whose trigger starts in its evidence's sentences, one inside the evidence first.
fn label(a: &Annotated, events: &[(String, usize)]) -> (Vec<Taken>, usize) {
    let chars: Vec<char> = a.text.chars().collect();
    let cp = |b: usize| a.text[..b].chars().count();
    let mut gold: Vec<&serde_json::Value> = a.gold["events"].as_array().into_iter().flatten().collect();
    gold.sort_by_key(|e| e["optional"].as_bool().unwrap_or(false));
    let mut taken = vec![Taken::Nothing; events.len()];
    let mut required = 0;
    for ge in gold {
        let Some(ev) = ge["evidence"].as_str().filter(|e| !e.is_empty()) else { continue };
        let Some(b) = a.text.find(ev) else { continue };
        let (start, end) = (cp(b), cp(b) + ev.chars().count());
        let (ss, _) = sentence_span(&chars, start);
        let (_, se) = sentence_span(&chars, end.saturating_sub(1).max(start));
        let optional = ge["optional"].as_bool().unwrap_or(false);
        required += !optional as usize;
        let mut best = None;
        for (i, (kind, s)) in events.iter().enumerate() {
            if taken[i] != Taken::Nothing || Some(kind.as_str()) != ge["type"].as_str() {
                continue;
            }
            if ss <= *s && *s < se {
                best = Some(i);
                if start <= *s && *s < end {
                    break;
                }
            }
        }
        if let Some(i) = best {
            taken[i] = if optional { Taken::Optional } else { Taken::Required };
        }
    }
    (taken, required)
}

/// The pairs of every train article, labelled.
fn corpus(articles: &[Annotated]) -> Vec<Labelled> {
    articles
        .iter()
        .map(|a| {
            let rec = a.record();
            let (x, pairs) = collect(|| rasd_extract::extract(&rec, &rasd_extract::Options::default()));
            let events = coded_events(&x.json);
            let (taken, gold) = label(a, &events);
            let find = |(start, end): (usize, usize), kind: rasd_events::EventType| events.iter().position(|(k, s)| start <= *s && *s < end && k == kind.as_str());
            let pairs = pairs
                .into_iter()
                .filter_map(|Pair { first, second, kind, features }| Some((find(first, kind)?, find(second, kind)?, features)))
                .collect();
            Labelled { pairs, events: taken, gold }
        })
        .collect()
}

/// The training label of a pair: merge (1) when only one of its events is taken by a required gold event, keep both
/// (0) when both are; none otherwise (two false alarms are trained as one act with `none_as_one`).
fn pair_label(l: &Labelled, i: usize, j: usize, none_as_one: bool) -> Option<usize> {
    use Taken::*;
    match (l.events[i], l.events[j]) {
        (Required, Required) => Some(0),
        (Required, Nothing) | (Nothing, Required) => Some(1),
        (Nothing, Nothing) if none_as_one => Some(1),
        _ => None,
    }
}

fn none_as_one() -> bool {
    std::env::var("RASD_SAME_ACT_NONE").is_ok_and(|v| v == "1")
}

/// Features seen fewer than `MIN_COUNT` times among all pairs are left out (RASD_SAME_ACT_MIN_COUNT overrides).
const MIN_COUNT: usize = 5;

/// Every candidate's feature list, for the corpus-wide pruning of `filter`.
fn feature_lists(l: &mut [Labelled]) -> Vec<&mut Vec<String>> {
    l.iter_mut().flat_map(|a| a.pairs.iter_mut().map(|(_, _, f)| f)).collect()
}

fn examples<'a>(l: impl Iterator<Item = &'a Labelled>) -> Vec<Example> {
    let none = none_as_one();
    l.flat_map(|a| a.pairs.iter().filter_map(move |(i, j, f)| pair_label(a, *i, *j, none).map(|class| Example { features: f.clone(), class })))
        .collect()
}

/// The scorer's counts for one article once the pairs whose probability (`p`, by pair) reaches `th` are merged as
/// the extractor merges them: each later event into the likeliest earlier one still kept. A merged event taken by
/// a gold event hands it to the kept one when that one was a false alarm (the scorer finds the gold event in the
/// same sentence); when both were taken, one gold event is lost. (true positives, false positives)
fn simulate(a: &Labelled, p: &[f32], th: f32) -> (usize, usize) {
    let mut state = a.events.clone();
    let mut kept = vec![true; state.len()];
    let mut order: Vec<usize> = (0..a.pairs.len()).collect();
    order.sort_by_key(|&k| (a.pairs[k].1, a.pairs[k].0));
    let mut k = 0;
    while k < order.len() {
        let j = a.pairs[order[k]].1;
        let mut best: Option<(usize, f32)> = None;
        while k < order.len() && a.pairs[order[k]].1 == j {
            let (i, _, _) = &a.pairs[order[k]];
            let x = p[order[k]];
            if kept[*i] && kept[j] && th < 1.0 && x >= th && best.is_none_or(|(_, y)| x > y) {
                best = Some((*i, x));
            }
            k += 1;
        }
        if let Some((i, _)) = best {
            kept[j] = false;
            if state[i] == Taken::Nothing {
                state[i] = state[j];
            }
        }
    }
    let tp = state.iter().zip(&kept).filter(|(s, k)| **k && **s == Taken::Required).count();
    let fp = state.iter().zip(&kept).filter(|(s, k)| **k && **s == Taken::Nothing).count();
    (tp, fp)
}

/// Cross-validated (true positives, false positives) per fold and threshold, and the required gold events per fold.
fn cross_validate(l: &[Labelled], params: Params) -> (Vec<Vec<(usize, usize)>>, Vec<usize>) {
    let mut per_fold = vec![];
    let mut golds = vec![];
    for fold in 0..FOLDS {
        let mut counts = vec![(0, 0); THRESHOLDS.len()];
        golds.push(l.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, a)| a.gold).sum());
        let train = examples(l.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, a)| a));
        let w = logreg::train(&train, 2, params);
        for a in l.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, a)| a) {
            let p: Vec<f32> = a.pairs.iter().map(|(_, _, f)| prob(&w, f)).collect();
            for (k, &th) in THRESHOLDS.iter().enumerate() {
                let (tp, fp) = simulate(a, &p, th);
                counts[k].0 += tp;
                counts[k].1 += fp;
            }
        }
        per_fold.push(counts);
    }
    (per_fold, golds)
}

/// Train on the train split of `corpus` (eval/news) and write the model to `out`: the threshold chosen from the
/// 5-fold cross-validated event F1 (by article) by `choose`; when no threshold beats merging nothing, an empty model.
pub fn train_cli(corpus_dir: &Path, out: &Path) -> Result<String, String> {
    let articles = train_articles(corpus_dir)?;
    let mut l = corpus(&articles);
    dump(&articles, &l)?;
    drop_groups(feature_lists(&mut l), "RASD_SAME_ACT_DROP");
    prune_rare(feature_lists(&mut l), std::env::var("RASD_SAME_ACT_MIN_COUNT").ok().and_then(|v| v.parse().ok()).unwrap_or(MIN_COUNT));
    let params = Params::from_env("RASD_SAME_ACT_PARAMS", Params { epochs: 30, rate: 0.05, l2: 1e-3 });
    let (per_fold, golds) = cross_validate(&l, params);
    let gold: usize = golds.iter().sum();
    let counts: Vec<(usize, usize)> = (0..THRESHOLDS.len()).map(|k| per_fold.iter().fold((0, 0), |(a, b), c| (a + c[k].0, b + c[k].1))).collect();
    let mut report = String::new();
    let n: usize = l.iter().map(|a| a.pairs.len()).sum();
    let none = none_as_one();
    let (merge, keep) = l.iter().flat_map(|a| a.pairs.iter().map(move |(i, j, _)| pair_label(a, *i, *j, none))).fold((0, 0), |(m, k), y| match y {
        Some(1) => (m + 1, k),
        Some(_) => (m, k + 1),
        None => (m, k),
    });
    writeln!(report, "same-act decision: {} articles, {n} same-type pairs in a sentence ({merge} one act, {keep} two acts trained on), {gold} required gold events", articles.len()).ok();
    let forced = std::env::var("RASD_SAME_ACT_THRESHOLD").ok().and_then(|v| v.parse::<f32>().ok());
    let best = match forced {
        Some(th) => THRESHOLDS.iter().position(|&x| (x - th).abs() < 1e-6).ok_or(format!("RASD_SAME_ACT_THRESHOLD={th} is none of {THRESHOLDS:?}"))?,
        None => choose(&per_fold, &golds),
    };
    for (k, &(tp, fp)) in counts.iter().enumerate() {
        let (p, r, f) = f1(tp, fp, gold);
        let mark = if k == best { "  <- chosen" } else { "" };
        let th = if THRESHOLDS[k] >= 1.0 { "none".to_string() } else { format!("{:.2}", THRESHOLDS[k]) };
        writeln!(report, "  merge from {th}: P {p:.3} R {r:.3} F1 {f:.3} ({tp} right, {fp} false){mark}").ok();
    }
    let text = if best == 0 {
        writeln!(report, "no threshold beats merging nothing: an empty model is written").ok();
        model_text(HEADER, &Default::default(), 0.0)
    } else {
        let w = logreg::train(&examples(l.iter()), 2, params);
        writeln!(report, "{} features; written {}", w.w.len(), out.display()).ok();
        model_text(HEADER, &w, logit(THRESHOLDS[best]))
    };
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(report)
}

/// RASD_SAME_ACT_DUMP=FILE writes every pair, one a line: article id, the two events' labels (R required gold,
/// O optional, - none) and the features (tab-separated).
fn dump(articles: &[Annotated], l: &[Labelled]) -> Result<(), String> {
    let Ok(path) = std::env::var("RASD_SAME_ACT_DUMP") else { return Ok(()) };
    let tag = |t: Taken| match t {
        Taken::Required => "R",
        Taken::Optional => "O",
        Taken::Nothing => "-",
    };
    let mut s = String::new();
    for (a, lab) in articles.iter().zip(l) {
        for (i, j, f) in &lab.pairs {
            writeln!(s, "{}\t{}{}\t{}", a.id, tag(lab.events[*i]), tag(lab.events[*j]), f.join("\t")).ok();
        }
    }
    std::fs::write(&path, s).map_err(|e| format!("{path}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_hands_the_gold_event_to_the_kept_false_alarm_and_loses_one_of_two_taken() {
        use Taken::*;
        // Events 0 and 1 one act (only 1 taken), events 2 and 3 two acts (both taken).
        let a = Labelled { pairs: vec![(0, 1, vec![]), (2, 3, vec![])], events: vec![Nothing, Required, Required, Required], gold: 3 };
        assert_eq!(simulate(&a, &[0.9, 0.2], 1.0), (3, 1));
        assert_eq!(simulate(&a, &[0.9, 0.2], 0.5), (3, 0));
        assert_eq!(simulate(&a, &[0.9, 0.6], 0.5), (2, 0));
    }

    #[test]
    fn a_merged_event_is_merged_once() {
        use Taken::*;
        // Three events of one act: 1 and 2 both merge into 0 (2 also scores high with 1, merged already).
        let a = Labelled { pairs: vec![(0, 1, vec![]), (0, 2, vec![]), (1, 2, vec![])], events: vec![Required, Nothing, Nothing], gold: 1 };
        assert_eq!(simulate(&a, &[0.9, 0.8, 0.95], 0.5), (1, 0));
    }
}
