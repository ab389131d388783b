//! Training the factuality (status) model: one example per gold event of the train split, with the features
//! rasd_events::factuality computes at the gold trigger, labelled with the gold status.

use crate::corpus::{dev_articles, gold_triggers, train_articles, Annotated};
use crate::logreg::{self, Params};
use crate::linear::{Example, Weights};
use rustc_hash::FxHashMap;
use rasd_events::factuality::{cues, features, Site};
use rasd_events::{ActorDesc, Ctx, EventType, Status, TimeSpan};
use rasd_extract::Options;
use std::fmt::Write as _;
use std::path::Path;

const FOLDS: usize = 5;

/// The examples of one article, each with a note for error analysis: article id, trigger, gold status.
fn noted_examples(a: &Annotated) -> Vec<(Example, String)> {
    let an = rasd_text::analyze(&a.text);
    let published = a.published.as_deref().and_then(|p| p.parse::<rasd_numtime::Date>().ok());
    let (times, _) = rasd_numtime::find_all(&an, published);
    let tspans: Vec<TimeSpan> = times
        .iter()
        .map(|t| TimeSpan { word_start: t.word_start, word_end: t.word_end, value: t.value.clone(), precision: t.precision.as_str() })
        .collect();
    let describe = |_: usize, _: usize| ActorDesc::default();
    let ctx = Ctx { a: &an, entities: &[], times: &tspans, quantities: &[], describe: &describe, main_place: None, published: a.published.clone(), index: Default::default() };
    let mut out = vec![];
    for g in gold_triggers(a) {
        let (Some(kind), Some(status)) = (
            g.event["type"].as_str().and_then(EventType::parse),
            g.event["status"].as_str().and_then(Status::parse),
        ) else {
            continue;
        };
        let mut ws = an.words.partition_point(|w| w.end <= g.start);
        let mut we = an.words.partition_point(|w| w.start < g.end);
        if ws >= we {
            continue;
        }
        let r = an.sentence_words(an.words[ws].sentence);
        let sentence = (r.start, r.end.max(we));
        let c = cues(&an.words, sentence.0, sentence.1);
        // Annotators often take the frame into the trigger ("لم ينضم"، "لن ينحني"): the extractor's trigger is
        // the head after it, with the cue before it, so train at the same place.
        while ws + 1 < we && c.iter().any(|c| c.start == ws) {
            ws = c.iter().find(|c| c.start == ws).map_or(ws + 1, |c| c.end.min(we - 1).max(ws + 1));
        }
        // The same for a cue after the head ("القمة المرتقبة"، "هجوم وشيك"): the extractor's trigger is the head,
        // the cue after it its frame.
        if let Some(k) = c.iter().filter(|c| c.start > ws && c.start < we).map(|c| c.start).min() {
            we = k;
        }
        let (rule, nominal) = rasd_events::coder::rule_status_at(&ctx, (ws, we), sentence);
        let site = Site { trigger: (ws, we), sentence, nominal, kind };
        let class = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        let note = format!("{}\t{}\t{}", a.id, g.event["evidence"].as_str().unwrap_or_default(), g.event["trigger"].as_str().unwrap_or_default());
        out.push((Example { features: features(&ctx, &c, &site, rule), class }, note));
    }
    out
}

