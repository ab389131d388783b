//! A learned choice among candidates that keeps the rules' answer unless another beats it by a margin (the speaker
//! choice, the date choice): a candidate's score is the sum of its features' weights. The model file is
//! `margin<TAB>value` once, then `feature<TAB>weight`; an empty model keeps every rule answer.

use rasd_text::data::DataError;
use rustc_hash::FxHashMap;

pub struct MarginModel {
    weights: FxHashMap<String, f32>,
    margin: f32,
}

impl MarginModel {
    /// Read the model file `file` (its name for error messages) from `text`.
    pub fn parse(file: &'static str, text: &str) -> Result<MarginModel, DataError> {
        let mut weights = FxHashMap::default();
        let mut margin = f32::INFINITY;
        for r in rasd_text::data::rows(file, text) {
            r.expect_columns(2, "feature and weight")?;
            let w: f32 = r.parse(1, "weight", |v| v.parse().ok().filter(|x: &f32| x.is_finite()))?;
            if r.fields[0] == "margin" {
                margin = w;
            } else if weights.insert(r.fields[0].to_string(), w).is_some() {
                return Err(r.error(format!("feature {:?} is given twice", r.fields[0])));
            }
        }
        Ok(MarginModel { weights, margin })
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    pub fn score(&self, features: &[String]) -> f32 {
        features.iter().filter_map(|f| self.weights.get(f)).sum()
    }

    /// Whether some feature starting with `prefix` has a weight (a family of candidates the model weighs at all).
    pub fn weighs_prefix(&self, prefix: &str) -> bool {
        self.weights.keys().any(|f| f.starts_with(prefix))
    }

    /// How far another candidate must score above the rules' to be taken.
    pub fn margin(&self) -> f32 {
        self.margin
    }
}
