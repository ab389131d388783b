//! Training the occurrence filter (rasd_events::occurrence): every event the full pipeline codes on a train-split
//! article is a candidate, labelled by the reference scorer's matching rule (../shared/eval/score.py: a gold event
//! is found by an unused prediction of its type whose trigger starts in the gold evidence's sentences, preferably
//! inside the evidence). A prediction taken by a required gold event is an occurrence, one taken by nothing is a
//! false alarm; one taken by an optional gold event is neither and is not trained on.

use crate::corpus::{sentence_span, train_articles, Annotated};
use crate::filter::{choose, drop_groups, f1, logit, model_text, prob, prune_rare};
use crate::linear::Example;
use crate::logreg::{self, Params};
use rasd_events::occurrence::{collect, weighed_candidate, Candidate};
use std::fmt::Write as _;
use std::path::Path;

/// The first lines of the model file.
const HEADER: &str = "# Occurrence model: feature\tweight toward \"the event word reports an event here\" (logistic; the threshold is folded into bias).\n\
    # Written by `rasd train triggers` (crates/learn) from the train split of eval/news; do not edit by hand.\n";

const FOLDS: usize = 5;

/// Occurrence probabilities below which an event is dropped, tried by cross-validation (0: keep all).
const THRESHOLDS: [f32; 13] = [0.0, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

/// One article's candidates: features and label (`None`: absorbed by an optional gold event), and the number of
/// required gold events the scorer counts.
struct Labelled {
    examples: Vec<(Vec<String>, Option<bool>, rasd_events::EventType, rasd_events::Status)>,
    gold: usize,
}

fn label(a: &Annotated, cands: Vec<Candidate>) -> Labelled {
    let chars: Vec<char> = a.text.chars().collect();
    let cp = |b: usize| a.text[..b].chars().count();
    let mut gold: Vec<&serde_json::Value> = a.gold["events"].as_array().into_iter().flatten().collect();
    gold.sort_by_key(|e| e["optional"].as_bool().unwrap_or(false));
    let mut taken: Vec<Option<bool>> = vec![None; cands.len()];
    let mut used = vec![false; cands.len()];
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
        for (i, c) in cands.iter().enumerate() {
            if used[i] || Some(c.kind.as_str()) != ge["type"].as_str() {
                continue;
            }
            if ss <= c.start && c.start < se {
                best = Some(i);
                if start <= c.start && c.start < end {
                    break;
                }
            }
        }
        if let Some(i) = best {
            used[i] = true;
            taken[i] = Some(!optional);
        }
    }
    let examples = cands
        .into_iter()
        .zip(used.iter().zip(&taken))
        .map(|(c, (&u, &t))| (c.features, if u { t.filter(|&x| x) } else { Some(false) }, c.kind, c.status))
        .collect();
    Labelled { examples, gold: required }
}

/// The candidates of every train article, labelled.
fn corpus(articles: &[Annotated]) -> Vec<Labelled> {
    articles
        .iter()
        .map(|a| {
            let rec = a.record();
            let (_, cands) = collect(|| rasd_extract::extract(&rec, &rasd_extract::Options::default()));
            label(a, cands)
        })
        .collect()
}

/// Features seen fewer than `MIN_COUNT` times among all candidates are left out (no label read): a small model
/// of the words that recur. At 2, a lemma seen four times, each a comment ("وعلق الرئيس بقوله"), learned to drop
/// every suspension (تعليق) on unseen text; RASD_TRIGGERS_MIN_COUNT overrides it for cross-validation.
const MIN_COUNT: usize = 5;

fn min_count() -> usize {
    std::env::var("RASD_TRIGGERS_MIN_COUNT").ok().and_then(|v| v.parse().ok()).unwrap_or(MIN_COUNT)
}

/// Every candidate's feature list, for the corpus-wide pruning of `filter`.
fn feature_lists(l: &mut [Labelled]) -> Vec<&mut Vec<String>> {
    l.iter_mut().flat_map(|a| a.examples.iter_mut().map(|(f, ..)| f)).collect()
}

fn examples<'a>(l: impl Iterator<Item = &'a Labelled>) -> Vec<Example> {
    l.flat_map(|a| a.examples.iter().filter_map(|(f, y, ..)| y.map(|y| Example { features: f.clone(), class: y as usize })))
        .collect()
}