/// The reported-speech examples of one article: the article extracted with the shipped models, each act told in a
/// quote recorded (rasd_events::factuality::claim_features), labelled asserted (class 0) or claimed (class 1) by the
/// gold event of its type whose trigger is nearest (within 20 code points); acts with another gold status or none
/// teach nothing here.
fn claim_examples(a: &Annotated) -> Vec<Example> {
    let rec = a.record();
    let (_, sites) = rasd_events::factuality::collect_claims(|| rasd_extract::extract(&rec, &Options::default()));
    let golds = gold_triggers(a);
    let mut out = vec![];
    for s in sites {
        let near = golds
            .iter()
            .filter(|g| g.event["type"].as_str() == Some(s.kind.as_str()))
            .map(|g| (if s.trigger_start < g.start { g.start - s.trigger_start } else { s.trigger_start.saturating_sub(g.end.saturating_sub(1)) }, g))
            .filter(|(d, _)| *d <= 20)
            .min_by_key(|(d, _)| *d);
        let Some((_, g)) = near else { continue };
        let class = match g.event["status"].as_str().and_then(Status::parse) {
            Some(Status::Asserted) => 0,
            Some(Status::Claimed) => 1,
            _ => continue,
        };
        if let Ok(path) = std::env::var("RASD_DUMP_CLAIMS") {
            // Error analysis: one JSON line per example, appended.
            use std::io::Write as _;
            let line = serde_json::json!({"id": a.id, "evidence": g.event["evidence"], "trigger": g.event["trigger"], "class": class, "features": s.features}).to_string();
            std::fs::OpenOptions::new().create(true).append(true).open(&path).and_then(|mut f| writeln!(f, "{line}")).ok();
        }
        out.push(Example { features: s.features, class });
    }
    out
}

/// The rule's answer of a reported-speech example (its `rs:rule=` feature): claimed (1) or asserted (0).
fn claim_rule(ex: &Example) -> usize {
    ex.features.iter().any(|f| f == "rs:rule=true") as usize
}

/// The reported-speech model's answer with the claimed score lowered by `shift`: it only takes back the rule's
/// claims (rasd_events::coder::reported_claims does the same).
fn claim_predict(w: &Weights, ex: &Example, shift: f32) -> usize {
    if claim_rule(ex) == 0 {
        return 0;
    }
    if rasd_events::factuality::accusation_content(&ex.features) {
        return 1;
    }
    let mut score = [0f32; 2];
    for f in &ex.features {
        if let Some(x) = w.w.get(f) {
            score[0] += x[0];
            score[1] += x[1];
        }
    }
    (score[1] - shift > score[0]) as usize
}

/// The reported-speech decision: cross-validated by article against the rule for each shift of the claimed
/// score; the chosen shift (one-standard-error rule: the lowest, which keeps the most claims, as the rule does, and
/// none that takes back a claim the rule had right on news-dev) is folded into the `rs:bias` weight. None when no
/// shift is admissible (the rule then decides).
fn train_claims(per_article: &[Vec<Example>], params: Params, dev: &[Example], frozen: &Frozen, report: &mut String) -> Option<Weights> {
    const CLAIM_SHIFTS: [f32; 11] = [-2.0, -1.5, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0];
    let mut right = [0usize; CLAIM_SHIFTS.len()];
    let (mut rule_right, mut n) = (0, 0);
    for fold in 0..FOLDS {
        let train_set: Vec<Example> = per_article.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).flat_map(|(_, e)| e.clone()).collect();
        let test_set: Vec<Example> = per_article.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).flat_map(|(_, e)| e.clone()).collect();
        let w = logreg::train_over(&frozen.fitted_only(train_set), 2, params, &frozen.rows);
        for ex in &test_set {
            for (k, &shift) in CLAIM_SHIFTS.iter().enumerate() {
                right[k] += (claim_predict(&w, ex, shift) == ex.class) as usize;
            }
            rule_right += (claim_rule(ex) == ex.class) as usize;
            n += 1;
        }
    }
    let all: Vec<Example> = per_article.iter().flatten().cloned().collect();
    let full = logreg::train_over(&frozen.fitted_only(all.clone()), 2, params, &frozen.rows);
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let claimed = all.iter().filter(|e| e.class == 1).count();
    let dev_rule = dev.iter().filter(|e| claim_rule(e) == e.class).count();
    writeln!(report, "reported speech: {} acts in quotes with a gold status asserted or claimed ({claimed} claimed); {FOLDS}-fold by article, rule: accuracy {:.3}; news-dev rule {:.3} over {}", n, pct(rule_right, n), pct(dev_rule, dev.len()), dev.len()).ok();
    let top = right.iter().map(|&r| pct(r, n)).fold(0.0, f64::max);
    let se = (top * (1.0 - top) / n.max(1) as f64).sqrt();
    let pick = std::env::var("RASD_CLAIM_PICK").ok().and_then(|v| v.parse::<f32>().ok()).and_then(|x| CLAIM_SHIFTS.iter().position(|&s| s == x));
    // news-dev keeps its ground: a shift that takes back a claim the rule had right there is not admissible. (The
    // train split reads "X said Y attacked them" as the guide does: asserted where the outlet confirms the act, which
    // `rs:confirmed` sees; the content of an accusation — news-dev's UN condemnation of arrests and silencing in
    // Egypt, the seed's Armenian complaint of the corridor's closure — is never taken back:
    // rasd_events::factuality::accusation_content.)
    let dev_keeps = |k: usize| !dev.iter().any(|e| e.class == 1 && claim_rule(e) == 1 && claim_predict(&full, e, CLAIM_SHIFTS[k]) == 0);
    let best = pick.or_else(|| (0..CLAIM_SHIFTS.len()).find(|&k| right[k] > rule_right && pct(right[k], n) >= top - se && dev_keeps(k)));
    for (k, &shift) in CLAIM_SHIFTS.iter().enumerate() {
        let d = dev.iter().filter(|e| claim_predict(&full, e, shift) == e.class).count();
        let mark = if Some(k) == best { "  <- chosen" } else { "" };
        writeln!(report, "  claimed shift {shift:+.2}: accuracy {:.3}; news-dev {:.3}{mark}", pct(right[k], n), pct(d, dev.len())).ok();
    }
    let k = best?;
    let mut w = full;
    // Six weights a row, as the status rows: asserted, claimed, then zeros.
    for v in w.w.values_mut() {
        v.resize(6, 0.0);
    }
    w.w.entry("rs:bias".to_string()).or_insert_with(|| vec![0.0; 6])[1] -= CLAIM_SHIFTS[k];
    w.classes = 6;
    Some(w)
}

