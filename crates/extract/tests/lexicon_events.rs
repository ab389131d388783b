//! Events found where the lexicon's surface forms or the document gate used to miss them: an expulsion of
//! diplomats told with the diplomats a few words on, and a political report dense in technology names.

mod common;

use common::{events, run};

#[test]
fn expelling_diplomats_is_a_sanction_and_expelling_fighters_is_not() {
    // ANT (Sky News Arabia, internationalNews): the diplomats stand two words after the verb.
    let d = run("وطردت روسيا 23 دبلوماسيا بريطانيا ردا على ذلك وأغلقت القنصلية البريطانية في سان بطرسبرغ والمجلس الثقافي البريطاني.", "2018-04-01");
    assert_eq!(events(&d, "SANCTION").len(), 1, "{:#}", d["events"]);
    assert!(events(&d, "COERCE").iter().all(|e| e["trigger"]["text"] != "وطردت" && e["trigger"]["text"] != "طردت"), "{:#}", d["events"]);
    // eval/news train split: fighters driven out of towns are no diplomatic sanction.
    let d = run("وأعلن العراق الانتصار على تنظيم الدولة الإسلامية في ديسمبر الماضي بعد طرد مقاتلي التنظيم خارج المدن والبلدات الرئيسية.", "2018-07-01");
    assert!(events(&d, "SANCTION").is_empty(), "{:#}", d["events"]);
}

#[test]
fn a_president_warning_google_is_news_not_a_technology_report() {
    // eval/news train split (BBC): dense in Google, Twitter and Facebook, and as dense in the words of state; the
    // accusations were silenced by the domain gate.
    let text = "وجه الرئيس الأمريكي دونالد ترامب، تحذيراً لشركات غوغل وتويتر وفيسبوك متهماً إياهم بالانحياز ضده، داعياً إياهم إلى أن \"يكونوا حذرين\".\n\
وجاءت تلك التصريحات في ظل نشوب خلاف بسبب اتهام ترامب لهذه الشركات بأنها \"تتحيز ضده\" بشكل ملحوظ.\n\
وقال أحد مساعدي ترامب إن الإدارة الأمريكية \"تبحث\" في مسألة التنظيم.\n\
وردت غوغل بأن محرك البحث الخاص بها لا يخضع لأجندة سياسية وليس متحيزا لأي فكر سياسي.";
    let d = run(text, "2018-08-29");
    assert!(!events(&d, "ACCUSE").is_empty(), "{:#}", d["events"]);
}
