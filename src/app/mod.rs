//! Runs a checked [`Config`]: reads inputs, extracts, writes records or the evaluation report.

mod extract;
mod output_file;

use std::io::{self, Read, Write};

use anyhow::{bail, Result};
use clap::CommandFactory;
use indicatif::ProgressBar;
use whomet::input::{self, Item};
use whomet::text::clean;
use whomet::{eval, gazetteer, suggest, Document};

use crate::cli::{Cli, ReportFormat, SuggestFormat};
use crate::config::{Config, Evaluate, Inputs, Suggest, Text};

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was read.
    Ok,
    /// Some inputs could not be read; the rest were processed.
    SomeFailed,
}

impl Outcome {
    fn failed_if(failed: bool) -> Outcome {
        if failed {
            Outcome::SomeFailed
        } else {
            Outcome::Ok
        }
    }
}

/// Runs `config`, writing to `out`.
pub fn run(config: Config, out: &mut dyn Write) -> Result<Outcome> {
    match config {
        Config::Extract(c) => extract::run(c, out),
        Config::Evaluate(c) => evaluate(c, out),
        Config::Text(c) => text(&c, out),
        Config::CheckGazetteer { sources, as_of } => {
            let problems = gazetteer::check::check(&sources, as_of);
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
        Config::Aliases(ex) => {
            let mut out = io::BufWriter::new(out);
            for pattern in ex.matcher().patterns() {
                writeln!(out, "{pattern}")?;
            }
            out.flush()?;
            Ok(Outcome::Ok)
        }
        Config::Suggest(c) => suggest(c, out),
        Config::Completions(shell) => {
            clap_complete::generate(shell, &mut Cli::command(), "whomet", out);
            Ok(Outcome::Ok)
        }
    }
}

/// Reads every input, calling `each` on every document; reports problems on standard error.
/// Returns whether any input failed.
fn for_each_document(
    inputs: &Inputs,
    progress: Option<&ProgressBar>,
    each: &mut dyn FnMut(Document) -> Result<()>,
) -> Result<bool> {
    let (sources, problems) = input::sources(&inputs.paths);
    let mut failed = false;
    let report = |item: &Item, failed: &mut bool| match item {
        Item::Error(e) => {
            *failed = true;
            eprintln!("whomet: error: {e}");
        }
        Item::Warning(w) if !inputs.quiet => eprintln!("whomet: warning: {w}"),
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
            inputs.format,
            inputs.published,
            inputs.max_doc_size,
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

fn evaluate(c: Evaluate, out: &mut dyn Write) -> Result<Outcome> {
    let mut total = eval::Report::default();
    let failed = for_each_document(&c.inputs, None, &mut |d| {
        if let Some(g) = c.gold.get(&d.id) {
            let x = c.extractor.extract(&d);
            eval::add(&mut total, &eval::score_document(&x, &d.text, g));
        }
        Ok(())
    })?;
    if total.documents == 0 {
        bail!(
            "no input document has a gold file in {}",
            c.gold_dir.display()
        );
    }
    match c.format {
        ReportFormat::Table => write!(out, "{}", total.table())?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&total.json())?)?,
    }
    Ok(Outcome::failed_if(failed))
}

fn text(c: &Text, out: &mut dyn Write) -> Result<Outcome> {
    let mut out = io::BufWriter::new(out);
    let failed = for_each_document(&c.inputs, None, &mut |d| {
        match &c.cleaned {
            None => {
                out.write_all(d.text.as_bytes())?;
                if !d.text.ends_with('\n') {
                    out.write_all(b"\n")?;
                }
            }
            Some(cleaner) => {
                let article = cleaner.article(&d.text);
                writeln!(out, "# {}", d.id)?;
                clean::write_marked(&d.text, &article, &mut out)?;
                if let Some(note) = article.words.note(&d.id) {
                    eprintln!("{note}");
                }
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(Outcome::failed_if(failed))
}

fn suggest(c: Suggest, out: &mut dyn Write) -> Result<Outcome> {
    let mut collector = suggest::Collector::default();
    let failed = for_each_document(&c.inputs, None, &mut |d| {
        let x = c.extractor.extract(&d);
        collector.add(&x, &d.text);
        Ok(())
    })?;
    let suggestions = collector.finish();
    let mut w = io::BufWriter::new(out);
    match c.format {
        SuggestFormat::Csv => suggest::write_csv(&suggestions, &mut w)?,
        SuggestFormat::Table => suggest::write_table(&suggestions, &mut w)?,
    }
    w.flush()?;
    Ok(Outcome::failed_if(failed))
}
