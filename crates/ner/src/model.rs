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
    t > 0 && t.is_multiple_of(2)
}

/// BIO validity: an I- tag continues a B- or I- of the same label, never starts a sequence.
#[inline]
pub fn allowed(prev: usize, cur: usize) -> bool {
    if !is_inside(cur) {
        return true;
    }
    prev != START && prev > 0 && prev.div_ceil(2) == cur / 2
}

/// One table slot: the high half of a feature hash (0 = empty; the low half chose the slot) with its weights
/// inline as 8-bit codes, so a lookup touches one small line and the whole table stays near the L2 cache: at run
/// time the tagger is bound by memory latency, not arithmetic.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    w: [i8; NT],
}

pub struct Model {
    /// Open-addressing table (linear probing, load ≤ 3/4).
    slots: Vec<Slot>,
    mask: usize,
    n: usize,
    /// Weight of each 8-bit code in units of `unit`: sign · code², fine near zero where most weights are. Integer,
    /// so that sums do not depend on their order (the run-time cache adds the same weights in another order).
    codebook: [i32; 256],
    unit: f32,
    trans: Vec<f32>,
    /// One bit per hash value mod its size, set for every feature in the table: most features of running text
    /// are not in the model, and this small filter (L2-resident) turns their misses into cache hits.
    filter: Vec<u64>,
    filter_mask: usize,
}

/// Hint that `x` will be read soon (a no-op off x86-64). Changes no result.
#[inline(always)]
pub fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    #[allow(unused_unsafe)]
    // SAFETY: a prefetch is a hint; it never faults and reads nothing into the program.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(x as *const T as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

