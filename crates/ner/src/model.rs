//! The trained model: hashed feature → one weight per tag, tag transitions, and constrained Viterbi decoding.
//!
//! Binary format (little endian): b"RNER", u32 version, u32 tag count, u32 feature count n, f32 scale,
//! i16 transitions[(T+1)·T] (row T is the sentence start), u64 feature hashes[n] (sorted), i16 weights[n·T].
//! A weight's value is the stored integer times `scale`.

/// O, then B-/I- for each label in `Label` order.
pub const NT: usize = 9;
/// Transition row of the sentence start.
pub const START: usize = NT;

#[inline]
pub fn is_inside(t: usize) -> bool {
    t > 0 && t % 2 == 0
}

/// BIO validity: an I- tag continues a B- or I- of the same label, never starts a sequence.
#[inline]
pub fn allowed(prev: usize, cur: usize) -> bool {
    if !is_inside(cur) {
        return true;
    }
    prev != START && prev > 0 && (prev + 1) / 2 == cur / 2
}

pub struct Model {
    /// Open-addressing table: hash (never 0) → row; 0 marks an empty slot.
    slots: Vec<u64>,
    rows: Vec<u32>,
    mask: usize,
    weights: Vec<i16>,
    trans: Vec<f32>,
    scale: f32,
}

#[inline]
pub fn nonzero(h: u64) -> u64 {
    if h == 0 { 1 } else { h }
}

fn rd<const N: usize>(b: &[u8], at: &mut usize) -> Result<[u8; N], String> {
    let s = b.get(*at..*at + N).ok_or("model file truncated")?;
    *at += N;
    Ok(s.try_into().unwrap())
}

impl Model {
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let mut at = 0;
        if rd::<4>(b, &mut at)? != *b"RNER" {
            return Err("not a rasd-ner model".into());
        }
        let version = u32::from_le_bytes(rd(b, &mut at)?);
        let nt = u32::from_le_bytes(rd(b, &mut at)?) as usize;
        if version != 1 || nt != NT {
            return Err(format!("unsupported model (version {version}, {nt} tags)"));
        }
        let n = u32::from_le_bytes(rd(b, &mut at)?) as usize;
        let scale = f32::from_le_bytes(rd(b, &mut at)?);
        let mut trans = Vec::with_capacity((NT + 1) * NT);
        for _ in 0..(NT + 1) * NT {
            trans.push(i16::from_le_bytes(rd(b, &mut at)?) as f32 * scale);
        }
        let cap = (n * 2).next_power_of_two().max(16);
        let mut m = Model { slots: vec![0; cap], rows: vec![0; cap], mask: cap - 1, weights: Vec::with_capacity(n * NT), trans, scale };
        for r in 0..n {
            let h = nonzero(u64::from_le_bytes(rd(b, &mut at)?));
            let mut p = h as usize & m.mask;
            while m.slots[p] != 0 {
                p = (p + 1) & m.mask;
            }
            m.slots[p] = h;
            m.rows[p] = r as u32;
        }
        for _ in 0..n * NT {
            m.weights.push(i16::from_le_bytes(rd(b, &mut at)?));
        }
        Ok(m)
    }

    #[inline]
    fn row(&self, h: u64) -> Option<&[i16]> {
        let h = nonzero(h);
        let mut p = h as usize & self.mask;
        loop {
            let k = self.slots[p];
            if k == h {
                let r = self.rows[p] as usize * NT;
                return Some(&self.weights[r..r + NT]);
            }
            if k == 0 {
                return None;
            }
            p = (p + 1) & self.mask;
        }
    }

    /// Emission scores of one word from its feature hashes.
    #[inline]
    pub fn emit(&self, feats: &[u64], out: &mut [f32]) {
        let mut acc = [0i32; NT];
        for &h in feats {
            if let Some(w) = self.row(h) {
                for t in 0..NT {
                    acc[t] += w[t] as i32;
                }
            }
        }
        for t in 0..NT {
            out[t] = acc[t] as f32 * self.scale;
        }
    }

    pub fn trans(&self) -> &[f32] {
        &self.trans
    }

    pub fn len(&self) -> usize {
        self.weights.len() / NT
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// Write a model from averaged float weights (`weights[i·NT + t]` for feature hash `keys[i]`).
pub fn to_bytes(keys: &[u64], weights: &[f32], trans: &[f32]) -> Vec<u8> {
    let max = weights.iter().chain(trans).fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
    let scale = max / 32767.0;
    let q = |w: f32| (w / scale).round().clamp(-32767.0, 32767.0) as i16;
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| keys[i]);
    let mut out = Vec::with_capacity(24 + trans.len() * 2 + keys.len() * (8 + 2 * NT));
    out.extend_from_slice(b"RNER");
    out.extend_from_slice(&1u32.to_le_bytes());
    out.extend_from_slice(&(NT as u32).to_le_bytes());
    out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    for &w in trans {
        out.extend_from_slice(&q(w).to_le_bytes());
    }
    for &i in &order {
        out.extend_from_slice(&keys[i].to_le_bytes());
    }
    for &i in &order {
        for t in 0..NT {
            out.extend_from_slice(&q(weights[i * NT + t]).to_le_bytes());
        }
    }
    out
}

