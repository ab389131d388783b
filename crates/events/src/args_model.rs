//! The learned argument attachment: every candidate mention around a trigger (the noun phrases and names of its
//! sentence near it, and the subject of the previous sentence for a verb without one) is scored for each role
//! (none, actor, recipient) by a linear model over sparse features: the words and clitics between, the preposition
//! before the candidate, order and distance, what the mention is (a person, a country, a place, its role), the
//! trigger's form (verb or verbal noun, passive, object pronoun), and the rules' own choice as one feature among
//! the others. The weights are learned from the annotated train split (`rasd train args`, crates/learn) and kept
//! in data/events/args_model.tsv; with no weights the rules of args.rs decide alone, byte for byte.

use crate::{Arg, Ctx, EventType};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::Arc;
use std::sync::OnceLock;

const MODEL_FILE: &str = "data/events/args_model.tsv";
const MODEL: &str = include_str!("../../../data/events/args_model.tsv");

/// The roles a candidate is scored for, in the order of the model's columns.
pub const ROLES: [&str; 3] = ["none", "actor", "recipient"];

/// A candidate mention and its features.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub arg: Arg,
    pub features: Features,
}

/// The id of a feature: FNV-1a over the bytes of its name. Fed in pieces, it gives the id of the whole name, so a
/// feature is named by its parts without building the string (the extraction hot path), and the model file's names
/// are hashed once at load.
#[derive(Clone, Copy)]
struct FeatureHash(u64);

impl FeatureHash {
    const START: FeatureHash = FeatureHash(0xcbf2_9ce4_8422_2325);

    fn push(mut self, s: &str) -> FeatureHash {
        for b in s.bytes() {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
}

/// The id of the feature named `name`.
pub fn feature_id(name: &str) -> u64 {
    FeatureHash::START.push(name).0
}

/// A candidate's features: their ids for the model, and their names only when the trainer records them.
#[derive(Clone, Debug, Default)]
pub struct Features {
    pub ids: Vec<u64>,
    pub names: Option<Vec<String>>,
}

impl Features {
    /// An empty list; `named` keeps the names too.
    pub fn new(named: bool) -> Features {
        Features { ids: Vec::with_capacity(40), names: named.then(Vec::new) }
    }

    /// The features named in full (tests, the trainer).
    pub fn from_names<S: AsRef<str>>(names: &[S]) -> Features {
        let mut f = Features::new(true);
        names.iter().for_each(|n| f.add(&[n.as_ref()]));
        f
    }

    /// Add the feature whose name is the concatenation of `parts`.
    pub fn add(&mut self, parts: &[&str]) {
        self.ids.push(parts.iter().fold(FeatureHash::START, |h, p| h.push(p)).0);
        if let Some(names) = &mut self.names {
            names.push(parts.concat());
        }
    }
}

/// One attachment as the trainer sees it: the trigger, the candidates, and their text.
#[derive(Clone, Debug)]
pub struct Site {
    pub kind: EventType,
    /// Code point offset of the trigger's first word.
    pub trigger_start: usize,
    /// Per candidate: its text (code points of its words) and features.
    pub candidates: Vec<(String, Vec<String>)>,
}

/// A linear model with one weight per role and feature, and the least probability for a candidate to take a role.
#[derive(Debug, Default)]
pub struct ArgModel {
    /// Per feature id (`feature_id` of its name).
    weights: FxHashMap<u64, [f32; 3]>,
    /// Least probability of the actor and of the recipient role.
    pub threshold: [f32; 2],
    /// Per role (actor, recipient): the model only fills a role the rules left empty.
    pub fill_only: [bool; 2],
    /// Per role (actor, recipient) the model only fills: the least probability for its own likeliest candidate to
    /// take the role from the rules' choice (`f32::INFINITY`: never; the `@overrule` row, absent in older files).
    pub overrule: [f32; 2],
}

/// The name of the row that carries the thresholds (its columns: unused, actor, recipient).
pub const THRESHOLD_ROW: &str = "@threshold";
/// The name of the row that says, per role, whether the model only fills a role the rules left empty (1) or
/// decides it (0) (its columns: unused, actor, recipient).
pub const FILL_ROW: &str = "@fill_only";
/// The name of the row that gives, per role the model only fills, the least probability for the model's own
/// choice to replace the rules' (its columns: unused, actor, recipient; 0 or absent: never).
pub const OVERRULE_ROW: &str = "@overrule";

thread_local! {
    /// A model that replaces the shipped one on this thread (cross-validation in the trainer).
    static OVERRIDE: RefCell<Option<Arc<ArgModel>>> = const { RefCell::new(None) };
    /// Where attachments are recorded for the trainer, when it asks.
    static SINK: crate::trace::Sink<Site> = const { RefCell::new(None) };
}

impl ArgModel {
    fn shipped() -> &'static Arc<ArgModel> {
        static M: OnceLock<Arc<ArgModel>> = OnceLock::new();
        // RASD_ARGS_MODEL=path reads a model written elsewhere (`rasd train args --out`) in place of the built-in
        // one, to measure it without a rebuild.
        M.get_or_init(|| {
            let text = std::env::var("RASD_ARGS_MODEL").ok().map(|p| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("RASD_ARGS_MODEL {p}: {e}")));
            Arc::new(ArgModel::parse(text.as_deref().unwrap_or(MODEL)).unwrap_or_else(|e| panic!("{e}")))
        })
    }

