//! Lookup variants of a word that may carry proclitics or the article.

/// The keys to try for a surface form, in order: the key as is, then without a conjunction (و/ف) and a
/// preposition (ب/ل/ك, with ل+ال written لل), then with the article added or removed. Stripping only happens when
/// at least three letters remain, so short words (وزير stays وزير first anyway, but "ول" never becomes "ل").
pub fn key_variants(surface: &str) -> Vec<String> {
    let k = rasd_text::key(surface);
    let mut out: Vec<String> = Vec::with_capacity(8);
    let push = |s: String, out: &mut Vec<String>| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    push(k.clone(), &mut out);
    let mut stems: Vec<String> = Vec::new();
    let mut rest = k.as_str();
    if let Some(r) = strip(rest, &['و', 'ف']) {
        stems.push(r.to_string());
        rest = r;
    }
    if let Some(r) = rest.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        // للسعودية = ل + السعودية
        stems.push(format!("ال{r}"));
    } else if let Some(r) = strip(rest, &['ب', 'ل', 'ك']) {
        stems.push(r.to_string());
    }
    for s in &stems {
        push(s.clone(), &mut out);
    }
    let bases: Vec<String> = out.clone();
    for b in bases {
        match b.strip_prefix("ال") {
            Some(r) if r.chars().count() >= 2 => push(r.to_string(), &mut out),
            Some(_) => {}
            None => push(format!("ال{b}"), &mut out),
        }
    }
    out
}

fn strip<'a>(s: &'a str, letters: &[char]) -> Option<&'a str> {
    let mut it = s.chars();
    let c = it.next()?;
    let r = it.as_str();
    (letters.contains(&c) && r.chars().take_while(|c| *c != ' ').count() >= 3).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitics_and_article() {
        // "وللسعودية" as in "وللسعودية دور" (sentence written for this test).
        let v = key_variants("وللسعودية");
        assert!(v.contains(&"السعوديه".to_string()), "{v:?}");
        let v = key_variants("بطرابلس");
        assert_eq!(v[0], "بطرابلس");
        assert!(v.contains(&"طرابلس".to_string()));
        assert!(!key_variants("ول").contains(&"ل".to_string()));
    }
}
