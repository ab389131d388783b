//! Distributional word clusters from unlabelled news: each frequent bare form is described by PPMI-weighted
//! counts of its left and right neighbours, projected to a few dense dimensions with a seeded Gaussian matrix,
//! and grouped by spherical k-means; the fine centroids are clustered again for two coarser levels, giving a
//! three-level hierarchy (the role Brown cluster prefixes play). Names of one kind (people's first names,
//! cities, ministries) share contexts, so unseen names inherit what the tagger learnt about seen ones.

use rustc_hash::FxHashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

pub struct Config {
    pub vocab: usize,
    pub contexts: usize,
    pub dims: usize,
    /// Clusters at each level, finest last.
    pub levels: [usize; 3],
    pub iterations: usize,
    pub seed: u64,
    pub threads: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { vocab: 50_000, contexts: 1000, dims: 96, levels: [64, 256, 1024], iterations: 12, seed: 20240917, threads: 2 }
    }
}

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn gauss(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The unit a cluster describes: the bare stem of Arabic words, the folded form otherwise, numbers as one class.
fn unit_of(w: &rasd_text::Word) -> &str {
    match w.kind {
        rasd_text::WordKind::Number => "<NUM>",
        _ => w.bare.as_str(),
    }
}

const BOUNDARY: u32 = u32::MAX;

/// Read the `text` (and `title`) fields of a gzipped JSON Lines corpus.
pub fn read_corpus(path: &Path) -> Result<Vec<String>, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let mut out = Vec::new();
    for line in r.lines() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        for k in ["title", "text"] {
            if let Some(s) = v.get(k).and_then(|s| s.as_str()) {
                if !s.is_empty() {
                    out.push(s.to_string());
                }
            }
        }
    }
    Ok(out)
}

