//! rasd: Arabic news to political event data. A thin binary over the workspace crates.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod extract_cmd;
mod input;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "rasd", version, about = "Arabic news reports to political event data (PLOVER/CAMEO), every field traceable to its source span")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract sentences, entities, events, quotes, dates and quantities from articles (JSON Lines out).
    Extract(extract_cmd::ExtractArgs),
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
    };
    std::process::exit(code);
}
