//! rasd-events: the event coder. Reads a sentence the way an Arabic reader does: finds PLOVER triggers from a
//! reviewed lexicon, attaches actor and recipient from word order and prepositions, frames the event (asserted,
//! claimed, denied, planned, negated, hypothetical), and attaches place, date and casualty counts found by the
//! other stages. Also finds quotes and their speakers.
//!
//! The crate knows nothing of entity linking or output formats: the pipeline passes what earlier stages found
//! (`Ctx`) and maps the coded events to the contract.

pub mod args;
pub mod args_model;
pub mod coder;
pub mod factuality;
mod index;
pub mod margin_model;
pub mod trace;
pub mod lexicon;
pub mod np;
pub mod participant;
pub mod occurrence;
pub mod quote_words;
pub mod quotes;
pub mod same_act;
pub mod types;
pub mod typing;

pub use index::SpanIndex;
pub use quotes::find_quotes;
pub use types::{EventType, Mode, Status};

use rasd_text::Analysis;

/// The events of a document (`coder::code_events`), with the participants the learned attachment chose where a
/// model has weights: the coder's own gates still read the rules' participants, so which events are found does
/// not change with the model, only who takes part in them.
pub fn code_events(ctx: &Ctx, quotes: &[CodedQuote]) -> Vec<CodedEvent> {
    args::begin_document();
    let mut events = coder::code_events(ctx, quotes);
    args::apply_learned(&mut events);
    events
}

/// An entity mention found by the entity stage, by word range.
#[derive(Clone, Copy, Debug)]
pub struct EntitySpan {
    pub word_start: usize,
    pub word_end: usize,
    pub is_place: bool,
    /// A place that is a country (not a region or town of one).
    pub is_country: bool,
    /// A country's capital ("واشنطن"، "موسكو"): as the subject of a verb it stands for its government.
    pub is_capital: bool,
    pub is_person: bool,
    /// Index in the pipeline's entity list.
    pub index: usize,
}

/// A resolved date expression.
#[derive(Clone, Debug)]
pub struct TimeSpan {
    pub word_start: usize,
    pub word_end: usize,
    pub value: String,
    pub precision: &'static str,
}

/// A counted quantity.
#[derive(Clone, Debug)]
pub struct QtySpan {
    pub word_start: usize,
    pub word_end: usize,
    pub low: Option<f64>,
    /// Word index of the counted noun, if any.
    pub unit: Option<usize>,
}

/// What the entity stage can say about a noun phrase (one type, in rasd-kb).
pub use rasd_kb::ActorDesc;

/// Everything the coder reads besides the lexicon.
pub struct Ctx<'a> {
    pub a: &'a Analysis,
    pub entities: &'a [EntitySpan],
    pub times: &'a [TimeSpan],
    pub quantities: &'a [QtySpan],
    /// Describe words `[start, end)` as an actor.
    pub describe: &'a dyn Fn(usize, usize) -> ActorDesc,
    /// Entity index of the document's main place (dateline or most named), the fallback location.
    pub main_place: Option<usize>,
    /// The publication date, YYYY-MM-DD.
    pub published: Option<String>,
    /// Lookups by word position over `entities`, `times` and `quantities`, built on first use
    /// (`Default::default()` when constructing; see `Ctx::entities_starting` and its siblings).
    pub index: std::cell::OnceCell<SpanIndex>,
}

/// A participant (actor or recipient) by word range.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub word_start: usize,
    pub word_end: usize,
    pub desc: ActorDesc,
}

#[derive(Clone, Debug)]
pub struct CodedEvent {
    pub kind: EventType,
    pub mode: Option<Mode>,
    pub cameo: &'static str,
    pub goldstein: Option<f64>,
    pub status: Status,
    pub sentence: usize,
    pub trigger: (usize, usize),
    pub actor: Option<Arg>,
    pub recipient: Option<Arg>,
    /// Entity index of the place.
    pub location: Option<usize>,
    /// Index into `Ctx::times`.
    pub date: Option<usize>,
    /// Indexes into `Ctx::quantities`.
    pub fatalities: Option<usize>,
    pub injuries: Option<usize>,
    pub confidence: f64,
    /// Index of the trigger's lexeme (line) in the lexicon.
    pub lexeme: usize,
    /// A weak trigger with no participant and none of the context the coder's rule asks for, kept only for the
    /// occurrence filter to weigh (`occurrence::filter` drops it where the filter does not weigh it).
    pub bare: bool,
}

#[derive(Clone, Debug)]
pub struct CodedQuote {
    pub speaker: Option<Arg>,
    /// Word range of the cue (قال، أكد ...).
    pub cue: Option<(usize, usize)>,
    /// Code point span of what was said.
    pub content: (usize, usize),
    /// The same as a word range.
    pub content_words: (usize, usize),
    pub direct: bool,
    /// Attributed to a source by بحسب، وفق ما قال، حسبما ...: the outlet's sourcing ("according to police" is
    /// asserted, GUIDE.md), not a party's claim.
    pub attributed: bool,
}

/// The text of a learned model: the file the environment variable `var` names (a retrained model measured with the
/// scorer and on ANT before it is built in), else the built-in text. A file that cannot be read stops the run: a
/// silent fallback to the built-in model would report its figures as the candidate's.
pub fn model_text(var: &str, built_in: &'static str) -> std::borrow::Cow<'static, str> {
    match std::env::var(var) {
        Ok(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{var}={path}: {e}")).into(),
        Err(_) => built_in.into(),
    }
}
