//! Training the speaker choice (rasd_events::quotes): every quote the full pipeline finds on a train-split article
//! that the reference scorer matches to a gold quote (../shared/eval/score.py: the first unused predicted quote
//! whose content overlaps the gold evidence) is a site; its candidates are labelled right when the scorer would
//! count them right (the normalised texts contain one another, or the English names are equal). A conditional
//! logit over each site's candidates is trained (the probability of the right ones); the margin by which a
//! candidate must beat the rules' speaker, and the feature groups read, are chosen by 5-fold cross-validation by
//! article on speaker accuracy.

use crate::args::key;
use crate::clogit::{self, Choice, Weights};
use crate::logreg::Params;
use crate::corpus::{train_articles, Annotated};
use rasd_events::quotes::{collect_speakers, SpeakerSite};
use std::fmt::Write as _;
use std::path::Path;

const FOLDS: usize = 5;

/// Margins tried by cross-validation; infinity keeps every rule speaker (an empty model).
const MARGINS: [f32; 9] = [f32::INFINITY, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0];

/// Feature groups (prefixes) the cross-validation may leave out, one at a time.
const GROUPS: [&str; 17] = ["src=", "sent=", "etype=", "title=", "rulep=", "pos=", "prank=", "prep=", "near=", "agree=", "head=", "relay|", "drop|", "part|", "mid|", "last|", "rule|"];

/// One quote matched to a gold quote: its candidates' features and which are right (candidate 0 is the rules'
/// speaker when `rule`).
struct Site {
    choice: Choice<String>,
    rule: bool,
}

/// One article: its sites, and the matched quotes without a site (a quote the rules and candidates left without
/// speaker, or an attributed quote), right or not as the rules left them.
struct Labelled {
    sites: Vec<Site>,
    fixed_right: usize,
    fixed: usize,
}

/// Code point offset of byte offset `b` of `s`.
fn cp(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

/// Does the predicted speaker (text, English name) count as the gold speaker for the scorer?
fn right(gold_text: &str, gold_name: &str, text: &str, name: Option<&str>) -> bool {
    let (gk, pk) = (key(gold_text), key(text));
    !pk.is_empty() && (pk.contains(&gk) || gk.contains(&pk) || name.unwrap_or("").to_lowercase() == gold_name.to_lowercase())
}

fn label(a: &Annotated, quotes: &[(usize, usize, String, Option<String>)], sites: Vec<SpeakerSite>) -> Labelled {
    let mut taken = vec![false; quotes.len()];
    let mut out = Labelled { sites: vec![], fixed_right: 0, fixed: 0 };
    let mut sites: Vec<Option<SpeakerSite>> = sites.into_iter().map(Some).collect();
    for gq in a.gold["quotes"].as_array().into_iter().flatten() {
        let Some(ev) = gq["evidence"].as_str().filter(|e| !e.is_empty()) else { continue };
        let Some(b) = a.text.find(ev) else { continue };
        let (s, e) = (cp(&a.text, b), cp(&a.text, b) + ev.chars().count());
        // score.py: `(start or 1<<30) <= e and (end or -1) >= s + 1` (a content at 0 never matches: its bug).
        let Some(m) = (0..quotes.len()).find(|&i| !taken[i] && quotes[i].0 != 0 && quotes[i].0 <= e && quotes[i].1 >= s + 1) else { continue };
        taken[m] = true;
        let (gt, gn) = (gq["speaker"].as_str().unwrap_or(""), gq["speaker_name"].as_str().unwrap_or(""));
        let site = sites.iter_mut().find(|x| x.as_ref().is_some_and(|x| x.content == (quotes[m].0, quotes[m].1))).and_then(Option::take);
        match site {
            Some(site) => {
                let r = site.texts.iter().zip(&site.names).map(|(t, n)| right(gt, gn, t, n.as_deref())).collect();
                out.sites.push(Site { choice: Choice { candidates: site.features, right: r }, rule: site.rule });
            }
            None => {
                out.fixed += 1;
                out.fixed_right += right(gt, gn, &quotes[m].2, quotes[m].3.as_deref()) as usize;
            }
        }
    }
    out
}

fn corpus(articles: &[Annotated]) -> Vec<Labelled> {
    articles
        .iter()
        .map(|a| {
            let rec = a.record();
            let (quotes, sites) = collect_speakers(|| {
                rasd_extract::extract_with(&rec, &rasd_extract::Options::default(), |doc, _| {
                    doc.quotes
                        .iter()
                        .map(|q| {
                            let sp = q.speaker.as_ref();
                            (q.content.start, q.content.end, sp.map(|s| s.text.clone()).unwrap_or_default(), sp.and_then(|s| s.name.clone()))
                        })
                        .collect::<Vec<_>>()
                })
            });
            label(a, &quotes, sites)
        })
        .collect()
}

/// Whether a feature is read when the groups `drop` are left out.
fn reads<'a>(drop: &'a [&str]) -> impl Fn(&String) -> bool + 'a {
    move |x: &String| !drop.iter().any(|p| x.starts_with(p))
}

