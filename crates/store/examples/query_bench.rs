//! Query latency over a database (e.g. from the `synth` example): `query_bench DB [N]` runs N filtered queries
//! (type + country + month) and prints p50/p99, then times a story export of one month in GDELT and Parquet form.

use rasd_store::export::{self, Format};
use rasd_store::{EventType, Filter, Level, SqliteStore, Storage};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let db = args.next().expect("usage: query_bench DB [N]");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(500);
    let store = SqliteStore::open_read_only(std::path::Path::new(&db)).expect("open");
    let countries = ["SYR", "IRQ", "ISR", "EGY", "USA", "RUS", "TUR", "YEM", "LBY", "IRN"];
    let mut times = Vec::with_capacity(n);
    let mut rows = 0;
    for i in 0..n {
        let month = format!("{}-{:02}", 2023 + (i % 2), 1 + (i * 7) % 12);
        let (a, b) = rasd_store::day::month_range(&month).unwrap();
        let f = Filter {
            types: vec![EventType::ALL[(i * 5) % 16]],
            country: Some(countries[i % countries.len()].into()),
            from: rasd_store::day::parse(&a),
            to: rasd_store::day::parse(&b),
            ..Default::default()
        };
        let t = Instant::now();
        rows += store.query(&f).unwrap().len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| times[((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1];
    println!("filtered query (type + country + month), {n} queries, {:.0} rows on average: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms", rows as f64 / n as f64, pct(0.5), pct(0.99), times[times.len() - 1]);
    let (a, b) = rasd_store::day::month_range("2023-06").unwrap();
    for format in [Format::Gdelt, Format::Parquet] {
        let t = Instant::now();
        let f = Filter { level: Level::Stories, from: rasd_store::day::parse(&a), to: rasd_store::day::parse(&b), ..Default::default() };
        let stories = store.query(&f).unwrap();
        let mut sink = Vec::new();
        export::write(format, &stories, &mut sink).unwrap();
        println!("story export of 2023-06 as {format:?}: {} stories, {} bytes in {:.2} s", stories.len(), sink.len(), t.elapsed().as_secs_f64());
    }
}
