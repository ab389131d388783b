//! The GDELT 2.0 event table: tab-separated, no header, 61 columns in GDELT's order, each value in GDELT's form.
//! rasd fills what it knows (dates, actors' country and role codes, CAMEO codes, Goldstein, counts, the action's
//! place, the source URL) and leaves the rest empty.

use crate::day;
use crate::error::Result;
use crate::query::EventRow;
use std::io::Write;

/// GDELT 2.0's event columns, in order.
pub const COLUMNS: [&str; 61] = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
    "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
];

/// CAMEO's quad class from the root code: verbal and material cooperation, verbal and material conflict.
pub fn quad_class(root: u32) -> Option<u8> {
    match root {
        1..=5 => Some(1),
        6..=9 => Some(2),
        10..=14 => Some(3),
        15..=20 => Some(4),
        _ => None,
    }
}

/// No tabs or line breaks inside a field.
fn clean(s: &str) -> String {
    s.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c }).collect()
}

/// The ten columns of an actor group: CAMEO code (country + role), name, country, …, type 1.
fn actor(country: &Option<String>, role: &Option<String>, name: &Option<String>, text: &Option<String>) -> Vec<String> {
    let c = country.clone().unwrap_or_default();
    let r = role.clone().unwrap_or_default();
    let name = name.as_ref().or(text.as_ref()).map(|n| clean(n).to_uppercase()).unwrap_or_default();
    let mut v = vec![format!("{c}{r}"), name, c, String::new(), String::new(), String::new(), String::new(), r];
    v.extend([String::new(), String::new()]);
    v
}

fn action_geo(r: &EventRow) -> Vec<String> {
    let f = |x: Option<f64>| x.map(|v| format!("{v:.4}")).unwrap_or_default();
    if r.location_name.is_none() && r.location_country.is_none() {
        return vec![String::new(); 8];
    }
    // GDELT geo types: 1 country, 4 a place within it.
    let kind = if r.lat.is_some() { "4" } else { "1" };
    vec![
        kind.into(), r.location_name.as_deref().map(clean).unwrap_or_default(), r.location_country.clone().unwrap_or_default(),
        String::new(), String::new(), f(r.lat), f(r.lon), r.geonameid.map(|g| g.to_string()).unwrap_or_default(),
    ]
}

/// GDELT's DATEADDED: YYYYMMDDHHMMSS (UTC).
fn date_added(at: &Option<String>) -> String {
    at.as_deref().map(|s| s.chars().filter(|c| c.is_ascii_digit()).take(14).collect()).unwrap_or_default()
}

/// One row's 61 values.
pub fn fields(r: &EventRow) -> Vec<String> {
    let d = r.day.as_deref().and_then(day::parse);
    let mut v = vec![r.id.to_string()];
    match d {
        Some(d) => v.extend([day::yyyymmdd(d).to_string(), format!("{:04}{:02}", d.year(), d.month()), d.year().to_string(), day::fraction(d)]),
        None => v.extend(vec![String::new(); 4]),
    }
    v.extend(actor(&r.actor_country, &r.actor_role, &r.actor_name, &r.actor_text));
    v.extend(actor(&r.recipient_country, &r.recipient_role, &r.recipient_name, &r.recipient_text));
    let code = r.cameo.clone().unwrap_or_default();
    let base: String = code.chars().take(3).collect();
    let root: String = code.chars().take(2).collect();
    let quad = root.parse().ok().and_then(quad_class).map(|q| q.to_string()).unwrap_or_default();
    let is_root = if r.sentence_index == Some(0) { "1" } else { "0" };
    v.extend([is_root.to_string(), code.clone(), base, root, quad, r.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default()]);
    v.extend([r.mentions.to_string(), r.sources.to_string(), r.articles.to_string(), String::new()]);
    v.extend(vec![String::new(); 16]);
    v.extend(action_geo(r));
    v.push(date_added(&r.ingested_at));
    v.push(clean(r.url.as_deref().unwrap_or(&r.record_id)));
    v
}

pub fn write(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    for r in rows {
        writeln!(out, "{}", fields(r).join("\t"))?;
    }
    Ok(())
}
