//! A fixed table from a word's stem and whether it has the article to a value, for the per-word vocabulary
//! lookup: nearly every word of a text misses it, so a miss must cost one cheap hash of the word and one bit
//! test, with no string comparison and no branch that depends on the word's shape.

pub struct Table<V> {
    /// Bloom filter of one bit per key, thirty-two bits per key (about one miss in thirty passes it): one
    /// bit costs fewer instructions per word than two in a quarter of the space, and the lookup runs on
    /// every word of a text.
    bloom: Vec<u64>,
    /// 64 minus the number of bits of a filter bit's index.
    bloom_shift: u32,
    /// Open addressing with linear probing; a key's hash, place and value share one slot.
    slots: Vec<Slot<V>>,
    /// 64 minus the number of bits of a slot's index (taken from the top of the hash, as the filter's).
    slot_shift: u32,
    /// The keys, one after another.
    keys: String,
}

struct Slot<V> {
    hash: u64,
    /// Where the key starts in `keys`.
    at: u32,
    /// Length of the key (`EMPTY` for an empty slot).
    len: u16,
    article: bool,
    val: V,
}

const EMPTY: u16 = u16::MAX;

/// Hash of a key: its first, middle and last four bytes, its length and the article flag, in one multiply
/// whose top bits pick the filter bit and the slot. Arabic letters are two bytes, so four bytes are two letters;
/// the few words that share those and the length with a key only cost a compare of the key. A stem of one
/// letter (under four bytes) is the only shape that branches elsewhere, and it is rare enough to be
/// predicted.
#[inline(always)]
fn hash(b: &[u8], article: bool) -> u64 {
    let n = b.len();
    let (x, mid) = match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(f), Some(l)) => {
            // SAFETY: with n >= 4, the four bytes from n / 2 - 2 end at n / 2 + 2 <= n. Without the bounds
            // check the middle costs three instructions, and words of five letters and more that share
            // their first and last two with a key no longer hash alike.
            let mid = unsafe { b.as_ptr().add(n / 2 - 2).cast::<u32>().read_unaligned() };
            (u32::from_le_bytes(*f) as u64 | (u32::from_le_bytes(*l) as u64) << 32, mid as u64)
        }
        _ if n > 0 => (b[0] as u64 | (b[n - 1] as u64) << 8, 0),
        _ => (0, 0),
    };
    // Folded multiply: every input bit reaches the high bits, which pick the filter bit and the slot.
    let r = ((x ^ 0x243f_6a88_85a3_08d3) as u128) * (((n as u64) << 1 | article as u64 | mid << 32 ^ 0x1319_8a2e_0370_7344) as u128);
    (r as u64) ^ (r >> 64) as u64
}

impl<V: Copy + Default> Table<V> {
    pub fn new(items: Vec<((String, bool), V)>) -> Table<V> {
        let cap = (items.len() * 2).next_power_of_two().max(16);
        let slot_shift = 64 - cap.trailing_zeros();
        // At least two words, so that the shift stays below 64.
        let words = (items.len() / 2).next_power_of_two().max(2);
        let empty = Slot { hash: 0, at: 0, len: EMPTY, article: false, val: V::default() };
        let mut t = Table { bloom: vec![0; words], bloom_shift: 64 - 6 - words.trailing_zeros(), slots: (0..cap).map(|_| Slot { ..empty }).collect(), slot_shift, keys: String::new() };
        for ((k, article), val) in items {
            assert!(k.len() < EMPTY as usize, "numtime table: key too long");
            let h = hash(k.as_bytes(), article);
            let (w, bit) = t.bloom_bit(h);
            t.bloom[w] |= bit;
            assert!(t.find(h, &k, article).is_none(), "numtime table: duplicate key {k}");
            let mut i = (h >> t.slot_shift) as usize;
            while t.slots[i].len != EMPTY {
                i = (i + 1) & (t.slots.len() - 1);
            }
            let at = t.keys.len() as u32;
            t.keys.push_str(&k);
            t.slots[i] = Slot { hash: h, at, len: k.len() as u16, article, val };
        }
        t
    }

    #[inline(always)]
    fn bloom_bit(&self, h: u64) -> (usize, u64) {
        // The top bits (the best mixed of a product) index the bit.
        let b = (h >> self.bloom_shift) as usize;
        (b >> 6, 1 << (b & 63))
    }

    /// The value of stem `k` with the article (`article`) or without.
    #[inline(always)]
    pub fn get(&self, k: &str, article: bool) -> Option<&V> {
        let h = hash(k.as_bytes(), article);
        let (w, bit) = self.bloom_bit(h);
        if self.bloom[w] & bit == 0 {
            return None;
        }
        self.find(h, k, article)
    }

    /// The slots of a hash that passed the filter.
    #[inline(never)]
    fn find(&self, h: u64, k: &str, article: bool) -> Option<&V> {
        let mut i = (h >> self.slot_shift) as usize;
        loop {
            let s = &self.slots[i];
            if s.len == EMPTY {
                return None;
            }
            if s.hash == h && s.len as usize == k.len() && s.article == article && &self.keys[s.at as usize..s.at as usize + k.len()] == k {
                return Some(&s.val);
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let words = ["ال", "امس", "الخميس", "وامس", "فبراير", "ثلاثمائه", "الثمانينيات", "a", "", "ab", "abc", "abcde", "12345678901234567"];
        let mut items: Vec<((String, bool), usize)> = words.iter().enumerate().map(|(i, w)| ((w.to_string(), false), i)).collect();
        // A stem with the article is another key than the same letters without it.
        items.push((("خميس".to_string(), true), 100));
        let t = Table::new(items);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w, false), Some(&i), "{w}");
        }
        assert_eq!(t.get("خميس", true), Some(&100));
        assert_eq!(t.get("خميس", false), None);
        assert_eq!(t.get("امس", true), None);
        // The last ones hash like a key (same length, same first, middle and last four bytes).
        for w in ["الا", "امسي", "خميس", "b", "abd", "aXc", "abXde", "12345678901234568", "1234567890123456", "12345678X01234567", "1234567890X234567"] {
            assert_eq!(t.get(w, false), None, "{w}");
        }
    }
}
