//! The actor knowledge base: PETRARCH people and organisations with dated CAMEO codes, Arabic names, and
//! cross-script lookup, plus the hand-curated people of data/kb/actors_curated.tsv, which take precedence: their
//! Arabic names are matched first, and PETRARCH entries for the same person are redirected to them.

use crate::country;
use crate::curated;
use crate::translit::{arabic_skeleton, breaks, compact, latin_skeleton, latin_skeleton_variants, same_words};
use crate::tsv;
use crate::Date;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// One dated CAMEO code of an actor: `AZEGOV` from 2003-10-31 on. Dates are YYYYMMDD numbers; None is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub code: &'static str,
    pub country: Option<&'static str>,
    pub role: Option<&'static str>,
    pub from: Option<u32>,
    pub to: Option<u32>,
}

impl Period {
    pub(crate) fn dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
    pub(crate) fn contains(&self, d: u32) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }
}

/// A person or organisation.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Canonical English name ("Ilham Aliyev"); Arabic-only entries carry their Arabic name.
    pub name: &'static str,
    pub periods: Vec<Period>,
    pub alt_names: Vec<&'static str>,
    pub names_ar: Vec<&'static str>,
    /// A curated person's nationality (the country when no period is valid on the date); None for PETRARCH.
    pub nationality: Option<&'static str>,
    /// From the hand-curated list.
    pub curated: bool,
}

/// How a name was linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// The Arabic name is in the dictionary, or is a curated person's name or listed short form (ترامب).
    Arabic,
    /// The full name's consonant skeleton equals an English name's.
    Skeleton,
    /// A single word matched an actor's surname (unambiguous, or the most prominent actor on the date).
    Surname,
}

/// The result of linking a name: canonical name, ISO3 country and contract role at the date, and the CAMEO code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorMatch {
    pub name: &'static str,
    pub country: Option<&'static str>,
    pub role: Option<&'static str>,
    pub code: &'static str,
    pub kind: MatchKind,
    pub actor: usize,
}

pub struct ActorKb {
    actors: Vec<Actor>,
    by_arabic: FxHashMap<String, Vec<u32>>,
    /// Multi-word names by compact skeleton, with where each indexed spelling breaks words (translit::breaks):
    /// a mention matches word by word, not across word breaks.
    by_skeleton: FxHashMap<String, Vec<(u32, u64)>>,
    by_surname: FxHashMap<String, Vec<u32>>,
    /// How many people have each first-name skeleton: a word that is a common given name (محمد، علي) is not
    /// taken as a surname when twice as many people have it as a first name as have it as a last.
    first_names: FxHashMap<String, u32>,
    /// Curated Arabic names (full names and the short forms news uses alone), matched exactly before anything else.
    curated_names: FxHashMap<String, Vec<u32>>,
    /// Each actor's stand-in: itself, or the curated entry for the same person.
    redirect: Vec<u32>,
}

static ACTORS: LazyLock<ActorKb> = LazyLock::new(ActorKb::load);

/// The process-wide actor knowledge base (built on first use).
pub fn actors() -> &'static ActorKb {
    &ACTORS
}

/// A date as the number YYYYMMDD, the form of the actor periods.
pub fn date_num(d: Date) -> u32 {
    (d.year().max(0) as u32) * 10000 + d.month() as u32 * 100 + d.day() as u32
}

