//! Stage: events and quotes (rasd-events) into `events` and `quotes`, with participants described by the
//! entity stage, places geocoded, dates from `times` and casualty counts from `quantities`.

use crate::context::{cited_words, demonym_at, most_named};
use crate::doc::*;
use crate::record::Ymd;
use rasd_entities::{Entity as Ent, Kind};
use rasd_events::{ActorDesc, Arg, Ctx, EntitySpan, QtySpan, TimeSpan};
use rasd_numtime::{Quantity, TimeExpr};
use rasd_text::Analysis;

pub fn annotate(a: &Analysis, published: Option<Ymd>, ents: &[Ent], times: &[TimeExpr], quantities: &[Quantity], doc: &mut Document) {
    let pub_date = published.map(|d| (d.year, d.month, d.day));
    let spans: Vec<EntitySpan> = ents
        .iter()
        .enumerate()
        .map(|(i, e)| EntitySpan {
            word_start: e.word_start,
            word_end: e.word_end,
            is_place: e.kind == Kind::Loc && e.geo.is_some(),
            is_country: e.kind == Kind::Loc && e.geo.as_ref().is_some_and(|g| g.country.as_deref().and_then(rasd_kb::country_by_iso3).is_some_and(|c| c.name == g.name)),
            is_person: e.kind == Kind::Per,
            index: i,
        })
        .collect();
    let tspans: Vec<TimeSpan> = times.iter().map(|t| TimeSpan { word_start: t.word_start, word_end: t.word_end, value: t.value.clone(), precision: t.precision.as_str() }).collect();
    let qspans: Vec<QtySpan> = quantities
        .iter()
        .map(|q| QtySpan {
            word_start: q.word_start,
            word_end: q.word_end,
            low: q.low,
            unit: q.unit_start.and_then(|us| word_at(a, us)),
        })
        .collect();
    let ent_index = rasd_entities::EntityIndex::new(a, ents);
    let describe = |ws: usize, we: usize| {
        let d = rasd_entities::describe_with(a, ents, &ent_index, ws, we, pub_date);
        ActorDesc { name: d.name, country: d.country, role: d.role, entity: d.entity }
    };
    // The main place: the first place of the first sentence (the dateline or lead), else the most named place.
    let main_place = spans.iter().find(|e| e.is_place && a.words[e.word_start].sentence == 0).or_else(|| {
        let mut best: Option<(&EntitySpan, usize)> = None;
        let mut counts: std::collections::HashMap<Option<&str>, usize> = std::collections::HashMap::new();
        for e in spans.iter().filter(|e| e.is_place) {
            *counts.entry(ents[e.index].name.as_deref()).or_default() += 1;
        }
        for e in spans.iter().filter(|e| e.is_place) {
            let n = counts[&ents[e.index].name.as_deref()];
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((e, n));
            }
        }
        best.map(|(e, _)| e)
    });
    // The countries the report names, mention by mention (places, linked people and organisations, and the
    // nationality adjectives of the event sentences), by sentence and word. They are the context that says whose
    // police, army or protesters a sentence speaks of.
    // The outlet a report cites ("بحسب موقع إن تي في الألماني"، "مراسل وكالة فرانس برس") is no party to it.
    let cited = cited_words(a);
    // Each mention: word, country, and whether it is a place named as where something is ("في جنيف").
    let mut named: Vec<Vec<(usize, &str, bool)>> = vec![Vec::new(); a.sentences.len()];
    let lex = rasd_events::lexicon::Lexicon::get();
    for e in ents.iter().filter(|e| !cited[e.word_start] && e.role.as_deref() != Some("MED")) {
        if let (Some(c), Some(v)) = (e.country.as_deref().or(e.geo.as_ref().and_then(|g| g.country.as_deref())), named.get_mut(a.words[e.word_start].sentence)) {
            let w = &a.words[e.word_start];
            let locative = e.kind == Kind::Loc && (w.split.prep > 0 || e.word_start > 0 && lex.is_key("locative", &a.words[e.word_start - 1]));
            v.push((e.word_start, c, locative));
        }
    }
    let report_country = most_named(named.iter().flatten().map(|x| x.1));
    let with_demonyms = std::cell::RefCell::new(vec![false; a.sentences.len()]);
    let named = std::cell::RefCell::new(named);
    // The countries sentence `sentence` names, in order, outside the words of `other` (and, with `parties`, leaving
    // out the places named as where something is).
    let sentence_countries = |sentence: usize, other: Option<&Arg>, parties: bool| -> Vec<&str> {
        if sentence >= a.sentences.len() {
            return Vec::new();
        }
        if !with_demonyms.borrow()[sentence] {
            with_demonyms.borrow_mut()[sentence] = true;
            let mut n = named.borrow_mut();
            for k in a.sentence_words(sentence) {
                if let Some(c) = demonym_at(a, k).filter(|_| !cited[k] && !ent_index.covers(k)) {
                    n[sentence].push((k, c, false));
                }
            }
            n[sentence].sort_by_key(|x| x.0);
        }
        // The other participant with the nationalities coordinated after it: "اعتقال سوري وعراقي"، "أفغاني،
        // وسوري، وبلغاري" are all the other side. (Looking for a recipient, a coordinated nationality is one:
        // "مسؤولين أمريكيين وصينيين يجرون محادثات".)
        let other_end = other.filter(|_| !parties).map(|o| {
            let mut end = o.word_end;
            loop {
                let k = if end < a.words.len() && a.words[end].key == "," { end + 1 } else { end };
                if k < a.words.len() && a.words[k].sentence == sentence && a.words[k].split.conj > 0 && demonym_at(a, k).is_some() {
                    end = k + 1;
                } else {
                    break end;
                }
            }
        });
        let outside = |k: usize| other.is_none_or(|o| k < o.word_start || k >= other_end.unwrap_or(o.word_end));
        named.borrow()[sentence].iter().filter(|x| outside(x.0) && !(parties && x.2)).map(|x| x.1).collect()
    };
    // The country the sentence names most, leaving out the words of the other participant ("قتل جنود أمريكيون":
    // the dead soldiers' country is not the killers'); else the one the report names most.
    let context_country = |sentence: usize, other: Option<&Arg>| -> Option<(String, &'static str)> {
        most_named(sentence_countries(sentence, other, false).into_iter())
            .map(|c| (c, "sentence"))
            .or_else(|| report_country.clone().map(|c| (c, "report")))
    };
    let ctx = Ctx {
        a,
        entities: &spans,
        times: &tspans,
        quantities: &qspans,
        describe: &describe,
        main_place: main_place.map(|e| e.index),
        published: published.map(|d| d.to_string()),
        index: Default::default(),
    };
    let participant = |arg: &Arg| {
        let (s, e) = (a.words[arg.word_start].body_start, a.words[arg.word_end - 1].end);
        // A nationality adjective in the phrase places a body the linker knows without a country: "الإنتربول
        // السعودي". Inside the name itself it is part of the name ("الاتحاد الأوروبي").
        // For an organisation the adjective also outweighs a link made by spelling alone (مجموعة "بي إس إيه"
        // الفرنسية is French whatever else "PSA" names).
        let linked = arg.desc.entity.map(|i| (ents[i].word_start, ents[i].word_end));
        let adjective = || (arg.word_start..arg.word_end).filter(|&k| linked.is_none_or(|(s, e)| k < s || k >= e)).find_map(|k| demonym_at(a, k)).map(str::to_string);
        let organisation = arg.desc.entity.is_some_and(|i| ents[i].kind == Kind::Org);
        let country = if organisation { adjective().or(arg.desc.country.clone()) } else { arg.desc.country.clone().or_else(adjective) };
        Participant {
            text: Some(a.slice(s, e)),
            start: Some(s),
            end: Some(e),
            entity: arg.desc.entity.map(|i| format!("E{}", i + 1)),
            name: arg.desc.name.clone(),
            country,
            role: arg.desc.role.clone(),
            country_from: None,
        }
    };
    // A participant the mention does not place (الشرطة، المتظاهرون، "المجموعة"), or one the sentence leaves
    // unnamed (اعتقال سوري: by whom?), belongs to the country the sentence names most, else the one the report
    // names most: the annotation guide's "use the context of the article". International organisations belong to
    // none.
    let participant_in = |arg: Option<&Arg>, sentence: usize, other: Option<&Arg>| -> Option<Participant> {
        let Some(arg) = arg else {
            return context_country(sentence, other).map(|(c, from)| Participant::unnamed(c, from));
        };
        let mut p = participant(arg);
        if p.country.is_none() && !arg.desc.role.as_deref().is_some_and(|r| matches!(r, "IGO" | "NGO")) {
            if let Some((c, from)) = context_country(sentence, other) {
                p.country = Some(c);
                p.country_from = Some(from);
            }
        }
        Some(p)
    };
    let span_of = |ws: usize, we: usize| (a.words[ws].start, a.words[we - 1].end);
    let quotes = rasd_events::find_quotes(&ctx);
    doc.events = rasd_events::code_events(&ctx, &quotes)
        .into_iter()
        .enumerate()
        .map(|(i, ev)| {
            let (ts, te) = span_of(ev.trigger.0, ev.trigger.1);
            let ts = a.words[ev.trigger.0].body_start.max(ts);
            let location = ev.location.map(|li| {
                let e = &ents[li];
                let g = e.geo.as_ref();
                let here = ev.sentence == a.words[e.word_start].sentence;
                Location {
                    text: here.then(|| a.slice(e.start, e.end)),
                    start: here.then_some(e.start),
                    end: here.then_some(e.end),
                    name: g.map(|g| g.name.clone()).or(e.name.clone()),
                    country: g.and_then(|g| g.country.clone()).or(e.country.clone()),
                    lat: g.map(|g| g.lat),
                    lon: g.map(|g| g.lon),
                    geonameid: g.and_then(|g| g.geonameid),
                }
            });
            let date = match ev.date.map(|di| &times[di]) {
                Some(t) => Some(EventDate { text: Some(a.slice(t.start, t.end)), start: Some(t.start), end: Some(t.end), value: t.value.clone(), precision: t.precision.as_str() }),
                None => published.map(|p| EventDate { text: None, start: None, end: None, value: p.to_string(), precision: "day" }),
            };
            let count = |qi: Option<usize>| {
                qi.map(|qi| {
                    let q = &quantities[qi];
                    Count { low: q.low, high: q.high, text: a.slice(q.start, q.end), start: q.start, end: q.end }
                })
            };
            let actor = participant_in(ev.actor.as_ref(), ev.sentence, ev.recipient.as_ref());
            // An act whose sentence names no recipient but names another country than the actor's is done to
            // that country: "تبحث الولايات المتحدة فرض تعريفة جمركية ... على بضائع صينية".
            let recipient = match ev.recipient.as_ref() {
                Some(x) => participant_in(Some(x), ev.sentence, ev.actor.as_ref()),
                None => actor.as_ref().and_then(|p| p.country.clone()).and_then(|ac| {
                    // The place where it happened is not whom it was done to ("في جنيف، أدانت أرمينيا").
                    let place = ev.location.map(|li| &ents[li]).filter(|e| a.words[e.word_start].sentence == ev.sentence);
                    let place_country = place.and_then(|e| e.geo.as_ref().and_then(|g| g.country.as_deref()).or(e.country.as_deref()));
                    let others = sentence_countries(ev.sentence, ev.actor.as_ref(), true).into_iter().filter(|c| *c != ac && Some(*c) != place_country);
                    most_named(others).map(|c| Participant::unnamed(c, "sentence"))
                }),
            };
            Event {
                id: format!("V{}", i + 1),
                kind: ev.kind,
                mode: ev.mode,
                cameo: Some(ev.cameo.to_string()),
                goldstein: ev.goldstein,
                status: ev.status,
                sentence: ev.sentence,
                trigger: TextSpan { text: a.slice(ts, te), start: ts, end: te },
                actor,
                recipient,
                location,
                date,
                fatalities: count(ev.fatalities),
                injuries: count(ev.injuries),
                confidence: ev.confidence,
            }
        })
        .collect();
    doc.quotes = quotes
        .into_iter()
        .map(|q| Quote {
            speaker: q.speaker.as_ref().map(|sp| {
                let p = participant(sp);
                Speaker { text: p.text.unwrap_or_default(), start: p.start.unwrap_or_default(), end: p.end.unwrap_or_default(), entity: p.entity, name: p.name }
            }),
            cue: q.cue.map(|(ws, we)| {
                let (s, e) = span_of(ws, we);
                let s = a.words[ws].body_start.max(s);
                TextSpan { text: a.slice(s, e), start: s, end: e }
            }),
            content: SpanOnly { start: q.content.0, end: q.content.1 },
            direct: q.direct,
        })
        .collect();
}

/// The word holding code point `c` (words are in text order and do not overlap): a binary search.
fn word_at(a: &Analysis, c: usize) -> Option<usize> {
    let k = a.words.partition_point(|w| w.end <= c);
    a.words.get(k).filter(|w| w.start <= c && c < w.end).map(|_| k)
}
