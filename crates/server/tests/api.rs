//! API tests through the router (tower's oneshot, no network) on a database with the seed report, an ANT slice and
//! a hostile report.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use rasd_server::{router, Config};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::time::Duration;
use tower::ServiceExt;

const TOKEN: &str = "test-token-0123456789abcdef";

fn config() -> Config {
    Config::new(common::db())
}

async fn send(cfg: &Config, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let app = router(cfg).unwrap();
    let res = app.oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

async fn get(uri: &str) -> (StatusCode, Value) {
    let (s, h, b) = send(&config(), Request::get(uri).body(Body::empty()).unwrap()).await;
    if uri.starts_with("/api/") {
        assert!(h[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"), "{uri}: {h:?}");
    }
    (s, serde_json::from_slice(&b).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {}", String::from_utf8_lossy(&b))))
}

async fn ok(uri: &str) -> Value {
    let (s, v) = get(uri).await;
    assert_eq!(s, StatusCode::OK, "{uri}: {v}");
    v
}

/// A 400 whose JSON names the parameter at fault.
async fn bad(uri: &str, parameter: &str) {
    let (s, v) = get(uri).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
    assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{uri}: {v}");
    assert_eq!(v["parameter"], parameter, "{uri}: {v}");
}

fn rows(v: &Value) -> &Vec<Value> {
    v["rows"].as_array().unwrap()
}

fn enc(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[tokio::test]
async fn events_filters_paging_and_sorting() {
    let all = ok("/api/events?limit=500").await;
    let total = all["total"].as_i64().unwrap();
    assert!(total >= 30, "seed alone has 31 events: {total}");
    assert_eq!(rows(&all).len() as i64, total.min(500));
    // Default sort: newest day first.
    let days: Vec<&str> = rows(&all).iter().filter_map(|r| r["day"].as_str()).collect();
    assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");
    let asc = ok("/api/events?sort=day&limit=500").await;
    let days: Vec<&str> = rows(&asc).iter().filter_map(|r| r["day"].as_str()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]));

    // Pages are disjoint, consistent with the total and with one big page.
    let p1 = ok("/api/events?limit=7&sort=day").await;
    let p2 = ok("/api/events?limit=7&offset=7&sort=day").await;
    assert_eq!(p1["total"], total);
    assert_eq!(p2["offset"], 7);
    let ids = |v: &Value| rows(v).iter().map(|r| r["id"].as_i64().unwrap()).collect::<Vec<_>>();
    assert_eq!([ids(&p1), ids(&p2)].concat(), ids(&asc)[..14].to_vec());

    let assault = ok("/api/events?type=ASSAULT&limit=500").await;
    assert!(!rows(&assault).is_empty() && rows(&assault).iter().all(|r| r["type"] == "ASSAULT"));
    let two = ok("/api/events?type=assault,accuse&limit=500").await;
    let two_rep = ok("/api/events?type=ASSAULT&type=ACCUSE&limit=500").await;
    assert_eq!(two["total"], two_rep["total"]);
    assert!(two["total"].as_i64() > assault["total"].as_i64());

    let seed_day = ok("/api/events?from=2023-09-20&to=2023-09-20&country=aze&limit=500").await;
    assert!(!rows(&seed_day).is_empty());
    assert!(rows(&seed_day).iter().all(|r| r["day"] == "2023-09-20"
        && [&r["actor_country"], &r["recipient_country"], &r["location_country"]].iter().any(|c| *c == "AZE")));
    assert!(rows(&seed_day).iter().any(|r| r["location_name"] == "Stepanakert"));
    let claimed = ok("/api/events?status=claimed&source=seed&limit=500").await;
    assert!(rows(&claimed).len() >= 3 && rows(&claimed).iter().all(|r| r["status"] == "claimed" && r["source"] == "seed"));
    // Words of the sentence, in another spelling (no hamza): the store's normalized search.
    let text = ok(&format!("/api/events?text={}", enc("وزارة الدفاع"))).await;
    assert!(rows(&text).iter().any(|r| r["type"] == "REJECT" && r["record_id"] == common::SEED_ID), "{text}");
    let month = ok("/api/events?month=2023-09&actor_country=ARM&limit=500").await;
    assert!(rows(&month).iter().all(|r| r["actor_country"] == "ARM" && r["day"].as_str().unwrap().starts_with("2023-09")));
    let g = ok("/api/events?sort=goldstein&limit=500").await;
    let gs: Vec<f64> = rows(&g).iter().filter_map(|r| r["goldstein"].as_f64()).collect();
    assert!(gs.windows(2).all(|w| w[0] <= w[1]));
}

#[tokio::test]
async fn bad_parameters_are_clear_400s() {
    bad("/api/events?type=BOMBING", "type").await;
    bad("/api/events?status=rumoured", "status").await;
    bad("/api/events?country=Syria", "country").await;
    bad("/api/events?from=2023-13-40", "from").await;
    bad("/api/events?from=2023-09-21&to=2023-09-01", "from").await;
    bad("/api/events?month=2023", "month").await;
    bad("/api/events?limit=501", "limit").await;
    bad("/api/events?limit=0", "limit").await;
    bad("/api/events?offset=-1", "offset").await;
    bad("/api/events?sort=random", "sort").await;
    bad("/api/events?story=x", "story").await;
    bad("/api/events?text=%21%21%21", "text").await;
    bad("/api/events?colour=red", "colour").await;
    bad("/api/events?country=SYR&country=IRQ", "country").await;
    bad("/api/counts?by=weather", "by").await;
    bad("/api/counts", "by").await;
    bad("/api/top/actors?limit=1000", "limit").await;
    bad("/api/stories/abc", "id").await;
    let (s, v) = get(&format!("/api/events?text={}", "a".repeat(3000))).await;
    assert_eq!(s, StatusCode::URI_TOO_LONG, "{v}");
    let (s, v) = get("/api/stats?x=1").await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (s, v) = get("/api/nothing-here").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(v["error"].as_str().unwrap().contains("/api/nothing-here"));
}

#[tokio::test]
async fn stories_and_one_story() {
    let st = ok("/api/stories?limit=500").await;
    assert!(st["total"].as_i64().unwrap() > 0);
    let ev_total = ok("/api/events?limit=1").await["total"].as_i64().unwrap();
    assert!(st["total"].as_i64().unwrap() <= ev_total);
    let first = &rows(&st)[0];
    let id = first["id"].as_i64().unwrap();
    let one = ok(&format!("/api/stories/{id}")).await;
    assert_eq!(one["story"]["id"], id);
    let events = one["events"].as_array().unwrap();
    assert_eq!(events.len() as i64, first["mentions"].as_i64().unwrap());
    assert!(events.iter().all(|e| e["story_id"] == id));
    // The same through the filter of rasd query.
    let filtered = ok(&format!("/api/events?story={id}")).await;
    assert_eq!(filtered["total"].as_i64().unwrap(), events.len() as i64);
    let (s, v) = get("/api/stories/987654321").await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{v}");
    let (s, _) = get("/api/stories?type=FOO").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn one_document_with_entities_events_quotes() {
    let d = ok(&format!("/api/documents/{}", common::SEED_ID)).await;
    let rec = &d["record"];
    assert_eq!(rec["id"], common::SEED_ID);
    assert_eq!(rec["published"], "2023-09-21");
    let text: Vec<char> = rec["text"].as_str().unwrap().chars().collect();
    let ents = rec["entities"].as_array().unwrap();
    let aliyev = ents.iter().find(|e| e["text"] == "علييف").expect("علييف among the entities");
    assert_eq!(aliyev["type"], "PER");
    assert_eq!(aliyev["name"], "Ilham Aliyev");
    let (s, e) = (aliyev["start"].as_u64().unwrap() as usize, aliyev["end"].as_u64().unwrap() as usize);
    assert_eq!(text[s..e].iter().collect::<String>(), "علييف");
    let events = rec["events"].as_array().unwrap();
    assert!(events.len() >= 25, "{}", events.len());
    assert_eq!(d["events"].as_array().unwrap().len(), events.len(), "every event stored");
    assert!(!rec["quotes"].as_array().unwrap().is_empty());
    // By row id too, and the same document.
    let by_row = ok(&format!("/api/documents/{}", d["id"])).await;
    assert_eq!(by_row["record"]["id"], common::SEED_ID);
    let (s, v) = get("/api/documents/no-such-report").await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{v}");
    // Hostile strings come back byte for byte (the dashboard renders them as text).
    let h = ok(&format!("/api/documents/{}", common::HOSTILE_ID)).await;
    assert_eq!(h["record"]["title"], common::HOSTILE_TITLE);
    assert_eq!(h["record"]["url"], common::HOSTILE_URL);
}

#[tokio::test]
async fn counts_tops_map_stats() {
    let stats = ok("/api/stats").await;
    let total = stats["events"].as_i64().unwrap();
    assert!(stats["documents"].as_i64().unwrap() >= 2);
    let sum = |v: &Value| v["counts"].as_array().unwrap().iter().map(|c| c["count"].as_i64().unwrap()).sum::<i64>();
    let by_type = ok("/api/counts?by=type").await;
    assert_eq!(sum(&by_type), total);
    let quad = ok("/api/counts?by=quad").await;
    assert_eq!(sum(&quad), total);
    assert!(quad["counts"].as_array().unwrap().iter().all(|c| ["1", "2", "3", "4"].contains(&c["key"].as_str().unwrap())));
    let by_day = ok("/api/counts?by=day&source=seed").await;
    let days: Vec<&str> = by_day["counts"].as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap()).collect();
    assert!(days.contains(&"2023-09-20") && days.contains(&"2023-09-21"), "{days:?}");
    assert!(days.windows(2).all(|w| w[0] < w[1]));
    let tl = ok("/api/counts?by=day_quad&from=2023-09-20&to=2023-09-21").await;
    assert!(tl["counts"].as_array().unwrap().iter().any(|c| c["key"] == "2023-09-20" && c["key2"] == "4"), "{tl}");
    let aze = ok("/api/counts?by=country&type=ASSAULT").await;
    let assaults = ok("/api/events?type=ASSAULT&limit=1").await["total"].as_i64().unwrap();
    assert!(sum(&aze) <= assaults);
    assert!(aze["counts"].as_array().unwrap().iter().any(|c| c["key"] == "AZE"));

    let actors = ok("/api/top/actors?source=seed&limit=5").await;
    let list = actors["counts"].as_array().unwrap();
    assert!(list.len() <= 5 && !list.is_empty());
    assert!(list.windows(2).all(|w| w[0]["count"].as_i64() >= w[1]["count"].as_i64()));
    let places = ok("/api/top/places?source=seed&limit=20").await;
    let baku = places["counts"].as_array().unwrap().iter().find(|p| p["key"] == "Baku").expect("Baku");
    assert!((baku["lat"].as_f64().unwrap() - 40.38).abs() < 0.1 && (baku["lon"].as_f64().unwrap() - 49.89).abs() < 0.1);
    let map = ok("/api/map?from=2023-09-20&to=2023-09-21").await;
    let names: Vec<&str> = map["counts"].as_array().unwrap().iter().map(|p| p["key"].as_str().unwrap()).collect();
    assert!(names.contains(&"Baku") && names.contains(&"Stepanakert"), "{names:?}");
    let none = ok("/api/map?country=JPN&from=1990-01-01&to=1990-01-02").await;
    assert!(none["counts"].as_array().unwrap().is_empty());
}

fn post_extract(body: &str, auth: Option<&str>, content_type: &str) -> Request<Body> {
    let mut r = Request::post("/api/extract").header(header::CONTENT_TYPE, content_type);
    if let Some(a) = auth {
        r = r.header(header::AUTHORIZATION, a);
    }
    r.body(Body::from(body.to_string())).unwrap()
}

#[tokio::test]
async fn extract_runs_the_pipeline_and_stores_nothing() {
    let cfg = config();
    let before = ok("/api/stats").await["documents"].clone();
    let body = json!({"text": common::seed_text(), "published": "2023-09-21"}).to_string();
    let (s, _, b) = send(&cfg, post_extract(&body, None, "application/json")).await;
    assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&b));
    let doc: Value = serde_json::from_slice(&b).unwrap();
    assert!(doc["events"].as_array().unwrap().len() >= 25);
    assert!(doc["entities"].as_array().unwrap().iter().any(|e| e["text"] == "علييف" && e["type"] == "PER"));
    // The publication date resolves "أمس" in sentence 11 to the 20th.
    assert!(doc["events"].as_array().unwrap().iter().any(|e| e["date"]["value"] == "2023-09-20"));
    assert_eq!(ok("/api/stats").await["documents"], before, "nothing stored");

    let (s, _, b) = send(&cfg, post_extract(&body, None, "text/plain")).await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", String::from_utf8_lossy(&b));
    let (s, _, b) = send(&cfg, post_extract("{\"text\": ", None, "application/json")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(serde_json::from_slice::<Value>(&b).unwrap()["error"].as_str().unwrap().contains("JSON"));
    let (s, _, b) = send(&cfg, post_extract(r#"{"text": "  "}"#, None, "application/json")).await;
    assert_eq!((s, serde_json::from_slice::<Value>(&b).unwrap()["parameter"].clone()), (StatusCode::BAD_REQUEST, json!("text")));
    let (s, _, b) = send(&cfg, post_extract(r#"{"text": "قال", "published": "yesterday"}"#, None, "application/json")).await;
    assert_eq!((s, serde_json::from_slice::<Value>(&b).unwrap()["parameter"].clone()), (StatusCode::BAD_REQUEST, json!("published")));
    let (s, _, _) = send(&cfg, post_extract(r#"{"text": "قال", "store": true}"#, None, "application/json")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "unknown fields refused");
}

#[tokio::test]
async fn body_limit_and_timeout() {
    let mut cfg = config();
    cfg.max_body = 4096;
    let big = json!({"text": "ا".repeat(5000)}).to_string();
    let (s, _, b) = send(&cfg, post_extract(&big, None, "application/json")).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(serde_json::from_slice::<Value>(&b).unwrap()["error"].as_str().unwrap().contains("4096"));
    let small = json!({"text": "قال الرئيس"}).to_string();
    let (s, _, _) = send(&cfg, post_extract(&small, None, "application/json")).await;
    assert_eq!(s, StatusCode::OK);

    let mut slow = config();
    slow.timeout = Duration::from_micros(1);
    // Twenty copies of the seed (~125 KB, under the body limit): one copy extracts in about a millisecond, as fast as
    // the timer's resolution, and a response ready before the timer fires is sent as 200.
    let body = json!({"text": common::seed_text().repeat(20)}).to_string();
    let (s, _, _) = send(&slow, post_extract(&body, None, "application/json")).await;
    assert_eq!(s, StatusCode::REQUEST_TIMEOUT);
}

#[tokio::test]
async fn token_is_required_when_configured_and_off_loopback() {
    // Off loopback: no token, no server.
    let mut open = config();
    open.addr = SocketAddr::from(([0, 0, 0, 0], 8080));
    let err = router(&open).err().expect("refused");
    assert!(err.contains("RASD_TOKEN"), "{err}");
    open.token = Some("short".into());
    assert!(open.check().is_err());
    open.token = Some(TOKEN.into());
    assert!(open.check().is_ok());
    // Loopback without a token is fine (read-only by default, extraction only for this machine).
    assert!(config().check().is_ok());

    let body = json!({"text": "قال الرئيس إن الحكومة ستفاوض"}).to_string();
    let (s, h, b) = send(&open, post_extract(&body, None, "application/json")).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(h[header::WWW_AUTHENTICATE], "Bearer");
    assert!(serde_json::from_slice::<Value>(&b).unwrap()["error"].as_str().unwrap().contains("Bearer"));
    let (s, _, _) = send(&open, post_extract(&body, Some("Bearer wrong-token-0123456789abcd"), "application/json")).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = send(&open, post_extract(&body, Some(&format!("Basic {TOKEN}")), "application/json")).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, b) = send(&open, post_extract(&body, Some(&format!("Bearer {TOKEN}")), "application/json")).await;
    assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&b));
    // Read endpoints stay open.
    let (s, _, _) = send(&open, Request::get("/api/events").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    // Writes other than extraction do not exist.
    let (s, _, _) = send(&open, Request::post("/api/events").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn security_headers_and_cors() {
    let cfg = config();
    for uri in ["/", "/api/events", "/assets/app.js"] {
        let (s, h, _) = send(&cfg, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"), "{csp}");
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
    let with_origin = || Request::get("/api/events").header(header::ORIGIN, "https://analyst.example").body(Body::empty()).unwrap();
    let (_, h, _) = send(&cfg, with_origin()).await;
    assert!(h.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none(), "no CORS unless configured");
    let mut cors = config();
    cors.cors_origins = vec!["https://analyst.example".into()];
    let (_, h, _) = send(&cors, with_origin()).await;
    assert_eq!(h[header::ACCESS_CONTROL_ALLOW_ORIGIN], "https://analyst.example");
    let other = Request::get("/api/events").header(header::ORIGIN, "https://evil.example").body(Body::empty()).unwrap();
    let (_, h, _) = send(&cors, other).await;
    assert!(h.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
}

#[tokio::test]
async fn dashboard_assets_are_embedded() {
    let cfg = config();
    let (s, h, b) = send(&cfg, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(h[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("/assets/app.js") && !html.contains("http://") && !html.contains("https://"), "no outside references");
    let (s, _, b) = send(&cfg, Request::get("/assets/countries-110m.json").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    let topo: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(topo["type"], "Topology");
    let (s, _, b) = send(&cfg, Request::get("/assets/app.js").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    let js = String::from_utf8(b).unwrap();
    assert!(!js.contains("innerHTML") && !js.contains("insertAdjacentHTML") && !js.contains("eval("), "text only, no HTML sinks");
    let (s, _, _) = send(&cfg, Request::get("/assets/../Cargo.toml").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn openapi_is_generated_from_the_code() {
    let doc = ok("/api/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in ["/api/events", "/api/stories", "/api/stories/{id}", "/api/documents/{id}", "/api/counts", "/api/top/actors", "/api/top/places", "/api/map", "/api/stats", "/api/extract"] {
        assert!(paths.contains_key(p), "{p} documented");
    }
    let params: Vec<&str> = paths["/api/events"]["get"]["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    for name in ["type", "status", "country", "from", "to", "month", "source", "story", "text", "offset", "limit", "sort"] {
        assert!(params.contains(&name), "{name} in {params:?}");
    }
    assert!(paths["/api/extract"]["post"]["security"].is_array());
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
}

/// A one-event report in the extract format (a protest in Damascus on `day`), for ingesting while the server runs.
fn protest(id: &str, day: &str) -> String {
    // Texts that share no run of words, so that the second is not a near-duplicate of the first.
    let text = if id.ends_with('1') { "تظاهر مئات المحتجين في ساحة المرجة وسط دمشق صباح اليوم" } else { "خرج طلاب الجامعة في مسيرة احتجاجية جابت شوارع العاصمة السورية مساء أمس" };
    json!({
        "id": id, "published": day, "language": "ar", "source": "later", "url": format!("https://example.org/{id}"),
        "text": text, "sentences": [{"start": 0, "end": text.chars().count()}], "entities": [], "quotes": [],
        "events": [{
            "id": "V1", "type": "PROTEST", "mode": null, "cameo": "141", "goldstein": -6.5, "status": "asserted", "sentence": 0,
            "trigger": {"text": "تظاهر", "start": 0, "end": 5}, "actor": null, "recipient": null,
            "location": {"text": "دمشق", "start": 40, "end": 44, "name": "Damascus", "country": "SYR", "lat": 33.51, "lon": 36.29, "geonameid": 170654},
            "date": {"text": null, "start": null, "end": null, "value": day, "precision": "day"},
            "fatalities": null, "injuries": null, "confidence": 0.9
        }]
    })
    .to_string()
}

#[tokio::test]
async fn cached_totals_and_aggregates_follow_an_ingest() {
    use rasd_store::{Incoming, SqliteStore, Storage};
    let dir = std::env::temp_dir().join(format!("rasd-server-cache-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("cache.db");
    common::build_db(&db, 0);
    // One router (one pool, one cache) for every request, as in `rasd serve`.
    let app = router(&Config::new(db.clone())).unwrap();
    let get = |uri: &'static str| {
        let app = app.clone();
        async move {
            let res = app.oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
            assert_eq!(res.status(), StatusCode::OK, "{uri}");
            serde_json::from_slice::<Value>(&res.into_body().collect().await.unwrap().to_bytes()).unwrap()
        }
    };
    let sum = |v: &Value| v["counts"].as_array().unwrap().iter().map(|c| c["count"].as_i64().unwrap()).sum::<i64>();
    let figures = || async {
        [
            get("/api/events?limit=1").await["total"].as_i64().unwrap(),
            get("/api/events?type=PROTEST&limit=1").await["total"].as_i64().unwrap(),
            get("/api/stories?country=SYR&limit=1").await["total"].as_i64().unwrap(),
            get("/api/stats").await["events"].as_i64().unwrap(),
            sum(&get("/api/counts?by=type").await),
            get("/api/map?zoom=4").await["events"].as_i64().unwrap(),
        ]
    };
    let before = figures().await;
    // Asked twice without a change: the same figures (from the cache).
    assert_eq!(figures().await, before);
    // Another process ingests two protests in Damascus while the server runs.
    let mut store = SqliteStore::open(&db).unwrap();
    let run = store.begin_run().unwrap();
    let batch = ["later-1", "later-2"].iter().map(|id| Incoming::Extracted { input: "later".into(), json: protest(id, "2023-10-01") }).collect();
    store.ingest_batch(run, batch).unwrap();
    drop(store);
    let after = figures().await;
    // Every event list, count and aggregate sees them (the two protests are one story: same type, place and day).
    assert_eq!(after, [before[0] + 2, before[1] + 2, before[2] + 1, before[3] + 2, before[4] + 2, before[5] + 2], "{before:?} -> {after:?}");
    // Pages of a filtered list (a cached list of ids) cover exactly its total, in order, without repeats.
    let all = get("/api/events?type=PROTEST&sort=day&limit=500").await;
    let ids = |v: &Value| rows(v).iter().map(|r| r["id"].as_i64().unwrap()).collect::<Vec<_>>();
    assert_eq!(ids(&all).len() as i64, after[1]);
    let mut paged = Vec::new();
    for uri in ["/api/events?type=PROTEST&sort=day&limit=2", "/api/events?type=PROTEST&sort=day&limit=2&offset=2", "/api/events?type=PROTEST&sort=day&limit=500&offset=4"] {
        paged.extend(ids(&get(uri).await));
    }
    assert_eq!(paged, ids(&all));
}

#[tokio::test]
async fn map_clusters_per_zoom() {
    let sum = |v: &Value| v["counts"].as_array().unwrap().iter().map(|c| c["count"].as_i64().unwrap()).sum::<i64>();
    let places = ok("/api/map").await;
    let total = places["events"].as_i64().unwrap();
    assert!(total > 0 && places.get("zoom").is_none());
    let holding = |v: &Value, name: &str| -> Value {
        v["counts"].as_array().unwrap().iter().find(|c| c["places"].as_array().unwrap().iter().any(|p| p == name)).cloned().unwrap_or(Value::Null)
    };
    let mut markers = Vec::new();
    for z in [1, 2, 4, 8, 16, 32] {
        let m = ok(&format!("/api/map?zoom={z}")).await;
        assert_eq!(m["zoom"], z);
        // Every geocoded event is in exactly one marker, whatever the zoom; places too.
        assert_eq!(sum(&m), total, "zoom {z}");
        assert_eq!(m["counts"].as_array().unwrap().iter().map(|c| c["size"].as_u64().unwrap()).sum::<u64>(), m["places"].as_u64().unwrap());
        markers.push(m["counts"].as_array().unwrap().len());
    }
    // Zooming in never merges: at least as many markers at each step.
    assert!(markers.windows(2).all(|w| w[0] <= w[1]), "{markers:?}");
    // Baku and Stepanakert: one marker at zoom 1, two at zoom 8 (the dashboard's Caucasus view).
    let z1 = ok("/api/map?zoom=1").await;
    assert_eq!(holding(&z1, "Baku"), holding(&z1, "Stepanakert"));
    let z8 = ok("/api/map?zoom=8").await;
    assert!(!holding(&z8, "Baku").is_null() && holding(&z8, "Baku") != holding(&z8, "Stepanakert"));
    // Zooms between the steps use the step below.
    assert_eq!(ok("/api/map?zoom=11").await["counts"], z8["counts"]);
    bad("/api/map?zoom=0", "zoom").await;
    bad("/api/map?zoom=33", "zoom").await;
    bad("/api/map?zoom=near", "zoom").await;
    bad("/api/events?zoom=2", "zoom").await;
}
