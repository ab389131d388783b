//! A per-thread memo for pure functions of one short word: a direct-mapped table whose slots hold the word's bytes
//! inline, so a lookup touches one cache line and compares the whole word (a hit is always the same word; a slot
//! keeps the last word that hashed there). Longer words are not memoized.

/// Longest word, in UTF-8 bytes, that a slot holds.
const KEY: usize = 38;

#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Slot<V: Copy> {
    /// Byte length of the word; 0 for an empty slot (the empty word is never stored).
    len: u8,
    key: [u8; KEY],
    value: V,
}

pub struct WordMemo<V: Copy> {
    slots: Vec<Slot<V>>,
}

impl<V: Copy> WordMemo<V> {
    /// `bits`: log2 of the slot count.
    pub fn new(bits: u32, fill: V) -> WordMemo<V> {
        WordMemo { slots: vec![Slot { len: 0, key: [0; KEY], value: fill }; 1 << bits] }
    }

    /// `f(word)`, computed once per word as long as its slot is not taken by another word.
    #[inline]
    pub fn get_or(&mut self, word: &str, f: impl FnOnce(&str) -> V) -> V {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > KEY {
            return f(word);
        }
        let mut h: u64 = b.len() as u64;
        for &x in b {
            h = (h.rotate_left(5) ^ x as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        let mask = self.slots.len() - 1;
        let slot = &mut self.slots[((h >> 32) ^ h) as usize & mask];
        if slot.len as usize == b.len() && &slot.key[..b.len()] == b {
            return slot.value;
        }
        let v = f(word);
        slot.len = b.len() as u8;
        slot.key[..b.len()].copy_from_slice(b);
        slot.value = v;
        v
    }
}

#[cfg(test)]
mod tests {
    use super::WordMemo;

    #[test]
    fn hits_only_the_same_word() {
        // Two slots: words collide, and a collision must recompute, never return the other word's value.
        let mut m = WordMemo::new(1, 0usize);
        let words = ["الأذري", "روسي", "أرمينيا", "الروسية", "باكو", "x", "الأذري"];
        for _ in 0..3 {
            for w in words {
                assert_eq!(m.get_or(w, |w| w.len()), w.len());
            }
        }
        let long = "كلمةطويلةجداتتجاوزحدالذاكرة";
        assert_eq!(m.get_or(long, |w| w.chars().count()), long.chars().count());
    }
}
