//! Linking mentions to places and actors, in-text cues, and in-document coreference.

use crate::lists::{cue_at, lists, Org};
use crate::mentions::{demonym_of, Cand, Src};
use crate::{Date, Entity, Geo, Kind};
use rasd_kb::{actors, gazetteer, CueKind, Gazetteer, GeoContext, MatchKind, PlaceId, PlaceKind};
use rasd_text::{Analysis, WordKind};
use rustc_hash::FxHashMap;

/// Below this population a GeoNames town is not known abroad by its name alone.
const SMALL_TOWN: u64 = 100_000;
/// ANT corpus count from which a word no gazetteer name matches is a word of the language, not a rare foreign name.
const FREQUENT: u32 = 100;

/// Link the candidate mentions of one document: see `Linker` for the order of the steps.
pub fn link(a: &Analysis, bodies: &[String], mut cands: Vec<Cand>, published: Option<Date>) -> Vec<Entity> {
    let mut l = Linker::new(a, bodies, published, &cands);
    l.build_geo_context(&cands);
    l.add_places_after_place_nouns(&mut cands);
    let fulls = l.add_short_forms(&mut cands);
    cands.sort_by_key(|c| c.ws);
    let mut ents = unlinked_entities(a, &cands);
    l.link_places(&mut ents);
    let at = MentionsByWord::new(a.words.len(), &ents);
    l.link_organisations(&cands, &mut ents, &at.place_from);
    let unlinked = l.link_people(&cands, &mut ents, &at.non_person_at);
    fulls.drop_unlinked(&mut ents, unlinked);
    chain(bodies, &mut ents);
    spread(&mut ents);
    ents
}

/// One document's linking state. The steps run in a fixed order because each relies on what the earlier ones
/// settled: the geocoding context is complete before the place nouns' unknown words and the place mentions
/// resolve in it; mentions are final before they are linked; organisations are linked before people, whose titles
/// and support may name them. A struct rather than one long function so that each step states what it reads.
struct Linker<'a> {
    a: &'a Analysis,
    bodies: &'a [String],
    published: Option<Date>,
    g: &'static Gazetteer,
    /// Words inside a candidate mention (new candidates may only take uncovered words).
    covered: Vec<bool>,
    /// Context for geocoding: countries named or implied by nationality adjectives, and the dateline.
    ctx: GeoContext,
    /// Places resolved without context, by surface: asked for the context and again for each place entity.
    plain: FxHashMap<String, Option<PlaceId>>,
}

/// Full names of people in the document, kept from `add_short_forms` to `drop_unlinked`: short forms of names
/// found only after a title stand or fall with them.
struct FullNames<'a> {
    /// Every full name (word range) by its last word.
    all_fulls: FxHashMap<&'a str, Vec<(usize, usize)>>,
    /// (short form's first word, the surname whose full names it may stand for) when all of those came from a
    /// title.
    short_of_titled: Vec<(usize, &'a str)>,
}

/// Mentions by word, for the questions asked per organisation and person (word ranges are final once places are
/// linked).
struct MentionsByWord {
    /// The place entity starting at each word.
    place_from: Vec<Option<usize>>,
    /// The first organisation or place entity covering each word.
    non_person_at: Vec<Option<usize>>,
}

impl<'a> Linker<'a> {
    fn new(a: &'a Analysis, bodies: &'a [String], published: Option<Date>, cands: &[Cand]) -> Self {
        let mut covered = vec![false; a.words.len()];
        for c in cands {
            covered[c.ws..c.we].iter_mut().for_each(|t| *t = true);
        }
        Linker { a, bodies, published, g: gazetteer(), covered, ctx: GeoContext::new(), plain: FxHashMap::default() }
    }

    fn resolve_plain(&mut self, surface: String) -> Option<PlaceId> {
        let g = self.g;
        *self.plain.entry(surface).or_insert_with_key(|s| g.resolve_id(s, &GeoContext::new()))
    }

    /// Countries of the places named (resolved without context), the dateline, and nationality adjectives.
    fn build_geo_context(&mut self, cands: &[Cand]) {
        let (a, g) = (self.a, self.g);
        let mut first_place = None;
        for c in cands.iter().filter(|c| c.kind == Kind::Loc) {
            let surface = a.slice(a.words[c.ws].body_start, a.words[c.we - 1].end);
            if let Some(id) = self.resolve_plain(surface) {
                let p = g.place(id);
                if p.kind == PlaceKind::Country {
                    self.ctx.add_country(p.country.as_deref().unwrap_or(""));
                }
                // A dateline is a city at the very start of the text ("باريس - (أ ف ب)"), not any place of the lead.
                if first_place.is_none() && a.words[c.ws].sentence == 0 && c.ws < 3 && p.kind != PlaceKind::Country {
                    first_place = Some(id);
                }
            }
        }
        self.add_demonym_countries(cands);
        self.ctx.dateline = first_place;
    }

