//! A synthetic database for benchmarks: `synth DB EVENTS` writes reports of 10 events each (random PLOVER types,
//! 40 countries, 730 days, 200 places, 12 outlets) through the same ingest path as `rasd ingest`.
//! `cargo run --release -p rasd-store --example synth -- /tmp/synth.db 1000000`

use rasd_store::{EventType, Incoming, SqliteStore, Storage};
use serde_json::json;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub const COUNTRIES: [&str; 40] = [
    "SYR", "IRQ", "ISR", "PSE", "LBN", "JOR", "EGY", "LBY", "TUN", "DZA", "MAR", "SDN", "YEM", "SAU", "ARE", "QAT", "KWT", "OMN", "BHR", "IRN",
    "TUR", "USA", "RUS", "CHN", "FRA", "GBR", "DEU", "AFG", "PAK", "IND", "UKR", "ETH", "SOM", "NGA", "MLI", "AZE", "ARM", "BRA", "JPN", "KOR",
];

fn word(r: &mut Rng) -> String {
    const LETTERS: [char; 20] = ['ا', 'ب', 'ت', 'ج', 'ح', 'د', 'ر', 'س', 'ش', 'ص', 'ع', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي'];
    (0..4 + r.below(4)).map(|_| LETTERS[r.below(LETTERS.len())]).collect()
}

fn document(r: &mut Rng, n: usize) -> String {
    let words: Vec<String> = (0..60).map(|_| word(r)).collect();
    let text = words.join(" ");
    let len = text.chars().count();
    let day0 = jiff::civil::date(2023, 1, 1);
    let published = day0.checked_add(jiff::Span::new().days(r.below(730) as i64)).unwrap();
    let events: Vec<_> = (0..10)
        .map(|i| {
            let c = |r: &mut Rng| COUNTRIES[r.below(COUNTRIES.len())];
            let kind = EventType::ALL[r.below(16)].as_str();
            let place = r.below(200);
            let country = COUNTRIES[place % COUNTRIES.len()];
            let day = published.checked_sub(jiff::Span::new().days(r.below(3) as i64)).unwrap();
            json!({
                "id": format!("V{i}"), "type": kind, "mode": null, "cameo": "190", "goldstein": -10.0,
                "status": (["asserted", "claimed", "planned"][r.below(3)]), "sentence": 0,
                "trigger": {"text": words[i], "start": 0, "end": 1},
                "actor": {"text": null, "start": null, "end": null, "entity": null, "name": null, "country": c(r), "role": "GOV"},
                "recipient": {"text": null, "start": null, "end": null, "entity": null, "name": null, "country": c(r), "role": null},
                "location": {"text": null, "start": null, "end": null, "name": format!("place{place}"), "country": country, "lat": 30.0, "lon": 40.0, "geonameid": place},
                "date": {"text": null, "start": null, "end": null, "value": day.to_string(), "precision": "day"},
                "fatalities": null, "injuries": null, "confidence": 0.7
            })
        })
        .collect();
    json!({
        "id": format!("synth-{n}"), "published": published.to_string(), "language": "ar", "source": format!("outlet{}", r.below(12)),
        "url": format!("https://example.org/{n}"), "text": text, "sentences": [{"start": 0, "end": len}],
        "entities": [], "events": events, "quotes": []
    })
    .to_string()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let db = args.next().expect("usage: synth DB EVENTS");
    let events: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let mut store = SqliteStore::open(std::path::Path::new(&db)).expect("open");
    let run = store.begin_run().unwrap();
    store.begin_bulk_load().unwrap();
    let mut r = Rng(0x9E3779B97F4A7C15);
    let t = std::time::Instant::now();
    let docs = events / 10;
    for start in (0..docs).step_by(1000) {
        let batch = (start..(start + 1000).min(docs)).map(|n| Incoming::Extracted { input: "synth".into(), json: document(&mut r, n) }).collect();
        store.ingest_batch(run, batch).expect("ingest");
    }
    store.end_bulk_load().unwrap();
    let s = store.stats().unwrap();
    eprintln!("{} documents, {} events, {} stories in {:.1} s", s.documents, s.events, s.stories, t.elapsed().as_secs_f64());
}
