//! Quotes and dates on sentences of the ANT corpus (outside every annotated set): attribution after the content,
//! verbs of denial and disclosure, the speaker's name after a title, and the lead's day for undated events.

mod common;

use common::{by_trigger, events, run};
use serde_json::Value;

fn quotes(d: &Value) -> &Vec<Value> {
    d["quotes"].as_array().unwrap()
}

fn content<'a>(d: &'a Value, q: &Value) -> String {
    let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    let (s, e) = (q["content"]["start"].as_u64().unwrap() as usize, q["content"]["end"].as_u64().unwrap() as usize);
    text[s..e].iter().collect()
}

#[test]
fn a_source_named_after_the_content_speaks_it_and_reports_no_claim() {
    // ANT (Sky News Arabia): "..., وفق ما أفاد التلفزيون الرسمي السوري".
    let d = run("قتل شخصان وأصيب آخرون بجروح، الأربعاء، جراء انفجار عبوة ناسفة داخل سيارة وسقوط قذيفة في دمشق، وفق ما أفاد التلفزيون الرسمي السوري.", "2018-05-09");
    let q = &quotes(&d)[0];
    assert!(q["speaker"]["text"].as_str().unwrap().contains("التلفزيون"), "{q:#}");
    let c = content(&d, q);
    assert!(c.starts_with("قتل شخصان") && c.ends_with("في دمشق"), "{c}");
    // The outlet's sourcing, not a party's claim.
    assert_eq!(by_trigger(&d, "ASSAULT", "انفجار")["status"], "asserted");
    // ANT (AFP): كما + a verb after the content.
    let d = run("قتل الثلاثاء أربعة أشخاص في إطلاق نار بمدينة لييج البلجيكية شرق البلاد، كما أعلنت النيابة العامة.", "2018-05-29");
    assert!(quotes(&d).iter().any(|q| q["speaker"]["text"].as_str().unwrap().contains("النيابة") && content(&d, q).starts_with("قتل")), "{:#}", d["quotes"]);
}

#[test]
fn an_attribution_that_opens_the_sentence_quotes_what_follows() {
    // ANT (AFP): "وبحسب الوزارة، فإن ...".
    let d = run("وبحسب الوزارة، فإن اثنين من القتلى الروس قضوا على الفور بعد الهجوم.", "2018-05-27");
    let q = &quotes(&d)[0];
    assert_eq!(q["speaker"]["text"], "الوزارة");
    assert!(content(&d, q).starts_with("اثنين من القتلى"), "{}", content(&d, q));
    // "كما ذكرت X أن ..." is "X also reported that": the verb's own quote, its content after أن.
    let d = run("وتعد قطر واحدة من الدول التي توقع محللون أن تقدم يد العون لتركيا، كما ذكرت وكالة أنباء روسيا الرسمية، أن محادثة أردوغان مع نظيره الروسي شملت الحديث عن توطيد العلاقات الاقتصادية.", "2018-08-16");
    assert!(quotes(&d).iter().any(|q| q["speaker"]["text"].as_str().unwrap().contains("وكالة") && content(&d, q).starts_with("محادثة")), "{:#}", d["quotes"]);
}

#[test]
fn denials_and_disclosures_are_quotes_with_their_speaker() {
    // ANT (AFP): نفى with its أن-clause.
    let d = run("ونفت موسكو بشدة أن تكون أرادت قرصنة منظمة حظر الأسلحة الكيميائية.", "2018-10-14");
    let q = &quotes(&d)[0];
    assert_eq!(q["speaker"]["text"], "موسكو");
    assert!(content(&d, q).starts_with("تكون"), "{}", content(&d, q));
    // ANT (Al Arabiya): the content past an aside with a quoted site name.
    let d = run("وكشف مدير عام الهيئة العامة للطيران المدني الإماراتي، في حديث لموقع \"24\" الإماراتي، أن الإمارات تقدمت بتلك الشكوى.", "2018-04-04");
    let q = &quotes(&d)[0];
    assert!(content(&d, q).starts_with("الإمارات تقدمت"), "{}", content(&d, q));
    assert_eq!(q["direct"], false);
    // ANT (BBC): the name in apposition after the title and a comma, not the addressee after لـ.
    let d = run("وقال وزير الخارجية الأمريكي، مايك بومبيو، الشهر الماضي لجاويش أوغلو إن الولايات المتحدة قلقة للغاية بشأن قرار أنقرة شراء بطاريات الصواريخ إس-400 الروسية.", "2018-05-06");
    assert!(quotes(&d)[0]["speaker"]["text"].as_str().unwrap().ends_with("مايك بومبيو"), "{:#}", d["quotes"]);
    // The verbal noun is no cue: "الكشف عن اسم المتهم".
    let d = run("ورفضت السلطات الكشف عن اسم المتهم.", "2018-04-04");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}

#[test]
fn an_undated_event_takes_the_leads_day() {
    // ANT (AFP), published on Monday: the lead's Sunday dates the strikes told later without a date.
    let text = "تمكنت القوات التابعة للنظام السوري الأحد من استعادة السيطرة على بلدات عدة في جنوب سوريا وفق ما أعلن المرصد السوري لحقوق الإنسان. وأوضح عبد الرحمن أيضا أن الطائرات الحربية \"استهدفت بأكثر من 22 غارة مناطق في بلدة طفس\".";
    let d = run(text, "2018-07-02");
    let strikes = by_trigger(&d, "ASSAULT", "غارة");
    assert_eq!(strikes["date"]["value"], "2018-07-01", "{strikes:#}");
    assert_eq!(strikes["date"]["text"], "الأحد");
    // A lead without a day leaves the publication date.
    let d = run("تمكنت القوات التابعة للنظام السوري من استعادة السيطرة على بلدات عدة في جنوب سوريا. وأوضح عبد الرحمن أن الطائرات الحربية \"استهدفت بأكثر من 22 غارة مناطق في بلدة طفس\".", "2018-07-02");
    let strikes = by_trigger(&d, "ASSAULT", "غارة");
    assert_eq!(strikes["date"]["value"], "2018-07-02");
    assert!(strikes["date"]["text"].is_null());
}

#[test]
fn with_no_day_in_the_lead_an_undated_act_takes_the_day_named_just_before() {
    // ANT (Sky News Arabia), published on Tuesday; the lead names no day, the second sentence Monday: the deaths told
    // next without a date took place then.
    let text = "سقط عدد من القتلى والجرحى من ميليشيات الحوثي الإيرانية في غارة جوية للتحالف العربي لدعم الشرعية باليمن، استهدفت تجمعا لهم في معسكر الجبانة التابع للدفاع الساحلي في الحديدة.\nوذكرت مصادر ميدانية يمنية، الاثنين، أن الغارات جاءت بعد ضربات جوية مماثلة استهدفت تجمعات الحوثيين في مديرية باجل بالحديدة وأسفرت عن سقوط قتلى وجرحى في صفوفهم.\nوفي البيضاء، لقي ما لا يقل عن 13 عنصرا من ميليشيا الحوثي مصرعهم وجرح آخرون في جبهة الملاجم، إلى جانب خسائر أخرى في قصف مدفعي وغارات مركزة لمقاتلات التحالف العربي.";
    let d = run(text, "2018-06-05");
    let deaths = by_trigger(&d, "ASSAULT", "مصرعهم");
    assert_eq!(deaths["date"]["value"], "2018-06-04", "{deaths:#}");
    assert_eq!(deaths["date"]["text"], "الاثنين");
    // ANT (BBC Arabic): a day long before publication is background, not the day of what follows.
    let text = "تظاهر مئات الآلاف من الفلسطينيين في أنحاء العالم إحياء للذكرى السبعين للنكبة التي تزامنت مع نقل الولايات المتحدة لسفاراتها إلى القدس.\nأكدت حكومة البحرين على مواقفها الثابت تجاه \"الحقوق المشروعة للشعب الفلسطيني وعلى رأسها قيام دولتهم المستقلة على حدود الرابع من يونيو لعام 1967، وعاصمتها القدس الشرقية\".\nدعت قطر القوى الدولية والإقليمية إلى \"التحرك الفوري لإيقاف آلة القتل الإسرائيلية الموجهة ضد الفلسطينيين العزل في قطاع غزة\".";
    let d = run(text, "2018-05-16");
    let call = by_trigger(&d, "REQUEST", "دعت");
    assert_eq!(call["date"]["value"], "2018-05-16", "{call:#}");
}

