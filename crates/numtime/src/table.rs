//! A fixed string → value table for the per-word vocabulary lookup: nearly every word of a text misses it,
//! so a miss must cost one cheap hash of the word and one bit test, with no string comparison.

pub struct Table<V> {
    /// Bloom filter of one bit per key, thirty-two bits per key (about one miss in thirty passes it): one
    /// bit costs fewer instructions per word than two in a quarter of the space, and the lookup runs on
    /// every word of a text.
    bloom: Vec<u64>,
    /// 64 minus the number of bits of a filter bit's index.
    bloom_shift: u32,
    /// Open addressing with linear probing; a key, its check and its value share one slot, so that a lookup
    /// reads one cache line past the filter.
    slots: Vec<Slot<V>>,
    mask: usize,
    /// The keys longer than sixteen bytes, one after another.
    long: String,
}

struct Slot<V> {
    /// `parts` of the key: with its length, the whole key when it has at most sixteen bytes.
    x: u64,
    y: u64,
    /// Length of the key (`EMPTY` for an empty slot), and where a longer key starts in `long`.
    len: u16,
    at: u16,
    val: V,
}

const EMPTY: u16 = u16::MAX;

/// A string's first and last eight bytes (four, or three single bytes, when it is shorter): up to sixteen
/// bytes, they and the length tell strings apart.
#[inline(always)]
fn parts(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(f), Some(l)) => (u64::from_le_bytes(*f), u64::from_le_bytes(*l)),
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(f), Some(l)) => (u32::from_le_bytes(*f) as u64, u32::from_le_bytes(*l) as u64),
            _ if n > 0 => (b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16, 0),
            _ => (0, 0),
        },
    }
}

/// Hash of the parts and length (longer strings only collide more often; a hit is always checked).
#[inline(always)]
fn hash(x: u64, y: u64, n: usize) -> u64 {
    // Folded multiply: every input bit reaches the high bits, which pick the filter word and the slot.
    let r = ((x ^ 0x243f_6a88_85a3_08d3 ^ (n as u64) << 56) as u128) * ((y ^ 0x1319_8a2e_0370_7344) as u128);
    (r as u64) ^ (r >> 64) as u64
}

impl<V: Copy + Default> Table<V> {
    pub fn new(items: Vec<(String, V)>) -> Table<V> {
        let cap = (items.len() * 2).next_power_of_two().max(16);
        // At least two words, so that the shift stays below 64.
        let words = (items.len() / 2).next_power_of_two().max(2);
        let empty = Slot { x: 0, y: 0, len: EMPTY, at: 0, val: V::default() };
        let mut t = Table { bloom: vec![0; words], bloom_shift: 64 - 6 - words.trailing_zeros(), slots: (0..cap).map(|_| Slot { ..empty }).collect(), mask: cap - 1, long: String::new() };
        for (k, val) in items {
            assert!(k.len() < EMPTY as usize && t.long.len() + k.len() < EMPTY as usize, "numtime table: key too long");
            let (x, y) = parts(k.as_bytes());
            let h = hash(x, y, k.len());
            let (w, bit) = t.bloom_bit(h);
            t.bloom[w] |= bit;
            assert!(t.find(h, x, y, &k).is_none(), "numtime table: duplicate key {k}");
            let mut i = h as usize & t.mask;
            while t.slots[i].len != EMPTY {
                i = (i + 1) & t.mask;
            }
            let at = t.long.len() as u16;
            if k.len() > 16 {
                t.long.push_str(&k);
            }
            t.slots[i] = Slot { x, y, len: k.len() as u16, at, val };
        }
        t
    }

    #[inline(always)]
    fn bloom_bit(&self, h: u64) -> (usize, u64) {
        // The top bits (the best mixed of a product) index the bit.
        let b = (h >> self.bloom_shift) as usize;
        (b >> 6, 1 << (b & 63))
    }

    #[inline(always)]
    pub fn get(&self, k: &str) -> Option<&V> {
        let (x, y) = parts(k.as_bytes());
        let h = hash(x, y, k.len());
        let (w, bit) = self.bloom_bit(h);
        if self.bloom[w] & bit == 0 {
            return None;
        }
        self.find(h, x, y, k)
    }

    /// The slots of a hash that passed the filter.
    #[inline(never)]
    fn find(&self, h: u64, x: u64, y: u64, k: &str) -> Option<&V> {
        let mut i = h as usize & self.mask;
        loop {
            let s = &self.slots[i];
            if s.len == EMPTY {
                return None;
            }
            if s.x == x && s.y == y && s.len as usize == k.len() && (k.len() <= 16 || &self.long[s.at as usize..s.at as usize + k.len()] == k) {
                return Some(&s.val);
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
        let words = ["ال", "امس", "الخميس", "وامس", "فبراير", "ثلاثمائه", "الثمانينيات", "a", "", "ab", "abc", "abcde", "12345678901234567"];
        let t = Table::new(words.iter().enumerate().map(|(i, w)| (w.to_string(), i)).collect());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(&i), "{w}");
        }
        // The last one hashes like a key (same length, same first and last eight bytes).
        for w in ["الا", "امسي", "خميس", "b", "abd", "aXc", "abXde", "12345678901234568", "1234567890123456", "12345678X01234567"] {
            assert_eq!(t.get(w), None, "{w}");
        }
    }
}
