//! Reads documents from files, folders, standard input and JSON Lines, reporting each bad input by path and line.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::date::PartialDate;
use crate::pipeline::Document;

/// How input files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum InputFormat {
    /// JSON Lines for `.jsonl` files, text for everything else.
    #[default]
    Auto,
    /// Every input is one article.
    Text,
    /// Every line is a record `{"id", "text", "published"?, "url"?}`.
    Jsonl,
}

/// The file extensions read from folders.
pub const TEXT_EXTENSIONS: [&str; 4] = ["txt", "md", "html", "htm"];

/// What reading the inputs gave: documents, and problems that each name their input.
#[derive(Debug, Default)]
pub struct Inputs {
    pub documents: Vec<Document>,
    /// Inputs that could not be read: `path: reason` (or `path:line: reason`).
    pub errors: Vec<String>,
    /// Inputs read with a caveat (invalid UTF-8 replaced, files skipped in folders).
    pub warnings: Vec<String>,
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: String,
    published: Option<String>,
    url: Option<String>,
}

/// Reads every input. `-` (or no path at all) is standard input.
pub fn read(paths: &[PathBuf], format: InputFormat, stdin: &mut dyn Read) -> Inputs {
    let mut inputs = Inputs::default();
    let default = [PathBuf::from("-")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match stdin.read_to_end(&mut bytes) {
                Ok(_) => add(&mut inputs, "-", "stdin", bytes, format, true),
                Err(e) => inputs
                    .errors
                    .push(format!("-: cannot read standard input: {e}")),
            }
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut inputs);
            files.sort();
            for f in files {
                read_file(&f, format, &mut inputs);
            }
        } else {
            read_file(path, format, &mut inputs);
        }
    }
    inputs
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, inputs: &mut Inputs) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            inputs
                .errors
                .push(format!("{}: cannot read folder: {e}", dir.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, files, inputs);
        } else {
            let ext = p
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match ext.as_deref() {
                Some(e) if TEXT_EXTENSIONS.contains(&e) || e == "jsonl" => files.push(p),
                _ => inputs.warnings.push(format!(
                    "{}: skipped (not .txt, .md, .html, .htm or .jsonl)",
                    p.display()
                )),
            }
        }
    }
}

fn read_file(path: &Path, format: InputFormat, inputs: &mut Inputs) {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let stem = path
                .file_stem()
                .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
            let jsonl = format == InputFormat::Jsonl
                || (format == InputFormat::Auto
                    && path
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl")));
            let format = if jsonl {
                InputFormat::Jsonl
            } else {
                InputFormat::Text
            };
            add(inputs, &name, &stem, bytes, format, false);
        }
        Err(e) => inputs.errors.push(format!("{name}: cannot read: {e}")),
    }
}

fn decode(name: &str, bytes: Vec<u8>, inputs: &mut Inputs) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            inputs.warnings.push(format!(
                "{name}: not valid UTF-8; invalid bytes replaced with U+FFFD"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

fn add(
    inputs: &mut Inputs,
    name: &str,
    stem: &str,
    bytes: Vec<u8>,
    format: InputFormat,
    stdin: bool,
) {
    let text = decode(name, bytes, inputs);
    if format != InputFormat::Jsonl {
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text);
        inputs.documents.push(Document {
            id: stem.to_string(),
            text,
            published: None,
            url: None,
        });
        return;
    }
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{name}:{}", i + 1);
        match serde_json::from_str::<Record>(line) {
            Ok(r) => {
                let published = match r
                    .published
                    .as_deref()
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                {
                    None => None,
                    Some(p) => match PartialDate::parse(p.get(..10).unwrap_or(p))
                        .or_else(|| PartialDate::parse(p))
                    {
                        Some(d) => Some(d),
                        None => {
                            inputs.warnings.push(format!(
                                "{at}: `published` {p:?} is not an ISO date; ignored"
                            ));
                            None
                        }
                    },
                };
                let id = match r.id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(serde_json::Value::Number(n)) => n.to_string(),
                    _ => format!("{}:{}", if stdin { "stdin" } else { stem }, i + 1),
                };
                inputs.documents.push(Document {
                    id,
                    text: r.text,
                    published,
                    url: r.url,
                });
            }
            Err(e) => inputs.errors.push(format!(
                "{at}: not a JSON Lines record with a `text` field: {e}"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_lines_and_reports_bad_lines() {
        let data = b"{\"id\": \"a\", \"text\": \"One.\", \"published\": \"2025-10-29\"}\nnot json\n{\"text\": \"Two.\", \"url\": \"http://x\"}\n".to_vec();
        let mut stdin: &[u8] = &data;
        let got = read(&[PathBuf::from("-")], InputFormat::Jsonl, &mut stdin);
        assert_eq!(got.documents.len(), 2);
        assert_eq!(got.documents[0].id, "a");
        assert_eq!(
            got.documents[0].published.map(|d| d.to_string()).as_deref(),
            Some("2025-10-29")
        );
        assert_eq!(got.documents[1].id, "stdin:3");
        assert_eq!(got.documents[1].url.as_deref(), Some("http://x"));
        assert_eq!(got.errors.len(), 1);
        assert!(got.errors[0].starts_with("-:2: "), "{:?}", got.errors);
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let data = b"Iran \xff Pakistan".to_vec();
        let mut stdin: &[u8] = &data;
        let got = read(&[], InputFormat::Text, &mut stdin);
        assert_eq!(got.documents[0].text, "Iran \u{fffd} Pakistan");
        assert_eq!(got.warnings.len(), 1);
    }
}
