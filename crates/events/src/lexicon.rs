//! The event coder's linguistic data (data/events/*.tsv) and the word matcher that finds its entries in text.
//!
//! Matching follows the rules of tools/lexicon_check.py: every lexicon word is a key-folded stem without ال; a
//! text word matches it when the word, with any proclitics (و ف ب ل ك س ال لل) and any enclitic pronoun or
//! tanween alif removed, equals it. Longest match wins; a not-trigger phrase blocks the triggers it covers.

use crate::types::{EventType, Mode, Status};
use rasd_text::data::{rows, DataError, Row};
use rasd_text::{key, Word, WordKind};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

rasd_text::embedded_data! {
    "events";
    TRIGGERS, TRIGGERS_FILE = "triggers.tsv";
    NOT_TRIGGERS, NOT_TRIGGERS_FILE = "not_triggers.tsv";
    STATUS, STATUS_FILE = "status.tsv";
    SPEECH, SPEECH_FILE = "speech.tsv";
    CAMEO, CAMEO_FILE = "cameo-event-codes.tsv";
    WORDS, WORDS_FILE = "words.tsv";
}

/// The texts of the event data files: the embedded ones, or others for a test of the loader.
#[derive(Clone, Copy, Debug)]
pub struct Sources {
    pub triggers: &'static str,
    pub not_triggers: &'static str,
    pub status: &'static str,
    pub speech: &'static str,
    pub cameo: &'static str,
    pub words: &'static str,
}

impl Sources {
    pub const EMBEDDED: Sources =
        Sources { triggers: TRIGGERS, not_triggers: NOT_TRIGGERS, status: STATUS, speech: SPEECH, cameo: CAMEO, words: WORDS };
}

#[derive(Clone, Debug)]
pub struct Trigger {
    pub kind: EventType,
    pub mode: Option<Mode>,
    pub cameo: &'static str,
    pub goldstein: Option<f64>,
    pub strong: bool,
    /// The first form of the lexeme: its verbal noun or past verb, for explanations.
    pub lemma: &'static str,
}

#[derive(Clone, Debug)]
pub enum Payload {
    Trigger(usize),
    Block,
    /// `feature`: whether the learned status model sees the cue as a feature (false for a `rule-only:` row).
    Status { status: Status, scope: Scope, feature: bool },
    Speech { kind: SpeechKind, introduces: Introduces },
}

/// What a speech cue is (data/events/speech.tsv `kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechKind {
    /// A verb of saying: the speaker is its subject (VSO or SVO).
    Verb,
    /// قائلا: the speaker is the subject of the preceding clause.
    Participle,
    /// بحسب X: X is the source; the content is the clause around it.
    Attribution,
    /// بيان: the speaker is the issuer.
    Noun,
}

impl SpeechKind {
    fn parse(s: &str) -> Option<SpeechKind> {
        Some(match s {
            "verb" => SpeechKind::Verb,
            "participle" => SpeechKind::Participle,
            "attribution" => SpeechKind::Attribution,
            "noun" => SpeechKind::Noun,
            _ => return None,
        })
    }
}

/// What follows a speech cue (data/events/speech.tsv `introduces`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Introduces {
    /// Content after أن/إن.
    That,
    /// Content after a colon or quotation mark.
    Colon,
    /// Either.
    Both,
    /// A noun phrase (the source or a nominal content), not a clause.
    NounPhrase,
}

impl Introduces {
    fn parse(s: &str) -> Option<Introduces> {
        Some(match s {
            "that" => Introduces::That,
            "colon" => Introduces::Colon,
            "both" => Introduces::Both,
            "np" => Introduces::NounPhrase,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The cue governs what follows it in its clause (اتهم، نفى، إذا).
    Governs,
    /// The cue stands at most N words before the trigger.
    Before(usize),
    /// The cue stands at most N words after the trigger.
    After(usize),
    /// The future prefix س on the trigger itself.
    Prefix,
}

impl Scope {
    /// `governs-clause`, `before:N`, `after:N` (N from 1 to 20) or `prefix`.
    fn parse(s: &str) -> Option<Scope> {
        let words = |n: &str| n.parse::<usize>().ok().filter(|n| (1..=20).contains(n));
        match s {
            "governs-clause" => Some(Scope::Governs),
            "prefix" => Some(Scope::Prefix),
            _ => match s.split_once(':')? {
                ("before", n) => words(n).map(Scope::Before),
                ("after", n) => words(n).map(Scope::After),
                _ => None,
            },
        }
    }
}

/// The Goldstein score of every CAMEO code (data/events/cameo-event-codes.tsv; root codes have none).
fn load_goldstein(cameo: &'static str) -> Result<FxHashMap<&'static str, Option<f64>>, DataError> {
    let mut out = FxHashMap::default();
    for r in rows(CAMEO_FILE, cameo).skip(1) {
        let code = r.field(0, "code")?;
        if !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(r.error(format!("CAMEO code {code:?} is not digits")));
        }
        let score = match r.optional(2) {
            Some(g) => Some(g.parse::<f64>().map_err(|_| r.error(format!("Goldstein score {g:?} is not a number")))?),
            None => None,
        };
        out.insert(code, score);
    }
    Ok(out)
}

/// One row of data/events/triggers.tsv: forms, type, mode, CAMEO code, strength.
fn parse_trigger(r: &Row<'static>, goldstein: &FxHashMap<&'static str, Option<f64>>) -> Result<Trigger, DataError> {
    r.expect_columns(5, "forms, type, mode, cameo, strength")?;
    let forms = r.field(0, "forms")?;
    let kind = r.parse(1, "PLOVER type", EventType::parse)?;
    let mode = match r.optional(2) {
        Some(m) => Some(Mode::parse(m).ok_or_else(|| r.error(format!("mode {m:?} is no PLOVER mode of rasd_events::Mode")))?),
        None => None,
    };
    if let Some(m) = mode.filter(|m| !kind.allows(*m)) {
        return Err(r.error(format!("mode {m} is not a mode of {kind}")));
    }
    if let Some(f) = forms.split(',').find(|f| f.trim().is_empty() || f.trim().contains("  ")) {
        return Err(r.error(format!("form {f:?} is empty or has stray spaces")));
    }
    let cameo = r.field(3, "cameo")?;
    let goldstein = *goldstein.get(cameo).ok_or_else(|| r.error(format!("CAMEO code {cameo:?} is not in {CAMEO_FILE}")))?;
    let strong = match r.field(4, "strength")? {
        "strong" => true,
        "weak" => false,
        other => return Err(r.error(format!("strength {other:?} is neither strong nor weak"))),
    };
    for f in forms.split(',') {
        check_gap(f.trim()).map_err(|e| r.error(e))?;
        expand_form(f.trim()).map_err(|e| r.error(e))?;
    }
    let first = forms.split(',').next().unwrap_or("").trim();
    // The lemma of a generated paradigm is its past verb or its noun, without the marker and the imperfect.
    let lemma = match first.split_once(':') {
        Some((_, rest)) => rest.split(['/', ' ']).next().unwrap_or(rest),
        None => first,
    };
    Ok(Trigger { kind, mode, cameo, goldstein, strong, lemma })
}

/// The surface forms of one entry of a `forms` column (data/events/triggers.tsv header). A plain form is itself;
/// a lemma with a marker generates its inflections, on its first word (the other words of a frame follow as
/// written):
/// - `v:PAST/IMPERFECT` a verb by its 3rd person masculine singular past and imperfect (يـ): past persons
///   (ت، وا، تا، تم; not the feminine plural ن, which reads names: أيدن، حذرن), imperfect persons with ي ت ن أ and the dual, plural and feminine plural endings (ون، ان،
///   ين، ن، وا). Unvocalized, the passive (اتُّهم، يُتّهم) has the letters of the active; a final ى/ا (دعا، ألقى)
///   or و/ي of the imperfect (يدعو، يلقي) is dropped before a suffix that replaces it.
/// - `n:NOUN` a noun or verbal noun: dual (ان، ين; construct ا، ي after ة), sound feminine plural (ات).
/// - `p:PARTICIPLE` a participle or adjective: feminine (ة), dual, sound plurals (ون، ين، ات) and their
///   construct forms (و، ي).
/// Attached pronouns and proclitics are not generated: the matcher strips them from the text's words.
pub fn expand_form(form: &str) -> Result<Vec<String>, String> {
    let Some((marker, rest)) = form.split_once(':') else { return Ok(vec![form.to_string()]) };
    let (head, tail) = match rest.split_once(' ') {
        Some((h, t)) => (h, format!(" {t}")),
        None => (rest, String::new()),
    };
    let arabic = |w: &str| !w.is_empty() && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    let mut heads: Vec<String> = vec![];
    match marker {
        "v" => {
            let (past, imperf) = head.split_once('/').ok_or_else(|| format!("verb {head:?} needs PAST/IMPERFECT (v:حذر/يحذر)"))?;
            let body = imperf.strip_prefix('ي').filter(|b| b.chars().count() >= 2);
            let (Some(body), true, true) = (body, arabic(past), arabic(imperf)) else {
                return Err(format!("verb {head:?}: PAST and IMPERFECT must be Arabic words, the imperfect starting with ي"));
            };
            let base = past.strip_suffix(['ى', 'ا']);
            heads.push(past.to_string());
            // Not the feminine plural past in ن: rare in news, and it reads names (أيدن = إيدن هازارد، حذرن).
            for suf in ["ت", "وا", "تا", "تم"] {
                match base {
                    Some(b) if suf != "تم" => heads.push(format!("{b}{suf}")),
                    Some(_) => {}
                    None => heads.push(format!("{past}{suf}")),
                }
            }
            // A final weak letter of the imperfect gives way to the plural's و and the feminine's ي (يدعون،
            // يتخلون، تتخلين); a final ى is written ي before the dual and feminine plural endings (يتخليان، يتصدين).
            let weak = body.strip_suffix(['و', 'ي', 'ى']);
            let long = match body.strip_suffix('ى') {
                Some(b) => format!("{b}ي"),
                None => body.to_string(),
            };
            for pre in ["ي", "ت", "ن", "أ"] {
                heads.push(format!("{pre}{body}"));
            }
            for pre in ["ي", "ت"] {
                heads.push(format!("{pre}{long}ان"));
                heads.push(format!("{pre}{long}ن"));
                let b = weak.unwrap_or(body);
                for suf in ["ون", "ين", "وا"] {
                    heads.push(format!("{pre}{b}{suf}"));
                }
            }
        }
        "n" | "p" => {
            if !arabic(head) {
                return Err(format!("{head:?} is no Arabic word"));
            }
            heads.push(head.to_string());
            let fem = head.strip_suffix('ة');
            match (marker, fem) {
                (_, Some(b)) => heads.extend(["ات", "تان", "تين", "تا", "تي"].iter().map(|s| format!("{b}{s}"))),
                ("n", None) => heads.extend(["ات", "ان", "ين"].iter().map(|s| format!("{head}{s}"))),
                _ => heads.extend(["ة", "ات", "ان", "ين", "ون", "تان", "تين", "و", "ي"].iter().map(|s| format!("{head}{s}"))),
            }
        }
        _ => return Err(format!("form {form:?}: marker {marker:?} is none of v: n: p:")),
    }
    let mut out: Vec<String> = vec![];
    for h in heads {
        let f = format!("{h}{tail}");
        if !out.contains(&f) {
            out.push(f);
        }
    }
    Ok(out)
}

/// The gap marker of a frame (data/events/triggers.tsv header): "v:وقع/يوقع … اتفاقية" lets up to [`MAX_GAP`] words
/// (the actor, usually) stand between the verb and its object.
pub const GAP_MARK: &str = "…";
/// The most words a frame's gap holds: a subject of a title and a name or two ("وقعت وزيرة الثقافة الفرنسية").
pub const MAX_GAP: usize = 4;

/// The most words of an apposition between two commas that a frame's gap reads past besides its [`MAX_GAP`] words:
/// a name or a short title ("، جيرمي هانت،"، "، رئيس الوزراء الإسرائيلي بنيامين نتنياهو،" is longer and ends it).
pub const MAX_APPOSITION: usize = 4;

/// Is a form's gap marker well placed: at most one, a word of its own between two words of the form?
fn check_gap(form: &str) -> Result<(), String> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let marks: Vec<usize> = (0..words.len()).filter(|&k| words[k] == GAP_MARK).collect();
    if form.contains(GAP_MARK) && marks.is_empty() {
        return Err(format!("form {form:?}: the gap marker {GAP_MARK} must be a word of its own"));
    }
    match marks[..] {
        [] => Ok(()),
        [k] if k > 0 && k + 1 < words.len() => Ok(()),
        [_] => Err(format!("form {form:?}: the gap marker {GAP_MARK} must stand between two words")),
        _ => Err(format!("form {form:?}: one gap marker {GAP_MARK} per form")),
    }
}

/// One multiword pattern: its words (stems) and what it means.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub words: Vec<String>,
    /// A frame with a gap: `words[..g]` follow each other from the match's start, `words[g..]` follow each other
    /// after at most [`MAX_GAP`] words of the same clause. The match covers `words[..g]` only.
    pub gap: Option<usize>,
    pub payload: Payload,
}

/// A table of patterns indexed by first word.
pub struct Table {
    pub patterns: Vec<Pattern>,
    first: FxHashMap<String, Vec<usize>>,
    /// Words (folded, as written) that end a frame's gap: they open another clause (data/events/words.tsv
    /// frame_gap_stop).
    gap_stops: rustc_hash::FxHashSet<String>,
    /// Words (folded, as written) that end a noun phrase (data/events/words.tsv np_stop): an apposition a gap reads
    /// past holds none ("، في بيان رسمي،" is an adjunct, not a name or title).
    np_stops: rustc_hash::FxHashSet<String>,
    /// Relative pronouns (folded, data/events/words.tsv relative): a frame's object may stand before them as the
    /// antecedent of the verb's attached pronoun ("الاتفاق الذي وقعه").
    relatives: rustc_hash::FxHashSet<String>,
    /// Whether one quotation mark may stand between two words of a phrase (the trigger table): a report quotes a
    /// term inside a phrase ('وحذر من "عواقب وخيمة"'، 'وقف "إطلاق النار"'), and the phrase still holds.
    quoted_words: bool,
    /// Whether a word before an object pronoun is read as the verb (`for_each_candidate`'s `verb_pronouns`): the
    /// trigger and status tables. Not the speech cues: "يراه" (sees him), "يراهن" (bets) are no "يرى" (believes).
    verb_pronouns: bool,
    /// This table's key in the per-thread memo of `with_first_ids` (a new one whenever a pattern is added).
    memo_id: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table { patterns: vec![], first: FxHashMap::default(), gap_stops: Default::default(), np_stops: Default::default(), relatives: Default::default(), quoted_words: false, verb_pronouns: false, memo_id: next_memo_id() }
    }
}

