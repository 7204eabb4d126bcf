//! The command line, as clap derive definitions only.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::input::InputFormat;
use crate::output::{Format, Table};

/// Turn English news about diplomacy and security into who-met-whom tables.
#[derive(Debug, Parser)]
#[command(name = "whomet", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract meetings, statements, agreements or mentions from articles.
    #[command(
        after_help = "Examples:\n  whomet extract seeds/\n  whomet extract --table mentions --format json article.txt\n  cat dump.jsonl | whomet extract --input jsonl -"
    )]
    Extract(ExtractArgs),
    /// Score extraction against gold files (precision, recall, F1 per task).
    #[command(
        after_help = "Examples:\n  whomet evaluate --gold tests/data/gold seeds\n  whomet evaluate --gold tests/data/gold --format json seeds"
    )]
    Evaluate(EvaluateArgs),
}

#[derive(Debug, clap::Args)]
pub struct Common {
    /// A folder of gazetteer CSV files that extend or override the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
    /// How to read inputs: by extension, all as text, or all as JSON Lines.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub input: InputFormat,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files, folders (read recursively) or `-` for standard input (the default).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Which records to write.
    #[arg(long, value_enum, default_value_t = Table::Events)]
    pub table: Table,
    /// How to write them.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    #[command(flatten)]
    pub common: Common,
}

/// How the evaluation report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// The folder of gold files (NAME.json for the document NAME).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Articles to score (those without a gold file are skipped).
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// How to write the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    #[command(flatten)]
    pub common: Common,
}
