//! Model selection without touching dev: train on the first 90% of ANERcorp train, score the last 10% (unseen
//! documents), and dev for reference. `cargo run --release -p rasd-ner --features train --example experiment [EPOCHS...]`
use rasd_ner::conll;
use rasd_ner::model::Model;
use rasd_ner::resources::Resources;
use rasd_ner::train::{train, TrainConfig};
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let rd = |p: PathBuf| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let ner = root.join("../shared/data/ner");
    let all = conll::read_conll(&rd(ner.join("anercorp-train.conll")));
    let dev = conll::read_conll(&rd(ner.join("anercorp-dev.conll")));
    let cut = all.len() * 9 / 10;
    let (tr, ho) = all.split_at(cut);
    let mut tr: Vec<conll::Sentence> = tr.iter().map(|s| conll::Sentence { tokens: s.tokens.clone() }).collect();
    if std::env::var("WOJOOD").is_ok() {
        for f in ["train.txt", "val.txt", "test.txt"] {
            tr.extend(conll::read_wojood(&rd(ner.join("wojood-sample").join(f))));
        }
    }
    let tr = &tr[..];
    let d = root.join("data/ner");
    let epochs: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let prune: f32 = std::env::var("PRUNE").ok().and_then(|v| v.parse().ok()).unwrap_or(TrainConfig::default().prune);
    let dropout: f64 = std::env::var("DROPOUT").ok().and_then(|v| v.parse().ok()).unwrap_or(TrainConfig::default().lex_dropout);
    for e in if epochs.is_empty() { vec![10] } else { epochs } {
        let res = Resources::parse(&rd(d.join("gazetteer.tsv")), &rd(d.join("cues.tsv")), &rd(d.join("clusters.tsv")));
        let bytes = train(tr, &res, &TrainConfig { epochs: e, lex_dropout: dropout, prune, ..TrainConfig::default() });
        let t = rasd_ner::Tagger { model: Model::from_bytes(&bytes).unwrap(), res };
        let h = conll::evaluate(ho, |a| t.tag(a));
        let dv = conll::evaluate(&dev, |a| t.tag(a));
        println!("epochs {e} dropout {dropout} prune {prune}: held-out F1 {:.3}  dev F1 {:.3}  ({} features)\n{}", h.overall().2, dv.overall().2, t.model.len(), h.report());
    }
}