    /// Nationality adjectives outside names, and inside organisations' names (وزارة الداخلية السعودية places the
    /// report in Saudi Arabia as much as السعودية alone).
    fn add_demonym_countries(&mut self, cands: &[Cand]) {
        let (a, bodies) = (self.a, self.bodies);
        let mut in_org = vec![false; a.words.len()];
        for c in cands.iter().filter(|c| c.kind == Kind::Org && !lists().abroad_heads.contains(&bodies[c.ws])) {
            in_org[c.ws..c.we].iter_mut().for_each(|t| *t = true);
        }
        for (i, w) in a.words.iter().enumerate() {
            if (!self.covered[i] || in_org[i]) && w.kind == WordKind::Arabic && (w.has_article() || bodies[i].ends_with('ي')) {
                if let Some(c) = demonym_of(bodies, i) {
                    self.ctx.add_country(c);
                }
            }
        }
    }

    /// Unknown words right after a place noun ("مدينة يفلاكس"), matched by transliteration in this context.
    fn add_places_after_place_nouns(&mut self, cands: &mut Vec<Cand>) {
        let (a, bodies, l) = (self.a, self.bodies, lists());
        for i in 0..a.words.len().saturating_sub(1) {
            let j = i + 1;
            if self.covered[j] || !l.place_nouns.contains(&bodies[i]) || a.words[j].kind != WordKind::Arabic || a.words[j].sentence != a.words[i].sentence {
                continue;
            }
            if l.function_words.contains(&a.words[j].key) || demonym_of(bodies, j).is_some() || bodies[j].chars().count() < 4 {
                continue;
            }
            if self.g.resolve_id(&bodies[j], &self.ctx).is_some() {
                self.covered[j] = true;
                cands.push(Cand { ws: j, we: j + 1, kind: Kind::Loc, src: Src::City, org: None, head_role: None, fallback: None });
            }
        }
    }

    /// Short forms of people named in full elsewhere in the document ("علييف" after "إلهام علييف"), and repeats
    /// of the full name the tagger did not take whole ("سيد قطب" again): full names by their last word.
    fn add_short_forms(&mut self, cands: &mut Vec<Cand>) -> FullNames<'a> {
        let (a, bodies) = (self.a, self.bodies);
        let (surnames, all_fulls, titled) = full_names(bodies, cands);
        let all_titled: FxHashMap<&str, bool> = all_fulls.iter().map(|(k, v)| (*k, v.iter().all(|f| titled.contains(f)))).collect();
        let mut short_of_titled: Vec<(usize, &'a str)> = Vec::new();
        if !surnames.is_empty() {
            for i in 0..a.words.len() {
                if self.covered[i] || a.words[i].kind != WordKind::Arabic {
                    continue;
                }
                let Some(fulls) = surnames.get(bodies[i].as_str()) else { continue };
                let ws = self.short_form_start(fulls, i);
                self.covered[ws..=i].iter_mut().for_each(|t| *t = true);
                if all_titled[bodies[i].as_str()] {
                    short_of_titled.push((ws, bodies[i].as_str()));
                }
                cands.push(Cand { ws, we: i + 1, kind: Kind::Per, src: Src::Kb, org: None, head_role: None, fallback: None });
            }
        }
        FullNames { all_fulls, short_of_titled }
    }

    /// Start of the short form ending at word `i`: the longest full name whose earlier words stand, uncovered,
    /// right before it.
    fn short_form_start(&self, fulls: &[(usize, usize)], i: usize) -> usize {
        let (a, bodies) = (self.a, self.bodies);
        fulls
            .iter()
            .filter(|&&(fs, fe)| {
                let len = fe - fs;
                len <= i + 1
                    && (1..len).all(|j| {
                        let k = i + 1 - len + j - 1;
                        !self.covered[k] && a.words[k].sentence == a.words[i].sentence && bodies[k] == bodies[fs + j - 1]
                    })
            })
            .map(|&(fs, fe)| i + 1 - (fe - fs))
            .min()
            .unwrap_or(i)
    }

    /// Geocode the place mentions. The context is complete: a place repeated in the document resolves once.
    fn link_places(&mut self, ents: &mut [Entity]) {
        let mut in_ctx: FxHashMap<String, Option<PlaceId>> = FxHashMap::default();
        for e in ents.iter_mut().filter(|e| e.kind == Kind::Loc) {
            let surface = self.a.slice(e.start, e.end);
            let id = match in_ctx.get(&surface) {
                Some(&id) => id,
                None => *in_ctx.entry(surface.clone()).or_insert_with_key(|s| self.g.resolve_id(s, &self.ctx)),
            };
            let id = self.prefer_big_namesake(id, &surface);
            let id = id.filter(|&i| !self.unknown_small_town_abroad(i));
            let id = id.filter(|&i| !self.common_word_as_town(i, e, &surface));
            let id = id.or_else(|| self.place_after_head_noun(e));
            if let Some(id) = id {
                let p = self.g.place(id);
                e.name = Some(p.name.clone());
                e.country = p.country.clone();
                e.geo = Some(Geo { name: p.name.clone(), country: p.country.clone(), lat: p.lat, lon: p.lon, geonameid: p.geonameid });
            }
        }
    }