impl ActorKb {
    fn load() -> ActorKb {
        let roles: FxHashMap<&'static str, Option<&'static str>> =
            tsv::rows(&tsv::ROLES).filter(|r| r.len() >= 2).map(|r| (r[0].trim(), tsv::opt(r.get(1)))).collect();
        let mut kb = ActorKb {
            actors: Vec::with_capacity(27_000),
            by_arabic: FxHashMap::default(),
            by_skeleton: FxHashMap::default(),
            by_surname: FxHashMap::default(),
            first_names: FxHashMap::default(),
            curated_names: FxHashMap::default(),
            redirect: Vec::new(),
        };
        // Actors Arabic text must not find by the spelling of a common word (data/kb/actors_unspelled.tsv).
        let unspelled: FxHashMap<&'static str, &'static str> = tsv::rows(&tsv::ACTORS_UNSPELLED).map(|r| (r[0].trim(), r[1].trim())).collect();
        let mut listed = 0;
        for r in tsv::rows(&tsv::ACTORS) {
            if r.len() < 2 {
                continue;
            }
            let periods = r[1].split(';').filter_map(|p| parse_period(p, &roles)).collect();
            let name = r[0].strip_prefix("ar:").unwrap_or(r[0]);
            let en = !r[0].starts_with("ar:");
            let actor = Actor {
                name,
                periods,
                alt_names: r.get(2).map(|f| tsv::list(f).collect()).unwrap_or_default(),
                names_ar: r.get(3).map(|f| tsv::list(f).collect()).unwrap_or_default(),
                nationality: None,
                curated: false,
            };
            let id = kb.actors.len() as u32;
            for n in &actor.names_ar {
                push(&mut kb.by_arabic, rasd_text::key(n), id);
                // Arabic-only actors are found across Arabic spellings too (دميتري/ديمتري بيسكوف).
                let sk = arabic_skeleton(n);
                if !en && sk.split(' ').count() >= 2 {
                    push_skeleton(&mut kb.by_skeleton, &sk, id);
                }
            }
            // Only people are found by surname alone: a name of 2-4 words with a national code.
            let person = en
                && !actor.name.contains(['(', '/'])
                && (2..=4).contains(&actor.name.split(' ').count())
                && actor.periods.first().is_some_and(|p| p.country.is_some());
            if en {
                match unspelled.get(actor.name).copied() {
                    Some("spelling") => {}
                    Some(_) => kb.index_english(&actor, id, person, false),
                    None => kb.index_english(&actor, id, person, person),
                }
                listed += unspelled.contains_key(actor.name) as usize;
            }
            kb.actors.push(actor);
        }
        assert!(listed >= unspelled.len(), "data/kb/actors_unspelled.tsv: a name that is not an English name of data/kb/actors.tsv");
        kb.redirect = (0..kb.actors.len() as u32).collect();
        kb.add_curated(curated::actors(&roles));
        kb
    }

    /// `surname`: also findable by its last name alone (a person not listed in data/kb/actors_unspelled.tsv).
    fn index_english(&mut self, actor: &Actor, id: u32, person: bool, surname: bool) {
        // Long alternatives are titled forms ("Russian Foreign Minister Sergey Lavrov") Arabic text never
        // transliterates whole: skipping them halves the load time.
        let names = std::iter::once(&actor.name).chain(actor.alt_names.iter()).filter(|n| n.split(' ').count() <= 4);
        for sk in names.flat_map(|n| latin_skeleton_variants(n)) {
            let words: Vec<&str> = sk.split(' ').collect();
            if words.len() >= 2 {
                push_skeleton(&mut self.by_skeleton, &sk, id);
                if person && dated_person(actor) && words.len() >= 3 && words[0].len() >= 2 && words[words.len() - 1].len() >= 2 {
                    // "Recep Tayyip Erdogan" is often "رجب أردوغان": a person's first and last name (not an
                    // organisation's: "Tawhid And Jihad" is no "اتحاد جدة").
                    push_skeleton(&mut self.by_skeleton, &format!("{} {}", words[0], words[words.len() - 1]), id);
                }
                let last = words[words.len() - 1];
                if person {
                    *self.first_names.entry(words[0].to_string()).or_insert(0) += 1;
                }
                if last.len() >= 2 && person && surname {
                    push(&mut self.by_surname, last.to_string(), id);
                }
            }
        }
    }

