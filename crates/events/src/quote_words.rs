//! The function words the quote finder reads (data/events/quote_words.tsv): one role a line, validated at load
//! (an unknown, repeated or missing role is an error naming the file and line).

use rasd_text::data::{rows, DataError};
use rasd_text::key;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const FILE: &str = "data/events/quote_words.tsv";
const TEXT: &str = include_str!("../../../data/events/quote_words.tsv");

/// What a function word does for the quote finder; each is one line of the data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A verb of relaying whose subject is the outlet ("نقلت وكالة ... عن"), matched as a stem prefix.
    RelayVerb,
    /// The preposition after the outlet that introduces the one quoted.
    RelayFrom,
    /// A participle before عن naming an issuer ("صادر عن"), matched as a stem prefix.
    IssuedBy,
    /// A word after which a person is an addressee, not the speaker in apposition.
    AddresseePrep,
    /// The relative ما after an attribution cue ("وفق ما").
    AttributionMa,
    /// Particles after a conjunction that are not yet the content ("وقد"، "وإن").
    ContentParticle,
    /// The preposition or pronoun tying a verb to its source ("أفادت به").
    VerbPronoun,
    /// A word before a speech verb that makes it a noun ("في كشف").
    NounBefore,
    /// A word before a speech verb that makes it part of an attribution ("حسبما أعلن").
    AttributionBefore,
    /// The preposition whose noun phrase is what was said ("أعرب عن"), compared with the whole word.
    ExpressedAbout,
    /// The complementizer that opens the content and is left out of it.
    ContentThat,
    /// "على لسان X": the preposition.
    VoicePrep,
    /// "على لسان X": the noun.
    VoiceNoun,
    /// A preposition with its pronoun, never a speaker (whole word).
    NotSpeaker,
    /// The speech verb بين, which may be "between".
    Between,
    /// Words before بين that make it "between".
    BetweenBefore,
    /// Words right before بين after which it is still the verb ("كما بين"، "حيث بين"); after any other word of its
    /// clause it is "between".
    BetweenVerbAfter,
    /// A quantifier that may open a verb's object though it stops a noun phrase ("نفى أي علاقة"، "نفى جميع
    /// التهم"), compared with the whole word.
    ObjectQuantifier,
    /// A passive verb of saying with no speaker before أن: "يذكر أن" (it is worth mentioning that) is the outlet's
    /// background, no quote.
    Impersonal,
    /// A word that opens a heading, not a speaker, before a colon ("شاهد:"، "اقرأ أيضا:"), compared with the stem.
    Heading,
    /// A preposition written as a word that opens a title's complement before the person's name ("المسؤول في
    /// الشركة ألان كراكوفيتش"), compared with the stem.
    TitlePrep,
    /// An attribution cue whose source carries the preposition ل ("وفقا لمفوضية اللاجئين"، "وفقا لما نقلته
    /// الوكالة"), compared with the whole word.
    AttributionLam,
    /// A noun of saying with the speaker's pronoun ("حسب قوله"، "على حد تعبيره"): the speaker is the one the
    /// clause is about, compared with the stem.
    OwnWords,
    /// The head of a source named bare after an attribution cue ("وفق المرصد"، "بحسب مسؤول"، "وفقا لمصادر
    /// أمنية"), compared with the stem.
    SourceHead,
    /// A noun a name in quotation marks follows in an attribution, not a quote (لصحيفة "هآرتس"، على "تويتر"),
    /// compared with the stem or the whole word.
    NameHead,
    /// A word before أن that makes it a clause of time, not the complement of a verb of saying ("بعد أن"، "قبل
    /// أن"), compared with the stem or the whole word.
    TemporalBefore,
    /// A word before بعد/قبل that makes it an adverb ("فيما بعد": later), whose أن is a complement again.
    TemporalAdverbAfter,
    /// A rank or honorific between a title's comma and the person's name ("قائد اللواء 143 مشاة، العميد ذياب
    /// القبلي"), compared with the stem.
    Rank,
    /// A noun naming a person by trade or role that is no title head of words.tsv (it heads no construct chain of
    /// offices) but is read as a title before a name the entity finder missed ("طبيب المنتخب البرازيلي رودريغو
    /// لاسمر"، "محامي السكان علاء محاجنة"), compared with the stem.
    PersonTitle,
    /// A verb of telling or of pointing that, inside the unquoted content of an earlier quote of its sentence, is
    /// that speaker's report, not a quote of its own ("قال إنه أخبر الرئيس ترامب بأنه"، "معلومات موثوقة تشير إلى
    /// أن"), compared with the stem.
    NestedReport,
    /// A participle of manner after a verb of saying, never its subject ("وقالت معلقة على"، "وتابعت معتذرة"),
    /// compared with the stem.
    Manner,
    /// An indefinite part of a group opening a speaker's phrase, the group in construct after it ("قال أحد
    /// المقاتلين"، "بعض الخبراء يقولون"), compared with the stem or the whole word.
    Partitive,
    /// A word that opens a clause, after which a noun phrase right before a verb of saying is its subject ("ولكن
    /// مجموعات مناهضة الإجهاض تقول إن"), compared with the stem or the whole word.
    ClauseOpener,
    /// A word whose first letters ال are not the article: a relative pronoun or a verb of the form افتعل of a root in
    /// ل ("اللذان"، "التقت"), never a definite noun naming a speaker; compared with the whole word past و/ف.
    FalseArticle,
    /// The word before أن that makes an adversative "but" of it at the start of a sentence ("إلا أن ساندرز طعن"،
    /// "غير أن الوزير"), not a complementizer; compared with the stem or the whole word.
    Adversative,
    /// A given name that key-folds onto a function word written with ى ("علي" and "على"): as written with ي, a name,
    /// not a word that stops it; compared with the key.
    YaName,
    /// A verb of accusing, no verb of saying elsewhere (data/events/speech.tsv lists it not): its quote is the
    /// clause after بأن that says what the accused did ("اتهم ترامب غوغل، في تغريدة سابقة، بأنها تعطي"), compared
    /// with the stem.
    AccuseVerb,
    /// The words that open an accusation's clause (بأن with its pronoun: "بأنها"), compared with the whole word.
    AccusedThat,
    /// A verb of speaking about, no verb of saying elsewhere: its quote is an أن clause right after the speaker or
    /// after عن ("وتتحدث التقارير أن المعركة"، "وتحدث جنرال روسي، الخميس، عن أن بلاده"), compared with the stem.
    SpeakThatVerb,
    /// The proclitic preposition of an accusation's charge ("اتهمه بالتخطيط"): a word carrying it before بأن is the
    /// charge, and بأن then belongs to it; compared with the proclitic alone.
    ChargePrep,
    /// A masculine perfect verb of saying that opens with ت (the fifth and sixth forms: "تابع"، "تحدث"، "تساءل"), not
    /// the feminine imperfect its first letter looks like ("تقول"); compared with the stem.
    PastInTa,
    /// A verb whose complement in quotation marks is its subject's words, though it is no verb of saying ("ندد
    /// بـ"..."، "دعا إلى "...""), compared with the stem.
    MarkVerb,
    /// The participle of a `MarkVerb` after a clause ("، مشيرا إلى "...""), compared with the stem.
    MarkParticiple,
    /// A relative before a `MarkVerb` that makes its quotation a label ("ما وصفه بـ"...""), compared with the whole
    /// word.
    MarkLabelBefore,
    /// The preposition written as a word between a `MarkVerb` and its quotation ("بـ"، "إلى").
    MarkPrep,
    /// A word before أن that makes it an adverbial clause, not the complement of a verb of saying ("بدون أن تعلن"،
    /// "رغم أن"), after a quotation in the attribution (`complement_start`); compared with the stem or the word.
    AdverbialThatBefore,
    /// A word that opens a new clause after a quotation ("عاصمتها "الأبدية والموحدة"، في حين يطالب"): what follows is
    /// no longer the attribution the quotation might name a party of; compared with the word past و/ف.
    ClauseAfterQuotation,
    /// A verb of saying that is one only as written, past و/ف: with an object pronoun it says nothing ("أقر بأنه"
    /// admitted that, but "القانون الذي أقره البرلمان" approved it), nor with a letter the matcher reads as a clitic
    /// (the name "محمد باقر"، "اقرأ أيضا" read); compared with the speech table's form.
    NoObjectPronoun,
}

