//! JSON: one array of records, one record a line inside it.

use std::io::{self, Write};

use serde::Serialize;

pub(super) fn start<W: Write>(out: &mut W) -> io::Result<()> {
    out.write_all(b"[")
}

pub(super) fn record<W: Write, R: Serialize>(
    out: &mut W,
    record: &R,
    first: bool,
) -> io::Result<()> {
    out.write_all(if first { b"\n" } else { b",\n" })?;
    serde_json::to_writer(&mut *out, record)?;
    Ok(())
}

pub(super) fn end<W: Write>(out: &mut W, empty: bool) -> io::Result<()> {
    out.write_all(if empty { b"]\n" } else { b"\n]\n" })
}