fn next_memo_id() -> usize {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The patterns whose first word is one of a word's readings, per table and word form: the coder asks every table
/// about every word of every sentence, and the status features and the quote finder ask again, so the dozen hash
/// lookups of a word's readings are made once per form while it stays in the memo. A direct-mapped memo of
/// `memo_slots()` slots a table, small enough to stay in the core's cache (a memo of every form, 100,000 a table,
/// made extraction slower: each hit missed the cache).
#[derive(Clone, Copy)]
struct FirstSlot {
    form: FormKey,
    /// How many of `ids` hold; `EMPTY` for a slot not filled yet.
    n: u8,
    ids: [u32; FIRST_INLINE],
}

/// The most pattern ids a slot holds; a form with more is read afresh each time.
const FIRST_INLINE: usize = 6;
const EMPTY: u8 = u8::MAX;
/// A document word's `FirstIds` for a form with more than `FIRST_INLINE` ids (read through the memo each time).
const LONG: u8 = u8::MAX - 1;

/// The pattern ids of one document word's readings in one table ([`Lexicon::document`]): `n` ids, `EMPTY` before
/// the word is first asked about, `LONG` for more than fit.
#[derive(Clone, Copy)]
struct FirstIds {
    n: u8,
    ids: [u32; FIRST_INLINE],
}

impl FirstIds {
    const UNREAD: FirstIds = FirstIds { n: EMPTY, ids: [0; FIRST_INLINE] };
}

/// The tables a document scope keeps first ids for, in the order of its cells.
fn doc_tables(lex: &Lexicon) -> [&Table; 3] {
    [&lex.events, &lex.status, &lex.speech]
}

/// The cell of table `table`'s first ids for word `w`, when `w` is a word of the thread's document scope and
/// `table` one of its lexicon's tables: the coder, the status features and the quote finder ask each table about
/// the same words many times, and an index into the document beats a hashed memo of word forms.
#[inline]
fn doc_first_cell(table: &Table, w: &Word) -> Option<*const std::cell::Cell<FirstIds>> {
    let doc = DOC_VIEW.get();
    // SAFETY: a non-null `doc.lexicon` is the `&'static Lexicon` that made the scope (`Lexicon::document`).
    let lex = unsafe { doc.lexicon.as_ref() }?;
    let t = doc_tables(lex).iter().position(|&x| std::ptr::eq(x, table))?;
    let i = doc.index(w)?;
    // SAFETY: `i < doc.len`, so `doc.same + i` is in bounds, and the word it names is under `doc.len` too; `t < 3`:
    // in bounds of the view's `3 * doc.len` cells (invariant of `DocView`).
    Some(unsafe { doc.first.add(t * doc.len + *doc.same.add(i) as usize) })
}

thread_local! {
    static FIRST_MEMO: std::cell::RefCell<FxHashMap<usize, Vec<FirstSlot>>> = std::cell::RefCell::new(FxHashMap::default());
}

/// Slots of a table's memo (2^RASD_MEMO_BITS, default 2^13; 0 turns the memos off: an experiment's knob). At 2^11 a
/// document's first question about a word missed the memo often (some 460 reads afresh per article, ~770
/// instructions each); 2^13 runs 1.6% fewer instructions on 1,000 ANT records with no more simulated cache misses
/// (cachegrind), for ~1.5 MB more per thread.
fn memo_slots() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| match std::env::var("RASD_MEMO_BITS").ok().and_then(|v| v.parse::<u32>().ok()) {
        Some(0) => 0,
        Some(b) => 1 << b.min(24),
        None => 1 << 13,
    })
}

/// The longest folded key (in bytes) the per-thread memos keep; a longer word is read afresh each time.
const FORM_KEY: usize = 32;

/// A word form as a memo key: its folded key and whether it ends in ة (the ending changes the readings), held in
/// the slot itself, so that a hit reads the slot's own cache lines and follows no pointer to a string.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct FormKey([u8; FORM_KEY]);

impl FormKey {
    /// The key of a word, or none when its key is too long to keep.
    fn of(w: &Word) -> Option<FormKey> {
        let b = w.key.as_bytes();
        if b.len() >= FORM_KEY {
            return None;
        }
        let mut k = [0u8; FORM_KEY];
        k[..b.len()].copy_from_slice(b);
        // The length (under 32) and the ending in the last byte: "ab" and "ab\0" differ.
        k[FORM_KEY - 1] = b.len() as u8 | (w.taa_final as u8) << 7;
        Some(FormKey(k))
    }

    /// The form's slot in a memo of `n` slots (a power of two).
    fn slot(&self, n: usize) -> usize {
        let mut h = 0u64;
        for c in self.0.chunks_exact(8) {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("eight bytes"))).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        (h >> 32) as usize & (n - 1)
    }
}

