//! Candidate mentions from every source, and their merge into non-overlapping spans.

use crate::lists::{cue_at, lists, Lists, Org};
use crate::memo::WordMemo;
use crate::Kind;
use rasd_kb::{gazetteer, CueKind, Gazetteer, MatchKind, PlaceId, PlaceKind};
use rasd_text::{Analysis, WordKind};
use std::ops::ControlFlow;

/// Where a candidate came from; on equal spans the higher wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Src {
    /// A KB person after a title: a mention only as long as the link stands.
    Title = 0,
    /// A short form or repeat of a person named in full in the document.
    Kb = 1,
    /// A gazetteer city the tagger missed.
    City = 2,
    Ner = 3,
    /// Head noun + complement.
    Pattern = 4,
    /// A gazetteer country or curated region: more certain than the tagger's type.
    Country = 5,
    /// A named organisation (orgs.tsv).
    Named = 6,
}

#[derive(Clone, Debug)]
pub struct Cand {
    pub ws: usize,
    pub we: usize,
    pub kind: Kind,
    pub src: Src,
    pub org: Option<&'static Org>,
    /// Role implied by an organisation head (وزارة → GOV).
    pub head_role: Option<&'static str>,
    /// For a KB person after a title: the end of the tagger's own person at the same start, the mention that stays
    /// if the KB link falls.
    pub fallback: Option<usize>,
}

/// Each word's key without و/ف and ب/ل/ك, article kept ("وبالعراق" → "العراق", "للأمم" → "الامم").
pub fn body_keys(a: &Analysis) -> Vec<String> {
    a.words.iter().map(body_key).collect()
}

/// One word's key without و/ف and ب/ل/ك, article kept.
pub fn body_key(w: &rasd_text::Word) -> String {
    if w.kind != WordKind::Arabic || (w.split.conj == 0 && w.split.prep == 0) {
        return w.key.clone();
    }
    let skip = (w.split.conj + w.split.prep) as usize;
    let rest: String = w.key.chars().skip(skip).collect();
    if w.split.article == 1 {
        format!("ا{rest}")
    } else {
        rest
    }
}

/// Runs each person the tagger ends at a first part of a compound given name (`compound_first.tsv`: عبد، أبو) on
/// over the next word, and over a person or a nisba the tagger found right after it ("زعيم الحوثيين عبد" → "عبد
/// الملك الحوثي", where it read الحوثي as the group), in place.
fn compound_names(a: &Analysis, bodies: &[String], ms: &mut Vec<rasd_ner::Mention>) {
    let words = &a.words;
    let mut i = 0;
    while i < ms.len() {
        let m = &ms[i];
        let last = m.word_end - 1;
        let next = m.word_end;
        if m.label != rasd_ner::Label::Per
            || next >= words.len()
            || !lists().compound_first.contains(&bodies[last])
            // آبي (Abe) and أبى ('refused') fold to أبي too: the written word tells them apart.
            || a.chars[words[last].start..words[last].end].iter().any(|&c| c == 'آ')
            || a.chars.get(words[last].end - 1) == Some(&'ى')
            // The name goes on in a name, not a function word ("300 عبد في العام").
            || bodies[next].chars().count() < 3
            || lists().function_words.contains(&words[next].key)
            || words[next].kind != WordKind::Arabic
            || !same_sentence(a, last, next)
            || words[next].split.conj > 0
            || words[next].split.prep > 0
            || ms.get(i + 1).is_some_and(|n| n.word_start == next && n.word_end > next + 1 && n.label != rasd_ner::Label::Per)
        {
            i += 1;
            continue;
        }
        let mut end = next + 1;
        // A mention starting on the next word is the rest of the name when it is a person, or a one-word nisba
        // right after the compound ("عبد الملك الحوثي").
        let mut drop = None;
        if let Some(n) = ms.get(i + 1).filter(|n| n.word_start <= next) {
            if n.word_end > next {
                end = end.max(n.word_end);
            }
            drop = Some(i + 1);
        }
        let j = if drop.is_some() { i + 2 } else { i + 1 };
        let clean = end < words.len() && words[end].kind == WordKind::Arabic && same_sentence(a, end - 1, end) && words[end].split.conj == 0 && words[end].split.prep == 0;
        let nisba = clean && words[end].split.article > 0 && bodies[end].chars().count() >= 5 && bodies[end].ends_with('ي') && !crate::vocab::general(&bodies[end]);
        match ms.get(j).filter(|n| n.word_start == end) {
            Some(n) if clean && (n.label == rasd_ner::Label::Per || (nisba && n.word_end == end + 1)) => {
                end = n.word_end;
                ms.remove(j);
            }
            None if nisba => end += 1,
            _ => {}
        }
        if let Some(j) = drop {
            ms.remove(j);
        }
        let m = &mut ms[i];
        m.word_end = end;
        m.end = words[end - 1].end;
        i += 1;
    }
}

