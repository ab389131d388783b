//! What a component saw, recorded for a trainer on this thread: `rasd train` reads the candidates of the full
//! pipeline this way (argument sites, reported-speech sites, occurrences, senses). Off unless a trainer collects,
//! so extraction pays one thread-local check.

use std::cell::RefCell;
use std::thread::LocalKey;

/// A thread's record of one kind of item: `None` when no trainer collects.
pub(crate) type Sink<T> = RefCell<Option<Vec<T>>>;

/// Run `f` and return, with its result, every item recorded in `sink` on this thread meanwhile.
pub(crate) fn collect<T, R>(sink: &'static LocalKey<Sink<T>>, f: impl FnOnce() -> R) -> (R, Vec<T>) {
    sink.with(|s| *s.borrow_mut() = Some(Vec::new()));
    let out = {
        let _active = Flag::raise(&COLLECTING);
        f()
    };
    (out, sink.with(|s| s.borrow_mut().take().unwrap_or_default()))
}

/// Is any sink collecting on this thread (a trainer or a drop trace)?
pub(crate) fn recording() -> bool {
    COLLECTING.with(|c| c.get()) > 0
}

/// Is a trainer collecting `sink` on this thread?
pub(crate) fn collecting<T>(sink: &'static LocalKey<Sink<T>>) -> bool {
    sink.with(|s| s.borrow().is_some())
}

thread_local! {
    /// How many `muted` passes run on this thread.
    static MUTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// How many `collect` calls run on this thread.
    static COLLECTING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A per-thread count raised while the value lives (lowered again on unwinding too: a record that panics is caught
/// by the caller and must not leave the thread muted).
struct Flag(&'static LocalKey<std::cell::Cell<usize>>);

impl Flag {
    fn raise(key: &'static LocalKey<std::cell::Cell<usize>>) -> Flag {
        key.with(|c| c.set(c.get() + 1));
        Flag(key)
    }
}

impl Drop for Flag {
    fn drop(&mut self) {
        self.0.with(|c| c.set(c.get() - 1));
    }
}

/// Run `f` recording nothing in any sink: a trial pass of the coder (`coder::code_events`) whose events may be
/// thrown away must not show its sites to a trainer, nor its drops to RASD_TRACE=drops.
pub(crate) fn muted<R>(f: impl FnOnce() -> R) -> R {
    let _muted = Flag::raise(&MUTED);
    f()
}

/// Is a `muted` pass running on this thread? (`collecting` still answers for the sinks themselves.)
pub(crate) fn is_muted() -> bool {
    MUTED.with(|m| m.get()) > 0
}

/// Record `item` if a trainer collects `sink` on this thread.
pub(crate) fn record<T>(sink: &'static LocalKey<Sink<T>>, item: T) {
    if is_muted() {
        return;
    }
    sink.with(|s| {
        if let Some(v) = s.borrow_mut().as_mut() {
            v.push(item);
        }
    });
}

/// A trigger the coder found and then left out, and the stage that left it out (`RASD_TRACE=drops`, read by
/// tools/drop_trace.py to tell which stage loses the gold events a lexicon entry found).
#[derive(Clone, Debug)]
pub struct Dropped {
    /// Code points of the trigger words.
    pub start: usize,
    pub end: usize,
    pub kind: crate::EventType,
    pub stage: &'static str,
}

thread_local! {
    static DROPS: Sink<Dropped> = const { RefCell::new(None) };
}

/// Run `f` and return, with its result, every trigger the coder dropped meanwhile on this thread.
pub fn collect_drops<R>(f: impl FnOnce() -> R) -> (R, Vec<Dropped>) {
    collect(&DROPS, f)
}

/// Is anyone tracing drops on this thread?
pub(crate) fn tracing_drops() -> bool {
    collecting(&DROPS)
}

/// Record that the trigger on words `w0..w1` of type `kind` was dropped by `stage`.
pub(crate) fn dropped(words: &[rasd_text::Word], (w0, w1): (usize, usize), kind: crate::EventType, stage: &'static str) {
    if tracing_drops() {
        record(&DROPS, Dropped { start: words[w0].start, end: words[w1 - 1].end, kind, stage });
    }
}

/// Run a stage that removes events from `events` and record the ones it removed under `stage`.
pub(crate) fn removing<E>(words: &[rasd_text::Word], stage: &'static str, events: &mut Vec<E>, key: impl Fn(&E) -> ((usize, usize), crate::EventType), f: impl FnOnce(&mut Vec<E>)) {
    if !tracing_drops() {
        f(events);
        return;
    }
    let mut before: Vec<((usize, usize), crate::EventType)> = events.iter().map(&key).collect();
    f(events);
    for k in events.iter().map(&key) {
        if let Some(i) = before.iter().position(|b| *b == k) {
            before.swap_remove(i);
        }
    }
    for (t, kind) in before {
        dropped(words, t, kind, stage);
    }
}
