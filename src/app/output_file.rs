//! Writes an output file whole or not at all, and removes the partial file on an interrupt.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result};

/// The temporary file being written, so that an interrupt can remove it.
static PARTIAL: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Removes the partial output file on Ctrl-C or SIGTERM, then exits (130).
fn guard_interrupts() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(guard) = PARTIAL.lock() {
            if let Some(p) = guard.as_ref() {
                let _ = std::fs::remove_file(p);
            }
        }
        eprintln!("whomet: interrupted; no output file written");
        std::process::exit(130);
    });
}

fn clear_partial() {
    if let Ok(mut guard) = PARTIAL.lock() {
        *guard = None;
    }
}

/// Writes `path` whole or not at all: into a temporary file beside it, renamed over it only
/// when everything was written; an error or an interrupt leaves neither file behind.
pub(super) fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The handler is in place before the file exists, and the file is registered under the
    // lock the handler takes: an interrupt at any moment removes it.
    guard_interrupts();
    let mut guard = PARTIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut tmp = tempfile::Builder::new()
        .prefix(".whomet-")
        .suffix(".partial")
        .tempfile_in(dir)
        .with_context(|| format!("{}: cannot create the output file", path.display()))?;
    *guard = Some(tmp.path().to_path_buf());
    drop(guard);
    let result = write(tmp.as_file_mut()).and_then(|v| {
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("{}: cannot write", path.display()))?;
        Ok(v)
    });
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            drop(tmp);
            clear_partial();
            return Err(e.context(format!("{}: not written", path.display())));
        }
    };
    tmp.persist(path)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    clear_partial();
    Ok(value)
}

/// Writes `path`, which exists and cannot be replaced (a device such as `/dev/null`, a named
/// pipe), in place.
pub(super) fn write_in_place<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    write(&mut f).with_context(|| format!("{}: not written", path.display()))
}
