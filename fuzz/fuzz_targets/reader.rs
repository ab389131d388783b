#![no_main]
//! The input reader of `rasd extract` (crates/cli/src/input.rs, included as it is) on any bytes, as JSON Lines,
//! plain text, a valid gzip stream of them, or arbitrary bytes named *.gz; every job then goes through record
//! parsing and the text stage, as the binary does. No panic; every output line is JSON naming its record, and a
//! processed record's sentences tile its text.
use libfuzzer_sys::fuzz_target;
use std::io::Write;

#[allow(dead_code)]
#[path = "../../crates/cli/src/input.rs"]
mod input;

use input::Job;
use rasd_extract::{error_json, extract_json, parse_json_record, plain_record, Options, Stage};

fuzz_target!(|data: &[u8]| {
    let Some((&flag, rest)) = data.split_first() else { return };
    let dir = std::env::temp_dir().join(format!("rasd-fuzz-reader-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (name, bytes) = match flag % 4 {
        0 => ("in.jsonl", rest.to_vec()),
        1 => ("in.txt", rest.to_vec()),
        2 => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(rest).unwrap();
            ("in.jsonl.gz", gz.finish().unwrap())
        }
        _ => ("in.gz", rest.to_vec()),
    };
    let max_bytes = [64, 1024, 1 << 16, rasd_extract::DEFAULT_MAX_BYTES][(flag / 4 % 4) as usize];
    let path = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    let mut src = input::open(Some(&path), Default::default()).expect("open");
    let mut jobs = 0;
    while let Some(job) = src.next_job(max_bytes) {
        jobs += 1;
        assert!(jobs <= bytes.len() + 1, "more jobs than input bytes");
        let (rec, fallback) = match job {
            Job::JsonLine { bytes, fallback_id } => (parse_json_record(&bytes, &fallback_id, max_bytes), fallback_id),
            Job::Plain { id, bytes } => (plain_record(&id, &bytes, max_bytes), id),
            Job::Failed { id, message } => {
                assert!(!message.is_empty());
                rasd_fuzz::check_output(&error_json(&id, &message), &id, "");
                continue;
            }
        };
        match rec {
            Ok(rec) => {
                assert!(rec.text.len() <= max_bytes && !rec.text.trim().is_empty());
                let line = extract_json(&rec, &Options { published: None, stage: Stage::Text });
                rasd_fuzz::check_output(&line, &rec.id, &rec.text);
            }
            Err(e) => {
                assert!(!e.message.is_empty() && !e.id.is_empty(), "error without id or message (fallback {fallback})");
                rasd_fuzz::check_output(&error_json(&e.id, &e.message), &e.id, "");
            }
        }
    }
});
