//! The learned same-act decision (crates/events/src/same_act.rs, data/events/same_act_model.tsv): an event noun and
//! the verb of the clause that tells its target are one act, coded once; two acts of one type told side by side,
//! each with its own party, stay two. Sentences from ANT news reports, outside every annotated set.

mod common;

use common::{by_trigger, events, run};
use rasd_events::trace::collect_drops;
use rasd_extract::{extract_json, parse_date, Options, Record};

#[test]
fn strikes_and_the_verb_that_says_what_they_hit_are_one_attack() {
    let text = "ونفذت طائرات أميركية من دون طيار غارات عدة استهدفت أعضاء التنظيم في البيضاء ومأرب.";
    let d = run(text, "2018-03-19");
    assert_eq!(events(&d, "ASSAULT").len(), 1, "{:#}", d["events"]);
    by_trigger(&d, "ASSAULT", "غارات");
    // The verb is traced as merged by this stage.
    let rec = Record { id: "t".into(), text: text.into(), ..Default::default() };
    let (_, drops) = collect_drops(|| extract_json(&rec, &Options { published: parse_date("2018-03-19"), ..Default::default() }));
    let chars: Vec<char> = text.chars().collect();
    assert!(drops.iter().any(|x| x.stage == "same_act" && chars[x.start..x.end].iter().collect::<String>().contains("استهدفت")), "{drops:?}");
    let d = run("وقال المرصد إن ضربات جوية روسية استهدفت بلدتي طفس وصيدا في محافظة درعا، للمرة الأولى منذ 4 أيام.", "2018-07-04");
    assert_eq!(events(&d, "ASSAULT").len(), 1, "{:#}", d["events"]);
}

#[test]
fn two_visits_or_two_killings_by_other_parties_stay_two() {
    let d = run("وتأتي زيارة موغيريني بعد بضعة أيام من زيارة رئيس البرلمان الأوروبي أنطونيو تاجاني للبلاد.", "2018-07-15");
    assert_eq!(events(&d, "CONSULT").len(), 2, "{:#}", d["events"]);
    let d = run("وتعبر الدول الغربية والجماعات الحقوقية عن قلقها بشأن قتل الشرطة أكثر من 4 آلاف فلبيني منذ تولي دوتيرتي السلطة في يونيو 2016، فضلا عن مقتل مئات آخرين من متعاطي المخدرات على أيدي مسلحين مجهولين.", "2018-03-02");
    assert_eq!(events(&d, "ASSAULT").len(), 2, "{:#}", d["events"]);
}
