//! The `whomet` binary: parse the command line, run it, report errors, set the exit code.

use std::io::{self, ErrorKind};
use std::process::ExitCode;

use clap::Parser;
use whomet::app::{self, Outcome};
use whomet::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match app::run(cli, &mut io::stdout().lock()) {
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