#[inline]
fn fingerprint(h: u64) -> u32 {
    (h >> 32) as u32 | 1
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
        let cap = (n * 4 / 3 + 1).next_power_of_two().max(16);
        let keys_at = at;
        at += n * 8;
        if b.len() < at + n * NT * 2 {
            return Err("model file truncated".into());
        }
        let max = (0..n * NT).map(|k| i16::from_le_bytes([b[at + 2 * k], b[at + 2 * k + 1]]).unsigned_abs()).max().unwrap_or(1).max(1) as f32;
        let mut codebook = [0i32; 256];
        for (c, v) in codebook.iter_mut().enumerate() {
            let q = c as u8 as i8 as i32;
            *v = q.signum() * q * q;
        }
        let unit = max * scale / (127.0 * 127.0);
        let encode = |w: i16| -> i8 {
            let x = w as f32 / max;
            (x.signum() * x.abs().sqrt() * 127.0).round().clamp(-127.0, 127.0) as i8
        };
        let bits = (n * 16).next_power_of_two().max(64);
        let mut m = Model { slots: vec![Slot::default(); cap], mask: cap - 1, n, codebook, unit, trans, filter: vec![0; bits / 64], filter_mask: bits - 1 };
        for r in 0..n {
            let h = u64::from_le_bytes(b[keys_at + r * 8..keys_at + r * 8 + 8].try_into().unwrap());
            let mut w = [0i8; NT];
            for x in w.iter_mut() {
                *x = encode(i16::from_le_bytes(rd(b, &mut at)?));
            }
            let mut p = h as usize & m.mask;
            while m.slots[p].key != 0 {
                p = (p + 1) & m.mask;
            }
            m.slots[p] = Slot { key: fingerprint(h), w };
            let bit = (h >> 20) as usize & m.filter_mask;
            m.filter[bit / 64] |= 1 << (bit % 64);
        }
        Ok(m)
    }

    #[inline]
    fn row(&self, h: u64) -> Option<&[i8; NT]> {
        let bit = (h >> 20) as usize & self.filter_mask;
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let k = fingerprint(h);
        let mut p = h as usize & self.mask;
        loop {
            let s = &self.slots[p];
            if s.key == k {
                return Some(&s.w);
            }
            if s.key == 0 {
                return None;
            }
            p = (p + 1) & self.mask;
        }
    }

    /// Add the weights of these features to `acc` (integer units; see `to_scores`).
    #[inline]
    pub fn add(&self, feats: &[u64], acc: &mut [i32; NT]) {
        // The lookups are independent: ask for every line they will touch first, so the misses overlap.
        for &h in feats {
            let bit = (h >> 20) as usize & self.filter_mask;
            prefetch(&self.filter[bit / 64]);
            prefetch(&self.slots[h as usize & self.mask]);
        }
        for &h in feats {
            if let Some(w) = self.row(h) {
                for t in 0..NT {
                    acc[t] += self.codebook[w[t] as u8 as usize];
                }
            }
        }
    }

    #[inline]
    pub fn to_scores(&self, acc: &[i32; NT], out: &mut [f32]) {
        for t in 0..NT {
            out[t] = acc[t] as f32 * self.unit;
        }
    }

    /// Emission scores of one word from its feature hashes.
    #[inline]
    pub fn emit(&self, feats: &[u64], out: &mut [f32]) {
        let mut acc = [0i32; NT];
        self.add(feats, &mut acc);
        self.to_scores(&acc, out);
    }

    pub fn trans(&self) -> &[f32] {
        &self.trans
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
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
    alpha: Vec<[f32; NT]>,
    beta: Vec<[f32; NT]>,
    back: Vec<[u8; NT]>,
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
        // Invalid BIO transitions become -inf once, so the inner loops are branch-free.
        let mut tr = [[0f32; NT]; NT + 1];
        for (p, row) in tr.iter_mut().enumerate() {
            for (t, x) in row.iter_mut().enumerate() {
                *x = if allowed(p, t) { trans[p * NT + t] } else { neg };
            }
        }
        // Fixed-size rows: the same arithmetic in the same order as indexing flat vectors, without bounds checks.
        let emit: &[[f32; NT]] = emit[..n * NT].as_chunks::<NT>().0;
        self.alpha.clear();
        self.alpha.resize(n, [neg; NT]);
        self.back.clear();
        self.back.resize(n, [0; NT]);
        for t in 0..NT {
            self.alpha[0][t] = tr[START][t] + emit[0][t];
        }
        for i in 1..n {
            let prev = self.alpha[i - 1];
            let e = &emit[i];
            let (cur, back) = (&mut self.alpha[i], &mut self.back[i]);
            for t in 0..NT {
                let mut best = prev[0] + tr[0][t];
                let mut arg = 0u8;
                for p in 1..NT {
                    let s = prev[p] + tr[p][t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                cur[t] = best + e[t];
                back[t] = arg;
            }
        }
        let last = &self.alpha[n - 1];
        let mut t = (0..NT).fold(0, |b, t| if last[t] > last[b] { t } else { b });
        self.tags.resize(n, 0);
        for i in (0..n).rev() {
            self.tags[i] = t as u8;
            t = self.back[i][t] as usize;
        }
        if !with_margins {
            return;
        }
        self.beta.clear();
        self.beta.resize(n, [neg; NT]);
        self.beta[n - 1] = [0.0; NT];
        for i in (0..n - 1).rev() {
            let (next_e, next_b) = (&emit[i + 1], self.beta[i + 1]);
            let cur = &mut self.beta[i];
            for t in 0..NT {
                let mut best = neg;
                for u in 0..NT {
                    best = best.max(tr[t][u] + next_e[u] + next_b[u]);
                }
                cur[t] = best;
            }
        }
        self.margins.clear();
        for i in 0..n {
            let chosen = self.tags[i] as usize;
            let (a, b) = (&self.alpha[i], &self.beta[i]);
            let mm = |t: usize| a[t] + b[t];
            let other = (0..NT).filter(|&t| t != chosen).map(mm).fold(neg, f32::max);
            self.margins.push(mm(chosen) - other);
        }
    }
}
