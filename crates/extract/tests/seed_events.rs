//! The whole pipeline on the seed report (examples/karabakh.txt, published 2023-09-21) and on sentences from the
//! ANT corpus and the GSR: events, status, arguments, dates, casualties, quotes.

mod common;

use common::{by_trigger, events, run};
use serde_json::Value;

const SEED: &str = include_str!("../../../examples/karabakh.txt");

#[test]
fn seed_accusation_denial_and_the_accused_act() {
    let d = run(SEED, "2023-09-21");
    let acc = by_trigger(&d, "ACCUSE", "اتهمت");
    assert_eq!(acc["status"], "asserted");
    assert_eq!(acc["actor"]["country"], "ARM");
    assert_eq!(acc["cameo"], "112");
    // The act it alleges is its own event, claimed.
    let act = by_trigger(&d, "ASSAULT", "انتهاك");
    assert_eq!(act["status"], "claimed");
    // Baku's denial is an asserted REJECT by the Azerbaijani ministry of defence.
    let rej = by_trigger(&d, "REJECT", "رفضته");
    assert_eq!(rej["status"], "asserted");
    assert_eq!(rej["actor"]["country"], "AZE");
    assert_eq!(rej["actor"]["role"], "GOV");
}

#[test]
fn seed_dates_casualties_and_places() {
    let d = run(SEED, "2023-09-21");
    // "سُمع دوي إطلاق نار ... أمس الأربعاء": the gunfire happened the day before publication.
    let fire = by_trigger(&d, "ASSAULT", "إطلاق نار");
    assert_eq!(fire["date"]["value"], "2023-09-20");
    assert_eq!(fire["date"]["text"], "أمس الأربعاء");
    // The 2020 war: its own year and at least 6,500 dead.
    let war = by_trigger(&d, "ASSAULT", "الصراع");
    assert_eq!(war["date"]["value"], "2020");
    assert_eq!(war["fatalities"]["low"], 6500.0);
    assert_eq!(war["fatalities"]["text"], "أكثر من 6500 قتيل");
    // The talks in Yevlakh are a CONSULT event located in Azerbaijan.
    let talks = by_trigger(&d, "CONSULT", "مناقشة");
    assert_eq!(talks["location"]["country"], "AZE");
    // The EU's demand.
    let req = by_trigger(&d, "REQUEST", "يطالب");
    assert_eq!(req["actor"]["text"], "الاتحاد الأوروبي");
    // Every trigger slices back to the text.
    let chars: Vec<char> = SEED.chars().collect();
    for e in d["events"].as_array().unwrap() {
        let (s, t) = (e["trigger"]["start"].as_u64().unwrap() as usize, e["trigger"]["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..t].iter().collect::<String>(), e["trigger"]["text"].as_str().unwrap());
    }
}

#[test]
fn seed_quotes_have_speakers() {
    let d = run(SEED, "2023-09-21");
    let quotes = d["quotes"].as_array().unwrap();
    let chars: Vec<char> = SEED.chars().collect();
    let content = |q: &Value| chars[q["content"]["start"].as_u64().unwrap() as usize..q["content"]["end"].as_u64().unwrap() as usize].iter().collect::<String>();
    let babayan = quotes.iter().find(|q| content(q).starts_with("لا يزال لدينا العديد")).expect("Babayan's quote");
    assert_eq!(babayan["speaker"]["text"], "ديفيد باباجان");
    assert_eq!(babayan["direct"], true);
    let peskov = quotes.iter().find(|q| content(q).contains("لم يتضح بعد")).expect("Peskov's statement");
    assert_eq!(peskov["speaker"]["text"], "ديمتري بيسكوف");
    assert_eq!(peskov["direct"], false);
}

#[test]
fn status_planned_negated_hypothetical() {
    // Written for the test, in the style of ANT diplomatic news.
    let d = run("ومن المقرر أن يعقد وزيرا الخارجية اجتماعا في موسكو الأحد المقبل.", "2018-05-10");
    assert_eq!(by_trigger(&d, "CONSULT", "اجتماعا")["status"], "planned");
    let d = run("وسيزور الرئيس الفرنسي الجزائر الشهر المقبل.", "2018-05-10");
    assert_eq!(by_trigger(&d, "CONSULT", "يزور")["status"], "planned");
    let d = run("وقالت الشرطة إنها لم تعتقل أي شخص حتى الآن.", "2018-05-10");
    assert_eq!(by_trigger(&d, "COERCE", "تعتقل")["status"], "negated");
    let d = run("وهدد الوزير بالرد إذا هاجمت القوات الحدود.", "2018-05-10");
    assert_eq!(by_trigger(&d, "ASSAULT", "هاجمت")["status"], "hypothetical");
}

#[test]
fn gsr_style_attacks_and_protests() {
    // GSR dev sentences (UniversalPetrarch Arabic gold standard).
    let d = run("الى ذلك اعلنت الشرطة العراقية امس، ان القوات الأميركية قتلت 11 مسلحا من تنظيم «القاعدة».", "2007-12-08");
    let kill = by_trigger(&d, "ASSAULT", "قتلت");
    assert_eq!(kill["actor"]["country"], "USA");
    let d = run("أقدم امس متظاهرون غاضبون في البقاع اللبناني على قطع الطريق الدولية بين شتورة وزحلة قرب بلدة تعلبايا.", "2008-01-10");
    assert!(!events(&d, "PROTEST").is_empty(), "{:#}", d["events"]);
}

#[test]
fn sport_attacks_are_not_events() {
    // ANT sport article style: a football "attack" and "striker" in a match report.
    let text = "وفي الشوط الثاني واصل الفريق هجومه ونجح مهاجمه البرازيلي بتسجيل الهدف الثاني في المباراة عند الدقيقة 62 بعدما انفرد بالحارس. وحقق النادي فوزا مهما في الدوري بعد مباراة قوية أمام منافسه، وأشاد المدرب بأداء اللاعبين في الملعب.";
    let d = run(text, "2018-03-01");
    assert!(events(&d, "ASSAULT").is_empty(), "{:#}", d["events"]);
}
