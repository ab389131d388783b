//! The reader every crate uses for its linguistic data files (tab-separated, one entry a line, `#` comments):
//! rows keep their file name and line number, so that a malformed entry is reported as `file:line: what is wrong`
//! when the data is loaded, never skipped or read as a default.

use std::fmt;

/// Declares embedded data files of one directory of `data/`, each as two constants: its repository path (which
/// load errors name) and its text. `embedded_data!("events"; TRIGGERS, TRIGGERS_FILE = "triggers.tsv"; ...)` in a
/// file of `crates/<crate>/src/` embeds `data/events/triggers.tsv` (every crate's sources sit at the same depth, `crates/<crate>/src/`).
#[macro_export]
macro_rules! embedded_data {
    ($dir:literal; $($name:ident, $file:ident = $path:literal;)+) => {
        $(const $file: &str = concat!("data/", $dir, "/", $path);
        const $name: &str = include_str!(concat!("../../../data/", $dir, "/", $path));)+
    };
}

/// A malformed entry of a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub what: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.what)
    }
}

impl std::error::Error for DataError {}

/// One data line, split on tabs, fields trimmed.
#[derive(Clone, Debug)]
pub struct Row<'a> {
    pub file: &'static str,
    /// 1-based line number in the file.
    pub line: usize,
    pub fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// An error about this row.
    pub fn error(&self, what: impl Into<String>) -> DataError {
        DataError { file: self.file, line: self.line, what: what.into() }
    }

    /// Field `i`, which must be present and non-empty (`name` says which column, for the message).
    pub fn field(&self, i: usize, name: &str) -> Result<&'a str, DataError> {
        match self.fields.get(i) {
            Some(f) if !f.is_empty() => Ok(f),
            _ => Err(self.error(format!("column {} ({name}) is missing or empty", i + 1))),
        }
    }

    /// Field `i` where `-` or an empty or absent column means none.
    pub fn optional(&self, i: usize) -> Option<&'a str> {
        self.fields.get(i).copied().filter(|f| !f.is_empty() && *f != "-")
    }

    /// At least `n` columns, else an error naming them.
    pub fn expect_columns(&self, n: usize, names: &str) -> Result<(), DataError> {
        if self.fields.len() < n {
            return Err(self.error(format!("{} columns where {n} are needed ({names})", self.fields.len())));
        }
        Ok(())
    }

    /// Parse field `i` with `parse`, naming the column and the bad value on failure.
    pub fn parse<T>(&self, i: usize, name: &str, parse: impl FnOnce(&str) -> Option<T>) -> Result<T, DataError> {
        let f = self.field(i, name)?;
        parse(f).ok_or_else(|| self.error(format!("{name} {f:?} is not valid")))
    }
}

/// The data rows of a file: blank lines and lines starting with `#` are skipped; fields are split on tabs and
/// trimmed of spaces.
pub fn rows<'a>(file: &'static str, text: &'a str) -> impl Iterator<Item = Row<'a>> {
    text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')).map(move |(i, l)| Row {
        file,
        line: i + 1,
        fields: l.split('\t').map(str::trim).collect(),
    })
}

/// What a column of a data file holds.
#[derive(Clone, Copy, Debug)]
pub enum Col {
    /// Any non-empty text.
    Text,
    /// Text, or `-`/empty for none.
    Opt,
    /// A decimal number.
    Number,
    /// A decimal number, or `-`/empty for none.
    OptNumber,
    /// A whole number.
    Int,
    /// An ISO 3166-1 alpha-3 code (three capital letters).
    Iso3,
    /// An ISO3 code, or `-`/empty for none.
    OptIso3,
    /// A code of three capital letters (CAMEO roles), or `-`/empty for none.
    OptCode3,
    /// One of the listed words.
    OneOf(&'static [&'static str]),
    /// One of the listed words, or `-`/empty for none.
    OptOneOf(&'static [&'static str]),
    /// A free note for the reviewer: never read.
    Note,
}

/// The columns of a data file: the first `required` must be present; none may follow the last.
#[derive(Clone, Copy, Debug)]
pub struct Schema {
    pub file: &'static str,
    pub columns: &'static [(&'static str, Col)],
    pub required: usize,
}

