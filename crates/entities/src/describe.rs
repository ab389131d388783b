//! An actor reading of an arbitrary noun phrase, for the event coder's actor and recipient.

use crate::lists::{cue_at_body, lists};
use crate::mentions::{body_keys, demonym_of_key};
use crate::{Date, Entity, Kind};
use rasd_kb::{gazetteer, CueKind, PlaceKind};
use rasd_text::{Analysis, WordKind};

pub use rasd_kb::ActorDesc;

/// Describe words `word_start..word_end` as an actor: the first entity inside (its link), else a title that the
/// document's named person holds ("الرئيس الأذري" → the AZE president named elsewhere), else the country of a
/// nationality adjective or country name inside ("الجانب الأذربيجاني", "القوات الموالية لأرمينيا") with the role
/// of the cue words (القوات → MIL, المتظاهرين → CVL; "الموالية" makes irregulars REB); a phrase that names no
/// country takes the one its cue implies ("مستوطني براخة": Israeli settlers).
pub fn describe(a: &Analysis, ents: &[Entity], word_start: usize, word_end: usize, published: Option<Date>) -> ActorDesc {
    describe_with(a, ents, &EntityIndex::new(a, ents), word_start, word_end, published)
}

/// Per-document lookups that `describe` needs, built once so that describing a phrase costs the phrase's length,
/// not the document's.
#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    /// For each word, the first entity (in list order) that covers it.
    first_covering: Vec<Option<u32>>,
    /// The first person entity holding each (country, role).
    person_by_country_role: std::collections::HashMap<(String, String), usize>,
}

impl EntityIndex {
    pub fn new(a: &Analysis, ents: &[Entity]) -> Self {
        let mut first_covering = vec![None; a.words.len()];
        for (i, e) in ents.iter().enumerate() {
            for slot in first_covering.iter_mut().take(e.word_end).skip(e.word_start) {
                slot.get_or_insert(i as u32);
            }
        }
        let mut person_by_country_role = std::collections::HashMap::new();
        for (i, e) in ents.iter().enumerate() {
            if let (Kind::Per, Some(c), Some(r)) = (e.kind, e.country.as_ref(), e.role.as_ref()) {
                person_by_country_role.entry((c.clone(), r.clone())).or_insert(i);
            }
        }
        EntityIndex { first_covering, person_by_country_role }
    }

    /// Whether some entity covers word `k`.
    pub fn covers(&self, k: usize) -> bool {
        self.first_covering.get(k).is_some_and(Option::is_some)
    }

    /// The first entity (in list order) overlapping words `s..e`.
    fn first_overlapping(&self, s: usize, e: usize) -> Option<usize> {
        self.first_covering.get(s..e)?.iter().flatten().min().map(|&i| i as usize)
    }
}

