//! Behaviour of the knowledge base on real text: the seed report (data/seed/karabakh.txt, 2023-09-21) and ANT
//! corpus sentences (ids given). No shared data is read at test time.

use rasd_kb::*;

const SEED_DATE: Option<Date> = Some(jiff::civil::date(2023, 9, 21));

#[test]
fn seed_people_link_across_scripts() {
    let kb = actors();
    // "الرئيس الأذري إلهام علييف" and later "ممثل علييف" (seed, paragraphs 9 and 14).
    let full = kb.lookup_arabic("إلهام علييف", SEED_DATE).expect("Ilham Aliyev");
    assert_eq!(full.name, "Ilham Aliyev");
    assert_eq!((full.country, full.role), (Some("AZE"), Some("GOV")));
    // The curated short form: the president, not another Aliyev.
    let short = kb.lookup_arabic("علييف", SEED_DATE).expect("surname alone");
    assert_eq!((short.name, short.kind), ("Ilham Aliyev", MatchKind::Arabic));
    // "ديمتري بيسكوف، المتحدث باسم الكرملين" (seed, paragraph 11). PETRARCH has him only in the Arabic dictionary
    // (spelled دميتري); the curated entry gives the English name and replaces that one.
    let p = kb.lookup_arabic("ديمتري بيسكوف", SEED_DATE).expect("Dmitry Peskov");
    assert_eq!((p.name, p.country, p.role), ("Dmitry Peskov", Some("RUS"), Some("GOV")));
    // "نيكول باشينيان، رئيس وزراء أرمينيا" (seed, paragraph 21): PM since 2018.
    let p = kb.lookup_arabic("نيكول باشينيان", SEED_DATE).expect("Nikol Pashinyan");
    assert_eq!((p.name, p.country, p.role), ("Nikol Pashinyan", Some("ARM"), Some("GOV")));
    // "وزير الخارجية الروسي سيرغي لافروف" (ANT style; written for this test).
    let l = kb.lookup_arabic("سيرغي لافروف", Some(jiff::civil::date(2018, 5, 1))).expect("Sergei Lavrov");
    assert!(l.name.contains("Lavrov"), "{l:?}");
    assert_eq!((l.country, l.role), (Some("RUS"), Some("GOV")));
}

#[test]
fn unknown_or_ambiguous_names_are_not_guessed() {
    let kb = actors();
    // "ديفيد باباجان" (seed) is not in PETRARCH: no link rather than a wrong one.
    assert!(kb.lookup_arabic("ديفيد باباجان", SEED_DATE).is_none());
    // A common first name alone matches many people with no clear leader among them.
    assert!(kb.lookup_arabic("محمد", SEED_DATE).is_none());
}

#[test]
fn roles_follow_the_date() {
    let kb = actors();
    // Ilham Aliyev became president of Azerbaijan on 2003-10-31; before that PETRARCH codes him as elite (AZEELI).
    let before = kb.lookup_arabic("إلهام علييف", Some(jiff::civil::date(2001, 6, 1))).unwrap();
    let after = kb.lookup_arabic("إلهام علييف", Some(jiff::civil::date(2010, 6, 1))).unwrap();
    assert_eq!(before.country, Some("AZE"));
    assert_eq!(before.role, Some("ELI"));
    assert_eq!(after.role, Some("GOV"));
    // Heydar Aliyev was president 1993-2003, an elite figure before.
    let heydar = kb.lookup_latin("Heydar Aliyev", Some(jiff::civil::date(1995, 1, 1))).unwrap();
    assert_eq!(heydar.role, Some("GOV"));
    let heydar = kb.lookup_latin("Heydar Aliyev", Some(jiff::civil::date(1985, 1, 1))).unwrap();
    assert_eq!(heydar.role, Some("ELI"));
}

/// (name, country, role) of a lookup, for compact assertions.
fn ncr(m: Option<ActorMatch>) -> Option<(&'static str, Option<&'static str>, Option<&'static str>)> {
    m.map(|m| (m.name, m.country, m.role))
}

