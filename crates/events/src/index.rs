//! Lookups by word position over the spans the earlier stages found (entities, dates, quantities), built once per
//! document, so that a question about one word or one sentence costs that word or sentence, not the document.
//! Every lookup gives the same spans, in the same list order, as a scan of the whole list would.

use crate::{EntitySpan, QtySpan, TimeSpan};

/// For each word position, the indexes (in list order) of the items attached to it (compressed rows).
#[derive(Debug, Default)]
struct PerWord {
    offsets: Vec<u32>,
    items: Vec<u32>,
}

impl PerWord {
    /// `pairs` gives (word, item) in item order; words at or past `n` are dropped (no query reaches them).
    fn build(n: usize, pairs: impl Iterator<Item = (usize, usize)> + Clone) -> Self {
        let mut offsets = vec![0u32; n + 2];
        for (w, _) in pairs.clone().filter(|&(w, _)| w < n) {
            offsets[w + 2] += 1;
        }
        for k in 2..offsets.len() {
            offsets[k] += offsets[k - 1];
        }
        let mut items = vec![0u32; offsets[n + 1] as usize];
        for (w, i) in pairs.filter(|&(w, _)| w < n) {
            let slot = &mut offsets[w + 1];
            items[*slot as usize] = i as u32;
            *slot += 1;
        }
        offsets.pop();
        PerWord { offsets, items }
    }

    fn at(&self, w: usize) -> &[u32] {
        if w + 1 >= self.offsets.len() {
            return &[];
        }
        &self.items[self.offsets[w] as usize..self.offsets[w + 1] as usize]
    }
}

/// The document's spans by word position.
#[derive(Debug, Default)]
pub struct SpanIndex {
    entity_start: PerWord,
    entity_end: PerWord,
    entity_cover: PerWord,
    time_start: PerWord,
    time_cover: PerWord,
    qty_start: PerWord,
    /// What the argument attachment found once for the document and asks again (args.rs).
    pub(crate) args_memo: std::cell::RefCell<crate::args::Memo>,
    /// The article's framing facts for the status model (factuality.rs), built on first use.
    framing: std::cell::OnceCell<crate::factuality::Framing>,
    /// Whether the article is about a disaster and names no attack (coder.rs), asked by each attack word.
    pub(crate) disaster_article: std::cell::OnceCell<bool>,
    /// The last-name keys of the persons the document names in full with a woman's given name (quotes.rs).
    pub(crate) women_surnames: std::cell::OnceCell<rustc_hash::FxHashSet<String>>,
}

impl SpanIndex {
    pub fn new(words: usize, entities: &[EntitySpan], times: &[TimeSpan], quantities: &[QtySpan]) -> Self {
        let cover = |spans: Vec<(usize, usize)>| {
            PerWord::build(words, spans.into_iter().enumerate().flat_map(|(i, (s, e))| (s..e.min(words)).map(move |w| (w, i))).collect::<Vec<_>>().into_iter())
        };
        SpanIndex {
            entity_start: PerWord::build(words, entities.iter().enumerate().map(|(i, e)| (e.word_start, i))),
            // Ends run to `words` inclusive.
            entity_end: PerWord::build(words + 1, entities.iter().enumerate().map(|(i, e)| (e.word_end, i))),
            entity_cover: cover(entities.iter().map(|e| (e.word_start, e.word_end)).collect()),
            time_start: PerWord::build(words, times.iter().enumerate().map(|(i, t)| (t.word_start, i))),
            time_cover: cover(times.iter().map(|t| (t.word_start, t.word_end)).collect()),
            qty_start: PerWord::build(words, quantities.iter().enumerate().map(|(i, q)| (q.word_start, i))),
            args_memo: Default::default(),
            framing: Default::default(),
            disaster_article: Default::default(),
            women_surnames: Default::default(),
        }
    }

    /// The article's framing facts over `words` (the document's words), built on first use.
    pub(crate) fn framing(&self, words: &[rasd_text::Word]) -> &crate::factuality::Framing {
        self.framing.get_or_init(|| crate::factuality::Framing::new(words))
    }
}

/// Indexes (in list order) of the items of `rows` that start in `from..to` and satisfy `keep`.
fn within(rows: &PerWord, from: usize, to: usize, mut keep: impl FnMut(usize) -> bool) -> Vec<usize> {
    let mut out: Vec<usize> = (from..to).flat_map(|w| rows.at(w).iter().map(|&i| i as usize)).filter(|&i| keep(i)).collect();
    out.sort_unstable();
    out
}

impl<'a> crate::Ctx<'a> {
    /// The document's index, built on first use.
    pub fn index(&self) -> &SpanIndex {
        self.index.get_or_init(|| SpanIndex::new(self.a.words.len(), self.entities, self.times, self.quantities))
    }

