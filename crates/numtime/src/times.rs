//! Date expressions: found by one pass over the words, resolved against the publication date.

use crate::calendar::{add_days, add_months, common, date_text, fmt, hijri_month_length, hijri_to_gregorian, weekday_from, weekday_near, week_start, ymd};
use crate::lexicon::{Cat, Entry, Index, Lexicon, Marker, TimeUnit, Words};
use crate::numbers::{digits_value, parse_number, parse_ordinal};
use crate::{Precision, TimeExpr};
use jiff::civil::Date;
use rasd_text::{Analysis, Word, WordKind};

/// A resolved value before it is cut to text.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Value {
    Day(Date),
    Month(i32, u8),
    Year(i32),
    Decade(i32),
    Range(Date, Date),
}

impl Value {
    fn render(self) -> (String, Precision) {
        match self {
            Value::Day(d) => (fmt(d, Precision::Day), Precision::Day),
            Value::Month(y, m) => (date_text(y, Some(m as i32), None), Precision::Month),
            Value::Year(y) => (date_text(y, None, None), Precision::Year),
            Value::Decade(y) => (date_text(y, None, None), Precision::Decade),
            Value::Range(a, b) => common(a, b),
        }
    }
}

/// One expression found: word range, and its value when it could be resolved.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub ws: usize,
    pub we: usize,
    pub value: Option<Value>,
    /// An amount of time counted back or forward (منذ ثلاثة أيام): its number is also a quantity.
    pub counted: bool,
    /// A weekday read forward because of the planned verb at this word (`Scan::planned_before`).
    pub planned: Option<usize>,
}

/// Whether the month without a year lies before, after, or in the year of publication.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dir {
    None,
    Past,
    Future,
    Current,
}

struct Scan<'a> {
    ws: Words<'a>,
    w: &'a [Word],
    lex: &'static Lexicon,
    pubd: Option<Date>,
}

fn punct(w: &Word, c: &str) -> bool {
    w.kind == WordKind::Punct && w.key == c
}

