//! `rasd export`: events or stories as GDELT 2.0's event table, POLECAT-style JSON Lines, CSV or Parquet.

use crate::filter_args::{DbArg, FilterArgs};
use rasd_store::export::{self, Format};
use rasd_store::{SqliteStore, Storage};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// gdelt (61 tab-separated columns, no header), polecat (JSON Lines), csv, parquet.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Output file (default: standard output).
    #[arg(long, short)]
    output: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum ExportFormat {
    Gdelt,
    Polecat,
    Csv,
    Parquet,
}

pub fn run(args: ExportArgs) -> i32 {
    let format = match args.format {
        ExportFormat::Gdelt => Format::Gdelt,
        ExportFormat::Polecat => Format::Polecat,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Parquet => Format::Parquet,
    };
    if format == Format::Parquet && args.output.is_none() && std::io::stdout().is_terminal() {
        eprintln!("rasd export: Parquet is binary; give --output FILE or redirect standard output");
        return 2;
    }
    let filter = match args.filter.to_filter() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("rasd export: {e}");
            return 2;
        }
    };
    let rows = match SqliteStore::open_read_only(&args.db.db).and_then(|s| s.query(&filter)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rasd export: {e}");
            return 2;
        }
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("rasd export: cannot create {}: {e}", p.display());
                return 2;
            }
        },
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    match export::write(format, &rows, &mut out).and_then(|_| out.flush().map_err(Into::into)) {
        Ok(()) => {
            eprintln!("rasd export: {} rows", rows.len());
            0
        }
        Err(e) if e.to_string().contains("Broken pipe") => 0,
        Err(e) => {
            eprintln!("rasd export: {e}");
            1
        }
    }
}
