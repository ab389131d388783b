//! Stage: events and quotes (rasd-events) into `events` and `quotes`, with participants described by the
//! entity stage, places geocoded, dates from `times` and casualty counts from `quantities`.

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
        .map(|(i, e)| EntitySpan { word_start: e.word_start, word_end: e.word_end, is_place: e.kind == Kind::Loc && e.geo.is_some(), is_person: e.kind == Kind::Per, index: i })
        .collect();
    let tspans: Vec<TimeSpan> = times.iter().map(|t| TimeSpan { word_start: t.word_start, word_end: t.word_end, value: t.value.clone(), precision: t.precision.as_str() }).collect();
    let qspans: Vec<QtySpan> = quantities
        .iter()
        .map(|q| QtySpan {
            word_start: q.word_start,
            word_end: q.word_end,
            low: q.low,
            unit: q.unit_start.and_then(|us| a.words.iter().position(|w| w.start <= us && us < w.end)),
        })
        .collect();
    let describe = |ws: usize, we: usize| {
        let d = rasd_entities::describe(a, ents, ws, we, pub_date);
        ActorDesc { name: d.name, country: d.country, role: d.role, entity: d.entity }
    };
    // The main place: the first place of the first sentence (the dateline or lead), else the most named place.
    let main_place = spans.iter().find(|e| e.is_place && a.words[e.word_start].sentence == 0).or_else(|| {
        let mut best: Option<(&EntitySpan, usize)> = None;
        for e in spans.iter().filter(|e| e.is_place) {
            let n = spans.iter().filter(|o| o.is_place && ents[o.index].name == ents[e.index].name).count();
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((e, n));
            }
        }
        best.map(|(e, _)| e)
    });
    // Generic actors (الشرطة، الحكومة، المتظاهرون) belong to the country the report is about: the country of the
    // main place, else the most named country.
    let main_country: Option<String> = main_place.and_then(|e| ents[e.index].geo.as_ref().and_then(|g| g.country.clone())).or_else(|| {
        let mut counts: Vec<(&String, usize)> = vec![];
        for c in ents.iter().filter_map(|e| e.country.as_ref()) {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some(x) => x.1 += 1,
                None => counts.push((c, 1)),
            }
        }
        counts.into_iter().max_by_key(|x| x.1).map(|x| x.0.clone())
    });
    let ctx = Ctx { a, entities: &spans, times: &tspans, quantities: &qspans, describe: &describe, main_place: main_place.map(|e| e.index) };
    let participant = |arg: &Arg| {
        let (s, e) = (a.words[arg.word_start].body_start, a.words[arg.word_end - 1].end);
        Participant {
            text: a.slice(s, e),
            start: s,
            end: e,
            entity: arg.desc.entity.map(|i| format!("E{}", i + 1)),
            name: arg.desc.name.clone(),
            country: arg.desc.country.clone().or_else(|| arg.desc.role.as_ref().filter(|r| !matches!(r.as_str(), "IGO" | "NGO")).and(main_country.clone())),
            role: arg.desc.role.clone(),
        }
    };
    // A participant known only by its role (الشرطة، المتظاهرون، عشرة أشخاص) belongs to the country where the act took
    // place: the place named in the event's own sentence, else the report's main country. Governments and armies
    // act abroad as often as at home, so for them only the report's country is taken.
    let participant_in = |arg: &Arg, here: Option<&String>| {
        let local = arg.desc.role.as_deref().is_some_and(|r| !matches!(r, "GOV" | "MIL" | "IGO" | "NGO"));
        let fallback = if local { here.cloned().or(main_country.clone()) } else { main_country.clone() };
        let mut p = participant(arg);
        if arg.desc.country.is_none() && arg.desc.role.as_ref().is_some_and(|r| !matches!(r.as_str(), "IGO" | "NGO")) {
            p.country = fallback;
        }
        p
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
            let here_country = ev
                .location
                .map(|li| &ents[li])
                .filter(|e| a.words[e.word_start].sentence == ev.sentence)
                .and_then(|e| e.geo.as_ref().and_then(|g| g.country.clone()).or(e.country.clone()));
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
            Event {
                id: format!("V{}", i + 1),
                kind: ev.kind,
                mode: ev.mode.map(String::from),
                cameo: Some(ev.cameo.to_string()),
                goldstein: ev.goldstein,
                status: ev.status,
                sentence: ev.sentence,
                trigger: TextSpan { text: a.slice(ts, te), start: ts, end: te },
                actor: ev.actor.as_ref().map(|x| participant_in(x, here_country.as_ref())),
                recipient: ev.recipient.as_ref().map(|x| participant_in(x, here_country.as_ref())),
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
                Speaker { text: p.text, start: p.start, end: p.end, entity: p.entity, name: p.name }
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
