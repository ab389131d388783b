//! Calendar arithmetic: shifting dates, weekdays, cutting a date range to its common precision, and the tabular
//! Islamic calendar.

use crate::Precision;
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

pub fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

pub fn add_months(d: Date, n: i32) -> Option<Date> {
    let m = d.year() as i32 * 12 + d.month() as i32 - 1 + n;
    Date::new((m.div_euclid(12)) as i16, (m.rem_euclid(12) + 1) as i8, 1).ok()
}

pub fn weekday_iso(d: Date) -> u8 {
    d.weekday().to_monday_one_offset() as u8
}

pub fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

pub fn last_of_month(y: i32, m: u8) -> Option<Date> {
    Some(ymd(y, m, 1)?.last_of_month())
}

/// The day with ISO weekday `wd` nearest to `anchor` in the given direction: `back` = on or before,
/// otherwise on or after; `strict` excludes the anchor itself.
pub fn weekday_from(anchor: Date, wd: u8, back: bool, strict: bool) -> Option<Date> {
    let cur = weekday_iso(anchor) as i64;
    let wd = wd as i64;
    let mut diff = if back { (cur - wd).rem_euclid(7) } else { (wd - cur).rem_euclid(7) };
    if strict && diff == 0 {
        diff = 7;
    }
    add_days(anchor, if back { -diff } else { diff })
}

/// The day with weekday `wd` closest to `anchor` (at most 3 days away; earlier on a tie).
pub fn weekday_near(anchor: Date, wd: u8) -> Option<Date> {
    let cur = weekday_iso(anchor) as i64;
    let back = (cur - wd as i64).rem_euclid(7);
    if back <= 3 {
        add_days(anchor, -back)
    } else {
        add_days(anchor, 7 - back)
    }
}

/// Monday of the week `offset` weeks from the week of `d`.
pub fn week_start(d: Date, offset: i32) -> Option<Date> {
    let monday = add_days(d, -(weekday_iso(d) as i64 - 1))?;
    add_days(monday, offset as i64 * 7)
}

/// The value and precision that a date range `[a, b]` supports: the finest of day, month, year that both ends
/// share.
pub fn common(a: Date, b: Date) -> (String, Precision) {
    if a == b {
        (fmt(a, Precision::Day), Precision::Day)
    } else if a.year() == b.year() && a.month() == b.month() {
        (fmt(a, Precision::Month), Precision::Month)
    } else if a.year() == b.year() {
        (fmt(a, Precision::Year), Precision::Year)
    } else {
        // A range across a new year: the year it mostly lies in.
        let mid = add_days(a, (b - a).get_days() as i64 / 2).unwrap_or(a);
        (fmt(mid, Precision::Year), Precision::Year)
    }
}

pub fn fmt(d: Date, p: Precision) -> String {
    let (y, m, dd) = (d.year() as i32, d.month() as i32, d.day() as i32);
    match p {
        Precision::Day => date_text(y, Some(m), Some(dd)),
        Precision::Month => date_text(y, Some(m), None),
        Precision::Year | Precision::Decade => date_text(y, None, None),
    }
}

/// `{:04}-{:02}-{:02}` of a year, month and day, without the formatting machinery (one string per date of
/// every text): the digits go into a buffer, and the string is allocated once.
pub(crate) fn date_text(y: i32, m: Option<i32>, d: Option<i32>) -> String {
    if !(0..=9999).contains(&y) || [m, d].into_iter().flatten().any(|v| !(0..=99).contains(&v)) {
        let mut s = format!("{y:04}");
        for v in [m, d].into_iter().flatten() {
            s.push_str(&format!("-{v:02}"));
        }
        return s;
    }
    let mut b = [0u8; 10];
    let mut n = 0;
    push_digits(&mut b, &mut n, y as u32, 4);
    for v in [m, d].into_iter().flatten() {
        b[n] = b'-';
        n += 1;
        push_digits(&mut b, &mut n, v as u32, 2);
    }
    std::str::from_utf8(&b[..n]).expect("ASCII digits").to_string()
}

/// The last `width` decimal digits of `v`, zero-padded, at `b[*n..]`.
fn push_digits(b: &mut [u8; 10], n: &mut usize, v: u32, width: u32) {
    for k in (0..width).rev() {
        b[*n] = b'0' + (v / 10u32.pow(k) % 10) as u8;
        *n += 1;
    }
}

/// Julian day number of a Gregorian date.
fn jdn_of(d: Date) -> i64 {
    let epoch = Date::new(1970, 1, 1).expect("epoch");
    (d - epoch).get_days() as i64 + 2_440_588
}

fn from_jdn(j: i64) -> Option<Date> {
    add_days(Date::new(1970, 1, 1).ok()?, j - 2_440_588)
}

/// Julian day number of 1 Muharram AH 1 in the civil ("Friday") epoch of the tabular calendar: 16 July 622 (Julian).
const HIJRI_EPOCH: i64 = 1_948_440;

/// The tabular Islamic calendar: 30-year cycles of 354/355-day years, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
/// 26, 29; odd months have 30 days, even months 29, the last month 30 in a leap year. Real observance (moon
/// sighting, Umm al-Qura) can differ by a day or two.
pub fn hijri_to_gregorian(year: i32, month: u8, day: u8) -> Option<Date> {
    if !(1..=12).contains(&month) || year < 1 || day < 1 || day > hijri_month_length(year, month) {
        return None;
    }
    let (y, m, d) = (year as i64, month as i64, day as i64);
    let jdn = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + HIJRI_EPOCH - 1;
    from_jdn(jdn)
}

/// Inverse of `hijri_to_gregorian`.
pub fn gregorian_to_hijri(d: Date) -> (i32, u8, u8) {
    let jdn = jdn_of(d);
    let y = (30 * (jdn - HIJRI_EPOCH) + 10646).div_euclid(10631);
    let start_of_year = hijri_to_gregorian(y as i32, 1, 1).map(jdn_of).unwrap_or(jdn);
    let m = (((jdn - start_of_year) * 2 + 1) / 59 + 1).clamp(1, 12);
    let start_of_month = hijri_to_gregorian(y as i32, m as u8, 1).map(jdn_of).unwrap_or(jdn);
    (y as i32, m as u8, (jdn - start_of_month + 1) as u8)
}

pub fn hijri_month_length(year: i32, month: u8) -> u8 {
    if month % 2 == 1 {
        30
    } else if month < 12 {
        29
    } else if (14 + 11 * year).rem_euclid(30) < 11 {
        30
    } else {
        29
    }
}

#[allow(dead_code)]
pub fn is_weekday(d: Date, w: Weekday) -> bool {
    d.weekday() == w
}
