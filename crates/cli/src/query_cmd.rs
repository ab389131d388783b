//! `rasd query`: events or stories from the database, as a table on a terminal, JSON Lines or CSV.

use crate::filter_args::{DbArg, FilterArgs};
use rasd_store::{EventRow, SqliteStore, Storage};
use std::io::{IsTerminal, Write};

#[derive(clap::Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format (default: table on a terminal, JSON Lines otherwise).
    #[arg(long, value_enum)]
    format: Option<QueryFormat>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum QueryFormat {
    Table,
    Jsonl,
    Csv,
}

pub fn run(args: QueryArgs) -> i32 {
    let filter = match args.filter.to_filter() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("rasd query: {e}");
            return 2;
        }
    };
    let rows = match SqliteStore::open_read_only(&args.db.db).and_then(|s| s.query(&filter)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rasd query: {e}");
            return 2;
        }
    };
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() { QueryFormat::Table } else { QueryFormat::Jsonl });
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        QueryFormat::Table => write_table(&rows, &mut out).map_err(|e| e.to_string()),
        QueryFormat::Jsonl => rows.iter().try_for_each(|r| writeln!(out, "{}", serde_json::to_string(r).unwrap_or_default())).map_err(|e| e.to_string()),
        QueryFormat::Csv => rasd_store::export::csv_out::write(&rows, &mut out).map_err(|e| e.to_string()),
    };
    match written.and_then(|_| out.flush().map_err(|e| e.to_string())) {
        Ok(()) => 0,
        Err(e) if e.contains("Broken pipe") => 0,
        Err(e) => {
            eprintln!("rasd query: cannot write output: {e}");
            1
        }
    }
}

/// A participant as text (country/role).
fn who(text: &Option<String>, name: &Option<String>, country: &Option<String>, role: &Option<String>) -> String {
    let label = name.as_ref().or(text.as_ref()).map(String::as_str).unwrap_or("-");
    format!("{label} ({}/{})", country.as_deref().unwrap_or("-"), role.as_deref().unwrap_or("-"))
}

fn cut(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out.replace(['\n', '\t'], " ")
}

pub fn write_table(rows: &[EventRow], out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "id\tday\ttype\tstatus\tactor\trecipient\tplace\tsource\tmentions/articles/sources\tsentence")?;
    for r in rows {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}/{}/{}\t{}",
            r.id,
            r.day.as_deref().unwrap_or("-"),
            r.kind,
            r.status,
            cut(&who(&r.actor_text, &r.actor_name, &r.actor_country, &r.actor_role), 40),
            cut(&who(&r.recipient_text, &r.recipient_name, &r.recipient_country, &r.recipient_role), 40),
            r.location_name.as_deref().unwrap_or("-"),
            r.source.as_deref().unwrap_or("-"),
            r.mentions,
            r.articles,
            r.sources,
            cut(r.sentence.as_deref().unwrap_or(""), 80)
        )?;
    }
    writeln!(out, "({} rows)", rows.len())
}
