//! Entities on real sentences of the seed report (data/seed/karabakh.txt) and on made-up edge cases.

use rasd_entities::{describe, find_entities, Entity, Kind};

const DATE: Option<rasd_entities::Date> = Some(jiff::civil::date(2023, 9, 21));

// From data/seed/karabakh.txt (sentences 2, 8 and 13, verbatim).
const S_BAKU: &str = "واتهمت القوات الموالية لأرمينيا الجانب الأذربيجاني بانتهاك وقف إطلاق النار، وهو ما رفضته وزارة الدفاع في باكو.";
const S_MICHEL: &str = "وقال مسؤول كبير في الاتحاد الأوروبي، إن شارل ميشيل، رئيس مجلس الاتحاد الأوروبي، أوضح في مكالمة هاتفية مع الرئيس الأذري إلهام علييف، أن بلاده يجب أن تضمن احترام العرق الأرمني وأن يكون لهم مستقبل في أذربيجان.";
const S_PESKOV: &str = "قال ديمتري بيسكوف، المتحدث باسم الكرملين، إنه لم يتضح بعد متى يمكن توقيع معاهدة سلام بين الجمهوريتين السوفيتيين السابقتين أرمينيا وأذربيجان، لكنه تحدث عن تقدم كبير في المفاوضات.";
const S_ALIYEV: &str = "وقال \"علييف\": \"إنه ينبغي دمج سكان المنطقة، إنهم مواطنونا، وليس لدينا أي شيء ضدهم فقط ضد قادتهم الانفصاليين\".";
const S_PASHINYAN: &str = "عقد نيكول باشينيان، رئيس وزراء أرمينيا، والرئيس الأذري إلهام علييف، عدة اجتماعات نظمتها موسكو والاتحاد الأوروبي والولايات المتحدة.";
const S_YEVLAKH: &str = "وقالت أذربيجان، إنه تمت في مدينة يفلاكس مناقشة قضايا إعادة دمج السكان الأرمن في كاراباخ، وأن يكون هناك اجتماع آخر قريبًا.";

fn ents(text: &str) -> (rasd_text::Analysis, Vec<Entity>) {
    let a = rasd_text::analyze(text);
    let e = find_entities(&a, DATE);
    (a, e)
}

fn find<'a>(a: &rasd_text::Analysis, es: &'a [Entity], surface: &str) -> Option<&'a Entity> {
    es.iter().find(|e| a.slice(e.start, e.end) == surface)
}

#[test]
fn surname_after_full_name_links_and_chains() {
    let text = format!("{S_MICHEL}\n{S_ALIYEV}");
    let (a, es) = ents(&text);
    let full = find(&a, &es, "إلهام علييف").expect("full name");
    let short = find(&a, &es, "علييف").expect("surname");
    assert_eq!(full.name.as_deref(), Some("Ilham Aliyev"));
    assert_eq!(
        (short.name.as_deref(), short.country.as_deref(), short.role.as_deref()),
        (Some("Ilham Aliyev"), Some("AZE"), Some("GOV"))
    );
    assert_eq!(full.chain, short.chain);
    assert_eq!(full.kind, Kind::Per);
}

#[test]
fn spokesman_of_the_kremlin_is_russian_government() {
    let (a, es) = ents(S_PESKOV);
    let p = find(&a, &es, "ديمتري بيسكوف").expect("Peskov");
    assert_eq!((p.kind, p.country.as_deref(), p.role.as_deref()), (Kind::Per, Some("RUS"), Some("GOV")));
    let k = find(&a, &es, "الكرملين").expect("Kremlin");
    assert_eq!((k.kind, k.country.as_deref()), (Kind::Org, Some("RUS")));
}

#[test]
fn title_after_name_gives_country() {
    let (a, es) = ents(S_PASHINYAN);
    let p = find(&a, &es, "نيكول باشينيان").expect("Pashinyan");
    assert_eq!((p.country.as_deref(), p.role.as_deref()), (Some("ARM"), Some("GOV")));
    assert!(find(&a, &es, "الولايات المتحدة").is_some_and(|e| e.country.as_deref() == Some("USA")));
}

#[test]
fn ministry_in_baku_is_azerbaijani_government_and_no_demonym_entities() {
    let (a, es) = ents(S_BAKU);
    let m = find(&a, &es, "وزارة الدفاع").expect("ministry");
    assert_eq!((m.kind, m.country.as_deref(), m.role.as_deref()), (Kind::Org, Some("AZE"), Some("GOV")));
    assert!(find(&a, &es, "باكو").is_some_and(|e| e.kind == Kind::Loc && e.country.as_deref() == Some("AZE")));
    // Nationality adjectives and group nouns are not entities.
    assert!(es.iter().all(|e| !a.slice(e.start, e.end).contains("الأذربيجاني")));
    assert!(find(&a, &es, "القوات").is_none());
}

#[test]
fn place_after_place_noun_geocoded_in_context() {
    let (a, es) = ents(S_YEVLAKH);
    let y = find(&a, &es, "يفلاكس").expect("Yevlakh");
    let g = y.geo.as_ref().expect("geocoded");
    assert_eq!((g.name.as_str(), g.country.as_deref()), ("Yevlakh", Some("AZE")));
}

#[test]
fn describe_unnamed_actors() {
    let (a, es) = ents(S_BAKU);
    // القوات الموالية لأرمينيا = words 1..4, الجانب الأذربيجاني = words 4..6
    let words: Vec<String> = a.words.iter().map(|w| a.slice(w.start, w.end)).collect();
    assert_eq!(&words[1..6], ["القوات", "الموالية", "لأرمينيا", "الجانب", "الأذربيجاني"]);
    let pro = describe(&a, &es, 1, 4, DATE);
    assert_eq!((pro.country.as_deref(), pro.role.as_deref()), (Some("ARM"), Some("REB")));
    let side = describe(&a, &es, 4, 6, DATE);
    assert_eq!(
        (side.country.as_deref(), side.name.as_deref(), side.entity),
        (Some("AZE"), Some("Azerbaijan"), None)
    );
}

#[test]
fn describe_title_refers_to_named_president() {
    let (a, es) = ents(S_MICHEL);
    // "الرئيس الأذري" as its own phrase: the AZE president the sentence names.
    let i = a.words.iter().position(|w| a.slice(w.start, w.end) == "الأذري").unwrap();
    let d = describe(&a, &es, i - 1, i + 1, DATE);
    let e = &es[d.entity.expect("linked to an entity")];
    assert_eq!(e.name.as_deref(), Some("Ilham Aliyev"));
}

#[test]
fn latin_names_diacritics_and_many_places_do_not_fail() {
    // Written for this test: Latin names inside Arabic, fully vowelled names, and a long list of places.
    let (a, es) = ents("قال Ilham Aliyev لوكالة Reuters إن إِلْهَام عَلِيَيْف زار موسكو.");
    assert!(es.iter().all(|e| e.start < e.end && e.end <= a.chars.len()));
    assert!(find(&a, &es, "موسكو").is_some());
    let cities = ["موسكو", "باكو", "جنيف", "القاهرة", "بغداد", "دمشق", "بيروت", "عمان", "الرياض", "طهران"];
    let text: String = (0..200).map(|i| format!("وصل الوفد إلى {}، ", cities[i % cities.len()])).collect();
    let (a, es) = ents(&text);
    assert!(es.iter().filter(|e| e.kind == Kind::Loc).count() >= 150, "{}", es.len());
    assert!(es.windows(2).all(|w| w[0].start < w[1].start));
    let _ = a;
    let (_, none) = ents("");
    assert!(none.is_empty());
}
