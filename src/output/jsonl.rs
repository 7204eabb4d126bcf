//! JSON Lines: one record a line.

use std::io::{self, Write};

use serde::Serialize;

pub(super) fn record<W: Write, R: Serialize>(out: &mut W, record: &R) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}
