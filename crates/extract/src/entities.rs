//! Stage: linked entity mentions (rasd-entities) into `entities`.

use crate::doc::{Document, Entity, Geo};
use crate::record::Ymd;
use rasd_text::Analysis;

pub fn annotate(a: &Analysis, published: Option<Ymd>, doc: &mut Document) -> Vec<rasd_entities::Entity> {
    let ents = rasd_entities::find_entities(a, published.map(|d| (d.year, d.month, d.day)));
    doc.entities = ents
        .iter()
        .enumerate()
        .map(|(i, e)| Entity {
            id: format!("E{}", i + 1),
            kind: e.kind.as_str(),
            text: a.slice(e.start, e.end),
            start: e.start,
            end: e.end,
            name: e.name.clone(),
            country: e.country.clone(),
            role: e.role.clone(),
            geo: e.geo.as_ref().map(|g| Geo { name: g.name.clone(), country: g.country.clone(), lat: g.lat, lon: g.lon, geonameid: g.geonameid }),
        })
        .collect();
    ents
}
