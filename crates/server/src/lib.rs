//! rasd-server: `rasd serve`. A JSON API over the event store (read-only: the database is opened read-only) and
//! a bilingual dashboard whose assets are embedded in the binary. The one compute endpoint, `POST /api/extract`,
//! runs the pipeline on posted text without storing it; on a non-loopback address it needs a bearer token.

mod api;
mod assets;
mod error;
mod params;

pub use api::ApiDoc;
pub use error::ApiError;

use axum::http::{header, HeaderValue, Method};
use axum::Router;
use rasd_store::SqliteStore;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

/// The Content-Security-Policy of every response: only this origin's own scripts, styles and data.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
    font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Config {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Bearer token for compute and write endpoints (`RASD_TOKEN`); required on a non-loopback address.
    pub token: Option<String>,
    /// Origins allowed by CORS; none by default (no CORS headers at all).
    pub cors_origins: Vec<String>,
    /// Largest request body (bytes), for `POST /api/extract`.
    pub max_body: usize,
    /// Longest query string (bytes).
    pub max_query: usize,
    /// Time allowed for one request.
    pub timeout: Duration,
    /// Read-only database connections (each used by one request at a time).
    pub connections: usize,
}

impl Config {
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            cors_origins: Vec::new(),
            max_body: 256 * 1024,
            max_query: 2048,
            timeout: Duration::from_secs(30),
            connections: 4,
        }
    }

    /// Refuse a configuration that would expose compute endpoints without a token.
    pub fn check(&self) -> Result<(), String> {
        if !self.addr.ip().is_loopback() && self.token.as_deref().is_none_or(|t| t.trim().is_empty()) {
            return Err(format!(
                "refusing to listen on {} (not a loopback address) without a token: set RASD_TOKEN, which POST /api/extract will then require as a bearer token",
                self.addr
            ));
        }
        if let Some(t) = &self.token {
            if t.trim().len() < 16 {
                return Err("RASD_TOKEN is too short (at least 16 characters)".into());
            }
        }
        Ok(())
    }
}

/// Read-only connections: a request takes a free one (waiting only when all are busy), so requests do not queue
/// behind one connection. A separate connection watches `PRAGMA data_version`: when another process (an ingest)
/// commits, the generation moves on and everything cached for the older data is dropped.
pub struct Pool {
    free: Mutex<Vec<SqliteStore>>,
    ready: Condvar,
    watch: Mutex<Watch>,
    cache: Mutex<Cache>,
}

struct Watch {
    store: SqliteStore,
    data_version: i64,
    generation: u64,
}

/// Results computed once per data generation and filter: totals of lists and aggregates. Each key has a cell that
/// the first request fills while later requests for the same key wait for it (no stampede on a cold cache).
#[derive(Default)]
struct Cache {
    generation: u64,
    /// Sum of the entries' weights (one for a total or a short list, its length for a list of ids).
    weight: usize,
    entries: HashMap<String, Arc<tokio::sync::OnceCell<Arc<dyn Any + Send + Sync>>>>,
}

/// Entries, and their total weight, kept before the cache starts over: 4 million ids are 32 MB.
const CACHE_ENTRIES: usize = 4096;
const CACHE_WEIGHT: usize = 4 << 20;

/// Page cache of each read connection (KiB): the indexes a request reads stay in memory.
const CACHE_KIB: i64 = 32 * 1024;

fn open_reader(db: &std::path::Path) -> Result<SqliteStore, String> {
    let s = SqliteStore::open_read_only(db).map_err(|e| e.to_string())?;
    let c = s.connection();
    c.pragma_update(None, "cache_size", -CACHE_KIB).map_err(|e| e.to_string())?;
    c.pragma_update(None, "mmap_size", 1i64 << 30).map_err(|e| e.to_string())?;
    Ok(s)
}

fn data_version(s: &SqliteStore) -> Result<i64, ApiError> {
    s.connection().query_row("PRAGMA data_version", [], |r| r.get(0)).map_err(|e| ApiError::internal(format!("database: {e}")))
}

impl Pool {
    pub fn open(db: &std::path::Path, n: usize) -> Result<Pool, String> {
        let conns = (0..n.max(1)).map(|_| open_reader(db)).collect::<Result<Vec<_>, _>>()?;
        let store = SqliteStore::open_read_only(db).map_err(|e| e.to_string())?;
        let data_version = data_version(&store).map_err(|e| e.body.error)?;
        Ok(Pool {
            free: Mutex::new(conns),
            ready: Condvar::new(),
            watch: Mutex::new(Watch { store, data_version, generation: 0 }),
            cache: Mutex::new(Cache::default()),
        })
    }

