//! The JSON API. Every handler is documented for the OpenAPI description (`GET /api/openapi.json`).

use crate::error::{ApiError, ErrorBody};
use crate::params::{self, Params};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rasd_store::web::{self, Count, GroupBy, StoredDocument};
use rasd_store::{EventRow, Filter, Level, Storage};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::{IntoParams, OpenApi, ToSchema};

pub fn routes(state: AppState) -> Router {
    let compute = Router::new()
        .route("/api/extract", post(extract))
        .layer(DefaultBodyLimit::max(state.max_body))
        .layer(axum::middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .route("/api/events", get(events))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/documents/{id}", get(document))
        .route("/api/counts", get(counts))
        .route("/api/top/actors", get(top_actors))
        .route("/api/top/places", get(top_places))
        .route("/api/map", get(map))
        .route("/api/stats", get(stats))
        .route("/api/openapi.json", get(openapi))
        .route("/api/{*rest}", get(api_not_found).post(api_not_found))
        .merge(compute)
        .layer(DefaultBodyLimit::max(16 * 1024))
        .with_state(state)
}

#[derive(OpenApi)]
#[openapi(
    info(title = "rasd API", description = "Political events extracted from Arabic news (PLOVER/CAMEO), every field traceable to its source span. Read-only; POST /api/extract computes without storing."),
    paths(events, stories, story, document, counts, top_actors, top_places, map, stats, extract),
    components(schemas(ErrorBody, Page, StoryView, CountList, ClusterList, ExtractRequest)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;
impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

/// The filters of `rasd query` (documentation of the query string; parsing is in `params`).
#[allow(dead_code)]
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct FilterQuery {
    /// PLOVER type(s), comma-separated or repeated (ASSAULT, PROTEST, …).
    r#type: Option<String>,
    /// Status(es): asserted, claimed, denied, planned, negated, hypothetical.
    status: Option<String>,
    /// Actor, recipient or location country (ISO3).
    country: Option<String>,
    actor_country: Option<String>,
    recipient_country: Option<String>,
    location_country: Option<String>,
    /// First day, YYYY-MM-DD.
    from: Option<String>,
    /// Last day, YYYY-MM-DD.
    to: Option<String>,
    /// One month, YYYY-MM.
    month: Option<String>,
    /// The outlet.
    source: Option<String>,
    /// Events of one story.
    story: Option<i64>,
    /// Words the event's sentence contains (normalized Arabic; word* for a prefix).
    text: Option<String>,
}

#[allow(dead_code)]
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct PageQuery {
    /// Rows to skip (at most 100000).
    offset: Option<usize>,
    /// Rows to return (1–500, default 50).
    limit: Option<usize>,
    /// -day (default), day, goldstein, -goldstein, -mentions, -confidence.
    sort: Option<String>,
}

#[allow(dead_code)]
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct CountQuery {
    /// day, type, quad, day_quad, actor_country (or country), recipient_country, location_country, status.
    by: String,
    /// Groups to return (default 500 for days, 50 otherwise; at most 500).
    limit: Option<usize>,
}

/// A page of events or stories.
#[derive(Serialize, ToSchema)]
pub struct Page {
    /// Rows passing the filter.
    pub total: i64,
    pub offset: usize,
    pub limit: usize,
    /// Flat event rows (a story is shown by its representative event, `id` the story id).
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<EventRow>,
}

#[derive(Serialize, ToSchema)]
pub struct StoryView {
    #[schema(value_type = Object)]
    pub story: EventRow,
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<EventRow>,
}

#[derive(Serialize, ToSchema)]
pub struct CountList {
    pub by: String,
    /// `{key, key2?, country?, count, lat?, lon?}`.
    #[schema(value_type = Vec<Object>)]
    pub counts: Vec<Count>,
}

/// Map markers.
#[derive(Serialize, ToSchema)]
pub struct ClusterList {
    /// The zoom factor used (a power of two), absent without `zoom`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zoom: Option<u32>,
    /// Geocoded events and places under the filter (all of them, whatever the zoom).
    pub events: i64,
    pub places: usize,
    /// `{key, country?, count, lat, lon, size, places}`: the largest place's name, events, the count-weighted centre,
    /// the number of places and up to 20 of their names, largest first.
    #[schema(value_type = Vec<Object>)]
    pub counts: Vec<web::Cluster>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtractRequest {
    /// The article (plain text).
    pub text: String,
    /// Publication date (YYYY-MM-DD), to resolve relative dates.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

const DEFAULT_LIMIT: usize = 50;

/// Unfiltered pages that start this deep come from the cached id list rather than from skipping index entries
/// (a story page joins each skipped entry to its representative event).
const INDEX_OFFSET: usize = 1000;

fn query(state: &AppState, raw: &Option<String>, level: Level, extra: &[&str], default_limit: usize) -> Result<Params, ApiError> {
    params::parse(raw.as_deref(), level, extra, default_limit, state.max_query)
}

async fn list(state: AppState, raw: Option<String>, level: Level) -> Result<Json<Page>, ApiError> {
    let p = query(&state, &raw, level, &["offset", "limit", "sort"], DEFAULT_LIMIT)?;
    let (offset, limit, sort) = (p.offset, p.limit, p.sort);
    let filter = p.filter;
    if !web::is_filtered(&filter)? && sort.indexed(filter.level) && offset < INDEX_OFFSET {
        // The whole table in an indexed order, near its start: a page reads `offset + limit` entries of its sort
        // index; the total is counted once per data version.
        let counted = filter.clone();
        let total = state.pool.cached(format!("total {:?}", filter.level), move |s| Ok(web::total(s.connection(), &counted)?));
        let rows = state.pool.with(move |s| Ok(web::rows(s.connection(), &filter, sort, offset, limit)?));
        let (total, rows) = tokio::try_join!(total, rows)?;
        return Ok(Json(Page { total, offset, limit, rows }));
    }
    // A filter, an order without an index, or a deep page: the matching ids are listed in order once per data
    // version; the total is their number, a page a slice of them.
    let level = filter.level;
    let key = format!("ids {sort:?} {filter:?}");
    let ids: Arc<Vec<i64>> = state.pool.cached_weighed(key, move |s| Ok(Arc::new(web::ids(s.connection(), &filter, sort)?)), |v| v.len()).await?;
    let page: Vec<i64> = ids.iter().skip(offset).take(limit).copied().collect();
    let rows = if page.is_empty() { Vec::new() } else { state.pool.with(move |s| Ok(web::rows_of(s.connection(), level, &page)?)).await? };
    Ok(Json(Page { total: ids.len() as i64, offset, limit, rows }))
}

/// Events passing the filters, one page.
#[utoipa::path(get, path = "/api/events", params(FilterQuery, PageQuery),
    responses((status = 200, body = Page), (status = 400, body = ErrorBody)))]
async fn events(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Page>, ApiError> {
    list(state, raw, Level::Events).await
}

/// Stories passing the filters (each shown by its representative event, with mention, article and source counts).
#[utoipa::path(get, path = "/api/stories", params(FilterQuery, PageQuery),
    responses((status = 200, body = Page), (status = 400, body = ErrorBody)))]
async fn stories(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Page>, ApiError> {
    list(state, raw, Level::Stories).await
}

fn parse_id(what: &str, id: &str) -> Result<i64, ApiError> {
    id.parse::<i64>().map_err(|_| ApiError::bad_param("id", format!("{what} id {id:?} is not a number")))
}

/// One story and its events.
#[utoipa::path(get, path = "/api/stories/{id}", params(("id" = i64, Path, description = "story id")),
    responses((status = 200, body = StoryView), (status = 404, body = ErrorBody)))]
