//! The reach of a `before:N` status cue (data/events/status.tsv) on real sentences (train and unannotated ANT
//! wording): it stops at "و" + a new finite verb, not at a coordinated verbal noun or a verb inside an "أن" clause.

use rasd_events::coder::rule_status_at;
use rasd_events::{ActorDesc, Ctx, Status};

fn status(text: &str, trigger: &str, len: usize) -> Status {
    let a = rasd_text::analyze(text);
    let describe = |_: usize, _: usize| ActorDesc::default();
    let ctx = Ctx { a: &a, entities: &[], times: &[], quantities: &[], describe: &describe, main_place: None, published: None, index: Default::default() };
    let ts = a.words.iter().position(|w| w.key == rasd_text::key(trigger)).expect("trigger");
    let r = a.sentence_words(a.words[ts].sentence);
    rule_status_at(&ctx, (ts, ts + len), (r.start, r.end)).0
}

#[test]
fn a_coordinated_new_verb_is_outside_the_cue() {
    // train: "لا يريد الانتظار ويحث ألمانيا" (gold: asserted REQUEST).
    assert_eq!(status("لكن حزب الاتحاد الاجتماعي لا يريد الانتظار ويحث ألمانيا على اتخاذ إجراءات بشكل أحادي.", "ويحث", 1), Status::Asserted);
    // ANT: "نظام رئاسي يريده أردوغان وتنتقده المعارضة".
    assert_eq!(status("الانتقال إلى نظام رئاسي واسع الصلاحيات يريده أردوغان وتنتقده المعارضة.", "وتنتقده", 1), Status::Asserted);
}

#[test]
fn a_coordinated_verbal_noun_or_an_an_clause_keeps_the_cue() {
    // ANT: "يريدون السلام ووقف إطلاق النار".
    assert_eq!(status("إن معظم مقاتلي طالبان أيضا يريدون السلام ووقف إطلاق النار.", "ووقف", 3), Status::Planned);
    // ANT: "تريد أن تحرق وتدمر".
    assert_eq!(status("من الذي يمول هذه الحركات التي تريد أن تحرق وتدمر وتشعل نارا في أفكارنا.", "وتدمر", 1), Status::Planned);
}

#[test]
fn the_act_charged_after_the_accused_participle_or_bi_tuhma_is_claimed() {
    // train: "والمتهم بارتكاب أعمال عنف" (gold: claimed ASSAULT), "بتهمة توفير دعم لوجستي" (gold: claimed AID).
    assert_eq!(status("ويحاكم الرئيس السابق والمتهم بارتكاب أعمال عنف ضد المتظاهرين.", "أعمال", 2), Status::Claimed);
    assert_eq!(status("أصدرت محكمة عراقية حكما على إمرأة ألمانية بتهمة توفير دعم لوجستي لتنظيم الدولة.", "توفير", 3), Status::Claimed);
    // ANT: "المتهمين بتلقي رشاوى"، "متهم بخطف".
    assert_eq!(status("وبدأت محاكمة المسؤولين المتهمين بتلقي رشاوى من الشركة.", "بتلقي", 1), Status::Claimed);
}

#[test]
fn a_punishment_or_the_defendant_without_a_charge_is_no_charged_act() {
    // ANT: "الحكم على المتهمين بالسجن" (the sentence is passed: asserted); "وكان المتهم قد اعتقل" (no ب-complement).
    assert_eq!(status("وقضت المحكمة على المتهمين بالسجن عشر سنوات.", "بالسجن", 1), Status::Asserted);
    assert_eq!(status("وأضاف أن المتهم اعتقل في منزله الأسبوع الماضي.", "اعتقل", 1), Status::Asserted);
}
