//! Deterministic benchmark inputs: a news-like corpus recombined from the seed articles'
//! sentences, and a large gazetteer of real-looking people.
//!
//! ```sh
//! cargo run --release --example benchgen -- corpus --size-mb 100 --out target/bench
//! cargo run --release --example benchgen -- gazetteer --entries 100000 --out target/bench/gaz100k
//! ```
//!
//! The same arguments (and `--seed`) always give the same bytes, so figures taken on different
//! days and machines are about the same input.

mod gen;

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Subcommand)]
enum What {
    /// `corpus.jsonl` (one document per line) and `corpus.txt` (the same texts, blank-line
    /// separated) of about `--size-mb` megabytes of text.
    Corpus {
        #[arg(long, default_value_t = 100)]
        size_mb: u64,
        /// The articles whose sentences are recombined.
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, default_value = "target/bench")]
        out: PathBuf,
    },
    /// A gazetteer folder with `people.csv` of `--entries` people (with aliases, countries,
    /// offices and tenures), in the gazetteer CSV format.
    Gazetteer {
        #[arg(long, default_value_t = 100_000)]
        entries: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, default_value = "target/bench/gaz100k")]
        out: PathBuf,
    },
}

fn main() -> Result<()> {
    match Args::parse().what {
        What::Corpus {
            size_mb,
            seeds,
            seed,
            out,
        } => corpus(&seeds, size_mb << 20, seed, &out),
        What::Gazetteer { entries, seed, out } => {
            fs::create_dir_all(&out).with_context(|| format!("{}", out.display()))?;
            let file = out.join("people.csv");
            let mut w = BufWriter::new(File::create(&file)?);
            gen::people_csv(entries, seed, &mut w)?;
            w.flush()?;
            eprintln!("{entries} people in {}", file.display());
            Ok(())
        }
    }
}

fn corpus(seeds: &Path, size: u64, seed: u64, out: &Path) -> Result<()> {
    let pool = gen::seed_sentences(seeds)?;
    fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
    let mut jsonl = BufWriter::new(File::create(out.join("corpus.jsonl"))?);
    let mut txt = BufWriter::new(File::create(out.join("corpus.txt"))?);
    let (mut written, mut n) = (0u64, 0u64);
    for (id, published, text) in gen::documents(&pool, seed) {
        if written >= size {
            break;
        }
        n += 1;
        let record = serde_json::json!({ "id": id, "published": published, "text": text });
        serde_json::to_writer(&mut jsonl, &record)?;
        jsonl.write_all(b"\n")?;
        txt.write_all(text.as_bytes())?;
        txt.write_all(b"\n\n")?;
        written += text.len() as u64 + 2;
    }
    jsonl.flush()?;
    txt.flush()?;
    eprintln!(
        "{n} documents, {:.1} MB of text in {}",
        written as f64 / 1e6,
        out.display()
    );
    Ok(())
}
