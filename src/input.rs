//! Reads documents from files, folders, standard input and JSON Lines, one at a time, reporting each bad input by path and line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::date::PartialDate;
use crate::html;
use crate::pipeline::Document;

/// How input files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum InputFormat {
    /// JSON Lines for `.jsonl` files, HTML for `.html`/`.htm` (and pages on standard input),
    /// text for everything else.
    #[default]
    Auto,
    /// Every input is one plain-text article.
    Text,
    /// Every input is one saved web page.
    Html,
    /// Every line is a record `{"id", "text", "published"?, "url"?}`.
    Jsonl,
}

/// The file extensions read from folders.
pub const EXTENSIONS: [&str; 5] = ["txt", "md", "html", "htm", "jsonl"];

/// One input: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// The size in bytes, when known.
    pub size: Option<u64>,
}

impl Source {
    /// The name used in messages and as the id of a text document (the file stem).
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "-".to_string(), |p| p.display().to_string())
    }

    fn stem(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_stem()
                .map_or_else(|| self.name(), |s| s.to_string_lossy().into_owned()),
            None => "stdin".to_string(),
        }
    }
}

/// What reading produces, in order: documents, and problems that each name their input.
#[derive(Debug)]
pub enum Item {
    Document(Document),
    /// An input (or a line of one) that could not be read: `path: reason`.
    Error(String),
    /// An input read with a caveat: invalid UTF-8 replaced, a file skipped.
    Warning(String),
}

/// The inputs that `paths` name, folders walked recursively in name order; `-` (or no path at
/// all) is standard input. Problems finding them come back as items.
pub fn sources(paths: &[PathBuf]) -> (Vec<Source>, Vec<Item>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    if paths.is_empty() {
        out.push(Source {
            path: None,
            size: None,
        });
    }
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source {
                path: None,
                size: None,
            });
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut problems);
            files.sort_by(|a, b| a.path.cmp(&b.path));
            out.extend(files);
        } else {
            let size = std::fs::metadata(path).ok().map(|m| m.len());
            out.push(Source {
                path: Some(path.clone()),
                size,
            });
        }
    }
    (out, problems)
}

fn walk(dir: &Path, files: &mut Vec<Source>, problems: &mut Vec<Item>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Item::Error(format!(
                "{}: cannot read folder: {e}",
                dir.display()
            )));
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, files, problems);
            continue;
        }
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if ext.as_deref().is_some_and(|e| EXTENSIONS.contains(&e)) {
            let size = entry.metadata().ok().map(|m| m.len());
            files.push(Source {
                path: Some(p),
                size,
            });
        } else {
            problems.push(Item::Warning(format!(
                "{}: skipped (not .txt, .md, .html, .htm or .jsonl)",
                p.display()
            )));
        }
    }
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: String,
    published: Option<String>,
    url: Option<String>,
}

/// Reads one input, passing each document (or problem) to `sink` as soon as it is read, so a
/// JSON Lines stream of any length is never held in memory whole. `published` is the date
/// for documents that carry none. A document (a file, or a JSON Lines record) over
/// `max_bytes` is skipped with an error, without being held in memory; a file with a NUL byte
/// is binary and skipped with a warning, as ripgrep does.
pub fn read(
    source: &Source,
    format: InputFormat,
    published: Option<PartialDate>,
    max_bytes: u64,
    stdin: &mut dyn Read,
    sink: &mut dyn FnMut(Item),
) {
    let name = source.name();
    let mut reader: Box<dyn BufRead + '_> = match &source.path {
        None => Box::new(BufReader::new(stdin)),
        Some(p) => match File::open(p) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => return sink(Item::Error(format!("{name}: cannot read: {e}"))),
        },
    };
    let ext = source
        .path
        .as_ref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let format = match format {
        InputFormat::Auto => match ext.as_deref() {
            Some("jsonl") => InputFormat::Jsonl,
            Some("html" | "htm") => InputFormat::Html,
            _ => InputFormat::Auto,
        },
        other => other,
    };
    if format == InputFormat::Jsonl {
        return read_jsonl(
            &name,
            &source.stem(),
            reader.as_mut(),
            published,
            max_bytes,
            sink,
        );
    }
    let too_big = |size: u64| {
        Item::Error(format!(
            "{name}: {size} bytes, over the {max_bytes}-byte document limit; skipped \
             (raise it with --max-doc-size)"
        ))
    };
    if let Some(size) = source.size.filter(|&s| s > max_bytes) {
        return sink(too_big(size));
    }
    let mut bytes = Vec::new();
    if let Err(e) = reader
        .as_mut()
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
    {
        return sink(Item::Error(format!("{name}: cannot read: {e}")));
    }
    if bytes.len() as u64 > max_bytes {
        return sink(too_big(bytes.len() as u64));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return sink(Item::Warning(format!(
            "{name}: binary file (NUL byte at offset {at}); skipped"
        )));
    }
    let mut text = decode(&name, bytes, sink);
    if let Some(stripped) = text.strip_prefix('\u{feff}') {
        text = stripped.to_string();
    }
    let is_html = format == InputFormat::Html
        || (format == InputFormat::Auto && html::looks_like_html(&text));
    if is_html {
        text = html::to_text(&text);
    }
    sink(Item::Document(Document {
        id: source.stem(),
        text,
        published,
        url: None,
    }));
}

