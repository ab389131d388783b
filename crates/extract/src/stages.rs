//! The annotation stages after the text layer, each filling its part of the document.

use crate::doc::Document;
use crate::record::Ymd;
use rasd_text::Analysis;

pub fn annotate(_a: &Analysis, _published: Option<Ymd>, _doc: &mut Document) {}
