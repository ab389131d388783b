//! The actor's country when the sentence names no actor: the context's, or none? An act whose doer the sentence
//! leaves unsaid (a raid, an attack, a war, "قُتل عشرة مدنيين") is given the country its sentence names most, else
//! the report's (`participants::in_context`); the annotation guide gives such an actor a country only when the
//! context makes it clear, and on the train split of eval/news about a third of the found events with an unnamed
//! actor placed by its context have no country in the gold ("الحرب في سوريا"، "هجوم انتحاري"، "النزاع"). Whether
//! to keep the context's country is a learned decision (a logistic regression over the event's type and status,
//! the trigger's first word, where the country came from, the place's country and the recipient against it),
//! kept in data/events/actor_country.tsv and trained by `tools/train_actor_country.py` on the train split; with no
//! weights every context country is kept. It reads the event as the output gives it, after the recipient-country
//! decision, and changes only the actor's country.

use crate::doc::Event;
use std::collections::HashMap;
use std::sync::OnceLock;

const MODEL_FILE: &str = "data/events/actor_country.tsv";
const MODEL: &str = include_str!("../../../data/events/actor_country.tsv");

/// The name of the row that carries the least probability for keeping the context's country.
pub const THRESHOLD_ROW: &str = "@threshold";

/// A logistic regression: per feature, the weight of keeping the context's country.
#[derive(Debug, Default)]
pub struct Model {
    weights: HashMap<String, f32>,
    pub threshold: f32,
}

impl Model {
    /// Read a model file: `feature<TAB>weight`, and the `@threshold` row.
    pub fn parse(text: &str) -> Result<Model, rasd_text::data::DataError> {
        let mut m = Model { weights: HashMap::new(), threshold: 0.0 };
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(2, "feature and its weight for keeping the context's country")?;
            let w = r.parse(1, "weight", |v| v.parse::<f32>().ok().filter(|x| x.is_finite()))?;
            if r.fields[0] == THRESHOLD_ROW {
                if !(0.0..=1.0).contains(&w) {
                    return Err(r.error(format!("threshold {w} is not a probability")));
                }
                m.threshold = w;
            } else if m.weights.insert(r.fields[0].to_string(), w).is_some() {
                return Err(r.error(format!("feature {:?} is listed twice", r.fields[0])));
            }
        }
        Ok(m)
    }

    fn shipped() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| Model::parse(MODEL).unwrap_or_else(|e| panic!("{e}")))
    }

    /// The probability that the context's country is the actor's.
    pub fn probability(&self, features: &[String]) -> f32 {
        let z: f32 = features.iter().filter_map(|f| self.weights.get(f)).sum();
        1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// The trigger's first word without the article: the act's word ("هجوم" of "الهجوم الانتحاري").
fn head(trigger: &str) -> &str {
    let w = trigger.split_whitespace().next().unwrap_or("");
    match w.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => w,
    }
}

/// The features of an event whose actor has no words and a country from its context (None for any other event).
/// `tools/train_actor_country.py` computes the same features from the output's JSON.
pub fn features(e: &Event) -> Option<Vec<String>> {
    let a = e.actor.as_ref()?;
    let (country, from) = (a.country.as_deref()?, a.country_from?);
    if a.text.is_some() {
        return None;
    }
    let loc = match e.location.as_ref().and_then(|l| l.country.as_deref()) {
        None => "none",
        Some(c) if c == country => "same",
        Some(_) => "other",
    };
    let (rec, rsame) = match e.recipient.as_ref() {
        None => ("none", "rdiff"),
        Some(r) => (if r.text.is_some() { "text" } else { "notext" }, if r.country.as_deref() == Some(country) { "rsame" } else { "rdiff" }),
    };
    let k = e.kind.as_str();
    let t = e.trigger.text.as_str();
    let art = if t.starts_with("ال") { "yes" } else { "no" };
    Some(vec![
        "bias".to_string(),
        format!("k={k}"),
        format!("from={from}"),
        format!("loc={loc}"),
        format!("rec={rec}"),
        format!("k={k}&from={from}"),
        format!("rs={rsame}&rec={rec}"),
        format!("st={}", e.status.as_str()),
        format!("k={k}&rec={rec}"),
        format!("k={k}&loc={loc}"),
        format!("h={}", head(t)),
        format!("k={k}&art={art}"),
    ])
}

/// Take back the context's country of an unnamed actor where the model gives keeping it less than its threshold.
/// `RASD_ACTOR_COUNTRY=off` keeps every one (the trainer's input).
pub fn apply(e: &mut Event) {
    static OFF: OnceLock<bool> = OnceLock::new();
    if *OFF.get_or_init(|| std::env::var("RASD_ACTOR_COUNTRY").is_ok_and(|v| v == "off")) {
        return;
    }
    let m = Model::shipped();
    if m.is_empty() {
        return;
    }
    let Some(f) = features(e) else { return };
    if m.probability(&f) < m.threshold {
        e.actor = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_file_is_read_and_checked() {
        let m = Model::parse("# header\n@threshold\t0.3\nbias\t0.5\nh=حرب\t-2\n").unwrap();
        assert_eq!(m.threshold, 0.3);
        assert!(m.probability(&["bias".into()]) > 0.6);
        assert!(m.probability(&["bias".into(), "h=حرب".into()]) < 0.3);
        assert!(Model::parse("bias\t1\nbias\t2\n").is_err());
        assert!(Model::parse("@threshold\t2\n").is_err());
        assert!(Model::parse("bias\t1\t2\n").is_err());
    }

    #[test]
    fn the_head_is_the_first_word_without_the_article() {
        assert_eq!(head("الهجوم الانتحاري"), "هجوم");
        assert_eq!(head("قتل"), "قتل");
        assert_eq!(head("الا"), "الا");
    }

    #[test]
    fn the_shipped_model_loads() {
        let _ = Model::shipped();
    }
}