/// Whitespace alone between words `i` and `j` (no comma, dash or quote).
fn only_space(a: &Analysis, i: usize, j: usize) -> bool {
    a.chars[a.words[i].end..a.words[j].start].iter().all(|c| c.is_whitespace())
}

/// Names the tagger broke, joined in place: a person it starts right after a given name (`given_names.tsv`) runs
/// back over it ("الرئيس التركي، رجب" + "طيب أردوغان"), and two people side by side with nothing between them are
/// one ("جورج دبليو" + "بوش", "عبد ربه" + "منصور هادي", "كيم جونغ" + "أون"). A word with و, ب or ل starts a
/// name of its own ("سيرغي ويوليا"). A first part with a pronoun ("نظيره"), opening with the article or with a title
/// inside, or that is an organisation or a country is the tagger's mistake ("بحماس" + "إسماعيل رضوان"), and one the
/// actor dictionary spells in full is a whole name before another ("دونالد ترامب" + "جون بولتون").
fn joined_names(a: &Analysis, bodies: &[String], published: Option<crate::Date>, ms: &mut Vec<rasd_ner::Mention>) {
    let words = &a.words;
    let clean = |k: usize| words[k].split.conj == 0 && words[k].split.prep == 0;
    for i in 0..ms.len() {
        let ws = ms[i].word_start;
        let free_from = if i > 0 { ms[i - 1].word_end } else { 0 };
        if ms[i].label != rasd_ner::Label::Per || ws == 0 || ws - 1 < free_from || !clean(ws) {
            continue;
        }
        let g = ws - 1;
        let w = &words[g];
        if w.kind == WordKind::Arabic
            && w.split.enclitic == 0
            && !w.has_article()
            && same_sentence(a, g, ws)
            && only_space(a, g, ws)
            && lists().given_names.contains(&bodies[g])
        {
            ms[i].word_start = g;
            ms[i].start = w.body_start;
        }
    }
    let joinable = |m: &rasd_ner::Mention, n: &rasd_ner::Mention| {
        m.label == rasd_ner::Label::Per
        && n.label == rasd_ner::Label::Per
        && n.word_start == m.word_end
        && same_sentence(a, m.word_end - 1, n.word_start)
        && only_space(a, m.word_end - 1, n.word_start)
        && clean(n.word_start)
        // A name carries no pronoun ("نظيره السعودي" + "عادل الجبير": his counterpart); a phrase that opens with
        // the article, or has a title inside, is a description before the name ("الفنان السعودي" + "محمد عبده",
        // "الحسين الأمير" + "وليام"). One definite word alone is a title or nisba the name start drops.
        && words[m.word_start].split.enclitic == 0
        && !(m.word_end - m.word_start >= 2 && words[m.word_start].has_article())
        // (not the word after عبد: "عبد الملك" + "سعيد")
        && !(m.word_start + 1..m.word_end).any(|k| !lists().compound_first.contains(&bodies[k - 1]) && cue_at(a, bodies, k, &[CueKind::Title]).is_some())
        && !lists().orgs.get(&bodies[m.word_start]).is_some_and(|v| v.iter().any(|o| o.words.len() == 1))
        && !country_word(&bodies[m.word_start])
        && !(m.word_end - m.word_start >= 2
            && rasd_kb::actors().lookup_arabic(&a.slice(m.start, m.end), published).is_some_and(|x| x.kind == MatchKind::Arabic))
    };
    // One pass, each mention against the one kept before it (itself perhaps already joined): linear in the mentions.
    let mut kept: Vec<rasd_ner::Mention> = Vec::with_capacity(ms.len());
    for n in ms.drain(..) {
        match kept.last_mut() {
            Some(m) if joinable(m, &n) => {
                m.word_end = n.word_end;
                m.end = n.end;
            }
            _ => kept.push(n),
        }
    }
    *ms = kept;
}

fn is_name_word(w: &rasd_text::Word) -> bool {
    matches!(w.kind, WordKind::Arabic | WordKind::Latin)
}

fn same_sentence(a: &Analysis, i: usize, j: usize) -> bool {
    a.words[i].sentence == a.words[j].sentence
}

/// A nationality adjective that is not also a place name ("الأذري", not "الأردن").
pub fn demonym_of(bodies: &[String], i: usize) -> Option<&'static str> {
    demonym_of_key(&bodies[i])
}

/// `demonym_of` for one body key (`body_key`).
pub fn demonym_of_key(k: &str) -> Option<&'static str> {
    if k.chars().count() < 3 {
        return None;
    }
    // A pure function of the word, asked many times per word and document: a per-thread memo (news vocabulary is
    // Zipfian) spares the variant strings of each lookup.
    thread_local! {
        static MEMO: std::cell::RefCell<WordMemo<Option<&'static str>>> = std::cell::RefCell::new(WordMemo::new(15, None));
    }
    MEMO.with(|m| m.borrow_mut().get_or(k, demonym_uncached))
}

