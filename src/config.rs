//! Turns the parsed command line into a checked configuration of what the run needs, before
//! any work: loaded gazetteers, dates, the resolved output format, threads and target.
//!
//! This is the high half of ripgrep's low/high arguments (the low half is [`crate::cli`]):
//! every error in the arguments is reported here, before any document is read, and
//! [`crate::app`] only runs a [`Config`]. Checks run in the order the run used to meet them
//! (gazetteers, gold folder, output target, dates), so that of several bad arguments the
//! same one is reported.

use std::collections::HashMap;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::thread;

use anyhow::{bail, Context, Result};
use clap_complete::Shell;
use whomet::eval::{self, Gold};
use whomet::gazetteer::{self, Gazetteer};
use whomet::input::InputFormat;
use whomet::output::{Format, Table};
use whomet::text::clean::Cleaner;
use whomet::{Extractor, PartialDate};

use crate::cli::{
    Cli, Command, EvaluateArgs, ExtractArgs, GazetteerCommand, InputArgs, ReportFormat,
    SuggestArgs, SuggestFormat, TextArgs,
};

/// A command, checked and ready to run.
pub enum Config {
    /// `whomet extract`.
    Extract(Extract),
    /// `whomet evaluate`.
    Evaluate(Evaluate),
    /// `whomet text`: the inputs' text, as whomet reads it.
    Text(Text),
    /// `whomet gazetteer check`.
    CheckGazetteer {
        /// The gazetteer files to check, read.
        sources: Vec<gazetteer::Source>,
        /// People verified more than a year before this date are reported.
        as_of: Option<PartialDate>,
    },
    /// `whomet gazetteer aliases`: every literal of this extractor's matcher.
    Aliases(Extractor),
    /// `whomet suggest`.
    Suggest(Suggest),
    /// `whomet completions`.
    Completions(Shell),
}

/// The documents to read and how.
pub struct Inputs {
    /// Files, folders or `-`; none means standard input.
    pub paths: Vec<PathBuf>,
    pub format: InputFormat,
    /// The date of documents that state none.
    pub published: Option<PartialDate>,
    /// Documents over this many bytes are skipped with an error.
    pub max_doc_size: u64,
    /// Warnings about inputs are not reported (errors still are).
    pub quiet: bool,
    /// Page furniture is dropped (`--no-clean` turns it off).
    pub clean: bool,
}

/// `whomet text`, checked.
pub struct Text {
    pub inputs: Inputs,
    /// With `--cleaned`: the cleaner whose judgement is printed.
    pub cleaned: Option<Cleaner>,
}

/// How each document's records are rendered.
#[derive(Debug, Clone, Copy)]
pub struct Render {
    pub format: Format,
    pub table: Table,
    /// No notes or warnings about documents.
    pub quiet: bool,
    /// At most this many pairs per meeting.
    pub max_pairs: usize,
}

/// Where the records go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    Stdout,
    /// A regular file (or none yet): written beside it and renamed over it when complete.
    Replace(PathBuf),
    /// Something that exists and cannot be replaced (a device, a named pipe): written in place.
    InPlace(PathBuf),
}

/// `whomet extract`, checked.
pub struct Extract {
    pub extractor: Extractor,
    pub inputs: Inputs,
    pub render: Render,
    /// Worker threads, at least one.
    pub threads: usize,
    pub output: Output,
    /// Whether a progress bar may be drawn (standard error is a terminal and not `--quiet`);
    /// it is, when the inputs are large enough.
    pub progress: bool,
}

/// `whomet evaluate`, checked.
pub struct Evaluate {
    pub extractor: Extractor,
    /// The gold folder, for messages.
    pub gold_dir: PathBuf,
    /// Its gold files, by document id.
    pub gold: HashMap<String, Gold>,
    pub inputs: Inputs,
    pub format: ReportFormat,
}

/// `whomet suggest`, checked.
pub struct Suggest {
    pub extractor: Extractor,
    pub inputs: Inputs,
    pub format: SuggestFormat,
}

