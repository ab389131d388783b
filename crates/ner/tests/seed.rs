//! The embedded model on real sentences of the seed report (examples/karabakh.txt), and decoder invariants.

use rasd_ner::model::{allowed, Decoder, NT, START};
use rasd_ner::{tag, Label};

// Sentences 9, 11 and 21 of the seed report, verbatim.
const S9: &str = "وقال مسؤول كبير في الاتحاد الأوروبي، إن شارل ميشيل، رئيس مجلس الاتحاد الأوروبي، أوضح في مكالمة هاتفية مع الرئيس الأذري إلهام علييف، أن بلاده يجب أن تضمن احترام العرق الأرمني وأن يكون لهم مستقبل في أذربيجان.";
const S11: &str = "قال ديمتري بيسكوف، المتحدث باسم الكرملين، إنه لم يتضح بعد متى يمكن توقيع معاهدة سلام بين الجمهوريتين السوفيتيين السابقتين أرمينيا وأذربيجان، لكنه تحدث عن تقدم كبير في المفاوضات.";
const S21: &str = "ومنذ الصراع الذي استمر 6 أسابيع عام 2020، مخلّفًا أكثر من 6500 قتيل، وانتهى بهدنة توسطت فيها روسيا، عقد نيكول باشينيان، رئيس وزراء أرمينيا، والرئيس الأذري إلهام علييف، عدة اجتماعات نظمتها موسكو والاتحاد الأوروبي والولايات المتحدة، غير أنه لا يوجد تسوية للأزمة بصيغة نهائية حتى الوقت الراهن.";

fn mentions(text: &str) -> Vec<(String, Label)> {
    let a = rasd_text::analyze(text);
    tag(&a).into_iter().map(|m| (a.slice(m.start, m.end), m.label)).collect()
}

fn has(ms: &[(String, Label)], text: &str, label: Label) -> bool {
    ms.iter().any(|(t, l)| t == text && *l == label)
}

#[test]
fn seed_people_places_organisations() {
    let m9 = mentions(S9);
    assert!(has(&m9, "إلهام علييف", Label::Per), "{m9:?}");
    assert!(has(&m9, "أذربيجان", Label::Loc), "{m9:?}");
    assert!(has(&m9, "الاتحاد الأوروبي", Label::Org), "{m9:?}");
    let m11 = mentions(S11);
    assert!(has(&m11, "ديمتري بيسكوف", Label::Per), "{m11:?}");
    // The conjunction of "وأذربيجان" stays outside the span.
    assert!(has(&m11, "أذربيجان", Label::Loc), "{m11:?}");
    assert!(has(&m11, "أرمينيا", Label::Loc), "{m11:?}");
    let m21 = mentions(S21);
    assert!(has(&m21, "نيكول باشينيان", Label::Per), "{m21:?}");
    assert!(has(&m21, "موسكو", Label::Loc), "{m21:?}");
    // A common noun is no entity.
    assert!(!m21.iter().any(|(t, _)| t == "الصراع" || t == "اجتماعات"), "{m21:?}");
}

#[test]
fn spans_are_word_aligned_and_ordered() {
    let a = rasd_text::analyze(S21);
    let ms = tag(&a);
    assert!(!ms.is_empty());
    for w in ms.windows(2) {
        assert!(w[0].word_end <= w[1].word_start);
    }
    for m in &ms {
        assert_eq!(m.start, a.words[m.word_start].body_start);
        assert_eq!(m.end, a.words[m.word_end - 1].end);
        assert!((0.0..=1.0).contains(&m.score));
    }
}

#[test]
fn features_are_deterministic() {
    let a = rasd_text::analyze(S9);
    let res = &rasd_ner::tagger().res;
    let mut s1 = rasd_ner::features::Scratch::default();
    let mut s2 = rasd_ner::features::Scratch::default();
    rasd_ner::features::extract(&a.words, &a.chars, res, &mut s1);
    // A reused buffer gives the same features as a fresh one.
    rasd_ner::features::extract(&a.words[..5], &a.chars, res, &mut s2);
    rasd_ner::features::extract(&a.words, &a.chars, res, &mut s2);
    assert_eq!(s1.feats, s2.feats);
    assert_eq!(s1.offsets, s2.offsets);
    assert_eq!(s1.offsets.len(), a.words.len() + 1);
    assert_eq!(tag(&a), tag(&rasd_text::analyze(S9)));
}

#[test]
fn viterbi_never_starts_inside() {
    // Emissions that favour I- tags everywhere, and random ones: the decoded path must stay BIO-valid.
    let mut dec = Decoder::default();
    let mut seed = 12345u64;
    let trans = vec![0f32; (NT + 1) * NT];
    for round in 0..200 {
        let n = 1 + round % 9;
        let emit: Vec<f32> = (0..n * NT)
            .map(|k| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let r = (seed >> 40) as f32 / (1u64 << 24) as f32;
                if round % 2 == 0 && k % NT != 0 && k % 2 == 0 { 10.0 + r } else { r }
            })
            .collect();
        dec.decode(n, &emit, &trans, true);
        let mut prev = START;
        for &t in &dec.tags {
            assert!(allowed(prev, t as usize), "invalid {prev} -> {t} in {:?}", dec.tags);
            prev = t as usize;
        }
        assert!(dec.margins.iter().all(|m| *m >= 0.0));
    }
}

#[test]
fn odd_input_is_harmless() {
    for text in ["", "،،، ...", "Barack OBAMA met Vladimir Putin in MOSCOW", "ـــــ ً ٌ", "١٢٣ 456"] {
        let a = rasd_text::analyze(text);
        for m in tag(&a) {
            assert!(m.start < m.end && m.end <= a.chars.len());
        }
    }
}

#[test]
fn cached_emissions_equal_reference() {
    // The run-time path caches per-word sums; it must score exactly as the feature lists training used.
    let t = rasd_ner::tagger();
    for text in [S9, S11, S21, S9] {
        let a = rasd_text::analyze(text);
        for s in 0..a.sentences.len() {
            let r = a.sentence_words(s);
            let words = &a.words[r];
            assert_eq!(t.emissions(words, &a.chars, false), t.emissions(words, &a.chars, true), "{text}");
        }
    }
}

#[test]
fn the_taggers_lists_validate() {
    if let Err(e) = rasd_ner::validate_data() {
        panic!("{e}");
    }
}
