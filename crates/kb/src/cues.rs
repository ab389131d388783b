//! Cue words: titles, organisation heads and group nouns, with the role they imply (data/kb/cues.tsv).

use crate::tsv;
use crate::variants::key_variants;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// What a cue denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// A person's title or office: الرئيس، وزير الخارجية، المتحدث باسم.
    Title,
    /// The head noun of an organisation's name: وزارة، حركة، جيش، وكالة.
    OrgHead,
    /// A noun phrase that is an actor without a name: المتظاهرين، مسلحون، الجيش، الحكومة.
    GroupNoun,
}

/// A cue entry: its key (rasd_text::key form), the CAMEO role it implies (None when the cue is neutral, e.g.
/// المتحدث باسم takes the role of what follows), its kind, how many words it spans and the country (ISO3) the cue
/// itself implies, for the few that carry one (المستوطنين: Israeli settlers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub key: &'static str,
    pub role: Option<&'static str>,
    pub kind: CueKind,
    pub words: usize,
    pub country: Option<&'static str>,
}

/// A cue found in a word sequence by [`match_cues`]: words `start..start + len`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    pub start: usize,
    pub len: usize,
    pub cue: &'static Cue,
}

struct Cues {
    list: Vec<Cue>,
    by_key: FxHashMap<&'static str, usize>,
    max_words: usize,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut list: Vec<Cue> = Vec::new();
    let mut seen: FxHashMap<String, ()> = FxHashMap::default();
    for r in tsv::rows(&tsv::CUES) {
        if r.len() < 3 {
            continue;
        }
        let kind = match r[2].trim() {
            "title" => CueKind::Title,
            "orghead" => CueKind::OrgHead,
            "group" => CueKind::GroupNoun,
            _ => continue,
        };
        let k = rasd_text::key(r[0]);
        // The first line for a key wins (لواء is a rank before it is a brigade).
        if k.is_empty() || seen.insert(k.clone(), ()).is_some() {
            continue;
        }
        let words = k.split(' ').count();
        let key: &'static str = Box::leak(k.into_boxed_str());
        // The country column is optional (files with only cue, role, kind and a note are read as before).
        let country = tsv::opt(r.get(3)).filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()));
        list.push(Cue { key, role: tsv::opt(r.get(1)), kind, words, country });
    }
    let by_key = list.iter().enumerate().map(|(i, c)| (c.key, i)).collect();
    let max_words = list.iter().map(|c| c.words).max().unwrap_or(1);
    Cues { list, by_key, max_words }
});

/// The cue a word or phrase is: "الرئيس", "والمتحدث باسم", "وزارة". Proclitics on the first word are tried off.
pub fn cue(text: &str) -> Option<&'static Cue> {
    let c = &*CUES;
    key_variants(text).iter().find_map(|k| c.by_key.get(k.as_str())).map(|&i| &c.list[i])
}

/// Every cue, for callers that build their own automaton (keys are rasd_text::key forms).
pub fn cue_entries() -> &'static [Cue] {
    &CUES.list
}

/// Longest cues in a word sequence, left to right, non-overlapping. Words may be surface forms; the first word of a
/// cue may carry proclitics (والمتحدث باسم).
pub fn match_cues(words: &[&str]) -> Vec<CueMatch> {
    let c = &*CUES;
    let mut out = Vec::new();
    let keys: Vec<String> = words.iter().map(|w| rasd_text::key(w)).collect();
    let mut i = 0;
    while i < words.len() {
        let mut found = None;
        for n in (1..=c.max_words.min(words.len() - i)).rev() {
            let tail = keys[i + 1..i + n].join(" ");
            let hit = key_variants(words[i]).iter().find_map(|first| {
                let k = if tail.is_empty() { first.clone() } else { format!("{first} {tail}") };
                c.by_key.get(k.as_str()).copied()
            });
            if let Some(idx) = hit {
                found = Some(CueMatch { start: i, len: n, cue: &c.list[idx] });
                break;
            }
        }
        match found {
            Some(m) => {
                i += m.len;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}
