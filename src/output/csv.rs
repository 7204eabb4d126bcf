//! CSV: a header row, then one row a record (RFC 4180 quoting, UTF-8), cells made safe for spreadsheets.
//!
//! A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
//! formula by a spreadsheet; following OWASP's advice on CSV injection it is written with a
//! leading apostrophe (`'=1+1`), so a crafted quotation in an article cannot run when the file
//! is opened.

use std::io;

/// A cell as written: neutralised when a spreadsheet would take it for a formula.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Encodes rows (RFC 4180 quoting, CRLF line ends); with `safe`, formula-like cells are
/// neutralised.
pub(super) fn encode<'a>(
    rows: impl IntoIterator<Item = &'a [String]>,
    safe: bool,
) -> io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    for row in rows {
        let cells = row.iter().map(|c| {
            if safe {
                neutralise(c)
            } else {
                std::borrow::Cow::Borrowed(c.as_str())
            }
        });
        w.write_record(cells.map(|c| c.into_owned()))
            .map_err(into_io)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The header row of `columns`.
pub(super) fn header(columns: &[&str]) -> io::Result<Vec<u8>> {
    let row: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    encode([row.as_slice()], false)
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