#[test]
fn a_past_year_of_another_clause_does_not_date_a_stand_told_in_the_present() {
    // ANT (Sky News Arabia): 2016 dates the election of the relative clause, not Mueller's inquiry under way.
    let d = run("ويحقق مولر في احتمال وجود تواطؤ بين روسيا وحملة ترامب للانتخابات الرئاسية في عام 2016 لكن طاقم محامي ترامب يميلون إلى عدم إجراء هذه المقابلة.", "2018-06-03");
    let inquiry = by_trigger(&d, "ACCUSE", "يحقق");
    assert_eq!(inquiry["date"]["value"], "2018-06-03", "{inquiry:#}");
    // ANT (Sky News Arabia): "فيما لا تزال موسكو تنفي" beside the poisoning "في مارس الماضي".
    let d = run("كذلك اتهمت بريطانيا، روسيا بالضلوع في محاولة تسميم الجاسوس المزدوج سيرغي سكريبال، في مارس الماضي، وأدت الحادثة إلى أزمة دبلوماسية كبيرة بين موسكو وعواصم غربية، فيما لا تزال موسكو تنفي تورطها في محاولة الاغتيال.", "2018-06-04");
    let denial = by_trigger(&d, "REJECT", "تنفي");
    assert_eq!(denial["date"]["value"], "2018-06-04", "{denial:#}");
    // ANT (Sky News Arabia): after a verb of beginning the imperfect is past, and the year its own.
    let d = run("ومنذ 2014، عندما بدأت الكاميرون تتصدى لبوكو حرام، قتلت الجماعة \"2000 مدني وعسكري\" وخطفت \"نحو ألف شخص\" في أقصى شمال البلاد، كما ذكرت مجموعة الأزمات الدولية.", "2018-02-22");
    let confronting = by_trigger(&d, "ASSAULT", "تتصدى");
    assert_eq!(confronting["date"]["value"], "2014", "{confronting:#}");
}

#[test]
fn the_one_speaking_for_an_outlet_or_body_is_the_speaker() {
    // ANT (CNN Arabic): "نقلت الوكالة على لسان X قوله".
    let d = run("ونقلت وكالة الأنباء اللبنانية الرسمية على لسان باسيل قوله: \"لا يوجد حل سوى عودة النازحين والقضاء الكامل على الإرهاب في سوريا ولبنان والمنطقة.\"", "2018-06-10");
    assert_eq!(quotes(&d)[0]["speaker"]["text"], "باسيل", "{:#}", d["quotes"]);
    // ANT (Sky News Arabia): a body's statement voiced by its spokesman after the speaker and a comma.
    let d = run("في المقابل، أعلن الجيش الإسرائيلي على لسان ناطقه أفيخاي أدرعي، عبر حسابه على موقع \"تويتر\"، أنه تم \"إحباط محاولة لمجموعة مخربين الوصول إلى موقع عسكري\".", "2018-05-20");
    assert!(quotes(&d)[0]["speaker"]["text"].as_str().unwrap().contains("أدرعي"), "{:#}", d["quotes"]);
}

#[test]
fn a_statement_speaks_and_a_pronoun_after_a_preposition_does_not() {
    // ANT (Sky News Arabia): "وأوضح البيان أن ...": the statement is the speaker, not the last one named.
    let d = run("وقالت وزارة الخزانة الأميركية إنها فرضت عقوبات جديدة. وأوضح البيان أن العقوبات تستهدف شركات في تركيا وإيران مرتبطة بشركات طيران.", "2018-05-25");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("العقوبات تستهدف")).expect("the statement's quote");
    assert_eq!(q["speaker"]["text"], "البيان", "{q:#}");
    // ANT (Sky News Arabia): "أصدرت X بيانا أقرت فيه": فيه is where it was said, not who said it.
    let d = run("ومن ناحيتها، أصدرت وزارة الدفاع الإسبانية بيانا أقرت فيه بوقوع الخطأ، مشيرة إلى أنها فتحت تحقيقا لمعرفة أسباب الحادث.", "2018-08-08");
    assert!(quotes(&d).iter().all(|q| q["speaker"]["text"] != "فيه"), "{:#}", d["quotes"]);
}

#[test]
fn between_is_no_verb_of_saying() {
    // ANT (Sky News Arabia): "بين X وY" and "من بينهم" are "between", not بيّن "explained".
    for (s, day) in [
        ("وحدث توتر بين أنقرة وباريس بعد أن عرض ماكرون الوساطة بين تركيا وقوات سوريا الديموقراطية.", "2018-04-01"),
        ("قتل مدنيان وأصيب 12 شخصا بينهم جنود فرنسيون، بعد أن صدمت سيارة ملغومة دورية عسكرية في مدينة غاو شمالي مالي، الأحد.", "2018-07-02"),
    ] {
        let d = run(s, day);
        assert!(quotes(&d).iter().all(|q| !q["cue"]["text"].as_str().unwrap().contains("بين")), "{s}: {:#}", d["quotes"]);
    }
    // ANT: بين right after a noun of its clause is "between" ("العلاقات بين البلدين"، "الحدود بين الكوريتين")، and
    // "وبين" after بينه; the verb still opens a sentence ("وبين الرزاز أن").
    for (s, day) in [
        ("وقال إن الرئيس الكوري الجنوبي زار قرية بانمونغوم على الحدود بين الكوريتين، مؤكدا في الوقت نفسه أن القمة ستعقد قريبا.", "2018-05-02"),
        ("وقال المسؤول إنه استنتج من الحديث الذي دار بينه وبين العاهل السعودي، الملك سلمان، أن الرياض تدعم الخطة.", "2018-05-02"),
    ] {
        let d = run(s, day);
        assert!(quotes(&d).iter().all(|q| q["cue"]["text"] != "بين"), "{s}: {:#}", d["quotes"]);
    }
    let d = run("وناقش المجلس مشروع الموازنة العامة للحكومة للعام 2019. وبين الرزاز أن إقرار مشروع القانون يتطلب توافقا واسعا.", "2018-11-20");
    assert!(quotes(&d).iter().any(|q| q["cue"]["text"] == "بين" && q["speaker"]["text"].as_str().unwrap().contains("الرزاز")), "{:#}", d["quotes"]);
    // The attribution after "بينهم" is found again: "...، وفق ما ذكر مصدر طبي".
    let d = run("قتل 5 أشخاص من المدنيين بينهم طفلان وأصيب أكثر من 20 آخرين على الأقل، من جراء قصف ميليشيات الحوثي الإيرانية سوقا في مدينة مأرب وسط اليمن، وفق ما ذكر مصدر طبي الثلاثاء.", "2018-05-22");
    assert!(quotes(&d).iter().any(|q| q["speaker"]["text"].as_str().unwrap().contains("مصدر طبي")), "{:#}", d["quotes"]);
}

#[test]
fn a_title_alone_names_the_person_named_with_it_before() {
    // ANT (Sky News Arabia): "وأكد الرئيس الأميركي" after "الرئيس الأميركي دونالد ترامب" spoke.
    let d = run("وقال الرئيس الأميركي دونالد ترامب إن القمة كانت ناجحة جدا. وأكد الرئيس الأميركي أن كيم تعهد أيضا بتدمير مواقع الصواريخ البالستية.", "2018-06-12");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("كيم تعهد")).expect("the second quote");
    assert!(q["speaker"]["text"].as_str().unwrap().contains("ترامب"), "{q:#}");
    // Not another office: "الرئيس الأميركي" is not "الرئيس الفرنسي إيمانويل ماكرون".
    let d = run("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده شاركت في الضربات. وقد أعلن الرئيس الأميركي في وقت سابق أنه أمر بشن ضربات دقيقة.", "2018-04-14");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("أمر") || content(&d, q).starts_with("ه أمر")).expect("the second quote");
    assert!(!q["speaker"]["text"].as_str().unwrap().contains("ماكرون"), "{q:#}");
}

#[test]
fn an_event_named_after_ghadat_took_place_the_day_before() {
    // ANT (AFP): "أغلقت متاجر ... الخميس غداة احتجاجات ... أسفرت عن مقتل": the protests and deaths were on Wednesday.
    let d = run("أغلقت متاجر في العاصمة هراري الخميس غداة احتجاجات على نتائج الانتخابات أسفرت عن مقتل ثلاثة متظاهرين.", "2018-08-02");
    assert_eq!(by_trigger(&d, "PROTEST", "احتجاجات")["date"]["value"], "2018-08-01", "{:#}", d["events"]);
    // ANT (Sky News Arabia): "بعد يوم من" with no date in the sentence counts back from the publication date.
    let d = run("وجاء الإعلان عن اعتراض الصاروخ بعد يوم من مهاجمة يمنيين لناقلة نفط سعودية في البحر الأحمر.", "2018-04-05");
    assert_eq!(by_trigger(&d, "ASSAULT", "مهاجمة")["date"]["value"], "2018-04-04", "{:#}", d["events"]);
    // A date expression of the event's own after the phrase ("غداة هجوم على حافلة الأربعاء") is its date.
    let d = run("وجاء الإعلان الجمعة غداة هجوم على حافلة الأربعاء في شمال البلاد.", "2018-04-06");
    assert_eq!(by_trigger(&d, "ASSAULT", "هجوم")["date"]["value"], "2018-04-04", "{:#}", d["events"]);
}

