//! `rasd serve`: the HTTP API and the dashboard over a database (read-only).

use crate::filter_args::DbArg;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    db: DbArg,
    /// Address to listen on. A non-loopback address needs RASD_TOKEN (POST /api/extract then requires it).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    addr: std::net::SocketAddr,
    /// Bearer token for compute endpoints (POST /api/extract); required off loopback.
    #[arg(long, env = "RASD_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    token: Option<String>,
    /// Allow cross-origin requests from this origin (repeat for several); none by default.
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    cors_origins: Vec<String>,
    /// Largest request body in bytes (the text posted to /api/extract).
    #[arg(long, default_value_t = 256 * 1024, value_name = "BYTES")]
    max_body: usize,
    /// Seconds allowed for one request.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    timeout: u64,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

pub fn run(args: ServeArgs) -> i32 {
    rasd_server::init_logging();
    let mut config = rasd_server::Config::new(args.db.db);
    config.addr = args.addr;
    config.token = args.token;
    config.cors_origins = args.cors_origins;
    config.max_body = args.max_body;
    config.timeout = std::time::Duration::from_secs(args.timeout.max(1));
    if let Err(e) = config.check() {
        eprintln!("rasd serve: {e}");
        return 2;
    }
    let mut rt = tokio::runtime::Builder::new_multi_thread();
    if let Some(n) = args.threads {
        rt.worker_threads(n.max(1));
    }
    let rt = match rt.enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rasd serve: cannot start the runtime: {e}");
            return 1;
        }
    };
    match rt.block_on(rasd_server::serve(config)) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("rasd serve: {e}");
            1
        }
    }
}