async fn story(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<StoryView>, ApiError> {
    let id = parse_id("story", &id)?;
    let (story, events) = state
        .pool
        .with(move |s| {
            let f = Filter { level: Level::Stories, story: Some(id), ..Filter::default() };
            let story = web::page(s.connection(), &f, web::Sort::DayAsc, 0, 1)?.0.into_iter().next();
            let f = Filter { level: Level::Events, story: Some(id), ..Filter::default() };
            let events = web::page(s.connection(), &f, web::Sort::DayAsc, 0, 1000)?.0;
            Ok((story, events))
        })
        .await?;
    let story = story.ok_or_else(|| ApiError::not_found(format!("no story {id}")))?;
    Ok(Json(StoryView { story, events }))
}

/// One stored report: its text, sentences, entities, events and quotes as extracted, and the stored event ids.
#[utoipa::path(get, path = "/api/documents/{id}", params(("id" = String, Path, description = "the document's row id, or its record id")),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<StoredDocument>, ApiError> {
    if id.len() > 512 {
        return Err(ApiError::bad_param("id", "document id over 512 bytes"));
    }
    let key = id.clone();
    let doc = state
        .pool
        .with(move |s| {
            let row = match key.parse::<i64>() {
                Ok(n) => Some(n),
                Err(_) => web::document_id(s.connection(), &key)?,
            };
            match row {
                Some(n) => Ok(web::document(s.connection(), n)?),
                None => Ok(None),
            }
        })
        .await?;
    doc.map(Json).ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))
}