fn decode(name: &str, bytes: Vec<u8>, sink: &mut dyn FnMut(Item)) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            sink(Item::Warning(format!(
                "{name}: not valid UTF-8; invalid bytes replaced with U+FFFD"
            )));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Reads one line into `buf` (newline included), keeping at most `max` bytes of it; the rest
/// of a longer line is read and dropped. Returns the line's full length without its newline,
/// or `None` at the end of the input.
fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: u64,
) -> io::Result<Option<u64>> {
    let mut total = 0u64;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((total > 0).then_some(total));
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = max.saturating_sub(buf.len() as u64) as usize;
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let n = chunk.len();
        total += n as u64;
        reader.consume(n);
        if done {
            return Ok(Some(total - 1));
        }
    }
}

fn read_jsonl(
    name: &str,
    stem: &str,
    reader: &mut dyn BufRead,
    published: Option<PartialDate>,
    max_bytes: u64,
    sink: &mut dyn FnMut(Item),
) {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let length = match read_line_bounded(reader, &mut buf, max_bytes.saturating_add(1)) {
            Ok(None) => break,
            Ok(Some(n)) => n,
            Err(e) => {
                return sink(Item::Error(format!(
                    "{name}:{}: cannot read: {e}",
                    line_no + 1
                )))
            }
        };
        line_no += 1;
        let at = format!("{name}:{line_no}");
        if length > max_bytes {
            sink(Item::Error(format!(
                "{at}: a {length}-byte record, over the {max_bytes}-byte document limit; \
                 skipped (raise it with --max-doc-size)"
            )));
            continue;
        }
        if buf.contains(&0) {
            return sink(Item::Warning(format!(
                "{at}: binary data (a NUL byte); the rest of {name} is skipped"
            )));
        }
        let line = decode(&at, std::mem::take(&mut buf), sink);
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) => {
                let date = match r
                    .published
                    .as_deref()
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                {
                    None => published,
                    Some(p) => match PartialDate::parse(p.get(..10).unwrap_or(p))
                        .or_else(|| PartialDate::parse(p))
                    {
                        Some(d) => Some(d),
                        None => {
                            sink(Item::Warning(format!(
                                "{at}: `published` {p:?} is not an ISO date; ignored"
                            )));
                            published
                        }
                    },
                };
                let id = match r.id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(serde_json::Value::Number(n)) => n.to_string(),
                    _ => format!("{stem}:{line_no}"),
                };
                let mut text = r.text;
                if html::looks_like_html(&text) {
                    text = html::to_text(&text);
                }
                sink(Item::Document(Document {
                    id,
                    text,
                    published: date,
                    url: r.url,
                }));
            }
            Err(e) => sink(Item::Error(format!(
                "{at}: not a JSON Lines record with a `text` field: {e}"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_stdin(data: &[u8], format: InputFormat) -> Vec<Item> {
        let mut stdin: &[u8] = data;
        let mut items = Vec::new();
        read(
            &Source {
                path: None,
                size: None,
            },
            format,
            None,
            u64::MAX,
            &mut stdin,
            &mut |i| items.push(i),
        );
        items
    }

    #[test]
    fn reads_json_lines_and_reports_bad_lines() {
        let data = b"{\"id\": \"a\", \"text\": \"One.\", \"published\": \"2025-10-29\"}\nnot json\n{\"text\": \"Two.\", \"url\": \"http://x\"}\n";
        let items = read_stdin(data, InputFormat::Jsonl);
        let docs: Vec<&Document> = items
            .iter()
            .filter_map(|i| {
                if let Item::Document(d) = i {
                    Some(d)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a");
        assert_eq!(
            docs[0].published.map(|d| d.to_string()).as_deref(),
            Some("2025-10-29")
        );
        assert_eq!(docs[1].id, "stdin:3");
        assert_eq!(docs[1].url.as_deref(), Some("http://x"));
        let errors: Vec<&String> = items
            .iter()
            .filter_map(|i| {
                if let Item::Error(e) = i {
                    Some(e)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("-:2: "), "{errors:?}");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let items = read_stdin(b"Iran \xff Pakistan", InputFormat::Text);
        assert!(matches!(&items[0], Item::Warning(w) if w.contains("not valid UTF-8")));
        assert!(matches!(&items[1], Item::Document(d) if d.text == "Iran \u{fffd} Pakistan"));
    }

    #[test]
    fn pages_on_standard_input_are_read_as_html() {
        let items = read_stdin(
            b"<html><body><script>x()</script><p>Naqvi met Larijani.</p></body></html>",
            InputFormat::Auto,
        );
        assert!(matches!(&items[0], Item::Document(d) if d.text.trim() == "Naqvi met Larijani."));
    }
}