impl<'a> Scan<'a> {
    fn first(&self, j: usize) -> &'static [Entry] {
        self.ws.first(j)
    }

    fn longest(&self, j: usize, keep: impl Fn(&Cat) -> bool) -> Option<(&'static Entry, usize)> {
        self.ws.longest(j, keep)
    }

    fn same(&self, i: usize, j: usize) -> bool {
        j < self.w.len() && self.w[j].sentence == self.w[i].sentence
    }

    /// A date as the genitive of a name's head noun: one word with the article (صحيفة الغد، حزب الغد), or a
    /// month or day and month without a year (ثورة 25 يناير، قوى 14 آذار، حركة 20 فبراير).
    fn named(&self, f: &Found) -> bool {
        let (ws, we) = (f.ws, f.we);
        let head = |m: Marker| ws > 0 && self.same(ws - 1, ws) && !self.w[ws - 1].has_article() && self.w[ws - 1].split.enclitic == 0 && self.marker(ws - 1, m) == Some(ws);
        let month = matches!(f.value, Some(Value::Month(..) | Value::Day(_)))
            && (ws..we).any(|j| self.first(j).iter().any(|e| matches!(e.cat, Cat::Month { .. })))
            && (ws..we).all(|j| !(self.w[j].kind == WordKind::Number && self.w[j].key.len() == 4));
        (head(Marker::NameHead) && (we == ws + 1 && self.w[ws].has_article() || month)) || (month && head(Marker::MonthNameHead))
    }

    /// اليوم or الليلة as the noun of some other day: with a following modifier or a preceding demonstrative or
    /// نفس (اليوم التالي، اليوم الذي، نفس اليوم). The expression must end in the relative word.
    fn day_noun(&self, f: &Found) -> bool {
        let last = f.we - 1;
        let w = &self.w[last];
        let day_word = w.has_article() && w.split.enclitic == 0 && self.first(last).iter().any(|e| e.rest.is_empty() && matches!(e.cat, Cat::Relative { unit: TimeUnit::Day, offset: 0, .. }));
        day_word
            && (self.same(last, f.we) && self.marker(f.we, Marker::DayNounAfter).is_some()
                || f.ws == last && last > 0 && self.same(last - 1, last) && self.marker(last - 1, Marker::DayNounBefore) == Some(last))
    }

    /// A decade that is a person's age: في الثلاثينيات من عمره.
    fn age(&self, f: &Found) -> bool {
        matches!(f.value, Some(Value::Decade(_))) && self.same(f.ws, f.we + 1) && Lexicon::is(&self.w[f.we], "من") && self.marker(f.we + 1, Marker::Age).is_some()
    }

    fn marker(&self, j: usize, m: Marker) -> Option<usize> {
        if j >= self.w.len() {
            return None;
        }
        self.longest(j, |c| *c == Cat::Marker(m)).map(|(_, e)| e)
    }

    /// A month name at `j`, with its paired name in the other system ("يوليو/تموز", "أكتوبر/ تشرين الأول",
    /// "يوليو (تموز)"). Returns month, end, and whether a paired name confirmed it.
    fn month(&self, j: usize) -> Option<(u8, usize, bool, bool)> {
        let (e, mut end) = self.longest(j, |c| matches!(c, Cat::Month { .. }))?;
        let Cat::Month { month, weak } = e.cat else { return None };
        let mut paired = false;
        let mut k = end;
        let open = self.same(j, k) && (punct(&self.w[k], "(") || punct(&self.w[k], "/") || punct(&self.w[k], "-"));
        if open {
            k += 1;
        }
        if self.same(j, k) {
            if let Some((e2, end2)) = self.longest(k, |c| matches!(c, Cat::Month { .. })) {
                if let Cat::Month { month: m2, .. } = e2.cat {
                    if m2 == month {
                        paired = true;
                        end = end2;
                        if self.same(j, end) && punct(&self.w[j.max(k - 1)], "(") && punct(&self.w[end], ")") {
                            end += 1;
                        }
                    }
                }
            }
        }
        Some((month, end, weak && !paired, paired))
    }

    /// A four-digit year at `j` (1000-2200 Gregorian), followed by an optional era mark. Returns the year,
    /// whether it is Hijri, and the end.
    fn year_num(&self, j: usize, min: f64, max: f64) -> Option<(i32, bool, usize)> {
        let w = self.w.get(j)?;
        // Four digits; Hijri years of the classical period have three (توفي عام 683هـ), checked below.
        if w.kind != WordKind::Number || !(3..=4).contains(&w.key.len()) || !w.key.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y = digits_value(&w.key)?;
        let mut end = j + 1;
        let mut hijri = false;
        if self.same(j, end) {
            if let Some(e) = self.marker(end, Marker::Hijri) {
                hijri = true;
                end = e;
            } else if let Some(e) = self.marker(end, Marker::Gregorian) {
                end = e;
            }
        }
        let (lo, hi) = if hijri { (1.0, 1600.0) } else if w.key.len() == 4 { (min, max) } else { return None };
        (y >= lo && y <= hi).then_some((y as i32, hijri, end))
    }

    /// Modifier after a month or weekday: الماضي, المقبل, الجاري.
    fn dir(&self, i: usize, j: usize) -> (Dir, usize) {
        if !self.same(i, j) {
            return (Dir::None, j);
        }
        for (m, d) in [(Marker::Past, Dir::Past), (Marker::Future, Dir::Future), (Marker::Current, Dir::Current)] {
            if let Some(e) = self.marker(j, m) {
                return (d, e);
            }
        }
        (self.shared_dir(j), j)
    }

    /// The modifier of two coordinated months, in the dual or plural after the second ("في نوفمبر أو ديسمبر
    /// المقبلين"، "بين 23 يوليو و23 ديسمبر الماضيين"): it is the first month's too. The span stays the first month's.
    fn shared_dir(&self, j: usize) -> Dir {
        let Some(w) = self.w.get(j) else { return Dir::None };
        // "أو" stands alone; "و" is a clitic of the next word.
        let k = if w.kind == WordKind::Arabic && w.key == rasd_text::key("أو") && self.same(j, j + 1) { j + 1 } else { j };
        let Some(k) = (k..(k + 3).min(self.w.len())).take_while(|&x| self.same(j, x)).find(|&x| self.month(x).is_some()) else { return Dir::None };
        let Some((_, end, _, _)) = self.month(k) else { return Dir::None };
        if !self.same(j, end) || !self.w[end].key.ends_with("ين") {
            return Dir::None;
        }
        for (m, d) in [(Marker::Past, Dir::Past), (Marker::Future, Dir::Future), (Marker::Current, Dir::Current)] {
            if self.marker(end, m).is_some() {
                return d;
            }
        }
        Dir::None
    }

    /// `year_for` of an expression at word `i`. A bare month is the nearest occurrence, but news tells mostly of
    /// the past: one more than three months ahead is taken as last year's (past) unless the clause is future
    /// ("هاجم متشددون ... يوم 25 أغسطس" in a February report: last August; "سيزور ... في أكتوبر" in May: this
    /// October), and one more than six months back as this year's (coming) when the clause is future (وكان
    /// البنتاغون وضع في يناير in an October report: January of the same year).
    fn year_for_at(&self, i: usize, m: u8, day: Option<u8>, dir: Dir) -> Option<i32> {
        let y = self.year_for(m, day, dir)?;
        if dir != Dir::None {
            return Some(y);
        }
        let p = self.pubd?.year() as i32;
        Some(match y - p {
            1 if !self.future_before(i) => p,
            -1 if self.future_before(i) => p,
            _ => y,
        })
    }

    /// Year for a month (and day) given without one.
    fn year_for(&self, m: u8, day: Option<u8>, dir: Dir) -> Option<i32> {
        let p = self.pubd?;
        let y = p.year() as i32;
        let here = (p.month() as u8, p.day() as u8);
        let this = (m, day.unwrap_or(0));
        Some(match dir {
            Dir::Current => y,
            // A month named as past: on or before publication for a day, strictly before for a whole month.
            Dir::Past => {
                if (day.is_some() && this <= here) || (day.is_none() && m < here.0) {
                    y
                } else {
                    y - 1
                }
            }
            Dir::Future => {
                if (day.is_some() && this > here) || (day.is_none() && m > here.0) {
                    y
                } else {
                    y + 1
                }
            }
            // A bare month: this year's, unless that is more than three months ahead (last year's: news tells of
            // the past; `year_for_at` takes this year's back when the clause is future) or more than six back.
            Dir::None => {
                let diff = m as i32 - here.0 as i32;
                if diff > 3 {
                    y - 1
                } else if diff < -6 {
                    y + 1
                } else {
                    y
                }
            }
        })
    }

    /// A day of the month (digits 1-31 or an ordinal) at `j`, with an optional الـ before it.
    fn day_num(&self, j: usize) -> Option<(u8, usize)> {
        let w = self.w.get(j)?;
        let j = if w.kind == WordKind::Arabic && w.key == "ال" && self.same(j, j + 1) { j + 1 } else { j };
        let w = &self.w[j];
        if w.kind == WordKind::Number {
            if w.key.len() > 2 || !w.key.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let d: u8 = w.key.parse().ok()?;
            return (1..=31).contains(&d).then_some((d, j + 1));
        }
        let (d, e) = parse_ordinal(&self.ws, j)?;
        // An ordinal is a day only before من + month: "السادس من آب".
        if !(self.same(j, e) && Lexicon::is(&self.w[e], "من")) {
            return None;
        }
        (1..=31).contains(&d).then_some((d as u8, e))
    }

    /// "27 ديسمبر الماضي", "25 مارس/آذار 2015", "الـ9 من مايو الجاري", "السادس من آب/أغسطس 2018",
    /// "15 رمضان 1439 هـ".
    fn day_month(&self, i: usize) -> Option<Found> {
        let (day, k) = self.day_num(i)?;
        self.day_range(i, day, k).or_else(|| self.day_then_month(i, day, k))
    }

    /// `day_month` past the day number `day` at `i`, ending at `k`: the month (or من + month), its year, or a
    /// Hijri month and year. No range: `day_range` reads its chain's last day with this, so a chain of numbers
    /// ("5-5-5-…") is walked, not recursed down.
    fn day_then_month(&self, i: usize, day: u8, mut k: usize) -> Option<Found> {
        if self.same(i, k) && Lexicon::is(&self.w[k], "من") {
            k += 1;
        }
        if !self.same(i, k) {
            return None;
        }
        if let Some((m, end, _, _)) = self.month(k) {
            if let Some((y, false, e)) = self.same(i, end).then(|| self.year_num(end, 1000.0, 2200.0)).flatten() {
                return Some(Found { ws: i, we: e, value: ymd(y, m, day).map(Value::Day), counted: false, planned: None });
            }
            if let Some((y, e)) = self.month_year(k, end) {
                return Some(Found { ws: i, we: e, value: y.and_then(|y| ymd(y, m, day)).map(Value::Day), counted: false, planned: None });
            }
            let (dir, e) = self.dir(i, end);
            let value = self.year_for_at(i, m, Some(day), dir).and_then(|y| ymd(y, m, day)).map(Value::Day);
            return Some(Found { ws: i, we: e, value, counted: false, planned: None });
        }
        // Hijri: the day, the month, the year and its era mark.
        let (e, end) = self.longest(k, |c| matches!(c, Cat::Hijri(_)))?;
        let Cat::Hijri(m) = e.cat else { return None };
        let (y, true, e) = self.year_num(end, 1.0, 1600.0)? else { return None };
        Some(Found { ws: i, we: e, value: hijri_to_gregorian(y, m, day).map(Value::Day), counted: false, planned: None })
    }

    /// Two days of one month ("28 و29 يونيو"، "بين 12 و19 حزيران"، "من 12 إلى 19 حزيران"), or a few ("16 و17 و18
    /// مارس"): an act told over them begins on the first, so the expression, from the first day's number to the
    /// month, has its day (GUIDE.md: an event's date is the day it happened or began). `day` is the day number at
    /// `i`, ending at `k`. The chain is walked, not recursed, and holds at most `RANGE_DAYS` days: a long chain of
    /// numbers ("5-5-5-…") is no range and costs each start a few steps.
    fn day_range(&self, i: usize, day: u8, k: usize) -> Option<Found> {
        // (start, day number, end) of each day of the chain.
        let mut days = vec![(i, day, k)];
        while let Some(next) = self.range_step(i, days[days.len() - 1].2) {
            if days.len() == RANGE_DAYS {
                return None;
            }
            days.push(next);
        }
        let &(s, d, e) = days.last().filter(|_| days.len() > 1)?;
        let f = self.day_then_month(s, d, e)?;
        let Some(Value::Day(last)) = f.value else { return None };
        let (y, m) = (last.year() as i32, last.month() as u8);
        for pair in days.windows(2) {
            let ((s0, d0, e0), (_, d1, _)) = (pair[0], pair[1]);
            ymd(y, m, d1)?;
            // Days in order; a later number is another date ("في 28 و3 يوليو" is none). Joined by و, days apart are
            // a list of dates unless بين makes them bounds ("آخرها في 9 و 30 نيسان" is the 9th and the 30th).
            let before = (s0 > 0 && self.same(s0, s0 - 1)).then(|| self.w[s0 - 1].key.as_str());
            // markers.tsv `range_between` (بين) and `range_night` (ليل، ليلة), as whole words.
            let between = before.is_some_and(|b| self.lex.range_between.iter().any(|k| k == b));
            // A night across two days is the later's: "ليل 6-7 نيسان" (a strike after midnight) keeps the 7th.
            let night = before.map(|b| b.trim_start_matches(['و', 'ف'])).is_some_and(|b| self.lex.range_night.iter().any(|k| k == b));
            if d1 <= d0 || (self.w[e0].key == "و" && d1 > d0 + 1 && !between) || night {
                return None;
            }
        }
        Some(Found { ws: i, value: ymd(y, m, day).map(Value::Day), ..f })
    }

    /// The next day of a range chain after the day ending at `k` (in the sentence of `i`): a joiner (و، إلى، حتى or
    /// a dash) then a day number; its (start, day, end).
    fn range_step(&self, i: usize, k: usize) -> Option<(usize, u8, usize)> {
        let w = self.w.get(k).filter(|_| self.same(i, k))?;
        if !(crate::joins_times(w) || punct(w, "-")) || !self.same(i, k + 1) {
            return None;
        }
        let (d, e) = self.day_num(k + 1)?;
        Some((k + 1, d, e))
    }

    /// "مارس/آذار 2015", "سبتمبر الماضي", "يوليو/تموز الحالي", "رمضان 1439 هـ".
    fn month_led(&self, i: usize) -> Option<Found> {
        if let Some((m, end, weak, _)) = self.month(i) {
            if let Some((y, false, e)) = self.same(i, end).then(|| self.year_num(end, 1000.0, 2200.0)).flatten() {
                return Some(Found { ws: i, we: e, value: Some(Value::Month(y, m)), counted: false, planned: None });
            }
            if let Some((y, e)) = self.month_year(i, end) {
                return Some(Found { ws: i, we: e, value: y.map(|y| Value::Month(y, m)), counted: false, planned: None });
            }
            let (dir, e) = self.dir(i, end);
            // A weak name with a preposition attached is the common word: "في باب المندب" is a door (ب + آب),
            // not August; a month takes في, not a clitic preposition.
            let clitic = self.w[i].split.prep > 0 && !self.w[i].split.future;
            if weak && dir == Dir::None && (clitic || !self.month_context(i)) {
                return None;
            }
            let value = self.year_for_at(i, m, None, dir).map(|y| Value::Month(y, m));
            return Some(Found { ws: i, we: e, value, counted: false, planned: None });
        }
        let (e, end) = self.longest(i, |c| matches!(c, Cat::Hijri(_)))?;
        let Cat::Hijri(m) = e.cat else { return None };
        let (y, true, e) = self.year_num(end, 1.0, 1600.0)? else { return None };
        let a = hijri_to_gregorian(y, m, 1)?;
        let b = hijri_to_gregorian(y, m, hijri_month_length(y, m))?;
        Some(Found { ws: i, we: e, value: Some(Value::Range(a, b)), counted: false, planned: None })
    }

    /// The year given after a month by a year word or a relative year, with or without من: "ديسمبر عام
    /// 2014", "يونيو من عام 2016", "يناير من العام الجاري", "مارس من العام الماضي". The year (`None` without a
    /// publication date for a relative one) and the end.
    fn month_year(&self, i: usize, end: usize) -> Option<(Option<i32>, usize)> {
        let k = if self.same(i, end) && Lexicon::is(&self.w[end], "من") { end + 1 } else { end };
        if !self.same(i, k) {
            return None;
        }
        if self.first(k).iter().any(|e| e.cat == Cat::Marker(Marker::Year) && e.rest.is_empty()) && self.same(i, k + 1) {
            if let Some((y, false, e)) = self.year_num(k + 1, 1000.0, 2200.0) {
                return Some((Some(y), e));
            }
        }
        let (e, we) = self.longest(k, |c| matches!(c, Cat::Relative { unit: TimeUnit::Year, needs_part: false, .. }))?;
        let Cat::Relative { offset, .. } = e.cat else { return None };
        Some((self.pubd.map(|p| p.year() as i32 + offset), we))
    }

    /// A weak month name (مارس، ماي) alone counts after a `month_context` preposition of markers.tsv (في، منذ،
    /// حتى، خلال), شهر or a part word.
    fn month_context(&self, i: usize) -> bool {
        if i == 0 || !self.same(i, i - 1) {
            return false;
        }
        let p = &self.w[i - 1];
        // With a pronoun the preposition has its object ("فيه ماي للقاء": in it, May the person).
        (p.split.enclitic == 0 && self.first(i - 1).iter().any(|e| e.cat == Cat::Marker(Marker::MonthContext) && e.rest.is_empty()))
            || self.marker(i - 1, Marker::MonthWord).is_some()
            || self.marker(i - 1, Marker::Part).is_some()
    }

    /// "عام 2020", "العام 2020", "في 2020", "2018م", "1439 هـ".
    fn year_led(&self, i: usize) -> Option<Found> {
        let w = &self.w[i];
        if w.kind == WordKind::Number {
            let prev = i.checked_sub(1).filter(|&p| self.same(i, p));
            let after_year_word = prev.is_some_and(|p| self.first(p).iter().any(|e| e.cat == Cat::Marker(Marker::Year) && e.rest.is_empty()));
            let context = prev.is_some_and(|p| {
                self.first(p).iter().any(|e| e.cat == Cat::Marker(Marker::YearContext) && e.rest.is_empty())
                    || (self.w[p].kind == WordKind::Arabic && self.w[p].key == "و" && p > 0 && self.w[p - 1].kind == WordKind::Number)
            });
            let (y, hijri, e) = if after_year_word { self.year_num(i, 1000.0, 2200.0)? } else { self.year_num(i, 1900.0, 2100.0)? };
            let marked = e > i + 1;
            if !(after_year_word || context || marked) {
                return None;
            }
            // "في 2000 قرية" is a count, not a year.
            if !after_year_word && !marked && self.same(i, e) && self.is_unit(e) {
                return None;
            }
            let ws = if after_year_word { i - 1 } else { i };
            let value = if hijri {
                let a = hijri_to_gregorian(y, 1, 1)?;
                let b = hijri_to_gregorian(y, 12, hijri_month_length(y, 12))?;
                Value::Range(a, b)
            } else {
                Value::Year(y)
            };
            return Some(Found { ws, we: e, value: Some(value), counted: false, planned: None });
        }
        None
    }

    fn is_unit(&self, j: usize) -> bool {
        self.first(j).iter().any(|e| matches!(e.cat, Cat::Unit { class, .. } if self.lex.class_name(class) != "-" && self.lex.class_name(class) != "year"))
    }

    /// A weekday with its article, or after يوم.
    fn weekday_at(&self, j: usize) -> Option<(u8, usize)> {
        let w = self.w.get(j)?;
        let (e, end) = self.longest(j, |c| matches!(c, Cat::Weekday(_)))?;
        let Cat::Weekday(d) = e.cat else { return None };
        let after_day = j > 0 && self.same(j, j - 1) && self.marker(j - 1, Marker::Prefix).is_some();
        (w.has_article() || after_day).then_some((d, end))
    }

    /// Is the verb of the clause future? Looks back a few words for سـ, سوف or a scheduling word (المرتقبة).
    fn future_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(7);
        (lo..i).rev().take_while(|&j| self.same(i, j)).any(|j| {
            let w = &self.w[j];
            w.split.future || dual_or_plural_future(w) || self.first(j).iter().any(|e| e.cat == Cat::Marker(Marker::FutureMarker) && e.rest.is_empty())
        })
    }

    /// Is the weekday at `i` the time of an act still to come? An imperfect verb of meeting, holding or visiting
    /// (يلتقي، تعقد، يزور), or a verbal noun after a decision (وافق على عقد جلسة), earlier in its clause: no
    /// clause opener (الذي، بعد) and no other date expression between them, and no كانت / وهو right before the
    /// verb (كانت ستعقد، وهو يترأس).
    /// The verb's word index when it is.
    fn planned_before(&self, i: usize) -> Option<usize> {
        let lo = i.saturating_sub(PLANNED_REACH);
        for j in (lo..i).rev() {
            if !self.same(i, j) || self.marker(j, Marker::ClauseStop).is_some() {
                return None;
            }
            if self.first(j).iter().any(|e| matches!(e.cat, Cat::Weekday(_) | Cat::Month { .. } | Cat::Relative { .. })) {
                return None;
            }
            if self.marker(j, Marker::PlannedVerb).is_some_and(|e| e <= i) {
                return (!(j > 0 && self.same(i, j - 1) && self.marker(j - 1, Marker::PlannedBlocker).is_some())).then_some(j);
            }
        }
        None
    }

    /// "الأربعاء", "الأحد المقبل", "الأربعاء 20 سبتمبر".
    fn weekday(&self, i: usize) -> Option<Found> {
        let (wd, end) = self.weekday_at(i)?;
        // A full date after the weekday decides.
        let mut k = end;
        if self.same(i, k) && (punct(&self.w[k], ",") || punct(&self.w[k], "-")) {
            k += 1;
        }
        if self.same(i, k) {
            if let Some(f) = self.day_month(k) {
                return Some(Found { ws: i, ..f });
            }
        }
        let (dir, e) = self.dir(i, end);
        // The direction written (الماضي، المقبل) or a future verb decides before a planned verb does.
        let open = !matches!(dir, Dir::Past | Dir::Future);
        // "الخميس والجمعة"، "يومي الثلاثاء والأربعاء": a weekday joined by و to the weekday right before it is the
        // next such day after that one (read back from publication, the second of a pair could fall before the first).
        if open && self.w[i].split.conj > 0 && self.w[i].key.starts_with('و') && i > 0 && self.same(i, i - 1) {
            if let Some(Found { value: Some(Value::Day(prev)), planned, .. }) = self.weekday_at(i - 1).filter(|&(_, pe)| pe == i).and_then(|_| self.weekday(i - 1)) {
                let value = weekday_from(prev, wd, false, true).map(Value::Day);
                return Some(Found { ws: i, we: e, value, counted: false, planned });
            }
        }
        let future = open && self.future_before(i);
        let planned = if open && !future { self.planned_before(i) } else { None };
        let value = self.pubd.and_then(|p| match dir {
            Dir::Past => weekday_from(p, wd, true, true),
            Dir::Future => weekday_from(p, wd, false, true),
            _ if future || planned.is_some() => weekday_from(p, wd, false, false),
            _ => weekday_from(p, wd, true, false),
        });
        Some(Found { ws: i, we: e, value: value.map(Value::Day), counted: false, planned })
    }

    /// "أمس", "أمس الأربعاء", "الشهر الماضي", "مطلع العام", "العام الماضي".
    fn relative(&self, i: usize) -> Option<Found> {
        let (e, end) = self.longest(i, |c| matches!(c, Cat::Relative { .. }))?;
        let Cat::Relative { unit, offset, needs_part } = e.cat else { return None };
        if needs_part && !(i > 0 && self.same(i, i - 1) && self.marker(i - 1, Marker::Part).is_some()) {
            return None;
        }
        // "نهاية العام 2017"، "صيف العام 1980": the year named after it, not the current one (read as "العام 2017").
        if needs_part && self.same(i, end) && self.year_num(end, 1000.0, 2200.0).is_some() {
            return None;
        }
        // "لليوم الثاني على التوالي": a count of days, not a date.
        if unit == TimeUnit::Day && self.same(i, end) && parse_ordinal(&self.ws, end).is_some() {
            return None;
        }
        let p = self.pubd;
        let mut we = end;
        let value = match unit {
            TimeUnit::Day => {
                let anchor = p.and_then(|p| add_days(p, offset as i64));
                // "أمس الأربعاء", "اليوم الأربعاء": the weekday names the day when the two disagree (wire copy
                // dated in another time zone).
                let mut k = end;
                if self.same(i, k) && punct(&self.w[k], ",") {
                    k += 1;
                }
                match self.weekday_at(k).filter(|_| self.same(i, k)) {
                    Some((wd, e2)) => {
                        we = e2;
                        anchor.and_then(|a| weekday_near(a, wd)).map(Value::Day)
                    }
                    None => anchor.map(Value::Day),
                }
            }
            TimeUnit::Week => p.and_then(|p| {
                let a = week_start(p, offset)?;
                Some(Value::Range(a, add_days(a, 6)?))
            }),
            TimeUnit::Month => p.and_then(|p| add_months(p, offset)).map(|d| Value::Month(d.year() as i32, d.month() as u8)),
            TimeUnit::Year => p.map(|p| Value::Year(p.year() as i32 + offset)),
        };
        Some(Found { ws: i, we, value, counted: false, planned: None })
    }

    /// "التسعينيات", "أواخر الثمانينيات", "تسعينيات القرن الماضي".
    fn decade(&self, i: usize) -> Option<Found> {
        let (e, mut end) = self.longest(i, |c| matches!(c, Cat::Decade(_)))?;
        let Cat::Decade(d) = e.cat else { return None };
        let mut century = 1900;
        let mut k = end;
        if self.same(i, k) && Lexicon::is(&self.w[k], "من") {
            k += 1;
        }
        if self.same(i, k) {
            if let Some(e) = self.marker(k, Marker::CenturyNow) {
                century = 2000;
                end = e;
            } else if let Some(e) = self.marker(k, Marker::CenturyPast) {
                end = e;
            }
        }
        Some(Found { ws: i, we: end, value: Some(Value::Decade(century + d as i32)), counted: false, planned: None })
    }

    /// "منذ ثلاثة أيام", "قبل عامين", "بعد يومين".
    fn counted(&self, i: usize) -> Option<Found> {
        let sign = if self.marker(i, Marker::Ago).is_some() {
            -1.0
        } else if self.marker(i, Marker::Later).is_some() {
            1.0
        } else {
            return None;
        };
        let k = i + 1;
        if !self.same(i, k) {
            return None;
        }
        let (n, u) = match parse_number(&self.ws, k) {
            Some((n, u)) => (n, u),
            None => (1.0, k),
        };
        if !self.same(i, u) {
            return None;
        }
        let (class, count) = self.first(u).iter().find_map(|e| match e.cat {
            Cat::Unit { class, count } if e.rest.is_empty() => Some((self.lex.class_name(class), count)),
            _ => None,
        })?;
        // "منذ يوم الجمعة", "منذ عام 2015", "منذ شهر ديسمبر": يوم, عام and شهر introduce a date here.
        if u == k && self.same(i, u + 1) && (self.w[u + 1].kind == WordKind::Number || self.weekday_at(u + 1).is_some() || self.longest(u + 1, |c| matches!(c, Cat::Month { .. } | Cat::Hijri(_))).is_some()) {
            return None;
        }
        let n = match count {
            Some(c) if u == k => c as f64,
            Some(_) => return None,
            // "قبل عام" = a year ago; a plural noun needs its number.
            None if u == k && !matches!(self.w[u].bare.as_str(), "يوم" | "اسبوع" | "شهر" | "عام" | "سنه") => return None,
            None => n,
        };
        // "بعد يوم واحد", "قبل أسبوع واحد": the number word one after a bare unit is part of the span (read by
        // its whole key: the clitic model may split واحد as و + احد, which the number parser refuses).
        let one = u == k && n == 1.0 && self.same(i, u + 1) && matches!(self.w[u + 1].key.as_str(), "واحد" | "واحده" | "واحدة");
        let end = if one { u + 2 } else { u + 1 };
        // "بعد يومين من الهجوم", "بعد يوم فقط من", "بعد خمسة أعوام على تفجير": counted from another event, not from
        // publication. Keys as folded (على → علي): the unfolded "على" never matched, and "بعد خمسة أعوام على" was 5
        // years after publication. After منذ, على is no such event ("والمسجون منذ أربع سنوات على خلفية").
        let after = if self.same(i, end) && Lexicon::is(&self.w[end], "فقط") { end + 1 } else { end };
        let from = |k: &str| Lexicon::is(&self.w[after], k);
        if self.same(i, after) && (from("من") || (from("علي") && !Lexicon::is(&self.w[i], "منذ"))) {
            return None;
        }
        if n.fract() != 0.0 || n > 10000.0 {
            return None;
        }
        let n = (sign * n) as i64;
        let value = self.pubd.and_then(|p| match class {
            "day" => add_days(p, n).map(Value::Day),
            "week" => add_days(p, n * 7).map(Value::Day),
            "month" => add_months(p, n as i32).map(|d| Value::Month(d.year() as i32, d.month() as u8)),
            "year" => Some(Value::Year(p.year() as i32 + n as i32)),
            _ => None,
        });
        if !matches!(class, "day" | "week" | "month" | "year") {
            return None;
        }
        Some(Found { ws: i, we: end, value, counted: true, planned: None })
    }

    /// "14/5/2018", "2018-05-14", "14.5.2018".
    fn numeric(&self, i: usize) -> Option<Found> {
        let w = &self.w[i];
        if w.kind != WordKind::Number {
            return None;
        }
        let mut parts: Vec<&str> = Vec::new();
        let mut end = i + 1;
        if w.key.matches('.').count() == 2 {
            parts.extend(w.key.split('.'));
        } else {
            let sep = self.w.get(i + 1).filter(|s| self.same(i, i + 1) && (punct(s, "/") || punct(s, "-")))?;
            parts.push(&w.key);
            let mut j = i + 1;
            while parts.len() < 3 && j + 1 < self.w.len() && self.same(i, j + 1) && self.w[j].key == sep.key && self.w[j + 1].kind == WordKind::Number {
                parts.push(&self.w[j + 1].key);
                j += 2;
            }
            end = j;
        }
        if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
        let d = if parts[0].len() == 4 {
            ymd(n[0] as i32, n[1] as u8, n[2] as u8)
        } else if parts[2].len() == 4 {
            ymd(n[2] as i32, n[1] as u8, n[0] as u8)
        } else {
            None
        }?;
        (1900..=2100).contains(&(d.year() as i32)).then_some(Found { ws: i, we: end, value: Some(Value::Day(d)), counted: false, planned: None })
    }

    /// Any expression starting at word `i`.
    fn at(&self, i: usize, m: u32) -> Option<Found> {
        let w = &self.w[i];
        match w.kind {
            WordKind::Number => self.numeric(i).or_else(|| self.day_month(i)).or_else(|| self.year_led(i)),
            WordKind::Arabic => {
                use crate::lexicon::bits::*;
                if m & (NUM | MONTH | HIJRI | RELATIVE | WEEKDAY | DECADE | AGO | YEAR_WORD | AL) == 0 {
                    return None;
                }
                let on = |b: u32| m & b != 0;
                (if on(NUM | AL) { self.day_month(i) } else { None })
                    .or_else(|| if on(MONTH | HIJRI) { self.month_led(i) } else { None })
                    .or_else(|| if on(RELATIVE) { self.relative(i) } else { None })
                    .or_else(|| if on(WEEKDAY) { self.weekday(i) } else { None })
                    .or_else(|| if on(DECADE) { self.decade(i) } else { None })
                    .or_else(|| if on(AGO) { self.counted(i) } else { None })
                    .or_else(|| if on(YEAR_WORD) { self.year_word(i) } else { None })
            }
            _ => None,
        }
    }

    /// "عام 2020" starting at its year word.
    fn year_word(&self, i: usize) -> Option<Found> {
        self.marker(i, Marker::Year)?;
        if !self.same(i, i + 1) {
            return None;
        }
        self.year_led(i + 1).filter(|f| f.ws == i)
    }

    /// Take in the part and time-of-day words before an expression: "منتصف يوليو", "مساء أمس", "يوم الجمعة".
    fn extend_back(&self, mut f: Found, floor: usize) -> Found {
        for _ in 0..2 {
            let p = match f.ws.checked_sub(1) {
                Some(p) if p >= floor && self.same(f.ws, p) => p,
                _ => break,
            };
            if f.counted {
                break;
            }
            let hit = [Marker::Part, Marker::Prefix, Marker::MonthWord].iter().any(|&m| self.marker(p, m) == Some(f.ws));
            if !hit {
                break;
            }
            f.ws = p;
        }
        f
    }
}

