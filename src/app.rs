//! Runs a parsed command: reads inputs, extracts, writes records or the evaluation report.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread;

use anyhow::{bail, Context, Result};
use clap::CommandFactory;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::{
    Cli, Command, EvaluateArgs, ExtractArgs, GazetteerCommand, InputArgs, ReportFormat,
    SuggestArgs, SuggestFormat, TextArgs,
};
use crate::date::PartialDate;
use crate::eval;
use crate::gazetteer::Gazetteer;
use crate::input::{self, Item, Source};
use crate::output::{records, Batch, Format, Table, Writer};
use crate::parallel;
use crate::pipeline::{Document, Extractor};

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was read.
    Ok,
    /// Some inputs could not be read; the rest were processed.
    SomeFailed,
}

/// Runs the command line `cli`, writing to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<Outcome> {
    match cli.command {
        Command::Extract(args) => extract(args, out),
        Command::Evaluate(args) => evaluate(args, out),
        Command::Text(args) => text(args, out),
        Command::Gazetteer(GazetteerCommand::Check { dir, as_of }) => {
            check(dir.as_deref(), as_of.as_deref(), out)
        }
        Command::Gazetteer(GazetteerCommand::Aliases { gazetteers }) => {
            let ex = extractor(gazetteers.as_deref())?;
            let mut out = io::BufWriter::new(out);
            for pattern in ex.matcher().patterns() {
                writeln!(out, "{pattern}")?;
            }
            out.flush()?;
            Ok(Outcome::Ok)
        }
        Command::Suggest(args) => suggest(args, out),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "whomet", out);
            Ok(Outcome::Ok)
        }
    }
}

fn extractor(gazetteers: Option<&Path>) -> Result<Extractor> {
    let g = Gazetteer::load(gazetteers).context("unusable gazetteer")?;
    Extractor::new(g)
}