fn demonym_uncached(k: &str) -> Option<&'static str> {
    let d = rasd_kb::demonym(k)?;
    // A country or region of that spelling wins ("عمان"); a town of it does not ("سوري" is not Surrey).
    let g = gazetteer();
    match g.candidates(k).first().map(|&id| g.place(id).kind) {
        Some(PlaceKind::Country | PlaceKind::Region) => None,
        _ => Some(d),
    }
}

/// Candidate mentions of one document from every source, merged into non-overlapping spans.
pub fn candidates(a: &Analysis, bodies: &[String], published: Option<crate::Date>) -> Vec<Cand> {
    let mut f = Finder::new(a, bodies, published);
    f.add_tagger_mentions();
    for i in 0..a.words.len() {
        f.add_mentions_at(i);
    }
    merge(f.cands, a.words.len())
}

/// One document's candidate search. The tagger's mentions come first: the list and pattern sources ask where the
/// tagger put a name (`ner_at`). The order of the pushes is kept as it is because `merge` keeps the earlier of two
/// equal candidates.
struct Finder<'a> {
    a: &'a Analysis,
    bodies: &'a [String],
    published: Option<crate::Date>,
    l: &'static Lists,
    g: &'static Gazetteer,
    cands: Vec<Cand>,
    /// End and kind of the tagger's mention starting at each word.
    ner_at: Vec<Option<(usize, Kind)>>,
    /// Reused buffer for the place names of several words.
    phrase: String,
}

impl<'a> Finder<'a> {
    fn new(a: &'a Analysis, bodies: &'a [String], published: Option<crate::Date>) -> Self {
        Finder { a, bodies, published, l: lists(), g: gazetteer(), cands: Vec::new(), ner_at: vec![None; a.words.len()], phrase: String::new() }
    }

    fn push(&mut self, ws: usize, we: usize, kind: Kind, src: Src) {
        self.cands.push(Cand { ws, we, kind, src, org: None, head_role: None, fallback: None });
    }

    /// The statistical tagger's people, places and organisations, trimmed of titles and generic words.
    fn add_tagger_mentions(&mut self) {
        let (a, bodies) = (self.a, self.bodies);
        // Scores are not used here: the tagger skips its max-marginal pass.
        let mut ms = rasd_ner::tag_unscored(a);
        compound_names(a, bodies, &mut ms);
        joined_names(a, bodies, self.published, &mut ms);
        for m in ms {
            let kind = match m.label {
                rasd_ner::Label::Per => Kind::Per,
                rasd_ner::Label::Loc => Kind::Loc,
                rasd_ner::Label::Org => Kind::Org,
                rasd_ner::Label::Misc => continue,
            };
            let ws = if kind == Kind::Per { self.name_start(m.word_start, m.word_end) } else { m.word_start };
            let we = m.word_end;
            if we - ws == 1 && generic_word(a, bodies, ws) {
                continue;
            }
            if common_mention(a, bodies, ws, we, kind) {
                continue;
            }
            // "رئيس وزراء الصومال نور عدي": a place the tagger ran on into the next name.
            let (we, rest) = if kind == Kind::Loc { split_place_run(a, bodies, ws, we) } else { (we, None) };
            if let Some(rest) = rest {
                self.cands.push(rest);
            }
            self.ner_at[ws] = Some((we, kind));
            self.push(ws, we, kind, Src::Ner);
        }
    }

    /// The tagger sometimes takes a title into a person's name ("الرئيس إلهام علييف"): where the name proper starts.
    fn name_start(&self, mut ws: usize, we: usize) -> usize {
        let (a, bodies) = (self.a, self.bodies);
        while ws + 1 < we {
            match cue_at(a, bodies, ws, &[CueKind::Title]) {
                Some((_, len)) if ws + len < we => ws += len,
                _ => match demonym_of(bodies, ws).filter(|_| adjective_of_previous(a, bodies, ws)) {
                    Some(_) => ws += 1,
                    None => break,
                },
            }
        }
        // "محافظ كركوك راكان سعيد الجبوري": a place right after an indefinite title is the office's complement, and
        // the name starts after it.
        let titled = ws > 0
            && !a.words[ws - 1].has_article()
            && (ws.saturating_sub(4)..ws).any(|t| same_sentence(a, t, ws) && cue_at(a, bodies, t, &[CueKind::Title]).is_some_and(|(_, len)| t + len == ws));
        if titled && ws + 1 < we && !a.words[ws + 1].has_article() && self.word_place(ws).is_some() {
            ws += 1;
        }
        ws
    }

    /// Mentions from the lists and patterns that start at word `i`.
    fn add_mentions_at(&mut self, i: usize) {
        let (a, bodies, l) = (self.a, self.bodies, self.l);
        let w = &a.words[i];
        if !is_name_word(w) || l.function_words.contains(&w.key) {
            return;
        }
        // "وزير الخارجية الأميركي": a portfolio right after a title is the office's domain, not the ministry.
        let portfolio = i > 0 && l.portfolios.contains(&bodies[i]) && same_sentence(a, i - 1, i) && cue_at(a, bodies, i - 1, &[CueKind::Title]).is_some();
        if !portfolio {
            self.add_named_org(i);
        }
        // Head noun + complement.
        if let Some(c) = org_pattern(a, bodies, i, &self.ner_at).filter(|_| !portfolio) {
            self.cands.push(c);
        }
        if latin_acronym(a, i) {
            self.push(i, i + 1, Kind::Org, Src::Pattern);
        }
        if w.kind == WordKind::Arabic {
            self.add_place(i);
        }
        self.add_titled_person(i);
    }

