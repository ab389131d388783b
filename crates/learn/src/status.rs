//! Training the factuality (status) model: one example per gold event of the train split, with the features
//! rasd_events::factuality computes at the gold trigger, labelled with the gold status.

use crate::corpus::{gold_triggers, train_articles, Annotated};
use crate::logreg::{self, Params};
use crate::linear::{Example, Weights};
use rasd_events::factuality::{cues, features, Site};
use rasd_events::{ActorDesc, Ctx, EventType, Status, TimeSpan};
use std::fmt::Write as _;
use std::path::Path;

const FOLDS: usize = 5;

/// The examples of one article.
fn examples(a: &Annotated) -> Vec<Example> {
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
        let we = an.words.partition_point(|w| w.start < g.end);
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
        let (rule, nominal) = rasd_events::coder::rule_status_at(&ctx, (ws, we), sentence);
        let site = Site { trigger: (ws, we), sentence, nominal, kind };
        let class = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        out.push(Example { features: features(&ctx, &c, &site, rule), class });
    }
    out
}

/// Accuracy and non-asserted recall of `w` on `test`, and of the rule feature alone.
fn measure(w: &Weights, test: &[Example]) -> (usize, usize, usize, usize, usize) {
    let (mut ok, mut rule_ok, mut na, mut na_ok, mut na_rule) = (0, 0, 0, 0, 0);
    for ex in test {
        let p = w.predict(&ex.features);
        let rule = Status::ALL.iter().position(|s| ex.features.contains(&format!("rule={}", s.as_str()))).unwrap_or(0);
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

/// The shifts of the asserted class tried: a shift trades accuracy for non-asserted recall.
const SHIFTS: [f32; 9] = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

/// `w` with the score of asserted lowered by `shift` on every example (through the bias feature).
fn shifted(w: &Weights, shift: f32) -> Weights {
    let mut w = w.clone();
    w.w.entry("bias".to_string()).or_insert_with(|| vec![0.0; w.classes])[0] -= shift;
    w
}

/// Cross-validated counts by article folds for every shift: (right, rules right, non-asserted, right, rules right).
fn cross_validate(per_article: &[Vec<Example>], params: Params) -> (Vec<[usize; 5]>, usize, [[usize; 6]; 6]) {
    let mut counts = vec![[0usize; 5]; SHIFTS.len()];
    let mut n = 0;
    let mut confusion = [[0usize; 6]; 6];
    for fold in 0..FOLDS {
        let train_set: Vec<Example> = per_article.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).flat_map(|(_, e)| e.clone()).collect();
        let test_set: Vec<Example> = per_article.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).flat_map(|(_, e)| e.clone()).collect();
        let w = logreg::train(&train_set, Status::ALL.len(), params);
        for (k, &shift) in SHIFTS.iter().enumerate() {
            let m = measure(&shifted(&w, shift), &test_set);
            counts[k].iter_mut().zip([m.0, m.1, m.2, m.3, m.4]).for_each(|(c, x)| *c += x);
        }
        n += test_set.len();
        let _ = &mut confusion;
    }
    (counts, n, confusion)
}

/// Train on every train-split article of `corpus` (eval/news) and write the model to `out`. The shift of the
/// asserted prior is chosen by 5-fold cross-validation by article: the largest non-asserted recall whose accuracy
/// is not below the rules'. The report gives the cross-validated figures beside the rules'.
pub fn train_cli(corpus: &Path, out: &Path) -> Result<String, String> {
    let articles = train_articles(corpus)?;
    let per_article: Vec<Vec<Example>> = articles.iter().map(examples).collect();
    if let Ok(path) = std::env::var("RASD_DUMP_EXAMPLES") {
        // For error analysis: every example as JSON Lines (article index, gold class, features).
        let lines: Vec<String> = per_article
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.iter().map(move |ex| serde_json::json!({"article": i, "class": ex.class, "features": ex.features}).to_string()))
            .collect();
        std::fs::write(&path, lines.join("\n")).map_err(|e| format!("{path}: {e}"))?;
    }
    // RASD_STATUS_PARAMS="epochs,rate,l2" overrides the defaults, to tune them by the cross-validation below.
    let params = std::env::var("RASD_STATUS_PARAMS").ok().and_then(|v| {
        let x: Vec<f32> = v.split(',').filter_map(|p| p.parse().ok()).collect();
        (x.len() == 3).then(|| Params { epochs: x[0] as usize, rate: x[1], l2: x[2] })
    }).unwrap_or_default();
    let (counts, n, _) = cross_validate(&per_article, params);
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let mut report = String::new();
    let [_, rules_ok, na, _, na_rules] = counts[0];
    let best = (0..SHIFTS.len()).filter(|&k| counts[k][0] >= rules_ok).max_by_key(|&k| (counts[k][3], std::cmp::Reverse(k)));
    let all: Vec<Example> = per_article.into_iter().flatten().collect();
    writeln!(report, "status model: {} articles, {} gold events", articles.len(), all.len()).ok();
    writeln!(report, "{FOLDS}-fold by article, rules: accuracy {:.3}, non-asserted recall {:.3} over {na}", pct(rules_ok, n), pct(na_rules, na)).ok();
    for (k, c) in counts.iter().enumerate() {
        let mark = if Some(k) == best { "  <- chosen" } else { "" };
        writeln!(report, "  asserted shift {:.2}: accuracy {:.3}, non-asserted recall {:.3}{mark}", SHIFTS[k], pct(c[0], n), pct(c[3], na)).ok();
    }
    let text = match best {
        Some(k) => {
            let w = shifted(&logreg::train(&all, Status::ALL.len(), params), SHIFTS[k]);
            writeln!(report, "{} features; written {}", w.w.len(), out.display()).ok();
            model_text(&w)
        }
        None => {
            writeln!(report, "no shift is as accurate as the rules: an empty model is written (the rules decide)").ok();
            model_text(&Weights::default())
        }
    };
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
