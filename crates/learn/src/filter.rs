//! What the trainers of a learned yes/no filter over candidates share (the occurrence filter, `rasd train triggers`;
//! the same-act merge, `rasd train same_act`): the threshold chosen from cross-validated counts and the model file.

use std::fmt::Write as _;

/// The threshold to ship, by the one-standard-error rule on the gain over keeping every event: among the
/// thresholds whose pooled cross-validated F1 gain is within one standard error (of the best threshold's gain
/// across the folds) of the best, the lowest, which drops the fewest events; 0 (an empty model) when the best
/// gain is not positive. Differences smaller than that are noise of 249 articles.
pub(crate) fn choose(per_fold: &[Vec<(usize, usize)>], golds: &[usize]) -> usize {
    let pooled = |k: usize| {
        let (tp, fp) = per_fold.iter().fold((0, 0), |(a, b), c| (a + c[k].0, b + c[k].1));
        f1(tp, fp, golds.iter().sum()).2
    };
    let gain = |k: usize| pooled(k) - pooled(0);
    let best = (0..per_fold.first().map_or(0, Vec::len)).max_by(|&a, &b| gain(a).total_cmp(&gain(b)).then(b.cmp(&a))).unwrap_or(0);
    if best == 0 || gain(best) <= 0.0 {
        return 0;
    }
    let diffs: Vec<f64> = per_fold.iter().zip(golds).map(|(c, &g)| f1(c[best].0, c[best].1, g).2 - f1(c[0].0, c[0].1, g).2).collect();
    let se = crate::standard_error(&diffs);
    (1..=best).find(|&k| gain(k) > 0.0 && gain(k) >= gain(best) - se).unwrap_or(best)
}

pub(crate) fn f1(tp: usize, fp: usize, gold: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

pub(crate) fn logit(p: f32) -> f32 {
    (p / (1.0 - p)).ln()
}

/// The model file: one feature a line with its weight toward occurrence, the threshold's log-odds taken off the
/// bias, sorted for stable diffs.
pub(crate) fn model_text(header: &str, w: &crate::linear::Weights, logit: f32) -> String {
    let mut s = String::from(header);
    let mut rows: Vec<(String, f32)> = w.w.iter().map(|(f, v)| (f.clone(), v[1] - v[0] - if f == "bias" { logit } else { 0.0 })).collect();
    rows.retain(|(f, x)| x.abs() >= 5e-4 && !f.contains('\t') && !f.contains('\n'));
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    for (f, x) in rows {
        writeln!(s, "{f}\t{}", (x * 1000.0).round() / 1000.0).ok();
    }
    s
}

/// Leave out of every candidate's features those seen fewer than `min` times in the whole corpus.
pub(crate) fn prune_rare(mut lists: Vec<&mut Vec<String>>, min: usize) {
    let mut n: rustc_hash::FxHashMap<String, usize> = Default::default();
    for f in &lists {
        for x in f.iter() {
            *n.entry(x.clone()).or_default() += 1;
        }
    }
    for f in &mut lists {
        f.retain(|x| n[x] >= min);
    }
}

/// Leave out the feature groups (name prefixes, comma-separated) the environment variable `var` names: an ablation.
pub(crate) fn drop_groups(lists: Vec<&mut Vec<String>>, var: &str) {
    let Ok(v) = std::env::var(var) else { return };
    let prefixes: Vec<&str> = v.split(',').filter(|p| !p.is_empty()).collect();
    for f in lists {
        f.retain(|x| !prefixes.iter().any(|p| x.starts_with(p)));
    }
}

/// The model's probability of "yes" for a candidate's features.
pub(crate) fn prob(w: &crate::linear::Weights, features: &[String]) -> f32 {
    let s: f32 = features.iter().filter_map(|f| w.w.get(f)).map(|v| v[1] - v[0]).sum();
    1.0 / (1.0 + (-s).exp())
}
