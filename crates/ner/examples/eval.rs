//! Score the embedded model on ANERcorp with score.py's NER rules:
//! `cargo run --release -p rasd-ner --features train --example eval [SHARED_DIR]` prints per-type P/R/F1 on dev and train and the
//! train-dev gap, plus the ceiling that rasd's word spans allow (gold tags projected onto rasd words).
use rasd_ner::conll::{self, Counts};
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared"));
    let read = |name: &str| {
        let p = shared.join("data/ner").join(name);
        conll::read_conll(&std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
    };
    let (train, dev) = (read("anercorp-train.conll"), read("anercorp-dev.conll"));
    if std::env::var("NER_ERRORS").is_ok() {
        // Misses (-) and false alarms (+) on dev, for error analysis.
        for s in &dev {
            let (text, starts) = s.text();
            let gold = s.gold(&starts);
            let a = rasd_text::analyze(&text);
            let pred = rasd_ner::tag(&a);
            let key = |l: rasd_ner::Label, b: usize, e: usize| format!("{} {}", l.as_str(), a.slice(b, e));
            let gs: Vec<String> = gold.iter().filter(|g| g.label != rasd_ner::Label::Misc).map(|g| key(g.label, g.start, g.end)).collect();
            let ps: Vec<String> = pred.iter().filter(|m| m.label != rasd_ner::Label::Misc).map(|m| key(m.label, m.start, m.end)).collect();
            for g in &gs {
                if !ps.iter().any(|p| p == g || g.ends_with(p.split_once(' ').unwrap().1) && g[..4] == p[..4]) {
                    println!("- {g}\t| {text}");
                }
            }
            for p in &ps {
                if !gs.iter().any(|g| g == p || g.ends_with(p.split_once(' ').unwrap().1) && g[..4] == p[..4]) {
                    println!("+ {p}");
                }
            }
        }
        return;
    }
    let d = conll::evaluate(&dev, rasd_ner::tag);
    print!("dev:\n{}", d.report());
    let t = conll::evaluate(&train, rasd_ner::tag);
    print!("train:\n{}", t.report());
    println!("train-dev gap (overall F1): {:.3}", t.overall().2 - d.overall().2);
    // Ceiling: gold tags projected onto rasd words and read back as mentions.
    let mut c = Counts::default();
    for s in &dev {
        let (text, starts) = s.text();
        let gold = s.gold(&starts);
        let a = rasd_text::analyze(&text);
        let tags = conll::word_tags(&a, &starts, &gold);
        let mut ms = Vec::new();
        for g in &gold {
            let ws: Vec<usize> = (0..a.words.len()).filter(|&i| tags[i] != 0 && a.words[i].start >= g.start && a.words[i].end <= g.end).collect();
            if let (Some(&i), Some(&j)) = (ws.first(), ws.last()) {
                ms.push(rasd_ner::Mention { start: a.words[i].body_start, end: a.words[j].end, label: g.label, word_start: i, word_end: j + 1, score: 1.0 });
            }
        }
        c.add(&gold, &ms);
    }
    print!("dev ceiling with rasd word spans:\n{}", c.report());
}
