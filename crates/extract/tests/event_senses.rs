//! Which sense a trigger of several senses has (data/events/type_senses.tsv, chosen by the learned model of
//! crates/events/src/typing.rs): a trial is an accusation, looting a seizure, "أعمال العنف" of armed sides a use of
//! force, a pledged response a threat; and beside each, the word in its usual sense staying so. Sentences from ANT
//! political sections (Sky News Arabia, middleEast), outside every annotated set.

mod common;

use common::{by_trigger, events, run};

#[test]
fn a_trial_is_a_legal_accusation() {
    let d = run("تشرع محكمة أمن الدولة، الاثنين، بمحاكمة خليتين إرهابيتين تنتميان إلى تنظيم داعش المتشدد.", "2018-03-04");
    by_trigger(&d, "ACCUSE", "محاكمة");
    assert!(events(&d, "COERCE").iter().all(|e| !e["trigger"]["text"].as_str().unwrap().contains("محاكمة")), "{:#}", d["events"]);
}

#[test]
fn looting_is_seizing_property() {
    let d = run("يواصل سكان مدينة عفرين مغادرتها بعد تقارير واسعة النطاق عن عمليات نهب، أعقبت انتزاع القوات التركية ومقاتلي المعارضة السورية السيطرة على المدينة المنكوبة.", "2018-03-20");
    by_trigger(&d, "COERCE", "نهب");
    assert!(events(&d, "ASSAULT").iter().all(|e| !e["trigger"]["text"].as_str().unwrap().contains("نهب")), "{:#}", d["events"]);
}

#[test]
fn violence_of_armed_sides_is_use_of_force_not_a_riot() {
    let d = run("وأفاد المرصد السوري أن أعمال العنف انخفضت بشكل كبير في الغوطة الشرقية الليلة الماضية، لكنه أبلغ عن وقوع عدد من القذائف صباح الثلاثاء.", "2018-03-27");
    by_trigger(&d, "ASSAULT", "أعمال العنف");
    assert!(events(&d, "PROTEST").is_empty(), "{:#}", d["events"]);
}

#[test]
fn a_pledged_response_is_a_threat_and_a_pledged_sum_an_offer() {
    let d = run("في وقت نفت الولايات المتحدة شن غارات جوية في سوريا، الاثنين، إثر ادعاءات وسائل إعلام رسمية سورية، قال البيت الأبيض إنّ الرئيس دونالد ترامب ونظيره الفرنسي إمانويل ماكرون تعهدا \"برد قوي مشترك\" على هجوم كيماوي مفترض أسفر عن مقتل العشرات في دوما السورية.", "2018-04-09");
    by_trigger(&d, "THREATEN", "تعهدا");
    let d = run("تثير الضربة العسكرية الأميركية المرتقبة للنظام السوري، ردا على الهجوم الكيماوي في دوما، مخاوف اندلاع مواجهة في المتوسط بين واشنطن وموسكو، لاسيما أن روسيا تعهدت بإسقاط أي صاروخ على سوريا، قبل أن يتحداها الرئيس الأميركي، دونالد ترامب، مؤكدا أن الصواريخ قادمة.", "2018-04-11");
    by_trigger(&d, "THREATEN", "تعهدت");
    let d = run("جاءت الاستجابة السعودية والإماراتية فورية، وتعهدت الدولتان بتقديم مليار دولار وهو ما يعادل أكثر من ثلث المبلغ المطلوب عالميا.", "2018-04-03");
    by_trigger(&d, "AGREE", "تعهدت");
    assert!(events(&d, "THREATEN").is_empty(), "{:#}", d["events"]);
}

#[test]
fn support_in_food_is_aid_and_support_for_talks_is_not() {
    let d = run("وعبر أهالي منطقة كرش عن شكرهم لدولة الإمارات العربية المتحدة على وقوفها إلى جانبهم في تحريرها من المليشيات الحوثية ودعمهم بالمواد الغذائية.", "2018-03-28");
    by_trigger(&d, "AID", "دعم");
    let d = run("وأوضحت: \"تطالب إندونيسيا أستراليا ودولا أخرى بدعم محادثات السلام، وعدم اتخاذ خطوات ستهدد عملية السلام، واستقرار الأمن العالمي\".", "2018-10-16");
    assert!(events(&d, "AID").is_empty(), "{:#}", d["events"]);
}