    /// Index the curated people and point the PETRARCH entries for the same person at them: same full-name
    /// skeleton (English or Arabic) or same Arabic name, and a country in common (IGO for IGO officials), so a
    /// namesake from another country (two Mohamed Mustafas) keeps its own entry.
    fn add_curated(&mut self, people: Vec<Actor>) {
        let petrarch = self.actors.len() as u32;
        for actor in people {
            let id = self.actors.len() as u32;
            let mut twins: Vec<u32> = Vec::new();
            for sk in latin_skeleton_variants(actor.name) {
                if sk.split(' ').count() >= 2 {
                    twins.extend(skeleton_ids(&self.by_skeleton, &sk).filter(|&i| i < petrarch));
                }
            }
            for n in &actor.names_ar {
                let k = rasd_text::key(n);
                let sk = arabic_skeleton(n);
                if sk.split(' ').count() >= 2 {
                    twins.extend(self.by_arabic.get(&k).into_iter().flatten().copied().filter(|&i| i < petrarch));
                    twins.extend(skeleton_ids(&self.by_skeleton, &sk).filter(|&i| i < petrarch));
                    push_skeleton(&mut self.by_skeleton, &sk, id);
                }
                // Single words only by exact spelling: a one-word skeleton (الأسد: S D) is shared by other words (سعد).
                push(&mut self.curated_names, k, id);
            }
            self.index_english(&actor, id, true, true);
            for t in twins {
                if self.redirect[t as usize] == t && same_country(&self.actors[t as usize], &actor) {
                    self.redirect[t as usize] = id;
                }
            }
            self.actors.push(actor);
            self.redirect.push(id);
        }
    }