    /// Context must not pull a capital or big city to a village of the same name in a mentioned country (Geneva
    /// to Geneva, Ohio because the USA is named once).
    fn prefer_big_namesake(&mut self, id: Option<PlaceId>, surface: &str) -> Option<PlaceId> {
        let (Some(with), Some(without)) = (id, id.and_then(|_| self.resolve_plain(surface.to_string()))) else { return id };
        let g = self.g;
        let (pw, po) = (g.place(with), g.place(without));
        if with != without
            && pw.kind == PlaceKind::City
            && po.kind == PlaceKind::City
            && po.population >= 5 * pw.population.max(1)
            && self.ctx.dateline.map(|d| g.place(d).country.clone()) != Some(pw.country.clone())
        {
            Some(without)
        } else {
            id
        }
    }

    /// An exact Arabic GeoNames name of a small town abroad is mostly a transliteration that meets a local name or
    /// a common word (بورين near Nablus is no Burien, USA; يونغ no Young, Uruguay): when the document names
    /// countries and not the town's, the town does not stand (a namesake in a named country already wins).
    fn unknown_small_town_abroad(&self, id: PlaceId) -> bool {
        let (g, ctx) = (self.g, &self.ctx);
        let p = g.place(id);
        let foreign = p.country.as_deref().is_some_and(|c| !ctx.countries.contains_key(c) && ctx.dateline.and_then(|d| g.place(d).country.as_deref()) != Some(c));
        // A province's seat is known by name (البندقية، الناصرة، العقبة).
        let small = p.population < SMALL_TOWN && p.feature != "PPLA";
        p.kind == PlaceKind::City && p.geonameid.is_some() && small && !ctx.countries.is_empty() && foreign && ctx.dateline != Some(id)
    }

    /// A single word no place name matches as written was linked through a variant (كبيرة as ك + البيرة) or by its
    /// sound: a word of the language (جديدة "new", أمان "safety") is no such town, nor is a sound-alike the corpus
    /// writes often (تملك "owns", عندما "when": the gazetteer would know a frequent name). Countries stand ("لصين" is
    /// للصين, China, after the split).
    fn common_word_as_town(&mut self, id: PlaceId, e: &Entity, surface: &str) -> bool {
        let g = self.g;
        if g.place(id).kind != PlaceKind::City || e.word_end - e.word_start != 1 || !g.candidates(&rasd_text::key(surface)).is_empty() {
            return false;
        }
        let w = &self.bodies[e.word_start];
        let sound_alike = self.resolve_plain(surface.to_string()).is_none();
        (sound_alike && rasd_text::clitics::CliticModel::global().count(w) >= FREQUENT) || crate::vocab::general(w)
    }

    /// "محافظة مأرب": the place after its head noun. A first word that is itself a country is no head noun: the
    /// mention is that country ("الصومال نور" is not Nur in Iran).
    fn place_after_head_noun(&self, e: &Entity) -> Option<PlaceId> {
        if e.word_end - e.word_start <= 1 {
            return None;
        }
        let (a, g) = (self.a, self.g);
        let first = g.candidates(&self.bodies[e.word_start]).first().copied().filter(|&f| g.place(f).kind == PlaceKind::Country);
        first.or_else(|| g.resolve_id(&a.slice(a.words[e.word_start + 1].body_start, e.end), &self.ctx))
    }

    /// Name, country and role of each organisation: its list entry, a KB actor, or its own words.
    fn link_organisations(&self, cands: &[Cand], ents: &mut [Entity], place_from: &[Option<usize>]) {
        let (a, bodies) = (self.a, self.bodies);
        for (idx, c) in cands.iter().enumerate() {
            if c.kind != Kind::Org {
                continue;
            }
            let surface = a.slice(ents[idx].start, ents[idx].end);
            let (mut name, mut country, mut role) = (None, None, c.head_role);
            if let Some(o) = c.org.or_else(|| if c.src == Src::Pattern { self.listed_prefix(c) } else { None }) {
                (name, country, role) = (o.name, o.country, o.role);
            } else if let Some(m) = actors()
                .lookup_arabic(&surface, self.published)
                .filter(|m| m.kind != MatchKind::Surname && plausible(a, bodies, c.ws, c.we, Kind::Org, m))
            {
                (name, country, role) = (Some(m.name), m.country, m.role.or(role));
            }
            if country.is_none() && c.org.is_none() {
                country = org_country(a, bodies, ents, place_from, c);
            }
            let e = &mut ents[idx];
            e.name = name.map(str::to_string);
            e.country = country.map(str::to_string);
            e.role = role.map(str::to_string);
        }
    }