pub struct Lexicon {
    pub triggers: Vec<Trigger>,
    /// Triggers and not-triggers, matched together.
    pub events: Table,
    pub status: Table,
    pub speech: Table,
    /// Word classes from data/events/words.tsv: class name → index, and stem → the set of its classes.
    class_index: FxHashMap<&'static str, usize>,
    stem_classes: FxHashMap<String, ClassSet>,
    /// Multiword entries of the classes (per class, by its index: phrases as word keys).
    class_phrases: Vec<Vec<Vec<String>>>,
    /// The first words of the multiword entries, each with the classes that have an entry starting with it: a word
    /// no entry of the class starts with needs no look at the class's phrases (`phrase_at`).
    phrase_first: FxHashMap<String, ClassSet>,
    /// The one-word entries of the classes as stems, per class by its index: for the classes read as
    /// word endings ([`Lexicon::ends_with`]).
    class_words: Vec<Vec<String>>,
    /// This lexicon's key in the per-thread cache of `class_of`.
    id: usize,
}

/// The stem of a lexicon word: key-folded, without the article. Once only, as the text's candidates strip it once:
/// "الإلكترونية" → "الكترونيه", which the text's "الإلكترونية" and "بالإلكترونية" read as (the bare "إلكترونية"
/// gives "كترونيه", as in text).
fn stem(w: &str) -> String {
    let k = key(w);
    if k.starts_with("ال") && k.chars().count() >= 4 {
        return k["ال".len()..].to_string();
    }
    k
}

impl Table {
    pub(crate) fn add(&mut self, form: &str, payload: Payload) {
        let mut gap = None;
        let mut words: Vec<String> = vec![];
        for w in form.split_whitespace() {
            if w == GAP_MARK {
                gap = Some(words.len());
            } else {
                words.push(stem(w));
            }
        }
        words.retain(|w| !w.is_empty());
        if words.is_empty() || gap.is_some_and(|g| g == 0 || g >= words.len()) {
            return;
        }
        self.first.entry(words[0].clone()).or_default().push(self.patterns.len());
        self.patterns.push(Pattern { words, gap, payload });
        self.memo_id = next_memo_id();
    }

    /// Call `f` with the ids of the patterns whose first word is a reading of word `w`: readings in
    /// `for_each_candidate`'s order, each reading's patterns in table order (the order `longest_frame` breaks ties
    /// by), through the per-thread memo.
    fn with_first_ids<T>(&self, w: &Word, f: impl FnOnce(&[u32]) -> T) -> T {
        let Some(cell) = doc_first_cell(self, w) else {
            return self.with_first_ids_memo(w, f);
        };
        // SAFETY: the cell is alive while the thread's document view is set (invariant of `DocView`), and nothing
        // here or in the memo read below drops a scope; the cell is read and set before `f` runs.
        let known = unsafe { (*cell).get() };
        if known.n != EMPTY && known.n != LONG {
            return f(&known.ids[..known.n as usize]);
        }
        self.with_first_ids_memo(w, |ids| {
            let mut slot = FirstIds { n: LONG, ids: [0; FIRST_INLINE] };
            if ids.len() <= FIRST_INLINE {
                slot.n = ids.len() as u8;
                slot.ids[..ids.len()].copy_from_slice(ids);
            }
            // SAFETY: as above.
            unsafe { (*cell).set(slot) };
            f(ids)
        })
    }

    /// [`Table::with_first_ids`] through the per-thread memo of word forms (a word outside a document scope, or
    /// the first time a document's word is asked about).
    fn with_first_ids_memo<T>(&self, w: &Word, f: impl FnOnce(&[u32]) -> T) -> T {
        let read = || {
            let mut ids = vec![];
            for_each_candidate(&w.key, w.taa_final, self.verb_pronouns, |c| {
                if let Some(found) = self.first.get(c) {
                    ids.extend(found.iter().map(|&id| id as u32));
                }
            });
            ids
        };
        let n = memo_slots();
        let Some(form) = FormKey::of(w).filter(|_| n > 0) else {
            return f(&read());
        };
        let k = form.slot(n);
        let hit = FIRST_MEMO.with(|m| {
            let mut memos = m.borrow_mut();
            let slots = memos.entry(self.memo_id).or_insert_with(|| vec![FirstSlot { form, n: EMPTY, ids: [0; FIRST_INLINE] }; n]);
            let s = &slots[k];
            (s.n != EMPTY && s.form == form).then_some((s.n, s.ids))
        });
        if let Some((len, ids)) = hit {
            return f(&ids[..len as usize]);
        }
        let ids = read();
        if ids.len() <= FIRST_INLINE {
            let mut inline = [0; FIRST_INLINE];
            inline[..ids.len()].copy_from_slice(&ids);
            FIRST_MEMO.with(|m| {
                if let Some(slots) = m.borrow_mut().get_mut(&self.memo_id) {
                    slots[k] = FirstSlot { form, n: ids.len() as u8, ids: inline };
                }
            });
        }
        f(&ids)
    }

    /// The longest pattern starting at word `i` (ties: the earlier entry), and the length in words of its match. A
    /// frame with a gap matches the words before the gap ("وقعت" of "وقعت الوزيرة اتفاقية", where the actor stands in
    /// the gap) and ranks by them first, then by all its words: a phrase that holds as written ("خروج بريطانيا"،
    /// "الخروج من الاتحاد") wins over a frame read across a gap, and a frame over a shorter word ("انسحاب").
    pub fn longest(&self, words: &[Word], i: usize, limit: usize) -> Option<(usize, usize)> {
        self.longest_frame(words, i, limit).map(|(id, len, _)| (id, len))
    }

    /// [`Table::longest`], and the words after a frame's gap (empty for a pattern without one): a scan does not code
    /// them again as the same event ("عقوبات" of "فرضت واشنطن عقوبات"). For a verb read with its object as the
    /// antecedent of a relative ("العقوبات التي فرضتها"), the antecedent's words, before the match: a scan that coded
    /// them already as the same event does not code the verb again.
    pub fn longest_frame(&self, words: &[Word], i: usize, limit: usize) -> Option<(usize, usize, std::ops::Range<usize>)> {
        // (pattern, rank: the length of the match then the words matched, the length of the match, the words after
        // the gap)
        let mut best: Option<(usize, (usize, usize), usize, std::ops::Range<usize>)> = None;
        let at = |k: usize, target: &str| {
            let w = &words[k];
            w.is_arabic() && (word_matches(w, target) || particle_with_pronoun(w, target)) || w.key == target
        };
        self.with_first_ids(&words[i], |ids| {
            for &id in ids {
                let id = id as usize;
                let p = &self.patterns[id];
                let n = p.words.len();
                let g = p.gap.unwrap_or(n);
                if i + n > limit || best.as_ref().is_some_and(|(_, rank, _, _)| *rank >= (g, n)) {
                    continue;
                }
                // One quotation mark may stand between the words before the gap (`quoted_words`).
                let mut quoted = 0;
                let fits = (1..g).all(|k| {
                    if quoted == 0 && self.quoted_words && i + k + 1 < limit && is_quote_mark(&words[i + k]) && at(i + k + 1, &p.words[k]) {
                        quoted = 1;
                        return true;
                    }
                    i + k + quoted < limit && at(i + k + quoted, &p.words[k])
                });
                if !fits || (g == n && i + n + quoted > limit) {
                    // A verb whose object is its attached pronoun, the frame's object the antecedent of the relative
                    // before it ("الاتفاق الذي وقعه"، "العقوبات التي ستفرضها"): the verb alone, ranked below a frame
                    // read whole.
                    if (g == 1 || (g == n && !fits)) && n > 1 && best.as_ref().is_none_or(|(_, rank, _, _)| *rank < (1, n)) {
                        if let Some(ante) = self.resumptive(words, i, &p.words[if g == n { 1 } else { g }..], &at) {
                            best = Some((id, (1, n), 1, ante));
                        }
                    }
                    continue;
                }
                if i + n + quoted > limit {
                    continue;
                }
                if g == n {
                    best = Some((id, (n, n), n + quoted, i + n + quoted..i + n + quoted));
                    continue;
                }
                // The words after the gap, at most MAX_GAP words on, none of the gap's words ending its clause; one
                // apposition between two commas does not count (`apposition_end`).
                let tail = &p.words[g..];
                let (mut s, mut skipped, mut apposition) = (i + g + quoted, 0, false);
                while s + tail.len() <= limit {
                    if (0..tail.len()).all(|k| at(s + k, &tail[k])) {
                        best = Some((id, (g, n), g + quoted, s..s + tail.len()));
                        break;
                    }
                    if !apposition {
                        if let Some(close) = self.apposition_end(words, s, limit, words[i].sentence) {
                            (s, apposition) = (close + 1, true);
                            continue;
                        }
                    }
                    if skipped == MAX_GAP || !self.in_gap(&words[s]) || words[s].sentence != words[i].sentence {
                        break;
                    }
                    (s, skipped) = (s + 1, skipped + 1);
                }
                if g == 1 && best.as_ref().is_none_or(|(_, rank, _, _)| *rank < (1, n)) {
                    if let Some(ante) = self.resumptive(words, i, tail, &at) {
                        best = Some((id, (1, n), 1, ante));
                    }
                }
            }
        });
        best.map(|(id, _, len, end)| (id, len, end))
    }

    /// Is word `i` a verb with an attached object pronoun right after a relative pronoun whose antecedent is the
    /// frame's object `tail` ("الاتفاق الذي وقعه"، "العقوبات الجديدة التي ستفرضها")? The antecedent ends just before
    /// the relative, or one word earlier past a comma or an adjective with the article ("الاتفاق النووي الذي").
    /// Returns the antecedent's words.
    fn resumptive(&self, words: &[Word], i: usize, tail: &[String], at: &impl Fn(usize, &str) -> bool) -> Option<std::ops::Range<usize>> {
        let w = &words[i];
        let t = tail.len();
        // A bare ه must be the enclitic the clitic split found: a stem ending in ه (وجه، نبه، اتجه) holds no pronoun; the
        // split misses some longer ones (تطردهم), so ها/هم/هما are read from the key.
        let pronoun = !w.taa_final
            && (["ها", "هم", "هما"].iter().any(|e| w.key.ends_with(e)) || w.key.ends_with('ه') && w.split.enclitic > 0);
        if !pronoun || t == 0 || i < t + 1 || !self.relatives.contains(&words[i - 1].key) {
            return None;
        }
        let r = i - 1;
        let ends_at = |e: usize| e >= t && (0..t).all(|k| words[e - t + k].sentence == w.sentence && at(e - t + k, &tail[k]));
        if ends_at(r) {
            return Some(r - t..r);
        }
        let between = words.get(r.wrapping_sub(1))?;
        let past = r >= t + 1 && (is_comma(between) || (between.kind == WordKind::Arabic && between.split.article > 0)) && ends_at(r - 1);
        past.then(|| r - 1 - t..r - 1)
    }

