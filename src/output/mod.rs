//! Writes records in the chosen format; each format is one file, generic over `io::Write`.

mod json;
mod jsonl;
pub mod records;

use std::io::{self, Write};

use serde::Serialize;

/// How records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// One JSON array of the same objects.
    Json,
}

/// Which records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// Meetings, statements and agreements, in document order.
    Events,
    /// Every mention of an entity, with its byte offsets.
    Mentions,
}

/// A stream of records in one format.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    written: usize,
}

impl<W: Write> Writer<W> {
    /// Starts writing records to `out`.
    pub fn new(out: W, format: Format) -> io::Result<Writer<W>> {
        let mut w = Writer {
            out,
            format,
            written: 0,
        };
        if format == Format::Json {
            json::start(&mut w.out)?;
        }
        Ok(w)
    }

    /// Writes one record.
    pub fn write<R: Serialize>(&mut self, record: &R) -> io::Result<()> {
        match self.format {
            Format::Jsonl => jsonl::record(&mut self.out, record)?,
            Format::Json => json::record(&mut self.out, record, self.written == 0)?,
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the stream (closes the JSON array) and flushes; returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json {
            json::end(&mut self.out, self.written == 0)?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_parses_back() {
        let records = [
            serde_json::json!({"a": 1}),
            serde_json::json!({"a": "x\ny"}),
        ];
        for format in [Format::Jsonl, Format::Json] {
            for n in [0, 1, 2] {
                let mut w = Writer::new(Vec::new(), format).unwrap();
                for r in &records[..n] {
                    w.write(r).unwrap();
                }
                let out = String::from_utf8(w.finish().unwrap()).unwrap();
                let parsed: Vec<serde_json::Value> = match format {
                    Format::Jsonl => out
                        .lines()
                        .map(|l| serde_json::from_str(l).unwrap())
                        .collect(),
                    Format::Json => serde_json::from_str(&out).unwrap(),
                };
                assert_eq!(parsed, records[..n].to_vec(), "{format:?} with {n} records");
            }
        }
    }
}
