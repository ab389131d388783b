//! Sentence segmentation on real ANT corpus sentences (quoted below) and on forms written for the test.

use rasd_text::analyze;

fn sentences(text: &str) -> Vec<String> {
    let a = analyze(text);
    a.sentences.iter().map(|s| a.slice(s.start, s.end)).collect()
}

#[test]
fn decimals_and_arabic_question_marks() {
    // Written for the test: a decimal number, an Arabic question mark, an exclamation mark.
    let s = sentences("ارتفع النمو إلى 3.5 في المئة. هل يستمر ذلك؟ لا أحد يعرف! انتهى");
    assert_eq!(s, ["ارتفع النمو إلى 3.5 في المئة.", "هل يستمر ذلك؟", "لا أحد يعرف!", "انتهى"]);
}

#[test]
fn guillemet_quotes_are_not_cut() {
    // GSR/ANT style: a quotation in « » with a full stop inside, ended by the closing mark and a stop.
    let t = "وقال ان «سيارة مفخخة انفجرت قرب مقر مجلس للصحوة. وأدى ذلك الى مقتل عشرة اشخاص». ثم غادر الوفد.";
    let s = sentences(t);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[0].ends_with("اشخاص»."));
}

#[test]
fn abbreviations_and_initials() {
    // Written for the test: "د." before a name, Latin initials, U.S. and a letter-dot-letter Arabic abbreviation.
    let s = sentences("قال د. محمد علي إن J. Smith زار U.S. Army في العام 300 ق.م وغادر. ثم عاد.");
    assert_eq!(s.len(), 2, "{s:?}");
}

#[test]
fn parentheses_hold_their_stops() {
    // ANT style: a parenthetical with a stop inside ("(100 كلم شمال شرقي بغداد.)") stays in its sentence.
    let s = sentences("وقعت الانفجارات في بلدة المقدادية (100 كلم شمال شرقي بغداد. وفق الشرطة) صباح اليوم. وأضاف المصدر.");
    assert_eq!(s.len(), 2, "{s:?}");
}

#[test]
fn run_on_sentences_are_capped() {
    // 100,000 characters without a full stop: cut at clause boundaries, nothing lost, nothing overlapping.
    let clause = "وقال المسؤول إن القوات تقدمت نحو المدينة، ";
    let text: String = clause.repeat(100_000 / clause.chars().count() + 1);
    let a = analyze(&text);
    assert!(a.sentences.len() > 100);
    let mut prev = 0;
    for s in &a.sentences {
        assert!(s.start >= prev && s.end > s.start && s.end - s.start <= rasd_text::sentences::MAX_SENTENCE);
        assert!(a.chars[prev..s.start].iter().all(|c| c.is_whitespace()));
        prev = s.end;
    }
}

#[test]
fn unterminated_quotes_end_at_paragraph() {
    // Written for the test: an opening « never closed; the next paragraph is its own sentence.
    let s = sentences("قال الوزير: «لن نتراجع عن موقفنا. سنواصل العمل\nوفي سياق آخر، اجتمع المجلس.");
    assert_eq!(s.len(), 2, "{s:?}");
}
