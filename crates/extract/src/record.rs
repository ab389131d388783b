//! Input records and their validation: what `rasd extract` accepts per CONTRACT.md.

use serde::Deserialize;
use serde_json::Value;

/// Default size limit of one text, in UTF-8 bytes.
pub const DEFAULT_MAX_BYTES: usize = 2 * 1024 * 1024;

/// A calendar date (proleptic Gregorian): jiff's, the one date type of the workspace.
pub use rasd_numtime::Date;

/// Parse `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp (`2018-05-10T08:04:57+00:00`).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let d = s.get(..10)?;
    let b = d.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if s.len() > 10 && !matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
        return None;
    }
    let year: i16 = d[..4].parse().ok()?;
    let month: i8 = d[5..7].parse().ok()?;
    let day: i8 = d[8..10].parse().ok()?;
    Date::new(year, month, day).ok()
}

/// One article to extract from.
#[derive(Clone, Debug, Default)]
pub struct Record {
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

#[derive(Deserialize)]
struct RawRecord {
    id: Option<Value>,
    text: Option<Value>,
    title: Option<Value>,
    published: Option<Value>,
    url: Option<Value>,
    source: Option<Value>,
}

/// A record that cannot be processed: its id (as far as known) and a message for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    pub id: String,
    pub message: String,
}

fn as_text(v: Option<Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s),
        Value::Null => None,
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// A record's own id; an empty or blank `"id"` is none (the record is then named `<stem>:<line>`, so that every
/// output line and error names its record).
fn record_id(v: Option<Value>) -> Option<String> {
    as_text(v).filter(|id| !id.trim().is_empty())
}

/// Parse one JSON Lines record. `fallback_id` is `<stem>:<line>`, used when the record has no `id`.
pub fn parse_json_record(line: &[u8], fallback_id: &str, max_bytes: usize) -> Result<Record, RecordError> {
    let err = |id: &str, m: String| RecordError { id: id.to_string(), message: m };
    let s = std::str::from_utf8(line).map_err(|e| {
        // Name the record by its id when the rest of the line still parses.
        let id = serde_json::from_str::<RawRecord>(&String::from_utf8_lossy(line)).ok().and_then(|r| record_id(r.id));
        err(id.as_deref().unwrap_or(fallback_id), format!("invalid UTF-8 at byte {}", e.valid_up_to()))
    })?;
    let raw: RawRecord = match serde_json::from_str::<Value>(s) {
        Ok(v @ Value::Object(_)) => serde_json::from_value(v).map_err(|e| err(fallback_id, format!("invalid record: {e}")))?,
        Ok(_) => return Err(err(fallback_id, "invalid record: not a JSON object".into())),
        Err(e) => return Err(err(fallback_id, format!("invalid JSON: {e}"))),
    };
    let id = record_id(raw.id).unwrap_or_else(|| fallback_id.to_string());
    let text = match raw.text {
        None | Some(Value::Null) => return Err(err(&id, "record has no \"text\" field".into())),
        Some(Value::String(t)) => t,
        Some(_) => return Err(err(&id, "\"text\" is not a string".into())),
    };
    let rec = Record { id, text, title: as_text(raw.title), published: as_text(raw.published), url: as_text(raw.url), source: as_text(raw.source) };
    check_text(&rec, max_bytes)?;
    Ok(rec)
}

/// Build a record from a plain-text input.
pub fn plain_record(id: &str, bytes: &[u8], max_bytes: usize) -> Result<Record, RecordError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| RecordError { id: id.to_string(), message: format!("invalid UTF-8 at byte {}", e.valid_up_to()) })?;
    let rec = Record { id: id.to_string(), text: text.to_string(), ..Default::default() };
    check_text(&rec, max_bytes)?;
    Ok(rec)
}

fn check_text(rec: &Record, max_bytes: usize) -> Result<(), RecordError> {
    let e = |m: String| Err(RecordError { id: rec.id.clone(), message: m });
    if rec.text.trim().is_empty() {
        return e("text is empty".into());
    }
    if rec.text.len() > max_bytes {
        return e(format!("text is {} bytes, over the limit of {max_bytes} bytes (set --max-bytes to raise it)", rec.text.len()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_id_is_no_id() {
        // Found by the reader fuzz target: `{"id": ""}` gave an error line with an empty id.
        let e = parse_json_record(br#"{"id": ""}"#, "in:1", 1024).unwrap_err();
        assert_eq!((e.id.as_str(), e.message.as_str()), ("in:1", "record has no \"text\" field"));
        let r = parse_json_record(r#"{"id": "  ", "text": "قال الرئيس"}"#.as_bytes(), "in:2", 1024).unwrap();
        assert_eq!(r.id, "in:2");
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2023-09-21"), Some(rasd_numtime::Date::constant(2023, 9, 21)));
        assert_eq!(parse_date("2018-05-14T10:22:00+03:00").map(|d| d.to_string()), Some("2018-05-14".into()));
        assert_eq!(parse_date("2023-02-30"), None);
        assert_eq!(parse_date("21/09/2023"), None);
        assert_eq!(parse_date("2023-09-21garbage"), None);
    }

    #[test]
    fn bad_records_have_clear_errors() {
        let m = |l: &str| parse_json_record(l.as_bytes(), "f:3", 100).unwrap_err();
        assert!(m("{\"id\": 1, \"text\": \"\"}").message.contains("empty"));
        assert_eq!(m("{\"id\": 1, \"text\": \"\"}").id, "1");
        assert!(m("{\"title\": \"x\"}").message.contains("no \"text\""));
        assert_eq!(m("{\"title\": \"x\"}").id, "f:3");
        assert!(m("{\"text\": \"abc\"").message.starts_with("invalid JSON"));
        assert!(m("[1,2]").message.contains("not a JSON object"));
        assert!(m(&format!("{{\"text\": \"{}\"}}", "ب".repeat(60))).message.contains("over the limit"));
        let bad = parse_json_record(b"{\"text\": \"\xff\xfe\"}", "f:9", 100).unwrap_err();
        assert!(bad.message.contains("invalid UTF-8"));
        let ok = parse_json_record("{\"id\":\"a\",\"text\":\"قال\\u2028 نعم\",\"published\":\"2023-09-21\"}".as_bytes(), "f:1", 100).unwrap();
        assert_eq!(ok.text, "قال\u{2028} نعم");
    }
}
