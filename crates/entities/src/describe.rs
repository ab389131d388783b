//! An actor reading of an arbitrary noun phrase, for the event coder's actor and recipient.

use crate::lists::{cue_at, lists};
use crate::mentions::{body_keys, demonym_of};
use crate::{Date, Entity, Kind};
use rasd_kb::{gazetteer, CueKind, PlaceKind};
use rasd_text::{Analysis, WordKind};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActorDesc {
    /// English name when known (a linked entity's, or the country's for a phrase that stands for a state).
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Index into the entities the phrase refers to.
    pub entity: Option<usize>,
}

/// Describe words `word_start..word_end` as an actor: the first entity inside (its link), else a title that the
/// document's named person holds ("الرئيس الأذري" → the AZE president named elsewhere), else the country of a
/// nationality adjective or country name inside ("الجانب الأذربيجاني", "القوات الموالية لأرمينيا") with the role
/// of the cue words (القوات → MIL, المتظاهرين → CVL; "الموالية" makes irregulars REB); a phrase that names no
/// country takes the one its cue implies ("مستوطني براخة": Israeli settlers).
pub fn describe(a: &Analysis, ents: &[Entity], word_start: usize, word_end: usize, _published: Option<Date>) -> ActorDesc {
    let word_end = word_end.min(a.words.len());
    if word_start >= word_end {
        return ActorDesc::default();
    }
    let range = word_start..word_end;
    // Keys only for the phrase's words (callers describe short phrases, many times per document).
    let mut bodies = vec![String::new(); a.words.len()];
    let local = body_keys_range(a, word_start, word_end);
    for (k, b) in range.clone().zip(local) {
        bodies[k] = b;
    }
    // The head entity: the first one inside the phrase. A place inside a phrase with a group noun ("القوات
    // الموالية لأرمينيا") gives only its country.
    let (cue_role, cue_country) = phrase_role(a, &bodies, word_start, word_end);
    if let Some((i, e)) = ents.iter().enumerate().find(|(_, e)| e.word_start < word_end && e.word_end > word_start) {
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
            if let Some(t) = cue_at(a, &bodies, k, &[CueKind::Title]) {
                title = Some(t);
            }
        }
        if country.is_none() && a.words[k].kind == WordKind::Arabic {
            country = demonym_of(&bodies, k).or_else(|| {
                let g = gazetteer();
                let p = g.candidates(&bodies[k]).first().map(|&id| g.place(id))?;
                let iso = p.country.as_deref()?;
                rasd_kb::country_by_iso3(iso).map(|c| c.iso3).filter(|_| p.kind == PlaceKind::Country)
            });
        }
    }
    // "الرئيس الأذري": the person of that country holding a title in the document.
    if let (Some((cue, _)), Some(c)) = (title, country) {
        if let Some((i, e)) = ents
            .iter()
            .enumerate()
            .find(|(_, e)| e.kind == Kind::Per && e.country.as_deref() == Some(c) && e.role.as_deref() == cue.role.or(Some("GOV")))
        {
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
fn phrase_role(a: &Analysis, bodies: &[String], s: usize, e: usize) -> (Option<&'static str>, Option<&'static str>) {
    let l = lists();
    let cues = || (s..e).filter_map(|k| cue_at(a, bodies, k, &[CueKind::GroupNoun, CueKind::OrgHead, CueKind::Title]).map(|(c, _)| c));
    let country = cues().find_map(|c| c.country);
    if let Some(r) = (s..e).find_map(|k| l.modifiers.get(&a.words[k].key)) {
        return (Some(r), country);
    }
    (cues().find_map(|c| c.role), country)
}
