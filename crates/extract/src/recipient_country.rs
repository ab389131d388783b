//! The recipient's country when the sentence names no recipient: is it the actor's own? Many acts are done inside
//! one country by its own people to its own people (police firing on protesters, an army shelling its rebels, a
//! government asked to act by its citizens), and the annotation guide places such an unnamed recipient by the
//! context: on the train split of eval/news, of the found events whose gold recipient is unnamed but placed, more
//! than half are placed in the actor's country, which the coder left empty. Whether to give the actor's country
//! is a learned decision (a logistic regression over the event's type, mode and status, where it took place
//! against the actor's country, how the actor's country is known and the actor's role), trained by
//! `rasd train args` (crates/learn) on the train split and kept in data/events/recipient_country.tsv; with no
//! weights no recipient is added.

use crate::doc::Event;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

const MODEL_FILE: &str = "data/events/recipient_country.tsv";
const MODEL: &str = include_str!("../../../data/events/recipient_country.tsv");

/// The name of the row that carries the least probability for the actor's country to be given.
pub const THRESHOLD_ROW: &str = "@threshold";

/// A binary logistic regression: per feature, the weights of "no" and "the actor's country".
#[derive(Debug, Default)]
pub struct Model {
    weights: HashMap<String, [f32; 2]>,
    pub threshold: f32,
}

thread_local! {
    /// A model that replaces the shipped one on this thread (the trainer).
    static OVERRIDE: RefCell<Option<Arc<Model>>> = const { RefCell::new(None) };
}

impl Model {
    /// Read a model file: `feature<TAB>w_no<TAB>w_yes`, and the `@threshold` row.
    pub fn parse(text: &str) -> Result<Model, rasd_text::data::DataError> {
        let mut m = Model { weights: HashMap::new(), threshold: 0.5 };
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(3, "feature and one weight per answer (no, the actor's country)")?;
            let mut w = [0f32; 2];
            for (k, x) in w.iter_mut().enumerate() {
                *x = r.parse(k + 1, "weight", |v| v.parse::<f32>().ok().filter(|x| x.is_finite()))?;
            }
            if r.fields[0] == THRESHOLD_ROW {
                m.threshold = w[1];
            } else if m.weights.insert(r.fields[0].to_string(), w).is_some() {
                return Err(r.error(format!("feature {:?} is listed twice", r.fields[0])));
            }
        }
        Ok(m)
    }

    fn shipped() -> &'static Arc<Model> {
        static M: OnceLock<Arc<Model>> = OnceLock::new();
        M.get_or_init(|| Arc::new(Model::parse(MODEL).unwrap_or_else(|e| panic!("{e}"))))
    }

    /// The probability that the recipient is of the actor's country.
    pub fn probability(&self, features: &[String]) -> f32 {
        let mut s = [0f32; 2];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                s[0] += w[0];
                s[1] += w[1];
            }
        }
        1.0 / (1.0 + (s[0] - s[1]).exp())
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// Run `f` with `model` in place of the shipped model on this thread.
pub fn with_model<T>(model: Arc<Model>, f: impl FnOnce() -> T) -> T {
    OVERRIDE.with(|o| *o.borrow_mut() = Some(model));
    let out = f();
    OVERRIDE.with(|o| *o.borrow_mut() = None);
    out
}

fn active() -> Arc<Model> {
    OVERRIDE.with(|o| o.borrow().clone()).unwrap_or_else(|| Model::shipped().clone())
}

/// What the decision reads of an event, as the output gives it (the trainer reads the same fields of the JSON).
pub struct Facts<'e> {
    pub kind: &'e str,
    pub mode: Option<&'e str>,
    pub status: &'e str,
    pub actor_country: &'e str,
    /// How the actor's country is known: "mention" (its own words), "sentence" or "report" (`country_from`).
    pub actor_from: &'e str,
    pub actor_role: Option<&'e str>,
    pub actor_named: bool,
    pub location_country: Option<&'e str>,
}

/// The features of an event with no recipient whose actor has a country.
pub fn features(f: &Facts) -> Vec<String> {
    let loc = match f.location_country {
        Some(c) if c == f.actor_country => "same",
        Some(_) => "other",
        None => "none",
    };
    let k = f.kind;
    let role = f.actor_role.unwrap_or("none");
    let mut out = vec![
        "bias".to_string(),
        format!("k={k}"),
        format!("loc={loc}"),
        format!("k={k}&loc={loc}"),
        format!("from={}", f.actor_from),
        format!("k={k}&from={}", f.actor_from),
        format!("st={}", f.status),
        format!("role={role}"),
        format!("k={k}&role={role}"),
        format!("named={}", f.actor_named),
        format!("k={k}&named={}", f.actor_named),
    ];
    if let Some(m) = f.mode {
        out.push(format!("mode={m}"));
    }
    out
}

/// The facts of an output event the decision applies to: no recipient, an actor with a country.
pub fn facts(e: &Event) -> Option<Facts<'_>> {
    if e.recipient.is_some() {
        return None;
    }
    let a = e.actor.as_ref()?;
    Some(Facts {
        kind: e.kind.as_str(),
        mode: e.mode.map(|m| m.as_str()),
        status: e.status.as_str(),
        actor_country: a.country.as_deref()?,
        actor_from: a.country_from.unwrap_or("mention"),
        actor_role: a.role.as_deref(),
        actor_named: a.text.is_some(),
        location_country: e.location.as_ref().and_then(|l| l.country.as_deref()),
    })
}

/// Give an event with no recipient the actor's country when the model says so. The country comes from the
/// sentence when the actor is named there, else from where the actor's came from.
pub fn apply(e: &mut Event) {
    let m = active();
    if m.is_empty() {
        return;
    }
    let Some(f) = facts(e) else { return };
    if m.probability(&features(&f)) < m.threshold {
        return;
    }
    let (country, from) = (f.actor_country.to_string(), if f.actor_named { "sentence" } else { f.actor_from });
    let from = if from == "mention" { "sentence" } else { from };
    e.recipient = Some(crate::doc::Participant::unnamed(country, if from == "report" { "report" } else { "sentence" }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_file_is_read_and_decides_by_threshold() {
        let m = Model::parse("# header\n@threshold\t0\t0.6\nbias\t0\t0\nloc=same\t0\t2\n").unwrap();
        assert_eq!(m.threshold, 0.6);
        assert!(m.probability(&["bias".into(), "loc=same".into()]) > 0.6);
        assert!((m.probability(&["bias".into()]) - 0.5).abs() < 1e-6);
        assert!(Model::parse("bias\t1\n").is_err());
        assert!(Model::parse("bias\t1\t0\nbias\t0\t1\n").is_err());
    }

    #[test]
    fn the_shipped_model_loads() {
        let _ = Model::shipped();
    }
}
