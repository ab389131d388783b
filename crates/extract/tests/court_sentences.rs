//! Court sentences (crates/events/src/coder.rs `sentencing`): a verdict word governing a punishment as its
//! ب-complement codes the punishment as COERCE and the verdict word as no event of its own; a sentence carried out
//! stays the execution, and a law's penalty is no sentence. Invasion (غزو) is a use of force. Sentences from ANT
//! political sections (CNN Arabic, France 24), outside every annotated set.

mod common;

use common::{by_trigger, events, run};

fn triggers<'a>(d: &'a serde_json::Value, kind: &str) -> Vec<&'a str> {
    events(d, kind).into_iter().map(|e| e["trigger"]["text"].as_str().unwrap()).collect()
}

#[test]
fn a_death_sentence_is_coerce_and_the_court_ruling_no_request() {
    let d = run("قضت المحكمة العسكرية بمحافظة الإسكندرية في مصر، الخميس، بإعدام 17 متهما وسجن 29 آخرين في وقائع \"تفجير كنائس\" واستهداف كمين أمني بالبلاد.", "2018-10-11");
    by_trigger(&d, "COERCE", "إعدام");
    assert!(triggers(&d, "REQUEST").iter().all(|t| !t.contains("قضت")), "{:#}", d["events"]);
    assert!(triggers(&d, "ASSAULT").iter().all(|t| !t.contains("إعدام")), "{:#}", d["events"]);
}

#[test]
fn a_prison_sentence_is_coerce() {
    let d = run("قضت محكمة مصرية الأحد بالسجن المؤبد (25 عاما) بحق مرشد الإخوان المسلمين محمد بديع ومجموعة من قادة الجماعة في قضية \"أحداث البحر الأعظم\"، بحسب أحد محامي بديع.", "2018-08-12");
    by_trigger(&d, "COERCE", "السجن");
    assert!(events(&d, "REQUEST").is_empty(), "{:#}", d["events"]);
}

#[test]
fn a_sentence_carried_out_or_a_law_is_no_new_sentence() {
    let d = run("وتعود أحداث تلك الواقعة إلى 5 مايو/أيار 1988، حين هاجم الجيش الفرنسي كهف أوفيا، شرق الأرخبيل، حيث كان ناشطون يطالبون بالاستقلال يحتجزون عناصر من الدرك، فقتل 21 شخصا من الكاناك الذين نفذت بالبعض منهم أحكام بالإعدام.", "2018-05-03");
    assert!(triggers(&d, "COERCE").iter().all(|t| !t.contains("الإعدام")), "{:#}", d["events"]);
    let d = run("صدر قانون في الشهر الماضي يقضي بالحبس ودفع غرامة ضخمة كعقوبة لجريمة التحرش الجنسي بسبب مخاوف من تعرض النساء أثناء القيادة للإيذاء في بلد يطبق قواعد صارمة في الفصل بين الجنسين.", "2018-06-24");
    assert!(events(&d, "COERCE").is_empty(), "{:#}", d["events"]);
}

#[test]
fn an_invasion_is_use_of_force() {
    let d = run("وتعد هذه النسبة الأدنى منذ سقوط نظام صدام حسين العام 2003 بعيد الغزو الأميركي للبلاد، إذ سجلت انتخابات العام 2005 مشاركة بنسبة 79%، و62,4% عام 2010، و60% عام 2014.", "2018-05-13");
    by_trigger(&d, "ASSAULT", "الغزو");
}