/// The rules' status of an example (its `rule=` feature), as a class index.
fn rule_of(ex: &Example) -> usize {
    Status::ALL.iter().position(|s| ex.features.iter().any(|f| f.strip_prefix("rule=") == Some(s.as_str()))).unwrap_or(0)
}

/// Whether the model decides an example: only where the cue rules see no cue (rules' status asserted). A status a
/// cue rule gives stands (rasd_events::factuality::decide does the same).
fn decided_by_model(ex: &Example) -> bool {
    rule_of(ex) == 0
}

/// Accuracy and non-asserted recall of `w` (where it decides, the rules elsewhere) on `test`, and of the rules.
fn measure(w: &Weights, test: &[Example]) -> (usize, usize, usize, usize, usize) {
    let (mut ok, mut rule_ok, mut na, mut na_ok, mut na_rule) = (0, 0, 0, 0, 0);
    for ex in test {
        let rule = rule_of(ex);
        let p = if decided_by_model(ex) { w.predict(&ex.features) } else { rule };
        ok += (p == ex.class) as usize;
        rule_ok += (rule == ex.class) as usize;
        if ex.class != 0 {
            na += 1;
            na_ok += (p == ex.class) as usize;
            na_rule += (rule == ex.class) as usize;
        }
    }
    (ok, rule_ok, na, na_ok, na_rule)
}

/// The shifts of the asserted class tried: a shift trades accuracy for non-asserted recall (a negative one
/// favours asserted, the rules' own answer where they see no cue).
const SHIFTS: [f32; 13] = [-1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0];

/// `w` with the score of asserted lowered by `shift` on every example (through the bias feature).
fn shifted(w: &Weights, shift: f32) -> Weights {
    let mut w = w.clone();
    w.w.entry("bias".to_string()).or_insert_with(|| vec![0.0; w.classes])[0] -= shift;
    w
}

/// Train on the examples the model decides (the rows of `frozen` fixed, the other features fitted over them).
fn fit(examples: &[Example], params: Params, frozen: &Frozen) -> Weights {
    let own: Vec<Example> = frozen.fitted_only(examples.iter().filter(|e| decided_by_model(e)).cloned().collect());
    logreg::train_over(&own, Status::ALL.len(), params, &frozen.rows)
}