#[test]
fn an_event_named_after_a_counted_span_of_years_or_months_took_place_that_long_before() {
    // ANT (AFP, 2018-06-06): "a year after the blockade of Qatar" dates the blockade a year before publication.
    let d = run("صحيفة لوموند قالت: بعد عام على حصار قطر دبلوماسيا واقتصاديا فإن الخليج صار ضعيفا ومفككا أمام إيران.", "2018-06-06");
    let e = by_trigger(&d, "COERCE", "حصار");
    assert_eq!((e["date"]["value"].as_str(), e["date"]["precision"].as_str()), (Some("2017"), Some("year")), "{:#}", d["events"]);
    // ANT (Sky News Arabia, 2018-10-14): "بعد عامين من الاحتجاز" with no date in the sentence.
    let d = run("لم يكن إطلاق سراح القس الأميركي، أندرو برانسون، بعد عامين من الاحتجاز أول التحديات الزائفة، التي يطلقها الرئيس التركي.", "2018-10-14");
    assert_eq!(by_trigger(&d, "COERCE", "الاحتجاز")["date"]["value"], "2016", "{:#}", d["events"]);
    // ANT (AFP, 2018-03-20): months count back from the sentence's own date (الثلاثاء الماضي = 13 March): Sept 2017.
    let d = run("وكان رئيس الوزراء العراقي حيدر العبادي قد قرر الثلاثاء الماضي إعادة فتح مطاري أربيل والسليمانية أمام الرحلات الدولية، بعد ستة أشهر من الحظر.", "2018-03-20");
    let e = by_trigger(&d, "COERCE", "الحظر");
    assert_eq!((e["date"]["value"].as_str(), e["date"]["precision"].as_str()), (Some("2017-09"), Some("month")), "{:#}", d["events"]);
    // ANT (AFP, 2018-04-02): "مرور" counts back as بعد does, from the last date before the phrase (Monday), not
    // from the sentence's 2014.
    let d = run("وصلت رفات 38 عامل بناء هندي خطفوا وقتلوا بأيدي عناصر تنظيم \"الدولة الإسلامية\" في العراق في 2014، إلى بلادهم الاثنين، بعد مرور أربع سنوات على اختطافهم.", "2018-04-02");
    assert_eq!(by_trigger(&d, "ASSAULT", "اختطافهم")["date"]["value"], "2014", "{:#}", d["events"]);
    // ANT (AFP, 2018-06-08): a day span after على is a relative-day phrase: released two days before Thursday.
    let d = run("وقال مصدر حقوقي ان الناشط المدني اليمني أنور الركن توفي الخميس، بعد يومين على إطلاق سراحه من مدينة الصالح.", "2018-06-08");
    assert_eq!(by_trigger(&d, "RETREAT", "إطلاق سراحه")["date"]["value"], "2018-06-05", "{:#}", d["events"]);
}

#[test]
fn relative_day_phrases_are_validated_at_load() {
    assert!(rasd_extract::load_relative_days("غداة\t-1\n").is_ok());
    let e = rasd_extract::load_relative_days("غداة\t-1\nبعد يوم من\tone\n").unwrap_err();
    assert_eq!(e.to_string(), "data/events/relative_days.tsv:2: days \"one\" is not valid");
    assert!(rasd_extract::load_relative_days("غداة\t0\n").is_err());
}

#[test]
fn a_quotation_opened_right_after_the_verb_is_the_quote_its_speaker_the_last_one() {
    // ANT (Sky News Arabia): "وأضافت "..."": the quotation is what she said, not a quoted name as the subject.
    let d = run("وقالت بيشوب في بيان \"نشعر بخيبة أمل بعد أن رفضت محكمة كلس الجنائية في تركيا طلب ترحيل نيل براكاش إلى أستراليا\". وأضافت \"سنستمر في التواصل مع السلطات التركية فيما تبحث ما إذا كانت ستستأنف ضد القرار بشأن الترحيل\".", "2018-07-20");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("سنستمر")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert_eq!(q["speaker"]["text"], "بيشوب", "{q:#}");
    assert_eq!(q["direct"], true);
    // A quoted name closed right after it is still the subject (قال "علييف": ...).
    let d = run("وقال \"حزب الله\" إن مقاتليه انسحبوا من المنطقة.", "2018-07-20");
    assert!(quotes(&d).iter().any(|q| q["speaker"]["text"].as_str().unwrap().contains("حزب الله") && content(&d, q).starts_with("مقاتليه")), "{:#}", d["quotes"]);
}

#[test]
fn a_name_read_with_the_future_marker_is_still_the_speaker() {
    // ANT (AFP): "سالفيني" starts with س, which the clitic splitter reads as the future marker.
    let d = run("وبعد ساعات من موافقة الرئيس الإيطالي، سيرجيو ماتاريللا، على تشكيلة الحكومة، قال سالفيني إن إيطاليا سوف تتخذ نهجا أكثر صرامة في ما يتعلق بقضية المهاجرين غير الشرعيين.", "2018-06-02");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("إيطاليا")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert_eq!(q["speaker"]["text"], "سالفيني", "{q:#}");
}

#[test]
fn a_participle_speaks_for_the_person_its_sentence_names_first() {
    // ANT (Sky News Arabia): the participle's subject is the sentence's subject, not a later name in it.
    let d = run("رفض قائد الحرس الثوري الإيراني، محمد علي جعفري، الثلاثاء، عرض الرئيس الأميركي دونالد ترامب المبدئي بإجراء محادثات مع طهران، قائلا إن إيران ليست كوريا الشمالية.", "2018-07-31");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("إيران ليست")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().unwrap().contains("جعفري"), "{q:#}");
    // Not the speaker of an earlier sentence.
    let d = run("وقال وزير الخارجية التركي مولود جاويش أوغلو إن المحادثات مستمرة. أدان الرئيس الأميركي، دونالد ترامب، الجمعة، اعتقال القس الأميركي أندرو برانسون في تركيا، مشددا على أن بلاده لن تقف \"مكتوفة الأيدي\" أمام احتجازه.", "2018-07-27");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("بلاده")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().unwrap().contains("ترامب"), "{q:#}");
}

#[test]
fn an_act_told_after_the_second_sentence_takes_its_day_when_the_lead_tells_todays_news() {
    // ANT (Sky News Arabia): the lead is Sunday's protest (the publication day), the second sentence dates the crash
    // "ليل السبت"; the death told later in the body took place then, the statement the same day as the lead.
    let text = "أعلنت باكستان، الأحد، أنها استدعت سفير واشنطن لديها للاحتجاج على وفاة سائق دراجة نارية لدى اصطدامه بمركبة دبلوماسية أميركية. وأصيب شخص آخر في الحادث، الذي وقع عند إشارة مرور في إسلام آباد، ليل السبت، بين رجلين على دراجة نارية وسيارة تابعة للسفارة. وأفاد بيان وزارة الخارجية الباكستانية بأن \"السفير الأميركي أعرب عن تعاطفه العميق وأسفه على الوفاة وأكد أن السفارة ستتعاون بشكل كامل مع التحقيق\". وذكرت الشرطة أن عتيق بايغ (22 عاما) توفي إثر إصابات في رأسه، في حين أصيب قريبه الذي كان كذلك على متن الدراجة النارية.";
    let d = run(text, "2018-04-08");
    let injured = events(&d, "ASSAULT").into_iter().filter(|e| e["sentence"] == 3).collect::<Vec<_>>();
    assert!(!injured.is_empty() && injured.iter().all(|e| e["date"]["value"] == "2018-04-07"), "{:#}", d["events"]);
    assert_eq!(by_trigger(&d, "COOPERATE", "تتعاون")["date"]["value"], "2018-04-08");
}

#[test]
fn a_name_after_a_long_title_and_a_comma_is_the_speaker() {
    // ANT (Sky News Arabia): the name stands 8 words after the title's head, right after a comma.
    let d = run("وقال المتحدث باسم فرع المحيط الهادي في البحرية الأميركية، كوري باركر، إن واقعة الجنس لم تشهد أي اغتصاب كما لم يجر التبليغ عن استخدام العنف.", "2018-07-26");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("واقعة")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().unwrap().ends_with("كوري باركر"), "{q:#}");
}

/// The speaker of the quote whose content starts with `start`.
fn speaker_of_content(d: &Value, start: &str) -> String {
    let q = quotes(d).iter().find(|q| content(d, q).starts_with(start)).unwrap_or_else(|| panic!("no quote {start}: {:#}", d["quotes"]));
    q["speaker"]["text"].as_str().unwrap_or("").to_string()
}

