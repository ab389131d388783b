//! rasd: Arabic news to political event data. A thin binary over the workspace crates.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod export_cmd;
mod extract_cmd;
mod table;
mod feed_input;
mod filter_args;
mod html_input;
mod ingest_cmd;
mod ingest_inputs;
mod ingest_progress;
mod input;
mod query_cmd;
mod serve_cmd;
mod stats_cmd;
mod store_doc;

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
    /// Extract and store articles in the database (JSON Lines, text, .gz, directories, RSS/Atom, HTML pages).
    Ingest(ingest_cmd::IngestArgs),
    /// Events or stories from the database, filtered, as a table, JSON Lines or CSV.
    Query(query_cmd::QueryArgs),
    /// Export events or stories as GDELT 2.0 TSV, POLECAT-style JSON Lines, CSV or Parquet.
    Export(export_cmd::ExportArgs),
    /// What the database holds.
    Stats(stats_cmd::StatsArgs),
    /// Serve the JSON API and the dashboard over the database (read-only; 127.0.0.1:8080 by default).
    Serve(serve_cmd::ServeArgs),
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
    /// The factuality (status) model from the train split of the annotated corpus; deterministic.
    Status {
        /// The annotated corpus (articles.jsonl, split.tsv, gold/).
        #[arg(long, default_value = "eval/news")]
        corpus: std::path::PathBuf,
        /// Where the model is written (embedded at the next build).
        #[arg(long, default_value = "data/events/status_model.tsv")]
        out: std::path::PathBuf,
    },
    /// The occurrence filter (an event word reporting an event, or a topic mention) from the train split of the
    /// annotated corpus, its threshold by 5-fold cross-validation by article; deterministic.
    Triggers {
        /// The annotated corpus (articles.jsonl, split.tsv, gold/).
        #[arg(long, default_value = "eval/news")]
        corpus: std::path::PathBuf,
        /// Where the model is written (embedded at the next build).
        #[arg(long, default_value = "data/events/occurrence_model.tsv")]
        out: std::path::PathBuf,
    },
    /// The same-act decision (the later of two same-type events of a sentence is the earlier told again) from the
    /// train split of the annotated corpus, its threshold by 5-fold cross-validation by article; deterministic.
    #[command(name = "same_act")]
    SameAct {
        /// The annotated corpus (articles.jsonl, split.tsv, gold/).
        #[arg(long, default_value = "eval/news")]
        corpus: std::path::PathBuf,
        /// Where the model is written (embedded at the next build).
        #[arg(long, default_value = "data/events/same_act_model.tsv")]
        out: std::path::PathBuf,
    },
    /// The sense choice (which of a trigger's types, data/events/type_senses.tsv, it has here) from the train split
    /// of the annotated corpus, its margin by 5-fold cross-validation by article; deterministic.
    Types {
        /// The annotated corpus (articles.jsonl, split.tsv, gold/).
        #[arg(long, default_value = "eval/news")]
        corpus: std::path::PathBuf,
        /// Where the model is written (embedded at the next build).
        #[arg(long, default_value = "data/events/type_model.tsv")]
        out: std::path::PathBuf,
    },
    /// The speaker choice among a quote's candidates from the train split of the annotated corpus, its margin and
    /// feature groups by 5-fold cross-validation by article; written empty unless it beats the rules; deterministic.
    Speakers {
        /// The annotated corpus (articles.jsonl, split.tsv, gold/).
        #[arg(long, default_value = "eval/news")]
        corpus: std::path::PathBuf,
        /// Where the model is written (embedded at the next build).
        #[arg(long, default_value = "data/events/speaker_model.tsv")]
        out: std::path::PathBuf,
    },
    /// The argument attachment model (actor, recipient) from the train split of the annotated corpus, written only
    /// when it beats the rules in 5-fold cross-validation by article; deterministic.
    Args {
        /// The annotated corpus (articles.jsonl, split.tsv, gold/).
        #[arg(long, default_value = "eval/news")]
        corpus: std::path::PathBuf,
        /// The development set watched (not trained on): the model is not written if it loses tuple F1 there.
        #[arg(long, default_value = "../shared/data/news-dev")]
        dev: std::path::PathBuf,
        /// Where the model is written (embedded at the next build).
        #[arg(long, default_value = "data/events/args_model.tsv")]
        out: std::path::PathBuf,
    },
}

/// Print a training report, or the error; the exit status.
fn report(what: &str, r: Result<String, String>) -> i32 {
    match r {
        Ok(report) => {
            use std::io::Write;
            // A closed pipe (`| head`) is no failure of the training.
            let _ = writeln!(std::io::stdout(), "{report}");
            0
        }
        Err(e) => {
            eprintln!("{what}: {e}");
            1
        }
    }
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Ingest(args) => ingest_cmd::run(args),
        Command::Query(args) => query_cmd::run(args),
        Command::Export(args) => export_cmd::run(args),
        Command::Stats(args) => stats_cmd::run(args),
        Command::Serve(args) => serve_cmd::run(args),
        Command::Train { what: TrainWhat::Ner { shared, out } } => report("rasd train ner", rasd_ner::train_cli(&shared, &out).map(|r| r.to_string())),
        Command::Train { what: TrainWhat::Status { corpus, out } } => report("rasd train status", rasd_learn::status::train_cli(&corpus, &out)),
        Command::Train { what: TrainWhat::Triggers { corpus, out } } => report("rasd train triggers", rasd_learn::occurrence::train_cli(&corpus, &out)),
        Command::Train { what: TrainWhat::SameAct { corpus, out } } => report("rasd train same_act", rasd_learn::same_act::train_cli(&corpus, &out)),
        Command::Train { what: TrainWhat::Types { corpus, out } } => report("rasd train types", rasd_learn::types::train_cli(&corpus, &out)),
        Command::Train { what: TrainWhat::Speakers { corpus, out } } => report("rasd train speakers", rasd_learn::speakers::train_cli(&corpus, &out)),
        Command::Train { what: TrainWhat::Args { corpus, dev, out } } => report("rasd train args", rasd_learn::args::train_cli(&corpus, &dev, &out)),
    };
    std::process::exit(code);
}