const ROLES: [(&str, Role); 48] = [
    ("relay_verb", Role::RelayVerb),
    ("relay_from", Role::RelayFrom),
    ("issued_by", Role::IssuedBy),
    ("addressee_prep", Role::AddresseePrep),
    ("attribution_ma", Role::AttributionMa),
    ("content_particle", Role::ContentParticle),
    ("verb_pronoun", Role::VerbPronoun),
    ("noun_before", Role::NounBefore),
    ("attribution_before", Role::AttributionBefore),
    ("expressed_about", Role::ExpressedAbout),
    ("content_that", Role::ContentThat),
    ("voice_prep", Role::VoicePrep),
    ("voice_noun", Role::VoiceNoun),
    ("not_speaker", Role::NotSpeaker),
    ("between", Role::Between),
    ("between_before", Role::BetweenBefore),
    ("between_verb_after", Role::BetweenVerbAfter),
    ("object_quantifier", Role::ObjectQuantifier),
    ("impersonal", Role::Impersonal),
    ("heading", Role::Heading),
    ("title_prep", Role::TitlePrep),
    ("attribution_lam", Role::AttributionLam),
    ("own_words", Role::OwnWords),
    ("source_head", Role::SourceHead),
    ("name_head", Role::NameHead),
    ("temporal_before", Role::TemporalBefore),
    ("temporal_adverb_after", Role::TemporalAdverbAfter),
    ("rank", Role::Rank),
    ("person_title", Role::PersonTitle),
    ("nested_report", Role::NestedReport),
    ("manner", Role::Manner),
    ("partitive", Role::Partitive),
    ("clause_opener", Role::ClauseOpener),
    ("false_article", Role::FalseArticle),
    ("adversative", Role::Adversative),
    ("ya_name", Role::YaName),
    ("accuse_verb", Role::AccuseVerb),
    ("accused_that", Role::AccusedThat),
    ("speak_that_verb", Role::SpeakThatVerb),
    ("charge_prep", Role::ChargePrep),
    ("past_in_ta", Role::PastInTa),
    ("mark_verb", Role::MarkVerb),
    ("mark_participle", Role::MarkParticiple),
    ("mark_label_before", Role::MarkLabelBefore),
    ("mark_prep", Role::MarkPrep),
    ("adverbial_that_before", Role::AdverbialThatBefore),
    ("clause_after_quotation", Role::ClauseAfterQuotation),
    ("no_object_pronoun", Role::NoObjectPronoun),
];

