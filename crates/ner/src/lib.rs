//! rasd-ner: a named-entity tagger for Arabic news over rasd's words.
//!
//! Model: an averaged structured perceptron (Collins 2002) over BIO tags for PER, LOC, ORG and MISC, with hashed
//! features (word forms, clitics, affixes, neighbours, gazetteer membership, cue words, word clusters learnt from
//! unlabelled news) and Viterbi decoding constrained to valid BIO sequences. Chosen over a CRF because it trains
//! in seconds without a numeric optimiser, is deterministic given a seed, and decodes with the same integer
//! lookups at run time. The model (`data/ner/model.bin`) and its lists are embedded and loaded once.
//!
//! Retrain with `rasd train ner` or `cargo run --release -p rasd-ner --features train --example train` (see
//! `train_cli`). Training, CoNLL scoring and the word clusters' learning are behind the `train` feature, which the
//! `rasd` CLI enables: the runtime tagger needs none of it.

#[cfg(feature = "train")]
pub mod clusters;
#[cfg(feature = "train")]
pub mod conll;
pub mod features;
pub mod model;
pub mod resources;
#[cfg(feature = "train")]
pub mod train;

use features::Scratch;
use model::{Decoder, Model, NT};
use resources::Resources;
use std::cell::RefCell;
use std::sync::OnceLock;

#[cfg(feature = "train")]
pub use train::{train, train_cli, TrainReport};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Per,
    Loc,
    Org,
    Misc,
}