/// `describe` with the document's `EntityIndex` (built once per document by the caller).
pub fn describe_with(a: &Analysis, ents: &[Entity], index: &EntityIndex, word_start: usize, word_end: usize, _published: Option<Date>) -> ActorDesc {
    let word_end = word_end.min(a.words.len());
    if word_start >= word_end {
        return ActorDesc::default();
    }
    let range = word_start..word_end;
    // Keys only for the phrase's words (callers describe short phrases, many times per document): `bodies[k -
    // word_start]` is word k's.
    let bodies = body_keys_range(a, word_start, word_end);
    // The head entity: the first one inside the phrase. A place inside a phrase with a group noun ("القوات
    // الموالية لأرمينيا") gives only its country.
    let (cue_role, cue_country) = phrase_role(a, &bodies, word_start, word_end);
    if let Some((i, e)) = index.first_overlapping(word_start, word_end).map(|i| (i, &ents[i])) {
        if e.kind != Kind::Loc || (e.word_start == word_start && cue_role.is_none()) {
            return ActorDesc {
                name: e.name.clone(),
                country: e.country.clone(),
                role: e.role.clone().or(cue_role.map(str::to_string)),
                entity: Some(i),
            };
        }
    }
    let mut country: Option<&'static str> = None;
    let mut title: Option<(&'static rasd_kb::Cue, usize)> = None;
    for k in range.clone() {
        if title.is_none() {
            if let Some(t) = cue_at_body(a, &bodies[k - word_start], k, &[CueKind::Title]) {
                title = Some(t);
            }
        }
        if country.is_none() && a.words[k].kind == WordKind::Arabic {
            country = demonym_of_key(&bodies[k - word_start]).or_else(|| {
                let g = gazetteer();
                let p = g.candidates(&bodies[k - word_start]).first().map(|&id| g.place(id))?;
                let iso = p.country.as_deref()?;
                rasd_kb::country_by_iso3(iso).map(|c| c.iso3).filter(|_| p.kind == PlaceKind::Country)
            });
        }
    }
    // "الرئيس الأذري": the person of that country holding a title in the document.
    if let (Some((cue, _)), Some(c)) = (title, country) {
        let role = cue.role.unwrap_or("GOV");
        if let Some((i, e)) = index.person_by_country_role.get(&(c.to_string(), role.to_string())).map(|&i| (i, &ents[i])) {
            return ActorDesc {
                name: e.name.clone(),
                country: e.country.clone(),
                role: e.role.clone(),
                entity: Some(i),
            };
        }
    }
    let country = country.or(cue_country);
    if country.is_none() && cue_role.is_none() {
        return ActorDesc::default();
    }
    let name = if cue_role.is_none() {
        country.and_then(rasd_kb::country_by_iso3).map(|c| c.name.to_string())
    } else {
        None
    };
    ActorDesc {
        name,
        country: country.map(str::to_string),
        role: cue_role.map(str::to_string),
        entity: None,
    }
}

fn body_keys_range(a: &Analysis, s: usize, e: usize) -> Vec<String> {
    // body_keys over a sub-slice of words: same rule, without touching the rest.
    let sub = Analysis {
        chars: Vec::new(),
        language: a.language,
        sentences: Vec::new(),
        words: a.words[s..e].to_vec(),
        tokens: Vec::new(),
    };
    body_keys(&sub)
}

/// The role the phrase's words give: a modifier (الموالية → REB) over the first cue's role; and the country the
/// first cue that implies one gives.
/// `bodies` holds the keys of words `s..e` alone.
fn phrase_role(a: &Analysis, bodies: &[String], s: usize, e: usize) -> (Option<&'static str>, Option<&'static str>) {
    let l = lists();
    let cues = || (s..e).filter_map(|k| cue_at_body(a, &bodies[k - s], k, &[CueKind::GroupNoun, CueKind::OrgHead, CueKind::Title]).map(|(c, _)| c));
    let country = cues().find_map(|c| c.country);
    if let Some(r) = (s..e).find_map(|k| l.modifiers.get(&a.words[k].key)) {
        return (Some(r), country);
    }
    (cues().find_map(|c| c.role), country)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers what the scans it replaced did: the first entity in list order overlapping a range, the
    /// first person of a country and role.
    #[test]
    fn index_equals_scans() {
        let a = rasd_text::analyze("قال الرئيس الأذري إلهام علييف في باكو إن وزير الخارجية سيرغي لافروف وصل أمس");
        let ent = |s: usize, e: usize, kind: Kind, country: Option<&str>, role: Option<&str>| Entity {
            start: a.words[s].start,
            end: a.words[e - 1].end,
            word_start: s,
            word_end: e,
            kind,
            name: None,
            country: country.map(str::to_string),
            role: role.map(str::to_string),
            geo: None,
            chain: 0,
        };
        // Out of order and overlapping on purpose.
        let ents = vec![
            ent(6, 7, Kind::Loc, Some("AZE"), None),
            ent(3, 5, Kind::Per, Some("AZE"), Some("GOV")),
            ent(4, 5, Kind::Per, Some("AZE"), Some("GOV")),
            ent(11, 13, Kind::Per, Some("RUS"), Some("GOV")),
            ent(9, 13, Kind::Org, Some("RUS"), Some("GOV")),
        ];
        let idx = EntityIndex::new(&a, &ents);
        let n = a.words.len();
        for s in 0..=n {
            assert_eq!(idx.covers(s), ents.iter().any(|e| e.word_start <= s && s < e.word_end));
            // (describe answers an empty range before asking.)
            for e in s + 1..=n {
                let scan = ents.iter().position(|x| x.word_start < e && x.word_end > s);
                assert_eq!(idx.first_overlapping(s, e), scan, "{s}..{e}");
            }
        }
        for (c, r) in [("AZE", "GOV"), ("RUS", "GOV"), ("RUS", "MIL")] {
            let scan = ents.iter().position(|e| e.kind == Kind::Per && e.country.as_deref() == Some(c) && e.role.as_deref() == Some(r));
            assert_eq!(idx.person_by_country_role.get(&(c.to_string(), r.to_string())).copied(), scan);
        }
        // A caller's index built once gives what `describe` gives building its own.
        for s in 0..n {
            for e in s + 1..=(s + 4).min(n) {
                assert_eq!(describe_with(&a, &ents, &idx, s, e, None), describe(&a, &ents, s, e, None));
            }
        }
    }
}