    /// The actors behind index entries: redirected to curated stand-ins, without repeats.
    fn resolve(&self, ids: &[u32]) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::with_capacity(ids.len());
        for &i in ids {
            let r = self.redirect[i as usize];
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// Whether an actor is a person rather than an organisation: curated entries are people; a PETRARCH entry is
    /// one when its name has 2-4 plain words, its codes a country, and some code dates (people hold offices from
    /// and to a date; organisations' codes are open: "White House USAGOV::", "Tawhid And Jihad IRQREB::").
    pub fn is_person(&self, id: usize) -> bool {
        let a = &self.actors[id];
        a.curated || dated_person(a)
    }

    pub fn actor(&self, id: usize) -> &Actor {
        &self.actors[id]
    }

    pub fn len(&self) -> usize {
        self.actors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// Link an Arabic name ("إلهام علييف", "علييف", "دميتري بيسكوف") to an actor, with the country and role valid
    /// on `date` (the publication date; None = the most recent role). Tries the curated names (full names and short
    /// forms, exact spelling; the date chooses between people sharing one), then the Arabic dictionary, then the full
    /// consonant skeleton against English names, then, for a single word, surnames: accepted only when one actor
    /// has it or one is clearly the most prominent on the date (a head of state or government then in office).
    pub fn lookup_arabic(&self, name: &str, date: Option<Date>) -> Option<ActorMatch> {
        let d = date.map(date_num);
        let k = rasd_text::key(name);
        if let Some(ids) = self.curated_names.get(&k) {
            // Curated names are trusted as written; two people sharing one (الحريري) are told apart by the date, or
            // not at all.
            return self.best_curated(ids, d);
        }
        if let Some(ids) = self.by_arabic.get(&k) {
            if let Some(m) = self.best(&self.resolve(ids), d, MatchKind::Arabic, false) {
                return Some(m);
            }
        }
        // The raw name, not the key: the skeleton tells the article ال from إلهام's first letters.
        let sk = arabic_skeleton(name);
        let words = sk.split(' ').filter(|w| !w.is_empty()).count();
        let flat = compact(&sk);
        if flat.len() < 2 {
            return None;
        }
        if words >= 2 {
            let ids: Vec<u32> = skeleton_ids(&self.by_skeleton, &sk).collect();
            if ids.is_empty() {
                return None;
            }
            return self.best(&self.resolve(&ids), d, MatchKind::Skeleton, false);
        }
        let ids = self.by_surname.get(&flat)?;
        if self.first_names.get(&flat).copied().unwrap_or(0) as usize > 2 * ids.len() {
            return None;
        }
        self.best(&self.resolve(ids), d, MatchKind::Surname, true)
    }

    /// The English-name lookup for Latin-script mentions ("Ilham Aliyev" inside Arabic text).
    pub fn lookup_latin(&self, name: &str, date: Option<Date>) -> Option<ActorMatch> {
        let sk = latin_skeleton(name);
        let d = date.map(date_num);
        if sk.split(' ').count() >= 2 {
            let ids: Vec<u32> = skeleton_ids(&self.by_skeleton, &sk).collect();
            if ids.is_empty() {
                return None;
            }
            self.best(&self.resolve(&ids), d, MatchKind::Skeleton, false)
        } else {
            self.best(&self.resolve(self.by_surname.get(&compact(&sk))?), d, MatchKind::Surname, true)
        }
    }

    /// The period valid on `d`: dated periods containing it (latest start wins), else undated ones; without a date
    /// the open-ended or latest period.
    pub fn period_at(&self, actor: usize, date: Option<Date>) -> Option<&Period> {
        period_at(&self.actors[actor], date.map(date_num))
    }

    fn best(&self, ids: &[u32], d: Option<u32>, kind: MatchKind, strict: bool) -> Option<ActorMatch> {
        let mut scored: Vec<(f64, u32)> = ids.iter().map(|&i| (prominence(&self.actors[i as usize], d), i)).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let (top, id) = *scored.first()?;
        if strict && scored.len() > 1 && (top < 3.0 || scored[1].0 >= top) {
            return None;
        }
        if !strict && scored.len() > 1 && scored[1].0 >= top && !same_person(&self.actors[id as usize], &self.actors[scored[1].1 as usize], d) {
            // Two actors with the same name and equal standing: refuse rather than guess.
            return None;
        }
        Some(self.matched(id, d, kind))
    }

    /// Among curated people sharing a name: the one holding a role on the date (a government role before others),
    /// else the one whose last role ended most recently; None when the top two cannot be told apart.
    fn best_curated(&self, ids: &[u32], d: Option<u32>) -> Option<ActorMatch> {
        let rank = |i: u32| -> (u8, u32) {
            let a = &self.actors[i as usize];
            let now = match d {
                Some(d) => a.periods.iter().filter(|p| p.dated() && p.contains(d)).max_by_key(|p| p.from),
                None => a.periods.iter().filter(|p| p.dated() && p.to.is_none()).max_by_key(|p| p.from),
            };
            match now {
                Some(p) => (2 + u8::from(p.role == Some("GOV")), 0),
                None => (0, a.periods.iter().filter_map(|p| p.to).filter(|&t| d.is_none_or(|d| t <= d)).max().unwrap_or(0)),
            }
        };
        let mut scored: Vec<((u8, u32), u32)> = ids.iter().map(|&i| (rank(i), i)).collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        if scored.len() > 1 && scored[1].0 == scored[0].0 {
            return None;
        }
        Some(self.matched(scored.first()?.1, d, MatchKind::Arabic))
    }

    fn matched(&self, id: u32, d: Option<u32>, kind: MatchKind) -> ActorMatch {
        let a = &self.actors[id as usize];
        let p = period_at(a, d);
        // A curated period's country is authoritative (none for an IGO role); PETRARCH codes without a country
        // borrow the actor's other codes'.
        let country = match p {
            Some(p) if a.curated => p.country,
            _ if a.curated => a.nationality,
            _ => p.and_then(|p| p.country).or_else(|| a.periods.iter().find_map(|p| p.country)),
        };
        ActorMatch { name: a.name, country, role: p.and_then(|p| p.role), code: p.map(|p| p.code).unwrap_or(""), kind, actor: id as usize }
    }
}

fn dated_person(a: &Actor) -> bool {
    a.curated
        || (!a.name.contains(['(', '/'])
            && (2..=4).contains(&a.name.split(' ').count())
            && a.periods.iter().any(|p| p.country.is_some())
            && a.periods.iter().any(|p| p.dated()))
}

/// A PETRARCH entry and a curated person share a country (or both work for an international organisation).
fn same_country(petrarch: &Actor, curated: &Actor) -> bool {
    let igo = curated.periods.iter().any(|p| p.role == Some("IGO"));
    petrarch.periods.iter().any(|p| (p.country.is_some() && p.country == curated.nationality) || (igo && p.role == Some("IGO")))
}

/// Duplicate dictionary entries for one person (spelling variants) agree on country and role at the date.
fn same_person(a: &Actor, b: &Actor, d: Option<u32>) -> bool {
    match (period_at(a, d), period_at(b, d)) {
        (Some(x), Some(y)) => x.country == y.country && x.role == y.role,
        _ => false,
    }
}

/// How prominent an actor is on a date: in office on the date counts, a plain GOV code (head of state or
/// government rather than a ministry: AZEGOV, not AZEGOVAGR) counts more, and an elite code (ELI: leaders keep it
/// for life in CountryInfo) marks national leaders.
fn prominence(a: &Actor, d: Option<u32>) -> f64 {
    let mut s = 0.0;
    if let Some(p) = period_at(a, d) {
        if p.dated() || d.is_none() {
            s += 1.0;
            if p.code.len() == 6 && p.role == Some("GOV") {
                s += 1.0;
            }
        }
    }
    if a.periods.iter().any(|p| p.role == Some("ELI")) && a.periods.iter().any(|p| p.role == Some("GOV")) {
        s += 2.0;
    }
    // Curated dates are current where PETRARCH's stop around 2014.
    s + (a.names_ar.len().min(2) as f64) * 0.25 + if a.curated { 0.5 } else { 0.0 }
}

fn period_at(a: &Actor, d: Option<u32>) -> Option<&Period> {
    match d {
        Some(d) => a
            .periods
            .iter()
            .filter(|p| p.dated() && p.contains(d))
            .max_by_key(|p| (p.from.unwrap_or(0), p.code.len() == 6))
            .or_else(|| a.periods.iter().find(|p| !p.dated()))
            .or_else(|| a.periods.iter().filter(|p| p.to.is_some_and(|t| t < d)).max_by_key(|p| p.to)),
        None => a
            .periods
            .iter()
            .filter(|p| p.dated() && p.to.is_none())
            .max_by_key(|p| p.from)
            .or_else(|| a.periods.iter().filter(|p| p.dated()).max_by_key(|p| (p.to, p.from)))
            .or_else(|| a.periods.first()),
    }
}

fn parse_period(s: &'static str, roles: &FxHashMap<&'static str, Option<&'static str>>) -> Option<Period> {
    let mut it = s.split(':');
    let code = it.next()?.trim();
    if code.len() < 3 || !code.is_ascii() {
        return None;
    }
    let from = it.next().and_then(|x| x.parse().ok());
    let to = it.next().and_then(|x| x.parse().ok());
    let head = &code[..3];
    let (country, mut i) = match country::country_by_iso3(head) {
        Some(c) => (Some(c.iso3), 3),
        None => (None, 0),
    };
    let mut role = None;
    while i + 3 <= code.len() {
        if let Some(Some(r)) = roles.get(&code[i..i + 3]) {
            role = Some(*r);
            break;
        }
        i += 3;
    }
    Some(Period { code, country, role, from, to })
}

/// Index a multi-word skeleton ("KR GSR") under its compact form with its word breaks.
fn push_skeleton(map: &mut FxHashMap<String, Vec<(u32, u64)>>, sk: &str, id: u32) {
    let k = compact(sk);
    if k.is_empty() {
        return;
    }
    let b = breaks(sk);
    let v = map.entry(k).or_default();
    if !v.contains(&(id, b)) {
        v.push((id, b));
    }
}

/// The actors whose indexed spelling has this skeleton word by word, in index order, without repeats.
fn skeleton_ids<'a>(map: &'a FxHashMap<String, Vec<(u32, u64)>>, sk: &str) -> impl Iterator<Item = u32> + 'a {
    let k = compact(sk);
    let (len, b) = (k.len(), breaks(sk));
    let entries = map.get(&k).map(Vec::as_slice).unwrap_or(&[]);
    entries
        .iter()
        .enumerate()
        .filter(move |&(i, &(id, eb))| same_words(len, b, eb) && !entries[..i].iter().any(|&(j, jb)| j == id && same_words(len, b, jb)))
        .map(|(_, &(id, _))| id)
}

fn push(map: &mut FxHashMap<String, Vec<u32>>, k: String, id: u32) {
    if k.is_empty() {
        return;
    }
    let v = map.entry(k).or_default();
    if !v.contains(&id) {
        v.push(id);
    }
}