/// Reusable Viterbi buffers.
#[derive(Default)]
pub struct Decoder {
    alpha: Vec<f32>,
    beta: Vec<f32>,
    back: Vec<u8>,
    pub tags: Vec<u8>,
    /// Per word: margin of the chosen tag over the best other tag (max-marginals), when requested.
    pub margins: Vec<f32>,
}

impl Decoder {
    /// Best BIO-valid tag sequence for `n` words with emissions `emit[i·NT + t]`.
    pub fn decode(&mut self, n: usize, emit: &[f32], trans: &[f32], with_margins: bool) {
        self.tags.clear();
        if n == 0 {
            return;
        }
        let neg = f32::NEG_INFINITY;
        self.alpha.clear();
        self.alpha.resize(n * NT, neg);
        self.back.clear();
        self.back.resize(n * NT, 0);
        for t in 0..NT {
            if allowed(START, t) {
                self.alpha[t] = trans[START * NT + t] + emit[t];
            }
        }
        for i in 1..n {
            for t in 0..NT {
                let mut best = neg;
                let mut arg = 0u8;
                for p in 0..NT {
                    if !allowed(p, t) {
                        continue;
                    }
                    let s = self.alpha[(i - 1) * NT + p] + trans[p * NT + t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                self.alpha[i * NT + t] = best + emit[i * NT + t];
                self.back[i * NT + t] = arg;
            }
        }
        let last = &self.alpha[(n - 1) * NT..];
        let mut t = (0..NT).fold(0, |b, t| if last[t] > last[b] { t } else { b });
        self.tags.resize(n, 0);
        for i in (0..n).rev() {
            self.tags[i] = t as u8;
            t = self.back[i * NT + t] as usize;
        }
        if !with_margins {
            return;
        }
        self.beta.clear();
        self.beta.resize(n * NT, neg);
        for t in 0..NT {
            self.beta[(n - 1) * NT + t] = 0.0;
        }
        for i in (0..n - 1).rev() {
            for t in 0..NT {
                let mut best = neg;
                for u in 0..NT {
                    if allowed(t, u) {
                        best = best.max(trans[t * NT + u] + emit[(i + 1) * NT + u] + self.beta[(i + 1) * NT + u]);
                    }
                }
                self.beta[i * NT + t] = best;
            }
        }
        self.margins.clear();
        for i in 0..n {
            let chosen = self.tags[i] as usize;
            let mm = |t: usize| self.alpha[i * NT + t] + self.beta[i * NT + t];
            let other = (0..NT).filter(|&t| t != chosen).map(mm).fold(neg, f32::max);
            self.margins.push(mm(chosen) - other);
        }
    }
}
