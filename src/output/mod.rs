//! Writes records of one table in one format; each format is one file, generic over `io::Write`.

mod csv;
mod json;
mod jsonl;
pub mod records;
mod table;

use std::io::{self, Write};

use serde::Serialize;

/// How records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object a line (the default when standard output is not a terminal).
    Jsonl,
    /// One JSON array of the same objects.
    Json,
    /// Comma-separated values with a header row (RFC 4180, UTF-8).
    Csv,
    /// Aligned, truncated columns for a person at a terminal (the default there).
    Table,
}

/// Which records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// Meetings, statements and agreements, in document order.
    Events,
    /// Meetings only.
    Meetings,
    /// Statements only.
    Statements,
    /// Agreements only.
    Agreements,
    /// Who met whom: one row per unordered pair of participants of a meeting.
    Pairs,
    /// Every mention of an entity, with its byte offsets.
    Mentions,
}

impl Table {
    /// The CSV columns of the table, in order.
    pub fn columns(self) -> &'static [&'static str] {
        records::columns(self)
    }
}

/// A record that every format can write: JSON through serde, CSV and table through cells.
pub trait Row: Serialize {
    /// The cells, in the order of [`Table::columns`].
    fn cells(&self) -> Vec<String>;
}

enum Sink<W: Write> {
    Jsonl(W),
    Json(W, usize),
    Csv(Box<csv::CsvWriter<W>>),
    Table(table::TableWriter<W>),
}

/// A stream of records of one table in one format.
pub struct Writer<W: Write> {
    sink: Sink<W>,
}

impl<W: Write> Writer<W> {
    /// Starts writing `table` records to `out` in `format` (the CSV header goes out now).
    pub fn new(out: W, format: Format, table: Table) -> io::Result<Writer<W>> {
        let sink = match format {
            Format::Jsonl => Sink::Jsonl(out),
            Format::Json => {
                let mut out = out;
                json::start(&mut out)?;
                Sink::Json(out, 0)
            }
            Format::Csv => Sink::Csv(Box::new(csv::CsvWriter::new(out, table.columns())?)),
            Format::Table => Sink::Table(table::TableWriter::new(out, table.columns())),
        };
        Ok(Writer { sink })
    }

    /// Writes one record.
    pub fn write<R: Row>(&mut self, record: &R) -> io::Result<()> {
        match &mut self.sink {
            Sink::Jsonl(out) => jsonl::record(out, record),
            Sink::Json(out, n) => {
                json::record(out, record, *n == 0)?;
                *n += 1;
                Ok(())
            }
            Sink::Csv(w) => w.row(&record.cells()),
            Sink::Table(w) => {
                w.row(record.cells());
                Ok(())
            }
        }
    }

    /// Ends the stream (closes the JSON array, prints the table) and flushes; returns the writer.
    pub fn finish(self) -> io::Result<W> {
        let mut out = match self.sink {
            Sink::Jsonl(out) => out,
            Sink::Json(mut out, n) => {
                json::end(&mut out, n == 0)?;
                out
            }
            Sink::Csv(w) => w.finish()?,
            Sink::Table(w) => w.finish()?,
        };
        out.flush()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct R {
        a: String,
        b: u32,
    }

    impl Row for R {
        fn cells(&self) -> Vec<String> {
            vec![self.a.clone(), self.b.to_string()]
        }
    }

    #[test]
    fn json_formats_parse_back() {
        let records = [
            R {
                a: "x".into(),
                b: 1,
            },
            R {
                a: "y\nz".into(),
                b: 2,
            },
        ];
        for format in [Format::Jsonl, Format::Json] {
            for n in [0, 1, 2] {
                let mut w = Writer::new(Vec::new(), format, Table::Events).unwrap();
                for r in &records[..n] {
                    w.write(r).unwrap();
                }
                let out = String::from_utf8(w.finish().unwrap()).unwrap();
                let parsed: Vec<serde_json::Value> = match format {
                    Format::Jsonl => out
                        .lines()
                        .map(|l| serde_json::from_str(l).unwrap())
                        .collect(),
                    _ => serde_json::from_str(&out).unwrap(),
                };
                let want: Vec<serde_json::Value> = records[..n]
                    .iter()
                    .map(|r| serde_json::to_value(r).unwrap())
                    .collect();
                assert_eq!(parsed, want, "{format:?} with {n} records");
            }
        }
    }
}
