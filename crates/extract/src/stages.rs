//! The annotation stages after the text layer, each filling its part of the document.

use crate::doc::Document;
use crate::record::Date;
use rasd_text::Analysis;

pub fn annotate(a: &Analysis, published: Option<Date>, doc: &mut Document) {
    // The event lexicon reads the classes of the document's words once, not at every question.
    let _words = rasd_events::lexicon::Lexicon::get().document(&a.words);
    let (times, quantities) = crate::numtime::annotate(a, published, doc);
    let ents = crate::entities::annotate(a, published, doc);
    crate::events::annotate(a, published, &ents, &times, &quantities, doc);
}
