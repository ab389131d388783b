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

#[test]
fn protesters_in_the_oblique_case_are_participants_unless_they_or_their_count_is_the_subject() {
    // ANT (Sky News Arabia; BBC): the imprisoned protesters and those the cleric stands with are no protest reported
    // here (the oblique -ين after a noun or a preposition).
    let d = run("ودانت الخارجية الأميركية أساليب السلطات الإيرانية التي تعتمد على القمع وسجن المتظاهرين وحرمانهم من حقوقهم.", "2018-06-27");
    assert!(events(&d, "PROTEST").is_empty(), "{:#}", d["events"]);
    let d = run("وعبر المرجع الشيعي الأعلى في العراق آية الله علي السيستاني عن تضامنه مع المحتجين.", "2018-09-05");
    assert!(events(&d, "PROTEST").is_empty(), "{:#}", d["events"]);
    // ANT (Sky News Arabia; AFP): a count of protesters as the subject stands for their act.
    let d = run("وحاصر الآلاف من المتظاهرين الغاضبين مقر القنصلية الإيرانية في البصرة، قبل أن يندفع المئات منهم إلى داخل المقر ويحرقونه بالكامل.", "2018-09-07");
    by_trigger(&d, "PROTEST", "المتظاهرين");
    let d = run("وبينما كان وسط المدينة مطوقا الجمعة، تجمع عدد من المتظاهرين في حي منار حيث يعيش قادة الحركة الرئيسيين.", "2018-03-17");
    by_trigger(&d, "PROTEST", "المتظاهرين");
}
