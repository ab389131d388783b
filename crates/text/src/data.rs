//! The reader every crate uses for its linguistic data files (tab-separated, one entry a line, `#` comments):
//! rows keep their file name and line number, so that a malformed entry is reported as `file:line: what is wrong`
//! when the data is loaded, never skipped or read as a default.

use std::fmt;

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
}
