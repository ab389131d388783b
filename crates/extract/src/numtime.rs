//! Stage: dates and counted quantities (rasd-numtime) into `times` and `quantities`.

use crate::doc::{Document, QuantityOut, TimeOut};
use rasd_numtime::{Date, Quantity, TimeExpr};
use rasd_text::Analysis;

pub fn annotate(a: &Analysis, published: Option<Date>, doc: &mut Document) -> (Vec<TimeExpr>, Vec<Quantity>) {
    // One scan for both: the quantities need the date expressions anyway (a year is not a count).
    let (times, quantities) = rasd_numtime::find_all(a, published);
    doc.times = times
        .iter()
        .map(|t| TimeOut { text: a.slice(t.start, t.end), start: t.start, end: t.end, value: t.value.clone(), precision: t.precision.as_str() })
        .collect();
    doc.quantities = quantities
        .iter()
        .map(|q| QuantityOut { text: a.slice(q.start, q.end), start: q.start, end: q.end, low: q.low, high: q.high, unit: q.unit.clone() })
        .collect();
    (times, quantities)
}
