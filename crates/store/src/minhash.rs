//! Near-duplicate detection: MinHash over normalized word 3-shingles, with LSH banding to find candidates. With
//! 16 bands of 4 rows, a pair of Jaccard similarity 0.7 becomes a candidate with probability 0.99, 0.5 with 0.64.

/// Hash functions in a signature.
pub const HASHES: usize = 64;
/// Rows per LSH band; `HASHES / ROWS` bands.
const ROWS: usize = 4;
/// LSH bands in a signature.
pub const BANDS: usize = HASHES / ROWS;
/// Estimated Jaccard similarity from which a document is a near-duplicate of an earlier one.
pub const THRESHOLD: f64 = 0.5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature(pub Vec<u64>);

fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer: a fast, well-distributed 64-bit permutation.
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58476d1ce4e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// The multipliers (odd) and offsets of the hash functions, computed once.
fn coefficients() -> &'static ([u64; HASHES], [u64; HASHES]) {
    static C: std::sync::OnceLock<([u64; HASHES], [u64; HASHES])> = std::sync::OnceLock::new();
    C.get_or_init(|| (std::array::from_fn(|i| mix(2 * i as u64 + 1) | 1), std::array::from_fn(|i| mix(2 * i as u64 + 2))))
}

fn shingles(text: &str) -> Vec<u64> {
    // rasd's key folding without `key`'s whitespace collapsing: whitespace separates words either way.
    let key = rasd_text::normalize(text, rasd_text::Fold::KEY);
    let words: Vec<u64> = key
        .split(|c: char| !crate::search::is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| rasd_text::hash_bytes(w.as_bytes()))
        .collect();
    if words.len() < 3 {
        return words;
    }
    words.windows(3).map(|w| mix(w[0] ^ mix(w[1] ^ mix(w[2])))).collect()
}

/// Hash i of a shingle is a_i * x + b_i over its mixed value x (a_i odd): one multiply-add per function; the
/// signature keeps each function's minimum over the shingles.
#[inline(always)]
fn minima_scalar(shingles: &[u64]) -> [u64; HASHES] {
    let (a, b) = coefficients();
    let mut sig = [u64::MAX; HASHES];
    for &s in shingles {
        for i in 0..HASHES {
            sig[i] = sig[i].min(a[i].wrapping_mul(s).wrapping_add(b[i]));
        }
    }
    sig
}

/// The same loop compiled for AVX-512 (64-bit lane multiplies: eight functions an instruction): the signature
/// cost 7% of the store's time in scalar code. Same arithmetic, so the same signatures as stored databases hold.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq")]
fn minima_avx512(shingles: &[u64]) -> [u64; HASHES] {
    minima_scalar(shingles)
}

fn minima(shingles: &[u64]) -> [u64; HASHES] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") && std::arch::is_x86_feature_detected!("avx512dq") {
        // SAFETY: the CPU has the features `minima_avx512` is compiled for (checked just above).
        return unsafe { minima_avx512(shingles) };
    }
    minima_scalar(shingles)
}

impl Signature {
    /// The signature of a text; None when it has no words.
    pub fn of(text: &str) -> Option<Signature> {
        let sh = shingles(text);
        if sh.is_empty() {
            return None;
        }
        Some(Signature(minima(&sh).to_vec()))
    }

    /// The estimated Jaccard similarity of two signatures.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / HASHES as f64
    }

    /// One key per band, band number mixed in; stored as SQLite integers.
    pub fn band_keys(&self) -> Vec<i64> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(b, rows)| rows.iter().fold(mix(b as u64 + 1), |acc, &r| mix(acc ^ r)) as i64)
            .collect()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        (b.len() == HASHES * 8).then(|| Signature(b.chunks(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_texts_score_high_and_others_low() {
        let a = "قال الجيش الإسرائيلي إنه قصف مواقع في قطاع غزة ليلة الأحد، وأعلنت وزارة الصحة سقوط قتلى وجرحى في الغارات على المنطقة الشرقية من المدينة";
        let b = a.replace("ليلة الأحد", "فجر الاثنين");
        let c = "افتتح المهرجان السينمائي دورته الجديدة بعرض فيلم مصري طويل وسط حضور كبير من النجوم والنقاد في القاهرة";
        let (sa, sb, sc) = (Signature::of(a).unwrap(), Signature::of(&b).unwrap(), Signature::of(c).unwrap());
        assert!(sa.similarity(&sb) > 0.6, "{}", sa.similarity(&sb));
        assert!(sa.similarity(&sc) < 0.1);
        assert_eq!(Signature::from_bytes(&sa.to_bytes()), Some(sa.clone()));
        assert_eq!(sa.band_keys().len(), HASHES / ROWS);
        assert!(Signature::of("  ،  ").is_none());
        // The vector path (where the CPU has it) computes exactly the scalar minima.
        let sh = shingles(a);
        assert_eq!(minima(&sh), minima_scalar(&sh));
        assert_eq!(sa.0, minima_scalar(&sh).to_vec());
    }
}
