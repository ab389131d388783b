//! Query parameters: the filters of `rasd query` plus paging and sorting, parsed from the raw query string so that
//! every mistake gets a 400 naming the parameter (unknown names included).

use crate::error::ApiError;
use rasd_store::web::{GroupBy, Sort};
use rasd_store::{EventType, Filter, Level, Status};

/// Largest page.
pub const MAX_LIMIT: usize = 500;
/// Deepest offset (deeper pages: narrow the filter).
pub const MAX_OFFSET: usize = 100_000;

pub const FILTER_NAMES: [&str; 12] =
    ["type", "status", "country", "actor_country", "recipient_country", "location_country", "from", "to", "month", "source", "story", "text"];

#[derive(Debug, Default)]
pub struct Params {
    pub filter: Filter,
    pub offset: usize,
    pub limit: usize,
    pub sort: Sort,
    pub by: Option<GroupBy>,
    /// Map zoom factor (1–32).
    pub zoom: Option<u32>,
}

fn iso3(name: &str, v: &str) -> Result<String, ApiError> {
    let v = v.trim();
    if v.len() == 3 && v.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(v.to_ascii_uppercase())
    } else {
        Err(ApiError::bad_param(name, format!("{name}={v:?} is not an ISO3 country code (three letters, e.g. SYR)")))
    }
}

fn day(name: &str, v: &str) -> Result<jiff::civil::Date, ApiError> {
    rasd_store::day::parse(v).ok_or_else(|| ApiError::bad_param(name, format!("{name}={v:?} is not a date (YYYY-MM-DD)")))
}

fn number(name: &str, v: &str, max: usize) -> Result<usize, ApiError> {
    match v.trim().parse::<usize>() {
        Ok(n) if n <= max => Ok(n),
        Ok(_) => Err(ApiError::bad_param(name, format!("{name}={v} is over the maximum {max}"))),
        Err(_) => Err(ApiError::bad_param(name, format!("{name}={v:?} is not a non-negative whole number"))),
    }
}

/// Parse a query string. `extra` names the parameters this endpoint accepts besides the filters.
pub fn parse(raw: Option<&str>, level: Level, extra: &[&str], default_limit: usize, max_query: usize) -> Result<Params, ApiError> {
    let raw = raw.unwrap_or("");
    if raw.len() > max_query {
        return Err(ApiError::new(axum::http::StatusCode::URI_TOO_LONG, format!("query string over {max_query} bytes")));
    }
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw).map_err(|e| ApiError::new(axum::http::StatusCode::BAD_REQUEST, format!("malformed query string: {e}")))?;
    let mut p = Params { limit: default_limit, ..Params::default() };
    p.filter.level = level;
    let mut seen: Vec<&str> = Vec::new();
    for (k, v) in &pairs {
        let k = k.as_str();
        if !FILTER_NAMES.contains(&k) && !extra.contains(&k) {
            let mut known: Vec<&str> = FILTER_NAMES.to_vec();
            known.extend_from_slice(extra);
            return Err(ApiError::bad_param(k, format!("unknown parameter {k:?}; this endpoint takes {}", known.join(", "))));
        }
        // Only type and status may repeat.
        if seen.contains(&k) && k != "type" && k != "status" {
            return Err(ApiError::bad_param(k, format!("parameter {k:?} given twice")));
        }
        seen.push(k);
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        let f = &mut p.filter;
        match k {
            "type" => {
                for t in v.split(',') {
                    f.types.push(EventType::parse_any_case(t).ok_or_else(|| {
                        ApiError::bad_param("type", format!("type={t:?} is not a PLOVER type ({})", EventType::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")))
                    })?);
                }
            }
            "status" => {
                for s in v.split(',') {
                    f.statuses.push(Status::parse_any_case(s).ok_or_else(|| {
                        ApiError::bad_param("status", format!("status={s:?} is not a status ({})", Status::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")))
                    })?);
                }
            }
            "country" => f.country = Some(iso3(k, v)?),
            "actor_country" => f.actor_country = Some(iso3(k, v)?),
            "recipient_country" => f.recipient_country = Some(iso3(k, v)?),
            "location_country" => f.location_country = Some(iso3(k, v)?),
            "from" => f.from = Some(day(k, v)?),
            "to" => f.to = Some(day(k, v)?),
            "month" => {
                let (a, b) = rasd_store::day::month_range(v).ok_or_else(|| ApiError::bad_param(k, format!("month={v:?} is not a month (YYYY-MM)")))?;
                f.from = rasd_store::day::parse(&a);
                f.to = rasd_store::day::parse(&b);
            }
            "source" => f.source = Some(v.to_string()),
            "story" => f.story = Some(v.parse::<i64>().map_err(|_| ApiError::bad_param(k, format!("story={v:?} is not a story id")))?),
            "text" => {
                if rasd_store::search::query_form(v).is_none() {
                    return Err(ApiError::bad_param(k, format!("text={v:?} has no words to search")));
                }
                f.text = Some(v.to_string());
            }
            "offset" => p.offset = number(k, v, MAX_OFFSET)?,
            "limit" => {
                p.limit = number(k, v, MAX_LIMIT)?;
                if p.limit == 0 {
                    return Err(ApiError::bad_param(k, "limit=0: ask for at least one row"));
                }
            }
            "sort" => {
                p.sort = Sort::parse(v).ok_or_else(|| ApiError::bad_param(k, format!("sort={v:?} is not one of {}", Sort::NAMES.join(", "))))?
            }
            "zoom" => {
                let z = number(k, v, rasd_store::web::MAX_ZOOM as usize)?;
                if z == 0 {
                    return Err(ApiError::bad_param(k, "zoom=0: the whole map is zoom 1"));
                }
                p.zoom = Some(z as u32);
            }
            "by" => p.by = Some(GroupBy::parse(v).ok_or_else(|| ApiError::bad_param(k, format!("by={v:?} is not one of {}", GroupBy::NAMES.join(", "))))?),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (p.filter.from, p.filter.to) {
        if a > b {
            return Err(ApiError::bad_param("from", format!("from {a} is after to {b}")));
        }
    }
    Ok(p)
}