#[test]
fn a_verb_without_subject_takes_the_person_the_previous_sentence_opens_with() {
    // ANT (Sky News Arabia, SK-internationalNews-1801): the governor named acting in the sentence before, not the
    // last speaker (another governor).
    let d = run("وقال ريك سكوت حاكم ولاية فلوريدا في بيان إن كل مقاطعات الولاية صدر لها تحذير. وذكر فيل بريانت حاكم ولاية مسيسبي حالة الطوارئ أيضا. وقال في بيان إن الفيضانات الساحلية والداخلية يمكن أن تصبح مشكلة خطيرة.", "2018-05-27");
    assert!(speaker_of_content(&d, "الفيضانات").contains("بريانت"), "{:#}", d["quotes"]);
    assert!(speaker_of_content(&d, "كل مقاطعات").contains("ريك سكوت"), "{:#}", d["quotes"]);
    // ANT (SK-internationalNews-3032): a person after a preposition ("لكون ... برانسون") is no subject: the chain
    // keeps the spokeswoman.
    let d = run("وقالت المتحدثة باسم البيت الأبيض ساره ساندرز إن الرسوم الجمركية لتركيا مؤسفة. وأبدت أسفها لكون تركيا عاملت القس برانسون في شكل ظالم جدا. وأوضحت أن الرسوم التي فرضتها واشنطن على الصلب التركي ستظل سارية.", "2018-08-15");
    assert!(!speaker_of_content(&d, "الرسوم التي").contains("برانسون"), "{:#}", d["quotes"]);
    // Train (FR-internationalNews-550): "إلا أن" opening the sentence before is "but", not a complementizer: its
    // person is the subject, not the last speaker (the majority leader, quoted two sentences earlier).
    let d = run("وتم التصويت على المقترح بمبادرة من 15 عضوا في مجلس الشيوخ من الحزبين، من بينهم المرشح الرئاسي السابق السناتور المستقل بيرني ساندرز، وقد تزامن مع استقبال الرئيس دونالد ترامب في البيت الأبيض ولي العهد السعودي الذي يقوم بجولة في الولايات المتحدة تستمر ثلاثة أسابيع. ولكن زعيم الأغلبية في مجلس الشيوخ ميتش ماكونيل أعلن مسبقا رفضه مبادرة ساندرز وزملائه، مؤكدا أن القوات الأمريكية \"لا تشارك في تبادل إطلاق النار مع قوات معادية\" في اليمن. إلا أن ساندرز طعن في التلميحات بأن الولايات المتحدة ليست ضالعة في الحرب. وأضاف الثلاثاء \"قل ذلك لليمنيين الذين تدمر منازلهم وحياتهم بأسلحة مصنوعة في الولايات المتحدة وتسقط عليهم من طائرات يقوم الجيش الأمريكي بتزويدها بالوقود، على أهداف تم اختيارها بمساعدة أمريكية\". وهذه المبادرة التي دعمها كذلك السناتور كريس ميرفي، أجبرت المجلس على تصويت هو الأول من نوعه لـ\"سحب القوات الأمريكية من الحرب غير المصرح بها\". وقال ساندرز إنه \"اذا أراد الكونغرس السماح بالحرب في اليمن أو أي مكان آخر فعليه التصويت على الذهاب إلى الحرب\".", "2018-03-21");
    assert!(speaker_of_content(&d, "قل ذلك").contains("ساندرز"), "{:#}", d["quotes"]);
    // ANT (CNN, CN-middleEast-978): a verb inside the quotation ("ويقول: بيبي ...") is the speaker's own narration;
    // its subject (Trump) does not carry on to the next "وأضاف:", which is still Friedman's.
    let d = run("نيويورك، الولايات المتحدة الأمريكية (CNN)— قال توماس فريدمان، الصحفي الفائز بجائزة بوليتزر، إن الرئيس الأمريكي، دونالد ترامب، كان بإمكانه تحقيق صفقة هائلة بين الفلسطينيين والإسرائيليين على خلفية قرار نقل السفارة إلى القدس. جاء ذلك في مقابلة لفريدمان مع الزميل فريد زكريا على CNN حيث قال: \"لنعود لما قاله كوشنر (مستشار الرئيس الأمريكي دونالد ترامب) وأن نقل السفارة الامريكية هو اعتراف بأن القدس هي عاصمة إسرائيل وأن ذلك يعني أن الولايات المتحدة الأمريكية أخرجت هذا الأمر عن طاولة المفاوضات.. هذا بصراحة أمر فارغ، لأن الفلسطينيين والإسرائيليين وحدهم يستطيعون إخراج ذلك عن طاولة المفاوضات، والإسرائيليون يعلمون ذلك وكذلك الفلسطينيون.\" وتابع قائلا: \"دعني اتحدث بالطريقة التي يستخدمها ترامب، فهو يعتقد أن ذلك يعتبر دفعا بعملية السلام، إذا أراد ترامب استخدام ذلك كوسيلة لدفع السلام قدما؟ فإنه سيذهب إلى نتنياهو ويقول: بيبي سأعترف بالقدس كعاصمة لك دون تحديد شرق وغرب القدس ولكن في المقابل أريد أن أحصل على تجميد لكافة المستوطنات الإسرائيلية..\" وأضاف: \"بعدها يمكن لترامب الذهب إلى أبومازن وإخباره: أعلم بأن هذا الأمر لن يعجبك ولكن أنا تمكنت من الحصول على شيء لم يتمكن أوباما من تحصيله في السابق (وقف بناء المستوطنات) وهذا كان ليعتبر فن الصفقات.", "2018-05-20");
    assert!(speaker_of_content(&d, "بعدها يمكن").contains("فريدمان"), "{:#}", d["quotes"]);
}

#[test]
fn a_title_takes_the_name_the_entity_finder_missed_after_it() {
    // ANT (Sky News Arabia, SK-internationalNews-3437): "قال الشاهد ليفانت كلكان، إنه ...".
    let d = run("وقال الشاهد ليفانت كلكان، إنه قد تمت إساءة فهمه.", "2018-10-12");
    assert!(speaker_of_content(&d, "قد تمت").contains("ليفانت كلكان"), "{:#}", d["quotes"]);
    // An object before بأن is not a name: "ووصف ترامب تقارير منتقدة بأنها".
    let d = run("ووصف ترامب تقارير منتقدة بأنها \"أخبار كاذبة\".", "2018-08-16");
    assert!(quotes(&d).iter().all(|q| !q["speaker"]["text"].as_str().unwrap_or("").contains("تقارير")), "{:#}", d["quotes"]);
}

#[test]
fn a_verb_of_saying_that_quotes_nothing_leaves_the_attribution_after_it_its_quote() {
    // ANT (Sky News Arabia): "نفته" carries its object and quotes nothing; the sentence is Reuters' report.
    let d = run("ووجهت لها تهمة التآمر للإطاحة بالمؤسسة الدينية وهو ما نفته عائلتها والمؤسسة التي تعمل بها، بحسب ما نقلت رويترز.", "2018-05-26");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "رويترز").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("ووجهت لها تهمة"), "{}", content(&d, q));
}

#[test]
fn what_a_verb_of_stressing_or_denying_takes_as_its_object_is_what_was_said() {
    // ANT (Sky News Arabia): no أن/إن after أكد; its object is the content, to the end of its clause.
    let d = run("أكد الجيش الروسي عدم وجود أي قتلى بين المدنيين أو العسكريين، في الضربات الغربية التي شنتها الولايات المتحدة وبريطانيا وفرنسا على سوريا، فجر السبت.", "2018-04-14");
    let q = &quotes(&d)[0];
    assert_eq!(q["speaker"]["text"], "الجيش الروسي", "{q:#}");
    assert_eq!(content(&d, q), "عدم وجود أي قتلى بين المدنيين أو العسكريين");
    // A verb with its object pronoun says nothing more ("أكدها").
    let d = run("وأكدها الوزير مرة أخرى أمام الصحفيين.", "2018-04-14");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}

#[test]
fn attribution_detail_between_commas_comes_before_the_object_said() {
    // ANT (Sky News Arabia): "في بيان الأربعاء" between commas, then what the army stressed.
    let d = run("وأكد الجيش، في بيان الأربعاء، مقتل المدنيين وأعلن فتح تحقيق.", "2018-02-28");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "الجيش").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("مقتل المدنيين"), "{}", content(&d, q));
}

#[test]
fn insisting_that_is_a_verb_of_saying() {
    // ANT (Sky News Arabia): أصر على أن.
    let d = run("وسبق أن أصر ترامب على أنه لا يملك فعل شيء بشأن سياسة فصل الأطفال.", "2018-06-20");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "ترامب").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).contains("لا يملك فعل شيء"), "{}", content(&d, q));
}

#[test]
fn pointing_out_and_hinting_that_are_verbs_of_saying() {
    // ANT: نبه إلى أن, ألمح إلى أن (the verbs of data/events/speech.tsv).
    let d = run("ونبه روزنشتاين إلى أن قدرة الوزارة على الكشف عن العمليات الأجنبية قد تعرقلها مخاوف تتعلق بحماية المصادر.", "2018-07-20");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "روزنشتاين").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("قدرة الوزارة"), "{}", content(&d, q));
    let d = run("ولمح وزير الخارجية الروسي سيرغي لافروف الاثنين الماضي، إلى أن لندن قد تكون تقف وراء التسميم.", "2018-04-20");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"].as_str().is_some_and(|s| s.contains("لافروف"))).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("لندن قد تكون"), "{}", content(&d, q));
}

#[test]
fn it_is_worth_mentioning_that_is_the_outlets_note_and_the_verb_inside_quotes() {
    // ANT: "يذكر أن" (passive) opens background, no quote; the minister's بين inside it is the quote.
    let d = run("يذكر أن فرنسا حظرت استخدام الهواتف في المدارس ابتداء من سبتمبر المقبل.", "2018-07-31");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
    let d = run("ويذكر أن وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، بين في تصريحات له، الخميس، أن الضربة الإسرائيلية أدت إلى تدمير أغلب البنى التحتية لإيران في سوريا.", "2018-05-11");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("الضربة الإسرائيلية")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().is_some_and(|s| s.contains("ليبرمان")), "{:#}", q);
}