fn scores(w: &Weights<String>, s: &Site, drop: &[&str]) -> Vec<f32> {
    clogit::scores(w, &s.choice.candidates, &reads(drop))
}

/// Train the conditional logit over the sites' candidates toward their right ones (crate::clogit).
fn train(sites: &[&Site], drop: &[&str], p: Params) -> Weights<String> {
    let choices: Vec<&Choice<String>> = sites.iter().map(|s| &s.choice).collect();
    clogit::train(&choices, p, reads(drop), |x| x == "bias")
}

/// Which candidate the choice takes (as rasd_events::quotes::SpeakerModel::choose).
fn chosen(w: &Weights<String>, s: &Site, drop: &[&str], margin: f32) -> Option<usize> {
    let sc = scores(w, s, drop);
    let best = (0..sc.len()).max_by(|&a, &b| sc[a].total_cmp(&sc[b]).then(b.cmp(&a)))?;
    if s.rule {
        Some(if best != 0 && sc[best] - sc[0] > margin { best } else { 0 })
    } else {
        (sc[best] > margin).then_some(best)
    }
}

fn is_right(s: &Site, c: Option<usize>) -> bool {
    c.is_some_and(|c| s.choice.right[c])
}

/// Training parameters (epochs, rate, L2); RASD_SPEAKERS_PARAMS="30,0.1,0.001" overrides them.
fn params() -> Params {
    Params::from_env("RASD_SPEAKERS_PARAMS", Params { epochs: 30, rate: 0.1, l2: 1e-3 })
}

/// Cross-validated right speakers per fold and margin (the matched quotes of each fold are the same for every
/// margin).
fn cross_validate(l: &[Labelled], drop: &[&str]) -> Vec<Vec<usize>> {
    (0..FOLDS)
        .map(|fold| {
            let tr: Vec<&Site> = l.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).flat_map(|(_, a)| &a.sites).collect();
            let w = train(&tr, drop, params());
            MARGINS
                .iter()
                .map(|&m| {
                    l.iter()
                        .enumerate()
                        .filter(|(i, _)| i % FOLDS == fold)
                        .map(|(_, a)| {
                            let rule = |s: &Site| if s.rule { Some(0) } else { None };
                            a.fixed_right + a.sites.iter().filter(|s| is_right(s, if m.is_infinite() { rule(s) } else { chosen(&w, s, drop, m) })).count()
                        })
                        .sum()
                })
                .collect()
        })
        .collect()
}

/// The best margin's index and its pooled right count.
fn best_margin(per_fold: &[Vec<usize>]) -> (usize, usize) {
    let pooled = |k: usize| per_fold.iter().map(|c| c[k]).sum::<usize>();
    let best = (0..MARGINS.len()).max_by(|&a, &b| pooled(a).cmp(&pooled(b)).then(b.cmp(&a))).unwrap_or(0);
    (best, pooled(best))
}

