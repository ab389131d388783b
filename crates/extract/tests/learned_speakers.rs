//! The learned speaker choice (`data/events/speaker_model.tsv`, trained on the eval/news train split) on news-dev
//! sentences, which it was not trained on, where the rules' speaker was wrong: a verb of saying without a stated
//! subject, whose speaker is the body acting in the clause before, not the last person quoted.

mod common;

use common::{run, speaker_of};

#[test]
fn a_subjectless_verb_of_saying_takes_the_body_acting_before_it_not_the_last_speaker() {
    // news-dev CN-middleEast-1404-20181003 (CNN Arabic): Zarif is quoted, then the court "كما أعلنت أن ...".
    let text = "وقال ظريف إن \"على المجتمع الدولي أن يواجه برمته الأحادية المدمرة لهذا البلد\"، مشيراً إلى الولايات المتحدة. \
وكانت محكمة العدل الدولية قد طالبت الولايات المتحدة الأمريكية بتخفيف حدة العقوبات المفروضة على السلع الأساسية التي قد \
تؤثر على الشعب الإيراني، كما أعلنت أن العقوبات تشكل خرقا لمعاهدة الصداقة، والعلاقات الاقتصادية، والعلاقات القنصلية.";
    let d = run(text, "2018-10-03");
    let who = speaker_of(&d, "العقوبات تشكل").unwrap_or_else(|| panic!("the announcement is a quote: {:#}", d["quotes"]));
    assert!(who.contains("محكمة العدل الدولية"), "speaker {who:?}, not the minister quoted before");
    let zarif = speaker_of(&d, "على المجتمع").or_else(|| speaker_of(&d, "\"على المجتمع")).expect("Zarif's quote");
    assert!(zarif.contains("ظريف"), "{zarif}");
}
