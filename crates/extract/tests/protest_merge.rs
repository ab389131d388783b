//! A sentence that reports a protest folds its weak violence words into the protest (crates/events/src/coder.rs,
//! merge_protest); a weak gathering word with no party of its own does not make the sentence a protest's, so the
//! strike on a gathering or the bomb at a rally stays an attack. Sentences from ANT's Sky News Arabia sections,
//! outside every annotated set.

mod common;

use common::{by_trigger, events, run};

#[test]
fn a_strike_on_gatherings_of_fighters_is_an_attack() {
    let d = run("وشنت مقاتلات التحالف قصفا استهدف تعزيزات عسكرية للميليشيات في مفرق المخا وتجمعات لهم في قطابا، مما أسفر عن وقوع قتلى وجرحى في صفوف الحوثيين وتدمير آليات وعربات عسكرية.", "2018-04-24");
    // The strike is coded once, on its noun; "استهدف" right after it restates it (the occurrence filter's `near`).
    by_trigger(&d, "ASSAULT", "قصفا");
}

#[test]
fn a_bomb_at_an_election_rally_is_an_attack() {
    let d = run("أعلنت الشرطة الباكستانية مقتل 12 شخصا بينهم مسؤول سياسي محلي، وإصابة 32 آخرين بتفجير انتحاري استهدف، مساء الثلاثاء، تجمعا انتخابيا في بيشاور في شمال غرب باكستان.", "2018-07-10");
    by_trigger(&d, "ASSAULT", "تفجير انتحاري");
}

#[test]
fn the_dead_on_protesters_banners_are_the_protest_not_an_attack() {
    let d = run("ورفع بعض المتظاهرين في إسطنبول لافتات تحمل أسماء وصور القتلى الثمانية في تلك الاحتجاجات.", "2018-06-01");
    assert!(!events(&d, "PROTEST").is_empty(), "{:#}", d["events"]);
    assert!(events(&d, "ASSAULT").is_empty(), "{:#}", d["events"]);
}
