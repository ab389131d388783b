//! The hand-curated actor list (data/kb/actors_curated.tsv): people prominent in 2010-2024 news that the PETRARCH
//! dictionaries (which stop around 2014) miss or date wrongly. Parsed into [`Actor`]s that the actor knowledge base
//! indexes after, and prefers over, the PETRARCH ones.

use crate::actors::{Actor, Period};
use crate::country;
use crate::tsv;
use rustc_hash::FxHashMap;

/// Every curated person, in file order.
pub(crate) fn actors(roles: &FxHashMap<&'static str, Option<&'static str>>) -> Vec<Actor> {
    let mut codes: FxHashMap<String, &'static str> = FxHashMap::default();
    tsv::rows(&tsv::ACTORS_CURATED).filter(|r| r.len() >= 4).map(|r| parse_row(&r, roles, &mut codes)).collect()
}

fn parse_row(
    r: &[&'static str],
    roles: &FxHashMap<&'static str, Option<&'static str>>,
    codes: &mut FxHashMap<String, &'static str>,
) -> Actor {
    let nationality = tsv::opt(r.get(2)).map(|c| country::country_by_iso3(c).map(|c| c.iso3).unwrap_or(c));
    let mut names_ar: Vec<&'static str> = Vec::new();
    for n in r[1].split([',', '،']).map(str::trim).filter(|n| !n.is_empty()) {
        if !names_ar.contains(&n) {
            names_ar.push(n);
        }
    }
    let periods = r[3].split(';').filter_map(|p| parse_period(p.trim(), nationality, roles, codes)).collect();
    Actor { name: r[0].trim(), periods, alt_names: Vec::new(), names_ar, nationality, curated: true }
}

/// `GOV:20170120-20210120` (either date may be empty) for a person of `nationality`: the CAMEO code is the
/// nationality followed by the role (USAGOV), except for IGO roles, which speak for the organisation and carry no
/// country (IGO, IGOUNO).
fn parse_period(
    s: &str,
    nationality: Option<&'static str>,
    roles: &FxHashMap<&'static str, Option<&'static str>>,
    codes: &mut FxHashMap<String, &'static str>,
) -> Option<Period> {
    let (token, range) = s.split_once(':').unwrap_or((s, ""));
    let token = token.trim();
    if token.len() < 3 || !token.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let (from, to) = range.split_once('-').unwrap_or((range, ""));
    let date = |x: &str| x.trim().parse::<u32>().ok();
    let igo = token.starts_with("IGO");
    let country = if igo { None } else { nationality };
    let code = format!("{}{}", country.unwrap_or(""), token);
    let code: &'static str = match codes.get(&code) {
        Some(c) => c,
        None => {
            // A few dozen distinct codes (USAGOV, IGOUNO...), interned once per process.
            let leaked: &'static str = Box::leak(code.clone().into_boxed_str());
            codes.insert(code, leaked);
            leaked
        }
    };
    let role = (0..token.len() / 3).find_map(|i| roles.get(&token[i * 3..i * 3 + 3]).copied().flatten());
    Some(Period { code, country, role, from: date(from), to: date(to) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles() -> FxHashMap<&'static str, Option<&'static str>> {
        tsv::rows(&tsv::ROLES).filter(|r| r.len() >= 2).map(|r| (r[0].trim(), tsv::opt(r.get(1)))).collect()
    }

    #[test]
    fn every_row_parses_with_known_countries_and_roles() {
        let roles = roles();
        let mut seen = std::collections::HashSet::new();
        let mut n = 0;
        for r in tsv::rows(&tsv::ACTORS_CURATED) {
            assert!(r.len() >= 4, "too few columns: {r:?}");
            let a = parse_row(&r, &roles, &mut FxHashMap::default());
            assert!(seen.insert(a.name), "duplicate person {}", a.name);
            assert!(!a.names_ar.is_empty(), "{}", a.name);
            assert!(
                a.names_ar.iter().all(|n| !n.chars().any(|c| c.is_ascii_alphabetic())),
                "Latin letters in an Arabic name of {}",
                a.name
            );
            if let Some(c) = a.nationality {
                assert!(country::country_by_iso3(c).is_some(), "unknown country {c} for {}", a.name);
            }
            let written = r[3].split(';').filter(|p| !p.trim().is_empty()).count();
            assert_eq!(a.periods.len(), written, "unparsed period in {}", a.name);
            for p in &a.periods {
                assert!(p.role.is_some(), "no contract role in {} for {}", p.code, a.name);
                for d in [p.from, p.to].into_iter().flatten() {
                    assert!((19_500_101..=20_301_231).contains(&d) && (1..=12).contains(&(d / 100 % 100)), "{d} {}", a.name);
                }
                if let (Some(f), Some(t)) = (p.from, p.to) {
                    assert!(f <= t, "period ends before it starts: {}", a.name);
                }
            }
            n += 1;
        }
        assert!(n >= 300, "{n}");
    }

    #[test]
    fn igo_roles_carry_no_country() {
        let roles = roles();
        let mut codes = FxHashMap::default();
        let p = parse_period("IGOUNO:20170101-", Some("PRT"), &roles, &mut codes).unwrap();
        assert_eq!((p.code, p.country, p.role, p.from, p.to), ("IGOUNO", None, Some("IGO"), Some(20170101), None));
        let p = parse_period("GOV:19951028-20020406", Some("PRT"), &roles, &mut codes).unwrap();
        assert_eq!((p.code, p.country, p.role), ("PRTGOV", Some("PRT"), Some("GOV")));
        let p = parse_period("BUS:-", Some("SAU"), &roles, &mut codes).unwrap();
        assert_eq!((p.from, p.to, p.role), (None, None, Some("BUS")));
    }
}