/// The words of each role, key-folded.
#[derive(Debug)]
pub struct QuoteWords {
    words: Vec<FxHashSet<String>>,
}

impl QuoteWords {
    pub fn get() -> &'static QuoteWords {
        static W: OnceLock<QuoteWords> = OnceLock::new();
        W.get_or_init(|| QuoteWords::try_load(TEXT).unwrap_or_else(|e| panic!("quote words: {e}")))
    }

    /// Load and validate a text of the data file's format.
    pub fn try_load(text: &str) -> Result<QuoteWords, DataError> {
        let mut words: Vec<Option<FxHashSet<String>>> = vec![None; ROLES.len()];
        let mut last_line = 0;
        for r in rows(FILE, text) {
            last_line = r.line;
            let name = r.field(0, "role")?;
            let Some(i) = ROLES.iter().position(|(n, _)| *n == name) else {
                return Err(r.error(format!("role {name:?} is not one the quote finder reads")));
            };
            if words[i].is_some() {
                return Err(r.error(format!("role {name:?} is given twice")));
            }
            let mut set = FxHashSet::default();
            for w in r.field(1, "words")?.split(',').map(str::trim) {
                if w.is_empty() || w.contains(' ') {
                    return Err(r.error(format!("role {name:?}: {w:?} is not one word")));
                }
                set.insert(key(w));
            }
            words[i] = Some(set);
        }
        let mut out = Vec::with_capacity(ROLES.len());
        for (i, w) in words.into_iter().enumerate() {
            match w {
                Some(w) => out.push(w),
                None => return Err(DataError { file: FILE, line: last_line, what: format!("role {:?} is missing", ROLES[i].0) }),
            }
        }
        Ok(QuoteWords { words: out })
    }

    fn set(&self, role: Role) -> &FxHashSet<String> {
        &self.words[role as usize]
    }

    /// Is `form` (a word's folded stem or whole word) one of the words of `role`?
    pub fn is(&self, role: Role, form: &str) -> bool {
        self.set(role).contains(form)
    }

    /// Is the word, as written (its stem) or key-folded, one of the words of `role`?
    pub fn is_word(&self, role: Role, w: &rasd_text::Word) -> bool {
        self.is(role, &w.bare) || self.is(role, &w.key)
    }

    /// Is the word, past its conjunction و/ف, one of the words of `role`?
    pub fn is_past_conj(&self, role: Role, w: &rasd_text::Word) -> bool {
        self.is(role, &w.key) || (w.split.conj > 0 && self.is(role, &w.key.chars().skip(w.split.conj as usize).collect::<String>()))
    }

    /// Does `form` start with one of the words of `role`?
    pub fn starts(&self, role: Role, form: &str) -> bool {
        self.set(role).iter().any(|p| form.starts_with(p.as_str()))
    }
}

