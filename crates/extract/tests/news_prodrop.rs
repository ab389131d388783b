//! A verb with no subject of its own (pro-drop: "وطالب"، "ودعت") acts through the subject of the sentence before
//! it, when nothing after the verb can be its subject and the verb's form agrees; ANT sentences outside every
//! annotated set.

mod common;

use common::{by_trigger, run};

#[test]
fn a_verb_without_a_subject_continues_the_previous_sentence() {
    // ANT (BBC, Iraq): the lawyer who sued also asked for an inquiry.
    let d = run("ورفع المحامي، طارق المعموري، دعوى قضائية ضد الفهداوي ووزارته لعدم توفيره الكهرباء للناس. وطالب أيضا بالتحقيق معه في قضايا \"تبديد المال العام\".", "2018-07-29");
    let ask = by_trigger(&d, "REQUEST", "طالب");
    assert_eq!(ask["actor"]["text"], "المحامي", "{ask:#}");
    // ANT (France 24, Russia): Russia, subject of the clause before, accused Britain.
    let d = run("وكانت روسيا سارعت في وقت سابق إلى الرد على اتهامات لندن في هذه القضية، واتهمت بريطانيا بممارسة \"ألاعيب سياسية قذرة\".", "2018-07-17");
    let accuse = by_trigger(&d, "ACCUSE", "اتهمت");
    assert_eq!(accuse["actor"]["country"], "RUS", "{accuse:#}");
}

#[test]
fn a_subject_after_the_verb_or_a_hidden_passive_keeps_the_previous_subject_out() {
    // ANT (BBC, Turkey): "ويتهم" is the passive: Brunson is the accused, not the accuser.
    let d = run("يتمحور الخلاف بين البلدين على رفض أنقرة إطلاق سراح القس الأمريكي، أندرو برونسون. ويحتجز برونسون منذ نحو عامين في تركيا، ويتهم بأن له صلة بحزب العمال الكردستاني المحظور في تركيا.", "2018-08-13");
    for e in d["events"].as_array().unwrap().iter().filter(|e| e["type"] == "ACCUSE") {
        assert!(e["actor"]["text"].as_str().is_none_or(|t| !t.contains("برونسون")), "{e:#}");
    }
    // ANT (BBC, Syria): the YPG denies, named in quotation marks after the verb; not the United States.
    let d = run("وزودت الولايات المتحدة وفرنسا المسلحين الأكراد بالأسلحة، كما وفرت لهم التدريب. وتنكر \"وحدات حماية الشعب\" أي صلة مباشرة بـ\"حزب العمال الكردستاني\".", "2018-03-30");
    for e in d["events"].as_array().unwrap().iter().filter(|e| e["trigger"]["text"] == "تنكر") {
        assert_ne!(e["actor"]["text"], "الولايات المتحدة", "{e:#}");
    }
}
