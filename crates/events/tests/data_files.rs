//! The event data files load and validate; a malformed entry is reported with its file and line; every word class
//! the code asks for is defined.

use rasd_events::lexicon::{Lexicon, Sources};
use std::collections::BTreeSet;

#[test]
fn the_embedded_event_data_validates() {
    if let Err(e) = Lexicon::try_load(Sources::EMBEDDED) {
        panic!("{e}");
    }
}

/// A source with one line of triggers.tsv replaced by `row`: the loader's error names file and line.
fn broken_triggers(row: &str) -> String {
    let mut lines: Vec<&str> = Sources::EMBEDDED.triggers.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("اتهم,")).expect("the اتهم lexeme");
    lines[at] = row;
    let text: &'static str = Box::leak(lines.join("\n").into_boxed_str());
    let line = at + 1;
    match Lexicon::try_load(Sources { triggers: text, ..Sources::EMBEDDED }) {
        Ok(_) => panic!("line {line} {row:?} was accepted"),
        Err(e) => {
            assert_eq!((e.file, e.line), ("data/events/triggers.tsv", line), "{e}");
            e.to_string()
        }
    }
}

#[test]
fn malformed_trigger_rows_fail_with_file_and_line() {
    assert!(broken_triggers("اتهم,اتهمت\tACUSE\tallege\t112\tstrong").contains("PLOVER type \"ACUSE\" is not valid"));
    assert!(broken_triggers("اتهم,اتهمت\tACCUSE\tallege\t112\tstrongly").contains("neither strong nor weak"));
    assert!(broken_triggers("اتهم,اتهمت\tACCUSE\talleged\t112\tstrong").contains("mode \"alleged\""));
    assert!(broken_triggers("اتهم,اتهمت\tACCUSE\tallege\t9999\tstrong").contains("CAMEO code \"9999\""));
    assert!(broken_triggers("اتهم,اتهمت\tACCUSE").contains("columns"));
    assert!(broken_triggers("اتهم,اتهمت\tACCUSE\taerial\t112\tstrong").contains("mode aerial is not a mode of ACCUSE"));
    assert!(broken_triggers("اتهم,,اتهمت\tACCUSE\tallege\t112\tstrong").contains("empty"));
    // A frame's gap marker stands, once, between two words of the form.
    assert!(broken_triggers("حمل مسؤولية …\tACCUSE\tallege\t112\tweak").contains("between two words"));
    assert!(broken_triggers("حمل … المسؤولية … عن\tACCUSE\tallege\t112\tweak").contains("one gap marker"));
    assert!(broken_triggers("حمل …مسؤولية\tACCUSE\tallege\t112\tweak").contains("a word of its own"));
}

#[test]
fn malformed_status_and_speech_rows_fail_with_file_and_line() {
    let status: &'static str = "اتهم\tclaimed\tgoverns-clause\nزعم\tclaimed\tbefore:x\n";
    let e = Lexicon::try_load(Sources { status, ..Sources::EMBEDDED }).err().expect("bad scope refused");
    assert_eq!(e.to_string(), "data/events/status.tsv:2: scope \"before:x\" is not valid");
    let speech: &'static str = "قال\tverb\tboth\nأكد\tverbs\tthat\n";
    let e = Lexicon::try_load(Sources { speech, ..Sources::EMBEDDED }).err().expect("bad kind refused");
    assert_eq!(e.to_string(), "data/events/speech.tsv:2: kind \"verbs\" is not valid");
}

/// Every `lex.is("class", ..)`, `is_key`, `is_form` and `phrase_at` in the workspace's sources names a class that
/// data/events/words.tsv defines (an undefined one would silently never match).
#[test]
fn every_word_class_named_in_code_is_defined() {
    let defined: BTreeSet<&str> = Lexicon::get().class_names().collect();
    let crates = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut missing = BTreeSet::new();
    let mut seen = 0;
    for entry in walk(std::path::Path::new(crates)) {
        let src = std::fs::read_to_string(&entry).unwrap();
        for call in [".is(\"", ".is_key(\"", ".is_form(\"", ".phrase_at(\""] {
            for (i, _) in src.match_indices(call) {
                let rest = &src[i + call.len()..];
                let name = &rest[..rest.find('"').unwrap()];
                seen += 1;
                if !defined.contains(name) {
                    missing.insert(format!("{}: {name}", entry.display()));
                }
            }
        }
    }
    assert!(seen > 100, "only {seen} class uses found: is the source scan broken?");
    assert!(missing.is_empty(), "word classes used but not defined in words.tsv: {missing:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() && p.file_name().is_some_and(|n| n != "target") {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "rs") && p.components().any(|c| c.as_os_str() == "src") {
            out.push(p);
        }
    }
    out
}
