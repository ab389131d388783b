//! rasd-numtime: numbers, counted quantities with their bounds, and date expressions resolved against the
//! publication date, on top of the words of `rasd_text::analyze`.
//!
//! All vocabulary lives in `data/numtime/*.tsv`; this crate holds the composition and calendar logic.

pub mod calendar;
mod lexicon;
mod numbers;
mod quantities;
mod table;
mod times;

pub use jiff::civil::Date;
pub use numbers::digits_value;

/// Read and validate every file of data/numtime; the first malformed entry is the error, with its file and line.
pub fn validate_data() -> Result<(), rasd_text::data::DataError> {
    lexicon::Lexicon::validate()
}
use rasd_text::{Analysis, Word};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
    Decade,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Decade => "decade",
        }
    }
}

/// A date expression and its resolved value, cut to its precision (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or a
/// decade's first year).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeExpr {
    /// Code point span in the original text (proclitics و/ب before the first word left out).
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub precision: Precision,
    /// Word index range in `Analysis::words`.
    pub word_start: usize,
    pub word_end: usize,
    /// A weekday read as the next such day because of an imperfect verb of meeting, holding or visiting earlier in
    /// its clause (`planned_verb` in data/numtime/markers.tsv: "يلتقي ... الجمعة"): that verb's word index.
    #[serde(skip)]
    pub planned_verb: Option<usize>,
}

/// A counted amount: `low` is the number stated or its lower bound, `high` the stated number or upper bound;
/// both are `None` for a vague amount (عشرات القتلى).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Stated as approximate (نحو، قرابة، حوالي) or vague.
    pub approximate: bool,
    /// The counted noun as written ("قتيل", "شخصا").
    pub unit: Option<String>,
    pub unit_start: Option<usize>,
    pub unit_end: Option<usize>,
    pub word_start: usize,
    pub word_end: usize,
}

/// Parse a number (digits, number words, with scale words) starting at word `i`: its value and the index of
/// the next word.
pub fn parse_number(words: &[Word], chars: &[char], i: usize) -> Option<(f64, usize)> {
    let _ = chars;
    numbers::parse_number(&lexicon::Words::lazy(words), i)
}

/// Every date expression of the text, resolved against `published`. Without a publication date only absolute
/// expressions (عام 2020، 25 مارس 2015، التسعينيات) are returned.
///
/// A weekday alone is the most recent such day on or before publication, unless the clause is future (a سـ
/// verb, سوف, المرتقبة, المقررة ... shortly before it, or المقبل after it), which makes it the next one.
pub fn find_times(a: &Analysis, published: Option<Date>) -> Vec<TimeExpr> {
    times::find_times(a, published)
}

/// Every counted amount of the text. Numbers inside date expressions (days, years) are not quantities.
pub fn find_quantities(a: &Analysis) -> Vec<Quantity> {
    let ix = lexicon::Lexicon::global().index(&a.words);
    let t = times::scan(a, None, &ix);
    quantities::find(a, &t, &ix)
}

/// Both at once, scanning the dates only once.
pub fn find_all(a: &Analysis, published: Option<Date>) -> (Vec<TimeExpr>, Vec<Quantity>) {
    let ix = lexicon::Lexicon::global().index(&a.words);
    let t = times::scan(a, published, &ix);
    let q = quantities::find(a, &t, &ix);
    (times::render(a, &t), q)
}

/// The class of a counted noun from `data/numtime/units.tsv` ("killed", "injured", "person", "armed", "day",
/// "money" ...), if it is listed.
pub fn unit_class(unit: &str) -> Option<&'static str> {
    let lex = lexicon::Lexicon::global();
    let a = rasd_text::analyze(unit);
    let w = a.words.first()?;
    lex.first(w).iter().find_map(|e| match e.cat {
        lexicon::Cat::Unit { class, .. } if lex.class_name(class) != "-" => Some(lex.class_name(class)),
        _ => None,
    })
}

/// An ordinal day of the month at word `i` ("السادس", "الحادي عشر", "الحادي والعشرين"): value and next index.
pub fn parse_ordinal(words: &[Word], i: usize) -> Option<(u32, usize)> {
    numbers::parse_ordinal(&lexicon::Words::lazy(words), i)
}

/// Does word `w` join two times as one span ("28 و29 يونيو"، "من 2011 إلى 2014"، "حتى")? و, إلى or حتى, compared
/// as word keys are folded (إلى → الي). Read by the day ranges here and by the span of a date in extraction.
pub fn joins_times(w: &Word) -> bool {
    static JOINERS: std::sync::OnceLock<[String; 3]> = std::sync::OnceLock::new();
    w.kind == rasd_text::WordKind::Arabic && JOINERS.get_or_init(|| ["و", "إلى", "حتى"].map(rasd_text::key)).contains(&w.key)
}

/// The publication date of a record: `YYYY-MM-DD` or RFC 3339 (the date as written, in the publisher's zone).
pub fn parse_published(s: &str) -> Option<Date> {
    let d = s.trim().get(..10)?;
    d.parse().ok()
}