    /// The closing comma of an apposition opening with the comma at `s`: one to [`MAX_APPOSITION`] words of the
    /// gap, no punctuation, between two commas of the sentence ("ودافع وزير الخارجية البريطاني، جيرمي هانت، عن").
    /// The name or title it holds restates the subject, so a frame's gap reads past it as past no word. A word that
    /// ends a noun phrase (np_stop: في، من، أمس) or a first word with a preposition (بحسب، لـ) is an adjunct instead.
    fn apposition_end(&self, words: &[Word], s: usize, limit: usize, sentence: usize) -> Option<usize> {
        if !is_comma(&words[s]) {
            return None;
        }
        let close = (s + 1..limit.min(s + MAX_APPOSITION + 2)).find(|&k| is_comma(&words[k]))?;
        let inner = &words[s + 1..close];
        let fits = !inner.is_empty()
            && words[close].sentence == sentence
            && inner[0].split.prep == 0
            && inner.iter().all(|w| {
                w.sentence == sentence && w.kind != WordKind::Punct && self.in_gap(w) && !self.np_stops.contains(&w.key)
            });
        fits.then_some(close)
    }

    /// May word `w` stand in a frame's gap? Words of the clause's subject or a short adjunct may ("سحب ترامب واشنطن
    /// من"، "حمّل البيان "حماس" مسؤولية"); punctuation but quotation marks and brackets, a word that opens another
    /// clause (أن، إن، الذي، قال, data/events/words.tsv frame_gap_stop) and a word joined by و or ف without the
    /// article (a verb of another clause: "وأعلن") end the gap; "والأمريكي" of a coordinated subject does not.
    fn in_gap(&self, w: &Word) -> bool {
        match w.kind {
            WordKind::Punct => w.key.chars().all(|c| matches!(c, '"' | '«' | '»' | '“' | '”' | '(' | ')')),
            WordKind::Latin | WordKind::Number => true,
            WordKind::Arabic => !self.gap_stops.contains(&w.key) && (w.split.conj == 0 || w.split.article > 0),
        }
    }
}

/// A Latin or Arabic comma.
fn is_comma(w: &Word) -> bool {
    w.kind == WordKind::Punct && matches!(w.key.as_str(), "," | "،")
}

/// Is the word a quotation mark of its own (", «, », “, ”)?
fn is_quote_mark(w: &Word) -> bool {
    w.kind == WordKind::Punct && !w.key.is_empty() && w.key.chars().all(|c| matches!(c, '"' | '«' | '»' | '“' | '”'))
}

/// Is the word a two-letter preposition of a frame with a pronoun attached ("تخلى عنه" for the frame "تخلى عن",
/// "بالتنسيق معها" for "تنسيق مع")? The matcher keeps 3 letters after an enclitic, so عنه، منه، معهم are not read
/// as عن، من، مع; inside a frame, after its first word, the preposition and its pronoun object are read so.
fn particle_with_pronoun(w: &Word, target: &str) -> bool {
    matches!(target, "عن" | "من" | "مع")
        && w.key.strip_prefix(target).is_some_and(|rest| ENCLITICS.iter().any(|&e| e == rest && e != "ا"))
}

/// Enclitics the matcher strips. Not ي (الاجتماعي is not اجتماع + ي) nor ك (هناك is not هنا + ك).
const ENCLITICS: [&str; 11] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ا"];

/// Call `f` with every stem reading of a key-folded word: proclitics off (و/ف, then ب/ل/ك or س, then ال; لل),
/// then an enclitic pronoun or tanween alif off. Mostly slices; the ت, ـاء, وا and ى readings allocate, and the
/// per-word memo is what keeps them cheap. `verb_pronouns` adds the readings of a word before an object pronoun (وا
/// without its alif, ى written ا: اعتقلوهم، نفاه) for the trigger and status tables; the speech cues and the word
/// classes go without them (ناداها "called her" is no نادي "club" of the sport class, which took an article's events
/// through the domain gate).
fn for_each_candidate(key: &str, taa_final: bool, verb_pronouns: bool, mut f: impl FnMut(&str)) {
    // Every reading ends where the word ends: which enclitics it ends with is found once, not once per start.
    let mut endings = [""; ENCLITICS.len()];
    let mut n = 0;
    for e in ENCLITICS {
        // A final ة folded to ه is no pronoun: وزارة is not وزار + ه.
        if key.ends_with(e) && !(taa_final && e == "ه") {
            endings[n] = e;
            n += 1;
        }
    }
    let starts = prefix_starts(key);
    for &s in starts.iter().flatten() {
        let rem = &key[s..];
        if rem.chars().count() < 2 {
            continue;
        }
        f(rem);
        for &e in &endings[..n] {
            // `rem` ends where the word does, so it ends with `e` too when it is long enough.
            if let Some(base) = rem.len().checked_sub(e.len()).map(|cut| &rem[..cut]) {
                if base.chars().count() >= 3 - (e == "ا") as usize {
                    f(base);
                    // ت of a feminine noun before a pronoun is ة (folded ه) in the stem: حكومته → حكومه.
                    if let Some(b) = base.strip_suffix('ت') {
                        let mut r = String::with_capacity(base.len());
                        r.push_str(b);
                        r.push('ه');
                        f(&r);
                    }
                    // The hamza of a noun in ـاء sits on ي or و before a pronoun (folded: لقائه → لقايه, لقاؤهم →
                    // لقاوهم): لقائه، إلغائه، اعتدائهم read as لقاء، إلغاء، اعتداء.
                    // Not after the tanween alif: قضايا is no قضاء.
                    if let Some(b) = base.strip_suffix(['ي', 'و']).filter(|b| e != "ا" && b.ends_with('ا')) {
                        let mut r = String::with_capacity(base.len() + 1);
                        r.push_str(b);
                        r.push('ء');
                        f(&r);
                    }
                    // Not before ني، نا: "دعوني، دعونا" are the imperative "let me, let us", not "they called".
                    if verb_pronouns && !matches!(e, "ا" | "ني" | "نا") {
                        // The plural ending وا drops its alif before a pronoun: اعتقلوهم، سلموها، أن يقتلوه read
                        // as اعتقلوا، سلموا، يقتلوا.
                        if base.ends_with('و') {
                            let mut r = String::with_capacity(base.len() + 2);
                            r.push_str(base);
                            r.push('ا');
                            f(&r);
                        }
                        // A final ى is written ا before a pronoun: نفاه، استدعاه، تلقاها، شكواهم read as نفى،
                        // استدعى، تلقى، شكوى (ى folds to ي in keys).
                        if let Some(b) = base.strip_suffix('ا') {
                            let mut r = String::with_capacity(base.len());
                            r.push_str(b);
                            r.push('ي');
                            f(&r);
                        }
                    }
                }
            }
        }
    }
}

/// Byte offsets where a stem may begin after proclitics: at most 6 readings.
fn prefix_starts(key: &str) -> [Option<usize>; 6] {
    let mut out = [None; 6];
    let mut n = 0;
    let mut push = |p: usize| {
        if n < 6 && !out[..n].contains(&Some(p)) {
            out[n] = Some(p);
            n += 1;
        }
    };
    push(0);
    let b = key.as_bytes();
    let ch = |p: usize| key[p..].chars().next();
    // Fixed arrays, not vectors: this runs for every word the matcher reads.
    let conj: &[usize] = if matches!(ch(0), Some('و' | 'ف')) { &[0, 2] } else { &[0] };
    for &c in conj {
        push(c);
        let mut preps = [Some(c), None];
        match ch(c) {
            Some('ب' | 'ك') => preps[1] = Some(c + 2),
            Some('ل') => {
                if key[c..].starts_with("لل") {
                    // لل = ل + ال
                    push(c + 4);
                }
                preps[1] = Some(c + 2);
            }
            Some('س') if matches!(key.get(c + 2..).and_then(|r| r.chars().next()), Some('ي' | 'ت' | 'ن' | 'ا')) => preps[1] = Some(c + 2),
            _ => {}
        }
        for p in preps.into_iter().flatten() {
            push(p);
            if key[p..].starts_with("ال") && b.len() >= p + 8 {
                push(p + 4);
            }
        }
    }
    out
}

/// Word classes of words.tsv that the date code reads as one word's whole stem (`Lexicon::is_form`): the word
/// between a counted span and its event (من، على) and a bare unit counting one (عام، سنة، شهر).
const WHOLE_STEM_CLASSES: [&str; 3] = ["span_prep", "counted_year", "counted_month"];

