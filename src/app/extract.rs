//! `whomet extract`: reads documents on one thread, extracts and renders them on the workers,
//! and writes the batches in input order.

use std::io::{self, Write};

use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use whomet::input::{self, Source};
use whomet::output::{records, Batch, Table, Writer};
use whomet::{text, Document, Extraction, Extractor};

use super::{for_each_document, output_file, Outcome};
use crate::config::{Extract, Inputs, Output, Render};
use crate::parallel;

/// Runs `c`, writing to `stdout` unless it names a file.
pub(super) fn run(c: Extract, stdout: &mut dyn Write) -> Result<Outcome> {
    let progress = if c.progress {
        progress_bar(&c.inputs)
    } else {
        None
    };
    let (threads, how) = (c.threads, c.render);
    let write_all = |out: &mut dyn Write| -> Result<bool> {
        let mut w = Writer::new(io::BufWriter::new(out), how.format, how.table)?;
        let mut failed = false;
        let mut input_failed = false;
        parallel::ordered_map(
            threads,
            threads * 16,
            |push| {
                input_failed = for_each_document(&c.inputs, progress.as_ref(), &mut |d| {
                    if push(d) {
                        Ok(())
                    } else {
                        bail!("output stopped")
                    }
                })?;
                Ok(())
            },
            |d: Document| render(&c.extractor, &d, &how),
            |done: Rendered| {
                for note in &done.notes {
                    eprintln!("{note}");
                }
                match done.batch {
                    Some(batch) => w.write_batch(batch)?,
                    None => failed = true,
                }
                Ok(())
            },
        )?;
        w.finish()?;
        Ok(failed || input_failed)
    };
    let failed = match &c.output {
        Output::Stdout => write_all(stdout)?,
        Output::Replace(path) => output_file::write_atomically(path, write_all)?,
        Output::InPlace(path) => output_file::write_in_place(path, write_all)?,
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(Outcome::failed_if(failed))
}

/// A progress bar over the inputs' bytes, when they are more than a few small files.
fn progress_bar(inputs: &Inputs) -> Option<ProgressBar> {
    let (sources, _) = input::sources(&inputs.paths);
    let bytes: u64 = sources.iter().filter_map(|s: &Source| s.size).sum();
    if sources.len() <= 5 && bytes < 4 << 20 {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(bytes.max(1)), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// One document's records, rendered by a worker, with what to tell the user about it.
struct Rendered {
    /// `None` when the document could not be processed (reported in `notes`).
    batch: Option<Batch>,
    notes: Vec<String>,
}

/// Extracts and renders one document. A panic inside the extractor (a bug, never expected)
/// costs that document alone: it is reported and the batch goes on.
fn render(ex: &Extractor, d: &Document, how: &Render) -> Rendered {
    let Render {
        format,
        table,
        quiet,
        max_pairs,
    } = *how;
    let run = || -> io::Result<(Batch, Vec<String>)> {
        let x = ex.extract(d);
        let mut notes = if quiet {
            Vec::new()
        } else {
            let mut notes: Vec<String> = x.words.note(&d.id).into_iter().collect();
            notes.extend(ambiguity_notes(&x, d));
            notes
        };
        let batch = match table {
            Table::Events => Batch::render(format, &records::events(&x, &d.text)),
            Table::Meetings | Table::Statements | Table::Agreements => {
                Batch::render(format, &records::of_kind(&x, &d.text, table))
            }
            Table::Pairs => {
                let (pairs, left_out) = records::pairs(&x, &d.text, max_pairs);
                if left_out > 0 && !quiet {
                    notes.push(format!(
                        "whomet: warning: {}: {left_out} pairs over --max-pairs {max_pairs} \
                         per meeting not written",
                        d.id
                    ));
                }
                Batch::render(format, &pairs)
            }
            Table::Mentions => Batch::render(format, &records::mentions(&x, &d.text)),
        }?;
        Ok((batch, notes))
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok((batch, notes))) => Rendered {
            batch: Some(batch),
            notes,
        },
        Ok(Err(e)) => Rendered {
            batch: None,
            notes: vec![format!("whomet: error: {}: {e}; document skipped", d.id)],
        },
        Err(_) => Rendered {
            batch: None,
            notes: vec![format!(
                "whomet: error: {}: internal error while extracting; document skipped \
                 (please report it with the document)",
                d.id
            )],
        },
    }
}

/// A note for each name the resolver left unresolved because it could be several people.
fn ambiguity_notes(x: &Extraction, d: &Document) -> Vec<String> {
    x.doc
        .ambiguous
        .iter()
        .map(|a| {
            let more = a.count.saturating_sub(a.candidates.len());
            format!(
                "whomet: note: {}:{}: {:?} could be {}{}; left unresolved",
                d.id,
                a.range.start,
                text::span(&d.text, a.range.start, a.range.end),
                a.candidates.join(" or "),
                if more > 0 {
                    format!(" or {more} others")
                } else {
                    String::new()
                }
            )
        })
        .collect()
}
