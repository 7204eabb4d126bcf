//! The `whomet` binary: parse the command line, check it, run it, report errors, set the exit
//! code.
//!
//! The command line ([`cli`]), its checked form ([`config`]), the run ([`app`]) and the ordered
//! thread pool ([`parallel`]) are the binary's; the library is the extraction itself.

mod app;
mod cli;
mod config;
mod parallel;

use std::io::{self, ErrorKind};
use std::process::ExitCode;

use clap::Parser;

use crate::app::Outcome;
use crate::cli::Cli;
use crate::config::Config;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ran = Config::new(cli).and_then(|config| app::run(config, &mut io::stdout().lock()));
    match ran {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whomet: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
    })
}