    /// Read a model file: `feature<TAB>w_none<TAB>w_actor<TAB>w_recipient`, and the `@threshold` row.
    pub fn parse(text: &str) -> Result<ArgModel, rasd_text::data::DataError> {
        let mut m = ArgModel { weights: FxHashMap::default(), threshold: [0.5, 0.5], fill_only: [false, false], overrule: [f32::INFINITY; 2] };
        for r in rasd_text::data::rows(MODEL_FILE, text) {
            r.expect_columns(4, "feature and one weight per role (none, actor, recipient)")?;
            let mut w = [0f32; 3];
            for (k, x) in w.iter_mut().enumerate() {
                *x = r.parse(k + 1, "weight", |v| v.parse::<f32>().ok().filter(|x| x.is_finite()))?;
            }
            if r.fields[0] == THRESHOLD_ROW {
                m.threshold = [w[1], w[2]];
            } else if r.fields[0] == FILL_ROW {
                m.fill_only = [w[1] != 0.0, w[2] != 0.0];
            } else if r.fields[0] == OVERRULE_ROW {
                m.overrule = [w[1], w[2]].map(|x| if x > 0.0 { x } else { f32::INFINITY });
            } else if m.weights.insert(feature_id(r.fields[0]), w).is_some() {
                // Two names with one id (or one name twice): the model would mix their weights.
                return Err(r.error(format!("feature {:?}: its id is another feature's too (or it is listed twice)", r.fields[0])));
            }
        }
        Ok(m)
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Does the model, where it only fills a role, ever take it from the rules' choice?
    pub fn overrules(&self) -> bool {
        self.overrule.iter().any(|t| t.is_finite())
    }

    /// The probability of each role.
    pub fn probabilities(&self, features: &[u64]) -> [f32; 3] {
        let mut s = [0f32; 3];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                s.iter_mut().zip(w).for_each(|(s, w)| *s += w);
            }
        }
        let max = s.iter().cloned().fold(f32::MIN, f32::max);
        let e = s.map(|x| (x - max).exp());
        let sum: f32 = e.iter().sum();
        e.map(|x| x / sum)
    }
}

/// Run `f` with `model` in place of the shipped model on this thread.
pub fn with_model<T>(model: Arc<ArgModel>, f: impl FnOnce() -> T) -> T {
    OVERRIDE.with(|o| *o.borrow_mut() = Some(model));
    let out = f();
    OVERRIDE.with(|o| *o.borrow_mut() = None);
    out
}