    /// The longest listed organisation (orgs.tsv) starting at word `i`; a weak one only where the tagger found it.
    fn add_named_org(&mut self, i: usize) {
        let (a, n) = (self.a, self.a.words.len());
        let Some(orgs) = self.l.orgs.get(&self.bodies[i]) else { return };
        for o in orgs {
            let len = o.words.len();
            if i + len > n || !(1..len).all(|j| a.words[i + j].key == o.words[j] && same_sentence(a, i, i + j)) {
                continue;
            }
            let backed = !o.weak || self.ner_at[i].is_some_and(|(e, k)| k == Kind::Org && e == i + len);
            if backed {
                self.cands.push(Cand { ws: i, we: i + len, kind: Kind::Org, src: Src::Named, org: Some(o), head_role: o.role, fallback: None });
            }
            break;
        }
    }

    /// A gazetteer place starting at word `i`, longest name first; a town only when it is known beyond its region.
    fn add_place(&mut self, i: usize) {
        let found = self.phrase_place(i).or_else(|| self.word_place(i));
        let Some((end, id)) = found else { return };
        let p = self.g.place(id);
        let src = match p.kind {
            PlaceKind::Country | PlaceKind::Region => Some(Src::Country),
            PlaceKind::City if end - i > 1 || p.population >= 200_000 || p.feature == "PPLC" || p.geonameid.is_none() => Some(Src::City),
            _ => None,
        };
        if let Some(src) = src {
            if !(end - i == 1 && generic_word(self.a, self.bodies, i)) {
                self.push(i, end, Kind::Loc, src);
            }
        }
    }

    /// A place of two or three words starting at word `i`: (end word, place).
    fn phrase_place(&mut self, i: usize) -> Option<(usize, PlaceId)> {
        let (a, bodies, g, n) = (self.a, self.bodies, self.g, self.a.words.len());
        // Two- and three-word names starting here, as prefixes of one reused string: (end word, byte length).
        let key = &mut self.phrase;
        key.clear();
        key.push_str(&bodies[i]);
        let mut keys = [(0usize, 0usize); 2];
        let mut nk = 0;
        let phrases = if g.starts_phrase(&bodies[i]) { (i + 3).min(n) } else { i + 1 };
        for j in i + 1..phrases {
            if !same_sentence(a, i, j) || a.words[j].kind != WordKind::Arabic {
                break;
            }
            key.push(' ');
            key.push_str(&a.words[j].key);
            keys[nk] = (j + 1, key.len());
            nk += 1;
        }
        // "مدينة حمص": the name after a place noun is the entity, not the pair.
        if self.l.place_nouns.contains(&bodies[i]) {
            nk = 0;
        }
        keys[..nk].iter().rev().find_map(|&(end, len)| g.candidates(&key[..len]).first().map(|&id| (end, id)))
    }

    /// A place named by word `i` alone: (end word, place).
    fn word_place(&self, i: usize) -> Option<(usize, PlaceId)> {
        let (a, bodies, g, l) = (self.a, self.bodies, self.g, self.l);
        // The gazetteer first: most words name no place, and the demonym test is the dearer one.
        if bodies[i].chars().count() < 3 || l.not_names.contains(&bodies[i]) {
            return None;
        }
        // A Persian or Urdu spelling folded by the key meets Arabic words (امسک "Omsk" is أمسك "he held"): it stands
        // alone for a capital only (کابول).
        let (all, n_arabic) = g.candidates_by_script(&bodies[i]);
        let capital = || all.first().filter(|&&id| g.place(id).feature == "PPLC");
        let &id = all[..n_arabic].first().or_else(capital)?;
        let city = g.place(id).kind == PlaceKind::City;
        (demonym_of(bodies, i).is_none() && !(city && !after_place_noun(a, bodies, i) && crate::vocab::general(&bodies[i]))).then_some((i + 1, id))
    }

    /// A known person after a title ("الرئيس الأذري إلهام علييف", "رئيس وزراء الصومال نور عدي").
    fn add_titled_person(&mut self, i: usize) {
        let (a, bodies, n) = (self.a, self.bodies, self.a.words.len());
        let Some((_, len)) = cue_at(a, bodies, i, &[CueKind::Title]) else { return };
        let mut j = i + len;
        let mut after_country = false;
        if j < n && same_sentence(a, i, j) {
            if demonym_of(bodies, j).is_some() && adjective_of_previous(a, bodies, j) {
                j += 1;
            } else if country_word(&bodies[j]) {
                j += 1;
                after_country = true;
            }
        }
        for width in [3usize, 2] {
            if self.kb_person_at(i, j, width, after_country) {
                self.cands.push(Cand {
                    ws: j,
                    we: j + width,
                    kind: Kind::Per,
                    src: Src::Title,
                    org: None,
                    head_role: None,
                    fallback: self.ner_at[j].filter(|&(_, k)| k == Kind::Per).map(|(e, _)| e),
                });
                break;
            }
        }
    }