/// Does the word read as the stem `target`?
pub fn word_matches(w: &Word, target: &str) -> bool {
    // Every reading is the key from a proclitic start (byte 0, 2, 4, 6 or 8: و/ف, ب/ل/ك/س, ال, لل are two-byte
    // letters) on, cut short, with at most its last letter changed (ت → ة, ي/و → ء): a target whose letters but
    // the last start the key at none of those offsets is no reading, and most words are told so without
    // generating their readings.
    let stem = target.char_indices().last().map_or("", |(k, _)| &target[..k]).as_bytes();
    let key = w.key.as_bytes();
    if ![0, 2, 4, 6, 8].iter().any(|&s| key.get(s..).is_some_and(|rest| rest.starts_with(stem))) {
        return false;
    }
    let mut hit = false;
    for_each_candidate(&w.key, w.taa_final, false, |c| hit |= c == target);
    hit
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        // RASD_TRIGGERS names a trigger file read instead of the built-in one: a lexicon change measured without
        // rebuilding (as RASD_STATUS_MODEL for the status model).
        let triggers: &'static str = match crate::model_text("RASD_TRIGGERS", TRIGGERS) {
            std::borrow::Cow::Borrowed(t) => t,
            std::borrow::Cow::Owned(t) => Box::leak(t.into_boxed_str()),
        };
        // RASD_SPEECH likewise names a speech-cue file (speech.tsv) read instead of the built-in one.
        let speech: &'static str = match crate::model_text("RASD_SPEECH", SPEECH) {
            std::borrow::Cow::Borrowed(t) => t,
            std::borrow::Cow::Owned(t) => Box::leak(t.into_boxed_str()),
        };
        // RASD_WORDS likewise names a word-class file (words.tsv): a class change (the domain words of `doc_kind`)
        // measured on the train split, the negatives and ANT without rebuilding.
        let words: &'static str = match crate::model_text("RASD_WORDS", WORDS) {
            std::borrow::Cow::Borrowed(t) => t,
            std::borrow::Cow::Owned(t) => Box::leak(t.into_boxed_str()),
        };
        Lexicon::try_load(Sources { triggers, speech, words, ..Sources::EMBEDDED }).unwrap_or_else(|e| panic!("event lexicon: {e}"))
    }

    /// Load and validate every event data file; the first malformed entry is the error, with its file and line.
    pub fn try_load(src: Sources) -> Result<Lexicon, DataError> {
        let mut l = Lexicon {
            triggers: vec![],
            events: Table { verb_pronouns: true, ..Table::default() },
            status: Table { verb_pronouns: true, ..Table::default() },
            speech: Table::default(),
            class_index: FxHashMap::default(),
            stem_classes: FxHashMap::default(),
            class_phrases: vec![],
            phrase_first: FxHashMap::default(),
            class_words: vec![],
            id: next_memo_id(),
        };
        let goldstein = load_goldstein(src.cameo)?;
        for r in rows(TRIGGERS_FILE, src.triggers) {
            let trigger = parse_trigger(&r, &goldstein)?;
            let id = l.triggers.len();
            l.triggers.push(trigger);
            for f in r.fields[0].split(',').map(str::trim).filter(|f| !f.is_empty()) {
                for g in expand_form(f).map_err(|e| r.error(e))? {
                    l.events.add(&g, Payload::Trigger(id));
                }
            }
        }
        for r in rows(NOT_TRIGGERS_FILE, src.not_triggers) {
            l.events.add(r.field(0, "phrase")?, Payload::Block);
        }
        for r in rows(STATUS_FILE, src.status) {
            let cue = r.field(0, "cue")?;
            let status = r.parse(1, "status", Status::parse)?;
            // `rule-only:SCOPE`: a cue added after the shipped models were trained acts as a rule only, no feature of
            // the status, occurrence or framing models: they learned no weight with it, and its sentence-wide cue
            // features would move their decisions on other events of its sentence.
            let feature = !r.field(2, "scope")?.starts_with("rule-only:");
            let scope = r.parse(2, "scope", |s| Scope::parse(s.strip_prefix("rule-only:").unwrap_or(s)))?;
            if status == Status::Asserted {
                return Err(r.error("a status cue cannot mark `asserted`: that is the default"));
            }
            if cue.starts_with("prefix:") {
                continue; // the future prefix is read from the word's own segmentation
            }
            l.status.add(cue, Payload::Status { status, scope, feature });
        }
        for r in rows(SPEECH_FILE, src.speech) {
            let form = r.field(0, "form")?;
            let kind = r.parse(1, "kind", SpeechKind::parse)?;
            let introduces = r.parse(2, "introduces", Introduces::parse)?;
            // A lemma (v:قال/يقول) generates its inflections as the triggers' do.
            for f in expand_form(form).map_err(|e| r.error(e))? {
                l.speech.add(&f, Payload::Speech { kind, introduces });
            }
        }
        for r in rows(WORDS_FILE, src.words) {
            l.add_class(&r)?;
            if r.fields[0] == "frame_gap_stop" {
                l.events.quoted_words = true;
                l.events.gap_stops.extend(r.fields[1].split(',').map(|w| key(w.trim())).filter(|w| !w.is_empty()));
            }
            if r.fields[0] == "relative" {
                l.events.relatives.extend(r.fields[1].split(',').map(|w| key(w.trim())).filter(|w| !w.is_empty()));
            }
            if r.fields[0] == "np_stop" {
                l.events.np_stops.extend(r.fields[1].split(',').map(|w| key(w.trim())).filter(|w| !w.is_empty()));
            }
        }
        // Classes read as one whole stem (`Lexicon::is_form` on a word's stem): defined, of single words only.
        for class in WHOLE_STEM_CLASSES {
            match l.class_index.get(class) {
                None => return Err(DataError { file: WORDS_FILE, line: 0, what: format!("the class {class} is missing") }),
                Some(&i) if !l.class_phrases[i].is_empty() => {
                    return Err(DataError { file: WORDS_FILE, line: 0, what: format!("the class {class} holds a phrase: its words are read one at a time") })
                }
                Some(_) => {}
            }
        }
        if l.events.patterns.iter().any(|p| p.gap.is_some()) && l.events.gap_stops.is_empty() {
            return Err(DataError { file: WORDS_FILE, line: 0, what: "the frames with a gap need the class frame_gap_stop".into() });
        }
        Ok(l)
    }

    fn add_class(&mut self, r: &Row<'static>) -> Result<(), DataError> {
        let class = r.field(0, "class")?;
        let words = r.field(1, "words")?;
        let n = self.class_index.len();
        if n >= ClassSet::CAPACITY && !self.class_index.contains_key(class) {
            return Err(r.error(format!("more than {} word classes: ClassSet needs more words", ClassSet::CAPACITY)));
        }
        let index = *self.class_index.entry(class).or_insert(n);
        if self.class_phrases.len() <= index {
            self.class_phrases.resize_with(index + 1, Vec::new);
            self.class_words.resize_with(index + 1, Vec::new);
        }
        for w in words.split(',').map(|w| stem(w.trim())).filter(|w| !w.is_empty()) {
            if w.contains(' ') {
                let phrase: Vec<String> = w.split(' ').map(String::from).collect();
                self.phrase_first.entry(phrase[0].clone()).or_default().insert(index);
                self.class_phrases[index].push(phrase);
            } else {
                self.stem_classes.entry(w.clone()).or_default().insert(index);
                self.class_words[index].push(w);
            }
        }
        Ok(())
    }

    /// The names of every word class data/events/words.tsv defines.
    pub fn class_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.class_index.keys().copied()
    }

    /// The index of a class; a class that words.tsv does not define is a defect of the code that names it.
    ///
    /// Through a per-thread direct-mapped cache slotted by the name's address: the coder asks some 4,000 class
    /// questions an article, nearly all with a literal name, and hashing the name in `class_index` was 6% of
    /// extraction. A hit still compares the name itself, so any name, from a literal or not, gets its own index.
    #[inline]
    fn class_of(&self, class: &str) -> usize {
        let slot = ((class.as_ptr() as usize as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - CLASS_SLOT_BITS)) as usize;
        let (id, name, bit) = CLASS_CACHE.with(|c| c[slot].get());
        if id == self.id && same_name(name.as_bytes(), class.as_bytes()) {
            return bit;
        }
        self.class_of_afresh(class, slot)
    }

    /// `class_of` from the map, kept in the cache's slot `slot`.
    #[cold]
    #[inline(never)]
    fn class_of_afresh(&self, class: &str, slot: usize) -> usize {
        match self.class_index.get_key_value(class) {
            Some((&name, &index)) => {
                CLASS_CACHE.with(|c| c[slot].set((self.id, name, index)));
                index
            }
            None => panic!("word class {class:?} is not defined in {WORDS_FILE}"),
        }
    }

    /// Read the word classes of `words` once: while the returned scope lives, [`Lexicon::is`] reads the classes
    /// of a word of `words` from a vector of the document, not from the per-thread memo of word forms (a hashed
    /// 32-byte key each time: the coder asks about every word of an article some twenty times). Same answers,
    /// with or without the scope.
    ///
    /// A word whose form (folded key and final ة, as the memos key it) came earlier in the document shares the
    /// earlier word's classes and first-id cells: an article repeats its particles and names, and each form is then
    /// read from the per-thread memos once, not once per word.
    pub fn document<'a>(&'static self, words: &'a [Word]) -> DocScope<'a> {
        let mut forms: FxHashMap<FormKey, u32> = FxHashMap::with_capacity_and_hasher(words.len(), Default::default());
        let same: Box<[u32]> = words.iter().enumerate().map(|(i, w)| FormKey::of(w).map_or(i as u32, |f| *forms.entry(f).or_insert(i as u32))).collect();
        let mut classes: Vec<ClassSet> = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            let first = same[i] as usize;
            classes.push(if first < i { classes[first] } else { self.classes(w) });
        }
        let classes = classes.into_boxed_slice();
        let id = DOC_NEXT_ID.get() + 1;
        DOC_NEXT_ID.set(id);
        let first: Box<[std::cell::Cell<FirstIds>]> = (0..doc_tables(self).len() * words.len()).map(|_| std::cell::Cell::new(FirstIds::UNREAD)).collect();
        let view = DocView { base: words.as_ptr() as usize, len: classes.len(), lexicon: self, classes: classes.as_ptr(), first: first.as_ptr(), same: same.as_ptr(), id };
        // The view is set only once the thread owns its vectors (see `DocView`); past the thread's end, no scope.
        let owned = DOC_OWN.try_with(|o| o.0.borrow_mut().push((id, classes, first, same))).is_ok();
        let outer = if owned { DOC_VIEW.replace(view) } else { DocView::NONE };
        DocScope { id: if owned { id } else { 0 }, outer, _words: std::marker::PhantomData }
    }

    /// Is word `w` one of the stems of class `class` (data/events/words.tsv)?
    pub fn is(&self, class: &str, w: &Word) -> bool {
        self.classes(w).has(self.class_of(class))
    }

    /// The classes named by `classes`, as one set: [`Lexicon::word_classes`] of a word then answers "is it one of
    /// any of them" with one test, for a caller that asks the same classes of every word of a document.
    pub fn class_set(&self, classes: &[&str]) -> Classes {
        let mut set = ClassSet::default();
        for c in classes {
            set.insert(self.class_of(c));
        }
        Classes(set)
    }

    /// The classes of word `w` (what [`Lexicon::is`] reads), to test against [`Lexicon::class_set`]s.
    #[inline]
    pub fn word_classes(&self, w: &Word) -> Classes {
        Classes(self.classes(w))
    }

    /// Is the whole word `w`, as written (no clitic stripped), one of the words of class `class`?
    pub fn is_key(&self, class: &str, w: &Word) -> bool {
        self.is_form(class, &w.key)
    }

    /// Is the folded form `form` one of the words of class `class`?
    pub fn is_form(&self, class: &str, form: &str) -> bool {
        let index = self.class_of(class);
        self.stem_classes.get(form).is_some_and(|set| set.has(index))
    }

    /// Does the folded form `form` end in one of the words of class `class`, with at least `before` letters before
    /// it? For classes of endings that no clitic split sees (words.tsv `hamza_seat_pronoun`).
    pub fn ends_with(&self, class: &str, form: &str, before: usize) -> bool {
        let endings = &self.class_words[self.class_of(class)];
        endings.iter().any(|e| form.ends_with(e.as_str()) && form.chars().count() >= e.chars().count() + before)
    }

    /// The length of a phrase of class `class` starting at word `i`: every word but the last as written, the last
    /// by its stem ("من قبل" matches "من قبلهم" too; "ذاتية القيادة" its last word without the article).
    pub fn phrase_at(&self, class: &str, words: &[Word], i: usize) -> Option<usize> {
        let last = |w: &Word, p: &str| w.bare == p || p.strip_prefix("ال").is_some_and(|s| w.bare == s);
        let c = self.class_of(class);
        // Every phrase has two words or more, its first matched as written: a word that starts none of the class's
        // phrases (nearly every word) is answered by one lookup.
        if !words.get(i).and_then(|w| self.phrase_first.get(&w.key)).is_some_and(|set| set.has(c)) {
            return None;
        }
        let phrases = &self.class_phrases[c];
        phrases.iter().find_map(|p| {
            let n = p.len();
            (i + n <= words.len() && (0..n).all(|k| if k + 1 < n { words[i + k].key == p[k] } else { last(&words[i + k], &p[k]) })).then_some(n)
        })
    }

    /// The word classes of a word, through a per-thread memo: the coder asks about the same words many times.
    #[inline]
    fn classes(&self, w: &Word) -> ClassSet {
        let doc = DOC_VIEW.get();
        if std::ptr::eq(doc.lexicon, self) {
            if let Some(i) = doc.index(w) {
                // SAFETY: `i < doc.len`, and the view's vector of `doc.len` class sets is owned by `DOC_OWN`
                // while the view is set (invariant of `DocView`), so `doc.classes + i` is in bounds and alive.
                return unsafe { *doc.classes.add(i) };
            }
        }
        self.classes_memo(w)
    }

    /// [`Lexicon::classes`] of a word outside the document scope. Not inlined: the fast path above then needs no
    /// register saves (some 9 instructions a call, of ~4 million calls per 900 articles).
    #[inline(never)]
    fn classes_memo(&self, w: &Word) -> ClassSet {
        thread_local! {
            // Direct-mapped, as `Table::with_first_ids`' memo: (form, bits), none for a slot not filled yet.
            static MEMO: std::cell::RefCell<Vec<Option<(FormKey, ClassSet)>>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let read = || {
            let mut set = ClassSet::default();
            for_each_candidate(&w.key, w.taa_final, false, |c| set.union(self.stem_classes.get(c).copied().unwrap_or_default()));
            set
        };
        let n = 2 * memo_slots();
        let Some(form) = FormKey::of(w).filter(|_| n > 0) else {
            return read();
        };
        let k = form.slot(n);
        let hit = MEMO.with(|m| {
            let mut memo = m.borrow_mut();
            if memo.len() != n {
                *memo = vec![None; n];
            }
            memo[k].filter(|(f, _)| *f == form).map(|(_, b)| b)
        });
        hit.unwrap_or_else(|| {
            let bits = read();
            MEMO.with(|m| m.borrow_mut()[k] = Some((form, bits)));
            bits
        })
    }
}

