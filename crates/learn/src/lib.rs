//! rasd-learn: training of rasd's learned decisions from the project's annotated corpus (eval/news). The
//! extraction crates only read the models this crate writes into data/; none of them links this crate.

pub mod args;
pub mod clogit;
pub mod corpus;
mod filter;
pub mod logreg;
pub mod linear;
pub mod occurrence;
pub mod same_act;
pub mod speakers;
pub mod status;
pub mod types;

/// The standard error of the mean of per-fold differences (a setting's F1 gain on each fold of a cross-validation):
/// the width within which the one-standard-error rules of the trainers treat settings as equal.
pub(crate) fn standard_error(diffs: &[f64]) -> f64 {
    let n = diffs.len() as f64;
    let mean = diffs.iter().sum::<f64>() / n;
    (diffs.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0)).sqrt() / n.sqrt()
}
