//! Print the text layer's words of a text (a debugging aid for vocabulary entries).
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let a = rasd_text::analyze(&text);
    for w in &a.words {
        println!("{}\t{:?}\tkey={}\tbare={}\t{:?}", a.slice(w.start, w.end), w.kind, w.key, w.bare, w.split);
    }
}