impl Config {
    /// Checks the command line `cli`, loading what the run needs.
    pub fn new(cli: Cli) -> Result<Config> {
        Ok(match cli.command {
            Command::Extract(args) => Config::Extract(Extract::new(args)?),
            Command::Evaluate(args) => Config::Evaluate(Evaluate::new(args)?),
            Command::Text(args) => Config::Text(Text::new(args)?),
            Command::Gazetteer(GazetteerCommand::Check { dir, as_of }) => {
                let as_of = match as_of {
                    None => None,
                    Some(d) => Some(
                        PartialDate::parse(&d)
                            .with_context(|| format!("--as-of {d:?} is not a date"))?,
                    ),
                };
                Config::CheckGazetteer {
                    sources: Gazetteer::sources(dir.as_deref())?,
                    as_of,
                }
            }
            Command::Gazetteer(GazetteerCommand::Aliases { gazetteers }) => {
                Config::Aliases(extractor(gazetteers.as_deref(), false)?)
            }
            Command::Suggest(args) => Config::Suggest(Suggest::new(args)?),
            Command::Completions { shell } => Config::Completions(shell),
        })
    }
}

impl Inputs {
    fn new(args: InputArgs, quiet: bool) -> Result<Inputs> {
        let published = match &args.published {
            None => None,
            Some(p) => match PartialDate::parse(p) {
                Some(d) => Some(d),
                None => bail!("--published {p:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
            },
        };
        Ok(Inputs {
            paths: args.paths,
            format: args.input,
            published,
            max_doc_size: args.max_doc_size,
            quiet,
            clean: !args.no_clean,
        })
    }
}

impl Text {
    fn new(args: TextArgs) -> Result<Text> {
        let inputs = Inputs::new(args.input, false)?;
        let cleaned = match args.cleaned {
            false => None,
            true => {
                let g =
                    Gazetteer::load(args.gazetteers.as_deref()).context("unusable gazetteer")?;
                Some(Cleaner::new(&g.words, inputs.clean))
            }
        };
        Ok(Text { inputs, cleaned })
    }
}

impl Extract {
    fn new(args: ExtractArgs) -> Result<Extract> {
        let extractor =
            extractor(args.gazetteers.as_deref(), false)?.with_cleaning(!args.input.no_clean);
        let format =
            args.format
                .unwrap_or(if io::stdout().is_terminal() && args.output.is_none() {
                    Format::Table
                } else {
                    Format::Jsonl
                });
        let output = match &args.output {
            None => Output::Stdout,
            Some(path) => Output::of(path)?,
        };
        let threads = args
            .threads
            .map(usize::from)
            .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()));
        Ok(Extract {
            extractor,
            inputs: Inputs::new(args.input, args.quiet)?,
            render: Render {
                format,
                table: args.table,
                quiet: args.quiet,
                max_pairs: args.max_pairs,
            },
            threads,
            output,
            progress: !args.quiet && io::stderr().is_terminal(),
        })
    }
}

impl Output {
    /// The target `path`: a folder is refused; something that exists and is not a regular
    /// file is written in place.
    fn of(path: &Path) -> Result<Output> {
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.is_dir() {
                bail!("{}: is a folder, not a file", path.display());
            }
            if !meta.is_file() {
                return Ok(Output::InPlace(path.to_path_buf()));
            }
        }
        Ok(Output::Replace(path.to_path_buf()))
    }
}

impl Evaluate {
    fn new(args: EvaluateArgs) -> Result<Evaluate> {
        let extractor =
            extractor(args.gazetteers.as_deref(), false)?.with_cleaning(!args.input.no_clean);
        let gold = eval::load_gold(&args.gold)?;
        Ok(Evaluate {
            extractor,
            gold_dir: args.gold,
            gold,
            inputs: Inputs::new(args.input, false)?,
            format: args.format,
        })
    }
}

impl Suggest {
    fn new(args: SuggestArgs) -> Result<Suggest> {
        Ok(Suggest {
            extractor: extractor(args.gazetteers.as_deref(), args.no_builtin)?
                .with_cleaning(!args.input.no_clean),
            inputs: Inputs::new(args.input, false)?,
            format: args.format,
        })
    }
}

/// An extractor over the built-in gazetteers layered with those of `dir`, or over `dir`'s
/// alone when `only` is set.
fn extractor(dir: Option<&Path>, only: bool) -> Result<Extractor> {
    let g = if only {
        Gazetteer::load_only(dir.context("--no-builtin needs --gazetteers DIR")?)
    } else {
        Gazetteer::load(dir)
    }
    .context("unusable gazetteer")?;
    Extractor::new(g)
}
