//! Training: averaged structured perceptron with constrained Viterbi, over rasd words of the ANERcorp train split.

use crate::clusters::{self, Rng};
use crate::conll::{self, Counts, Sentence};
use crate::features::{self, Scratch};
use crate::model::{self, Decoder, Model, NT, START};
use crate::resources::Resources;
use crate::Tagger;
use rustc_hash::FxHashMap;
use std::path::Path;

pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Features whose averaged weights are all below this (in absolute value) are dropped from the saved model.
    pub prune: f32,
    /// Share of training words whose own-form features (key, bare, body: the first `LEXICAL` features of a word)
    /// are hidden in one pass, so the model learns to recognise names from context, affixes, clusters and
    /// lists, as it must for names it has never seen.
    pub lex_dropout: f64,
}

/// Features 1..=LEXICAL of every word are its own forms (see features::extract).
const LEXICAL: usize = 3;

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 10, seed: 7, prune: 1.0, lex_dropout: 0.2 }
    }
}

struct Seq {
    feats: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<u8>,
}

/// Make gold BIO tags valid for one sequence: an I- that does not continue its label becomes B-.
fn repair(tags: &mut [u8]) {
    let mut prev = START;
    for t in tags.iter_mut() {
        if !model::allowed(prev, *t as usize) {
            *t -= 1;
        }
        prev = *t as usize;
    }
}

/// Train a model on CoNLL sentences; returns the serialized model.
pub fn train(sentences: &[Sentence], res: &Resources, cfg: &TrainConfig) -> Vec<u8> {
    let mut index: FxHashMap<u64, u32> = FxHashMap::default();
    let mut keys: Vec<u64> = Vec::new();
    let mut data: Vec<Seq> = Vec::new();
    let mut sc = Scratch::default();
    for s in sentences {
        let (text, starts) = s.text();
        let gold = s.gold(&starts);
        let a = rasd_text::analyze(&text);
        let tags = conll::word_tags(&a, &starts, &gold);
        let mut from = 0;
        for si in 0..a.sentences.len() + 1 {
            let r = if si < a.sentences.len() { a.sentence_words(si) } else { from..a.words.len() };
            let r = r.start.max(from)..r.end.max(from);
            from = r.end;
            if r.is_empty() {
                continue;
            }
            features::extract(&a.words[r.clone()], &a.chars, res, &mut sc);
            let feats = sc
                .feats
                .iter()
                .map(|&h| {
                    *index.entry(h).or_insert_with(|| {
                        keys.push(h);
                        keys.len() as u32 - 1
                    })
                })
                .collect();
            let mut gold = tags[r].to_vec();
            repair(&mut gold);
            data.push(Seq { feats, offsets: sc.offsets.clone(), gold });
        }
    }
    let nf = keys.len();
    let mut w = vec![0f32; nf * NT];
    let mut acc = vec![0f32; nf * NT];
    let mut tw = vec![0f32; (NT + 1) * NT];
    let mut tacc = vec![0f32; (NT + 1) * NT];
    let mut c = 1f32;
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut dec = Decoder::default();
    let mut emit = Vec::new();
    let mut drop = Vec::new();
    for _ in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        for &k in &order {
            let s = &data[k];
            let n = s.gold.len();
            emit.clear();
            emit.resize(n * NT, 0.0);
            drop.clear();
            drop.extend((0..n).map(|_| cfg.lex_dropout > 0.0 && rng.unit() < cfg.lex_dropout));
            let feats_of = |i: usize, hide: bool| {
                let (a, b) = (s.offsets[i] as usize, s.offsets[i + 1] as usize);
                s.feats[a..b].iter().enumerate().filter(move |(k, _)| !(hide && (1..=LEXICAL).contains(k))).map(|(_, &f)| f)
            };
            for i in 0..n {
                for f in feats_of(i, drop[i]) {
                    let row = &w[f as usize * NT..f as usize * NT + NT];
                    for t in 0..NT {
                        emit[i * NT + t] += row[t];
                    }
                }
            }
            dec.decode(n, &emit, &tw, false);
            if dec.tags != s.gold {
                let upd = |v: &mut [f32], a: &mut [f32], idx: usize, d: f32| {
                    v[idx] += d;
                    a[idx] += c * d;
                };
                let (mut pg, mut pp) = (START, START);
                for i in 0..n {
                    let (g, p) = (s.gold[i] as usize, dec.tags[i] as usize);
                    if g != p {
                        for f in feats_of(i, drop[i]) {
                            upd(&mut w, &mut acc, f as usize * NT + g, 1.0);
                            upd(&mut w, &mut acc, f as usize * NT + p, -1.0);
                        }
                    }
                    if (pg, g) != (pp, p) {
                        upd(&mut tw, &mut tacc, pg * NT + g, 1.0);
                        upd(&mut tw, &mut tacc, pp * NT + p, -1.0);
                    }
                    pg = g;
                    pp = p;
                }
            }
            c += 1.0;
        }
    }
    // Average, prune, serialize.
    let avg = |v: &[f32], a: &[f32]| -> Vec<f32> { v.iter().zip(a).map(|(v, a)| v - a / c).collect() };
    let wa = avg(&w, &acc);
    let ta = avg(&tw, &tacc);
    let mut kept_keys = Vec::new();
    let mut kept = Vec::new();
    for f in 0..nf {
        let row = &wa[f * NT..f * NT + NT];
        if row.iter().any(|x| x.abs() >= cfg.prune) {
            kept_keys.push(keys[f]);
            kept.extend_from_slice(row);
        }
    }
    model::to_bytes(&kept_keys, &kept, &ta)
}