impl Label {
    pub const ALL: [Label; 4] = [Label::Per, Label::Loc, Label::Org, Label::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Org => "ORG",
            Label::Misc => "MISC",
        }
    }

    /// The label of a CoNLL type (ANERcorp writes PERS).
    pub fn from_conll(s: &str) -> Option<Label> {
        match s {
            "PER" | "PERS" => Some(Label::Per),
            "LOC" | "GPE" => Some(Label::Loc),
            "ORG" => Some(Label::Org),
            "MISC" => Some(Label::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// B- tag index.
    pub fn begin(self) -> u8 {
        1 + 2 * self.index() as u8
    }

    fn of_tag(t: u8) -> Option<Label> {
        if t == 0 {
            None
        } else {
            Some(Label::ALL[((t - 1) / 2) as usize])
        }
    }
}

/// One entity mention: code point span (from the first word's `body_start`, so without و/ب/ل... but with ال, to
/// the last word's end) and the word index range it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub word_start: usize,
    /// Exclusive.
    pub word_end: usize,
    /// Confidence in 0..1: a logistic of the smallest max-marginal margin of the mention's words (see
    /// `SCORE_TEMPERATURE`).
    pub score: f32,
}

/// Temperature of `Mention::score`, fitted on ANERcorp dev (`--features train --example calib`): mentions scored ≥ 0.9 are right
/// 94% of the time, those below about 67% (ANERcorp dev, 435 PER/LOC/ORG mentions).
pub const SCORE_TEMPERATURE: f32 = 24.0;

/// A model with the lists its features were trained with.
pub struct Tagger {
    pub model: Model,
    pub res: Resources,
}

/// Emission contributions that depend on one word alone, cached by `Scratch::word_class`: its intrinsic features
/// and what it adds to each neighbour (`features::NB_OFFSETS`). Frequent words then cost one cache line instead
/// of some forty table lookups.
#[derive(Clone, Copy)]
struct Cached {
    class: u64,
    own: [i32; NT],
    nb: [[i32; NT]; 4],
}

const CACHE_SLOTS: usize = 1 << 15;

#[derive(Default)]
struct Work {
    scratch: Scratch,
    emit: Vec<f32>,
    dec: Decoder,
    /// Direct-mapped cache, valid for the tagger at `cache_owner`.
    cache: Vec<Cached>,
    cache_owner: usize,
    /// Cache entry of each word of the sentence (copied: a later word may evict a slot).
    ent: Vec<Cached>,
    classes: Vec<u64>,
    buf: Vec<u64>,
}

thread_local! {
    static WORK: RefCell<Work> = RefCell::new(Work::default());
}

impl Tagger {
    /// Tag every sentence of an analysed text.
    pub fn tag(&self, a: &rasd_text::Analysis) -> Vec<Mention> {
        self.tag_with(a, true)
    }

    /// As `tag`; without `scores` every `Mention::score` is NaN and the decoder skips the max-marginal pass
    /// (the spans and labels are the same).
    pub fn tag_with(&self, a: &rasd_text::Analysis, scores: bool) -> Vec<Mention> {
        let mut out = Vec::new();
        WORK.with(|w| {
            let w = &mut *w.borrow_mut();
            let mut from = 0;
            for s in 0..a.sentences.len() {
                let r = a.sentence_words(s);
                let r = r.start.max(from)..r.end.max(from);
                from = r.end;
                self.tag_range(a, r, w, scores, &mut out);
            }
            // Words outside every sentence span (should not happen; be safe).
            if from < a.words.len() {
                self.tag_range(a, from..a.words.len(), w, scores, &mut out);
            }
        });
        out
    }

    fn tag_range(&self, a: &rasd_text::Analysis, r: std::ops::Range<usize>, w: &mut Work, scores: bool, out: &mut Vec<Mention>) {
        let words = &a.words[r.clone()];
        let n = words.len();
        if n == 0 {
            return;
        }
        self.decode(words, &a.chars, w, scores);
        let tags = &w.dec.tags;
        let mut i = 0;
        while i < n {
            let Some(label) = Label::of_tag(tags[i]) else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < n && model::is_inside(tags[j] as usize) && Label::of_tag(tags[j]) == Some(label) {
                j += 1;
            }
            let score = if scores {
                let margin = w.dec.margins[i..j].iter().copied().fold(f32::INFINITY, f32::min);
                1.0 / (1.0 + (-margin / SCORE_TEMPERATURE).exp())
            } else {
                f32::NAN
            };
            out.push(Mention {
                start: words[i].body_start,
                end: words[j - 1].end,
                label,
                word_start: r.start + i,
                word_end: r.start + j,
                score,
            });
            i = j;
        }
    }

    /// Emission scores of the words of one sentence, by the cached run-time path or, with `reference`, from the
    /// plain feature lists that training uses. They must be equal (a test checks it).
    #[doc(hidden)]
    pub fn emissions(&self, words: &[rasd_text::Word], chars: &[char], reference: bool) -> Vec<f32> {
        WORK.with(|w| {
            let w = &mut *w.borrow_mut();
            if reference {
                features::extract(words, chars, &self.res, &mut w.scratch);
                let sc = &w.scratch;
                let mut out = vec![0f32; words.len() * NT];
                for i in 0..words.len() {
                    let f = &sc.feats[sc.offsets[i] as usize..sc.offsets[i + 1] as usize];
                    self.model.emit(f, &mut out[i * NT..(i + 1) * NT]);
                }
                out
            } else {
                self.decode(words, chars, w, false);
                w.emit.clone()
            }
        })
    }

    /// The caches in `w` hold this tagger's weights and lists: reset them when another tagger used them last.
    fn own_work(&self, w: &mut Work) {
        let me = self as *const Tagger as usize;
        if w.cache_owner != me || w.cache.is_empty() {
            w.cache.clear();
            w.cache.resize(CACHE_SLOTS, Cached { class: 0, own: [0; NT], nb: [[0; NT]; 4] });
            w.cache_owner = me;
        }
    }

    fn decode(&self, words: &[rasd_text::Word], chars: &[char], w: &mut Work, margins: bool) {
        let n = words.len();
        self.own_work(w);
        features::prepare(words, chars, &self.res, &mut w.scratch);
        let sc = &w.scratch;
        w.ent.clear();
        // Classes first, with a prefetch of each word's slot, so that the cache misses of a sentence overlap.
        w.classes.clear();
        for (i, word) in words.iter().enumerate() {
            let class = sc.word_class(word, i) | 1;
            let slot = &w.cache[class as usize & (CACHE_SLOTS - 1)];
            model::prefetch(slot);
            model::prefetch(&slot.nb[1]);
            model::prefetch(&slot.nb[3]);
            w.classes.push(class);
        }
        for (i, word) in words.iter().enumerate() {
            let class = w.classes[i];
            let k = class as usize & (CACHE_SLOTS - 1);
            if w.cache[k].class != class {
                let mut c = Cached { class, own: [0; NT], nb: [[0; NT]; 4] };
                w.buf.clear();
                features::intrinsic(word, i, sc, &mut w.buf);
                self.model.add(&w.buf, &mut c.own);
                for (m, d) in features::NB_OFFSETS.into_iter().enumerate() {
                    w.buf.clear();
                    features::neighbour(d, sc.nb(i as isize), &mut w.buf);
                    self.model.add(&w.buf, &mut c.nb[m]);
                }
                w.cache[k] = c;
            }
            w.ent.push(w.cache[k]);
        }
        w.emit.clear();
        w.emit.resize(n * NT, 0.0);
        let bias = features::bias();
        for i in 0..n {
            let mut acc = w.ent[i].own;
            w.buf.clear();
            w.buf.push(bias);
            features::context(i, sc, &mut w.buf);
            for (m, d) in features::NB_OFFSETS.into_iter().enumerate() {
                let j = i as isize + d;
                if j >= 0 && (j as usize) < n {
                    // Word j seen from i: its contribution at offset d.
                    let c = &w.ent[j as usize].nb[m];
                    acc.iter_mut().zip(c).for_each(|(a, b)| *a += b);
                } else {
                    features::neighbour(d, sc.nb(j), &mut w.buf);
                }
            }
            self.model.add(&w.buf, &mut acc);
            self.model.to_scores(&acc, &mut w.emit[i * NT..(i + 1) * NT]);
        }
        w.dec.decode(n, &w.emit, self.model.trans(), margins);
    }
}

const MODEL: &[u8] = include_bytes!("../../../data/ner/model.bin");
const GAZETTEER: &str = include_str!("../../../data/ner/gazetteer.tsv");
const CUES: &str = include_str!("../../../data/ner/cues.tsv");
const CLUSTERS: &str = include_str!("../../../data/ner/clusters.tsv");

use rasd_text::data::{Col, Schema};

const SCHEMAS: [(Schema, &str); 3] = [
    (Schema { file: "data/ner/gazetteer.tsv", columns: &[("name", Col::Text), ("type", Col::OneOf(&["LOC", "PER"]))], required: 2 }, GAZETTEER),
    (Schema { file: "data/ner/cues.tsv", columns: &[("cue", Col::Text), ("kind", Col::OneOf(&["title", "orghead", "group"]))], required: 2 }, CUES),
    (
        Schema {
            file: "data/ner/clusters.tsv",
            columns: &[("unit", Col::Opt), ("coarse", Col::Int), ("middle", Col::Int), ("fine", Col::Int)],
            required: 4,
        },
        CLUSTERS,
    ),
];

/// Validate the tagger's embedded lists; the first malformed row is the error, with its file and line.
pub fn validate_data() -> Result<(), rasd_text::data::DataError> {
    SCHEMAS.iter().try_for_each(|(schema, text)| schema.validate(text).map(|_| ()))
}

/// The embedded tagger, loaded once per process.
pub fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| {
        SCHEMAS.iter().for_each(|(schema, text)| schema.check(text));
        tagger_from_embedded()
    })
}

fn tagger_from_embedded() -> Tagger {
    Tagger {
        model: Model::from_bytes(MODEL).expect("embedded NER model"),
        res: Resources::parse(GAZETTEER, CUES, CLUSTERS),
    }
}

/// Named-entity mentions of an analysed text, in text order.
pub fn tag(a: &rasd_text::Analysis) -> Vec<Mention> {
    tagger().tag(a)
}

/// As [`tag`], without confidence scores (`Mention::score` is NaN), which is faster.
pub fn tag_unscored(a: &rasd_text::Analysis) -> Vec<Mention> {
    tagger().tag_with(a, false)
}
