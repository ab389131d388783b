//! `rasd stats`: what the database holds.

use crate::filter_args::DbArg;
use rasd_store::{SqliteStore, Storage};

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    db: DbArg,
    /// text (default) or json.
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    format: StatsFormat,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum StatsFormat {
    Text,
    Json,
}

pub fn run(args: StatsArgs) -> i32 {
    match SqliteStore::open_read_only(&args.db.db).and_then(|s| s.stats()) {
        Ok(s) => {
            match args.format {
                StatsFormat::Text => println!("{s}"),
                StatsFormat::Json => println!("{}", serde_json::to_string(&s).unwrap_or_default()),
            }
            0
        }
        Err(e) => {
            eprintln!("rasd stats: {e}");
            2
        }
    }
}
