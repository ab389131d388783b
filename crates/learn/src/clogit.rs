//! Conditional logit: a choice among candidates, each described by its own sparse features, trained toward the
//! probability of its right candidates (one or several). AdaGrad with L2 on the features a choice touches (not on
//! the bias: it carries the prior), in a fixed order per epoch (deterministic). The speaker choice and the sense
//! choice both train with it; their features differ (per candidate, or per feature and sense) but not the learner.

use crate::logreg::Params;
use rustc_hash::FxHashMap;
use std::hash::Hash;

/// The weights of a trained choice, one per feature key.
pub type Weights<K> = FxHashMap<K, f32>;

/// One decision: the features of each candidate and which candidates are right.
pub struct Choice<K> {
    pub candidates: Vec<Vec<K>>,
    pub right: Vec<bool>,
}

impl<K> Choice<K> {
    /// A choice teaches something only when it has a right and a wrong candidate.
    fn informative(&self) -> bool {
        self.right.iter().any(|&r| r) && self.right.iter().any(|&r| !r)
    }
}

/// Each candidate's score: the sum of the weights of its features that `read` accepts.
pub fn scores<K: Hash + Eq>(w: &Weights<K>, candidates: &[Vec<K>], read: &impl Fn(&K) -> bool) -> Vec<f32> {
    candidates.iter().map(|f| f.iter().filter(|x| read(x)).filter_map(|x| w.get(x)).sum()).collect()
}

fn softmax(s: &mut [f32]) {
    let max = s.iter().cloned().fold(f32::MIN, f32::max);
    s.iter_mut().for_each(|x| *x = (*x - max).exp());
    let z: f32 = s.iter().sum();
    s.iter_mut().for_each(|x| *x /= z);
}

/// Train on `choices`, reading only the features `read` accepts (to leave feature groups out in cross-validation).
/// `is_bias` names the features not pulled toward zero.
pub fn train<K: Hash + Eq + Ord + Clone>(choices: &[&Choice<K>], p: Params, read: impl Fn(&K) -> bool, is_bias: impl Fn(&K) -> bool) -> Weights<K> {
    let mut w: Weights<K> = Default::default();
    let mut g2: Weights<K> = Default::default();
    let useful: Vec<&&Choice<K>> = choices.iter().filter(|c| c.informative()).collect();
    for epoch in 0..p.epochs {
        for i in crate::logreg::epoch_order(useful.len(), epoch) {
            let c = useful[i];
            let mut prob = scores(&w, &c.candidates, &read);
            softmax(&mut prob);
            let mass_right: f32 = prob.iter().zip(&c.right).filter(|(_, &r)| r).map(|(x, _)| x).sum();
            let mut grad: FxHashMap<&K, f32> = Default::default();
            for (k, f) in c.candidates.iter().enumerate() {
                // The target spreads the right mass over the right candidates as the model does.
                let target = if c.right[k] { prob[k] / mass_right } else { 0.0 };
                for x in f.iter().filter(|x| read(x)) {
                    *grad.entry(x).or_default() += prob[k] - target;
                }
            }
            let mut keys: Vec<&K> = grad.keys().copied().collect();
            keys.sort_unstable();
            for x in keys {
                let wf = w.entry(x.clone()).or_default();
                let reg = if is_bias(x) { 0.0 } else { p.l2 };
                let g = grad[x] + reg * *wf;
                let gf = g2.entry(x.clone()).or_insert(1e-6);
                *gf += g * g;
                *wf -= p.rate * g / gf.sqrt();
            }
        }
    }
    w.retain(|_, v| v.abs() > 1e-4);
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(right: &[bool], feats: &[&[&str]]) -> Choice<String> {
        Choice { candidates: feats.iter().map(|f| f.iter().map(|s| s.to_string()).collect()).collect(), right: right.to_vec() }
    }

    #[test]
    fn learns_the_cue_of_the_right_candidate_and_ignores_unread_features() {
        let mut data = vec![];
        for _ in 0..10 {
            data.push(choice(&[false, true], &[&["bias", "prep=مع"], &["bias", "prep=عن"]]));
            data.push(choice(&[true, false], &[&["bias", "prep=عن"], &["bias", "prep=في"]]));
            // No wrong candidate: nothing to learn.
            data.push(choice(&[true, true], &[&["prep=في"], &["prep=مع"]]));
        }
        let refs: Vec<&Choice<String>> = data.iter().collect();
        let p = Params { epochs: 30, rate: 0.1, l2: 1e-3 };
        let w = train(&refs, p, |_| true, |x| x == "bias");
        let s = scores(&w, &data[0].candidates, &|_| true);
        assert!(s[1] > s[0] + 1.0, "{s:?}");
        assert!(w["prep=عن"] > 0.0 && w["prep=مع"] < 0.0 && w["prep=في"] < 0.0);
        let w = train(&refs, p, |x: &String| !x.starts_with("prep="), |x| x == "bias");
        assert!(w.keys().all(|k| !k.starts_with("prep=")));
    }
}
