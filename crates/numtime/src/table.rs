//! A fixed table from a word's stem and whether it has the article to a value, for the per-word vocabulary
//! lookup: nearly every word of a text misses it, so a miss must cost one bit test on the stem's hash, which
//! the text layer has already computed (`Word::stem_hash`), with no read of the string.

pub struct Table<V> {
    /// Bloom filter of one bit per key, thirty-two bits per key (about one miss in thirty passes it): one
    /// bit costs fewer instructions per word than two in a quarter of the space, and the lookup runs on
    /// every word of a text.
    bloom: Vec<u64>,
    /// 64 minus the number of bits of a filter bit's index.
    bloom_shift: u32,
    /// Open addressing with linear probing, by the top bits of the hash: a slot holds the hash and the
    /// index of its key and value in `keys` and `vals`, so that the probed array stays small.
    slots: Vec<(u64, u32)>,
    /// 64 minus the number of bits of a slot's index.
    slot_shift: u32,
    keys: Vec<(String, bool)>,
    vals: Vec<V>,
}

const EMPTY: u32 = u32::MAX;

/// The hash of a stem with the article flag: the text layer's `Word::stem_hash`, changed in every bit by the flag.
#[inline(always)]
fn hash(stem_hash: u64, article: bool) -> u64 {
    stem_hash ^ (0x9e37_79b9_7f4a_7c15 & 0u64.wrapping_sub(article as u64))
}

impl<V: Copy> Table<V> {
    pub fn new(items: Vec<((String, bool), V)>) -> Table<V> {
        let cap = (items.len() * 2).next_power_of_two().max(16);
        // At least two words, so that the shift stays below 64.
        let words = (items.len() / 2).next_power_of_two().max(2);
        let mut t = Table { bloom: vec![0; words], bloom_shift: 64 - 6 - words.trailing_zeros(), slots: vec![(0, EMPTY); cap], slot_shift: 64 - cap.trailing_zeros(), keys: vec![], vals: vec![] };
        for ((k, article), val) in items {
            let h = hash(rasd_text::hash_bytes(k.as_bytes()), article);
            assert!(t.find(h, &k, article).is_none(), "numtime table: duplicate key {k}");
            let (w, bit) = t.bloom_bit(h);
            t.bloom[w] |= bit;
            let mut i = (h >> t.slot_shift) as usize;
            while t.slots[i].1 != EMPTY {
                i = (i + 1) & (cap - 1);
            }
            t.slots[i] = (h, t.keys.len() as u32);
            t.keys.push((k, article));
            t.vals.push(val);
        }
        t
    }

    #[inline(always)]
    fn bloom_bit(&self, h: u64) -> (usize, u64) {
        // The top bits index the bit.
        let b = (h >> self.bloom_shift) as usize;
        (b >> 6, 1 << (b & 63))
    }

    /// The value of stem `k` (whose `stem_hash` is `stem_hash`) with the article (`article`) or without.
    #[inline(always)]
    pub fn get(&self, stem_hash: u64, k: &str, article: bool) -> Option<&V> {
        let h = hash(stem_hash, article);
        let (w, bit) = self.bloom_bit(h);
        if self.bloom[w] & bit == 0 {
            return None;
        }
        self.find(h, k, article)
    }

    /// The slots of a hash that passed the filter; a hit is confirmed on the key itself.
    #[inline(never)]
    fn find(&self, h: u64, k: &str, article: bool) -> Option<&V> {
        let mut i = (h >> self.slot_shift) as usize;
        loop {
            let (sh, at) = self.slots[i];
            if at == EMPTY {
                return None;
            }
            if sh == h {
                let (key, a) = &self.keys[at as usize];
                if *a == article && same(key.as_bytes(), k.as_bytes()) {
                    return Some(&self.vals[at as usize]);
                }
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

/// Byte equality of a key and a word's stem, inline: a stem that reaches this is nearly always the key, and
/// most are at most sixteen bytes, which two overlapping eight-byte reads compare without a call.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    match (a.first_chunk::<8>(), a.last_chunk::<8>(), b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(af), Some(al), Some(bf), Some(bl)) if a.len() <= 16 => af == bf && al == bl,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    fn get<'a>(t: &'a Table<usize>, w: &str, article: bool) -> Option<&'a usize> {
        t.get(rasd_text::hash_bytes(w.as_bytes()), w, article)
    }

    #[test]
    fn finds_every_key_and_nothing_else() {
        let words = ["ال", "امس", "الخميس", "وامس", "فبراير", "ثلاثمائه", "الثمانينيات", "a", "", "ab", "abc", "abcde", "12345678901234567"];
        let mut items: Vec<((String, bool), usize)> = words.iter().enumerate().map(|(i, w)| ((w.to_string(), false), i)).collect();
        // A stem with the article is another key than the same letters without it.
        items.push((("خميس".to_string(), true), 100));
        let t = Table::new(items);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(get(&t, w, false), Some(&i), "{w}");
        }
        assert_eq!(get(&t, "خميس", true), Some(&100));
        assert_eq!(get(&t, "خميس", false), None);
        assert_eq!(get(&t, "امس", true), None);
        for w in ["الا", "امسي", "خميس", "b", "abd", "aXc", "abXde", "12345678901234568", "1234567890123456", "12345678X01234567", "1234567890X234567"] {
            assert_eq!(get(&t, w, false), None, "{w}");
        }
        // A hash that passes the filter and finds a slot still has to be the key's: the wrong string with
        // a key's hash is no hit.
        assert_eq!(t.get(rasd_text::hash_bytes("امس".as_bytes()), "امسي", false), None);
    }
}
