//! Retrain the NER model: `cargo run --release -p rasd-ner --features train --example train [SHARED_DIR] [OUT_DIR]`
//! (defaults: ../shared and data/ner relative to the workspace root). Same as `rasd train ner`.
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut args = std::env::args().skip(1);
    let shared = args.next().map(PathBuf::from).unwrap_or_else(|| root.join("../shared"));
    let out = args.next().map(PathBuf::from).unwrap_or_else(|| root.join("data/ner"));
    match rasd_ner::train_cli(&shared, &out) {
        Ok(r) => print!("{r}"),
        Err(e) => {
            eprintln!("rasd-ner: {e}");
            std::process::exit(1);
        }
    }
}