    /// Entities starting at word `i`, in list order.
    pub fn entities_starting(&self, i: usize) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        self.index().entity_start.at(i).iter().map(|&k| &self.entities[k as usize])
    }

    /// Entities ending at word `i` (exclusive end), in list order.
    pub fn entities_ending(&self, i: usize) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        self.index().entity_end.at(i).iter().map(|&k| &self.entities[k as usize])
    }

    /// Entities covering word `i`, in list order.
    pub fn entities_covering(&self, i: usize) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        self.index().entity_cover.at(i).iter().map(|&k| &self.entities[k as usize])
    }

    /// Entities inside words `from..to`, in list order.
    pub fn entities_within(&self, from: usize, to: usize) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        within(&self.index().entity_start, from, to, |k| self.entities[k].word_end <= to).into_iter().map(|k| &self.entities[k])
    }

    /// Date expressions starting at word `i`, in list order.
    pub fn times_starting(&self, i: usize) -> impl Iterator<Item = &'a TimeSpan> + '_ {
        self.index().time_start.at(i).iter().map(|&k| &self.times[k as usize])
    }

    /// Date expressions covering word `i`, in list order.
    pub fn times_covering(&self, i: usize) -> impl Iterator<Item = &'a TimeSpan> + '_ {
        self.index().time_cover.at(i).iter().map(|&k| &self.times[k as usize])
    }

    /// Indexes of the date expressions inside words `from..to`, in list order.
    pub fn times_within(&self, from: usize, to: usize) -> Vec<usize> {
        within(&self.index().time_start, from, to, |k| self.times[k].word_end <= to)
    }

    /// Quantities starting at word `i`, in list order.
    pub fn quantities_starting(&self, i: usize) -> impl Iterator<Item = &'a QtySpan> + '_ {
        self.index().qty_start.at(i).iter().map(|&k| &self.quantities[k as usize])
    }

    /// Indexes of the quantities inside words `from..to`, in list order.
    pub fn quantities_within(&self, from: usize, to: usize) -> Vec<usize> {
        within(&self.index().qty_start, from, to, |k| self.quantities[k].word_end <= to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(s: usize, e: usize, index: usize) -> EntitySpan {
        EntitySpan { word_start: s, word_end: e, is_place: false, is_country: false, is_capital: false, is_person: false, index }
    }

    /// Every lookup equals the scan it replaces, on overlapping and unsorted spans too.
    #[test]
    fn lookups_equal_scans() {
        let ents = vec![ent(5, 7, 0), ent(0, 2, 1), ent(5, 6, 2), ent(3, 9, 3), ent(9, 10, 4), ent(1, 2, 5)];
        let times = vec![TimeSpan { word_start: 2, word_end: 4, value: String::new(), precision: "day" }, TimeSpan { word_start: 2, word_end: 3, value: String::new(), precision: "day" }];
        let qs = vec![QtySpan { word_start: 8, word_end: 10, low: None, unit: None }, QtySpan { word_start: 4, word_end: 5, low: None, unit: None }];
        let a = rasd_text::analyze("كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة");
        assert_eq!(a.words.len(), 10);
        let describe = |_: usize, _: usize| crate::ActorDesc::default();
        let ctx = crate::Ctx { a: &a, entities: &ents, times: &times, quantities: &qs, describe: &describe, main_place: None, published: None, index: Default::default() };
        let ids = |it: &mut dyn Iterator<Item = &EntitySpan>| it.map(|e| e.index).collect::<Vec<_>>();
        for i in 0..=10 {
            assert_eq!(ids(&mut ctx.entities_starting(i)), ids(&mut ents.iter().filter(|e| e.word_start == i)), "start {i}");
            assert_eq!(ids(&mut ctx.entities_ending(i)), ids(&mut ents.iter().filter(|e| e.word_end == i)), "end {i}");
            assert_eq!(ids(&mut ctx.entities_covering(i)), ids(&mut ents.iter().filter(|e| e.word_start <= i && i < e.word_end)), "cover {i}");
            assert_eq!(ctx.times_covering(i).count(), times.iter().filter(|t| t.word_start <= i && i < t.word_end).count());
            assert_eq!(ctx.times_starting(i).count(), times.iter().filter(|t| t.word_start == i).count());
            assert_eq!(ctx.quantities_starting(i).count(), qs.iter().filter(|q| q.word_start == i).count());
            for j in i..=10 {
                assert_eq!(ids(&mut ctx.entities_within(i, j)), ids(&mut ents.iter().filter(|e| e.word_start >= i && e.word_end <= j)), "within {i}..{j}");
                let t: Vec<usize> = times.iter().enumerate().filter(|(_, t)| t.word_start >= i && t.word_end <= j).map(|(k, _)| k).collect();
                assert_eq!(ctx.times_within(i, j), t);
                let q: Vec<usize> = qs.iter().enumerate().filter(|(_, q)| q.word_start >= i && q.word_end <= j).map(|(k, _)| k).collect();
                assert_eq!(ctx.quantities_within(i, j), q);
            }
        }
    }
}
