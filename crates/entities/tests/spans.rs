//! Entity spans as name boundaries go: what belongs to a name and what is a title, a head noun or an apposition.
//! Sentences written for these tests in the style of the news the project reads.

use rasd_entities::{find_entities, Entity, Kind};

fn ents(text: &str) -> (rasd_text::Analysis, Vec<Entity>) {
    let a = rasd_text::analyze(text);
    let e = find_entities(&a, Some(jiff::civil::date(2018, 6, 1)));
    (a, e)
}

fn surfaces(a: &rasd_text::Analysis, es: &[Entity], kind: Kind) -> Vec<String> {
    es.iter().filter(|e| e.kind == kind).map(|e| a.slice(e.start, e.end)).collect()
}

#[test]
fn portfolio_after_a_title_is_not_a_ministry() {
    let (a, es) = ents("وقال وزير الخارجية الأميركي مايك بومبيو إن بلاده لن تتراجع، فيما أعلنت الخارجية الروسية رفضها للقرار.");
    let orgs = surfaces(&a, &es, Kind::Org);
    assert_eq!(orgs, ["الخارجية الروسية"], "{orgs:?}");
}

#[test]
fn a_proper_name_leaves_its_nationality_adjective_out() {
    let (a, es) = ents("وصوت الكونغرس الأميركي على تمديد العقوبات، كما أعلنت وكالة الأنباء السورية الخبر.");
    let orgs = surfaces(&a, &es, Kind::Org);
    assert!(orgs.iter().any(|o| o == "الكونغرس"), "{orgs:?}");
    assert!(orgs.iter().any(|o| o == "وكالة الأنباء السورية"), "{orgs:?}");
    let c = es.iter().find(|e| a.slice(e.start, e.end) == "الكونغرس").unwrap();
    assert_eq!(c.country.as_deref(), Some("USA"));
}

#[test]
fn repeats_of_a_full_name_are_whole() {
    let (a, es) = ents("ويصف المؤلف حسن البنا بأنه البذرة الصالحة وسيد قطب بأنه الثمرة الناضجة، ولم يوجه أحد نقدا لممارسات سيد قطب الذي يعتبره المؤلف رمزا، حيث بدأ سيد قطب في استقطاب الشباب.");
    let pers = surfaces(&a, &es, Kind::Per);
    let qutb: Vec<&String> = pers.iter().filter(|p| p.ends_with("قطب")).collect();
    // The tagger takes the name whole once; the other two repeats follow it (after و too: "وسيد قطب").
    assert!(qutb.len() == 3 && qutb.iter().all(|p| *p == "سيد قطب"), "{pers:?}");
}

#[test]
fn the_state_of_is_not_part_of_the_country_name() {
    let (a, es) = ents("وأشار إلى النمو الاقتصادي السريع لدولة قطر وبعض دول الخليج.");
    assert_eq!(surfaces(&a, &es, Kind::Loc).first().map(String::as_str), Some("قطر"), "{es:?}");
}

#[test]
fn a_given_name_keeps_its_first_letter() {
    // فيصل is no ف + يصل, بسام no ب + سام, لاري no ل + اري (data/text/no_split.txt).
    let (a, es) = ents("وقال نائب وزير الخارجية السوري فيصل المقداد إن عودة اللاجئين أولوية، فيما قال المتحدث باسم الرئاسة المصرية بسام راضي إن اللقاء كان مثمرا، وسخر المستشار الاقتصادي لاري كادلو من الرد الصيني.");
    let pers = surfaces(&a, &es, Kind::Per);
    for name in ["فيصل المقداد", "بسام راضي", "لاري كادلو"] {
        assert!(pers.iter().any(|p| p == name), "{name}: {pers:?}");
    }
}

#[test]
fn abd_runs_on_into_the_rest_of_the_name() {
    // The tagger ends the person at عبد; عبد + الملك is one name, and the nisba after it is the family name.
    let (a, es) = ents("وحث زعيم الحوثيين عبد الملك الحوثي أنصاره والعشائر اليمنية على التوجه إلى جبهات القتال.");
    let pers = surfaces(&a, &es, Kind::Per);
    assert!(pers.iter().any(|p| p == "عبد الملك الحوثي"), "{pers:?}");
    assert!(!pers.iter().any(|p| p == "عبد"), "{pers:?}");
}

#[test]
fn a_given_name_before_the_taggers_person_joins_it() {
    // The tagger has "طيب أردوغان" and "ميركل" alone after a title and a comma; رجب and أنغيلا are given names
    // (crates/entities/data/given_names.tsv).
    let (a, es) = ents("قال الرئيس التركي، رجب طيب أردوغان، إن قوات بلاده ستواصل العمليات، وقد دعت المستشارة الألمانية، أنغيلا ميركل، أمس إلى إطلاق الحوار.");
    let pers = surfaces(&a, &es, Kind::Per);
    for name in ["رجب طيب أردوغان", "أنغيلا ميركل"] {
        assert!(pers.iter().any(|p| p == name), "{name}: {pers:?}");
    }
}

#[test]
fn two_people_side_by_side_are_one_name() {
    // The tagger breaks these names in two; nothing stands between the parts.
    let (a, es) = ents("وتصاعدت الحرب بين الحوثيين والقوات الموالية للرئيس عبد ربه منصور هادي بعد تدخل التحالف، وقال الرئيس الأسبق جورج دبليو بوش إن الحرب كانت ضرورية.");
    let pers = surfaces(&a, &es, Kind::Per);
    for name in ["عبد ربه منصور هادي", "جورج دبليو بوش"] {
        assert!(pers.iter().any(|p| p == name), "{name}: {pers:?}");
    }
    // A name the actor dictionary spells in full is whole: the next person is another one.
    let (a, es) = ents("اختار الرئيس الأمريكي دونالد ترامب جون بولتون مستشارا للأمن القومي.");
    let pers = surfaces(&a, &es, Kind::Per);
    assert!(pers.iter().any(|p| p == "دونالد ترامب") && pers.iter().any(|p| p == "جون بولتون"), "{pers:?}");
    // Nor is a word with a pronoun part of a name.
    let (a, es) = ents("وبعد لقاء بومبيو مع الملك سلمان، التقى وزير الخارجية الأمريكي نظيره السعودي عادل الجبير، الذي كان في استقباله.");
    let pers = surfaces(&a, &es, Kind::Per);
    assert!(pers.iter().any(|p| p == "عادل الجبير"), "{pers:?}");
    // Nor a description opening with the article.
    let (a, es) = ents("وجدد الفنان السعودي محمد عبده الولاء والفداء للمملكة.");
    let pers = surfaces(&a, &es, Kind::Per);
    assert!(pers.iter().any(|p| p == "محمد عبده"), "{pers:?}");
}

#[test]
fn the_place_of_an_office_is_not_part_of_its_holder() {
    // محافظ كركوك: an indefinite title takes the place as its complement; the governor's name starts after it.
    let (a, es) = ents("وأسفر التفجير عن تضرر عدد من السيارات، بحسب ما أكد محافظ كركوك راكان سعيد الجبوري.");
    let pers = surfaces(&a, &es, Kind::Per);
    assert_eq!(pers, ["راكان سعيد الجبوري"], "{pers:?}");
}
