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

/// A logistic regression: per feature, the weights of "no country", "the actor's country" and (a model of three
/// answers) "the other country the sentence names" (the coder's context recipient, `Event::recipient` with no
/// words). A model of two answers leaves that recipient as the coder gave it.
#[derive(Debug, Default)]
pub struct Model {
    weights: HashMap<String, Vec<f32>>,
    pub threshold: f32,
    /// The least probability for keeping the sentence's other country (a model of three answers).
    pub threshold_other: f32,
    classes: usize,
}

/// What the decision gives the recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    None,
    Actor,
    Other,
}

thread_local! {
    /// A model that replaces the shipped one on this thread (the trainer).
    static OVERRIDE: RefCell<Option<Arc<Model>>> = const { RefCell::new(None) };
}

impl Model {
    /// Read a model file: `feature<TAB>w_no<TAB>w_yes[<TAB>w_other]`, and the `@threshold` row (0, the actor's
    /// least probability[, the other country's least probability]); every row has as many weights.
    pub fn parse(text: &str) -> Result<Model, rasd_text::data::DataError> {
        let mut m = Model { weights: HashMap::new(), threshold: 0.5, threshold_other: 0.0, classes: 0 };
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            let n = r.fields.len();
            if m.classes == 0 {
                if n != 3 && n != 4 {
                    r.expect_columns(3, "feature and one weight per answer (no, the actor's country[, the other country])")?;
                }
                m.classes = n - 1;
            }
            r.expect_columns(m.classes + 1, "feature and one weight per answer (no, the actor's country[, the other country]), as the first row")?;
            let mut w = vec![0f32; m.classes];
            for (k, x) in w.iter_mut().enumerate() {
                *x = r.parse(k + 1, "weight", |v| v.parse::<f32>().ok().filter(|x| x.is_finite()))?;
            }
            if r.fields[0] == THRESHOLD_ROW {
                m.threshold = w[1];
                m.threshold_other = w.get(2).copied().unwrap_or(0.0);
            } else if m.weights.insert(r.fields[0].to_string(), w).is_some() {
                return Err(r.error(format!("feature {:?} is listed twice", r.fields[0])));
            }
        }
        Ok(m)
    }

    /// The model built in, or (a development aid, to measure a retrained file without a rebuild) the file named by
    /// RASD_RECIPIENT_COUNTRY_MODEL.
    fn shipped() -> &'static Arc<Model> {
        static M: OnceLock<Arc<Model>> = OnceLock::new();
        M.get_or_init(|| {
            let text = match std::env::var("RASD_RECIPIENT_COUNTRY_MODEL") {
                Ok(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
                Err(_) => MODEL.to_string(),
            };
            Arc::new(Model::parse(&text).unwrap_or_else(|e| panic!("{e}")))
        })
    }

    /// The probabilities of the answers (no, the actor's country, the other country), the last only where
    /// `other` (the sentence names another country) and the model has it.
    pub fn probabilities(&self, features: &[String], other: bool) -> Vec<f32> {
        let n = if other { self.classes.max(2) } else { 2 };
        let mut s = vec![0f32; n];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for (x, y) in s.iter_mut().zip(w) {
                    *x += y;
                }
            }
        }
        let max = s.iter().copied().fold(f32::MIN, f32::max);
        let e: Vec<f32> = s.iter().map(|x| (x - max).exp()).collect();
        let z: f32 = e.iter().sum();
        e.iter().map(|x| x / z).collect()
    }

    /// The probability that the recipient is of the actor's country (no other country named).
    pub fn probability(&self, features: &[String]) -> f32 {
        self.probabilities(features, false)[1]
    }

    /// The answer for an event: where the sentence names another country, with a model of two answers, that
    /// one; else the actor's country at `threshold`; else that other country at `threshold_other`; else none.
    pub fn decide(&self, features: &[String], other: bool) -> Choice {
        if self.is_empty() {
            return if other { Choice::Other } else { Choice::None };
        }
        if other && self.classes < 3 {
            return Choice::Other;
        }
        let p = self.probabilities(features, other);
        if p[1] >= self.threshold {
            Choice::Actor
        } else if other && p[2] >= self.threshold_other {
            Choice::Other
        } else {
            Choice::None
        }
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
    /// The other country the sentence names (the coder's recipient without words), if any.
    pub other: Option<&'e str>,
}

/// The features of an event with no recipient (or only the sentence's other country) whose actor has a country.
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
    match f.other {
        Some(o) => {
            let oloc = match f.location_country {
                Some(c) if c == o => "same",
                Some(_) => "other",
                None => "none",
            };
            out.extend([
                "other=yes".to_string(),
                format!("k={k}&other=yes"),
                format!("oloc={oloc}"),
                format!("from={}&other=yes", f.actor_from),
                format!("named={}&other=yes", f.actor_named),
            ]);
        }
        None => out.extend(["other=no".to_string(), format!("k={k}&other=no")]),
    }
    out
}

/// The facts of an output event the decision applies to: no recipient, or one without words (the sentence's
/// other country), and an actor with a country.
pub fn facts(e: &Event) -> Option<Facts<'_>> {
    let other = match e.recipient.as_ref() {
        None => None,
        Some(r) if r.text.is_none() => Some(r.country.as_deref()?),
        Some(_) => return None,
    };
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
        other,
    })
}

/// Give an event with no recipient (or only the sentence's other country) the actor's country, that other
/// country or none, as the model says. The actor's country comes from the sentence when the actor is named there,
/// else from where the actor's came from.
pub fn apply(e: &mut Event) {
    let m = active();
    if m.is_empty() {
        return;
    }
    let Some(f) = facts(e) else { return };
    match m.decide(&features(&f), f.other.is_some()) {
        Choice::Other => {}
        Choice::None => e.recipient = None,
        Choice::Actor => {
            let (country, from) = (f.actor_country.to_string(), if f.actor_named { "sentence" } else { f.actor_from });
            let from = if from == "mention" || from == "sentence" { "sentence" } else { "report" };
            e.recipient = Some(crate::doc::Participant::unnamed(country, from));
        }
    }
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
    fn a_model_of_three_answers_keeps_or_drops_the_other_country() {
        let m = Model::parse("@threshold\t0\t0.8\t0.3\nbias\t0\t0\t0\nother=yes\t0\t0\t1\nk=PROTEST&other=yes\t2\t0\t0\nloc=same\t0\t3\t0\n").unwrap();
        assert_eq!((m.threshold, m.threshold_other), (0.8, 0.3));
        let f = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(m.decide(&f(&["bias", "other=yes"]), true), Choice::Other);
        assert_eq!(m.decide(&f(&["bias", "other=yes", "k=PROTEST&other=yes"]), true), Choice::None);
        assert_eq!(m.decide(&f(&["bias", "loc=same"]), false), Choice::Actor);
        assert_eq!(m.decide(&f(&["bias"]), false), Choice::None);
        // A model of two answers never drops the sentence's other country.
        let two = Model::parse("@threshold\t0\t0.6\nbias\t5\t0\n").unwrap();
        assert_eq!(two.decide(&f(&["bias"]), true), Choice::Other);
        assert!(Model::parse("bias\t0\t0\t0\nloc=same\t0\t1\n").is_err());
    }

    #[test]
    fn the_shipped_model_loads() {
        let _ = Model::shipped();
    }
}
