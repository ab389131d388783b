//! A date told in a relative clause or a parenthesis about a participant or a place dates that aside, not the event
//! told outside it (`Stage::relative_aside`).
mod common;

use common::{by_trigger, run};

#[test]
fn a_year_of_a_relative_clause_dates_no_act_outside_it() {
    // ANT (Al Arabiya), published 2018-03-17: 2007 is when Hamas took Gaza, not when it rejected the accusations.
    let d = run("ورفضت حماس التي تسيطر على غزة منذ 2007، الاتهامات.", "2018-03-17");
    assert_eq!(by_trigger(&d, "ACCUSE", "الاتهامات")["date"]["value"], "2018-03-17", "{:#}", d["events"]);
    assert_eq!(by_trigger(&d, "REJECT", "رفضت")["date"]["value"], "2018-03-17", "{:#}", d["events"]);
    // ANT (Sky News Arabia), published Tuesday 2018-04-24: 2015 is the deal's year, not the cancelling's.
    let d = run("وقال علي شمخاني، أمين المجلس الأعلى للأمن القومي، اليوم، إن طهران قد تنسحب من معاهدة تهدف إلى منع انتشار الأسلحة النووية في حال ألغى الرئيس الأمريكي الاتفاق النووي الذي أبرمته إيران مع قوى عالمية في 2015.", "2018-04-24");
    assert_eq!(by_trigger(&d, "SANCTION", "ألغى")["date"]["value"], "2018-04-24", "{:#}", d["events"]);
}

#[test]
fn a_relative_clause_about_the_event_keeps_its_date() {
    // The trigger is the pronoun's antecedent: the clause tells the strike's night.
    let d = run("قال محلل عسكري إن المواقع الإيرانية المستهدفة في الضربة التي وجهتها إسرائيل داخل سوريا، ليل الأربعاء، لها أهمية عملياتية.", "2018-05-11");
    assert_eq!(by_trigger(&d, "ASSAULT", "الضربة")["date"]["value"], "2018-05-09", "{:#}", d["events"]);
}

#[test]
fn a_verb_in_the_present_is_not_the_act_a_clause_of_taking_place_tells() {
    // ANT (Al Arabiya), published Saturday 2018-06-23: the coup attempt took place on 15 July 2016; Ankara's
    // accusation stands now.
    let d = run("وتتهم أنقرة غولن بالمسؤولية عن محاولة الانقلاب التي حدثت في يوم 15 يوليو/تموز عام 2016 وهو ما ينفيه غولن.", "2018-06-23");
    assert_eq!(by_trigger(&d, "ACCUSE", "تتهم")["date"]["value"], "2018-06-23", "{:#}", d["events"]);
}

#[test]
fn both_bounds_of_a_span_in_a_relative_clause_stand_in_it() {
    // ANT (Al Arabiya), published Sunday 2018-03-25: 2002-2006 is Mofaz's time in office, not the conference's.
    let d = run("وأكد موفاز الذي تولى وزارة الدفاع بين عامي 2002 و2006، في مؤتمر نظمته صحيفة \"يديعوت أحرنوت\" الإسرائيلية في تل أبيب، أنه يعرف بولتون.", "2018-03-25");
    assert_eq!(by_trigger(&d, "CONSULT", "مؤتمر")["date"]["value"], "2018-03-25", "{:#}", d["events"]);
}
