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
    /// Train a model from the source data in ../shared (never needed to build or test: models are committed).
    Train {
        #[command(subcommand)]
        what: TrainWhat,
    },
}

#[derive(Subcommand)]
enum TrainWhat {
    /// The named-entity tagger (ANERcorp train split, ANT word clusters); deterministic.
    Ner {
        /// The shared source folder.
        #[arg(long, default_value = "../shared")]
        shared: std::path::PathBuf,
        /// Where the model is written.
        #[arg(long, default_value = "data/ner")]
        out: std::path::PathBuf,
    },
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Train { what: TrainWhat::Ner { shared, out } } => match rasd_ner::train_cli(&shared, &out) {
            Ok(report) => {
                println!("{report}");
                0
            }
            Err(e) => {
                eprintln!("rasd train ner: {e}");
                1
            }
        },
    };
    std::process::exit(code);
}
