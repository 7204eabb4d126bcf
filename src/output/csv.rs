//! CSV: a header row, then one row a record (RFC 4180 quoting, UTF-8), cells made safe for spreadsheets.
//!
//! A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
//! formula by a spreadsheet; following OWASP's advice on CSV injection it is written with a
//! leading apostrophe (`'=1+1`), so a crafted quotation in an article cannot run when the file
//! is opened.

use std::io::{self, Write};

pub(super) struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

/// A cell as written: neutralised when a spreadsheet would take it for a formula.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

impl<W: Write> CsvWriter<W> {
    pub(super) fn new(out: W, columns: &[&str]) -> io::Result<CsvWriter<W>> {
        let mut inner = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        inner.write_record(columns).map_err(io::Error::other)?;
        Ok(CsvWriter { inner })
    }

    pub(super) fn row(&mut self, cells: &[String]) -> io::Result<()> {
        self.inner
            .write_record(cells.iter().map(|c| neutralise(c).into_owned()))
            .map_err(into_io)
    }

    pub(super) fn finish(self) -> io::Result<W> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        let cases = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Naqvi said", "Naqvi said"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (cell, want) in cases {
            assert_eq!(neutralise(cell), want, "{cell:?}");
        }
    }
}
