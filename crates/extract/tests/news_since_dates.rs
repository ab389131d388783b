//! "The first / the largest ... since X": the date after منذ is the comparison's starting point, not the time of an
//! act told outside the منذ phrase (words.tsv `since_compare`, `Stage::since_reference`).
mod common;

use common::{by_trigger, run};

#[test]
fn the_starting_point_of_a_comparison_dates_no_act_outside_it() {
    // ANT (Sky News Arabia), published Saturday 2018-07-14: 2014 dates the war, not the raid of the same sentence.
    let d = run("قال مسؤول في الحكومة الإسرائيلية، السبت، إن بلاده قررت \"اتخاذ إجراء قوي ضد عدوان غزة\"، وذلك بعد أسوأ تبادل للقصف منذ الحرب الإسرائيلية في غزة عام 2014، فيما قتل فتيان فلسطينيان في غارة على القطاع.", "2018-07-14");
    assert_eq!(by_trigger(&d, "ASSAULT", "غارة")["date"]["value"], "2018-07-14", "{:#}", d["events"]);
    assert_eq!(by_trigger(&d, "ASSAULT", "الحرب")["date"]["value"], "2014", "{:#}", d["events"]);
}

#[test]
fn an_act_inside_the_since_phrase_keeps_its_date() {
    // ANT: the recall of the ambassador is منذ's own object, told after the date with no break.
    let d = run("ويأتي تصويت النواب الهولنديين في الوقت الذي باتت فيه العلاقات الثنائية في أدنى مستوى لها منذ إعلان هولندا في مطلع شباط/فبراير الحالي استدعاء سفيرها في أنقرة.", "2018-02-23");
    assert_eq!(by_trigger(&d, "SANCTION", "استدعاء")["date"]["value"], "2018-02", "{:#}", d["events"]);
    // ANT (BBC): the second منذ dates the campaign; the comparison ("الأولى") belongs to the first.
    let d = run("وتعد هذه الصفقة الأولى منذ أن بدأت القوات الموالية حملة عسكرية عنيفة منذ 18 شباط/فبراير الماضي على الغوطة الشرقية.", "2018-03-22");
    assert_eq!(by_trigger(&d, "ASSAULT", "حملة")["date"]["value"], "2018-02-18", "{:#}", d["events"]);
}
