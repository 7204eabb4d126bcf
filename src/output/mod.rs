//! Writes records of one table in one format; each format is one file, generic over `io::Write`.

mod cells;
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
        cells::columns(self)
    }
}

/// A record that every format can write: JSON through serde, CSV and table through cells.
pub trait Row: Serialize {
    /// The cells, in the order of [`Table::columns`].
    fn cells(&self) -> Vec<String>;
}

/// The records of one document, rendered for the writer: what worker threads hand to the one
/// thread that writes, so that serialising runs in parallel and the output order stays the
/// input's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Batch {
    /// JSON Lines or CSV rows, ready to write.
    Bytes(Vec<u8>),
    /// One serialised JSON object a record; the array's separators are the writer's.
    Json(Vec<Vec<u8>>),
    /// Table cells; the writer aligns them once it has seen every row.
    Cells(Vec<Vec<String>>),
}

impl Batch {
    /// Renders `records` for `format`.
    pub fn render<R: Row>(format: Format, records: &[R]) -> io::Result<Batch> {
        Ok(match format {
            Format::Jsonl => {
                let mut out = Vec::new();
                for r in records {
                    jsonl::record(&mut out, r)?;
                }
                Batch::Bytes(out)
            }
            Format::Json => Batch::Json(
                records
                    .iter()
                    .map(|r| serde_json::to_vec(r).map_err(io::Error::from))
                    .collect::<io::Result<_>>()?,
            ),
            Format::Csv => {
                let rows: Vec<Vec<String>> = records.iter().map(Row::cells).collect();
                Batch::Bytes(csv::encode(rows.iter().map(Vec::as_slice), true)?)
            }
            Format::Table => Batch::Cells(records.iter().map(Row::cells).collect()),
        })
    }
}

enum Sink<W: Write> {
    Bytes(W),
    Json(W, usize),
    Table(table::TableWriter<W>),
}

/// Writes records of one table in one format to `W`.
pub struct Writer<W: Write> {
    format: Format,
    sink: Sink<W>,
}

impl<W: Write> Writer<W> {
    /// Starts the output: the CSV header, the JSON array's bracket.
    pub fn new(out: W, format: Format, table: Table) -> io::Result<Writer<W>> {
        let mut out = out;
        let sink = match format {
            Format::Jsonl => Sink::Bytes(out),
            Format::Json => {
                json::start(&mut out)?;
                Sink::Json(out, 0)
            }
            Format::Csv => {
                out.write_all(&csv::header(table.columns())?)?;
                Sink::Bytes(out)
            }
            Format::Table => Sink::Table(table::TableWriter::new(out, table.columns())),
        };
        Ok(Writer { format, sink })
    }

    /// Writes one record.
    pub fn write<R: Row>(&mut self, record: &R) -> io::Result<()> {
        self.write_batch(Batch::render(self.format, std::slice::from_ref(record))?)
    }

    /// Writes the records of a [`Batch`] rendered for this writer's format.
    pub fn write_batch(&mut self, batch: Batch) -> io::Result<()> {
        match (&mut self.sink, batch) {
            (Sink::Bytes(out), Batch::Bytes(bytes)) => out.write_all(&bytes),
            (Sink::Json(out, n), Batch::Json(records)) => {
                for r in records {
                    json::record(out, &r, *n == 0)?;
                    *n += 1;
                }
                Ok(())
            }
            (Sink::Table(w), Batch::Cells(rows)) => {
                rows.into_iter().for_each(|r| w.row(r));
                Ok(())
            }
            _ => Err(io::Error::other("a batch rendered for another format")),
        }
    }

    /// Ends the output (the JSON array's bracket, the aligned table) and flushes it.
    pub fn finish(self) -> io::Result<W> {
        let mut out = match self.sink {
            Sink::Bytes(out) => out,
            Sink::Json(mut out, n) => {
                json::end(&mut out, n == 0)?;
                out
            }
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