/// Train on the train split of `corpus_dir` (eval/news) and write the model to `out`.
pub fn train_cli(corpus_dir: &Path, out: &Path) -> Result<String, String> {
    let articles = train_articles(corpus_dir)?;
    let l = corpus(&articles);
    let n: usize = l.iter().map(|a| a.sites.len() + a.fixed).sum();
    let sites: usize = l.iter().map(|a| a.sites.len()).sum();
    let reachable = l.iter().flat_map(|a| &a.sites).filter(|s| s.choice.right.iter().any(|&r| r)).count() + l.iter().map(|a| a.fixed_right).sum::<usize>();
    let mut report = String::new();
    writeln!(report, "speaker choice: {} articles, {n} matched quotes, {sites} with candidates; a right candidate for {reachable}", articles.len()).ok();
    // Feature groups: leave out, one at a time, each group whose absence gains cross-validated accuracy (backward
    // elimination, one pass in the order of GROUPS; a tie keeps the group).
    let mut drop: Vec<&str> = vec![];
    let per_fold = cross_validate(&l, &drop);
    let (mut best, mut right) = best_margin(&per_fold);
    let rules = per_fold.iter().map(|c| c[0]).sum::<usize>();
    writeln!(report, "  rules: {rules}/{n} = {:.4}; all features: {right} = {:.4} (margin {})", rules as f64 / n as f64, right as f64 / n as f64, MARGINS[best]).ok();
    for g in GROUPS {
        let mut d = drop.clone();
        d.push(g);
        let (b, r) = best_margin(&cross_validate(&l, &d));
        writeln!(report, "  without {g:<7} {r} = {:.4} (margin {}){}", r as f64 / n as f64, MARGINS[b], if r > right { "  <- left out" } else { "" }).ok();
        if r > right {
            drop = d;
            best = b;
            right = r;
        }
    }
    let text = if best == 0 || right <= rules {
        writeln!(report, "the choice does not beat the rules: an empty model is written").ok();
        model_text(&Default::default(), f32::INFINITY)
    } else {
        let all: Vec<&Site> = l.iter().flat_map(|a| &a.sites).collect();
        let w = train(&all, &drop, params());
        writeln!(report, "cross-validated speaker accuracy {:.4} -> {:.4}; {} features, margin {}; written {}", rules as f64 / n as f64, right as f64 / n as f64, w.len(), MARGINS[best], out.display()).ok();
        model_text(&w, MARGINS[best])
    };
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(report)
}

fn model_text(w: &Weights<String>, margin: f32) -> String {
    let mut s = String::from(
        "# The learned speaker choice (crates/events/src/quotes.rs), written by `rasd train speakers` (crates/learn/src/speakers.rs):\n# margin<TAB>value, then feature<TAB>weight. Empty: every quote keeps the rules' speaker.\n",
    );
    if w.is_empty() {
        return s;
    }
    writeln!(s, "margin\t{margin}").ok();
    let mut keys: Vec<&String> = w.keys().collect();
    keys.sort();
    for k in keys {
        writeln!(s, "{k}\t{:.4}", w[k]).ok();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(right: &[bool], feats: &[&[&str]]) -> Site {
        let candidates = feats.iter().map(|f| f.iter().map(|s| s.to_string()).collect()).collect();
        Site { choice: Choice { candidates, right: right.to_vec() }, rule: true }
    }

    #[test]
    fn learns_to_prefer_a_relayed_source_over_the_outlet() {
        let mut sites = vec![];
        for _ in 0..10 {
            sites.push(site(&[false, true], &[&["bias", "src=rule", "relay|src=rule"], &["bias", "src=relayed", "prep=عن"]]));
            sites.push(site(&[true, false], &[&["bias", "src=rule"], &["bias", "src=ent", "prep=مع"]]));
        }
        let refs: Vec<&Site> = sites.iter().collect();
        let p = Params { epochs: 30, rate: 0.1, l2: 1e-3 };
        let w = train(&refs, &[], p);
        assert_eq!(chosen(&w, &sites[0], &[], 0.5), Some(1));
        assert_eq!(chosen(&w, &sites[1], &[], 0.5), Some(0));
        // A dropped group is not read.
        let w = train(&refs, &["prep=", "relay|", "src="], p);
        assert_eq!(chosen(&w, &sites[0], &["prep=", "relay|", "src="], 0.5), Some(0));
    }

    #[test]
    fn a_speaker_is_right_as_the_scorer_counts_it() {
        assert!(right("فلان الفلاني", "X", "المتحدث باسم الوزارة فلان الفلاني", None));
        assert!(!right("فلان الفلاني", "X", "المتحدث باسم الوزارة", None));
        assert!(right("الوزير", "Ali", "علي", Some("ali")));
        assert!(!right("الوزير", "Ali", "", Some("ali")));
    }
}