    /// Whether words j..j+width after the title at word `i` are a KB person's name.
    fn kb_person_at(&self, i: usize, j: usize, width: usize, after_country: bool) -> bool {
        let (a, bodies) = (self.a, self.bodies);
        if j + width > a.words.len() || !(j..j + width).all(|k| a.words[k].kind == WordKind::Arabic && same_sentence(a, i, k)) {
            return false;
        }
        // After "title + country" a name stands bare: "رئيس وزراء الهند بعبارات" goes on with a phrase.
        if after_country && (j..j + width).any(|k| a.words[k].split.conj > 0 || a.words[k].split.prep > 0) {
            return false;
        }
        if (j..j + width).any(|k| self.l.function_words.contains(&a.words[k].key)) {
            return false;
        }
        // A title opening the name is a second person's title ("الرئيس والأمير أيّدا": the emir and a verb); inside
        // it, a title noun may be a name (الباجي قائد السبسي).
        if cue_at(a, bodies, j, &[CueKind::Title, CueKind::GroupNoun, CueKind::OrgHead]).is_some() {
            return false;
        }
        let surface = a.slice(a.words[j].body_start, a.words[j + width - 1].end);
        let Some(m) = rasd_kb::actors().lookup_arabic(&surface, self.published) else { return false };
        // Past a country only a name the dictionary spells so: a skeleton match meets any phrase ("سفير ألمانيا
        // السابق لدى"). A sound-alike of ordinary words is no name ("مسؤول حكومي آخر" is no Kim Carr).
        m.kind != MatchKind::Surname
            && (!after_country || m.kind == MatchKind::Arabic)
            && (m.kind == MatchKind::Arabic || !(j..j + width).any(|k| demonym_of(bodies, k).is_some()))
            && crate::link::plausible(a, bodies, j, j + width, Kind::Per, &m)
    }
}

/// A tagged person whose words are ordinary adjectives or nouns (words that take the article: "مسؤول كردي
/// سوري", "قال محققون") rather than names. The tagger's places stand: Palestinian towns are common nouns too
/// (جنين "embryo"); a gazetteer match alone is tested where it is found.
fn common_mention(a: &Analysis, bodies: &[String], ws: usize, we: usize, kind: Kind) -> bool {
    match kind {
        // Many first names are ordinary nouns too (كريم، دين، سيد قطب): only adjectives (a nisba: كردي سوري),
        // plurals (محققون) and definite words are no person's name by themselves.
        Kind::Per => (ws..we).all(|k| {
            let b = &bodies[k];
            let plural = b.chars().count() >= 5 && (b.ends_with("ون") || b.ends_with("ين"));
            let form = b.ends_with('ي') || (we - ws == 1 && (b.starts_with("ال") || plural));
            a.words[k].kind == WordKind::Arabic && form && (crate::vocab::general(b) || demonym_of(bodies, k).is_some())
        }),
        _ => false,
    }
}

/// Whether a word can be the adjective of the word before it: an adjective agrees in definiteness, so after a
/// definite word an indefinite "تركي" is a first name ("العقيد تركي المالكي"), not "Turkish". (The other way round
/// says nothing: a proper name is definite without the article, "سوريا الديمقراطية".)
pub(crate) fn adjective_of_previous(a: &Analysis, bodies: &[String], k: usize) -> bool {
    let definite = |i: usize| a.words[i].has_article() || bodies[i].starts_with("ال");
    k == 0 || !same_sentence(a, k - 1, k) || a.words[k - 1].kind != WordKind::Arabic || !definite(k - 1) || definite(k)
}

fn after_place_noun(a: &Analysis, bodies: &[String], i: usize) -> bool {
    i > 0 && same_sentence(a, i - 1, i) && lists().place_nouns.contains(&bodies[i - 1])
}

/// A word of 2 to 6 Latin capitals standing alone among Arabic words (CNN, FIFA, PKK, GOL): in Arabic news an
/// acronym is mostly an organisation's; technical ones are listed in latin_not_orgs.tsv. Not inside a run of
/// Latin words (a title or name in English) nor next to a period or hyphen.
fn latin_acronym(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if w.kind != WordKind::Latin {
        return false;
    }
    let s = a.slice(w.start, w.end);
    let len = s.chars().count();
    if !(2..=6).contains(&len) || !s.chars().all(|c| c.is_ascii_uppercase()) || lists().latin_not_orgs.contains(&w.key) {
        return false;
    }
    let latin = |k: usize| a.words[k].kind == WordKind::Latin && a.words[k].sentence == w.sentence;
    // A model code (TU-95) or an abbreviation (U.S.) is no organisation.
    let joiner = |k: usize| a.words[k].kind == WordKind::Punct && matches!(a.slice(a.words[k].start, a.words[k].end).as_str(), "." | "-" | "_");
    !(i > 0 && (latin(i - 1) || joiner(i - 1))) && !(i + 1 < a.words.len() && (latin(i + 1) || joiner(i + 1)))
}