    /// A listed body's name followed by an apposition ("وكالة الأنباء السعودية الرسمية") is that body.
    fn listed_prefix(&self, c: &Cand) -> Option<&'static Org> {
        let (a, bodies) = (self.a, self.bodies);
        lists().orgs.get(&bodies[c.ws])?.iter().find(|o| {
            let len = o.words.len();
            o.name.is_some()
                && len < c.we - c.ws
                && (1..len).all(|j| a.words[c.ws + j].key == o.words[j])
                && (c.ws + len..c.we).all(|k| lists().appositions.contains(&a.words[k].key) || (o.country.is_some() && demonym_of(bodies, k) == o.country))
        })
    }

    /// Link each person to the actor KB and the titles around it. Returns the persons that are no mention once their
    /// link falls (see `settle_person`).
    fn link_people(&self, cands: &[Cand], ents: &mut [Entity], non_person_at: &[Option<usize>]) -> Vec<bool> {
        let mut people = PersonLookups::default();
        // Sound-alike actors a mention's own title or nationality adjective refutes, for the whole document: "النجم
        // المصري محمد صلاح" is no Libyan Mohamed Siala in any of his mentions.
        let mut refuted: rustc_hash::FxHashSet<usize> = Default::default();
        // What the document names besides people: countries of places and organisations, roles of organisations.
        let named = Named {
            countries: ents.iter().filter(|x| x.kind != Kind::Per).filter_map(|x| x.country.clone()).collect(),
            org_roles: ents.iter().filter(|x| x.kind == Kind::Org).filter_map(|x| x.role.clone()).collect(),
        };
        let mut linked = Vec::new();
        for idx in 0..ents.len() {
            if ents[idx].kind == Kind::Per {
                linked.push(self.person_link(ents, non_person_at, idx, &named, &mut people, &mut refuted));
            }
        }
        // A person found only because a title stands before a KB name is no mention once the link falls.
        let mut unlinked = vec![false; ents.len()];
        for p in linked {
            self.settle_person(cands, ents, &refuted, &mut unlinked, p);
        }
        unlinked
    }

    /// The KB actor a person mention stands for, if the mention and the document support it, with the cues by it.
    fn person_link(
        &self,
        ents: &[Entity],
        non_person_at: &[Option<usize>],
        idx: usize,
        named: &Named,
        people: &mut PersonLookups,
        refuted: &mut rustc_hash::FxHashSet<usize>,
    ) -> PersonLink {
        let (a, bodies, published) = (self.a, self.bodies, self.published);
        let e = &ents[idx];
        let latin = a.words[e.word_start].kind == WordKind::Latin;
        let single = e.word_end - e.word_start == 1;
        let m = people.lookup(&a.slice(e.start, e.end), latin, published);
        // A surname alone links only to someone in office on the date (ترامب is not Felipe Tromp).
        let m = m.filter(|m| m.kind != MatchKind::Surname || (single && self.current(m)));
        let m = m.filter(|m| plausible(a, bodies, e.word_start, e.word_end, Kind::Per, m));
        let (cue_country, cue_role) = person_cues(a, bodies, ents, non_person_at, idx);
        let adjective = self.adjacent_demonym(e);
        if let Some(m) = m.filter(|m| refutes(cue_country.or(adjective), m)) {
            refuted.insert(m.actor);
        }
        let m = m.filter(|m| supported(&self.ctx, named, latin, e.word_end - e.word_start, cue_country.or(adjective), m));
        let stale = m.is_some_and(|m| !self.current(&m)) && (cue_country.is_some() || cue_role.is_some());
        PersonLink { idx, m, stale, cue_country, cue_role }
    }

    /// A KB role that ended before the publication date is history: in-text titles say more.
    fn current(&self, m: &rasd_kb::ActorMatch) -> bool {
        match (self.published, actors().period_at(m.actor, self.published)) {
            (Some(d), Some(p)) => p.to.is_none_or(|t| t >= rasd_kb::date_num(d)),
            (None, _) => true,
            (_, None) => false,
        }
    }

    /// "النجم المصري محمد صلاح", "محمد فوزي الأردني": the nationality adjective right before or after the name.
    fn adjacent_demonym(&self, e: &Entity) -> Option<&'static str> {
        let (a, bodies) = (self.a, self.bodies);
        let sent = a.words[e.word_start].sentence;
        e.word_start
            .checked_sub(1)
            .filter(|&k| a.words[k].sentence == sent)
            .and_then(|k| demonym_of(bodies, k))
            .or_else(|| Some(e.word_end).filter(|&k| k < a.words.len() && a.words[k].sentence == sent && a.words[k].split.conj == 0).and_then(|k| demonym_of(bodies, k)))
    }

    /// Write a person's link, now that the refuted actors of the whole document are known; mark it unlinked when it
    /// came from a title and the link fell, unless the tagger's own person there stands.
    fn settle_person(&self, cands: &[Cand], ents: &mut [Entity], refuted: &rustc_hash::FxHashSet<usize>, unlinked: &mut [bool], p: PersonLink) {
        let PersonLink { idx, m, stale, cue_country, cue_role } = p;
        let m = m.filter(|m| m.kind == MatchKind::Arabic || !refuted.contains(&m.actor));
        unlinked[idx] = m.is_none() && cands[idx].src == Src::Title;
        // The tagger's own person there stands, unlinked ("المتحدث محمد الحواري").
        if let Some(fe) = cands[idx].fallback.filter(|_| unlinked[idx]) {
            unlinked[idx] = false;
            ents[idx].word_end = fe;
            ents[idx].end = self.a.words[fe - 1].end;
        }
        let e = &mut ents[idx];
        // Names only in Arabic (Arabic-only dictionary entries) are not canonical English names.
        e.name = m.map(|m| m.name).filter(|n| n.is_ascii()).map(str::to_string);
        if stale {
            e.country = cue_country.map(str::to_string);
            e.role = cue_role.map(str::to_string);
        } else {
            e.country = m.and_then(|m| m.country).or(cue_country).map(str::to_string);
            e.role = m.and_then(|m| m.role).or(cue_role).map(str::to_string);
        }
    }
}

