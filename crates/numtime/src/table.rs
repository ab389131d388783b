//! A fixed string → value table for the per-word vocabulary lookup: nearly every word of a text misses it,
//! so a miss must cost one cheap hash of the word and one bit test, with no string comparison.

/// Bits of the Bloom filter in front of the table (4 KB: stays in L1 cache across a text).
const BLOOM_BITS: u32 = 15;

pub struct Table<V> {
    bloom: Vec<u64>,
    /// Open addressing with linear probing: (hash, index into `keys`/`vals`), `u32::MAX` for empty.
    slots: Vec<(u64, u32)>,
    mask: usize,
    keys: Vec<Box<str>>,
    vals: Vec<V>,
}

/// Hash of a short string from its length and its first and last eight bytes (most words are shorter than
/// sixteen bytes; longer ones only collide more often, and a hit is always checked against the key).
#[inline(always)]
fn hash(b: &[u8]) -> u64 {
    let n = b.len();
    let (x, y) = if n >= 8 {
        (u64::from_le_bytes(b[..8].try_into().unwrap()), u64::from_le_bytes(b[n - 8..].try_into().unwrap()))
    } else if n >= 4 {
        (u32::from_le_bytes(b[..4].try_into().unwrap()) as u64, u32::from_le_bytes(b[n - 4..].try_into().unwrap()) as u64)
    } else if n > 0 {
        (b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16, 0)
    } else {
        (0, 0)
    };
    // Folded multiply: every input bit reaches the high bits, which pick the filter word and the slot.
    let r = ((x ^ 0x243f_6a88_85a3_08d3 ^ (n as u64) << 56) as u128) * ((y ^ 0x1319_8a2e_0370_7344) as u128);
    (r as u64) ^ (r >> 64) as u64
}

#[inline]
fn bloom_bits(h: u64) -> (usize, u64) {
    ((h >> (64 - (BLOOM_BITS - 6))) as usize, (1 << (h & 63)) | (1 << ((h >> 6) & 63)))
}

impl<V> Table<V> {
    pub fn new(items: Vec<(String, V)>) -> Table<V> {
        let cap = (items.len() * 2).next_power_of_two().max(16);
        let mut t = Table { bloom: vec![0; 1 << (BLOOM_BITS - 6)], slots: vec![(0, u32::MAX); cap], mask: cap - 1, keys: vec![], vals: vec![] };
        for (k, v) in items {
            let h = hash(k.as_bytes());
            let (w, bits) = bloom_bits(h);
            t.bloom[w] |= bits;
            let mut i = (h >> 20) as usize & t.mask;
            while t.slots[i].1 != u32::MAX {
                assert!(*t.keys[t.slots[i].1 as usize] != *k, "numtime table: duplicate key {k}");
                i = (i + 1) & t.mask;
            }
            t.slots[i] = (h, t.keys.len() as u32);
            t.keys.push(k.into_boxed_str());
            t.vals.push(v);
        }
        t
    }

    #[inline(always)]
    pub fn get(&self, k: &str) -> Option<&V> {
        let h = hash(k.as_bytes());
        let (w, bits) = bloom_bits(h);
        if self.bloom[w] & bits != bits {
            return None;
        }
        let mut i = (h >> 20) as usize & self.mask;
        loop {
            let (sh, idx) = self.slots[i];
            if idx == u32::MAX {
                return None;
            }
            if sh == h && *self.keys[idx as usize] == *k {
                return Some(&self.vals[idx as usize]);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let words = ["ال", "امس", "الخميس", "وامس", "فبراير", "ثلاثمائه", "الثمانينيات", "a", "", "ab", "12345678901234567"];
        let t = Table::new(words.iter().enumerate().map(|(i, w)| (w.to_string(), i)).collect());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(&i), "{w}");
        }
        // The last one hashes like a key (same length, same first and last eight bytes).
        for w in ["الا", "امسي", "خميس", "b", "12345678901234568", "1234567890123456", "12345678X01234567"] {
            assert_eq!(t.get(w), None, "{w}");
        }
    }
}