/// Run `f` and return, with its result, every attachment made on this thread meanwhile.
pub fn collect<T>(f: impl FnOnce() -> T) -> (T, Vec<Site>) {
    crate::trace::collect(&SINK, f)
}

/// Is the trainer recording attachments on this thread?
pub(crate) fn recording() -> bool {
    crate::trace::collecting(&SINK)
}

pub(crate) fn record(site: Site) {
    crate::trace::record(&SINK, site);
}

/// The model in force on this thread, if it has weights.
pub(crate) fn active() -> Option<Arc<ArgModel>> {
    if let Some(m) = OVERRIDE.with(|o| o.borrow().clone()) {
        return (!m.is_empty()).then_some(m);
    }
    let m = ArgModel::shipped();
    (!m.is_empty()).then(|| m.clone())
}

/// Choose actor and recipient among the candidates: the likeliest actor above its threshold, then the likeliest
/// candidate apart from it as recipient above its threshold. A role the model only fills keeps the rules' choice
/// (`rules`) when they made one.
pub fn choose(model: &ArgModel, candidates: &[Candidate], rules: &(Option<Arg>, Option<Arg>)) -> (Option<Arg>, Option<Arg>) {
    let p: Vec<[f32; 3]> = candidates.iter().map(|c| model.probabilities(&c.features.ids)).collect();
    let best = |role: usize, other: Option<&Arg>| {
        (0..candidates.len())
            .filter(|&k| p[k][role] >= model.threshold[role - 1] && other.is_none_or(|o| !overlaps(o, &candidates[k].arg)))
            .max_by(|&a, &b| p[a][role].total_cmp(&p[b][role]))
            .map(|k| candidates[k].arg.clone())
    };
    // A role the model only fills keeps the rules' choice, unless the model's likeliest candidate for it at or
    // above the overrule threshold is another mention.
    let kept = |role: usize, rule: &Option<Arg>, other: Option<&Arg>| -> Option<Option<Arg>> {
        let r = rule.as_ref().filter(|_| model.fill_only[role - 1])?;
        let t = model.overrule[role - 1];
        let mine = (0..candidates.len())
            .filter(|&k| p[k][role] >= t.max(model.threshold[role - 1]) && other.is_none_or(|o| !overlaps(o, &candidates[k].arg)))
            .max_by(|&a, &b| p[a][role].total_cmp(&p[b][role]))
            .map(|k| &candidates[k].arg)
            // Another mention, not a part or an extension of the rules' own (a title's holder, "الرئيس دونالد
            // ترامب" → "دونالد ترامب", the same participant whose phrase the rules already chose).
            .filter(|c| !overlaps(c, r));
        Some(Some(mine.unwrap_or(r).clone()))
    };
    let actor = kept(1, &rules.0, None).unwrap_or_else(|| best(1, None));
    // The rules' recipient gives way to the model's when an overruling model's actor now stands on it.
    let actor_on_recipient = rules.1.as_ref().zip(actor.as_ref()).is_some_and(|(r, a)| overlaps(a, r));
    let rules_recipient = if actor_on_recipient && model.overrules() { None } else { rules.1.clone() };
    let recipient = kept(2, &rules_recipient, actor.as_ref()).unwrap_or_else(|| best(2, actor.as_ref()));
    let recipient = recipient.filter(|r| actor.as_ref().is_none_or(|a| !overlaps(a, r)));
    (actor, recipient)
}

fn overlaps(a: &Arg, b: &Arg) -> bool {
    a.word_start < b.word_end && b.word_start < a.word_end
}

