//! Measure `find_times` on the development date cases the way `score.py times` does: a case is right when a
//! found expression overlaps its span with exactly its value. Skips when the shared data is absent.
//!
//!     cargo run --release -p rasd-numtime --example devtimes [../shared/data/news-dev]
use serde_json::Value;
use std::collections::HashMap;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/news-dev".into());
    let (Ok(arts), Ok(cases)) = (std::fs::read_to_string(format!("{dir}/articles.jsonl")), std::fs::read_to_string(format!("{dir}/times-cases.json"))) else {
        eprintln!("devtimes: no development data under {dir}, skipped");
        return;
    };
    let mut docs: HashMap<String, Vec<rasd_numtime::TimeExpr>> = HashMap::new();
    let verbose = std::env::var("VERBOSE").is_ok();
    for line in arts.lines().filter(|l| !l.trim().is_empty()) {
        let r: Value = serde_json::from_str(line).expect("article");
        let text = r["text"].as_str().unwrap_or("");
        let pubd = r["published"].as_str().and_then(rasd_numtime::parse_published);
        let a = rasd_text::analyze(text);
        let t = rasd_numtime::find_times(&a, pubd);
        if verbose {
            for x in &t {
                println!("  {} {:?}\t{}\t{}", r["id"].as_str().unwrap(), a.slice(x.start, x.end), x.value, x.precision.as_str());
            }
        }
        docs.insert(r["id"].as_str().unwrap_or("").to_string(), t);
    }
    let cases: Vec<Value> = serde_json::from_str(&cases).expect("cases");
    let mut right = 0;
    for c in &cases {
        let (s, e, v) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize, c["value"].as_str().unwrap());
        let found = docs.get(c["id"].as_str().unwrap()).map(|t| t.iter().filter(|x| x.start < e && s < x.end).collect::<Vec<_>>()).unwrap_or_default();
        if found.iter().any(|x| x.value == v) {
            right += 1;
        } else {
            println!("MISS {} {:?} want {} got {:?}", c["id"], c["text"], v, found.iter().map(|x| &x.value).collect::<Vec<_>>());
        }
    }
    println!("times accuracy: {right}/{} = {:.3}", cases.len(), right as f64 / cases.len() as f64);
}