/// Persons with two words or more by their last word: each distinct spelling once (the first mention of each full
/// name, so that a name repeated through a long document costs no more per short form), every one, and those found
/// only after a title.
#[allow(clippy::type_complexity)]
fn full_names<'a>(
    bodies: &'a [String],
    cands: &[Cand],
) -> (FxHashMap<&'a str, Vec<(usize, usize)>>, FxHashMap<&'a str, Vec<(usize, usize)>>, rustc_hash::FxHashSet<(usize, usize)>) {
    let mut surnames: FxHashMap<&str, Vec<(usize, usize)>> = FxHashMap::default();
    let mut all_fulls: FxHashMap<&str, Vec<(usize, usize)>> = FxHashMap::default();
    let mut spellings: rustc_hash::FxHashSet<Vec<&str>> = Default::default();
    let mut titled: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    for c in cands.iter().filter(|c| c.kind == Kind::Per && c.we - c.ws >= 2) {
        let last = bodies[c.we - 1].as_str();
        if last.chars().count() >= 3 {
            if spellings.insert(bodies[c.ws..c.we].iter().map(String::as_str).collect()) {
                surnames.entry(last).or_default().push((c.ws, c.we));
            }
            all_fulls.entry(last).or_default().push((c.ws, c.we));
            if c.src == Src::Title {
                titled.insert((c.ws, c.we));
            }
        }
    }
    (surnames, all_fulls, titled)
}

/// Entities of the final candidate spans, not yet linked.
fn unlinked_entities(a: &Analysis, cands: &[Cand]) -> Vec<Entity> {
    cands
        .iter()
        .map(|c| Entity {
            start: a.words[c.ws].body_start,
            end: a.words[c.we - 1].end,
            word_start: c.ws,
            word_end: c.we,
            kind: c.kind,
            name: None,
            country: None,
            role: None,
            geo: None,
            chain: 0,
        })
        .collect()
}

impl MentionsByWord {
    fn new(n: usize, ents: &[Entity]) -> Self {
        let mut place_from: Vec<Option<usize>> = vec![None; n];
        let mut non_person_at: Vec<Option<usize>> = vec![None; n];
        for (i, e) in ents.iter().enumerate() {
            if e.kind == Kind::Loc {
                place_from[e.word_start].get_or_insert(i);
            }
            if e.kind != Kind::Per {
                non_person_at[e.word_start..e.word_end].iter_mut().for_each(|x| {
                    x.get_or_insert(i);
                });
            }
        }
        MentionsByWord { place_from, non_person_at }
    }
}

/// A person is named several times in a document: each spelling is looked up once (Arabic and Latin apart).
#[derive(Default)]
struct PersonLookups {
    seen: [FxHashMap<String, Option<rasd_kb::ActorMatch>>; 2],
}

