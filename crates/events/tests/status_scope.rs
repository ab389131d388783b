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
