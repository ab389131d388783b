//! Feature extraction: every feature is a 64-bit hash of a template id and the bytes of its parts, written into a
//! reusable buffer. No per-feature allocation; per-sentence strings live in one reused arena.

use crate::resources::{Lex, Resources};
use rasd_text::{Word, WordKind};

/// Hash of a byte string: the text layer's, so that a word's `stem_hash` is this hash of its stem.
pub use rasd_text::hash_bytes;

/// Final avalanche (murmur3 fmix64) so that the low bits index a table well.
#[inline]
fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

#[inline]
fn salt(t: u8) -> u64 {
    (t as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A feature of one template and one value.
#[inline]
fn f1(t: u8, a: u64) -> u64 {
    mix(a ^ salt(t))
}

/// A feature of one template and two values (order matters).
#[inline]
fn f2(t: u8, a: u64, b: u64) -> u64 {
    mix(mix(a ^ salt(t)).wrapping_add(b).wrapping_mul(0x2545_f491_4f6c_dd1d))
}

/// Template ids. Append new ones at the end: ids are part of the trained model.
#[rustfmt::skip]
mod t {
    pub const BIAS: u8 = 0; pub const KEY: u8 = 1; pub const BARE: u8 = 2; pub const BODY: u8 = 3; pub const CLITIC: u8 = 4;
    pub const PRE: u8 = 5; pub const SUF: u8 = 6; pub const SHAPE: u8 = 7; pub const KEY_AT: u8 = 8; pub const BARE_AT: u8 = 9;
    pub const BIGRAM_L: u8 = 10; pub const BIGRAM_R: u8 = 11; pub const CLUSTER: u8 = 12; pub const CLUSTER_AT: u8 = 13;
    pub const GAZ: u8 = 14; pub const PER_FIRST: u8 = 15; pub const PER_LAST: u8 = 16; pub const CUE_END_AT: u8 = 17;
    pub const CUE_START_AT: u8 = 18; pub const SHAPE_AT: u8 = 19; pub const CLUSTER_PAIR: u8 = 20; pub const GAZ_AT: u8 = 21;
    pub const FIRST: u8 = 22; pub const PREFIX_BODY: u8 = 23; pub const CLUSTER_ART: u8 = 24; pub const PER_AT: u8 = 25;
}

/// What a word contributes to its own and its neighbours' features.
struct Info {
    key: u64,
    bare: u64,
    body: u64,
    cl: [u16; 3],
    pf: bool,
    pl: bool,
}

/// Reusable buffers for one sentence.
#[derive(Default)]
pub struct Scratch {
    arena: String,
    body: Vec<(u32, u32)>,
    buf: String,
    /// Gazetteer position per word: 0 none, else (pos << 2 | flags), pos 1=B 2=I 3=E 4=S.
    gaz: Vec<u8>,
    cue_start: Vec<u8>,
    cue_end: Vec<u8>,
    shape: Vec<u8>,
    info: Vec<Info>,
    lex: Vec<Lex>,
    body_hash: Vec<u64>,
    pub feats: Vec<u64>,
    /// Start of each word's features in `feats` (one extra at the end).
    pub offsets: Vec<u32>,
}

/// Byte offset after the first `n` chars of `s`.
#[inline]
fn char_off(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len())
}

/// Byte offset of the last `n` chars of `s` (0 when shorter).
#[inline]
fn char_off_end(s: &str, n: usize) -> usize {
    s.char_indices().rev().nth(n.saturating_sub(1)).map(|(i, _)| i).unwrap_or(0)
}

fn shape_of(w: &Word, chars: &[char]) -> u8 {
    match w.kind {
        WordKind::Arabic => {
            let n = w.bare.chars().count();
            [1, 1, 2, 3, 4, 5, 5, 6][n.min(7)]
        }
        WordKind::Number => 10 + (w.end - w.start).min(5) as u8,
        WordKind::Latin => {
            let s = &chars[w.start..w.end];
            let up = s.iter().filter(|c| c.is_uppercase()).count();
            if up == s.len() { 20 } else if s[0].is_uppercase() { 21 } else { 22 }
        }
        WordKind::Punct => 30,
    }
}

impl Scratch {
    /// Longest list match starting at word `i`: (length in words, flags).
    fn longest(&mut self, i: usize, n: usize, map: &rustc_hash::FxHashMap<String, u8>, prefix: &rustc_hash::FxHashSet<String>, max: usize, single: (u8, bool)) -> (usize, u8) {
        // Most words open no multi-word entry: the per-word lookup already answered.
        if !single.1 {
            return if single.0 != 0 { (1, single.0) } else { (0, 0) };
        }
        let mut best = (0, 0);
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        for j in i..n.min(i + max) {
            if j > i {
                buf.push(' ');
            }
            let (a, b) = self.body[j];
            if a == b {
                break;
            }
            buf.push_str(&self.arena[a as usize..b as usize]);
            if let Some(&f) = map.get(buf.as_str()) {
                best = (j - i + 1, f);
            }
            if !prefix.contains(buf.as_str()) {
                break;
            }
        }
        self.buf = buf;
        best
    }
}

/// Per-sentence analysis shared by all features: word bodies, list lookups, multi-word matches, hashes.
pub fn prepare(words: &[Word], chars: &[char], res: &Resources, s: &mut Scratch) {
    let n = words.len();
    s.arena.clear();
    s.body.clear();
    s.shape.clear();
    for w in words {
        let a = s.arena.len() as u32;
        if w.kind == WordKind::Arabic {
            let sp = w.split;
            if sp.article > 0 {
                s.arena.push_str("ال");
                let k = char_off(&w.key, (sp.conj + sp.prep + sp.article) as usize);
                s.arena.push_str(&w.key[k..]);
            } else {
                let k = char_off(&w.key, (sp.conj + sp.prep) as usize);
                s.arena.push_str(&w.key[k..]);
            }
        } else if w.kind == WordKind::Latin {
            s.arena.push_str(&w.key);
        }
        s.body.push((a, s.arena.len() as u32));
        s.shape.push(shape_of(w, chars));
    }
    s.lex.clear();
    s.body_hash.clear();
    for i in 0..n {
        let (a, b) = s.body[i];
        let h = hash_bytes(&s.arena.as_bytes()[a as usize..b as usize]);
        s.body_hash.push(h);
        s.lex.push(if a == b { Lex::default() } else { res.lex.get(&h).copied().unwrap_or_default() });
    }
    // Gazetteer: greedy longest match, left to right.
    s.gaz.clear();
    s.gaz.resize(n, 0);
    let mut i = 0;
    while i < n {
        let l = s.lex[i];
        let (len, f) = s.longest(i, n, &res.gaz, &res.gaz_prefix, res.gaz_max_words, (l.gaz, l.gaz_prefix));
        if len == 0 {
            i += 1;
            continue;
        }
        for j in i..i + len {
            let pos = if len == 1 { 4 } else if j == i { 1 } else if j + 1 == i + len { 3 } else { 2 };
            s.gaz[j] = pos << 2 | f;
        }
        i += len;
    }
    // Cues: every start (they may overlap: "رئيس الوزراء" inside "نائب رئيس الوزراء").
    s.cue_start.clear();
    s.cue_start.resize(n, 0);
    s.cue_end.clear();
    s.cue_end.resize(n, 0);
    for i in 0..n {
        let l = s.lex[i];
        let (len, f) = s.longest(i, n, &res.cues, &res.cue_prefix, res.cue_max_words, (l.cue, l.cue_prefix));
        if len > 0 {
            s.cue_start[i] |= f;
            s.cue_end[i + len - 1] |= f;
        }
    }
    // Per-word hashes and lookups, computed once and shared by the word's neighbours.
    s.info.clear();
    for i in 0..n {
        let w = &words[i];
        let bare = w.stem_hash;
        s.info.push(Info {
            key: hash_bytes(w.key.as_bytes()),
            bare,
            body: s.body_hash[i],
            cl: res.clusters.get(&bare).copied().unwrap_or([u16::MAX; 3]),
            pf: s.lex[i].per_first,
            pl: s.lex[i].per_last,
        });
    }
}

/// What a word shows to its neighbours' features.
#[derive(Clone, Copy)]
pub struct Nb {
    key: u64,
    bare: u64,
    cl: [u16; 3],
    shape: u8,
}

/// Offsets of the neighbour features, in the order of `Cached::nb`.
pub const NB_OFFSETS: [isize; 4] = [-2, -1, 1, 2];

impl Scratch {
    pub fn len(&self) -> usize {
        self.info.len()
    }

    pub fn is_empty(&self) -> bool {
        self.info.is_empty()
    }

    /// Word `j` as a neighbour (`j` may lie outside the sentence: the edge markers).
    pub fn nb(&self, j: isize) -> Nb {
        let n = self.info.len() as isize;
        if j < 0 || j >= n {
            let e = if j < 0 { 0xb05 } else { 0xe05 };
            return Nb { key: e, bare: e, cl: [u16::MAX - 1; 3], shape: if j < 0 { 254 } else { 255 } };
        }
        let x = &self.info[j as usize];
        Nb { key: x.key, bare: x.bare, cl: x.cl, shape: self.shape[j as usize] }
    }

    /// A key that determines every intrinsic and neighbour feature of word `i`: its folded form, clitic split,
    /// kind and shape (the bare form, body, clusters and list entries all follow from these).
    pub fn word_class(&self, w: &Word, i: usize) -> u64 {
        let sp = w.split;
        f2(0xc0, self.info[i].key, u64::from_le_bytes([sp.conj, sp.prep, sp.article, sp.enclitic, w.kind as u8, self.shape[i], 0, 0]))
    }
}

/// Features of word `i` that depend on the word alone. The first LEXICAL (3) are its own forms (training hides
/// them at random).
pub fn intrinsic(w: &Word, i: usize, s: &Scratch, f: &mut Vec<u64>) {
    let me = &s.info[i];
    f.push(f1(t::KEY, me.key));
    f.push(f1(t::BARE, me.bare));
    f.push(f1(t::BODY, me.body));
    let sp = w.split;
    f.push(f1(t::CLITIC, u64::from_le_bytes([sp.conj, sp.prep, sp.article, (sp.enclitic > 0) as u8, w.kind as u8, 0, 0, 0])));
    f.push(f1(t::SHAPE, s.shape[i] as u64));
    if w.kind == WordKind::Arabic || w.kind == WordKind::Latin {
        let bare = w.bare.as_str();
        for k in 1..=3usize {
            let p = char_off(bare, k);
            f.push(f2(t::PRE, k as u64, hash_bytes(&bare.as_bytes()[..p])));
            let q = char_off_end(bare, k);
            f.push(f2(t::SUF, k as u64, hash_bytes(&bare.as_bytes()[q..])));
        }
        let (ba, bb) = s.body[i];
        let body = &s.arena[ba as usize..bb as usize];
        let p = char_off(body, 2);
        f.push(f1(t::PREFIX_BODY, hash_bytes(&body.as_bytes()[..p])));
    }
    let c0 = me.cl;
    for (lvl, &c) in c0.iter().enumerate() {
        f.push(f2(t::CLUSTER, lvl as u64, c as u64));
    }
    f.push(f2(t::CLUSTER_ART, (sp.article.min(1) * 2 + (sp.conj + sp.prep).min(1)) as u64, c0[2] as u64));
    let (pf, pl) = (me.pf as u64, me.pl as u64);
    if pf > 0 {
        f.push(f1(t::PER_FIRST, pl));
    }
    if pl > 0 {
        f.push(f1(t::PER_LAST, pf));
    }
}

/// Features a word contributes to the word `d` positions away from it.
pub fn neighbour(d: isize, x: Nb, f: &mut Vec<u64>) {
    f.push(f2(t::KEY_AT, d as u64, x.key));
    f.push(f2(t::SHAPE_AT, d as u64, x.shape as u64));
    if d.abs() == 1 {
        f.push(f2(t::BARE_AT, d as u64, x.bare));
    }
    f.push(f2(t::CLUSTER_AT, (d + 8) as u64, x.cl[1] as u64));
    if d.abs() == 1 {
        f.push(f2(t::CLUSTER_AT, (d + 16) as u64, x.cl[2] as u64));
    }
}

/// Features of word `i` that join it with its neighbours or the lists' multi-word matches.
pub fn context(i: usize, s: &Scratch, f: &mut Vec<u64>) {
    let n = s.info.len();
    let ii = i as isize;
    let me = &s.info[i];
    if i == 0 {
        f.push(f1(t::FIRST, s.shape[i] as u64));
    }
    let (prev, next) = (s.nb(ii - 1), s.nb(ii + 1));
    f.push(f2(t::BIGRAM_L, prev.bare, me.bare));
    f.push(f2(t::BIGRAM_R, me.bare, next.bare));
    f.push(f2(t::CLUSTER_PAIR, prev.cl[1] as u64, me.cl[1] as u64));
    f.push(f2(t::CLUSTER_PAIR, me.cl[1] as u64 | 1 << 20, next.cl[1] as u64));
    f.push(f1(t::GAZ, s.gaz[i] as u64));
    for d in [-1isize, 1] {
        let j = ii + d;
        let g = if j < 0 || j as usize >= n { 0 } else { s.gaz[j as usize] };
        f.push(f2(t::GAZ_AT, d as u64, g as u64));
    }
    if i > 0 {
        f.push(f1(t::PER_AT, (s.info[i - 1].pf as u64) << 2 | (me.pf as u64) << 1 | me.pl as u64));
    }
    // Cues: a title that ends one or two words before (a nationality adjective may stand between: "وزير
    // الخارجية الروسي سيرغي لافروف"), an organisation head at or before this word, a title after a comma.
    for d in [-2isize, -1, 0, 1, 2] {
        let j = ii + d;
        if j < 0 || j as usize >= n {
            continue;
        }
        let (st, en) = (s.cue_start[j as usize], s.cue_end[j as usize]);
        if en != 0 && d <= 0 {
            f.push(f2(t::CUE_END_AT, (d + 8) as u64, en as u64));
        }
        if st != 0 {
            f.push(f2(t::CUE_START_AT, (d + 8) as u64, st as u64));
        }
    }
}

/// The bias feature (every word has it).
pub fn bias() -> u64 {
    f1(t::BIAS, 0)
}

/// Extract the features of every word of `words` (one sentence) into `s.feats` / `s.offsets`: the bias, the
/// word's intrinsic features, its neighbours' and its context features.
pub fn extract(words: &[Word], chars: &[char], res: &Resources, s: &mut Scratch) {
    prepare(words, chars, res, s);
    let mut f = std::mem::take(&mut s.feats);
    f.clear();
    s.offsets.clear();
    for i in 0..words.len() {
        s.offsets.push(f.len() as u32);
        f.push(bias());
        intrinsic(&words[i], i, s, &mut f);
        for d in NB_OFFSETS {
            neighbour(d, s.nb(i as isize + d), &mut f);
        }
        context(i, s, &mut f);
    }
    s.offsets.push(f.len() as u32);
    s.feats = f;
}