/// Events counted by day, type, quad class (1–4), day and quad class, country or status, under the filters.
#[utoipa::path(get, path = "/api/counts", params(CountQuery, FilterQuery),
    responses((status = 200, body = CountList), (status = 400, body = ErrorBody)))]
async fn counts(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<CountList>, ApiError> {
    let mut p = query(&state, &raw, Level::Events, &["by", "limit"], 0)?;
    let by = p.by.ok_or_else(|| ApiError::bad_param("by", format!("by is required: one of {}", GroupBy::NAMES.join(", "))))?;
    if p.limit == 0 {
        p.limit = match by {
            GroupBy::Day => 500,
            GroupBy::DayQuad => 2000,
            _ => 50,
        };
    }
    let limit = p.limit;
    let name = GroupBy::NAMES.iter().copied().find(|n| GroupBy::parse(n) == Some(by)).unwrap_or("").to_string();
    let key = format!("counts {by:?} {limit} {:?}", p.filter);
    let counts = state.pool.cached(key, move |s| Ok(web::counts(s.connection(), &p.filter, by, limit)?)).await?;
    Ok(Json(CountList { by: name, counts }))
}

/// The actors most often acting or acted on (canonical name, else their words; with country).
#[utoipa::path(get, path = "/api/top/actors", params(FilterQuery, ("limit" = Option<usize>, Query, description = "1–500, default 10")),
    responses((status = 200, body = CountList), (status = 400, body = ErrorBody)))]
async fn top_actors(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<CountList>, ApiError> {
    let p = query(&state, &raw, Level::Events, &["limit"], 10)?;
    let key = format!("actors {} {:?}", p.limit, p.filter);
    let counts = state.pool.cached(key, move |s| Ok(web::top_actors(s.connection(), &p.filter, p.limit)?)).await?;
    Ok(Json(CountList { by: "actor".into(), counts }))
}

/// The places with most events (name, country, coordinates).
#[utoipa::path(get, path = "/api/top/places", params(FilterQuery, ("limit" = Option<usize>, Query, description = "1–500, default 10")),
    responses((status = 200, body = CountList), (status = 400, body = ErrorBody)))]
async fn top_places(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<CountList>, ApiError> {
    let p = query(&state, &raw, Level::Events, &["limit"], 10)?;
    let key = format!("places {} {:?}", p.limit, p.filter);
    let counts = state.pool.cached(key, move |s| Ok(web::top_places(s.connection(), &p.filter, p.limit)?)).await?;
    Ok(Json(CountList { by: "place".into(), counts }))
}

/// Event locations for the map, clustered on a grid for a zoom factor (1–32, rounded down to a power of two; the
/// cell is 7.2° at zoom 1 and halves with each doubling), every geocoded event of the filter counted in exactly one
/// marker. Without `zoom`, the 500 places with most events, one marker each.
#[utoipa::path(get, path = "/api/map", params(FilterQuery, ("zoom" = Option<u32>, Query, description = "1–32: grid clustering for this zoom factor")),
    responses((status = 200, body = ClusterList), (status = 400, body = ErrorBody)))]