/// Every date expression of the text, resolved or not.
pub(crate) fn scan(a: &Analysis, published: Option<Date>, ix: &Index) -> Vec<Found> {
    let s = Scan { ws: Words::indexed(&a.words, ix), w: &a.words, lex: Lexicon::global(), pubd: published };
    let mut out: Vec<Found> = Vec::with_capacity(ix.cands.len() / 4);
    let mut floor = 0;
    for &(c, m) in &ix.cands {
        let i = c as usize;
        if i < floor {
            continue;
        }
        if let Some(f) = s.at(i, m).filter(|f| f.we > i) {
            if quoted_alone(&a.words, f.ws, f.we) || s.named(&f) || s.day_noun(&f) || s.age(&f) {
                // A name, not a date: an initiative called "غداً", the feast "يناير", صحيفة الغد; or "the day" of
                // another time: في اليوم التالي، نفس اليوم; or an age: في الثلاثينيات من عمره. Its words start
                // nothing else (يناير of ثورة 25 يناير).
                floor = f.we;
                continue;
            }
            let f = s.extend_back(f, floor);
            floor = f.we;
            out.push(f);
        }
    }
    out
}

/// How many words back a planned verb reaches to its weekday ("يلتقي رئيس كوريا الجنوبية، مون جاي إن، نظيره
/// الكوري الشمالي، كيم كونغ أون، الجمعة").
const PLANNED_REACH: usize = 20;