fn published(args: &InputArgs) -> Result<Option<PartialDate>> {
    match &args.published {
        None => Ok(None),
        Some(p) => match PartialDate::parse(p) {
            Some(d) => Ok(Some(d)),
            None => bail!("--published {p:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        },
    }
}

/// Reads every input, calling `each` on every document; reports problems on standard error.
/// Returns whether any input failed.
fn for_each_document(
    args: &InputArgs,
    quiet: bool,
    progress: Option<&ProgressBar>,
    each: &mut dyn FnMut(Document) -> Result<()>,
) -> Result<bool> {
    let date = published(args)?;
    let (sources, problems) = input::sources(&args.paths);
    let mut failed = false;
    let report = |item: &Item, failed: &mut bool| match item {
        Item::Error(e) => {
            *failed = true;
            eprintln!("whomet: error: {e}");
        }
        Item::Warning(w) if !quiet => eprintln!("whomet: warning: {w}"),
        _ => {}
    };
    for p in &problems {
        report(p, &mut failed);
    }
    let mut stdin = io::stdin().lock();
    let mut result = Ok(());
    let mut documents = 0u64;
    for source in &sources {
        input::read(
            source,
            args.input,
            date,
            args.max_doc_size,
            &mut stdin as &mut dyn Read,
            &mut |item| {
                if result.is_err() {
                    return;
                }
                match item {
                    Item::Document(d) => {
                        documents += 1;
                        if let Some(bar) = progress {
                            bar.inc(d.text.len() as u64);
                            bar.set_message(format!("{documents} documents"));
                        }
                        result = each(d);
                    }
                    other => report(&other, &mut failed),
                }
            },
        );
        std::mem::replace(&mut result, Ok(()))?;
    }
    Ok(failed)
}

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

fn progress_bar(args: &InputArgs, quiet: bool) -> Option<ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    let (sources, _) = input::sources(&args.paths);
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

fn extract(args: ExtractArgs, stdout: &mut dyn Write) -> Result<Outcome> {
    let ex = extractor(args.gazetteers.as_deref())?;
    let format = args
        .format
        .unwrap_or(if io::stdout().is_terminal() && args.output.is_none() {
            Format::Table
        } else {
            Format::Jsonl
        });
    let progress = progress_bar(&args.input, args.quiet);
    let (table, quiet) = (args.table, args.quiet);
    let how = How {
        format,
        table,
        quiet,
        max_pairs: args.max_pairs,
    };
    let threads = args
        .threads
        .map(usize::from)
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()));
    let write_all = |out: &mut dyn Write| -> Result<bool> {
        let mut w = Writer::new(io::BufWriter::new(out), format, table)?;
        let mut failed = false;
        let mut input_failed = false;
        parallel::ordered_map(
            threads,
            threads * 16,
            |push| {
                input_failed =
                    for_each_document(&args.input, quiet, progress.as_ref(), &mut |d| {
                        if push(d) {
                            Ok(())
                        } else {
                            bail!("output stopped")
                        }
                    })?;
                Ok(())
            },
            |d: Document| render(&ex, &d, &how),
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
    let failed = match &args.output {
        None => write_all(stdout)?,
        Some(path) => write_atomically(path, write_all)?,
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(if failed {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}

/// How documents are rendered.
#[derive(Debug, Clone, Copy)]
struct How {
    format: Format,
    table: Table,
    quiet: bool,
    max_pairs: usize,
}

/// One document's records, rendered by a worker, with what to tell the user about it.
struct Rendered {
    /// `None` when the document could not be processed (reported in `notes`).
    batch: Option<Batch>,
    notes: Vec<String>,
}

/// Extracts and renders one document. A panic inside the extractor (a bug, never expected)
/// costs that document alone: it is reported and the batch goes on.
fn render(ex: &Extractor, d: &Document, how: &How) -> Rendered {
    let How {
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
            x.doc
                .ambiguous
                .iter()
                .map(|a| {
                    let more = a.count.saturating_sub(a.candidates.len());
                    format!(
                        "whomet: note: {}:{}: {:?} could be {}{}; left unresolved",
                        d.id,
                        a.range.start,
                        crate::text::span(&d.text, a.range.start, a.range.end),
                        a.candidates.join(" or "),
                        if more > 0 {
                            format!(" or {more} others")
                        } else {
                            String::new()
                        }
                    )
                })
                .collect()
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

/// Writes `path` whole or not at all: into a temporary file beside it, renamed over it only
/// when everything was written; an error or an interrupt leaves neither file behind.
///
/// A target that exists and is not a regular file (a device such as `/dev/null`, a named pipe)
/// cannot be replaced: it is written in place.
fn write_atomically<T>(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            bail!("{}: is a folder, not a file", path.display());
        }
        if !meta.is_file() {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("{}: cannot write", path.display()))?;
            return write(&mut f).with_context(|| format!("{}: not written", path.display()));
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".whomet-")
        .suffix(".partial")
        .tempfile_in(dir)
        .with_context(|| format!("{}: cannot create the output file", path.display()))?;
    if let Ok(mut guard) = PARTIAL.lock() {
        *guard = Some(tmp.path().to_path_buf());
    }
    guard_interrupts();
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

fn clear_partial() {
    if let Ok(mut guard) = PARTIAL.lock() {
        *guard = None;
    }
}

fn evaluate(args: EvaluateArgs, out: &mut dyn Write) -> Result<Outcome> {
    let ex = extractor(args.gazetteers.as_deref())?;
    let gold = eval::load_gold(&args.gold)?;
    let mut total = eval::Report::default();
    let failed = for_each_document(&args.input, false, None, &mut |d| {
        if let Some(g) = gold.get(&d.id) {
            let x = ex.extract(&d);
            eval::add(&mut total, &eval::score_document(&x, g));
        }
        Ok(())
    })?;
    if total.documents == 0 {
        bail!(
            "no input document has a gold file in {}",
            args.gold.display()
        );
    }
    match args.format {
        ReportFormat::Table => write!(out, "{}", total.table())?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&total.json())?)?,
    }
    Ok(if failed {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}

fn text(args: TextArgs, out: &mut dyn Write) -> Result<Outcome> {
    let mut out = io::BufWriter::new(out);
    let failed = for_each_document(&args.input, false, None, &mut |d| {
        out.write_all(d.text.as_bytes())?;
        if !d.text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if failed {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}

fn check(dir: Option<&Path>, as_of: Option<&str>, out: &mut dyn Write) -> Result<Outcome> {
    let as_of = match as_of {
        None => None,
        Some(d) => {
            Some(PartialDate::parse(d).with_context(|| format!("--as-of {d:?} is not a date"))?)
        }
    };
    let sources = Gazetteer::sources(dir)?;
    let problems = crate::gazetteer::check::check(&sources, as_of);
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    if problems.is_empty() {
        eprintln!("whomet: no problems found");
        Ok(Outcome::Ok)
    } else {
        eprintln!("whomet: {} problems found", problems.len());
        Ok(Outcome::SomeFailed)
    }
}

fn suggest(args: SuggestArgs, out: &mut dyn Write) -> Result<Outcome> {
    let g = if args.no_builtin {
        Gazetteer::load_only(
            args.gazetteers
                .as_deref()
                .context("--no-builtin needs --gazetteers DIR")?,
        )
    } else {
        Gazetteer::load(args.gazetteers.as_deref())
    }
    .context("unusable gazetteer")?;
    let ex = Extractor::new(g)?;
    let mut collector = crate::suggest::Collector::default();
    let failed = for_each_document(&args.input, false, None, &mut |d| {
        let x = ex.extract(&d);
        collector.add(&x, &d.text);
        Ok(())
    })?;
    let suggestions = collector.finish();
    let mut w = io::BufWriter::new(out);
    match args.format {
        SuggestFormat::Csv => {
            let mut csv = ::csv::WriterBuilder::new()
                .flexible(true)
                .from_writer(&mut w);
            let mut ordered: Vec<_> = suggestions.iter().collect();
            ordered.sort_by_key(|s| s.kind);
            for s in ordered {
                csv.write_record(s.csv_row())
                    .map_err(std::io::Error::other)?;
            }
            csv.flush()?;
        }
        SuggestFormat::Table => {
            for s in &suggestions {
                let row = s.csv_row().join(",");
                let example: String = s.example.chars().take(100).collect();
                writeln!(
                    w,
                    "{:>4}  {:<12} {}\n      e.g. {}\n      {}: {}",
                    s.count,
                    s.kind.as_str(),
                    s.name,
                    example,
                    s.kind.file(),
                    row
                )?;
            }
        }
    }
    w.flush()?;
    Ok(if failed {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}