/// The text of a candidate as the output would give it: from its first word's body to its last word's end.
pub(crate) fn text_of(ctx: &Ctx, arg: &Arg) -> String {
    let words = &ctx.a.words;
    ctx.a.slice(words[arg.word_start].body_start.max(words[arg.word_start].start), words[arg.word_end - 1].end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorDesc;

    fn cand(ws: usize, f: &[&str]) -> Candidate {
        Candidate { arg: Arg { word_start: ws, word_end: ws + 1, desc: ActorDesc::default() }, features: Features::from_names(f) }
    }

    #[test]
    fn a_model_file_is_read_and_chooses_by_role() {
        let m = ArgModel::parse("# header\n@threshold\t0\t0.5\t0.5\nbias\t1\t0\t0\nside=b\t0\t3\t0\ncprep=ب&a\t0\t0\t3\n").unwrap();
        assert_eq!(m.threshold, [0.5, 0.5]);
        let (a, r) = choose(&m, &[cand(0, &["bias", "side=b"]), cand(5, &["bias", "cprep=ب&a"]), cand(7, &["bias"])], &(None, None));
        assert_eq!(a.map(|a| a.word_start), Some(0));
        assert_eq!(r.map(|r| r.word_start), Some(5));
        // Below the threshold no candidate takes the role.
        let (a, r) = choose(&m, &[cand(7, &["bias"])], &(None, None));
        assert!(a.is_none() && r.is_none());
        // A role the model only fills keeps the rules' choice.
        let m = ArgModel::parse("@fill_only\t0\t1\t0\nbias\t1\t0\t0\nside=b\t0\t3\t0\n").unwrap();
        let rules = (Some(cand(9, &[]).arg), None);
        assert_eq!(choose(&m, &[cand(0, &["bias", "side=b"])], &rules).0.map(|a| a.word_start), Some(9));
    }

    #[test]
    fn a_confident_model_overrules_the_rules_choice() {
        let file = "@threshold\t0\t0.4\t0.3\n@fill_only\t0\t1\t1\n@overrule\t0\t0.9\t0\nbias\t1\t0\t0\nside=b\t0\t5\t0\nweak\t0\t1.5\t0\n";
        let m = ArgModel::parse(file).unwrap();
        assert_eq!(m.overrule, [0.9, f32::INFINITY]);
        assert!(m.overrules());
        let rules = (Some(cand(9, &[]).arg), Some(cand(4, &[]).arg));
        // p(actor) of the first candidate is above 0.9: it takes the actor's role; the recipient stays the rules'.
        let (a, r) = choose(&m, &[cand(0, &["bias", "side=b"]), cand(9, &["bias"])], &rules);
        assert_eq!((a.map(|a| a.word_start), r.map(|r| r.word_start)), (Some(0), Some(4)));
        // Above the filling threshold but below the overrule threshold: the rules' choice stays.
        let (a, _) = choose(&m, &[cand(0, &["bias", "weak"]), cand(9, &["bias"])], &rules);
        assert_eq!(a.map(|a| a.word_start), Some(9));
        // A new actor on the rules' recipient leaves the recipient to the model (here none).
        let (a, r) = choose(&m, &[cand(4, &["bias", "side=b"])], &rules);
        assert_eq!((a.map(|a| a.word_start), r.map(|r| r.word_start)), (Some(4), None));
        // No @overrule row (older files): never.
        assert!(!ArgModel::parse("@fill_only\t0\t1\t1\nbias\t1\t0\t0\n").unwrap().overrules());
    }

    #[test]
    fn a_bad_row_is_refused_with_its_line() {
        let e = ArgModel::parse("bias\t1\t0\n").err().expect("short row refused");
        assert!(e.to_string().starts_with("data/events/args_model.tsv:1:"), "{e}");
        assert!(ArgModel::parse("bias\t1\tx\t0\n").is_err());
    }

    #[test]
    fn a_name_in_parts_has_the_id_of_the_whole_name() {
        let mut f = Features::new(true);
        f.add(&["side=", "b", "&k=", "ASSAULT"]);
        assert_eq!(f.ids, vec![feature_id("side=b&k=ASSAULT")]);
        assert_eq!(f.names, Some(vec!["side=b&k=ASSAULT".to_string()]));
        assert_ne!(feature_id("side=b"), feature_id("side=a"));
        assert!(ArgModel::parse("bias\t1\t0\t0\nbias\t0\t1\t0\n").is_err(), "one id twice is refused");
    }

    #[test]
    fn the_shipped_model_loads() {
        let _ = ArgModel::shipped();
    }
}
