//! Aligned columns for a person at a terminal: long cells truncated, identifiers and offsets left out.

use std::io::{self, Write};

/// Columns a person does not read at a terminal (they stay in CSV and JSON).
fn hidden(column: &str) -> bool {
    column == "url"
        || column == "start"
        || column == "end"
        || column.ends_with("_id")
        || column.ends_with("_ids")
}

pub(super) struct TableWriter<W: Write> {
    out: W,
    columns: Vec<(usize, &'static str)>,
    rows: Vec<Vec<String>>,
}

impl<W: Write> TableWriter<W> {
    pub(super) fn new(out: W, columns: &'static [&'static str]) -> TableWriter<W> {
        let columns = columns
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, c)| !hidden(c))
            .collect();
        TableWriter {
            out,
            columns,
            rows: Vec::new(),
        }
    }

    pub(super) fn row(&mut self, cells: Vec<String>) {
        let row = self
            .columns
            .iter()
            .map(|&(i, c)| {
                truncate(
                    cells.get(i).map_or("", String::as_str),
                    if c == "evidence" || c == "quote" {
                        60
                    } else {
                        28
                    },
                )
            })
            .collect();
        self.rows.push(row);
    }

    pub(super) fn finish(mut self) -> io::Result<W> {
        let header: Vec<String> = self.columns.iter().map(|(_, c)| c.to_string()).collect();
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for row in std::iter::once(&header).chain(&self.rows) {
            let mut line = String::new();
            for (k, (cell, w)) in row.iter().zip(&widths).enumerate() {
                if k + 1 == row.len() {
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
                }
            }
            writeln!(self.out, "{}", line.trim_end())?;
        }
        Ok(self.out)
    }
}

fn truncate(cell: &str, max: usize) -> String {
    let flat: String = cell
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let mut s: String = flat.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_truncates() {
        let mut w = TableWriter::new(Vec::new(), &["doc", "name_id", "evidence"]);
        w.row(vec!["a".into(), "x".into(), "short".into()]);
        w.row(vec!["longer-doc".into(), "y".into(), "e".repeat(100)]);
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "doc         evidence");
        assert_eq!(lines[1], "a           short");
        assert!(
            lines[2].ends_with('…') && lines[2].chars().count() == 12 + 60,
            "{:?}",
            lines[2]
        );
    }
}