const FEMALE_FILE: &str = "data/events/female_names.txt";
const FEMALE_TEXT: &str = include_str!("../../../data/events/female_names.txt");

/// Women's given names (data/events/female_names.txt, one a line), key-folded: a person named with one is the
/// subject a feminine verb of saying agrees with ("قالت كاتي والدمان"), though the name has no feminine ending. Only
/// names that are not also men's names are listed. The environment variable RASD_FEMALE_NAMES may name another file
/// of the same format (a candidate list measured before it is built in).
#[derive(Debug)]
pub struct FemaleNames {
    names: FxHashSet<String>,
}

impl FemaleNames {
    pub fn get() -> &'static FemaleNames {
        static W: OnceLock<FemaleNames> = OnceLock::new();
        W.get_or_init(|| FemaleNames::try_load(&crate::model_text("RASD_FEMALE_NAMES", FEMALE_TEXT)).unwrap_or_else(|e| panic!("female names: {e}")))
    }

    /// Load and validate a text of the file's format: one name a line, one word of Arabic letters, none twice.
    pub fn try_load(text: &str) -> Result<FemaleNames, DataError> {
        let mut names = FxHashSet::default();
        for r in rows(FEMALE_FILE, text) {
            let n = r.field(0, "name")?.trim();
            if n.is_empty() || !n.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
                return Err(r.error(format!("{n:?} is not one word of Arabic letters")));
            }
            if !names.insert(key(n)) {
                return Err(r.error(format!("{n:?} is listed twice")));
            }
        }
        Ok(FemaleNames { names })
    }

    /// Is `form` (a word's folded key) a woman's given name?
    pub fn is(&self, form: &str) -> bool {
        self.names.contains(form)
    }
}

const OBJECT_FILE: &str = "data/events/object_verbs.tsv";
const OBJECT_TEXT: &str = include_str!("../../../data/events/object_verbs.tsv");

/// How a verb of saying takes the object that is what was said: bare ("أكد وقوف بلاده"), after a preposition
/// written as a word ("أعلن عن ضبط"، "أشار إلى وجود"), or after the proclitic ب ("اعترف بدفع").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectFrame {
    pub bare: bool,
    pub clitic_b: bool,
    /// Prepositions written as words, key-folded.
    pub preps: Vec<String>,
}

/// The verbs of data/events/object_verbs.tsv: a verb form (stem) to its object frame. The environment variable
/// RASD_OBJECT_VERBS may name another file of the same format (a candidate lexicon measured before it is built in).
#[derive(Debug)]
pub struct ObjectVerbs {
    frames: rustc_hash::FxHashMap<String, ObjectFrame>,
}

