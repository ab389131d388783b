//! Fit the temperature of `Mention::score` (logistic of the max-marginal margin) on a CoNLL file: prints, for a
//! few temperatures, the log-likelihood of "this mention is right" (score.py's matching).
use rasd_ner::conll;
fn main() {
    let p = std::env::args().nth(1).expect("CONLL");
    let sents = conll::read_conll(&std::fs::read_to_string(p).unwrap());
    let mut pts = Vec::new();
    for s in &sents {
        let (text, starts) = s.text();
        let gold = s.gold(&starts);
        let a = rasd_text::analyze(&text);
        for m in rasd_ner::tag(&a) {
            if m.label == rasd_ner::Label::Misc { continue; }
            let margin = -rasd_ner::SCORE_TEMPERATURE * (1.0 / m.score - 1.0).ln();
            let mut c = conll::Counts::default();
            c.add(&gold, std::slice::from_ref(&m));
            pts.push((margin as f64, c.per_label.iter().map(|x| x[0]).sum::<usize>() == 1));
        }
    }
    // Margins recovered from saturated f32 scores are infinite; they count as sure.
    for t in [4.0f64, 8.0, 12.0, 16.0, 24.0, 32.0] {
        let ll: f64 = pts.iter().map(|&(m, ok)| { let p = (1.0 / (1.0 + (-m / t).exp())).clamp(1e-6, 1.0 - 1e-6); if ok { p.ln() } else { (1.0 - p).ln() } }).sum();
        let (mut lo, mut hi) = ((0, 0), (0, 0));
        for &(m, ok) in &pts { let p = 1.0 / (1.0 + (-m / t).exp()); if p < 0.9 { lo.0 += 1; lo.1 += ok as usize } else { hi.0 += 1; hi.1 += ok as usize } }
        println!("T {t}: loglik {ll:.1}; score<0.9: {}/{} right; score>=0.9: {}/{} right", lo.1, lo.0, hi.1, hi.0);
    }
}
