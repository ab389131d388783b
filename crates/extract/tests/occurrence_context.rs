//! The occurrence filter's context features on real text: a word of talk or of aim in the four words before an
//! event word (`ctx=talk_word`, `ctx=goal_word`, data/events/words.tsv) marks it as talked about or aimed at.

mod common;
use common::run;

/// The features the filter computes for the coded event whose trigger starts with `trigger` in `text`.
fn features_of(text: &str, trigger: &str) -> Vec<String> {
    let (_, cands) = rasd_events::occurrence::collect(|| run(text, "2018-04-28"));
    let start = text[..text.find(trigger).expect("trigger in text")].chars().count();
    cands.into_iter().find(|c| c.start == start).unwrap_or_else(|| panic!("no event at {trigger}")).features
}

#[test]
fn a_conflict_or_aid_after_words_of_aim_and_talk_is_marked_as_their_matter() {
    // ANT (France 24, not annotated): the conflict the ministers met to discuss ways of settling.
    let f = features_of("التقى السبت في موسكو، وزراء خارجية روسيا وإيران وتركيا لبحث سبل تسوية النزاع السوري سياسيا.", "النزاع");
    assert!(f.iter().any(|x| x == "ctx=goal_word"), "{f:?}");
    assert!(f.iter().any(|x| x == "ctx=talk_word"), "{f:?}");
    // ANT (Sky News Arabia, not annotated): aid that is needed, not given.
    let f = features_of("وقال إن روسيا تتفق مع أعضاء المجلس الآخرين حول الحاجة إلى وصول المعونات الإنسانية إلى سوريا.", "المعونات");
    assert!(f.iter().any(|x| x == "ctx=goal_word"), "{f:?}");
}

#[test]
fn an_attack_told_as_news_has_no_context_mark() {
    // Air strikes reported as carried out: no word of talk or aim before them.
    let f = features_of("وشنت طائرات التحالف غارات على مواقع للحوثيين في صعدة، الخميس.", "غارات");
    assert!(!f.iter().any(|x| x.starts_with("ctx")), "{f:?}");
}
