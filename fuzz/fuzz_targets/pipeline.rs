#![no_main]
//! The whole pipeline on one record (the first byte picks the publication date or none): no panic, and every
//! span of the output inside the text and slicing back to its own `text`.
use libfuzzer_sys::fuzz_target;
use rasd_extract::{extract_json, Date, Options, Record, Stage};

fuzz_target!(|data: &[u8]| {
    let Some((&flag, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest).into_owned();
    let published = (flag & 1 == 1).then_some(Date::constant(2023, 9, 21));
    let rec = Record { id: "fuzz".into(), text, published: (flag & 2 == 2).then(|| "2019-02-29".into()), ..Default::default() };
    let line = extract_json(&rec, &Options { published, stage: Stage::Full });
    rasd_fuzz::check_output(&line, "fuzz", &rec.text);
});