#[test]
fn curated_people_have_current_roles() {
    let kb = actors();
    // "الرئيس الأمريكي دونالد ترامب" (ANT, 2018) and the short forms "ترامب" / "ترمب" of Arabic news.
    for name in ["دونالد ترامب", "ترامب", "ترمب"] {
        assert_eq!(ncr(kb.lookup_arabic(name, Some(jiff::civil::date(2018, 5, 30)))), Some(("Donald Trump", Some("USA"), Some("GOV"))), "{name}");
    }
    // Before his term he is no government actor: a candidate in 2016, a businessman before, out of office in 2022.
    let t = kb.lookup_arabic("ترامب", Some(jiff::civil::date(2016, 6, 1))).unwrap();
    assert_eq!((t.country, t.role), (Some("USA"), Some("OPP")));
    assert_eq!(kb.lookup_arabic("دونالد ترامب", Some(jiff::civil::date(2012, 1, 1))).unwrap().role, Some("BUS"));
    assert_eq!(kb.lookup_arabic("ترامب", Some(jiff::civil::date(2022, 3, 1))).unwrap().role, Some("OPP"));
    // The inauguration day belongs to the new term.
    assert_eq!(kb.lookup_arabic("ترامب", Some(jiff::civil::date(2017, 1, 20))).unwrap().role, Some("GOV"));
    // "الرئيس الفرنسي إيمانويل ماكرون" (ANT, 2018).
    assert_eq!(ncr(kb.lookup_arabic("ماكرون", Some(jiff::civil::date(2018, 3, 26)))), Some(("Emmanuel Macron", Some("FRA"), Some("GOV"))));
    // "المتحدث باسم الكرملين ديمتري بيسكوف" (seed), by surname alone.
    assert_eq!(ncr(kb.lookup_arabic("بيسكوف", SEED_DATE)), Some(("Dmitry Peskov", Some("RUS"), Some("GOV"))));
    // "رئيس الوزراء الأرميني باشينيان" (seed): prime minister since 2018, an opposition leader before.
    assert_eq!(ncr(kb.lookup_arabic("باشينيان", Some(jiff::civil::date(2023, 9, 21)))), Some(("Nikol Pashinyan", Some("ARM"), Some("GOV"))));
    assert_eq!(kb.lookup_arabic("باشينيان", Some(jiff::civil::date(2015, 1, 1))).unwrap().role, Some("OPP"));
}

#[test]
fn igo_officials_carry_no_country() {
    let kb = actors();
    // "الأمين العام للأمم المتحدة أنطونيو غوتيريش" (seed, paragraph 17): a UN official, not Portugal.
    for name in ["غوتيريش", "أنطونيو غوتيريش", "جوتيريش"] {
        let g = kb.lookup_arabic(name, SEED_DATE).expect(name);
        assert_eq!((g.name, g.country, g.role), ("Antonio Guterres", None, Some("IGO")), "{name}");
    }
    // As Portugal's prime minister (1995-2002) he was.
    assert_eq!(ncr(kb.lookup_arabic("غوتيريش", Some(jiff::civil::date(2000, 1, 1)))), Some(("Antonio Guterres", Some("PRT"), Some("GOV"))));
    // The PETRARCH Arabic spelling "انتوونيو جوتيرس" now leads to the curated entry.
    assert_eq!(kb.lookup_arabic("انتوونيو جوتيرس", SEED_DATE).unwrap().role, Some("IGO"));
    // "المبعوث الأممي غسان سلامة" (Libya envoy 2017-2020) and by surname.
    assert_eq!(ncr(kb.lookup_arabic("سلامة", Some(jiff::civil::date(2018, 6, 5)))), Some(("Ghassan Salamé", None, Some("IGO"))));
}

#[test]
fn shared_curated_names_follow_the_date() {
    let kb = actors();
    // "الحريري": Rafic as prime minister in 2003, his son Saad in 2018.
    assert_eq!(kb.lookup_arabic("الحريري", Some(jiff::civil::date(2003, 1, 1))).unwrap().name, "Rafic Hariri");
    assert_eq!(kb.lookup_arabic("الحريري", Some(jiff::civil::date(2018, 1, 1))).unwrap().name, "Saad Hariri");
    // "الرئيس عون": Michel Aoun while president, the army commander Joseph Aoun after his 2025 election.
    assert_eq!(kb.lookup_arabic("عون", Some(jiff::civil::date(2018, 1, 1))).unwrap().name, "Michel Aoun");
    assert_eq!(kb.lookup_arabic("عون", Some(jiff::civil::date(2025, 3, 1))).unwrap().name, "Joseph Aoun");
    // "الملك عبد الله" was both the Saudi and the Jordanian king in 2010: no guess. After 2015 only Jordan's.
    assert!(kb.lookup_arabic("الملك عبد الله", Some(jiff::civil::date(2010, 1, 1))).is_none());
    assert_eq!(kb.lookup_arabic("الملك عبد الله", Some(jiff::civil::date(2018, 1, 1))).unwrap().country, Some("JOR"));
    // The Quds Force commander killed in 2020 keeps his country after his last role ended.
    assert_eq!(ncr(kb.lookup_arabic("قاسم سليماني", Some(jiff::civil::date(2021, 1, 3)))), Some(("Qassem Soleimani", Some("IRN"), Some("MIL"))));
}

