//! POLECAT/PLOVER-style JSON Lines: one object per event, named as in the POLECAT release where the field exists
//! there ("Event ID", "Event Date", "Event Type", ...), with rasd's own fields after them in lower case.

use crate::error::Result;
use crate::query::EventRow;
use serde_json::{json, Value};
use std::io::Write;

/// CAMEO quad class name in POLECAT's words.
fn quad_name(cameo: &Option<String>) -> Value {
    let root = cameo.as_deref().and_then(|c| c.get(..2)).and_then(|r| r.parse().ok());
    match root.and_then(crate::export::gdelt::quad_class) {
        Some(1) => "VERBAL COOPERATION".into(),
        Some(2) => "MATERIAL COOPERATION".into(),
        Some(3) => "VERBAL CONFLICT".into(),
        Some(4) => "MATERIAL CONFLICT".into(),
        _ => Value::Null,
    }
}

pub fn record(r: &EventRow) -> Value {
    json!({
        "Event ID": r.id,
        "Event Date": r.day,
        "Event Type": r.kind.to_lowercase(),
        "Event Mode": r.mode,
        "Quad Code": quad_name(&r.cameo),
        "Actor Name": r.actor_name,
        "Actor Country": r.actor_country,
        "Primary Actor Sector": r.actor_role,
        "Actor Name Raw": r.actor_text,
        "Recipient Name": r.recipient_name,
        "Recipient Country": r.recipient_country,
        "Primary Recipient Sector": r.recipient_role,
        "Recipient Name Raw": r.recipient_text,
        "Placename": r.location_name,
        "Country": r.location_country,
        "Latitude": r.lat,
        "Longitude": r.lon,
        "GeoNames ID": r.geonameid,
        "Source": r.source,
        "Publication Date": r.published,
        "Language": "ar",
        "Headline": Value::Null,
        "Event Text": r.sentence,
        "cameo": r.cameo,
        "goldstein": r.goldstein,
        "status": r.status,
        "trigger": r.trigger,
        "fatalities": r.fatalities,
        "injuries": r.injuries,
        "story_id": r.story_id,
        "mentions": r.mentions,
        "articles": r.articles,
        "sources": r.sources,
        "url": r.url,
        "record_id": r.record_id,
    })
}

pub fn write(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, &record(r)).map_err(|e| crate::StoreError::Other(e.to_string()))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