/// Cross-validated (true positives, false positives) per fold and threshold, and the number of required gold
/// events per fold. `bare_th`, when given, is the threshold of the coder's bare weak triggers (feature `bare`)
/// at every threshold of the others but 0 (keep all).
fn cross_validate(l: &[Labelled], params: Params, bare_th: Option<f32>) -> (Vec<Vec<(usize, usize)>>, Vec<usize>) {
    let mut per_fold = vec![];
    let mut golds = vec![];
    for fold in 0..FOLDS {
        let mut counts = vec![(0, 0); THRESHOLDS.len()];
        golds.push(l.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, a)| a.gold).sum());
        let train = examples(l.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, a)| a));
        let w = logreg::train(&train, 2, params);
        for a in l.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, a)| a) {
            for (f, y, kind, status) in &a.examples {
                // Asserted and claimed events, planned and hypothetical definite nouns (rasd_events::occurrence::weighed_candidate).
                let p = if weighed_candidate(*kind, *status, f) { prob(&w, f) } else { 1.0 };
                let bare = bare_th.filter(|_| f.iter().any(|x| x == "bare"));
                for (k, &th) in THRESHOLDS.iter().enumerate() {
                    if th == 0.0 || p >= bare.unwrap_or(th) {
                        match y {
                            Some(true) => counts[k].0 += 1,
                            Some(false) => counts[k].1 += 1,
                            None => {}
                        }
                    }
                }
            }
        }
        per_fold.push(counts);
    }
    (per_fold, golds)
}

/// Train on the train split of `corpus` (eval/news) and write the model to `out`: the threshold is chosen from the
/// 5-fold cross-validated event F1 (by article) by `choose`; when no threshold beats keeping every event, an empty
/// model.
pub fn train_cli(corpus_dir: &Path, out: &Path) -> Result<String, String> {
    let articles = train_articles(corpus_dir)?;
    let mut l = corpus(&articles);
    dump(&articles, &l)?;
    drop_groups(feature_lists(&mut l), "RASD_TRIGGERS_DROP");
    prune_rare(feature_lists(&mut l), min_count());
    let params = Params::from_env("RASD_TRIGGERS_PARAMS", Params { epochs: 30, rate: 0.05, l2: 1e-3 });
    let (per_fold, golds) = cross_validate(&l, params, None);
    let gold: usize = golds.iter().sum();
    let counts: Vec<(usize, usize)> = (0..THRESHOLDS.len()).map(|k| per_fold.iter().fold((0, 0), |(a, b), c| (a + c[k].0, b + c[k].1))).collect();
    let mut report = String::new();
    let n: usize = l.iter().map(|a| a.examples.len()).sum();
    writeln!(report, "occurrence filter: {} articles, {n} coded events, {gold} required gold events", articles.len()).ok();
    // RASD_TRIGGERS_THRESHOLD=0.15 ships that threshold of THRESHOLDS instead of the chosen one (a setting checked
    // on news-dev against the chosen one).
    let forced = std::env::var("RASD_TRIGGERS_THRESHOLD").ok().and_then(|v| v.parse::<f32>().ok());
    let best = match forced {
        Some(th) => THRESHOLDS.iter().position(|&x| (x - th).abs() < 1e-6).ok_or(format!("RASD_TRIGGERS_THRESHOLD={th} is none of {THRESHOLDS:?}"))?,
        None => choose(&per_fold, &golds),
    };
    for (k, &(tp, fp)) in counts.iter().enumerate() {
        let (p, r, f) = f1(tp, fp, gold);
        let mark = if k == best { "  <- chosen" } else { "" };
        writeln!(report, "  threshold {:.2}: P {p:.3} R {r:.3} F1 {f:.3} ({tp} right, {fp} false){mark}", THRESHOLDS[k]).ok();
    }
    let text = if best == 0 {
        writeln!(report, "no threshold beats keeping every event: an empty model is written").ok();
        model_text(HEADER, &Default::default(), 0.0)
    } else {
        let th = THRESHOLDS[best];
        let has_bare = l.iter().any(|a| a.examples.iter().any(|(f, ..)| f.iter().any(|x| x == "bare")));
        let bare_th = if has_bare { choose_bare(&l, params, best, &mut report) } else { th };
        let mut w = logreg::train(&examples(l.iter()), 2, params);
        // The bare triggers' own threshold, folded into their feature's weight (the global one is in the bias).
        if let Some(x) = w.w.get_mut("bare") {
            x[0] += logit(bare_th) - logit(th);
        }
        writeln!(report, "{} features; written {}", w.w.len(), out.display()).ok();
        model_text(HEADER, &w, logit(th))
    };
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(report)
}

/// RASD_TRIGGERS_DUMP=FILE writes every candidate, one a line: article id, label (1 occurrence, 0 false alarm,
/// - absorbed by an optional gold event), type, status and its features (tab-separated): for counting how often
/// a feature's events are false alarms before training on it.
fn dump(articles: &[Annotated], l: &[Labelled]) -> Result<(), String> {
    let Ok(path) = std::env::var("RASD_TRIGGERS_DUMP") else { return Ok(()) };
    let mut s = String::new();
    for (a, lab) in articles.iter().zip(l) {
        for (f, y, kind, status) in &lab.examples {
            let y = y.map_or("-", |y| if y { "1" } else { "0" });
            writeln!(s, "{}\t{y}\t{}\t{}\t{}", a.id, kind.as_str(), status.as_str(), f.join("\t")).ok();
        }
    }
    std::fs::write(&path, s).map_err(|e| format!("{path}: {e}"))
}