/// A set of word classes by index: two 128-bit words (words.tsv has some 130 classes).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct ClassSet([u128; 2]);

impl ClassSet {
    const CAPACITY: usize = 256;

    fn insert(&mut self, index: usize) {
        self.0[index >> 7] |= 1 << (index & 127);
    }

    #[inline]
    fn has(self, index: usize) -> bool {
        self.0[index >> 7] >> (index & 127) & 1 != 0
    }

    fn union(&mut self, other: ClassSet) {
        self.0[0] |= other.0[0];
        self.0[1] |= other.0[1];
    }
}

/// A set of word classes ([`Lexicon::class_set`], [`Lexicon::word_classes`]).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(ClassSet);

impl Classes {
    /// Do the two sets share a class? (`lex.word_classes(w).meets(lex.class_set(&[a, b]))` is
    /// `lex.is(a, w) || lex.is(b, w)`.)
    #[inline]
    pub fn meets(self, other: Classes) -> bool {
        (self.0 .0[0] & other.0 .0[0]) | (self.0 .0[1] & other.0 .0[1]) != 0
    }
}

/// Slots of `class_of`'s per-thread cache (2^8: the coder names about 130 classes).
const CLASS_SLOT_BITS: u32 = 8;
type ClassSlot = std::cell::Cell<(usize, &'static str, usize)>;

thread_local! {
    /// (lexicon id, class name, bit); id usize::MAX for a slot not filled yet.
    static CLASS_CACHE: [ClassSlot; 1 << CLASS_SLOT_BITS] = const { [const { ClassSlot::new((usize::MAX, "", 0)) }; 1 << CLASS_SLOT_BITS] };
}

/// `a == b` for names of 4 to 32 bytes (the class names have 4 to 22), compared in two or four overlapping words
/// without a call to `memcmp`; false for any other length, which `class_of` then reads from the map.
#[inline]
fn same_name(a: &[u8], b: &[u8]) -> bool {
    fn w4(s: &[u8], i: usize) -> u32 {
        u32::from_le_bytes(s[i..i + 4].try_into().expect("four bytes"))
    }
    fn w8(s: &[u8], i: usize) -> u64 {
        u64::from_le_bytes(s[i..i + 8].try_into().expect("eight bytes"))
    }
    let n = a.len();
    n == b.len()
        && match n {
            4..8 => w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4),
            8..=16 => w8(a, 0) == w8(b, 0) && w8(a, n - 8) == w8(b, n - 8),
            17..=32 => w8(a, 0) == w8(b, 0) && w8(a, 8) == w8(b, 8) && w8(a, n - 16) == w8(b, n - 16) && w8(a, n - 8) == w8(b, n - 8),
            _ => false,
        }
}

/// The word classes of one document's words ([`Lexicon::document`]), read by [`Lexicon::classes`] from two plain
/// per-thread cells (no `RefCell` borrow, no thread-local destructor state to check: the class question is asked
/// some 5,000 times per article). Word `i` of the document is the word at address `base + i * size_of::<Word>()`;
/// the scope borrows the words, so none moves or changes while it lives; word addresses are only compared.
///
/// Invariant: when `lexicon` is not null, `classes` points at `len` class sets, `first` at `3 * len` cells and
/// `same` at `len` word indexes, each under `len`, owned by the thread's `DOC_OWN` under `id`. `document` sets a view only after handing its vector to `DOC_OWN`; a scope's drop removes its
/// vector and, if the view is its own, restores the outer view only if `DOC_OWN` still owns the outer vector
/// (scopes dropped out of order, or forgotten, never leave a view on freed memory); `DOC_OWN`'s destructor clears
/// the view before freeing the vectors.
#[derive(Clone, Copy)]
struct DocView {
    base: usize,
    len: usize,
    lexicon: *const Lexicon,
    classes: *const ClassSet,
    /// `3 * len` cells: the first ids of every word in each of `doc_tables`, table by table.
    first: *const std::cell::Cell<FirstIds>,
    /// `len` word indexes: the first word of the document with each word's form (whose cells it reads).
    same: *const u32,
    id: u64,
}

impl DocView {
    const NONE: DocView = DocView { base: 0, len: 0, lexicon: std::ptr::null(), classes: std::ptr::null(), first: std::ptr::null(), same: std::ptr::null(), id: 0 };

    /// The index of `w` in the document's words, if it is one of them.
    #[inline]
    fn index(&self, w: &Word) -> Option<usize> {
        let off = (w as *const Word as usize).wrapping_sub(self.base);
        let i = off / std::mem::size_of::<Word>();
        (i < self.len && off % std::mem::size_of::<Word>() == 0).then_some(i)
    }
}

/// The class vectors and first-id cells of the thread's live document scopes, by scope id.
#[allow(clippy::type_complexity)]
struct DocOwner(std::cell::RefCell<Vec<(u64, Box<[ClassSet]>, Box<[std::cell::Cell<FirstIds>]>, Box<[u32]>)>>);

impl Drop for DocOwner {
    fn drop(&mut self) {
        DOC_VIEW.set(DocView::NONE);
    }
}

thread_local! {
    static DOC_VIEW: std::cell::Cell<DocView> = const { std::cell::Cell::new(DocView::NONE) };
    static DOC_NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static DOC_OWN: DocOwner = const { DocOwner(std::cell::RefCell::new(Vec::new())) };
}

