//! The database and filter options shared by `rasd query` and `rasd export`.

use rasd_store::{EventType, Filter, Level, Status};
use std::path::PathBuf;

#[derive(clap::Args, Debug, Clone)]
pub struct DbArg {
    /// The database file.
    #[arg(long, env = "RASD_DB", default_value = "rasd.db", value_name = "FILE")]
    pub db: PathBuf,
}

#[derive(clap::Args, Debug, Clone)]
pub struct FilterArgs {
    /// One row per story (its representative event, with mention, article and source counts) instead of per event.
    #[arg(long)]
    stories: bool,
    /// PLOVER event type(s), e.g. ASSAULT (repeat or separate with commas).
    #[arg(long = "type", value_name = "TYPE", value_delimiter = ',')]
    types: Vec<String>,
    /// Status(es): asserted, claimed, denied, planned, negated, hypothetical.
    #[arg(long, value_name = "STATUS", value_delimiter = ',')]
    status: Vec<String>,
    /// Actor, recipient or location country (ISO3).
    #[arg(long, value_name = "ISO3")]
    country: Option<String>,
    #[arg(long, value_name = "ISO3")]
    actor_country: Option<String>,
    #[arg(long, value_name = "ISO3")]
    recipient_country: Option<String>,
    #[arg(long, value_name = "ISO3")]
    location_country: Option<String>,
    /// First day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
    /// One month (YYYY-MM): shorthand for --from and --to.
    #[arg(long, value_name = "YYYY-MM")]
    month: Option<String>,
    /// The outlet (`source` of the record).
    #[arg(long)]
    source: Option<String>,
    /// Events of one story.
    #[arg(long, value_name = "ID")]
    story: Option<i64>,
    /// Words the event's sentence contains, matched on normalized Arabic (الاسرائيلي finds الإسرائيلي); word* for a prefix.
    #[arg(long, value_name = "WORDS")]
    text: Option<String>,
    /// At most this many rows.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

fn day(flag: &str, s: &Option<String>) -> Result<Option<jiff::civil::Date>, String> {
    match s {
        None => Ok(None),
        Some(v) => rasd_store::day::parse(v).map(Some).ok_or_else(|| format!("--{flag} {v:?} is not a date (YYYY-MM-DD)")),
    }
}

impl FilterArgs {
    /// The typed filter, or a usage error naming the bad option.
    pub fn to_filter(&self) -> Result<Filter, String> {
        let types = self.types.iter().map(|t| EventType::parse_any_case(t).ok_or_else(|| format!("--type {t:?} is not a PLOVER type"))).collect::<Result<_, _>>()?;
        let statuses = self.status.iter().map(|s| Status::parse_any_case(s).ok_or_else(|| format!("--status {s:?} is not a status"))).collect::<Result<_, _>>()?;
        let (mut from, mut to) = (day("from", &self.from)?, day("to", &self.to)?);
        if let Some(m) = &self.month {
            let (a, b) = rasd_store::day::month_range(m).ok_or_else(|| format!("--month {m:?} is not a month (YYYY-MM)"))?;
            from = rasd_store::day::parse(&a);
            to = rasd_store::day::parse(&b);
        }
        Ok(Filter {
            level: if self.stories { Level::Stories } else { Level::Events },
            types,
            statuses,
            actor_country: self.actor_country.clone(),
            recipient_country: self.recipient_country.clone(),
            location_country: self.location_country.clone(),
            country: self.country.clone(),
            from,
            to,
            source: self.source.clone(),
            story: self.story,
            text: self.text.clone(),
            limit: self.limit,
        })
    }
}
