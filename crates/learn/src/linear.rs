//! Linear models over sparse string features: an example, and learned weights per feature and class.

use rustc_hash::FxHashMap;

/// One training example: its features and its class.
#[derive(Clone, Debug)]
pub struct Example {
    pub features: Vec<String>,
    pub class: usize,
}

/// Learned weights: per feature, one weight per class.
#[derive(Clone, Debug, Default)]
pub struct Weights {
    pub classes: usize,
    pub w: FxHashMap<String, Vec<f32>>,
}

impl Weights {
    pub fn predict(&self, features: &[String]) -> usize {
        let mut score = vec![0f32; self.classes];
        for f in features {
            if let Some(w) = self.w.get(f) {
                score.iter_mut().zip(w).for_each(|(s, w)| *s += w);
            }
        }
        (0..self.classes).fold(0, |b, k| if score[k] > score[b] { k } else { b })
    }
}
