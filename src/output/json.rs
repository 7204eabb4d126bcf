//! JSON: one array of records, one record a line inside it.

use std::io::{self, Write};

pub(super) fn start<W: Write>(out: &mut W) -> io::Result<()> {
    out.write_all(b"[")
}

/// Writes one record already serialised, after the separator its place needs.
pub(super) fn record<W: Write>(out: &mut W, record: &[u8], first: bool) -> io::Result<()> {
    out.write_all(if first { b"\n" } else { b",\n" })?;
    out.write_all(record)
}

pub(super) fn end<W: Write>(out: &mut W, empty: bool) -> io::Result<()> {
    out.write_all(if empty { b"]\n" } else { b"\n]\n" })
}