#[test]
fn demonyms_in_every_form() {
    // Seed: "الرئيس الأذري", "العملية العسكرية الأذرية", "الجانب الأذربيجاني".
    assert_eq!(demonym("الأذري"), Some("AZE"));
    assert_eq!(demonym("الأذرية"), Some("AZE"));
    assert_eq!(demonym("الأذربيجاني"), Some("AZE"));
    assert_eq!(demonym("الأمريكية"), Some("USA"));
    assert_eq!(demonym("الأميركية"), Some("USA"));
    assert_eq!(demonym("الروس"), Some("RUS"));
    assert_eq!(demonym("الإيرانيين"), Some("IRN"));
    assert_eq!(demonym("والإسرائيليون"), Some("ISR"));
    assert_eq!(demonym("الفلسطينيات"), Some("PSE"));
    assert_eq!(demonym("الكورية الجنوبية"), Some("KOR"));
    assert_eq!(demonym("أرمني"), Some("ARM"));
    // "المالية" is finance (وزارة المالية), not Malian; "الرئيس" is no demonym.
    assert_eq!(demonym("المالية"), None);
    assert_eq!(demonym("الرئيس"), None);
}

#[test]
fn countries_by_arabic_name() {
    assert_eq!(country_by_name("أذربيجان").map(|c| c.iso3), Some("AZE"));
    assert_eq!(country_by_name("وأمريكا").map(|c| c.iso3), Some("USA"));
    assert_eq!(country_by_name("المملكة العربية السعودية").map(|c| c.iso3), Some("SAU"));
    assert_eq!(country_by_name("لأرمينيا").map(|c| c.iso3), Some("ARM"));
    assert!(country_by_name("الكرملين").is_none());
}

#[test]
fn tripoli_follows_the_document() {
    let g = gazetteer();
    // AL-internationalNews-148-20180221: "اعتقل في مدينة طرابلس بشمال لبنان".
    let lb = "وأضاف المصدر أن الرجل، وهو سوري الجنسية ويدعى \"سعود\"، اعتقل في مدينة طرابلس بشمال لبنان";
    let p = g.resolve("طرابلس", &GeoContext::from_text(lb)).unwrap();
    assert_eq!(p.country.as_deref(), Some("LBN"));
    // AL-internationalNews-1830-20180708: Sarkozy's "أموال ليبية ... لم تسلمها طرابلس".
    let ly = "حض محامي الرئيس الفرنسي الأسبق نيكولا ساركوزي المتهم بتمويل حملته الرئاسية في 2007 بأموال ليبية، \
              نيابة باريس للحصول على شهادات للدفاع عن موكله لم تسلمها طرابلس";
    let p = g.resolve("طرابلس", &GeoContext::from_text(ly)).unwrap();
    assert_eq!(p.country.as_deref(), Some("LBY"));
    assert_eq!(p.geonameid, Some(2210247));
    // With proclitics and no context: the larger Tripoli.
    let p = g.resolve("وبطرابلس", &GeoContext::new()).unwrap();
    assert_eq!(p.country.as_deref(), Some("LBY"));
}

#[test]
fn dateline_decides_when_the_text_does_not() {
    let g = gazetteer();
    let mut ctx = GeoContext::new();
    ctx.dateline = g.resolve_id("بيروت", &GeoContext::new());
    assert_eq!(g.resolve("طرابلس", &ctx).unwrap().country.as_deref(), Some("LBN"));
}

#[test]
fn seed_places() {
    let g = gazetteer();
    // Seed paragraph 3: "وقالت أذربيجان، إنه تمت في مدينة يفلاكس مناقشة قضايا إعادة دمج السكان الأرمن في كاراباخ".
    let text = "وقالت أذربيجان، إنه تمت في مدينة يفلاكس مناقشة قضايا إعادة دمج السكان الأرمن في كاراباخ";
    let ctx = GeoContext::from_text(text);
    assert!(ctx.countries.contains_key("AZE"));
    let y = g.resolve("يفلاكس", &ctx).expect("Yevlakh by transliteration");
    assert_eq!((y.name.as_str(), y.country.as_deref()), ("Yevlakh", Some("AZE")));
    // Without Azerbaijan in the document there is no basis for the transliterated match.
    assert!(g.resolve("يفلاكس", &GeoContext::new()).is_none());
    let s = g.resolve("ستيباناكيرت", &ctx).unwrap();
    assert_eq!(s.name, "Stepanakert");
    let k = g.resolve("ناجورنو كاراباخ", &ctx).unwrap();
    assert_eq!((k.name.as_str(), k.country.as_deref(), k.kind), ("Nagorno-Karabakh", Some("AZE"), PlaceKind::Region));
    assert_eq!(g.resolve("وأذربيجان", &ctx).unwrap().kind, PlaceKind::Country);
    // "جنيف" (seed paragraph 17) is the Swiss city.
    assert_eq!(g.resolve("جنيف", &ctx).unwrap().country.as_deref(), Some("CHE"));
    // "قطاع غزة": the curated region.
    assert_eq!(g.resolve("قطاع غزة", &GeoContext::new()).unwrap().name, "Gaza Strip");
}

