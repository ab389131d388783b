//! A verb of saying inside its sentence with no subject after it speaks for its own clause's subject, not for the
//! last speaker of an earlier sentence (quotes.rs `clause_subject`). Sentences from unannotated ANT news.

mod common;

use common::{run, speaker_of};

#[test]
fn a_second_verb_of_saying_speaks_for_the_sentences_subject_not_the_last_speaker() {
    // SVO: the sentence opens with its subject, a verb, then "وقالت إن".
    let text = "قال المرصد السوري لحقوق الإنسان إن حالات اختناق بين المدنيين قد سجلت إثر قصف جوي شنته قوات النظام السوري \
السبت على مدينة دوما. لكن دمشق نفت هذه المعلومات وقالت إن \"الجيش ليس بحاجة إلى استخدام أي نوع من المواد الكيماوية\".";
    let d = run(text, "2018-04-08");
    let who = speaker_of(&d, "الجيش ليس").or_else(|| speaker_of(&d, "\"الجيش ليس")).unwrap_or_else(|| panic!("Damascus's quote: {:#}", d["quotes"]));
    assert!(who.contains("دمشق"), "speaker {who:?}, not the observatory quoted before");
    let first = speaker_of(&d, "حالات اختناق").expect("the observatory's quote");
    assert!(first.contains("المرصد"), "{first}");
}

#[test]
fn a_verb_of_saying_after_a_new_subject_in_its_clause_is_not_the_opening_subjects() {
    // VSO, the verb of saying in the same clause: "وترفض موسكو ... وتنفي أن".
    let text = "وقال الخبير الكيميائي فيل ميرزايانوف إن مادة نوفيتشوك كانت موجودة منذ التسعينات. \
وترفض موسكو أي ضلوع لها في حادثي التسمم وتنفي أن تكون المادة السامة صنعت في شيخاني.";
    let d = run(text, "2018-07-18");
    let who = speaker_of(&d, "تكون المادة").unwrap_or_else(|| panic!("Moscow's denial: {:#}", d["quotes"]));
    assert!(who.contains("موسكو"), "speaker {who:?}, not the chemist quoted before");
}