/// While it lives, the lexicon reads the classes of one document's words from a vector ([`Lexicon::document`]).
pub struct DocScope<'a> {
    /// 0 for a scope that set no view.
    id: u64,
    outer: DocView,
    _words: std::marker::PhantomData<&'a [Word]>,
}

impl Drop for DocScope<'_> {
    fn drop(&mut self) {
        if self.id == 0 {
            return;
        }
        let _ = DOC_OWN.try_with(|o| {
            let mut own = o.0.borrow_mut();
            own.retain(|(id, _, _, _)| *id != self.id);
            if DOC_VIEW.get().id == self.id {
                let outer_owned = own.iter().any(|(id, _, _, _)| *id == self.outer.id);
                DOC_VIEW.set(if outer_owned { self.outer } else { DocView::NONE });
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::expand_form;

    #[test]
    fn a_noun_in_hamza_with_a_pronoun_reads_as_the_noun() {
        let reads = |word: &str| {
            let mut out = vec![];
            super::for_each_candidate(&rasd_text::key(word), false, true, |c| out.push(c.to_string()));
            out
        };
        let lemma = |w: &str| rasd_text::key(w);
        // ANT: "خلال لقائه نظيره السوري"، "ولقائهم بالأمين العام"، "طالب ترامب بإلغائه"، "لقاؤهما".
        assert!(reads("لقائه").contains(&lemma("لقاء")));
        assert!(reads("ولقائهم").contains(&lemma("لقاء")));
        assert!(reads("بإلغائه").contains(&lemma("إلغاء")));
        assert!(reads("لقاؤهما").contains(&lemma("لقاء")));
        // The tanween alif is no pronoun: "عرضت ثلاث قضايا على المحكمة" holds no قضاء (على) "elimination".
        assert!(!reads("قضايا").contains(&lemma("قضاء")));
    }

    /// A document scope changes no answer: every class of every word, inside the scope and out, and for a word of
    /// another text (a copy, at another address) while the scope lives.
    #[test]
    fn a_class_name_from_any_string_gets_its_own_bit() {
        let lex = super::Lexicon::get();
        let a = rasd_text::analyze("قتل ثلاثة مسلحين بصواريخ أطلقتها طائرة مسيرة قرب مطار دمشق الدولي");
        let mut names: Vec<&str> = lex.class_names().collect();
        names.sort();
        let answers = |name: &str| -> Vec<bool> { a.words.iter().map(|w| lex.is(name, w)).collect() };
        // Each class asked by its own name, then by a copy of the name in one reused buffer: the cache slots a name
        // by its address, and one address holding every name in turn still answers for the name it holds.
        let own: Vec<Vec<bool>> = names.iter().map(|n| answers(n)).collect();
        assert!(own.iter().flatten().any(|&b| b), "the text names some class");
        let mut buf = String::with_capacity(64);
        for _ in 0..2 {
            for (n, expected) in names.iter().zip(&own) {
                buf.clear();
                buf.push_str(n);
                assert_eq!(&answers(&buf), expected, "class {n}");
            }
        }
        assert!(super::same_name(b"abcd", b"abcd") && !super::same_name(b"abcd", b"abce"));
        assert!(super::same_name(b"seventeen_letters", b"seventeen_letters") && !super::same_name(b"seventeen_letters", b"seventeen_lettera"));
        assert!(!super::same_name(b"abc", b"abc"), "a length outside 4..=32 is read from the map");
    }

    #[test]
    fn a_document_scope_answers_as_the_memo() {
        let lex = super::Lexicon::get();
        // ANT-style text: the classes weapon, armed, fatal_unit, place_title, locative and more occur in it.
        let a = rasd_text::analyze("قتل ثلاثة مسلحين بصواريخ أطلقتها طائرة مسيرة قرب مطار دمشق الدولي، وأعلنت الوزارة مقتلهم.");
        let classes: Vec<&str> = lex.class_names().collect();
        let answers = |words: &[rasd_text::Word]| -> Vec<bool> { words.iter().flat_map(|w| classes.iter().map(move |c| lex.is(c, w))).collect() };
        let outside = answers(&a.words);
        assert!(outside.iter().any(|&b| b), "the text names some class");
        // Every table's longest match at every word, as the coder, the status features and the quote finder ask.
        let matches = |words: &[rasd_text::Word]| -> Vec<Option<(usize, usize, std::ops::Range<usize>)>> {
            [&lex.events, &lex.status, &lex.speech].iter().flat_map(|t| (0..words.len()).map(move |i| t.longest_frame(words, i, words.len()))).collect()
        };
        let matched = matches(&a.words);
        assert!(matched.iter().filter(|m| m.is_some()).count() >= 3, "قتل، أطلق and أعلن match: {matched:?}");
        {
            let _scope = lex.document(&a.words);
            // Twice: the first read fills the document's cells, the second reads them.
            assert_eq!(matches(&a.words), matched);
            assert_eq!(matches(&a.words), matched);
        }
        // Words of one form share their cells and classes in a scope (ANT: مع، إيران، أم، كل twice each).
        let r = rasd_text::analyze("وقال روحاني إن \"السلام مع إيران سيكون أم كل سلام، والحرب مع إيران ستكون أم المعارك\"");
        let (r_matched, r_outside) = (matches(&r.words), answers(&r.words));
        assert!(r_matched.iter().any(|m| m.is_some()), "قال matches: {r_matched:?}");
        {
            let _scope = lex.document(&r.words);
            assert_eq!(matches(&r.words), r_matched);
            assert_eq!(matches(&r.words), r_matched);
            assert_eq!(answers(&r.words), r_outside);
        }
        let copy = a.words.clone();
        {
            let _scope = lex.document(&a.words);
            assert_eq!(answers(&a.words), outside);
            assert_eq!(answers(&copy), outside);
            let b = rasd_text::analyze("وأعلنت الوزارة مقتلهم");
            let _inner = lex.document(&b.words);
            assert_eq!(answers(&a.words), outside);
        }
        assert_eq!(answers(&a.words), outside);
        // Scopes dropped out of order, or one forgotten, leave no view on a freed vector: same answers after.
        let b = rasd_text::analyze("وأعلنت الوزارة مقتلهم");
        let b_outside = answers(&b.words);
        let outer = lex.document(&a.words);
        let inner = lex.document(&b.words);
        drop(outer);
        assert_eq!(answers(&a.words), outside);
        assert_eq!(answers(&b.words), b_outside);
        drop(inner);
        std::mem::forget(lex.document(&b.words));
        assert_eq!(answers(&a.words), outside);
        assert_eq!(answers(&b.words), b_outside);
    }

    /// The event types the lexicon finds in a text (longest match, as the coder scans).
    fn types_in(text: &str) -> Vec<crate::EventType> {
        let a = rasd_text::analyze(text);
        let lex = super::Lexicon::get();
        crate::coder::scan(&lex.events, &a.words, 0, a.words.len())
            .into_iter()
            .filter_map(|h| match lex.events.patterns[h.payload].payload {
                super::Payload::Trigger(t) => Some(lex.triggers[t].kind),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_verb_with_an_object_pronoun_reads_as_the_verb() {
        use crate::EventType;
        // ANT: the plural's وا loses its alif before the pronoun, a final ى is written ا before it.
        for (text, kind) in [
            ("وأضافت أن مسؤولين اعتقلوهم العام الجاري بسبب احتجاجهم على انقطاع الكهرباء.", EventType::Coerce),
            ("وكانت دمشق اتهمت التحالف الدولي باستهداف أحد مواقعها العسكرية في بلدة الهري، الأمر الذي نفاه كل من التحالف الدولي ووزارة الدفاع الأميركية.", EventType::Reject),
        ] {
            assert!(types_in(text).contains(&kind), "{text}: {:?}", types_in(text));
        }
        let reads = |word: &str| {
            let mut out = vec![];
            super::for_each_candidate(&rasd_text::key(word), word.ends_with('ة'), true, |c| out.push(c.to_string()));
            out
        };
        assert!(reads("اعتقلوهم").contains(&rasd_text::key("اعتقلوا")));
        assert!(reads("استدعاه").contains(&rasd_text::key("استدعى")));
        // A final ة is no pronoun: the noun دعوة ("a call") is no دعوا ("they called"); nor is the imperative "let us"
        // (ANT: "دعونا لا نخطئ"، "دعونا نرحب").
        assert!(!reads("دعوة").contains(&rasd_text::key("دعوا")));
        assert!(!reads("دعونا").contains(&rasd_text::key("دعوا")));
        // The word classes keep to the plain readings: ANT "وناداها أحدهم باسمها" is no sport word.
        let lex = super::Lexicon::get();
        let a = rasd_text::analyze("وناداها أحدهم باسمها");
        assert!(!lex.is("sport", &a.words[0]));
        assert!(lex.is("sport", &rasd_text::analyze("النادي").words[0]));
        // Nor do the speech cues: ANT "يراهن على" (bets on) is no "يرى" (believes).
        let speech_at = |text: &str| lex.speech.longest(&rasd_text::analyze(text).words, 0, 1).is_some();
        assert!(speech_at("يرى"));
        assert!(!speech_at("يراهن"));
    }

    #[test]
    fn imperfects_in_alif_maqsura_are_read_in_the_plural() {
        use crate::EventType;
        // ANT: a plural subjunctive of تخلى (not generated while ى stayed before the ending).
        let text = "وجه ماكرون نداء مؤثرا للأفارقة الناطقين بالفرنسية حتى لا يتخلوا عن لغة القوة الاستعمارية السابقة";
        assert!(types_in(text).contains(&EventType::Concede), "{text}: {:?}", types_in(text));
    }

    #[test]
    fn a_frame_preposition_takes_a_pronoun() {
        use crate::EventType;
        // Train split: "تم التخلي عنه" (CONCEDE); the frame is n:تخلي عن, and عنه has only 2 letters before its pronoun.
        let text = "قال المسؤول إن الاتفاق تم التخلي عنه بعد أشهر من المفاوضات";
        assert!(types_in(text).contains(&EventType::Concede), "{text}: {:?}", types_in(text));
        // Only inside a frame: a bare عنه is no trigger word, and a longer word that starts so (عنهما is عن + هما,
        // عنوان is not) is not read as the preposition.
        assert!(types_in("تحدث عنه الوزير في عنوان المقال").is_empty());
        let w = |s: &str| rasd_text::analyze(s).words.into_iter().next().unwrap();
        assert!(super::particle_with_pronoun(&w("عنهما"), "عن") && !super::particle_with_pronoun(&w("عنوان"), "عن"));
    }

    #[test]
    fn a_frame_reads_its_object_after_the_actor() {
        use crate::EventType;
        // ANT: "held X responsible" with the blamer between verb and object; the trigger is the verb alone.
        let text = "حملت الجامعة العربية إسرائيل مسؤولية قتل المسعفة الفلسطينية رزان النجار";
        assert!(types_in(text).contains(&EventType::Accuse), "{text}: {:?}", types_in(text));
        let a = rasd_text::analyze(text);
        let hits = crate::coder::scan(&super::Lexicon::get().events, &a.words, 0, a.words.len());
        assert_eq!((hits[0].start, hits[0].end), (0, 1));
        // Train split: signing with the subject first (gap of one word); ANT: withdrawing with a gap of two.
        let text = "ومن المقرر أيضا أن يوقع البلدان اتفاقية تسمح لفرنسا بالمساعدة في تحويل منطقة العلا";
        assert!(types_in(text).contains(&EventType::Support), "{text}: {:?}", types_in(text));
        let text = "وكان الرئيس الأمريكي، دونالد ترامب، قد سحب الولايات المتحدة من الاتفاق مع إيران الشهر الماضي";
        assert!(types_in(text).contains(&EventType::Sanction), "{text}: {:?}", types_in(text));
        // The object after the gap is not coded a second time as the same event.
        let text = "وهوت الليرة التركية بشكل كبير بعدما فرضت الولايات المتحدة عقوبات على تركيا";
        assert_eq!(types_in(text), vec![EventType::Sanction], "{text}");
    }

    #[test]
    fn recall_frames_read_their_event_and_leave_their_other_senses() {
        use crate::EventType;
        // Train split: backing down with the actor between; ANT: citizenship stripped (before, أسقطت read as an
        // aircraft downed, ASSAULT); an attack repelled in the passive; operations against a party.
        for (text, kind) in [
            ("أشارت إلى الأزمة التي خلفها تراجع سيرجيو كونتي عن مهمته", EventType::Retreat),
            ("في يوليو من عام 2017 أعلنت بريطانيا أنها أسقطت الجنسية عن 150 من الإرهابيين", EventType::Coerce),
            ("وذكر الجيش أن غالبية القذائف قد تم التصدي لها", EventType::Assault),
            ("لكن أوضحت الحركة أن عملياتها ضد القوات الأجنبية ستستمر", EventType::Assault),
            ("دافع الرئيس السوري بشار الأسد عن دور روسيا في بلاده", EventType::Support),
        ] {
            assert!(types_in(text).contains(&kind), "{text}: {:?}", types_in(text));
        }
        assert!(!types_in("أعلنت بريطانيا أنها أسقطت الجنسية عن 150 من الإرهابيين").contains(&EventType::Assault));
        // ANT: the verbal noun التصدي is mostly figurative, the imperfect يدافع عن a standing duty: neither is read.
        for (text, kind) in [
            ("ودعت القوى المقدسية المواطنين إلى التوجه إلى الأقصى للتصدي لعصابات المستوطنين", EventType::Assault),
            ("يتوقع المواطنون أيضا أن يدافع الرئيس عن مصالحهم على الساحة الدولية", EventType::Support),
        ] {
            assert!(!types_in(text).contains(&kind), "{text}: {:?}", types_in(text));
        }
    }

    #[test]
    fn a_frame_reads_its_object_as_the_antecedent_of_the_verbs_pronoun() {
        use crate::EventType;
        // ANT: the agreement is the antecedent of وقعه's pronoun, the signing is coded on the verb.
        let text = "ويأتي الخطاب بعد أسبوع على إعلان ترمب الانسحاب من الاتفاق الذي وقعه سلفه باراك أوباما مع إيران";
        assert!(types_in(text).contains(&EventType::Support), "{text}: {:?}", types_in(text));
        // ANT: past an adjective with the article ("الاتفاق النووي الذي أبرمته").
        let text = "واتهم الرئيس الأمريكي إيران بانتهاك الاتفاق النووي الذي أبرمته مع القوى العظمى";
        assert!(types_in(text).contains(&EventType::Agree), "{text}: {:?}", types_in(text));
        // The antecedent must be the frame's object, and the verb must carry the pronoun right after the relative.
        assert!(!types_in("ورأى الخطاب الذي وقعه الرئيس مهما").contains(&EventType::Support));
        assert!(!types_in("الاتفاق الذي قال إنه وقع مع إيران").contains(&EventType::Support));
        // ANT: a noun coded already as the same event is not coded again on the verb.
        let text = "تعهد روحاني بأن تتغلب حكومته على العقوبات التي فرضتها الولايات المتحدة على طهران";
        assert_eq!(types_in(text).iter().filter(|&&k| k == EventType::Sanction).count(), 1, "{text}: {:?}", types_in(text));
    }

    #[test]
    fn a_frame_gap_reads_past_one_apposition() {
        use crate::EventType;
        // Train split: the minister's name restates the subject between two commas; the frame "دافع … عن" reads past it.
        let text = "ودافع وزير الخارجية البريطاني، جيرمي هانت، عن علاقات بلاده مع السعودية";
        assert!(types_in(text).contains(&EventType::Support), "{text}: {:?}", types_in(text));
        let a = rasd_text::analyze(text);
        let hits = crate::coder::scan(&super::Lexicon::get().events, &a.words, 0, a.words.len());
        assert_eq!((hits[0].start, hits[0].end), (0, 1));
        // An adjunct between the commas (a preposition or a word that ends a noun phrase) is no apposition, a span
        // longer than MAX_APPOSITION words is none either, and only one apposition is read past.
        let table = &super::Lexicon::get().events;
        for (text, comma) in [
            ("دافع الوزير، في بيان رسمي، عن القرار", 2),
            ("دافع الوزير، بحسب الوكالة، عن القرار", 2),
            ("دافع الوزير، رئيس لجنة الشؤون الخارجية البرلمانية، عن القرار", 2),
        ] {
            let a = rasd_text::analyze(text);
            assert!(super::is_comma(&a.words[comma]), "{text}: the comma is word {comma}");
            assert!(table.apposition_end(&a.words, comma, a.words.len(), 0).is_none(), "{text}");
            assert!(!types_in(text).contains(&EventType::Support), "{text}: {:?}", types_in(text));
        }
        let text = "دافع الوزير، جيرمي هانت، أمس، عن القرار";
        assert!(!types_in(text).contains(&EventType::Support), "{text}: {:?}", types_in(text));
    }

    #[test]
    fn a_frame_gap_stays_in_its_clause() {
        use crate::EventType;
        // Five words between verb and object (ANT: "حمل الرئيس الأمريكي دونالد ترامب كلا من روسيا وسوريا مسؤولية"),
        // a comma, a complementizer and a verb joined by و end the gap.
        for text in [
            "حمل الرئيس الأمريكي دونالد ترامب كلا من روسيا وسوريا مسؤولية الهجوم",
            "حملت الوزارة، في بيان رسمي، الحكومة مسؤولية التأخير",
            "حمل المتظاهرون لافتات وقالوا إن الحكومة تتحمل مسؤولية الأزمة",
            "حملت السفينة البضائع وأعلنت الشركة مسؤولية التأخير",
        ] {
            assert!(!types_in(text).contains(&EventType::Accuse), "{text}: {:?}", types_in(text));
        }
        assert!(super::check_gap("v:وقع/يوقع … اتفاقية").is_ok() && super::check_gap("وقع اتفاقية").is_ok());
        for bad in ["… وقع اتفاقية", "وقع اتفاقية …", "وقع … على … اتفاقية", "وقع …اتفاقية"] {
            assert!(super::check_gap(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paradigms() {
        let v = expand_form("v:حذر/يحذر من").unwrap();
        for f in ["حذر من", "حذرت من", "حذروا من", "حذرتا من", "يحذر من", "تحذر من", "نحذر من", "يحذرون من", "يحذران من", "تحذرن من"] {
            assert!(v.contains(&f.to_string()), "{f} missing from {v:?}");
        }
        let d = expand_form("v:دعا/يدعو").unwrap();
        for f in ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "يدعوان"] {
            assert!(d.contains(&f.to_string()), "{f} missing from {d:?}");
        }
        assert!(!d.contains(&"دعان".to_string()) && !v.contains(&"حذرن من".to_string()));
        let n = expand_form("n:إدانة").unwrap();
        assert!(n.contains(&"إدانات".to_string()) && n.contains(&"إدانتين".to_string()));
        let p = expand_form("p:مؤيد").unwrap();
        for f in ["مؤيدة", "مؤيدون", "مؤيدين", "مؤيدو", "مؤيدات"] {
            assert!(p.contains(&f.to_string()), "{f} missing from {p:?}");
        }
        // An imperfect in ى: ى gives way to و and ي ("يتخلون"), and is written ي before the dual ending.
        let t = expand_form("v:تخلى/يتخلى عن").unwrap();
        for f in ["تخلت عن", "تخلوا عن", "يتخلى عن", "يتخلون عن", "يتخلوا عن", "تتخلين عن", "يتخليان عن"] {
            assert!(t.contains(&f.to_string()), "{f} missing from {t:?}");
        }
        assert!(!t.iter().any(|f| f.contains("ىو") || f.contains("ىا")), "{t:?}");
        assert_eq!(expand_form("هجوم").unwrap(), vec!["هجوم".to_string()]);
        assert!(expand_form("v:حذر").is_err() && expand_form("x:حذر").is_err() && expand_form("v:حذر/تحذر").is_err());
    }
}