impl Schema {
    /// Check every row of `text`; the number of rows, or the first malformed one.
    pub fn validate(&self, text: &str) -> Result<usize, DataError> {
        let mut n = 0;
        for r in rows(self.file, text) {
            self.check_row(&r)?;
            n += 1;
        }
        Ok(n)
    }

    /// Check `text` and panic with `file:line: what` when a row is malformed: for loaders of embedded data, where
    /// a malformed row is a defect of the build, not of the input.
    pub fn check(&self, text: &str) {
        if let Err(e) = self.validate(text) {
            panic!("{e}");
        }
    }

    fn check_row(&self, r: &Row) -> Result<(), DataError> {
        let names = || self.columns.iter().map(|c| c.0).collect::<Vec<_>>().join(", ");
        r.expect_columns(self.required, &names())?;
        if r.fields.len() > self.columns.len() {
            return Err(r.error(format!("{} columns where at most {} are allowed ({})", r.fields.len(), self.columns.len(), names())));
        }
        for (i, (&(name, col), &f)) in self.columns.iter().zip(&r.fields).enumerate() {
            let none = f.is_empty() || f == "-";
            let ok = match col {
                Col::Text => !f.is_empty(),
                Col::Opt | Col::Note => true,
                Col::Number => f.parse::<f64>().is_ok_and(f64::is_finite),
                Col::OptNumber => none || f.parse::<f64>().is_ok_and(f64::is_finite),
                Col::Int => f.parse::<i64>().is_ok(),
                Col::Iso3 => is_code3(f),
                Col::OptIso3 | Col::OptCode3 => none || is_code3(f),
                Col::OneOf(words) => words.contains(&f),
                Col::OptOneOf(words) => none || words.contains(&f),
            };
            if !ok {
                let what = match col {
                    Col::OneOf(w) | Col::OptOneOf(w) => format!("column {} ({name}) {f:?} is not one of {}", i + 1, w.join("|")),
                    _ => format!("column {} ({name}) {f:?} is not {}", i + 1, describe(col)),
                };
                return Err(r.error(what));
            }
        }
        Ok(())
    }
}

fn is_code3(f: &str) -> bool {
    f.len() == 3 && f.bytes().all(|b| b.is_ascii_uppercase())
}

fn describe(col: Col) -> &'static str {
    match col {
        Col::Text => "non-empty text",
        Col::Number => "a number",
        Col::OptNumber => "a number or -",
        Col::Int => "a whole number",
        Col::Iso3 => "an ISO3 code",
        Col::OptIso3 => "an ISO3 code or -",
        Col::OptCode3 => "a three-letter code or -",
        _ => "valid",
    }
}

/// Validate the text layer's own data files (word counts, clitics, no-split words, abbreviations).
pub fn validate_text_data() -> Result<(), DataError> {
    crate::clitics::DATA_FILES.iter().try_for_each(|(schema, text)| schema.validate(text).map(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_their_line_numbers_and_report_bad_columns() {
        let text = "# header\n\nاتهم\tACCUSE\n\nنفى\n";
        let rows: Vec<Row> = rows("x.tsv", text).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].field(1, "type").unwrap()), (3, "ACCUSE"));
        let e = rows[1].field(1, "type").unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:5: column 2 (type) is missing or empty");
        assert_eq!(rows[1].optional(1), None);
    }

    #[test]
    fn the_text_layers_data_files_validate() {
        if let Err(e) = validate_text_data() {
            panic!("{e}");
        }
    }

    #[test]
    fn a_schema_names_the_bad_column() {
        const S: Schema = Schema { file: "c.tsv", columns: &[("iso3", Col::Iso3), ("lat", Col::Number), ("note", Col::Note)], required: 2 };
        assert_eq!(S.validate("AZE\t40.1\nARM\t40.2\tyes\n"), Ok(2));
        assert_eq!(S.validate("AZE\t40.1\nArm\t1\n").unwrap_err().to_string(), "c.tsv:2: column 1 (iso3) \"Arm\" is not an ISO3 code");
        assert_eq!(S.validate("AZE\tnorth\n").unwrap_err().to_string(), "c.tsv:1: column 2 (lat) \"north\" is not a number");
        assert!(S.validate("AZE\n").unwrap_err().to_string().starts_with("c.tsv:1: 1 columns where 2 are needed"));
        assert!(S.validate("AZE\t1\tx\ty\n").unwrap_err().to_string().contains("at most 3"));
    }
}