/// The rows of a model file kept fixed in training, and which of the features they lack are fitted.
#[derive(Default)]
struct Frozen {
    rows: FxHashMap<String, Vec<f32>>,
    /// RASD_FIT_ONLY=p1,p2: of the features the rows lack, only those starting with these prefixes are fitted (the
    /// new family alone; the features the file pruned stay out). None: every feature is.
    only: Option<Vec<String>>,
}

impl Frozen {
    /// `examples` with the features neither frozen nor to be fitted left out.
    fn fitted_only(&self, mut examples: Vec<Example>) -> Vec<Example> {
        if let Some(only) = &self.only {
            for e in &mut examples {
                e.features.retain(|f| self.rows.contains_key(f) || only.iter().any(|p| f.starts_with(p.as_str())));
            }
        }
        examples
    }
}

/// RASD_STATUS_FREEZE=FILE / RASD_CLAIM_FREEZE=FILE: the status rows (or the reported-speech `rs:` rows) of a model
/// file kept fixed, only features it has no row for fitted over them, so that a new feature does not reshuffle the
/// old weights (a plain retrain moves hundreds of decisions near the margin). The shift picked now (`shift`:
/// RASD_STATUS_PICK, RASD_CLAIM_PICK) is taken back out of the file's bias first (asserted for the status rows,
/// claimed for `rs:bias`) and folded in again on writing: with the file's own shift the new features are fitted
/// against its calibrated scores; with 0 they are fitted against the file's decisions as they stand (the shift
/// kept in its bias), which is what a feature that is to mend those decisions needs (session 21: `rs:source`
/// fitted so mends 5 train statuses, fitted against the calibrated scores 4 and breaks 1). Empty when the variable
/// is not set.
fn frozen_rows(var: &str, claims: bool, shift: Option<f32>) -> Result<Frozen, String> {
    let Ok(path) = std::env::var(var) else { return Ok(Frozen::default()) };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    // Read as the extractor reads the file (every row holds the six statuses' weights; an `rs:` row uses two); the
    // status rows or the reported-speech rows kept.
    let model = rasd_events::factuality::StatusModel::parse(&text).map_err(|e| format!("{path}: {e}"))?;
    let mut rows: FxHashMap<String, Vec<f32>> = model.rows().filter(|(name, _)| name.starts_with("rs:") == claims).map(|(name, w)| (name.to_string(), w.to_vec())).collect();
    let (bias, class) = if claims { ("rs:bias", 1) } else { ("bias", 0) };
    if let (Some(b), Some(x)) = (rows.get_mut(bias), shift) {
        b[class] += x;
    }
    let only = std::env::var("RASD_FIT_ONLY").ok().map(|v| v.split(',').filter(|p| !p.is_empty()).map(str::to_string).collect());
    Ok(Frozen { rows, only })
}

/// Cross-validated counts by article folds for every shift: (right, rules right, non-asserted, right, rules right).
fn cross_validate(per_article: &[Vec<Example>], params: Params, frozen: &Frozen) -> (Vec<[usize; 5]>, usize) {
    let mut counts = vec![[0usize; 5]; SHIFTS.len()];
    let mut n = 0;
    for fold in 0..FOLDS {
        let train_set: Vec<Example> = per_article.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).flat_map(|(_, e)| e.clone()).collect();
        let test_set: Vec<Example> = per_article.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).flat_map(|(_, e)| e.clone()).collect();
        let w = fit(&train_set, params, frozen);
        for (k, &shift) in SHIFTS.iter().enumerate() {
            let m = measure(&shifted(&w, shift), &test_set);
            counts[k].iter_mut().zip([m.0, m.1, m.2, m.3, m.4]).for_each(|(c, x)| *c += x);
        }
        n += test_set.len();
    }
    (counts, n)
}

/// news-dev's articles (`RASD_STATUS_DEV`, else `../shared/data/news-dev`), read once: watched, never fitted; none
/// when the set is not there.
fn watched_dev() -> Vec<Annotated> {
    std::env::var("RASD_STATUS_DEV")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::PathBuf::from("../shared/data/news-dev"))
        .canonicalize()
        .ok()
        .and_then(|d| dev_articles(&d).ok())
        .unwrap_or_default()
}

