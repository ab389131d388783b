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
    let out = f();
    (out, sink.with(|s| s.borrow_mut().take().unwrap_or_default()))
}

/// Is a trainer collecting `sink` on this thread?
pub(crate) fn collecting<T>(sink: &'static LocalKey<Sink<T>>) -> bool {
    sink.with(|s| s.borrow().is_some())
}

/// Record `item` if a trainer collects `sink` on this thread.
pub(crate) fn record<T>(sink: &'static LocalKey<Sink<T>>, item: T) {
    sink.with(|s| {
        if let Some(v) = s.borrow_mut().as_mut() {
            v.push(item);
        }
    });
}