pub struct TrainReport {
    pub sentences: usize,
    pub features: usize,
    pub model_bytes: usize,
    pub cluster_units: usize,
    pub train: Counts,
    pub dev: Option<Counts>,
    pub seconds: f64,
}

impl std::fmt::Display for TrainReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "trained on {} sentences: {} features kept, model {} bytes, {} clustered units, {:.1} s", self.sentences, self.features, self.model_bytes, self.cluster_units, self.seconds)?;
        write!(f, "train (seen sentences):\n{}", self.train.report())?;
        if let Some(d) = &self.dev {
            write!(f, "dev:\n{}", d.report())?;
            writeln!(f, "train-dev gap (overall F1): {:.3}", self.train.overall().2 - d.overall().2)?;
        }
        Ok(())
    }
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// `rasd train ner`: learn word clusters from `<shared>/data/news/ant-multisource.jsonl.gz` (skipped when
/// `RASD_NER_REUSE_CLUSTERS=1` and `<out>/clusters.tsv` exists), train on `<shared>/data/ner/anercorp-train.conll`
/// with the lists in `out_dir` (gazetteer.tsv and cues.tsv, from tools/build_ner_lists.py), write
/// `<out>/model.bin`, and report train and dev scores. `out_dir` is normally `data/ner`; rebuild after training.
pub fn train_cli(shared_dir: &Path, out_dir: &Path) -> Result<TrainReport, String> {
    let t0 = std::time::Instant::now();
    let data = shared_dir.join("data");
    let cl_path = out_dir.join("clusters.tsv");
    let reuse = std::env::var("RASD_NER_REUSE_CLUSTERS").map(|v| v == "1").unwrap_or(false) && cl_path.exists();
    if !reuse {
        eprintln!("rasd-ner: learning word clusters from the ANT corpus ...");
        clusters::learn_file(&data.join("news").join("ant-multisource.jsonl.gz"), &cl_path, &clusters::Config::default())?;
    }
    let res = Resources::parse(&read(&out_dir.join("gazetteer.tsv"))?, &read(&out_dir.join("cues.tsv"))?, &read(&cl_path)?);
    let cluster_units = res.clusters.len();
    eprintln!("rasd-ner: training the tagger ...");
    let train_sents = conll::read_conll(&read(&data.join("ner").join("anercorp-train.conll"))?);
    let bytes = train(&train_sents, &res, &TrainConfig::default());
    let mp = out_dir.join("model.bin");
    std::fs::write(&mp, &bytes).map_err(|e| format!("{}: {e}", mp.display()))?;
    let tagger = Tagger { model: Model::from_bytes(&bytes)?, res };
    let train = conll::evaluate(&train_sents, |a| tagger.tag(a));
    let dev_path = data.join("ner").join("anercorp-dev.conll");
    let dev = if dev_path.exists() { Some(conll::evaluate(&conll::read_conll(&read(&dev_path)?), |a| tagger.tag(a))) } else { None };
    Ok(TrainReport {
        sentences: train_sents.len(),
        features: tagger.model.len(),
        model_bytes: bytes.len(),
        cluster_units,
        train,
        dev,
        seconds: t0.elapsed().as_secs_f64(),
    })
}
