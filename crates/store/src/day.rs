//! Calendar days as the store keeps them: ISO `YYYY-MM-DD` text, which sorts and compares as dates.

use jiff::civil::Date;

/// The day of an ISO date or RFC 3339 timestamp (its first ten characters), if valid.
pub fn parse(s: &str) -> Option<Date> {
    s.get(..10)?.parse::<Date>().ok()
}

pub fn iso(d: Date) -> String {
    d.to_string()
}

/// The day before and the day after.
pub fn around(d: Date) -> (Date, Date) {
    (d.yesterday().unwrap_or(d), d.tomorrow().unwrap_or(d))
}

/// GDELT's day form: YYYYMMDD as an integer.
pub fn yyyymmdd(d: Date) -> i64 {
    d.year() as i64 * 10000 + d.month() as i64 * 100 + d.day() as i64
}

/// GDELT's FractionDate: the year plus the fraction of it elapsed, with four decimals.
pub fn fraction(d: Date) -> String {
    let days = if d.in_leap_year() { 366.0 } else { 365.0 };
    format!("{:.4}", d.year() as f64 + (d.day_of_year() as f64 - 1.0) / days)
}

/// The first and last day of a `YYYY-MM` month.
pub fn month_range(s: &str) -> Option<(String, String)> {
    let first: Date = format!("{}-01", s.trim()).parse().ok()?;
    Some((iso(first), iso(first.last_of_month())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let d = parse("2023-09-21T10:00:00+03:00").unwrap();
        assert_eq!(yyyymmdd(d), 20230921);
        assert_eq!(fraction(d), "2023.7205");
        assert_eq!(iso(around(d).0), "2023-09-20");
        assert_eq!(month_range("2024-02"), Some(("2024-02-01".into(), "2024-02-29".into())));
        assert_eq!(parse("21/09/2023"), None);
    }
}