impl PersonLookups {
    fn lookup(&mut self, surface: &str, latin: bool, published: Option<Date>) -> Option<rasd_kb::ActorMatch> {
        if let Some(&m) = self.seen[latin as usize].get(surface) {
            return m;
        }
        let m = if latin { actors().lookup_latin(surface, published) } else { actors().lookup_arabic(surface, published) };
        self.seen[latin as usize].insert(surface.to_string(), m);
        m
    }
}

/// A person's link before the document-wide refutations are known.
struct PersonLink {
    idx: usize,
    m: Option<rasd_kb::ActorMatch>,
    /// The KB role ended before publication and the text gives a title: the title's country and role win.
    stale: bool,
    cue_country: Option<&'static str>,
    cue_role: Option<&'static str>,
}

impl FullNames<'_> {
    /// Drop the persons `unlinked` marks, and the short forms of full names found only after a title when all those
    /// full names were dropped.
    fn drop_unlinked(&self, ents: &mut Vec<Entity>, mut unlinked: Vec<bool>) {
        if !unlinked.contains(&true) {
            return;
        }
        let dropped: rustc_hash::FxHashSet<(usize, usize)> = (0..ents.len()).filter(|&i| unlinked[i]).map(|i| (ents[i].word_start, ents[i].word_end)).collect();
        let all_dropped: FxHashMap<&str, bool> = self.all_fulls.iter().map(|(k, v)| (*k, v.iter().all(|f| dropped.contains(f)))).collect();
        let mut person_from: FxHashMap<usize, usize> = FxHashMap::default();
        for (i, e) in ents.iter().enumerate().filter(|(_, e)| e.kind == Kind::Per) {
            person_from.entry(e.word_start).or_insert(i);
        }
        for (ws, last) in &self.short_of_titled {
            if all_dropped[last] {
                if let Some(&i) = person_from.get(ws) {
                    unlinked[i] = true;
                }
            }
        }
        let mut k = 0;
        ents.retain(|_| {
            k += 1;
            !unlinked[k - 1]
        });
    }
}

/// Whether a sound-alike link (a consonant skeleton or a surname: Arabic dictionary and curated spellings are
/// trusted as written) can stand for the mention of words ws..we of `kind`. Not when an organisation, or a phrase
/// headed by an organisation's head noun or a ministry's portfolio ("الخارجية السورية"), would become a person;
/// nor when a nationality adjective of the mention, other than a person's nisba, names another country than the
/// actor's ("السورية" is no Sri Lankan).
pub(crate) fn plausible(a: &Analysis, bodies: &[String], ws: usize, we: usize, kind: Kind, m: &rasd_kb::ActorMatch) -> bool {
    if m.kind == MatchKind::Arabic {
        return true;
    }
    let person = actors().is_person(m.actor);
    if person && (kind == Kind::Org || lists().portfolios.contains(&bodies[ws]) || cue_at(a, bodies, ws, &[CueKind::OrgHead]).is_some()) {
        return false;
    }
    // Ordinary nouns and adjectives sound like many a foreign name ("حكومي آخر" ~ Kim Carr): a sound-alike needs
    // a name to start with (a transliterated foreign name may hold a syllable that is an Arabic word: شو سون هوي).
    let general = |k: usize| a.words[k].kind == WordKind::Arabic && crate::vocab::general(&bodies[k]);
    if person && (general(ws) || (ws..we).all(general)) {
        return false;
    }
    // A man's name may end in a nisba, the masculine singular adjective (أبو عبد العزيز القطري fought in Syria);
    // an organisation's adjective agrees with it (السورية) and a plural (الأوروبيين) is no name.
    !(ws..we).any(|k| (kind == Kind::Org || !bodies[k].ends_with('ي')) && demonym_of(bodies, k).is_some_and(|d| m.country != Some(d)))
}

/// Whether the document backs a sound-alike person link (a skeleton or surname match; dictionary and curated
/// Arabic spellings are trusted as written). Short skeletons of common names meet many foreigners ("محمد صلاح" is
/// no Mohamed Siala, "جون سينا" no John Swan of Bermuda), so the actor must be of a country the document names (a
/// country, a nationality adjective, a linked place or organisation; for an international official, a body of his
/// kind), or a title by the mention must name the actor's country, or the mention is the actor's full English name
/// written in Latin letters. A title or nationality adjective by the mention naming another country refutes it.
/// Countries and organisation roles the document's places and organisations name.
struct Named {
    countries: rustc_hash::FxHashSet<String>,
    org_roles: rustc_hash::FxHashSet<String>,
}