/// Learn clusters from texts; returns TSV lines `unit \t coarse \t middle \t fine`, most frequent units first.
pub fn learn(texts: &[String], cfg: &Config) -> String {
    // 1. Word sequences, interned per thread, then merged into one frequency ranking.
    let chunk = texts.len().div_ceil(cfg.threads.max(1)).max(1);
    let parts: Vec<(Vec<String>, Vec<u64>, Vec<u32>)> = std::thread::scope(|sc| {
        let hs: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                sc.spawn(move || {
                    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
                    let mut names = Vec::new();
                    let mut counts: Vec<u64> = Vec::new();
                    let mut seq = Vec::new();
                    for t in part {
                        let a = rasd_text::analyze(t);
                        let mut sent = usize::MAX;
                        for w in &a.words {
                            if w.sentence != sent {
                                seq.push(BOUNDARY);
                                sent = w.sentence;
                            }
                            let u = unit_of(w);
                            let id = match ids.get(u) {
                                Some(&i) => i,
                                None => {
                                    let i = names.len() as u32;
                                    ids.insert(u.to_string(), i);
                                    names.push(u.to_string());
                                    counts.push(0);
                                    i
                                }
                            };
                            counts[id as usize] += 1;
                            seq.push(id);
                        }
                    }
                    seq.push(BOUNDARY);
                    (names, counts, seq)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().expect("cluster worker")).collect()
    });
    let mut total: FxHashMap<&str, u64> = FxHashMap::default();
    for (names, counts, _) in &parts {
        for (n, &c) in names.iter().zip(counts) {
            *total.entry(n.as_str()).or_insert(0) += c;
        }
    }
    let mut ranked: Vec<(&str, u64)> = total.into_iter().filter(|(n, _)| !n.is_empty()).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let rank: FxHashMap<&str, u32> = ranked.iter().enumerate().map(|(i, (n, _))| (*n, i as u32)).collect();
    let v = cfg.vocab.min(ranked.len());
    let c = cfg.contexts.min(ranked.len());
    let width = 2 * c + 2;
    // 2. Left and right neighbour counts (sentence boundaries are a context of their own).
    let mut m = vec![0u32; v * width];
    for (names, _, seq) in &parts {
        let g: Vec<u32> = names.iter().map(|n| rank.get(n.as_str()).copied().unwrap_or(BOUNDARY - 1)).collect();
        let gid = |x: u32| if x == BOUNDARY { BOUNDARY } else { g[x as usize] };
        for k in 1..seq.len().saturating_sub(1) {
            let w = gid(seq[k]);
            if w == BOUNDARY || w as usize >= v {
                continue;
            }
            let (l, r) = (gid(seq[k - 1]), gid(seq[k + 1]));
            let lc = if l == BOUNDARY { 2 * c } else if (l as usize) < c { l as usize } else { usize::MAX };
            let rc = if r == BOUNDARY { 2 * c + 1 } else if (r as usize) < c { c + r as usize } else { usize::MAX };
            let row = w as usize * width;
            if lc != usize::MAX {
                m[row + lc] += 1;
            }
            if rc != usize::MAX {
                m[row + rc] += 1;
            }
        }
    }

    // 3. PPMI (context counts smoothed by ^0.75) and a seeded random projection.
    let mut colsum = vec![0f64; width];
    let mut rowsum = vec![0f64; v];
    for i in 0..v {
        for j in 0..width {
            let x = m[i * width + j] as f64;
            colsum[j] += x;
            rowsum[i] += x;
        }
    }
    let colp: Vec<f64> = colsum.iter().map(|x| x.powf(0.75)).collect();
    let colz: f64 = colp.iter().sum();
    let n: f64 = rowsum.iter().sum();
    let mut rng = Rng::new(cfg.seed);
    let d = cfg.dims;
    let proj: Vec<f32> = (0..width * d).map(|_| rng.gauss() as f32).collect();
    let mut vecs = vec![0f32; v * d];
    for i in 0..v {
        if rowsum[i] == 0.0 {
            continue;
        }
        let out = &mut vecs[i * d..(i + 1) * d];
        for j in 0..width {
            let x = m[i * width + j] as f64;
            if x == 0.0 {
                continue;
            }
            let pmi = ((x / rowsum[i]) / (colp[j] / colz)).ln();
            if pmi > 0.0 {
                let p = &proj[j * d..(j + 1) * d];
                for k in 0..d {
                    out[k] += pmi as f32 * p[k];
                }
            }
        }
        normalize(out);
    }
    let _ = n;
    drop(m);
    // 4. Spherical k-means on words, then on the fine centroids for the coarser levels.
    let fine = kmeans(&vecs, d, cfg.levels[2], cfg.iterations, &mut rng, cfg.threads);
    let mid = kmeans(&fine.centroids, d, cfg.levels[1], cfg.iterations * 2, &mut rng, 1);
    let coarse = kmeans(&mid.centroids, d, cfg.levels[0], cfg.iterations * 2, &mut rng, 1);
    let mut out = String::with_capacity(v * 24);
    for i in 0..v {
        let f = fine.assign[i] as usize;
        let md = mid.assign[f] as usize;
        let co = coarse.assign[md];
        out += &format!("{}\t{}\t{}\t{}\n", ranked[i].0, co, md, f);
    }
    out
}

fn normalize(x: &mut [f32]) {
    let n = x.iter().map(|a| a * a).sum::<f32>().sqrt();
    if n > 0.0 {
        x.iter_mut().for_each(|a| *a /= n);
    }
}

struct KMeans {
    centroids: Vec<f32>,
    assign: Vec<u32>,
}

fn kmeans(x: &[f32], d: usize, k: usize, iters: usize, rng: &mut Rng, threads: usize) -> KMeans {
    let n = x.len() / d;
    let k = k.min(n);
    // Seeds: distinct random rows.
    let mut chosen = Vec::with_capacity(k);
    let mut seen = vec![false; n];
    while chosen.len() < k {
        let i = rng.below(n);
        if !seen[i] {
            seen[i] = true;
            chosen.push(i);
        }
    }
    let mut cent: Vec<f32> = chosen.iter().flat_map(|&i| x[i * d..(i + 1) * d].to_vec()).collect();
    let mut assign = vec![0u32; n];
    for _ in 0..iters {
        let chunk = n.div_ceil(threads.max(1)).max(1);
        std::thread::scope(|sc| {
            for (ci, a) in assign.chunks_mut(chunk).enumerate() {
                let cent = &cent;
                sc.spawn(move || {
                    for (o, slot) in a.iter_mut().enumerate() {
                        let i = ci * chunk + o;
                        let row = &x[i * d..(i + 1) * d];
                        let mut best = (f32::NEG_INFINITY, 0u32);
                        for c in 0..k {
                            let cc = &cent[c * d..(c + 1) * d];
                            let s: f32 = row.iter().zip(cc).map(|(a, b)| a * b).sum();
                            if s > best.0 {
                                best = (s, c as u32);
                            }
                        }
                        *slot = best.1;
                    }
                });
            }
        });
        let mut sum = vec![0f32; k * d];
        let mut cnt = vec![0usize; k];
        for i in 0..n {
            let c = assign[i] as usize;
            cnt[c] += 1;
            for j in 0..d {
                sum[c * d + j] += x[i * d + j];
            }
        }
        for c in 0..k {
            if cnt[c] > 0 {
                let s = &mut sum[c * d..(c + 1) * d];
                normalize(s);
                cent[c * d..(c + 1) * d].copy_from_slice(s);
            }
        }
    }
    KMeans { centroids: cent, assign }
}

/// Learn clusters from the ANT corpus and write them to `out` (TSV with a header).
pub fn learn_file(corpus: &Path, out: &Path, cfg: &Config) -> Result<usize, String> {
    let texts = read_corpus(corpus)?;
    let body = learn(&texts, cfg);
    let mut f = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    writeln!(
        f,
        "# unit\tcoarse ({})\tmiddle ({})\tfine ({}) cluster. Generated by `rasd train ner` (rasd_ner::clusters) from the\n\
         # ANT corpus (Apache 2.0): PPMI neighbour vectors, seeded random projection, spherical k-means. Do not edit.",
        cfg.levels[0], cfg.levels[1], cfg.levels[2]
    )
    .and_then(|_| f.write_all(body.as_bytes()))
    .map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(body.lines().count())
}
