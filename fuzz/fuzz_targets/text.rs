#![no_main]
//! The text layer on any input: no panic, spans in order and inside the text, sentences and tokens tiling; each
//! fold idempotent, and each normalized character aligned to an original character whose fold gives it back.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = rasd_fuzz::check_analysis(&text);
    for f in [rasd_text::Fold::TEXT, rasd_text::Fold::KEY, rasd_text::Fold::SEGMENT] {
        let once = rasd_text::normalize(&text, f);
        assert_eq!(rasd_text::normalize(&once, f), once);
        let n = rasd_text::normalize_aligned(&text, f);
        let out: Vec<char> = n.text.chars().collect();
        assert_eq!(out.len(), n.align.len());
        assert!(n.align.windows(2).all(|w| w[0] <= w[1]) && n.align.iter().all(|&o| o < a.chars.len()));
        let mut i = 0;
        while i < out.len() {
            // The characters one original character folds to, in order.
            let j = i + n.align[i..].iter().take_while(|&&o| o == n.align[i]).count();
            let back = rasd_text::normalize(&a.chars[n.align[i]].to_string(), f);
            assert_eq!(back, out[i..j].iter().collect::<String>(), "character {} folds to other text", n.align[i]);
            i = j;
        }
    }
});
