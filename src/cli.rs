//! The command line, as clap derive definitions only.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use whomet::input::InputFormat;
use whomet::output::{Format, Table};

/// Turn English news about diplomacy and security into who-met-whom tables.
#[derive(Debug, Parser)]
#[command(name = "whomet", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract meetings, statements, agreements, who-met-whom pairs or mentions from articles.
    #[command(after_help = "Examples:
  whomet extract seeds/                                  events of every article in a folder
  whomet extract --table pairs --format csv -o pairs.csv seeds/
  whomet extract --table mentions --format json article.html
  cat dump.jsonl | whomet extract --input jsonl --table meetings | jq .date
  whomet extract --published 2025-10-29 < article.txt")]
    Extract(ExtractArgs),
    /// Score extraction against gold files (precision, recall, F1 per task).
    #[command(after_help = "Examples:
  whomet evaluate --gold tests/data/gold seeds
  whomet evaluate --gold tests/data/gold --format json seeds")]
    Evaluate(EvaluateArgs),
    /// Print a document's text as whomet reads it (HTML pages as text): the text offsets refer to.
    #[command(
        after_help = "With --cleaned, each document starts with a line `# ID` and every non-blank
line gets a two-character mark:
  `  ` (two spaces)  prose: entities and events are read from it
  `~ `               a kept heading or list item: entities count, events are not read
  `- `               dropped: menus, captions, asides, links, markup, comments, and the
                     title and dateline before the article (read only for its date)
Examples:
  whomet text page.html
  whomet text --input jsonl dump.jsonl
  whomet text --cleaned page.html | grep '^- '          what the cleaner dropped
  whomet text --cleaned --no-clean page.txt             the paragraphs, all read as prose"
    )]
    Text(TextArgs),
    /// Work on gazetteers: lint them.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
    /// List the people, organisations and places articles name that the gazetteers do not,
    /// most frequent first, with a ready-to-paste CSV row each.
    #[command(after_help = "Examples:
  whomet suggest seeds/
  whomet suggest --format csv dump.jsonl >> my-gazetteers/people.csv")]
    Suggest(SuggestArgs),
    /// Print a shell completion script.
    #[command(after_help = "Examples:
  whomet completions bash > ~/.local/share/bash-completion/completions/whomet
  whomet completions zsh > ~/.zfunc/_whomet")]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files, folders (read recursively: .txt, .md, .html, .htm, .jsonl) or `-` for standard
    /// input (the default).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How to read inputs: by extension, or all as text, HTML or JSON Lines.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub input: InputFormat,
    /// The article date for documents that state none (YYYY-MM-DD); relative dates resolve against it.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Read every paragraph as prose: drop no menus, captions, links or comments.
    #[arg(long)]
    pub no_clean: bool,
    /// Skip, with an error, any document (file, or JSON Lines record) larger than SIZE bytes
    /// (suffixes K, M, G).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_doc_size: u64,
}

/// A size in bytes: digits with an optional K, M or G (powers of 1024).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("{s:?}: not a size (e.g. 500K, 64M, 2G)")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{s:?}: not a size (e.g. 500K, 64M, 2G)"))?;
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?}: out of range"))
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Which records to write.
    #[arg(long, value_enum, default_value_t = Table::Events)]
    pub table: Table,
    /// How to write them (default: table at a terminal, jsonl otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to FILE, whole or not at all, instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A folder of gazetteer CSV files that extend or override the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
    /// No progress bar and no warnings (errors are still reported).
    #[arg(short, long)]
    pub quiet: bool,
    /// Worker threads (default: one per core). The output is the same, byte for byte, in the
    /// same order, whatever the number.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub threads: Option<u16>,
    /// With --table pairs: at most N pairs per meeting (a sentence naming 2,000 officials would
    /// otherwise make two million); the rest are counted in a warning.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub max_pairs: usize,
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
    #[command(flatten)]
    pub input: InputArgs,
    /// How to write the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// A folder of gazetteer CSV files that extend or override the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TextArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print the paragraphs the extractor reads, each line marked kept or dropped (see below).
    #[arg(long)]
    pub cleaned: bool,
    /// A folder of gazetteer CSV files that extend or override the built-in ones (their
    /// `words.csv` feeds the cleaner).
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Report every problem of a gazetteer folder (the built-in gazetteers without DIR) with
    /// file:line; exit 1 when there is any.
    #[command(after_help = "Examples:
  whomet gazetteer check
  whomet gazetteer check my-gazetteers/ --as-of 2025-11-01")]
    Check {
        /// A folder of gazetteer CSV files to check instead of the built-in ones.
        dir: Option<PathBuf>,
        /// The date of the newest article processed: people verified more than a year before
        /// it are reported.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Print every literal the matcher searches for, lower-cased, one a line: the alias set for
    /// other tools (`rg -F -w -f`) and for benchmarks.
    #[command(after_help = "Examples:
  whomet gazetteer aliases > aliases.txt
  whomet gazetteer aliases --gazetteers my-gazetteers/ | wc -l")]
    Aliases {
        /// A folder of gazetteer CSV files that extend or override the built-in ones.
        #[arg(long, value_name = "DIR")]
        gazetteers: Option<PathBuf>,
    },
}

/// How suggestions are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    /// A line per suggestion: count, kind, name, an example sentence, the CSV row.
    Table,
    /// Just the ready-to-paste CSV rows, people first.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct SuggestArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How to write the suggestions.
    #[arg(long, value_enum, default_value_t = SuggestFormat::Table)]
    pub format: SuggestFormat,
    /// A folder of gazetteer CSV files that extend or override the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
    /// Use only the gazetteers of --gazetteers, not the built-in ones.
    #[arg(long, requires = "gazetteers")]
    pub no_builtin: bool,
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_with_units() {
        let cases = [
            ("1000", Ok(1000)),
            ("64M", Ok(64 << 20)),
            ("500k", Ok(500 << 10)),
            ("2GiB", Ok(2 << 30)),
            ("0", Err(())),
            ("12X", Err(())),
            ("M", Err(())),
            ("99999999999999999999G", Err(())),
        ];
        for (input, want) in cases {
            assert_eq!(parse_size(input).map_err(|_| ()), want, "{input:?}");
        }
    }
}
