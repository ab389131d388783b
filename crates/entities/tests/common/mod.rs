//! Helpers shared by the entity tests.
#![allow(dead_code)]

use rasd_entities::{find_entities, Entity};

/// The analysis of `text` and its entities, resolved against publication date `date`.
pub fn ents(text: &str, date: rasd_entities::Date) -> (rasd_text::Analysis, Vec<Entity>) {
    let a = rasd_text::analyze(text);
    let e = find_entities(&a, Some(date));
    (a, e)
}

/// The entity whose surface is `surface`.
pub fn find<'a>(a: &rasd_text::Analysis, es: &'a [Entity], surface: &str) -> Option<&'a Entity> {
    es.iter().find(|e| a.slice(e.start, e.end) == surface)
}