/// Whether a key names a country first of all (الصومال، أرمينيا).
fn country_word(key: &str) -> bool {
    let g = gazetteer();
    g.candidates(key).first().is_some_and(|&id| g.place(id).kind == PlaceKind::Country)
}

/// A tagged place of several words that names no place as a whole but starts with a country followed by an
/// indefinite word ("الصومال نور"): that word can be neither the place's adjective nor its
/// genitive complement (a definite name takes neither an indefinite adjective nor a complement), so the place ends
/// before it. Returns the place's new end, and the rest as a person when a title stands right before the place
/// ("رئيس وزراء الصومال نور": the office's holder follows its country).
fn split_place_run(a: &Analysis, bodies: &[String], ws: usize, we: usize) -> (usize, Option<Cand>) {
    let g = gazetteer();
    if we - ws < 2 || g.resolve_id(&a.slice(a.words[ws].body_start, a.words[we - 1].end), &rasd_kb::GeoContext::new()).is_some() {
        return (we, None);
    }
    let mut key = bodies[ws].clone();
    let mut cut = None;
    for p in ws + 1..we {
        let w = &a.words[p];
        let indefinite = w.kind == WordKind::Arabic && !w.has_article() && !bodies[p].starts_with("ال") && demonym_of(bodies, p).is_none();
        // Countries only: a city's name is often also a person's or a brand's ("فيكتوريا سيكريت"), a region's a
        // common noun ("الضفة": the bank).
        let known = country_word(&key);
        if known && indefinite {
            cut = Some(p);
        }
        key.push(' ');
        key.push_str(&w.key);
    }
    let Some(p) = cut else { return (we, None) };
    let titled = (ws.saturating_sub(4)..ws).any(|t| {
        same_sentence(a, t, ws) && cue_at(a, bodies, t, &[CueKind::Title]).is_some_and(|(_, len)| t + len == ws)
    });
    let l = lists();
    // A name has no clitics ("الهند بعبارات": a prepositional phrase follows the country, no person).
    let person = titled
        && (p..we).all(|k| {
            let w = &a.words[k];
            w.kind == WordKind::Arabic
                && w.split.conj == 0
                && w.split.prep == 0
                && w.split.enclitic == 0
                && !l.function_words.contains(&w.key)
                && cue_at(a, bodies, k, &[CueKind::Title, CueKind::GroupNoun, CueKind::OrgHead]).is_none()
        });
    (p, person.then_some(Cand { ws: p, we, kind: Kind::Per, src: Src::Ner, org: None, head_role: None, fallback: None }))
}

/// A single word that is a nationality adjective, a group noun or a bare head noun: never an entity alone.
fn generic_word(a: &Analysis, bodies: &[String], i: usize) -> bool {
    if lists().orgs.get(&bodies[i]).is_some_and(|v| v.iter().any(|o| o.words.len() == 1)) {
        return false;
    }
    demonym_of(bodies, i).is_some() || cue_at(a, bodies, i, &[CueKind::GroupNoun, CueKind::OrgHead, CueKind::Title]).is_some_and(|(_, len)| len == 1)
}

/// An organisation head (وزارة، مجلس، وكالة) and its complement: the genitive chain up to its first definite word
/// or a tagged name, then adjectives of the name ("وزارة الدفاع الروسية", "مجلس حقوق الإنسان", "وكالة فرانس برس").
fn org_pattern(a: &Analysis, bodies: &[String], i: usize, ner_at: &[Option<(usize, Kind)>]) -> Option<Cand> {
    let (cue, len) = cue_at(a, bodies, i, &[CueKind::OrgHead])?;
    let mut p = OrgPhrase::new(a, bodies, i, cue, len);
    if !p.head_def {
        if let ControlFlow::Break(named_after) = p.read_complement(ner_at) {
            return named_after;
        }
    }
    p.proper |= named_org_at(a, bodies, i, p.k - i);
    p.read_adjectives();
    p.mention()
}

/// The phrase `org_pattern` reads, word by word from its head: the steps share what the complement was (named,
/// a tagged name, a place) because the adjectives it may take and the mention it makes depend on it.
struct OrgPhrase<'a> {
    a: &'a Analysis,
    bodies: &'a [String],
    l: &'static Lists,
    /// The head's first word and its cue (of `len` words).
    i: usize,
    cue: &'static rasd_kb::Cue,
    len: usize,
    head_def: bool,
    /// The next word to read.
    k: usize,
    /// Words read after the head.
    complement: usize,
    /// Words of the complement that make it a name rather than a common noun phrase.
    named: usize,
    adjectives: usize,
    /// The complement is one tagged name (and nothing else so far).
    only_entity: bool,
    has_place: bool,
    /// A proper name (a listed organisation, a tagged name without the article: "الكونغرس", "أرسنال") takes a
    /// nationality adjective as an apposition outside the name ("الكونغرس الأميركي", "نادي تشيلسي الإنجليزي"); a
    /// descriptive name needs it ("وكالة الأنباء السورية", "الخطوط الجوية البرازيلية").
    proper: bool,
    /// Start of the tagged name that the complement is.
    name_start: Option<(usize, Kind)>,
}