async fn map(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<ClusterList>, ApiError> {
    let p = query(&state, &raw, Level::Events, &["zoom"], 500)?;
    let key = format!("map {:?}", p.filter);
    let filter = p.filter;
    // The places of a filter are read once per data generation; clustering them for a zoom is linear and cheap.
    let places = state.pool.cached(key, move |s| Ok(Arc::new(web::places(s.connection(), &filter)?))).await?;
    let (zoom, counts) = match p.zoom {
        Some(z) => (Some(web::zoom_level(z)), web::cluster(&places, z)),
        None => (None, places.iter().take(500).map(|c| web::cluster(std::slice::from_ref(c), web::MAX_ZOOM).remove(0)).collect()),
    };
    Ok(Json(ClusterList { zoom, events: places.iter().map(|c| c.count).sum(), places: places.len(), counts }))
}

/// What the database holds: documents, sources, events by type and status, stories, days.
#[utoipa::path(get, path = "/api/stats", responses((status = 200, body = Object)))]
async fn stats(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    if raw.as_deref().is_some_and(|q| !q.is_empty()) {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "/api/stats takes no parameters"));
    }
    let stats = state.pool.cached("stats".into(), |s| Ok(s.stats()?)).await?;
    Ok(Json(stats).into_response())
}

/// Run the extraction pipeline on posted text and return its document (CONTRACT.md); nothing is stored.
/// Needs `Authorization: Bearer $RASD_TOKEN` when the server has a token (always on a non-loopback address).
#[utoipa::path(post, path = "/api/extract", request_body = ExtractRequest,
    responses((status = 200, description = "the extract document", body = Object), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody)),
    security(("bearer" = [])))]
async fn extract(State(state): State<AppState>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Response, ApiError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("request body over {} bytes", state.max_body))
        } else {
            ApiError::new(e.status(), e.body_text())
        }
    })?;
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next().unwrap_or("").trim().eq_ignore_ascii_case("application/json"));
    if !json_type {
        return Err(ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "send JSON: Content-Type: application/json, body {\"text\": ..., \"published\": \"YYYY-MM-DD\"}"));
    }
    let req: ExtractRequest = serde_json::from_slice(&body).map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, format!("bad JSON body: {e}")))?;
    if req.text.trim().is_empty() {
        return Err(ApiError::bad_param("text", "text is empty"));
    }
    let published = match req.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(rasd_extract::parse_date(p).ok_or_else(|| ApiError::bad_param("published", format!("published={p:?} is not a date (YYYY-MM-DD)")))?),
        None => None,
    };
    let _slot = state.extract_slots.clone().acquire_owned().await.map_err(|_| ApiError::internal("extraction closed"))?;
    let rec = rasd_extract::Record { id: "posted".into(), text: req.text, title: req.title, ..Default::default() };
    let opts = rasd_extract::Options { published, ..Default::default() };
    let out = tokio::task::spawn_blocking(move || std::panic::catch_unwind(|| rasd_extract::extract_json(&rec, &opts)))
        .await
        .map_err(|e| ApiError::internal(format!("extraction failed: {e}")))?
        .map_err(|_| ApiError::internal("extraction failed on this text"))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], out).into_response())
}

/// Bearer token check for compute and write endpoints (constant-time comparison).
async fn require_token(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if let Some(token) = &state.token {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim);
        let ok = given.is_some_and(|g| {
            use subtle::ConstantTimeEq;
            g.len() == token.len() && bool::from(g.as_bytes().ct_eq(token.as_bytes()))
        });
        if !ok {
            let msg = if given.is_none() { "this endpoint needs Authorization: Bearer <RASD_TOKEN>" } else { "wrong bearer token" };
            return ApiError::new(StatusCode::UNAUTHORIZED, msg).into_response();
        }
    }
    next.run(req).await
}

/// Compute what the dashboard's overview and map ask first (same handlers, same cache keys), so that they are
/// answered from the cache. Errors are left for the requests themselves to report.
pub async fn warm(state: &AppState) {
    let q = |s: &str| RawQuery(Some(s.to_string()));
    let _ = stats(State(state.clone()), RawQuery(None)).await;
    let _ = counts(State(state.clone()), q("by=day_quad")).await;
    let _ = top_actors(State(state.clone()), q("limit=10")).await;
    let _ = top_places(State(state.clone()), q("limit=10")).await;
    let _ = map(State(state.clone()), q("zoom=1")).await;
    let _ = events(State(state.clone()), q("limit=50")).await;
    let _ = stories(State(state.clone()), q("limit=50")).await;
}

async fn openapi() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

async fn api_not_found(req: Request) -> ApiError {
    ApiError::not_found(format!("no endpoint {} {} (see /api/openapi.json)", req.method(), req.uri().path()))
}
