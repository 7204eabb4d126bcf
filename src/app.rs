//! Runs a parsed command: reads inputs, extracts, writes records or the evaluation report.

use std::io::{self, Write};

use anyhow::{Context, Result};

use crate::cli::{Cli, Command, Common, EvaluateArgs, ExtractArgs, ReportFormat};
use crate::eval;
use crate::gazetteer::Gazetteer;
use crate::input;
use crate::output::{records, Table, Writer};
use crate::pipeline::Extractor;

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was read.
    Ok,
    /// Some inputs could not be read; the rest were processed.
    SomeFailed,
}

fn extractor(common: &Common) -> Result<Extractor> {
    let g = Gazetteer::load(common.gazetteers.as_deref()).context("unusable gazetteer")?;
    Extractor::new(g)
}

fn report(inputs: &input::Inputs) {
    for w in &inputs.warnings {
        eprintln!("whomet: warning: {w}");
    }
    for e in &inputs.errors {
        eprintln!("whomet: error: {e}");
    }
}

/// Runs the command line `cli`, writing to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<Outcome> {
    match cli.command {
        Command::Extract(args) => extract(args, out),
        Command::Evaluate(args) => evaluate(args, out),
    }
}

fn extract(args: ExtractArgs, out: &mut dyn Write) -> Result<Outcome> {
    let ex = extractor(&args.common)?;
    let inputs = input::read(&args.paths, args.common.input, &mut io::stdin());
    report(&inputs);
    let mut w = Writer::new(io::BufWriter::new(out), args.format)?;
    for d in &inputs.documents {
        let x = ex.extract(d);
        match args.table {
            Table::Events => {
                for r in records::events(&x, &d.text) {
                    w.write(&r)?;
                }
            }
            Table::Mentions => {
                for r in records::mentions(&x, &d.text) {
                    w.write(&r)?;
                }
            }
        }
    }
    w.finish()?;
    Ok(if inputs.errors.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}

fn evaluate(args: EvaluateArgs, out: &mut dyn Write) -> Result<Outcome> {
    let ex = extractor(&args.common)?;
    let gold = eval::load_gold(&args.gold)?;
    let inputs = input::read(&args.paths, args.common.input, &mut io::empty());
    report(&inputs);
    let mut total = eval::Report::default();
    for d in &inputs.documents {
        if let Some(g) = gold.get(&d.id) {
            let x = ex.extract(d);
            eval::add(&mut total, &eval::score_document(&x, g));
        }
    }
    if total.documents == 0 {
        anyhow::bail!(
            "no input document has a gold file in {}",
            args.gold.display()
        );
    }
    match args.format {
        ReportFormat::Table => write!(out, "{}", total.table())?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&total.json())?)?,
    }
    Ok(if inputs.errors.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}