fn supported(ctx: &GeoContext, named: &Named, latin: bool, words: usize, cue: Option<&str>, m: &rasd_kb::ActorMatch) -> bool {
    if m.kind == MatchKind::Arabic || !actors().is_person(m.actor) {
        return true;
    }
    if refutes(cue, m) {
        return false;
    }
    if let Some(c) = m.country {
        if ctx.countries.contains_key(c) || named.countries.contains(c) {
            return true;
        }
    } else if m.role.is_some_and(|r| named.org_roles.contains(r)) {
        // An international official (no country) is backed by an international body named in the document.
        return true;
    }
    // A title's role alone is no support: most actors are GOV, and a title noun meets many a phrase (حاكم إمارة دبي
    // is no Mario Dupuy).
    (cue.is_some() && cue == m.country) || (latin && words >= 2 && words == actors().actor(m.actor).name.split(' ').count())
}

/// A title or nationality adjective of another country by a mention speaks against a sound-alike actor of a country.
fn refutes(cue_country: Option<&str>, m: &rasd_kb::ActorMatch) -> bool {
    m.kind != MatchKind::Arabic && actors().is_person(m.actor) && cue_country.is_some() && m.country.is_some() && cue_country != m.country
}

/// Every mention of a chain gets the chain's link: the first known name, country and role among its mentions
/// (a title may sit by the third mention of a person only).
fn spread(ents: &mut [Entity]) {
    let mut best: FxHashMap<usize, (Option<String>, Option<String>, Option<String>)> = FxHashMap::default();
    for e in ents.iter() {
        let b = best.entry(e.chain).or_default();
        if b.0.is_none() {
            b.0 = e.name.clone();
        }
        if b.1.is_none() {
            b.1 = e.country.clone();
        }
        if b.2.is_none() {
            b.2 = e.role.clone();
        }
    }
    for e in ents.iter_mut().filter(|e| e.kind != Kind::Loc) {
        let b = &best[&e.chain];
        e.name = e.name.take().or(b.0.clone());
        e.country = e.country.take().or(b.1.clone());
        e.role = e.role.take().or(b.2.clone());
    }
}

/// The country an organisation's own words give: a nationality adjective or a country inside it or right after it
/// ("وكالة الإعلام الروسية", "حكومة أرمينيا", "موقع إن تي في الألماني"), or the place after في ("وزارة الدفاع في باكو").
fn org_country(a: &Analysis, bodies: &[String], ents: &[Entity], place_from: &[Option<usize>], c: &Cand) -> Option<&'static str> {
    let g = gazetteer();
    for k in c.ws..c.we {
        if let Some(d) = demonym_of(bodies, k) {
            return Some(d);
        }
        if k > c.ws {
            if let Some(ctry) = g.candidates(&bodies[k]).first().map(|&id| g.place(id)).filter(|p| p.kind == PlaceKind::Country) {
                return rasd_kb::country_by_iso3(ctry.country.as_deref()?).map(|x| x.iso3);
            }
        }
    }
    let mut k = c.we;
    while k < a.words.len() && a.words[k].kind == WordKind::Punct && k < c.we + 2 && a.slice(a.words[k].start, a.words[k].end) != "،" {
        k += 1;
    }
    if k >= a.words.len() || a.words[k].sentence != a.words[c.ws].sentence {
        return None;
    }
    // Only an adjective that agrees ("التحالف العربي تركي المالكي": Turki is a name, not "Turkish").
    if let Some(d) = demonym_of(bodies, k).filter(|_| crate::mentions::adjective_of_previous(a, bodies, k)) {
        return Some(d);
    }
    if a.words[k].key == "في" {
        let loc = &ents[(*place_from.get(k + 1)?)?];
        return rasd_kb::country_by_iso3(loc.country.as_deref()?).map(|x| x.iso3);
    }
    None
}