#[test]
fn a_date_after_publication_dates_only_a_planned_event() {
    // ANT (Sky News Arabia), published 2018-05-02: the meeting took place; 12 May is the US decision awaited.
    let text = "وقال ماكرون للصحفيين في سيدني بعد اجتماع مع رئيس الوزراء الأسترالي مالكولم ترنبول \"لا أعرف ما الذي سيقرره الرئيس الأميركي يوم 12 مايو\".";
    let d = run(text, "2018-05-02");
    let meeting = by_trigger(&d, "CONSULT", "اجتماع");
    assert_eq!(meeting["date"]["value"], "2018-05-02", "{meeting:#}");
    // ANT (Sky News Arabia): a planned summit keeps the day it is planned for.
    let d = run("ومن المقرر أن تعقد القمة بين ترامب وكيم في سنغافورة في 12 يونيو.", "2018-05-18");
    let summit = by_trigger(&d, "CONSULT", "القمة");
    assert_eq!(summit["status"], "planned", "{summit:#}");
    assert_eq!(summit["date"]["value"], "2018-06-12", "{summit:#}");
}

#[test]
fn an_act_dated_to_a_day_after_publication_is_planned() {
    // ANT, published Thursday 2018-07-12: a present verb with Friday, read forward, tells a visit to come.
    let d = run("يزور الرئيس السوداني، عمر البشير، روسيا الجمعة، وفق ما نسبت وكالة الإعلام الروسية إلى أقوال مصدر في الحكومة الروسية.", "2018-07-12");
    let visit = by_trigger(&d, "CONSULT", "يزور");
    assert_eq!(visit["date"]["value"], "2018-07-13", "{visit:#}");
    assert_eq!(visit["status"], "planned", "{visit:#}");
    // ANT, published Sunday 2018-03-18: "يستقبل ... الثلاثاء" is Tuesday's meeting, still to come.
    let d = run("يستقبل الرئيس الأمريكي في واشنطن الثلاثاء ولي العهد السعودي الأمير محمد بن سلمان.", "2018-03-18");
    let meeting = by_trigger(&d, "CONSULT", "يستقبل");
    assert_eq!(meeting["status"], "planned", "{meeting:#}");
    // ANT, published Thursday 2018-04-26: "يوم الجمعة" is tomorrow's summit.
    let d = run("يلتقي زعيما كوريا الشمالية والجنوبية يوم الجمعة في المنطقة منزوعة السلاح بين البلدين في محاولة جديدة لتحقيق السلام.", "2018-04-26");
    let meeting = by_trigger(&d, "CONSULT", "يلتقي");
    assert_eq!((meeting["status"].as_str(), meeting["date"]["value"].as_str()), (Some("planned"), Some("2018-04-27")), "{meeting:#}");
    // A done act dated by a day on or before publication stays asserted.
    let d = run("استقبل الرئيس الأمريكي في واشنطن الثلاثاء ولي العهد السعودي الأمير محمد بن سلمان.", "2018-03-21");
    let meeting = by_trigger(&d, "CONSULT", "استقبل");
    assert_eq!(meeting["status"], "asserted", "{meeting:#}");
}

#[test]
fn a_date_right_after_the_event_is_its_own() {
    // ANT (AFP), published Sunday 2018-05-13: Sunday is the day the sources spoke; the attack was Saturday evening.
    let text = "ذكرت مصادر قضائية الأحد أن منفذ الاعتداء الذي وقع مساء السبت وسط العاصمة الفرنسية باريس بواسطة سكين وأسفر عن مقتل شخص وإصابة أربعة آخرين، هو شاب فرنسي من مواليد الشيشان عام 1997.";
    let d = run(text, "2018-05-13");
    let attack = by_trigger(&d, "ASSAULT", "الاعتداء");
    assert_eq!(attack["date"]["value"], "2018-05-12", "{attack:#}");
    // ANT (AFP): "منذ 22 عاما" bounds a span; the meeting is Monday's.
    let text = "يعقد المجلس الوطني الفلسطيني، أعلى هيئة تشريعية فلسطينية، الاثنين اجتماعا للمرة الأولى منذ 22 عاما وسط مقاطعات وخلافات داخلية تنذر بفشل أهدافه.";
    let d = run(text, "2018-04-30");
    let meeting = by_trigger(&d, "CONSULT", "اجتماعا");
    assert_eq!(meeting["date"]["value"], "2018-04-30", "{meeting:#}");
}

#[test]
fn then_points_back_to_the_time_named_before() {
    // ANT (CNN Arabic), published 2018-08-18: "وحينها" is March 2016, the hijacking of the previous sentence.
    let text = "وفي مارس/ آذار 2016، اختطفت الطائرة الخاصة بالرحلة رقم 181، التابعة لشركة مصر للطيران، وأجبرت على تغيير مسارها من محافظة الإسكندرية المصرية إلى مطار لارنكا بدولة قبرص. وحينها، كشفت السلطات القبرصية عن لائحة التهم التي وجهتها إلى سيف الدين مصطفى، المصري الذي خطف الطائرة، إذ اتهمته السلطات رسميا باختطاف طائرة.";
    let d = run(text, "2018-08-18");
    let charged = by_trigger(&d, "ACCUSE", "اتهمته");
    assert_eq!(charged["date"]["value"], "2016-03", "{charged:#}");
    // ANT (AFP), published 2018-05-10: the strike of 30 January, which Israel "then" implicitly confirmed.
    let text = "30 كانون الثاني/يناير: قصف الطيران الإسرائيلي موقعا لصواريخ أرض-جو قرب دمشق. وأكدت إسرائيل حينها ضمنا الغارة مجددة التحذير بأنها لن تسمح بنقل أسلحة من سوريا إلى حزب الله اللبناني.";
    let d = run(text, "2018-05-10");
    let strike = by_trigger(&d, "ASSAULT", "الغارة");
    assert_eq!(strike["date"]["value"], "2018-01-30", "{strike:#}");
    // Written for this test: "في نفس اليوم الذي ..." names the day of an event told next, not one told before.
    let text = "تزايد القلق على حرية الصحافة في آسيا. وتوفي الصحافي الثلاثاء متأثرا بجروحه. وقتل مسلحون صحافيا آخر في نفس اليوم الذي قتل فيه عشرة صحافيين في أفغانستان.";
    let d = run(text, "2018-05-03");
    let killed = by_trigger(&d, "ASSAULT", "قتل");
    assert_eq!(killed["sentence"], 2, "{killed:#}");
    assert_eq!(killed["date"]["value"], "2018-05-03", "{killed:#}");
}

#[test]
fn a_definite_noun_of_an_occasion_takes_the_day_of_the_event_it_names_again() {
    // ANT (CNN, published Sunday): the strike was on Saturday; "الغارة" of the next sentence is that strike.
    let d = run(
        "أعلنت القيادة الافريقية بالجيش الأمريكي، الأحد، عن تنفيذ غارة جوية ضد هدف في ليبيا، السبت، الأمر الذي أدى إلى مقتل إرهابيين اثنين. وبينت القيادة الافريقية في بيان أن الغارة نفذت بالتنسيق مع الحكومة الليبية المعترف بها دوليا.",
        "2018-03-25",
    );
    let later: Vec<&Value> = events(&d, "ASSAULT").into_iter().filter(|e| e["sentence"] == 1).collect();
    assert!(!later.is_empty(), "{:#}", d["events"]);
    assert!(later.iter().all(|e| e["date"]["value"] == "2018-03-24"), "{:#}", d["events"]);
}

#[test]
fn nouns_of_an_occasion_are_validated_at_load() {
    assert!(rasd_extract::load_anaphoric_nouns("هجوم\nاجتماع\n").is_ok());
    let e = rasd_extract::load_anaphoric_nouns("هجوم\nالاجتماع\n").unwrap_err();
    assert_eq!(e.to_string(), "data/events/anaphoric_nouns.tsv:2: noun: written without the article");
    assert!(rasd_extract::load_anaphoric_nouns("meeting\n").is_err());
}

#[test]
fn a_quoted_name_in_the_attribution_is_not_the_quote() {
    // ANT (Sky News Arabia): a channel's name in quotation marks, then a comma and إن.
    let d = run("وقال راضي، على صفحته عبر موقع \"فيسبوك\"، إن العقود الموقعة تشمل إنشاء مشروع محطة الضخ والتخزين بجبل عتاقة.", "2018-04-10");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "راضي").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("العقود الموقعة"), "{}", content(&d, q));
    // ANT (BBC): a four-word name in quotation marks, then إنه.
    let d = run("وقال هوجريف لشبكة \"إي بي سي نيوز\" إنه يبدو أن النساء والأطفال تعرضوا لغسيل مخ.", "2018-08-06");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("يبدو أن النساء")), "{:#}", d["quotes"]);
    assert!(!quotes(&d).iter().any(|q| content(&d, q).contains("نيوز")), "{:#}", d["quotes"]);
}

