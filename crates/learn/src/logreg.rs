//! Multinomial logistic regression over sparse string features, trained by AdaGrad with L2 on the features an
//! example touches: calibrated scores, so that the prior of a frequent class can be shifted on purpose.

use crate::linear::{Example, Weights};
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params { epochs: 60, rate: 0.05, l2: 3e-3 }
    }
}

impl Params {
    /// The parameters the environment variable `var` gives as "epochs,rate,l2" (to tune them by cross-validation),
    /// else `default`.
    pub fn from_env(var: &str, default: Params) -> Params {
        std::env::var(var)
            .ok()
            .and_then(|v| {
                let x: Vec<f32> = v.split(',').filter_map(|p| p.parse().ok()).collect();
                (x.len() == 3).then(|| Params { epochs: x[0] as usize, rate: x[1], l2: x[2] })
            })
            .unwrap_or(default)
    }
}

/// The order of `n` examples in epoch `epoch`: a fixed permutation per epoch, so that training is deterministic.
pub fn epoch_order(n: usize, epoch: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| ((i as u64) ^ ((epoch as u64) << 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    order
}

fn softmax(score: &mut [f32]) {
    let max = score.iter().cloned().fold(f32::MIN, f32::max);
    let mut sum = 0.0;
    for s in score.iter_mut() {
        *s = (*s - max).exp();
        sum += *s;
    }
    score.iter_mut().for_each(|s| *s /= sum);
}

/// Train in a fixed order per epoch (deterministic).
pub fn train(examples: &[Example], classes: usize, p: Params) -> Weights {
    train_over(examples, classes, p, &FxHashMap::default())
}

/// Train the features `frozen` has no row for, with `frozen`'s rows fixed (they score, they are not updated): to fit
/// new features over a shipped model without reshuffling its old weights. The result holds both.
pub fn train_over(examples: &[Example], classes: usize, p: Params, frozen: &FxHashMap<String, Vec<f32>>) -> Weights {
    let mut w: FxHashMap<String, Vec<f32>> = frozen.iter().map(|(k, v)| (k.clone(), v.iter().copied().chain(std::iter::repeat(0.0)).take(classes).collect())).collect();
    let mut g2: FxHashMap<String, Vec<f32>> = FxHashMap::default();
    let mut score = vec![0f32; classes];
    for epoch in 0..p.epochs {
        for i in epoch_order(examples.len(), epoch) {
            let ex = &examples[i];
            score.iter_mut().for_each(|s| *s = 0.0);
            for f in &ex.features {
                if let Some(wf) = w.get(f) {
                    score.iter_mut().zip(wf).for_each(|(s, x)| *s += x);
                }
            }
            softmax(&mut score);
            for f in &ex.features {
                if frozen.contains_key(f) {
                    continue;
                }
                let wf = w.entry(f.clone()).or_insert_with(|| vec![0.0; classes]);
                let gf = g2.entry(f.clone()).or_insert_with(|| vec![1e-6; classes]);
                for k in 0..classes {
                    // The bias is the class prior: not pulled toward zero.
                    let l2 = if f == "bias" { 0.0 } else { p.l2 };
                    let grad = score[k] - (k == ex.class) as u8 as f32 + l2 * wf[k];
                    gf[k] += grad * grad;
                    wf[k] -= p.rate * grad / gf[k].sqrt();
                }
            }
        }
    }
    w.retain(|k, v| frozen.contains_key(k) || v.iter().any(|x| x.abs() > 1e-4));
    Weights { classes, w }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_cues_and_keeps_the_prior_for_unseen_context() {
        let ex = |f: &[&str], class| Example { features: f.iter().map(|s| s.to_string()).collect(), class };
        let mut data = vec![];
        for _ in 0..5 {
            data.push(ex(&["bias", "pw0=سوف"], 1));
            data.push(ex(&["bias", "pw0=لم"], 2));
            data.push(ex(&["bias", "nw=الرئيس"], 0));
            data.push(ex(&["bias", "nw=الوزير"], 0));
        }
        let w = train(&data, 3, Params::default());
        assert_eq!(w.predict(&["bias".into(), "pw0=سوف".into()]), 1);
        assert_eq!(w.predict(&["bias".into(), "pw0=لم".into(), "nw=الجديد".into()]), 2);
        assert_eq!(w.predict(&["bias".into(), "nw=الجديد".into()]), 0);
    }
}