/// Country and role from a title before the name ("وزير الخارجية الروسي سيرغي لافروف", "الرئيس الأذري إلهام
/// علييف") or after it, past a comma ("نيكول باشينيان، رئيس وزراء أرمينيا", "ديمتري بيسكوف، المتحدث باسم الكرملين").
fn person_cues(a: &Analysis, bodies: &[String], ents: &[Entity], non_person_at: &[Option<usize>], idx: usize) -> (Option<&'static str>, Option<&'static str>) {
    let e = &ents[idx];
    let sent = a.words[e.word_start].sentence;
    let ent_at = |k: usize| non_person_at.get(k).copied().flatten().map(|i| &ents[i]);
    let iso = |s: &Option<String>| s.as_deref().and_then(rasd_kb::country_by_iso3).map(|c| c.iso3);
    // Qualifiers after a title: nationality adjectives and the places or organisations it belongs to.
    let qualify = |from: usize, to: usize, role: Option<&'static str>| {
        let (mut country, mut role) = (None, role);
        let mut k = from;
        while k < to {
            if let Some(d) = demonym_of(bodies, k) {
                country = country.or(Some(d));
                k += 1;
            } else if let Some(x) = ent_at(k) {
                country = country.or(iso(&x.country));
                if role.is_none() && x.kind == Kind::Org {
                    role = x.role.as_deref().and_then(static_role);
                }
                k = x.word_end;
            } else {
                break;
            }
        }
        (k, country, role)
    };
    // Before: a title ending right before the name, maybe with qualifiers between.
    let lo = e.word_start.saturating_sub(6);
    for t in (lo..e.word_start).rev() {
        if a.words[t].sentence != sent {
            continue;
        }
        if let Some((cue, len)) = cue_at(a, bodies, t, &[CueKind::Title]) {
            if t + len > e.word_start {
                continue;
            }
            let (k, country, role) = qualify(t + len, e.word_start, cue.role);
            if k == e.word_start {
                return (country, role);
            }
        }
    }
    // After: "NAME، TITLE qualifiers".
    let mut k = e.word_end;
    if k < a.words.len() && a.words[k].kind == WordKind::Punct && matches!(a.slice(a.words[k].start, a.words[k].end).as_str(), "،" | ",") {
        k += 1;
        if k < a.words.len() && a.words[k].sentence == sent {
            if let Some((cue, len)) = cue_at(a, bodies, k, &[CueKind::Title]) {
                let mut from = k + len;
                // "مستشار حكومة X": an organisation head between the title and its place.
                if let Some((head, hl)) = cue_at(a, bodies, from, &[CueKind::OrgHead]).filter(|_| ent_at(from).is_none()) {
                    from += hl;
                    let (_, country, role) = qualify(from, (from + 4).min(a.words.len()), cue.role.or(head.role));
                    return (country, role);
                }
                let (_, country, role) = qualify(from, (from + 4).min(a.words.len()), cue.role);
                return (country, role);
            }
        }
    }
    (None, None)
}

/// A role string as the 'static code rasd-kb uses (roles are few; unknown strings are dropped).
fn static_role(r: &str) -> Option<&'static str> {
    const ROLES: &[&str] = &[
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "UAF", "SPY", "IGO", "NGO", "MED", "BUS", "CVL", "CRM", "ELI", "REF", "REL", "EDU",
        "HLH", "LAB",
    ];
    ROLES.iter().copied().find(|x| *x == r)
}

/// Number coreference chains: a person's short form or repeat joins the earlier full name and takes its link;
/// other mentions chain by canonical name or by their words.
fn chain(bodies: &[String], ents: &mut [Entity]) {
    let mut by_key: FxHashMap<(Kind, String), usize> = FxHashMap::default();
    let mut by_last: FxHashMap<String, usize> = FxHashMap::default();
    let mut head_of: Vec<usize> = Vec::new();
    let mut next = 0;
    for i in 0..ents.len() {
        let e = ents[i].clone();
        let words: Vec<&str> = (e.word_start..e.word_end).map(|k| bodies[k].as_str()).collect();
        let key = words.join(" ");
        let last = words.last().copied().unwrap_or("").to_string();
        let mut found = by_key.get(&(e.kind, key.clone())).copied();
        if found.is_none() {
            if let Some(nm) = &e.name {
                found = by_key.get(&(e.kind, format!("name:{nm}"))).copied();
            }
        }
        // A short form joins the full name it ends ("الحريري", "لو مير" after "برونو لو مير"); another full name of
        // the same family does not ("رفيق الحريري" is not Saad Hariri, "منصور بن زايد" not Mohammed bin Zayed).
        if found.is_none() && e.kind == Kind::Per {
            found = by_last.get(&last).copied().filter(|&h| {
                let full = &ents[head_of[h]];
                let n = full.word_end - full.word_start;
                let suffix = words.len() < n && (0..words.len()).all(|j| bodies[full.word_end - words.len() + j] == words[j]);
                // The same first and last name with or without middle names ("دونالد جيه ترامب", "جمال بن أحمد خاشقجي").
                suffix || (words.len() >= 2 && bodies[full.word_start] == words[0])
            });
        }
        match found {
            Some(h) => {
                let head = head_of[h];
                let (name, country, role) = (ents[head].name.clone(), ents[head].country.clone(), ents[head].role.clone());
                let e = &mut ents[i];
                e.chain = h;
                if e.kind == Kind::Per || e.name.is_none() {
                    e.name = name.or(e.name.take());
                    e.country = country.or(e.country.take());
                    e.role = role.or(e.role.take());
                }
            }
            None => {
                let c = next;
                next += 1;
                head_of.push(i);
                ents[i].chain = c;
                by_key.insert((e.kind, key), c);
                let e = &ents[i];
                if let Some(nm) = &e.name {
                    by_key.insert((e.kind, format!("name:{nm}")), c);
                }
                if e.kind == Kind::Per && words.len() >= 2 && last.chars().count() >= 3 {
                    by_last.entry(last).or_insert(c);
                }
            }
        }
    }
}