#[test]
fn expecting_and_estimating_that_are_verbs_of_saying() {
    // ANT (Sky News Arabia): توقع أن، قدر أن.
    let d = run("وتوقعت مصادر دبلوماسية أن يكتفي الوزراء الأوروبيون ببيان مشترك.", "2018-04-16");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "مصادر دبلوماسية").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("يكتفي الوزراء"), "{}", content(&d, q));
    let d = run("فيما قدرت وكالة الاستخبارات الدفاعية أن عدد تلك الرؤوس نحو 50.", "2018-07-01");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("عدد تلك الرؤوس")), "{:#}", d["quotes"]);
    // Not the noun: "أحاول قدر الإمكان أن ..." (as far as possible) quotes no one.
    let d = run("أحاول قدر الإمكان أن أواكب الجمهور لكن بالطريقة التي تناسبني.", "2018-05-01");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}

#[test]
fn a_headline_with_a_title_or_a_quoted_name_and_a_colon_is_a_quote() {
    // ANT (France 24): a title, a colon, then what was said.
    let d = run("وهذا ما يحدث. وزير التعليم: إدخال أسلحة إلى المدارس هي جزء من خطة براغماتية لتحسين الأمن.", "2018-03-12");
    let q = quotes(&d).iter().find(|q| q["speaker"]["text"] == "وزير التعليم").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(content(&d, q).starts_with("إدخال أسلحة"), "{}", content(&d, q));
    // ANT (France 24): a profile's heading (a name, then a phrase describing him) quotes no one.
    let d = run("ويبدو مقبلا على محاولة جديدة مع النادي. باتريك فييرا: روح جديدة لإدارة نيس.", "2018-08-10");
    assert!(!quotes(&d).iter().any(|q| content(&d, q).starts_with("روح جديدة")), "{:#}", d["quotes"]);
}

#[test]
fn a_name_the_entity_finder_missed_between_commas_after_a_title_is_the_speaker() {
    // ANT (Sky News Arabia): the name set off by commas after the title, whatever follows it.
    let d = run("وقال رئيس البرلمان، أسد قيصر، بعد التصويت، إن خان حاز على 176 صوتا، فيما كان يحتاج إلى أغلبية مطلقة من 172.", "2018-08-17");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("خان")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert_eq!(q["speaker"]["text"], "رئيس البرلمان، أسد قيصر", "{q:#}");
    let d = run("أعلنت وزيرة الداخلية البريطانية، أمبر راد، السبت، أن الشرطة حددت أكثر من 200 شاهد.", "2018-03-10");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("الشرطة")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().unwrap().contains("أمبر راد"), "{q:#}");
    // After a title already with its name, what stands between commas is an adverb, not more of the name.
    let d = run("جاء ذلك بعد أن قالت رئيسة الوزراء البريطانية، تيريزا ماي، بشكل رسمي، إن موسكو تقف وراء محاولة قتل الجاسوس سيرغي سكريبال.", "2018-03-13");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("موسكو")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(!q["speaker"]["text"].as_str().unwrap().contains("بشكل"), "{q:#}");
}

#[test]
fn the_learned_date_choice_takes_the_date_of_the_triggers_own_clause() {
    // ANT (Sky News Arabia), published 2018-03-28: the air strike was "last Saturday"; Wednesday is the army's
    // announcement, the rules' nearest date.
    let text = "أعلن الجيش الأميركي، الأربعاء، مقتل القيادي في القاعدة موسى أبو داود، في الغارة الجوية التي شنتها طائرة أميركية على موقع للمتشددين جنوب ليبيا، السبت الماضي.";
    let d = run(text, "2018-03-28");
    let strike = by_trigger(&d, "ASSAULT", "الغارة الجوية");
    assert_eq!(strike["date"]["value"], "2018-03-24", "{strike:#}");
    // ANT (Sky News Arabia), published 2018-10-16: the operation launched last February, not Tuesday's statement.
    let text = "أفاد المتحدث العسكري للقوات المسلحة المصرية، الثلاثاء، بمقتل 450 إرهابيا منذ بدء العملية العسكرية التي أطلقها الجيش المصري لمكافحة الإرهاب في شبه جزيرة سيناء، بفبراير الماضي.";
    let d = run(text, "2018-10-16");
    let operation = by_trigger(&d, "ASSAULT", "العملية العسكرية");
    assert_eq!(operation["date"]["value"], "2018-02", "{operation:#}");
}

#[test]
fn a_bare_source_after_wifqan_or_bihasab_speaks_the_clause() {
    // ANT (BBC, Sky News Arabia, AFP): the source carries وفقا's ل, or is a source's noun without a verb.
    let d = run("خضع محمد السادس ملك المغرب لجراحة ناجحة في القلب في فرنسا، وفقا لوكالة الأنباء الرسمية المغربية.", "2018-02-27");
    let q = &quotes(&d)[0];
    assert!(q["speaker"]["text"].as_str().unwrap().contains("وكالة الأنباء"), "{q:#}");
    assert!(content(&d, q).starts_with("خضع محمد السادس"), "{}", content(&d, q));
    let d = run("وتوجه الهاربون جنوبا نحو المناطق التي تسيطر عليها المعارضة على الحدود الأردنية، حسب المرصد.", "2018-06-21");
    assert!(quotes(&d).iter().any(|q| q["speaker"]["text"] == "المرصد" && content(&d, q).starts_with("وتوجه الهاربون")), "{:#}", d["quotes"]);
    // A short clause before the source goes on after it: what was said is the sentence.
    let d = run("وتحاول قوات النظام وفق المرصد التقدم على محورين لفصل مناطق سيطرة الفصائل المعارضة إلى ثلاثة جيوب.", "2018-06-25");
    let q = &quotes(&d)[0];
    assert_eq!(q["speaker"]["text"], "المرصد");
    assert!(content(&d, q).ends_with("ثلاثة جيوب"), "{}", content(&d, q));
    // Written for this test: a law or a need is no source.
    let d = run("وتم تحديد موعد الانتخابات وفقا للقانون، ويتم توزيع المساعدات حسب الحاجة.", "2018-06-25");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}