    /// Run `f` on a free connection, off the async workers.
    pub async fn with<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let pool = self.clone();
        tokio::task::spawn_blocking(move || {
            let conn = pool.take();
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&conn)));
            pool.give_back(conn);
            out.unwrap_or_else(|_| Err(ApiError::internal("query failed")))
        })
        .await
        .map_err(|e| ApiError::internal(format!("worker failed: {e}")))?
    }

    fn take(&self) -> SqliteStore {
        let mut free = self.free.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(c) = free.pop() {
                return c;
            }
            free = self.ready.wait(free).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn give_back(&self, conn: SqliteStore) {
        self.free.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
        self.ready.notify_one();
    }

    /// The current data generation: it moves on whenever the database changed since the last look.
    fn generation(&self) -> Result<u64, ApiError> {
        let mut w = self.watch.lock().unwrap_or_else(|p| p.into_inner());
        let v = data_version(&w.store)?;
        if v != w.data_version {
            w.data_version = v;
            w.generation += 1;
        }
        Ok(w.generation)
    }

    /// `f`'s result for `key` under the current data generation: computed once, then shared until the data
    /// changes. `key` must name everything the result depends on (endpoint, filter, parameters).
    pub async fn cached<T: Clone + Send + Sync + 'static>(
        self: &Arc<Self>,
        key: String,
        f: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        self.cached_weighed(key, f, |_| 1).await
    }

    /// [`Pool::cached`] for results of very different sizes: `weight` measures one (in ids, or 1 for a small one).
    pub async fn cached_weighed<T: Clone + Send + Sync + 'static>(
        self: &Arc<Self>,
        key: String,
        f: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
        weight: fn(&T) -> usize,
    ) -> Result<T, ApiError> {
        let pool = self.clone();
        let generation = tokio::task::spawn_blocking(move || pool.generation())
            .await
            .map_err(|e| ApiError::internal(format!("worker failed: {e}")))??;
        let cell = {
            let mut c = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            if generation > c.generation || c.entries.len() >= CACHE_ENTRIES || c.weight >= CACHE_WEIGHT {
                c.entries.clear();
                c.weight = 0;
                c.generation = c.generation.max(generation);
            }
            if generation < c.generation {
                None // a newer generation was seen meanwhile: compute without caching
            } else {
                Some(c.entries.entry(key).or_default().clone())
            }
        };
        let Some(cell) = cell else { return self.with(f).await };
        let value = cell
            .get_or_try_init(|| async {
                let v = self.with(f).await?;
                self.cache.lock().unwrap_or_else(|p| p.into_inner()).weight += weight(&v).max(1);
                Ok::<_, ApiError>(Arc::new(v) as Arc<dyn Any + Send + Sync>)
            })
            .await?;
        value.downcast_ref::<T>().cloned().ok_or_else(|| ApiError::internal("cache entry of another type"))
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub pool: Arc<Pool>,
    pub token: Option<Arc<str>>,
    pub max_body: usize,
    pub max_query: usize,
    /// At most this many extractions at once (each takes a core).
    pub extract_slots: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    pub fn new(config: &Config) -> Result<AppState, String> {
        Ok(AppState {
            pool: Arc::new(Pool::open(&config.db, config.connections)?),
            token: config.token.clone().filter(|t| !t.trim().is_empty()).map(Arc::from),
            max_body: config.max_body,
            max_query: config.max_query,
            extract_slots: Arc::new(tokio::sync::Semaphore::new(2)),
        })
    }
}

/// The whole application: API, dashboard, security headers, limits, timeout, optional CORS, request logs.
pub fn router(config: &Config) -> Result<Router, String> {
    Ok(build(config)?.0)
}

fn build(config: &Config) -> Result<(Router, AppState), String> {
    config.check()?;
    let state = AppState::new(config)?;
    let mut app = api::routes(state.clone()).merge(assets::routes());
    app = app
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, config.timeout))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")));
    if !config.cors_origins.is_empty() {
        let origins = config
            .cors_origins
            .iter()
            .map(|o| HeaderValue::from_str(o).map_err(|_| format!("bad CORS origin {o:?}")))
            .collect::<Result<Vec<_>, _>>()?;
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE]),
        );
    }
    let app = app.layer(
        tower_http::trace::TraceLayer::new_for_http()
            .make_span_with(tower_http::trace::DefaultMakeSpan::new().level(tracing::Level::INFO))
            .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO)),
    );
    Ok((app, state))
}

/// Keep the dashboard's overview and world map computed: at start, and again whenever the data changes (an ingest
/// committed), so that a visitor never waits for a full scan of the events (polled every two seconds).
async fn keep_warm(state: AppState) {
    let mut seen = None;
    loop {
        let pool = state.pool.clone();
        if let Ok(Ok(g)) = tokio::task::spawn_blocking(move || pool.generation()).await {
            if seen != Some(g) {
                seen = Some(g);
                api::warm(&state).await;
            }
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

/// Serve until SIGINT or SIGTERM, then finish the requests in flight.
pub async fn serve(config: Config) -> Result<(), String> {
    let (app, state) = build(&config)?;
    let listener = tokio::net::TcpListener::bind(config.addr).await.map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    // Compute the overview before answering (connections wait in the listen queue meanwhile), at most 10 s.
    let t = std::time::Instant::now();
    let warmed = tokio::time::timeout(Duration::from_secs(10), api::warm(&state)).await.is_ok();
    tracing::info!(seconds = t.elapsed().as_secs_f64(), complete = warmed, "overview computed");
    tokio::spawn(keep_warm(state));
    tracing::info!(addr = %local, db = %config.db.display(), "rasd serve listening");
    eprintln!("rasd serve: listening on http://{local}/ (database {})", config.db.display());
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await.map_err(|e| e.to_string())?;
    tracing::info!("rasd serve stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    eprintln!("rasd serve: shutting down");
}

/// Structured request logs on standard error (`RUST_LOG` chooses the level; info by default).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tower_http=info"));
    use std::io::IsTerminal;
    let ansi = std::io::stderr().is_terminal();
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(std::io::stderr).try_init();
}