/// The threshold of the coder's bare weak triggers (rasd_events::coder: a weak trigger with no participant, no
/// conflict word and no name around it, which the coder's rule dropped outright), at the chosen threshold `best` of
/// the others, by cross-validation: the highest threshold whose F1 gain over the same threshold is within one
/// standard error of the best gain (the rule dropped them all: among settings the folds cannot tell apart, the one
/// that keeps fewest). They are a quarter gold events (the others over half), and the text outside the train split
/// (ANT) holds more of them that are not acts. Only with RASD_TRIGGERS_BARE=1 (rasd_events::occurrence::weighs_bare).
fn choose_bare(l: &[Labelled], params: Params, best: usize, report: &mut String) -> f32 {
    let runs: Vec<(usize, Vec<(usize, usize)>, Vec<usize>)> = (best..THRESHOLDS.len())
        .map(|m| {
            let (per_fold, golds) = cross_validate(l, params, Some(THRESHOLDS[m]));
            (m, per_fold.iter().map(|c| c[best]).collect(), golds)
        })
        .collect();
    let total = |c: &[(usize, usize)]| c.iter().fold((0, 0), |(a, b), x| (a + x.0, b + x.1));
    let fold_f1 = |c: &[(usize, usize)], g: &[usize]| -> Vec<f64> { c.iter().zip(g).map(|(x, &g)| f1(x.0, x.1, g).2).collect() };
    let gold: usize = runs[0].2.iter().sum();
    let pooled = |i: usize| {
        let (tp, fp) = total(&runs[i].1);
        f1(tp, fp, gold).2
    };
    let gain = |i: usize| pooled(i) - pooled(0);
    for (i, (m, c, _)) in runs.iter().enumerate() {
        let (tp, fp) = total(c);
        let (p, r, f) = f1(tp, fp, gold);
        writeln!(report, "  bare triggers at {:.2}: P {p:.3} R {r:.3} F1 {f:.3} (gain {:+.4})", THRESHOLDS[*m], gain(i)).ok();
    }
    let top = (0..runs.len()).max_by(|&a, &b| gain(a).total_cmp(&gain(b)).then(b.cmp(&a))).unwrap_or(0);
    if top == 0 || gain(top) <= 0.0 {
        return THRESHOLDS[best];
    }
    let base = fold_f1(&runs[0].1, &runs[0].2);
    let diffs: Vec<f64> = fold_f1(&runs[top].1, &runs[top].2).iter().zip(&base).map(|(a, b)| a - b).collect();
    let se = crate::standard_error(&diffs);
    let pick = (top..runs.len()).rev().find(|&i| gain(i) > 0.0 && gain(i) >= gain(top) - se).unwrap_or(top);
    writeln!(report, "  bare triggers' threshold chosen: {:.2}", THRESHOLDS[runs[pick].0]).ok();
    THRESHOLDS[runs[pick].0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lowest_threshold_within_one_standard_error_of_the_best_gain_is_chosen() {
        // Five folds of 100 gold events; thresholds 0 (keep all), 0.05, 0.075 ...: dropping at 0.05 gains a little,
        // at 0.075 a little more, with a spread across folds wider than that difference.
        let mut folds = vec![];
        for f in 0..5 {
            let mut c = vec![(60, 60); THRESHOLDS.len()];
            c[1] = (60, 48);
            c[2] = (59, 34 + 5 * f);
            folds.push(c);
        }
        let golds = vec![100; 5];
        assert_eq!(choose(&folds, &golds), 1);
        // No gain anywhere: keep every event (an empty model).
        let flat = vec![vec![(60, 60); THRESHOLDS.len()]; 5];
        assert_eq!(choose(&flat, &golds), 0);
    }

    #[test]
    fn sentences_are_cut_as_the_scorer_cuts_them() {
        let text: Vec<char> = "قال الوزير. وطردت روسيا 23 دبلوماسيا\nثم غادر".chars().collect();
        let pos = text.iter().position(|&c| c == 'ط').unwrap();
        let (s, e) = sentence_span(&text, pos);
        assert_eq!(text[s..e].iter().collect::<String>(), " وطردت روسيا 23 دبلوماسيا\n");
        assert_eq!(sentence_span(&text, 0).0, 0);
        assert_eq!(sentence_span(&text, text.len() - 1).1, text.len());
    }
}