impl ObjectVerbs {
    pub fn get() -> &'static ObjectVerbs {
        static W: OnceLock<ObjectVerbs> = OnceLock::new();
        W.get_or_init(|| ObjectVerbs::try_load(&crate::model_text("RASD_OBJECT_VERBS", OBJECT_TEXT)).unwrap_or_else(|e| panic!("object verbs: {e}")))
    }

    /// Load and validate a text of the data file's format: forms (comma-separated stems), frames (comma-separated:
    /// `-` bare, `ب` the proclitic, or a preposition of one word), a note.
    pub fn try_load(text: &str) -> Result<ObjectVerbs, DataError> {
        let mut frames = rustc_hash::FxHashMap::default();
        for r in rows(OBJECT_FILE, text) {
            let mut f = ObjectFrame::default();
            for p in r.field(1, "frames")?.split(',').map(str::trim) {
                match p {
                    "-" => f.bare = true,
                    "ب" => f.clitic_b = true,
                    _ if p.chars().count() >= 2 && !p.contains(' ') && p.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) => f.preps.push(key(p)),
                    _ => return Err(r.error(format!("frame {p:?} is not -, ب or a one-word Arabic preposition"))),
                }
            }
            for w in r.field(0, "forms")?.split(',').map(str::trim) {
                if w.is_empty() || w.contains(' ') {
                    return Err(r.error(format!("form {w:?} is not one word")));
                }
                if frames.insert(key(w), f.clone()).is_some() {
                    return Err(r.error(format!("form {w:?} is listed twice")));
                }
            }
        }
        Ok(ObjectVerbs { frames })
    }

    /// The object frame of a verb form (its folded stem), if it says its object.
    pub fn frame(&self, form: &str) -> Option<&ObjectFrame> {
        self.frames.get(form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_validates_and_folds() {
        let w = QuoteWords::get();
        assert!(w.is(Role::RelayFrom, "عن"));
        assert!(w.starts(Role::RelayVerb, "نقلت"));
        assert!(!w.is(Role::ContentThat, "انه"));
        assert!(w.is(Role::MarkVerb, &key("أشادت")) && w.is(Role::MarkPrep, &key("إلى")) && w.is(Role::MarkLabelBefore, &key("مما")));
    }

    /// A `no_object_pronoun` word is compared with the first word of the speech pattern a cue matched
    /// (quotes.rs): one that is no such word never acts.
    #[test]
    fn no_object_pronoun_words_open_speech_patterns() {
        let speech = &crate::lexicon::Lexicon::get().speech;
        let set = QuoteWords::get().set(Role::NoObjectPronoun);
        assert!(!set.is_empty());
        for w in set {
            assert!(speech.patterns.iter().any(|p| p.words[0] == *w), "no_object_pronoun {w:?} is the first word of no data/events/speech.tsv pattern");
        }
    }

    #[test]
    fn the_object_verbs_validate() {
        let v = ObjectVerbs::try_load(OBJECT_TEXT).unwrap();
        let f = v.frame(&key("أكد")).unwrap();
        assert!(f.bare && !f.clitic_b && f.preps == [key("على")]);
        let b = ObjectVerbs::try_load("اعترف,يعترف\tب\n").unwrap();
        assert!(b.frame(&key("يعترف")).is_some_and(|f| f.clitic_b && !f.bare));
        assert!(v.frame(&key("قال")).is_none());
        let e = ObjectVerbs::try_load("أكد\tx\n").unwrap_err();
        assert!(e.to_string().contains("is not -, ب"), "{e}");
        let e = ObjectVerbs::try_load("أكد\t-\nأكد\tب\n").unwrap_err();
        assert_eq!(e.to_string(), "data/events/object_verbs.tsv:2: form \"أكد\" is listed twice");
    }

    #[test]
    fn the_female_names_validate() {
        let f = FemaleNames::try_load(FEMALE_TEXT).unwrap();
        assert!(f.is(&key("مريم")) && f.is(&key("كاتي")) && !f.is(&key("محمد")));
        let e = FemaleNames::try_load("مريم\nمريم\n").unwrap_err();
        assert_eq!(e.to_string(), "data/events/female_names.txt:2: \"مريم\" is listed twice");
        let e = FemaleNames::try_load("Mary\n").unwrap_err();
        assert!(e.to_string().contains("is not one word of Arabic letters"), "{e}");
    }

    #[test]
    fn malformed_rows_fail_with_file_and_line() {
        let full: String = TEXT.to_string();
        let e = QuoteWords::try_load(&format!("{full}\nrelay_verbs\tنقل\n")).unwrap_err();
        assert!(e.to_string().contains("\"relay_verbs\" is not one the quote finder reads"), "{e}");
        let e = QuoteWords::try_load(&format!("{full}\nrelay_verb\tنقل\n")).unwrap_err();
        assert!(e.to_string().contains("given twice"), "{e}");
        let e = QuoteWords::try_load("relay_verb\tنقل\n").unwrap_err();
        assert_eq!(e.to_string(), "data/events/quote_words.tsv:1: role \"relay_from\" is missing");
        let e = QuoteWords::try_load(&full.replace("relay_verb\tنقل", "relay_verb\tنقل,,x")).unwrap_err();
        assert!(e.to_string().contains("is not one word"), "{e}");
    }
}
