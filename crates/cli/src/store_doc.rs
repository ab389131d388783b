//! The extraction worker's document, as the store reads it: field for field what `rasd_store::Document::from_json`
//! would read back from the JSON line the same worker wrote, without writing and parsing it twice (parsing every
//! line again cost about 2% of a whole-corpus ingest). The extraction and store crates stay unaware of each other.

use rasd_extract::doc as x;
use rasd_store::model as s;

fn text_span(t: &x::TextSpan) -> s::TextSpan {
    s::TextSpan { text: t.text.clone(), start: t.start, end: t.end }
}

fn participant(p: &x::Participant) -> s::Participant {
    s::Participant {
        text: p.text.clone(),
        start: p.start,
        end: p.end,
        entity: p.entity.clone(),
        name: p.name.clone(),
        country: p.country.clone(),
        role: p.role.clone(),
        country_from: p.country_from.map(String::from),
    }
}

fn location(l: &x::Location) -> s::Location {
    s::Location {
        text: l.text.clone(),
        start: l.start,
        end: l.end,
        name: l.name.clone(),
        country: l.country.clone(),
        lat: l.lat,
        lon: l.lon,
        geonameid: l.geonameid,
    }
}

fn count(c: &x::Count) -> s::Count {
    s::Count { low: c.low, high: c.high, text: c.text.clone(), start: c.start, end: c.end }
}

fn entity(e: &x::Entity) -> s::Entity {
    s::Entity {
        id: e.id.clone(),
        kind: e.kind.to_string(),
        text: e.text.clone(),
        start: e.start,
        end: e.end,
        name: e.name.clone(),
        country: e.country.clone(),
        role: e.role.clone(),
        geo: e.geo.as_ref().map(|g| s::Geo { name: g.name.clone(), country: g.country.clone(), lat: g.lat, lon: g.lon, geonameid: g.geonameid }),
    }
}

fn event(e: &x::Event) -> s::Event {
    s::Event {
        id: e.id.clone(),
        kind: e.kind,
        mode: e.mode.map(|m| m.as_str().to_string()),
        cameo: e.cameo.clone(),
        goldstein: e.goldstein,
        status: e.status,
        sentence: e.sentence,
        trigger: text_span(&e.trigger),
        actor: e.actor.as_ref().map(participant),
        recipient: e.recipient.as_ref().map(participant),
        location: e.location.as_ref().map(location),
        date: e.date.as_ref().map(|d| s::EventDate { text: d.text.clone(), start: d.start, end: d.end, value: d.value.clone(), precision: d.precision.to_string() }),
        fatalities: e.fatalities.as_ref().map(count),
        injuries: e.injuries.as_ref().map(count),
        confidence: e.confidence,
    }
}

fn quote(q: &x::Quote) -> s::Quote {
    s::Quote {
        speaker: q.speaker.as_ref().map(|p| s::Speaker { text: p.text.clone(), start: p.start, end: p.end, entity: p.entity.clone(), name: p.name.clone() }),
        cue: q.cue.as_ref().map(text_span),
        content: s::Span { start: q.content.start, end: q.content.end },
        direct: q.direct,
    }
}

/// The store's copy of an extracted document.
pub fn to_store(d: &x::Document) -> s::Document {
    s::Document {
        id: d.id.to_string(),
        published: d.published.clone(),
        language: d.language.to_string(),
        title: d.title.map(String::from),
        url: d.url.map(String::from),
        source: d.source.map(String::from),
        text: d.text.to_string(),
        sentences: d.sentences.iter().map(|x| s::Span { start: x.start, end: x.end }).collect(),
        entities: d.entities.iter().map(entity).collect(),
        events: d.events.iter().map(event).collect(),
        quotes: d.quotes.iter().map(quote).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;

    /// On real reports (ANT), the typed copy is what the store parses back from the JSON line: same values, floats
    /// within their last printed digit (JSON's decimal form of a float is not always read back to the same bits).
    #[test]
    fn typed_copy_equals_the_parsed_line() {
        let ant = format!("{}/../../../shared/data/news/ant-multisource.jsonl.gz", env!("CARGO_MANIFEST_DIR"));
        let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(ant).expect("ANT corpus")));
        let (mut docs, mut events, mut geo) = (0, 0, 0);
        for line in reader.lines().skip(25000).take(300) {
            let Ok(rec) = rasd_extract::parse_json_record(line.expect("line").as_bytes(), "?", rasd_extract::DEFAULT_MAX_BYTES) else { continue };
            let (typed, json) = rasd_extract::extract_with(&rec, &Default::default(), |d, json| (to_store(d), json));
            let parsed = s::Document::from_json(&json).expect("a record");
            // Floats compared through their JSON form (what the record column keeps).
            let print = |d: &s::Document| serde_json::to_value(d).expect("serialize");
            assert_eq!(print(&typed), print(&parsed), "{}", rec.id);
            docs += 1;
            events += typed.events.len();
            geo += typed.entities.iter().filter(|e| e.geo.is_some()).count();
        }
        assert!(docs > 250 && events > 100 && geo > 100, "{docs} documents, {events} events, {geo} geocoded entities");
    }
}
