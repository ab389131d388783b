//! rasd-text: the aligned Arabic text layer.
//!
//! A pipeline of small stages in the manner of Hugging Face `tokenizers`: normalization (`normalize`), sentence
//! segmentation (`sentences`), pre-tokenization into words and clitic segmentation into tokens (`tokens`,
//! `clitics`), and language identification (`lang`). Every stage reports code point offsets into the original text.

pub mod clitics;
pub mod data;
pub mod lang;
pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use normalize::{key, normalize, normalize_aligned, Fold, Normalized};
pub use sentences::Span;
pub use tokens::{hash_bytes, Token, TokenKind, Word, WordKind};

/// A text analysed by every stage of the text layer: the base that later stages (numbers, entities, events)
/// annotate.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// The original text as code points: offsets everywhere index into this.
    pub chars: Vec<char>,
    pub language: &'static str,
    pub sentences: Vec<Span>,
    pub words: Vec<Word>,
    pub tokens: Vec<Token>,
}

impl Analysis {
    /// The original text of a code point span.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.chars.len())..end.min(self.chars.len())].iter().collect()
    }

    /// Words of sentence `s` as a range of indexes into `words`.
    pub fn sentence_words(&self, s: usize) -> std::ops::Range<usize> {
        let span = self.sentences[s];
        let a = self.words.partition_point(|w| w.start < span.start);
        let b = self.words.partition_point(|w| w.start < span.end);
        a..b
    }
}

/// Run the whole text layer.
pub fn analyze(text: &str) -> Analysis {
    let chars: Vec<char> = text.chars().collect();
    let sentences = sentences::split_sentences(&chars);
    let pre = tokens::pre_tokenize(&chars);
    let mut words = Vec::with_capacity(pre.len());
    let mut toks = Vec::with_capacity(pre.len() * 3 / 2);
    let mut s = 0usize;
    for (start, end, kind) in pre {
        while s + 1 < sentences.len() && sentences[s].end <= start {
            s += 1;
        }
        words.push(tokens::make_word(&chars, start, end, kind, s, &mut toks));
    }
    Analysis { language: lang::identify_decoded(text, chars.iter().copied()), chars, sentences, words, tokens: toks }
}