impl<'a> OrgPhrase<'a> {
    fn new(a: &'a Analysis, bodies: &'a [String], i: usize, cue: &'static rasd_kb::Cue, len: usize) -> Self {
        let head_def = a.words[i + len - 1].has_article() || (len == 1 && bodies[i].starts_with("ال"));
        OrgPhrase {
            a,
            bodies,
            l: lists(),
            i,
            cue,
            len,
            head_def,
            k: i + len,
            complement: 0,
            named: 0,
            adjectives: 0,
            only_entity: false,
            has_place: false,
            proper: head_def && named_org_at(a, bodies, i, len),
            name_start: None,
        }
    }

    /// A name word of the head's sentence.
    fn ok(&self, k: usize) -> bool {
        k < self.a.words.len() && same_sentence(self.a, self.i, k) && is_name_word(&self.a.words[k])
    }

    /// The genitive complement of an indefinite head, up to its first definite word or a tagged name. Breaks with
    /// the mention when the complement is a person: a company, paper or channel named after people.
    fn read_complement(&mut self, ner_at: &[Option<(usize, Kind)>]) -> ControlFlow<Option<Cand>> {
        let (a, bodies, l) = (self.a, self.bodies, self.l);
        while self.ok(self.k) && self.complement < 4 {
            let k = self.k;
            let w = &a.words[k];
            if l.function_words.contains(&w.key) || w.split.conj > 0 || w.split.prep > 0 || w.split.enclitic > 0 || cue_at(a, bodies, k, &[CueKind::Title]).is_some() {
                break;
            }
            if let Some((e, kind)) = ner_at[k] {
                if kind == Kind::Per {
                    return ControlFlow::Break(self.named_after_person(k, e));
                }
                self.has_place |= kind == Kind::Loc;
                self.only_entity = self.complement == 0;
                if self.only_entity {
                    self.name_start = Some((k, kind));
                }
                self.proper = !a.words[k].has_article() && !bodies[k].starts_with("ال") || named_org_at(a, bodies, k, e - k);
                self.k = e;
                self.complement += 1;
                self.named += 1;
                break;
            }
            let g = gazetteer();
            if g.candidates(&bodies[k]).first().is_some_and(|&id| g.place(id).kind != PlaceKind::City || !l.not_names.contains(&bodies[k])) {
                self.named += 1;
            }
            self.k += 1;
            self.complement += 1;
            if w.has_article() {
                break;
            }
        }
        ControlFlow::Continue(())
    }

    /// "شركة براغا ناسيمنتو", "مجموعة بن لادن": a business or medium named after the tagged person at k..e is that
    /// name; any other head before a person is no organisation.
    fn named_after_person(&self, k: usize, e: usize) -> Option<Cand> {
        let named_after = self.complement == 0 && matches!(self.cue.role, Some("BUS" | "MED")) && !self.a.words[k].has_article();
        named_after.then_some(Cand { ws: k, we: e, kind: Kind::Org, src: Src::Pattern, org: None, head_role: self.cue.role, fallback: None })
    }

    /// Whether the word at `k` can be an adjective of the name.
    fn adjective(&self, k: usize) -> bool {
        let (a, bodies, i, len) = (self.a, self.bodies, self.i, self.len);
        let w = &a.words[k];
        // A feminine adjective may be spelled as its country (السعودية): a nationality after a head all the same.
        let country_adjective = || bodies[k].ends_with("يه") && agrees(bodies, i + len - 1, k) && rasd_kb::demonym(&bodies[k]).is_some();
        // An adjective agrees in definiteness with the word before it: "التحالف العربي تركي المالكي" goes on with a
        // name (Turki), not with "Turkish".
        w.split.conj == 0
            && w.split.prep == 0
            && adjective_of_previous(a, bodies, k)
            && (self.l.org_adjectives.contains(&w.key) || demonym_of(bodies, k).is_some() || country_adjective() || name_nisba(a, bodies, i + len - 1, k))
    }

