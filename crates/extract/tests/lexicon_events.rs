//! Events found where the lexicon's surface forms or the document gate used to miss them: an expulsion of
//! diplomats told with the diplomats a few words on, and a political report dense in technology names.

mod common;

use common::{by_trigger, events, run};

#[test]
fn expelling_diplomats_is_a_sanction_and_expelling_fighters_is_not() {
    // ANT (Sky News Arabia, internationalNews): the diplomats stand two words after the verb.
    let d = run("وطردت روسيا 23 دبلوماسيا بريطانيا ردا على ذلك وأغلقت القنصلية البريطانية في سان بطرسبرغ والمجلس الثقافي البريطاني.", "2018-04-01");
    // Two sanctions: the expulsion, and the consulate's closure (GUIDE: reducing relations; the train gold codes
    // "وإغلاق القنصلية الأمريكية" SANCTION).
    let sanctions: Vec<String> = events(&d, "SANCTION").iter().map(|e| e["trigger"]["text"].as_str().unwrap_or("").to_string()).collect();
    assert_eq!(sanctions.len(), 2, "{:#}", d["events"]);
    assert!(sanctions.iter().any(|t| t.contains("طردت")) && sanctions.iter().any(|t| t.contains("القنصلية")), "{:#}", d["events"]);
    assert!(events(&d, "COERCE").iter().all(|e| e["trigger"]["text"] != "وطردت" && e["trigger"]["text"] != "طردت"), "{:#}", d["events"]);
    // ANT (Sky News Arabia): the expellers, with their apposition, stand between the verb and the diplomats, ten
    // words on.
    let d = run("وطردت حكومات غربية، من بينها الولايات المتحدة، أكثر من مئة دبلوماسي روسي احتجاجا على الهجوم على سكريبال وابنته.", "2018-04-12");
    by_trigger(&d, "SANCTION", "طردت");
    assert!(events(&d, "COERCE").is_empty(), "{:#}", d["events"]);
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

#[test]
fn a_state_that_will_respond_is_threatening_retaliation() {
    // ANT (Al Arabiya, economy, AL-economy-862-20180620): the future "سترد" with its means is a threat of
    // retaliation against the tariffs.
    let d = run("وأعلنت كندا أنها سترد بفرض رسوم على صادرات أميركية قيمتها 16.6 مليار دولار كندي (12.5 مليار دولار أميركي).", "2018-06-20");
    assert!(!events(&d, "THREATEN").is_empty(), "{:#}", d["events"]);
}

#[test]
fn halting_military_exercises_is_a_concession_and_holding_them_is_not() {
    // ANT (Sky News Arabia, SK-internationalNews-2336-20180627): halting the joint exercises with South Korea.
    let d = run("وأعلنت الولايات المتحدة وقف مناورات عسكرية مع كوريا الجنوبية، في بادرة لإفساح المجال أمام المباحثات السياسية مع كوريا الشمالية التي تعتبر التدريبات استفزازا لها.", "2018-06-27");
    assert!(!events(&d, "CONCEDE").is_empty(), "{:#}", d["events"]);
    // eval/news train split: exercises carried out are no concession.
    let d = run("وقالت الوزارة إن القاذفات إتش-6كيه أجرت عددا كبيرا من المناورات حول تايوان منذ 18 أبريل.", "2018-05-01");
    assert!(events(&d, "CONCEDE").is_empty(), "{:#}", d["events"]);
}

#[test]
fn training_and_arming_another_party_is_military_cooperation() {
    // ANT (Sky News Arabia, not annotated): Morocco's charge against Iran and Hezbollah.
    let d = run("وأضاف أن إيران وحليفتها اللبنانية، جماعة حزب الله، تدعمان البوليساريو بتدريب وتسليح مقاتليها.", "2018-05-01");
    assert!(!events(&d, "COOPERATE").is_empty(), "{:#}", d["events"]);
}

#[test]
fn congratulating_is_support_and_here_is_not() {
    // ANT (France 24, middleEast): every person of هنأ, the bare past too.
    let d = run("هنأ رئيس وزراء بلغاريا بويو بوريسوف أردوغان على فوزه في اتصال هاتفي.", "2018-06-25");
    assert_eq!(events(&d, "SUPPORT").len(), 1, "{:#}", d["events"]);
    // ANT (Sky News Arabia): "هنا" is "here", the same letters once the key leaves the hamza off.
    let d = run("وقال ميلينشون لمحطة تي.إف 1 التلفزيونية قبل المسيرة \"القضية هنا هي المنح التي لا تنتهي التي قُدمت للأغنياء في الوقت الذي يعاني فيه الشعب الفرنسي\".", "2018-05-05");
    assert!(events(&d, "SUPPORT").is_empty(), "{:#}", d["events"]);
}

#[test]
fn positions_taken_in_fighting_are_seized() {
    // ANT (Sky News Arabia, middleEast): positions liberated are territory seized (COERCE seize), as the train
    // split's gold codes "تحرير مواقع"، "تحرير مناطق".
    let d = run("وتمكن الجيش اليمني، بإسناد من التحالف، من تحرير مواقع جديدة في جبهة الملاحيظ بمديرية الظاهر جنوبي غرب محافظة صعدة، المعقل الرئيس لميليشيات الحوثي الانقلابية.", "2018-06-01");
    assert!(events(&d, "COERCE").iter().any(|e| e["trigger"]["text"].as_str().unwrap_or("").contains("تحرير مواقع")), "{:#}", d["events"]);
    assert!(events(&d, "ASSAULT").iter().all(|e| e["trigger"]["text"] != "تحرير"), "{:#}", d["events"]);
}

#[test]
fn forces_liberating_areas_seize_them() {
    // ANT (Al Arabiya, not annotated): the verb حررت, as the noun تحرير مواقع above.
    let d = run("حررت قوات الجيش الوطني بإسناد جوي من مقاتلات التحالف، مواقع استراتيجية غربي محافظة صعدة.", "2018-07-16");
    assert!(events(&d, "COERCE").iter().any(|e| e["trigger"]["text"] == "حررت"), "{:#}", d["events"]);
}

#[test]
fn summoning_an_envoy_is_consultation_and_recalling_ones_own_is_a_sanction() {
    // ANT (France 24, not annotated): another country's ambassador summoned (the train gold codes it CONSULT).
    let d = run("استدعت الأربعاء إيطاليا السفير الفرنسي على خلفية أزمة سفينة أكواريوس التي كانت تقل أكثر من 600 مهاجر.", "2018-06-13");
    assert!(events(&d, "CONSULT").iter().any(|e| e["trigger"]["text"] == "استدعت"), "{:#}", d["events"]);
    // ANT (CNN Arabic, not annotated): a state recalling its own ambassador reduces relations.
    let d = run("وقررت تركيا استدعاء سفيرها في إسرائيل للتشاور بسبب المواجهات في غزة التي أسفرت عن مقتل 60 شخصا، الاثنين.", "2018-05-14");
    assert!(events(&d, "SANCTION").iter().any(|e| e["trigger"]["text"] == "استدعاء سفيرها"), "{:#}", d["events"]);
}

#[test]
fn expelling_russian_officials_with_a_count_between_is_a_sanction() {
    // ANT (BBC Arabic, not annotated): the expelled diplomats follow a count and "من".
    let d = run("طُرد عشرات من الدبلوماسين الروس من أكثر من عشرين دولة، بعد اتهام بريطانيا روسيا بالتورط في تسميم جاسوس روسي سابق.", "2018-04-01");
    assert!(!events(&d, "SANCTION").is_empty(), "{:#}", d["events"]);
    // ANT (BBC Arabic, not annotated): tariffs in retaliation, named by their country.
    let d = run("وبدأ الأحد تطبيق الرسوم الانتقامية الكندية على المنتجات الأمريكية بما في ذلك عصير برتقال فلوريدا.", "2018-07-01");
    assert!(!events(&d, "SANCTION").is_empty(), "{:#}", d["events"]);
}

#[test]
fn sending_warships_is_mobilisation() {
    // ANT (Sky News Arabia, not annotated): ships sent with the sender between the verb and its object.
    let d = run("وترسل الولايات المتحدة بانتظام سفنا حربية إلى هذه المياه المتنازع عليها بين الصين وفيتنام والفلبين، في بحر الصين الجنوبي.", "2018-05-27");
    assert!(events(&d, "MOBILIZE").iter().any(|e| e["trigger"]["text"] == "ترسل"), "{:#}", d["events"]);
}

#[test]
fn anger_raised_is_disapproval() {
    // ANT (Al Arabiya, internationalNews, AL-internationalNews-803): the dismissal angered Erdogan.
    let d = run("وأقال رئيس وزراء كوسوفو راموش هاراديناي كبار مسؤوليه الأمنيين على خلفية العملية، ما أثار غضب الرئيس التركي رجب طيب أردوغان.", "2018-03-30");
    assert!(events(&d, "ACCUSE").iter().any(|e| e["trigger"]["text"].as_str().unwrap_or("").contains("غضب")), "{:#}", d["events"]);
}

#[test]
fn will_not_allow_is_a_threat_unless_it_is_a_warning_content() {
    // ANT (France 24, FR-middleEast-3): Israel will not allow Iran a foothold.
    let d = run("نتانياهو يؤكد أن إسرائيل لن تسمح لإيران بالحصول على موطئ قدم دائم على حدودها", "2018-02-18");
    assert!(events(&d, "THREATEN").iter().any(|e| e["trigger"]["text"].as_str().unwrap_or("").contains("تسمح")), "{:#}", d["events"]);
    // ANT (Sky News Arabia): the warning verb is the event; what will not be allowed is its content.
    let d = run("وكانت الناطقة باسم الخارجية الروسية ماريا زاخاروفا قد حذرت الثلاثاء من أنه لن يسمح لأي وسيلة إعلام بريطانية بالعمل في روسيا.", "2018-03-15");
    let threats = events(&d, "THREATEN");
    assert_eq!(threats.len(), 1, "{:#}", d["events"]);
    assert!(threats[0]["trigger"]["text"].as_str().unwrap_or("").contains("حذر"), "{:#}", d["events"]);
}

#[test]
fn providing_support_is_aid() {
    // eval/news train split (BBC): logistic support given to the Islamic State.
    let d = run("وأصدرت المحكمة حكمها على إمرأة ألمانية بتهمة توفير دعم لوجستي لتنظيم الدولة.", "2018-02-25");
    assert!(!events(&d, "AID").is_empty(), "{:#}", d["events"]);
}

#[test]
fn the_accused_of_an_act_is_an_accusation_and_the_defendants_are_not() {
    let on = |d: &serde_json::Value, w: &str| events(d, "ACCUSE").iter().any(|e| e["trigger"]["text"] == w);
    // eval/news train split (Sky News Arabia): "المتهم" with the article and a ب-complement, the gold's ACCUSE.
    let d = run("وكانت واشنطن فرضت هذا الشهر عقوبات على أكبر مسؤولين في حكومة الرئيس رجب طيب أردوغان في محاولة جديدة لحمل تركيا على تسليم برانسون، المتهم بمساندة محاولة الانقلاب على أردوغان قبل عامين.", "2018-08-13");
    assert!(on(&d, "المتهم"), "{:#}", d["events"]);
    // ANT (Sky News Arabia): "من قبل X" between the participle and its complement.
    let d = run("طلب أردوغان من واشنطن تسليم فتح الله غولن، المتهم من قبل أنقرة بالوقوف وراء محاولة الانقلاب.", "2018-08-13");
    assert!(on(&d, "المتهم"), "{:#}", d["events"]);
    // ANT: the defendants as subject of the act the ب belongs to, and a partitive, are no accusation.
    let d = run("وذكر بيان النائب العام أن قرار الإحالة استند إلى قيام المتهمين بتأسيس جماعة محظورة.", "2018-08-13");
    assert!(!on(&d, "المتهمين"), "{:#}", d["events"]);
    // ANT (France 24): the ب of a verdict on the defendants ("حكموا على المتهمين بدفع تعويض").
    let d = run("كما أحرقت فتاة تبلغ 16 عاما حية بعدما تقدم والداها بشكوى بشأن اغتصابها إلى زعماء القرية الذين حكموا على المتهمين بدفع تعويض للفتاة، ما دفعهم إلى قتلها والاعتداء على والديها.", "2018-05-05");
    assert!(!on(&d, "المتهمين"), "{:#}", d["events"]);
    let d = run("وأدانت المحكمة ستة من المتهمين بالانتساب إلى مجموعة مسلحة.", "2018-07-06");
    assert!(!on(&d, "المتهمين"), "{:#}", d["events"]);
}

#[test]
fn a_toll_told_after_a_verb_of_result_is_the_attacks_not_a_second_attack() {
    let kills = |d: &serde_json::Value| events(d, "ASSAULT").iter().filter(|e| e["trigger"]["text"].as_str().unwrap().contains("مقتل")).count();
    // ANT (France 24): one attack, its toll after وأدى إلى.
    let d = run("ودان رئيس النيجر محمدو يوسفو هجوما نسب إلى جماعة \"بوكو حرام\" وأدى إلى مقتل عشرة جنود نيجريين وفقدان أربعة آخرين.", "2018-07-02");
    assert_eq!(kills(&d), 0, "{:#}", d["events"]);
    by_trigger(&d, "ASSAULT", "هجوم");
    // ANT: two attacks, the second's toll after ما أدى إلى; both attacks stay, the toll does not.
    let d = run("وقالت مجموعة مسلحة منبثقة من متمردي الطوارق السابقين ومسؤولون قبليون إن الهجوم الجديد يأتي بعد هجوم مماثل شنه الخميس مسلحون على دراجات نارية ما أدى إلى مقتل 12 شخصا على مشارف بلدة انديرامبوكين في المنطقة نفسها.", "2018-04-28");
    assert_eq!(kills(&d), 0, "{:#}", d["events"]);
    assert_eq!(events(&d, "ASSAULT").len(), 2, "{:#}", d["events"]);
    // A killing with no verb of result before it stays an event of its own (ANT: "قبل مقتله في سوريا").
    let d = run("وكان الرأس المدبر لهذه العملية عماد مغنية، الذي عد أحد أبرز القادة الإرهابيين قبل مقتله في سوريا عام 2008.", "2018-05-17");
    assert_eq!(kills(&d), 1, "{:#}", d["events"]);
}

#[test]
fn a_duty_laid_on_a_named_party_is_a_request() {
    // ANT (France 24, FR-middleEast-228-20180407): "إن على واشنطن توضيح" is "يجب على" with the verb left out; the
    // party is the one asked.
    let d = run("لكنه قال إن على واشنطن توضيح الالتباس الحالي حول سياستها في سوريا.", "2018-04-07");
    let e = by_trigger(&d, "REQUEST", "على");
    assert_eq!(e["recipient"]["text"], "واشنطن", "{:#}", d["events"]);
    // ANT (France 24, FR-middleEast-311-20180418): after و, with أن and a verb.
    let d = run("وتابع \"لا تمثل الأزمة في اليمن أي مبرر لهذه القسوة والوحشية، وعلى الحكومة اليمنية أن تنهي هذه الممارسات وتحاسب المسؤولين عنها\".", "2018-04-18");
    by_trigger(&d, "REQUEST", "على");
    // ANT (Sky News Arabia, SK-middleEast-3283-20180808): a duty to understand is a reproach, no demand to act.
    let d = run("واختتم: \"المملكة العربية السعودية ضمن منظومة عربية وإسلامية كبيرة، وعلى كندا أن تفهم أن ما قامت به أمر غير مقبول\".", "2018-08-08");
    assert!(events(&d, "REQUEST").is_empty(), "{:#}", d["events"]);
    // ANT (CNN Arabic, CN-internationalNews-601-20180911): على after a closing quote names, it lays no duty.
    let d = run("وأطلق اسم \"واشنطن\" على العاصمة الأمريكية نسبة للرئيس الأمريكي جورج واشنطن.", "2018-09-11");
    assert!(events(&d, "REQUEST").is_empty(), "{:#}", d["events"]);
    // ANT (BBC Arabic, BB-middleEast-829-20180803): "وعلى رأسهم" is "headed by".
    let d = run("يكرر جميع المسؤولين الإسرائيليين وعلى رأسهم نتنياهو تحذيره لإيران من إقامة قواعد عسكرية في سوريا.", "2018-08-03");
    assert!(events(&d, "REQUEST").is_empty(), "{:#}", d["events"]);
}

#[test]
fn a_quotation_mark_inside_a_phrase_keeps_the_phrase() {
    // eval/news train split (AL-internationalNews-1310-20180525): the quoted consequences kept the strong frame
    // "حذر من عواقب" from matching, and the weak حذر alone was dropped by the domain gate of its report.
    let d = run("أشاد الرئيس الروسي فلاديمير بوتين الخميس بالجهود الأوروبية لإنقاذ الاتفاق النووي الإيراني على الرغم من انسحاب الولايات المتحدة منه وحذر من \"عواقب وخيمة\" إذا لم يتم الحفاظ عليه.", "2018-05-25");
    by_trigger(&d, "THREATEN", "حذر من \"عواقب");
    // ANT (France 24, FR-middleEast-671-20180624, outside every annotated set): the quoted name of the Houthis'
    // channel is still no march (not_triggers.tsv "قناة المسيرة").
    let d = run("أعلنت قناة \"المسيرة\" التابعة للحوثيين الأحد قصف \"مركز معلومات وزارة الدفاع السعودية وأهداف أخرى ملكية بالرياض بدفعة من صواريخ بركان الباليستية\".", "2018-06-24");
    assert!(events(&d, "PROTEST").is_empty(), "{:#}", d["events"]);
}

#[test]
fn halting_nuclear_tests_is_a_concession_and_a_vote_against_a_rejection() {
    // ANT (not annotated): a halt announced ahead, and one welcomed (read before as a SANCTION: "تعليق" as a
    // suspension of ties).
    let d = run("ونقلت وكالة الأنباء الكورية الشمالية الرسمية عن كيم أنه \"اعتبارا من 21 نيسان/أبريل ستوقف كوريا الشمالية التجارب النووية وإطلاق الصواريخ البالستية\".", "2018-04-21");
    assert!(!events(&d, "CONCEDE").is_empty(), "{:#}", d["events"]);
    let d = run("والسبت الماضي، رحّب الرئيس الأميركي دونالد ترامب بإعلان الزعيم الكوري الشمالي كيم جونغ-أون تعليق التجارب النووية والصاروخية.", "2018-04-28");
    assert!(!events(&d, "CONCEDE").is_empty(), "{:#}", d["events"]);
    assert!(events(&d, "SANCTION").is_empty(), "{:#}", d["events"]);
    // ANT (FR-middleEast, not annotated): voting against a draft resolution.
    let d = run("وأيدت 12 دولة من أصل 15 مشروع القرار الأمريكي في حين انضمت بوليفيا إلى روسيا في التصويت ضد مشروع القرار وامتنعت الصين عن التصويت.", "2018-04-10");
    assert!(!events(&d, "REJECT").is_empty(), "{:#}", d["events"]);
}

#[test]
fn cutting_a_partys_funding_is_a_sanction_and_stopping_terrorist_financing_is_no_event() {
    // ANT (Sky News Arabia, SK-middleEast-3615-20180910): the US decision on UNRWA's contributions.
    let d = run("وسيتم بحث دعم الأونروا ماليا، في ضوء القرار الأميركي الأخير بوقف المساهمات المالية الأميركية في ميزانيتها السنوية.", "2018-09-10");
    assert!(!events(&d, "SANCTION").is_empty(), "{:#}", d["events"]);
    // ANT (not annotated): a conference on ending terrorist financing neither gives nor cuts anyone's funding.
    let d = run("وفي ختام مؤتمر دولي حول سبل وقف تمويل الإرهاب، قال الرئيس الفرنسي إيمانويل ماكرون الخميس إن فرنسا ستبقى ملتزمة إلى جانب التحالف الدولي.", "2018-04-26");
    assert!(events(&d, "SANCTION").is_empty() && events(&d, "AID").is_empty(), "{:#}", d["events"]);
}

#[test]
fn readiness_for_talks_is_an_intent_to_negotiate_not_talks_held() {
    // ANT (France 24, FR-internationalNews-1366-20180521, not annotated): Pompeo ready to negotiate; no talks were
    // held, so the negotiation noun is no CONSULT.
    let d = run("لكن بومبيو أبدى انفتاحا إزاء النظام الإيراني، قائلا إنه مستعد للتفاوض معه على \"اتفاق جديد\" أوسع بكثير لكن أكثر صرامة بهدف \"تغيير سلوكه\".", "2018-05-21");
    by_trigger(&d, "AGREE", "مستعد للتفاوض");
    assert!(events(&d, "CONSULT").is_empty(), "{:#}", d["events"]);
    // ANT (FR-internationalNews-1869-20180617): a commitment to dialogue.
    let d = run("ثم أعرب ماكرون عن أمله في تعزيز الحوار بشكل أكبر مع تركيا مذكرا بالتزامه بالحوار السياسي والروابط التاريخية بين فرنسا وتركيا.", "2018-06-17");
    by_trigger(&d, "AGREE", "التزامه بالحوار");
}

#[test]
fn arming_a_party_is_aid_and_an_arms_embargo_or_contract_is_not() {
    // ANT (Sky News Arabia, SK-middleEast-161-20180301): General Votel on Iran arming the Houthis.
    let d = run("وقال الجنرال فوتيل في شهادته أمام لجنة القوات المسلحة في مجلس النواب الأميركي إن استمرار إيران في تسليح الحوثيين يطيل أمد الصراع في اليمن.", "2018-03-01");
    by_trigger(&d, "AID", "تسليح");
    // ANT (BB-middleEast-843-20180806): cancelled arms contracts arm nobody (not_triggers.tsv "عقود تسليح").
    let d = run("وكانت السويد قد سبقت جميع الدول الأوروبية وألغت عقود تسليح مع السعودية عام 2015 بسبب أوضاع حقوق الانسان في السعودية.", "2018-08-06");
    assert!(events(&d, "AID").is_empty(), "{:#}", d["events"]);
    // ANT (not annotated): an arms embargo imposed is a SANCTION, not arming.
    let d = run("صادق مجلس الأمن الدولي بفارق ضئيل لصالح مشروع قرار تقدمت به الولايات المتحدة لفرض حظر تسليح على جنوب السودان.", "2018-07-14");
    assert!(events(&d, "AID").is_empty(), "{:#}", d["events"]);
    assert!(!events(&d, "SANCTION").is_empty(), "{:#}", d["events"]);
}

#[test]
fn calling_accusations_baseless_is_a_rejection_coded_once() {
    // ANT (Sky News Arabia, not annotated): Peskov dismisses the US accusations.
    let d = run("واعتبر الناطق باسم الكرملين ديمتري بيسكوف \"أنها اتهامات لا أساس لها\" بعدما اتهمت الخارجية الأميركية، الثلاثاء، روسيا بأنها \"مسؤولة\" عن هذه الهجمات.", "2018-04-10");
    by_trigger(&d, "REJECT", "لا أساس لها");
    // ANT (FR-internationalNews-1910-20180619): the rejection is رفض; "التي لا أساس لها" after it is no second one.
    let d = run("لكن الرئيس التركي رفض هذه المزاعم التي \"لا أساس لها\" وتقدم بشكوى ضد إينجه.", "2018-06-19");
    assert_eq!(events(&d, "REJECT").len(), 1, "{:#}", d["events"]);
}

#[test]
fn intimidating_a_party_is_a_threat() {
    // ANT (BB-middleEast-600-20180608): the ICRC pulls staff out of Yemen over intimidation by the warring sides.
    let d = run("سحبت اللجنة الدولية للصليب الأحمر أكثر من سبعين من موظفيها الأجانب من اليمن، بسبب ما قالت إنه \"تعرضهم للترهيب من قبل أطراف النزاع في البلاد\".", "2018-06-08");
    by_trigger(&d, "THREATEN", "ترهيب");
}

#[test]
fn a_background_act_after_despite_needs_a_party() {
    // ANT (BBC Arabic, BB-middleEast-582-20180605): a resignation named after على الرغم من, with who resigned, is a
    // background act the annotation codes.
    let d = run("واصل الأردنيون احتجاجاتهم ضد الإجراءات الاقتصادية المقترح تطبيقها على الرغم من استقالة رئيس الوزراء، هاني الملقي.", "2018-06-05");
    by_trigger(&d, "RETREAT", "استقالة");
    // The seed (karabakh): a ceasefire in force named with no party is a standing state, not an event reported here.
    let d = run("تجتمع الأطراف المتصارعة في منطقة ناجورنو كاراباخ في القوقاز للتفاوض على السلام، بالرغم من اتفاق وقف إطلاق النار، إلا أن الجولة الأولى من المفاوضات تشمل العديد من الأزمات.", "2023-09-21");
    assert!(events(&d, "CONCEDE").is_empty(), "{:#}", d["events"]);
    // ANT (not annotated): "despite the end of the Cold War".
    let d = run("ورغم انتهاء الحرب الباردة، لا يزال لدى الولايات المتحدة مئات الصواريخ من نوع مينوتيمان مخبأة في قواعد.", "2018-08-01");
    assert!(events(&d, "ASSAULT").is_empty(), "{:#}", d["events"]);
}