#[test]
fn an_opening_source_leaves_the_verb_after_it_its_own_quote() {
    // ANT (Al Arabiya): "وحسب وكالة "وفا" الرسمية، قال الرئيس ...، إن": the agency's words run to the minister's
    // quote, which is his.
    let d = run("وحسب وكالة \"وفا\" الرسمية، قال الرئيس الفلسطيني، محمود عباس، إن الجانب الفلسطيني جاد في الوصول للسلام مع إسرائيل.", "2018-06-27");
    let abbas = quotes(&d).iter().find(|q| content(&d, q).starts_with("الجانب الفلسطيني")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(abbas["speaker"]["text"].as_str().unwrap().contains("محمود عباس"), "{abbas:#}");
    let agency = quotes(&d).iter().find(|q| q["speaker"]["text"].as_str().unwrap().contains("وكالة")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(!content(&d, agency).contains("الجانب الفلسطيني"), "{}", content(&d, agency));
}

#[test]
fn a_relayed_verb_of_saying_keeps_its_speaker_and_a_dateline_is_no_content() {
    // ANT (CNN Arabic): the source relays what the minister said; the dateline before "--" is left out.
    let d = run("دبي، الإمارات العربية المتحدة (CNN) -- اعتبر وزير الخارجية الإيراني، محمد جواد ظريف، الحكم الصادر عن محكمة العدل الدولية \"هزيمة أخرى\" للحكومة الأمريكية، بحسب ما نقلته وكالة الأنباء الإيرانية (إرنا).", "2018-10-03");
    let q = quotes(&d).iter().find(|q| q["cue"]["text"] == "بحسب").unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().unwrap().contains("ظريف"), "{q:#}");
    assert!(content(&d, q).starts_with("اعتبر وزير الخارجية"), "{}", content(&d, q));
    // ANT (Sky News Arabia): "يذكر أن" is the outlet's note; the local media are the source.
    let d = run("يذكر أن أردوغان كان قد شارك عام 2013 في مراسم وضع حجر الأساس للمسجد الذي يتسع لنحو 50 ألف مصل، وفقا لوسائل إعلام محلية.", "2018-08-07");
    assert!(quotes(&d).iter().all(|q| !q["speaker"]["text"].as_str().unwrap_or("").contains("أردوغان")), "{:#}", d["quotes"]);
    // ANT (CNN Arabic): "وأضاف قوله:" - the noun of saying is the verb's object, not its subject.
    let d = run("وقال أوزومجو إن الفريق ينتظر. وأضاف قوله: \"في الوقت الحاضر، لا نعلم متى يمكن لفريق تقصي الحقائق التوجه لدوما.\"", "2018-04-18");
    assert!(quotes(&d).iter().all(|q| q["speaker"]["text"] != "قوله"), "{:#}", d["quotes"]);
}

#[test]
fn a_noun_of_saying_after_the_verb_leads_to_the_content() {
    // ANT (Al Arabiya): "جدد ... التأكيد على أن": the content after أن, the speaker the verb's subject.
    let d = run("وجدد المتحدث باسم المقاومة الوطنية التأكيد على أن إيران وميليشيات حزب الله هي من زودت الحوثي بالخبرات اللازمة لزراعة الألغام.", "2018-05-27");
    let q = &quotes(&d)[0];
    assert!(q["speaker"]["text"].as_str().unwrap().starts_with("المتحدث"), "{q:#}");
    assert!(content(&d, q).starts_with("إيران وميليشيات"), "{}", content(&d, q));
    // ANT (AFP): "وكرر البيت الأبيض القول إن".
    let d = run("وكرر البيت الأبيض القول إن على الشمال اتخاذ تدابير ملموسة أولا من أجل نزع السلاح النووي.", "2018-03-06");
    let q = &quotes(&d)[0];
    assert_eq!(q["speaker"]["text"], "البيت الأبيض");
    assert!(content(&d, q).starts_with("على الشمال"), "{}", content(&d, q));
    // ANT (AFP): "وشن ترامب هجومه ... بالقول إن": بالقول is a participle, the speaker the clause's subject.
    let d = run("وشن الرئيس الأمريكي دونالد ترامب هجومه حتى قبل بدء أعمال القمة بالقول إن ألمانيا تثري روسيا.", "2018-07-11");
    let q = quotes(&d).iter().find(|q| q["cue"]["text"].as_str().unwrap().contains("القول")).expect("a quote of بالقول");
    assert!(q["speaker"]["text"].as_str().unwrap().contains("ترامب"), "{q:#}");
    assert!(content(&d, q).starts_with("ألمانيا تثري"), "{}", content(&d, q));
    // "جدد" with no أن/إن, colon or quotation says nothing ("renewed the agreement").
    let d = run("وجدد البرلمان الثقة في الحكومة الجديدة لمدة عامين.", "2018-03-06");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}

#[test]
fn a_meeting_told_in_the_present_takes_the_weekday_its_verb_plans() {
    // ANT (unannotated), published on a Thursday: "يزور ... الجمعة" is tomorrow's visit, not today's.
    let d = run("يزور الرئيس السوداني، عمر البشير، روسيا الجمعة، وفق ما نسبت وكالة الإعلام الروسية إلى أقوال مصدر في الحكومة السودانية، الخميس، دون الإدلاء بمزيد من التفاصيل.", "2018-07-12");
    let visit = by_trigger(&d, "CONSULT", "يزور");
    assert_eq!(visit["date"]["value"], "2018-07-13", "{visit:#}");
    // ANT (unannotated), published on a Sunday: a purpose noun right after the weekday is the session's act.
    let d = run("وأعلنت لجنة تقصي الحقائق النيابية أنها دعت إلى عقد جلسة طارئة للبرلمان يوم الاثنين، لمناقشة حريق الرصافة.", "2018-06-10");
    let talks = by_trigger(&d, "CONSULT", "مناقشة");
    assert_eq!(talks["date"]["value"], "2018-06-11", "{talks:#}");
}

#[test]
fn an_announced_or_judged_act_is_no_claim_but_an_accused_one_is() {
    // ANT (Sky News Arabia): a party announcing its own operation.
    let d = run("أعلن الجيش الوطني الليبي بقيادة المشير خليفة حفتر، أن قواته شنت غارات جوية ضد جماعات مسلحة حاولت السيطرة على حقول نفطية في شرق البلاد.", "2018-06-16");
    assert_eq!(by_trigger(&d, "ASSAULT", "شنت غارات")["status"], "asserted");
    // ANT (CNN): an act the speaker judges, known before the judgement.
    let d = run("واعتبر السيسي أن \"الاشتباكات الأخيرة في طرابلس أوضحت خطورة الاعتماد على الميليشيات في توفير الأمن\".", "2018-10-19");
    assert_eq!(by_trigger(&d, "ASSAULT", "الاشتباكات")["status"], "asserted");
    // ANT (Sky News Arabia): an announced accusation: the accused act stays claimed.
    let d = run("أعلن مكتب الادعاء العام في كوسوفو أنه وجه الاتهام إلى عشرة اشخاص بالتخطيط لاغتيال مسؤولين سابقين وحاليين لاعتبارهم إياهم \"خونة\".", "2018-03-01");
    assert_eq!(by_trigger(&d, "ASSAULT", "اغتيال")["status"], "claimed");
}

#[test]
fn a_meeting_one_day_before_the_statement_is_dated_the_day_before() {
    // ANT (BBC), published on 16 February 2018: "بعد يوم واحد من لقائه" (data/events/relative_days.tsv, -1).
    let d = run("وقال وزير الدفاع التركي نور الدين جانيكلي للصحفيين في بروكسل بعد يوم واحد من لقائه بوزير الدفاع الأمريكي جيم ماتيس على هامش اجتماع لحلف شمالي الأطلسي.", "2018-02-16");
    assert_eq!(by_trigger(&d, "CONSULT", "لقائه")["date"]["value"], "2018-02-15", "{:#}", d["events"]);
}

#[test]
fn a_definite_noun_names_again_the_story_the_lead_names() {
    // ANT (France 24), published on 8 April 2018: the lead names Douma's chemical attack (7 April); "الهجوم" after
    // it is that attack, dated by the words that name it.
    let lead = "أشار بيان صادر عن الاتحاد الأوروبي الأحد، إلى وجود دلائل على أن القوات الحكومية السورية استخدمت أسلحة كيماوية في قصفها على مدينة دوما، داعيا إلى \"رد فوري من المجتمع الدولي\".";
    let d = run(&format!("{lead} من جانبها، دانت باريس بشدة الهجوم وأكدت وزارة الخارجية الفرنسية أن \"باريس ستتحمل مسؤوليتها كاملة\"."), "2018-04-08");
    let ev = by_trigger(&d, "ASSAULT", "الهجوم");
    assert_eq!(ev["date"]["value"], "2018-04-07", "{:#}", d["events"]);
    assert!(ev["date"]["text"].as_str().unwrap().contains("دوما"), "{:#}", d["events"]);
    // ANT (France 24): a definite adjective that is none of the story's words makes it another attack (the missile
    // strike on Homs, not Douma's chemical attack).
    let d = run(&format!("{lead} وصف التلفزيون الرسمي السوري الهجوم الصاروخي بالعدوان، من دون أن يحدد الجهة التي تقف خلفه."), "2018-04-17");
    assert_ne!(by_trigger(&d, "ASSAULT", "الهجوم")["date"]["value"], "2018-04-07", "{:#}", d["events"]);
}

#[test]
fn a_well_known_event_named_without_its_date_takes_its_day() {
    // ANT (Alhurra), published on 3 April 2018: the poisoning of Skripal took place on 4 March 2018
    // (data/events/known_events.tsv), not on the report's day.
    let text = "ومنذ أكثر من عام، ينسج الرئيسان الروسي والتركي علاقات ثنائية وطيدة تثير قلق حلفاء تركيا في حلف شمال الأطلسي، بدليل أن أنقرة نأت بنفسها من الإجراءات التي اتخذتها بريطانيا وحلفاؤها بحق دبلوماسيين روس ردا على تسميم سكريبال.";
    let d = run(text, "2018-04-03");
    assert_eq!(by_trigger(&d, "ASSAULT", "تسميم")["date"]["value"], "2018-03-04", "{:#}", d["events"]);
    // The date's evidence is the words that name the story.
    assert_eq!(by_trigger(&d, "ASSAULT", "تسميم")["date"]["text"], "سكريبال", "{:#}", d["events"]);
    // ANT (France 24): the chemical attack on Douma of 7 April, in a report of the 15th.
    let d = run("وتأتي القمة العربية بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لنظام الرئيس السوري بشار الأسد المتحالف مع إيران وروسيا ردا على هجوم كيميائي مفترض في مدينة دوما.", "2018-04-15");
    assert_eq!(by_trigger(&d, "ASSAULT", "هجوم كيميائي")["date"]["value"], "2018-04-07", "{:#}", d["events"]);
    assert_eq!(by_trigger(&d, "ASSAULT", "هجوم كيميائي")["date"]["text"], "كيميائي مفترض في مدينة دوما", "{:#}", d["events"]);
    // A report published before the story's day is not dated by it.
    let d = run(text, "2018-03-01");
    assert_ne!(by_trigger(&d, "ASSAULT", "تسميم")["date"]["value"], "2018-03-04", "{:#}", d["events"]);
    // ANT (Sky News Arabia): the story's words after "بعد" belong to another act: the earlier strike is not the
    // attack on Khan Shaykhun.
    let d = run("وقال مستشار الأمن القومي الأميركي، جون بولتون، إن أي استخدام لأسلحة كيماوية أخرى من جانب دمشق سيؤدي إلى تصعيد كبير، مقارنة بالضربة السابقة بعد استخدام الكيماوي في خان شيخون بإدلب.", "2018-09-13");
    assert_ne!(by_trigger(&d, "ASSAULT", "الضربة")["date"]["value"], "2017-04-04", "{:#}", d["events"]);
}

#[test]
fn a_verb_inside_a_quotation_is_the_quoted_speakers_own_words() {
    // ANT (Sky News Arabia): "إسرائيل ترى أن" inside the minister's quotation is his narration, not Israel's quote.
    let d = run("وقال ليبرمان، في تصريحات صحفية الخميس، إن \"إسرائيل ترى أن سوريا تعود إلى وضع ما قبل الحرب الأهلية حيث الحكم المركزي تحت إدارة\" الرئيس السوري بشار الأسد.", "2018-08-02");
    assert_eq!(quotes(&d).len(), 1, "{:#}", d["quotes"]);
    assert_eq!(quotes(&d)[0]["speaker"]["text"], "ليبرمان");
    // ANT (France 24): "التقارير ... تشير إلى أن" inside the researcher's quotation.
    let d = run("وقال تيموثي قلدس الباحث غير المقيم بمعهد التحرير لسياسيات الشرق الأوسط \"جميع التقارير الأولية تشير إلى أن الإقبال ضعيف مقارنة مع 2014 رغم كل الجهود التي بذلت لزيادة الأعداد\".", "2018-04-02");
    assert!(quotes(&d).iter().all(|q| q["cue"]["text"] != "تشير"), "{:#}", d["quotes"]);
    // ANT (Sky News Arabia): a participle after the quotation closes speaks on ("، مضيفا: ...").
    let d = run("وأوضح ترامب، في كلمة من البيت الأبيض: \"أعلن أن أميركا ستنسحب من الاتفاق مع إيران (...) وفي لحظات قريبة سأوقع مذكرة لبدء العقوبات على النظام الإيراني\"، مضيفا: \"عقوباتنا قد تشمل أيضا دولا أخرى متواطئة مع إيران\".", "2018-05-08");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("عقوباتنا")), "{:#}", d["quotes"]);
}

