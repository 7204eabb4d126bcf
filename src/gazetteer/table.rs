//! Reads one gazetteer CSV file into rows whose cells are named by the header, with file:line:column errors.

use anyhow::{bail, Context, Result};

use crate::date::PartialDate;

/// One data row of a gazetteer file.
pub struct Row<'t> {
    table: &'t Table,
    record: &'t csv::StringRecord,
    /// The 1-based line the row starts on.
    pub line: u64,
}

/// A parsed gazetteer file: its name (for messages), its header and its rows' records.
pub struct Table {
    pub file: String,
    header: Vec<String>,
    records: Vec<(u64, csv::StringRecord)>,
}

impl Table {
    /// Parses `text` (the contents of `file`) and checks that every `required` column is present.
    pub fn parse(file: &str, text: &str, required: &[&str]) -> Result<Table> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .with_context(|| format!("{file}:1:1: cannot read the header row"))?
            .iter()
            .map(|h| h.trim().to_ascii_lowercase())
            .collect();
        if header.iter().all(|h| h.is_empty()) {
            bail!(
                "{file}:1:1: the file has no header row (expected columns {})",
                required.join(",")
            );
        }
        for col in required {
            if !header.iter().any(|h| h == col) {
                bail!(
                    "{file}:1:1: missing column `{col}` (the header must name {})",
                    required.join(",")
                );
            }
        }
        let mut records = Vec::new();
        for result in reader.records() {
            let record = result.map_err(|e| describe_csv_error(file, &e))?;
            let line = record.position().map_or(0, |p| p.line());
            if record.iter().all(|c| c.is_empty()) {
                continue;
            }
            // A line break inside a quoted cell is almost always an unclosed quotation mark;
            // no name or alias holds one.
            if let Some(col) = record.iter().position(|c| c.contains(['\n', '\r'])) {
                bail!(
                    "{file}:{line}:{}: a line break inside the `{}` cell (an unclosed quotation mark?)",
                    col + 1,
                    header.get(col).map_or("", String::as_str)
                );
            }
            records.push((line, record));
        }
        Ok(Table {
            file: file.to_string(),
            header,
            records,
        })
    }

    /// The rows, in file order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(|(line, record)| Row {
            table: self,
            record,
            line: *line,
        })
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

fn describe_csv_error(file: &str, e: &csv::Error) -> anyhow::Error {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => {
            let line = pos.as_ref().map_or(0, |p| p.line());
            anyhow::anyhow!(
                "{file}:{line}:1: the row has {len} fields but the header has {expected_len}"
            )
        }
        csv::ErrorKind::Utf8 { pos, err } => {
            let line = pos.as_ref().map_or(0, |p| p.line());
            anyhow::anyhow!(
                "{file}:{line}:{}: the file is not valid UTF-8",
                err.field() + 1
            )
        }
        _ => anyhow::anyhow!("{file}: {e}"),
    }
}

impl Row<'_> {
    /// Where a cell is, as `file:line:column`.
    pub fn at(&self, column: &str) -> String {
        let col = self.table.column(column).map_or(1, |c| c + 1);
        format!("{}:{}:{}", self.table.file, self.line, col)
    }

    /// A cell's text, empty when the column is absent.
    pub fn get(&self, column: &str) -> &str {
        self.table
            .column(column)
            .and_then(|c| self.record.get(c))
            .unwrap_or("")
    }

    /// A cell that must not be empty.
    pub fn required(&self, column: &str) -> Result<String> {
        let v = self.get(column);
        if v.is_empty() {
            bail!("{}: empty `{column}`", self.at(column));
        }
        Ok(v.to_string())
    }

    /// A cell that may be empty.
    pub fn optional(&self, column: &str) -> Option<String> {
        let v = self.get(column);
        (!v.is_empty()).then(|| v.to_string())
    }

    /// A `|`-separated list; every item must have two characters or more.
    pub fn list(&self, column: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for item in self.get(column).split('|').map(str::trim) {
            if item.is_empty() {
                continue;
            }
            if item.chars().count() < 2 {
                bail!(
                    "{}: `{column}` item {item:?} is shorter than two characters",
                    self.at(column)
                );
            }
            out.push(item.to_string());
        }
        Ok(out)
    }

    /// An ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `None` when empty.
    pub fn date(&self, column: &str) -> Result<Option<PartialDate>> {
        let v = self.get(column);
        if v.is_empty() {
            return Ok(None);
        }
        match PartialDate::parse(v) {
            Some(d) => Ok(Some(d)),
            None => bail!(
                "{}: `{column}` is {v:?}, not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                self.at(column)
            ),
        }
    }
}