    /// The adjectives of the name: its own, then its nationality.
    fn read_adjectives(&mut self) {
        let (a, bodies, l, head_end) = (self.a, self.bodies, self.l, self.i + self.len - 1);
        // "البرلمان العراقي", "وكالة الأنباء السورية": a state body's head takes a nationality adjective directly.
        let state_head = matches!(self.cue.role, Some("GOV" | "LEG" | "MIL" | "SPY" | "JUD" | "COP")) || self.cue.words > 1;
        let mut nationality = false;
        while self.ok(self.k)
            && self.adjective(self.k)
            && (self.complement > 0 || state_head || l.org_adjectives.contains(&a.words[self.k].key) || name_nisba(a, bodies, head_end, self.k))
        {
            let k = self.k;
            if self.proper && !l.org_adjectives.contains(&a.words[k].key) {
                break;
            }
            // A name's own adjectives come before its nationality ("الحزب الشيوعي الصيني"): after the nationality a
            // -ية word is the sentence's ("سلطات الاحتلال الإسرائيلي المسؤولية").
            let demonym = demonym_of(bodies, k).is_some();
            if nationality && !demonym && !l.org_adjectives.contains(&a.words[k].key) {
                break;
            }
            nationality |= demonym;
            self.adjectives += 1;
            self.k += 1;
            self.complement += 1;
            self.named += 1;
            self.only_entity = false;
        }
    }

    /// The mention the phrase makes, if any.
    fn mention(&self) -> Option<Cand> {
        let (bodies, l, i, k) = (self.bodies, self.l, self.i, self.k);
        if self.complement == 0 || (self.named == 0 && !l.strong_heads.contains(&bodies[i])) {
            return None;
        }
        let role = self.cue.role;
        // "حركة حماس", "إقليم دارفور": the name alone is the entity (as ANERcorp and the guide annotate it), with
        // the adjectives of a descriptive name ("شركة الخطوط الجوية البرازيلية" → "الخطوط الجوية البرازيلية").
        if (self.only_entity || self.adjectives > 0 && self.name_start.is_some()) && !l.strong_heads.contains(&bodies[i]) {
            return match self.name_start {
                Some((s, Kind::Org)) if self.adjectives > 0 => Some(Cand { ws: s, we: k, kind: Kind::Org, src: Src::Pattern, org: None, head_role: role, fallback: None }),
                _ => None,
            };
        }
        let kind = if l.place_heads.contains(&bodies[i]) && (self.has_place || !self.head_def) { Kind::Loc } else { Kind::Org };
        Some(Cand { ws: i, we: k, kind, src: Src::Pattern, org: None, head_role: role, fallback: None })
    }
}

/// A definite relational adjective that names a body after its head ("الحزب الشيوعي", "البنك التجاري",
/// "اللجنة الأولمبية"): the article, the -ي/-ية ending, not a nationality (the body of a country is no name:
/// "الشركة الأمريكية"), not a describing one ("الحالي", "الرسمية": descriptive_nisbas.tsv), and agreeing in gender
/// with the noun before it.
fn name_nisba(a: &Analysis, bodies: &[String], head: usize, k: usize) -> bool {
    let w = &a.words[k];
    let key = &w.key;
    w.kind == WordKind::Arabic
        && w.split.conj == 0
        && w.split.prep == 0
        && key.starts_with("ال")
        && key.chars().count() >= 6
        && (key.ends_with('ي') || key.ends_with("يه"))
        && !lists().descriptive_nisbas.contains(key)
        // "الدفاع الصاروخي": a ministry's domain with an adjective is no body; nor is a network or a site.
        && !lists().portfolios.contains(&bodies[head])
        && !lists().name_only_heads.contains(&bodies[head])
        && !lists().function_words.contains(key)
        && demonym_of(bodies, k).is_none()
        // It agrees with the head or the word it follows, masculine -ي after a masculine noun, feminine -ية after
        // one in -ة: "خطط البنك التنموية" qualifies the plans, not the bank.
        && agrees(bodies, head, k)
}

/// Whether the adjective at `k` agrees in gender with the head or the word before it: a feminine noun ends in ة
/// (or is a sound feminine plural in -ات), a feminine adjective in -ية.
fn agrees(bodies: &[String], head: usize, k: usize) -> bool {
    let fem = |w: &str| w.ends_with('ه') || w.ends_with("ات");
    [head, k.saturating_sub(1)].iter().any(|&h| h < k && fem(&bodies[h]) == bodies[k].ends_with("يه"))
}

/// A listed organisation of exactly `len` words at word `i` ("الكونغرس", "حزب الله").
fn named_org_at(a: &Analysis, bodies: &[String], i: usize, len: usize) -> bool {
    lists().orgs.get(&bodies[i]).is_some_and(|v| {
        v.iter().any(|o| o.words.len() == len && i + len <= a.words.len() && (1..len).all(|j| a.words[i + j].key == o.words[j]))
    })
}

/// Longest spans first, then the more certain source; overlapping losers are dropped.
fn merge(mut cands: Vec<Cand>, n: usize) -> Vec<Cand> {
    cands.sort_by(|x, y| (y.we - y.ws).cmp(&(x.we - x.ws)).then(y.src.cmp(&x.src)).then(x.ws.cmp(&y.ws)));
    let mut taken = vec![false; n];
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        if c.we > n || c.ws >= c.we || taken[c.ws..c.we].iter().any(|&t| t) {
            continue;
        }
        taken[c.ws..c.we].iter_mut().for_each(|t| *t = true);
        out.push(c);
    }
    out.sort_by_key(|c| c.ws);
    out
}