#[test]
fn an_accusation_with_a_clause_after_bian_and_speaking_of_that_are_quotes() {
    // ANT (BBC Arabic): the accusation's clause after بأن is the quote, its speaker the subject before it.
    let d = run("لكن نائب وزير الخارجية الكوري الشمالي كيم كي غوان اتهم اليوم واشنطن بأنها تضمر نوايا سيئة تجاه بلاده.", "2018-05-16");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("تضمر نوايا")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert!(q["speaker"]["text"].as_str().is_some_and(|s| s.contains("كيم كي غوان")), "{q:#}");
    // ANT (France 24): the charge before بأن takes the clause ("بالادعاء بأنه" is the accused's claim), no quote.
    let d = run("كما اتهمت الشخص ذاته بالادعاء بأنه \"المهدي المنتظر\"، وبتعاطي \"الحبوب المحظورة\".", "2018-04-30");
    assert!(quotes(&d).iter().all(|q| !content(&d, q).contains("المهدي")), "{:#}", d["quotes"]);
    // A charge alone is an ACCUSE event, not a quote (gold marks few).
    let d = run("واتهمت دمشق إسرائيل بتكرار الخروقات لأجوائها.", "2018-08-11");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
    // ANT (France 24): تحدث عن أن reports what was said; "تحدث مع" a call, whose إن ends a name.
    let d = run("وكانت تقارير تحدثت السبت عن أن الحوثيين فقدوا السيطرة على المطار.", "2018-06-17");
    let q = quotes(&d).iter().find(|q| content(&d, q).starts_with("الحوثيين فقدوا")).unwrap_or_else(|| panic!("{:#}", d["quotes"]));
    assert_eq!(q["speaker"]["text"], "تقارير", "{q:#}");
    let d = run("وتحدث الرئيس الأمريكي مع الرئيس الكوري الجنوبي مون جاي إن ورئيس الوزراء الياباني شينزو آبي عبر الهاتف.", "2018-06-12");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}

#[test]
fn a_quoted_name_in_the_attribution_is_not_the_content() {
    // ANT (Sky News Arabia): the quoted outlet, then a colon and the tweet.
    let d = run("وقالت القوات الجوية الملكية البريطانية على \"تويتر\": \"علمنا اليوم بحادث في قاعدة فالي الجوية ويتعلق بطائرة هوك\".", "2018-03-20");
    let q = &quotes(&d)[0];
    assert!(content(&d, q).starts_with("علمنا اليوم"), "{}", content(&d, q));
    // ANT (Sky News Arabia): the quoted body's short name, a comma, the day and then إن.
    let d = run("قال الأمين العام لحلف شمال الأطلسي \"الناتو\"، ينس ستولتنبرغ، الأربعاء، إن قادة الحلف عبروا عن قلقهم إزاء أنشطة إيران.", "2018-07-11");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("قادة الحلف")), "{:#}", d["quotes"]);
    assert!(!quotes(&d).iter().any(|q| content(&d, q) == "الناتو"), "{:#}", d["quotes"]);
    // A quotation that is what was said stays the content: أن after a word of reason or a new clause is no complement.
    let d = run("وأضاف الشرطي \"كان خطأ\"، وتحدث شريطة عدم نشر هويته لأنه غير مخول بالتعقيب.", "2018-06-01");
    assert!(quotes(&d).iter().any(|q| content(&d, q) == "كان خطأ"), "{:#}", d["quotes"]);
}

#[test]
fn a_quoted_name_counts_as_one_word_of_the_verbs_window() {
    // ANT (Sky News Arabia): the أن-clause lies beyond the verb's eight words only because of the quoted channel.
    let d = run("وكان رئيس الوزراء الإسرائيلي، بنيامين نتانياهو قد أبلغ في وقت سابق قناة \"فوكس نيوز\" في مقابلة أنه يود أن يزور ترامب المدينة.", "2018-05-01");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("يود أن يزور")), "{:#}", d["quotes"]);
    // ANT: past the verb's own window a second quotation is one more fragment of the object, not the content.
    let d = run("وكان فصيل فيلق الرحمن أعلن الخميس عن وقف لإطلاق النار في مناطق سيطرته جنوب الغوطة لفتح المجال أمام \"مفاوضات نهائية\" للتوصل إلى حل ينهي \"المعاناة\".", "2018-03-23");
    assert!(!quotes(&d).iter().any(|q| content(&d, q) == "المعاناة"), "{:#}", d["quotes"]);
    // ANT (shortened): "خاصة أنه" is "especially as", not the complement: the quotation stays what was said; but
    // "الخاصة" after a channel's name is an adjective and أن still opens the content.
    let d = run("وعلق السعدني الصغير على الصورة قائلا \"كبير العيلة صاحي بدري\"، خاصة أنه لم يظهر في الصور.", "2018-05-01");
    assert!(quotes(&d).iter().any(|q| content(&d, q) == "كبير العيلة صاحي بدري"), "{:#}", d["quotes"]);
    let d = run("وقال مصدر لقناة \"النهار\" الخاصة أن الجيش سيطر على المدينة.", "2018-05-01");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("الجيش سيطر")), "{:#}", d["quotes"]);
}

#[test]
fn an_object_that_runs_on_into_a_quotation_is_the_content() {
    // ANT (France 24): the object of أكد is what was said, the quotation inside it.
    let d = run("وأكد تيلرسون وقوف بلاده إلى جانب الشعب اللبناني \"من أجل لبنان حر وديمقراطي\" تزامنا مع زيارته.", "2018-02-15");
    assert!(quotes(&d).iter().any(|q| content(&d, q).starts_with("وقوف بلاده")), "{:#}", d["quotes"]);
    // ANT: a verb inside a quotation whose mark closes the sentence has no quotation of its own to lose.
    let d = run("ووصف رئيس الاتحاد الألماني لكرة القدم رينارد غريندل الواقعة بأنها \"عمل غير مقبول\" من اللاعبين. وقال في بيان :\"أكد اللاعبان حرصهما على القيم الألمانية وأنهما لم يرغبا في إرسال أي إشارات سياسية\".", "2018-05-20");
    assert!(!quotes(&d).iter().any(|q| content(&d, q).starts_with("حرصهما")), "{:#}", d["quotes"]);
}

#[test]
fn acknowledged_is_a_verb_of_saying_only_as_written() {
    // ANT (AFP): أقر ... بأنه (admitted that) quotes its subject.
    let d = run("من جهته، أقر مكتب التحقيقات الفيدرالي بأنه تلقى تحذيراً بشأن الشاب لكنه لم يبادر إلى التحرك.", "2018-02-16");
    assert!(quotes(&d).iter().any(|q| q["speaker"]["text"].as_str().unwrap_or("").contains("مكتب التحقيقات") && content(&d, q).starts_with("تلقى تحذيراً")), "{:#}", d["quotes"]);
    // With an object pronoun it approves (ANT: "القانون الجديد الذي أقره الكنيست على أن"); اقرأ is "read".
    let d = run("وينص القانون الجديد الذي أقره الكنيست الإسرائيلي على أن مواطني الدولة اليهود فقط يملكون حق تقرير المصير.", "2018-10-01");
    assert!(quotes(&d).iter().all(|q| q["cue"]["text"].as_str().unwrap_or("") != "أقره"), "{:#}", d["quotes"]);
    let d = run("وأرسلت السلطات 14 سيارة إسعاف إلى موقع الحادث. اقرأ أيضا: حقائق عن الجزائر وشوهد عدد كبير من الناس.", "2018-04-11");
    assert!(quotes(&d).is_empty(), "{:#}", d["quotes"]);
}