#[test]
fn cues_from_the_seed() {
    // "ديمتري بيسكوف، المتحدث باسم الكرملين" and "نيكول باشينيان، رئيس وزراء أرمينيا" (seed).
    let words: Vec<&str> = "المتحدث باسم الكرملين".split(' ').collect();
    let m = match_cues(&words);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!((m[0].start, m[0].len, m[0].cue.kind), (0, 2, CueKind::Title));
    assert_eq!(m[1].cue.role, Some("GOV"));
    let words: Vec<&str> = "رئيس وزراء أرمينيا".split(' ').collect();
    let m = match_cues(&words);
    assert_eq!((m[0].len, m[0].cue.role), (2, Some("GOV")));
    assert_eq!(cue("وزارة").map(|c| (c.kind, c.role)), Some((CueKind::OrgHead, Some("GOV"))));
    assert_eq!(cue("والمتظاهرين").map(|c| (c.kind, c.role)), Some((CueKind::GroupNoun, Some("CVL"))));
    assert_eq!(cue("الانفصاليين").map(|c| c.role), Some(Some("REB")));
    assert!(cue("مناقشة").is_none());
}

#[test]
fn cues_may_carry_a_country() {
    // Settlers in Arabic news are Israeli settlers, in every form ("مستوطني براخة", GSR dev 2008-10-12).
    for w in ["المستوطنين", "ومستوطنون", "مستوطني", "المستوطن"] {
        assert_eq!(cue(w).map(|c| (c.kind, c.country)), Some((CueKind::GroupNoun, Some("ISR"))), "{w}");
    }
    // Most cues imply none; a note in the last column is no country.
    assert_eq!(cue("المتظاهرين").and_then(|c| c.country), None);
    assert_eq!(cue("المتحدث باسم").map(|c| (c.role, c.country)), Some((None, None)));
    assert!(cue_entries().iter().all(|c| c.country.is_none_or(|iso| country_by_iso3(iso).is_some())));
}

#[test]
fn skeletons_do_not_straddle_word_breaks() {
    let kb = actors();
    // ANT (2018, on Syrian refugees), "وقالت الخارجية السورية إن كثيرا من النازحين داخليا عادوا": the ministry's
    // two words (KRG SR) are no Karu Jayasuriya (KR GSR).
    let m = kb.lookup_arabic("الخارجية السورية", Some(jiff::civil::date(2018, 7, 1)));
    assert!(m.is_none_or(|m| m.name != "Karu Jayasuriya"), "{m:?}");
    // ANT: "دولة الإمارات" is no Ehud Olmert, "الرئاسة الروسية" no "Harris And Harris" (an organisation's first and
    // last words are not a short form of it).
    assert!(kb.lookup_arabic("دولة الإمارات", Some(jiff::civil::date(2018, 5, 1))).is_none_or(|m| m.name != "Ehud Olmert"));
    assert!(kb.lookup_arabic("الرئاسة الروسية", Some(jiff::civil::date(2018, 5, 1))).is_none_or(|m| m.name != "Harris And Harris"));
    assert!(kb.lookup_arabic("اتحاد جدة", Some(jiff::civil::date(2018, 5, 1))).is_none_or(|m| m.name != "Tawhid And Jihad"));
    // Word-by-word matches still link (ANT 2018 spellings).
    let m = kb.lookup_arabic("ستيفن منوتشين", Some(jiff::civil::date(2018, 5, 1))).expect("Steven Mnuchin");
    assert_eq!((m.name, m.country, m.kind), ("Steven Mnuchin", Some("USA"), MatchKind::Skeleton));
    let m = kb.lookup_arabic("هورست سيهوفر", Some(jiff::civil::date(2018, 5, 1))).expect("Horst Seehofer");
    assert_eq!((m.name, m.country), ("Horst Seehofer", Some("DEU")));
}

#[test]
fn people_and_organisations() {
    let kb = actors();
    let id = |n: &str| kb.lookup_arabic(n, Some(jiff::civil::date(2018, 5, 1))).unwrap_or_else(|| panic!("{n}")).actor;
    assert!(kb.is_person(id("ستيفن منوتشين")));
    assert!(kb.is_person(id("إلهام علييف")));
    // PETRARCH's White House (USAGOV, open-ended) is an organisation.
    assert!(!kb.is_person(id("البيت الأبيض")));
}

#[test]
fn every_kb_data_file_validates() {
    if let Err(e) = rasd_kb::validate_data() {
        panic!("{e}");
    }
}
