//! Stage: linked entity mentions (rasd-entities) into `entities`.

use crate::doc::{Document, Entity};
use crate::record::Date;
use rasd_text::Analysis;

pub fn annotate(a: &Analysis, published: Option<Date>, doc: &mut Document) -> Vec<rasd_entities::Entity> {
    let ents = rasd_entities::find_entities(a, published);
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
            geo: e.geo.clone(),
        })
        .collect();
    ents
}