/// A future dual or plural the clitic model keeps whole because the form without سـ is rare in its corpus
/// (سيتزوجان، ستجتمعان، سيعودون): سـ, an imperfect prefix, the indicative ان/ون ending (ين would be a noun's
/// or the feminine singular's: ستروين is Citroën), and the singular imperfect (يتزوج) more frequent than the
/// whole word, which a noun in سـ (سنوات، سيارتان) is not.
fn dual_or_plural_future(w: &Word) -> bool {
    if w.kind != WordKind::Arabic || w.split.future || w.split.prep > 0 || w.split.article > 0 {
        return false;
    }
    let k = w.key.strip_prefix('و').filter(|_| w.split.conj > 0).unwrap_or(&w.key);
    let Some(rest) = k.strip_prefix('س') else { return false };
    if !rest.starts_with(['ي', 'ت', 'ن']) || rest.chars().count() < 5 {
        return false;
    }
    let Some(stem) = ["ان", "ون"].iter().find_map(|e| rest.strip_suffix(e)) else { return false };
    let m = rasd_text::clitics::CliticModel::global();
    let c = m.count(stem);
    c >= 5 && c > m.count(k)
}

/// An expression with a quotation mark on each side, both touching it: the whole of a quote, a name ("غداً",
/// "30 يونيو").
fn quoted_alone(w: &[Word], ws: usize, we: usize) -> bool {
    let quote = |j: usize| w.get(j).is_some_and(|q| q.kind == WordKind::Punct && matches!(q.key.as_str(), "\"" | "«" | "»" | "“" | "”" | "„" | "‹" | "›" | "‘" | "’" | "'"));
    we > ws && ws > 0 && quote(ws - 1) && quote(we) && w[ws - 1].end == w[ws].start && w[we - 1].end == w[we].start
}

pub fn find_times(a: &Analysis, published: Option<Date>) -> Vec<TimeExpr> {
    let ix = Lexicon::global().index(&a.words);
    render(a, &scan(a, published, &ix))
}

pub(crate) fn render(a: &Analysis, found: &[Found]) -> Vec<TimeExpr> {
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let Some(v) = f.value else { continue };
        let (value, precision) = v.render();
        let start = a.words[f.ws].body_start;
        let end = a.words[f.we - 1].end;
        out.push(TimeExpr { start, end, value, precision, word_start: f.ws, word_end: f.we, planned_verb: f.planned });
    }
    out
}

/// The most days one range expression chains ("16 و17 و18 مارس"): `Scan::day_range`.
const RANGE_DAYS: usize = 8;