/// Train on every train-split article of `corpus` (eval/news) and write the model to `out`. The model decides the
/// events the cue rules leave asserted; the shift of its asserted prior is chosen by 5-fold cross-validation by
/// article (see the choice below). The report gives the cross-validated figures beside the rules', and news-dev's
/// at the gold triggers, watched, never used to choose.
pub fn train_cli(corpus: &Path, out: &Path) -> Result<String, String> {
    let articles = train_articles(corpus)?;
    // news-dev is watched, not fitted: its figures at the gold triggers are reported beside the choice.
    let watched = watched_dev();
    let dev: Vec<Example> = watched
        .iter()
        .flat_map(noted_examples)
        .map(|(e, note)| {
            if let Ok(path) = std::env::var("RASD_DUMP_DEV") {
                // Error analysis on the watched set: one JSON line per example, appended.
                use std::io::Write as _;
                let line = serde_json::json!({"note": note, "class": e.class, "features": e.features}).to_string();
                std::fs::OpenOptions::new().create(true).append(true).open(&path).and_then(|mut f| writeln!(f, "{line}")).ok();
            }
            e
        })
        .collect();
    let mut noted: Vec<Vec<(Example, String)>> = articles.iter().map(noted_examples).collect();
    // RASD_STATUS_DROP="p1,p2": features starting with these prefixes are left out (development aid, to measure
    // what a feature family adds by the cross-validation below and tools/status_cv.py).
    if let Ok(drop) = std::env::var("RASD_STATUS_DROP") {
        let drop: Vec<&str> = drop.split(',').filter(|p| !p.is_empty()).collect();
        for (ex, _) in noted.iter_mut().flatten() {
            ex.features.retain(|f| !drop.iter().any(|p| f.starts_with(p)));
        }
    }
    if let Ok(path) = std::env::var("RASD_DUMP_EXAMPLES") {
        // For error analysis: every example as JSON Lines (article index, note, gold class, features).
        let lines: Vec<String> = noted
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.iter().map(move |(ex, note)| serde_json::json!({"article": i, "note": note, "class": ex.class, "features": ex.features}).to_string()))
            .collect();
        std::fs::write(&path, lines.join("\n")).map_err(|e| format!("{path}: {e}"))?;
    }
    let per_article: Vec<Vec<Example>> = noted.into_iter().map(|e| e.into_iter().map(|(ex, _)| ex).collect()).collect();
    // RASD_STATUS_PARAMS="epochs,rate,l2" overrides the defaults, to tune them by the cross-validation below.
    let params = Params::from_env("RASD_STATUS_PARAMS", Params::default());
    let status_pick = std::env::var("RASD_STATUS_PICK").ok().and_then(|v| v.parse::<f32>().ok());
    let claim_pick = std::env::var("RASD_CLAIM_PICK").ok().and_then(|v| v.parse::<f32>().ok());
    let frozen = frozen_rows("RASD_STATUS_FREEZE", false, status_pick)?;
    let frozen_claims = frozen_rows("RASD_CLAIM_FREEZE", true, claim_pick)?;
    let (counts, n) = cross_validate(&per_article, params, &frozen);
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let mut report = String::new();
    let [_, rules_ok, na, _, na_rules] = counts[0];
    // The choice, by the one-standard-error rule: among the shifts that beat the rules on both measures and whose
    // accuracy is within one standard error of the best, the one that departs least from the rules (the lowest
    // shift). Differences in accuracy smaller than that are noise of 249 articles; news-dev, on which the rules
    // were written, keeps its figures.
    let beat: Vec<usize> = (0..SHIFTS.len()).filter(|&k| counts[k][0] > rules_ok && counts[k][3] > na_rules).collect();
    let top = beat.iter().map(|&k| pct(counts[k][0], n)).fold(0.0, f64::max);
    let se = (top * (1.0 - top) / n.max(1) as f64).sqrt();
    let best = beat.into_iter().find(|&k| pct(counts[k][0], n) >= top - se);
    // RASD_STATUS_PICK=SHIFT writes that shift instead, to measure it with the scorer.
    let pick = std::env::var("RASD_STATUS_PICK").ok().and_then(|v| v.parse::<f32>().ok()).and_then(|x| SHIFTS.iter().position(|&s| s == x));
    let best = pick.or(best);
    let all: Vec<Example> = per_article.into_iter().flatten().collect();
    let full = fit(&all, params, &frozen);
    writeln!(report, "status model: {} articles, {} gold events, {} without a cue (decided by the model)", articles.len(), all.len(), all.iter().filter(|e| decided_by_model(e)).count()).ok();
    writeln!(report, "{FOLDS}-fold by article, rules: accuracy {:.3}, non-asserted recall {:.3} over {na}", pct(rules_ok, n), pct(na_rules, na)).ok();
    let dev_rules = measure(&Weights { classes: 6, w: Default::default() }, &dev);
    writeln!(report, "news-dev at gold triggers (watched, not fitted), rules: accuracy {:.3}, non-asserted recall {:.3} over {}", pct(dev_rules.1, dev.len()), pct(dev_rules.4, dev_rules.2), dev_rules.2).ok();
    for (k, c) in counts.iter().enumerate() {
        let mark = if Some(k) == best { "  <- chosen" } else { "" };
        let d = measure(&shifted(&full, SHIFTS[k]), &dev);
        writeln!(
            report,
            "  asserted shift {:+.2}: accuracy {:.3}, non-asserted recall {:.3}; news-dev {:.3} / {:.3}{mark}",
            SHIFTS[k], pct(c[0], n), pct(c[3], na), pct(d.0, dev.len()), pct(d.3, d.2)
        )
        .ok();
    }
    let claim_articles: Vec<Vec<Example>> = articles.iter().map(claim_examples).collect();
    let claim_dev: Vec<Example> = watched.iter().flat_map(claim_examples).collect();
    let claims = train_claims(&claim_articles, params, &claim_dev, &frozen_claims, &mut report);
    let mut w = match best {
        Some(k) => shifted(&full, SHIFTS[k]),
        None => {
            writeln!(report, "no shift beats the rules on both measures: no status weights are written (the rules decide)").ok();
            Weights { classes: 6, w: Default::default() }
        }
    };
    match claims {
        Some(c) => w.w.extend(c.w),
        None => {
            writeln!(report, "reported speech: no shift beats the rule by cross-validation while keeping news-dev's claims; no rs: weights are written (the rule decides)").ok();
        }
    }
    // RASD_CLAIM_FROM=FILE (development aid): the reported-speech rows (`rs:`) of another model file instead of
    // those just trained, to measure the status rows alone.
    if let Ok(path) = std::env::var("RASD_CLAIM_FROM") {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        w.w.retain(|k, _| !k.starts_with("rs:"));
        for line in text.lines().filter(|l| l.starts_with("rs:")) {
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default().to_string();
            let ws: Vec<f32> = cols.map(|x| x.parse().map_err(|_| format!("{path}: bad weight in {line}"))).collect::<Result<_, _>>()?;
            w.w.insert(name, ws);
        }
        writeln!(report, "reported speech: rs: rows read from {path}").ok();
    }
    writeln!(report, "{} features; written {}", w.w.len(), out.display()).ok();
    let text = model_text(&w);
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(report)
}
/// The model file: a header, then one feature a line with its weight per status, sorted for stable diffs.
fn model_text(w: &Weights) -> String {
    let mut s = String::from(
        "# Status model: feature\tweights for asserted claimed denied planned negated hypothetical.\n\
         # Written by `rasd train status` (crates/learn) from the train split of eval/news; do not edit by hand.\n",
    );
    let mut rows: Vec<(&String, &Vec<f32>)> = w.w.iter().collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    for (f, ws) in rows {
        if f.contains('\t') || f.contains('\n') {
            continue;
        }
        s.push_str(f);
        for x in ws {
            write!(s, "\t{}", (x * 1000.0).round() / 1000.0).ok();
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_extract::Record;

    /// The features of the acts told in quotes in `text`, as the trainer records them.
    fn claim_sites(text: &str) -> Vec<(String, Vec<String>)> {
        let rec = Record { id: "t".into(), text: text.into(), title: None, published: Some("2018-05-10".into()), url: None, source: None };
        let (_, sites) = rasd_events::factuality::collect_claims(|| rasd_extract::extract(&rec, &Options::default()));
        sites.into_iter().map(|s| (text.chars().skip(s.trigger_start).take(12).collect(), s.features)).collect()
    }

    #[test]
    fn an_act_told_in_a_quote_knows_whether_the_outlet_reported_it_and_whether_it_is_accused() {
        // The outlet reports the strike in its own words first; a side then tells of it in a quote.
        let sites = claim_sites(
            "قصفت طائرات إسرائيلية مواقع في قطاع غزة ليل الأربعاء. وقال المتحدث باسم حركة حماس إن الطائرات الإسرائيلية قصفت مواقع مدنية في غزة.",
        );
        let told = sites.iter().find(|(at, _)| at.starts_with("قصفت مواقع")).expect("the strike told in the quote is recorded");
        assert!(told.1.iter().any(|f| f == "rs:confirmed"), "{:?}", told.1);
        // The cue is a kind of cue, never a surface form (its forms took opposite weights on the train split).
        assert!(told.1.iter().any(|f| f == "rs:cue=Verb"), "{:?}", told.1);
        assert!(!told.1.iter().any(|f| f.starts_with("rs:cue=") && f != "rs:cue=Verb"));
        // Told only by a side, after its accusation, and reported nowhere else.
        let sites = claim_sites("اتهمت دمشق إسرائيل بقصف مطار التيفور العسكري، وقال مصدر عسكري سوري إن الطائرات الإسرائيلية قصفت المطار فجر الاثنين بعدة صواريخ.");
        let told = sites.iter().find(|(at, _)| at.starts_with("قصفت المطار")).expect("the strike told in the quote is recorded");
        assert!(told.1.iter().any(|f| f == "rs:accused"), "{:?}", told.1);
        assert!(!told.1.iter().any(|f| f == "rs:confirmed"), "{:?}", told.1);
    }

    #[test]
    fn an_act_told_after_a_condemnation_is_its_content() {
        // The lead condemns; the next sentence's quote tells what is condemned, by the condemning side.
        let sites = claim_sites(
            "أدانت أرمينيا العملية العسكرية الأذرية في ناجورنو كاراباخ ووصفتها بأنها جريمة ضد الإنسانية. وقال ممثل أرمينيا إن القوات الأذرية قصفت المدنيين في ستيباناكيرت.",
        );
        let told = sites.iter().find(|(at, _)| at.starts_with("قصفت")).expect("the shelling told in the quote is recorded");
        assert!(told.1.iter().any(|f| f == "rs:accused_before"), "{:?}", told.1);
        assert!(told.1.iter().any(|f| f == "rs:lead_accuses"), "{:?}", told.1);
        assert!(told.1.iter().any(|f| f == "rs:speaker_accuses"), "{:?}", told.1);
        assert!(rasd_events::factuality::accusation_content(&told.1));
        // Another side tells an act after the lead's accusation (unseen ANT: the UN's toll of the war): the lead and
        // the sentence before are features the model weighs, no veto (session 22).
        let sites = claim_sites("اتهمت دمشق إسرائيل بقصف مطار التيفور العسكري. وتفيد الأمم المتحدة أن النزاع أسفر على مدى السنوات عن مقتل نحو 300 ألف شخص.");
        let told = sites.iter().find(|(at, _)| at.starts_with("النزاع")).expect("the war told in the quote is recorded");
        assert!(told.1.iter().any(|f| f == "rs:lead_accuses"), "{:?}", told.1);
        assert!(!rasd_events::factuality::accusation_content(&told.1), "{:?}", told.1);
        // A quote in an article that accuses no one is no accusation's content.
        let sites = claim_sites("وصل وزير الخارجية الأمريكي إلى بغداد صباح اليوم. وقال المتحدث باسم الجيش العراقي إن القوات العراقية قصفت مواقع داعش في الموصل.");
        let told = sites.iter().find(|(at, _)| at.starts_with("قصفت")).expect("the shelling told in the quote is recorded");
        assert!(!rasd_events::factuality::accusation_content(&told.1), "{:?}", told.1);
    }

    #[test]
    fn a_neutral_source_speaking_is_a_feature_of_the_reported_speech_decision() {
        // An unnamed security source and an agency are sources (GUIDE: "according to sources/police" is asserted).
        let sites = claim_sites("أفاد مصدر أمني عراقي صباح الأحد أن 19 شخصا أصيبوا في تفجير انتحاري استهدف مخازن صناديق الاقتراع في مدينة كركوك.");
        let told = sites.iter().find(|(at, _)| at.starts_with("تفجير")).expect("the bombing told in the quote is recorded");
        assert!(told.1.iter().any(|f| f == "rs:source"), "{:?}", told.1);
        assert!(told.1.iter().any(|f| f.starts_with("rs:source&party=")), "{:?}", told.1);
        // A party's spokesman is no source.
        let sites = claim_sites("وقالت حركة حماس إن قيام إسرائيل بتدمير مبنى المسحال الثقافي في غزة جريمة.");
        let told = sites.iter().find(|(at, _)| at.starts_with("بتدمير")).expect("the destruction told in the quote is recorded");
        assert!(!told.1.iter().any(|f| f.starts_with("rs:source")), "{:?}", told.1);
    }

    #[test]
    fn frozen_rows_keep_their_weights_and_only_new_features_are_fitted() {
        let ex = |f: &[&str], class| Example { features: f.iter().map(|s| s.to_string()).collect(), class };
        let mut data = vec![];
        for _ in 0..10 {
            data.push(ex(&["rs:bias", "old", "new"], 0));
            data.push(ex(&["rs:bias", "old"], 1));
        }
        let mut frozen = FxHashMap::default();
        frozen.insert("rs:bias".to_string(), vec![0.0, 0.5, 0.0, 0.0, 0.0, 0.0]);
        frozen.insert("old".to_string(), vec![0.1, -0.1, 0.0, 0.0, 0.0, 0.0]);
        let w = logreg::train_over(&data, 2, Params::default(), &frozen);
        assert_eq!(w.w["old"], vec![0.1, -0.1]);
        assert_eq!(w.w["rs:bias"], vec![0.0, 0.5]);
        assert!(w.w["new"][0] > w.w["new"][1], "{:?}", w.w["new"]);
    }

    #[test]
    fn the_reported_speech_model_only_takes_back_the_rules_claims() {
        let ex = |f: &[&str]| Example { features: f.iter().map(|s| s.to_string()).collect(), class: 0 };
        let mut w = Weights { classes: 6, w: Default::default() };
        w.w.insert("rs:party=actor".into(), vec![2.0, -2.0, 0.0, 0.0, 0.0, 0.0]);
        w.w.insert("rs:party=victim".into(), vec![-2.0, 2.0, 0.0, 0.0, 0.0, 0.0]);
        // The rule claims: the model keeps the claim of the victim's side, takes back the actor's own report.
        assert_eq!(claim_predict(&w, &ex(&["rs:rule=true", "rs:party=victim"]), 0.0), 1);
        assert_eq!(claim_predict(&w, &ex(&["rs:rule=true", "rs:party=actor"]), 0.0), 0);
        // A higher shift asks for more evidence before a claim stands.
        assert_eq!(claim_predict(&w, &ex(&["rs:rule=true", "rs:party=victim"]), 5.0), 0);
        // Where the rule makes no claim the model adds none.
        assert_eq!(claim_predict(&w, &ex(&["rs:rule=false", "rs:party=victim"]), 0.0), 0);
        // The content of an accusation in the act's sentence stays claimed whatever the weights say; one only in the
        // sentence before is a feature the weights weigh (session 22).
        assert_eq!(claim_predict(&w, &ex(&["rs:rule=true", "rs:party=actor", "rs:accused"]), 0.0), 1);
        assert_eq!(claim_predict(&w, &ex(&["rs:rule=true", "rs:party=actor", "rs:accused_before"]), 0.0), 0);
    }
}
