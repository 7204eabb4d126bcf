//! Every table in every format, parsed back; inputs of every kind; output files whole or absent.

use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{json_lines, scratch, whomet};

const TABLES: [&str; 6] = [
    "events",
    "meetings",
    "statements",
    "agreements",
    "pairs",
    "mentions",
];

fn csv_rows(out: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().flexible(false).from_reader(out);
    let header = r
        .headers()
        .expect("a header row")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|x| {
            x.expect("a well-formed CSV row")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn every_table_in_every_format_parses_back_to_the_same_records() {
    for table in TABLES {
        let jsonl = whomet(
            &["extract", "--table", table, "--format", "jsonl", "seeds"],
            b"",
        );
        assert!(
            jsonl.status.success(),
            "{table}: {}",
            String::from_utf8_lossy(&jsonl.stderr)
        );
        let lines = json_lines(&jsonl.stdout);
        assert!(!lines.is_empty(), "no {table} on the seeds");

        let json = whomet(
            &["extract", "--table", table, "--format", "json", "seeds"],
            b"",
        );
        let array: Vec<serde_json::Value> =
            serde_json::from_slice(&json.stdout).expect("a JSON array");
        assert_eq!(array, lines, "{table}: json and jsonl differ");

        let csv = whomet(
            &["extract", "--table", table, "--format", "csv", "seeds"],
            b"",
        );
        assert!(csv.status.success());
        let (header, rows) = csv_rows(&csv.stdout);
        assert_eq!(rows.len(), lines.len(), "{table}: one CSV row a record");
        assert_eq!(header[0], "doc");
        for (row, rec) in rows.iter().zip(&lines) {
            assert_eq!(row[0], rec["doc"].as_str().unwrap());
            let col = |name: &str| {
                header
                    .iter()
                    .position(|h| h == name)
                    .map(|i| row[i].as_str())
            };
            if let (Some(start), Some(ev)) = (col("start"), rec.get("evidence")) {
                assert_eq!(start, ev["start"].to_string(), "{table}: start");
            }
            if table == "mentions" {
                assert_eq!(col("text"), rec["text"].as_str());
            }
            if table == "pairs" {
                assert_eq!(
                    col("a_name"),
                    rec["a"]["name"].as_str().or(Some(col("a_name").unwrap()))
                );
            }
        }

        let text = whomet(
            &["extract", "--table", table, "--format", "table", "seeds"],
            b"",
        );
        assert!(text.status.success());
        let out = String::from_utf8(text.stdout).unwrap();
        assert_eq!(
            out.lines().count(),
            lines.len() + 1,
            "{table}: a header line and a line a record"
        );
        assert!(out.lines().next().unwrap().starts_with("doc"));
    }
}

#[test]
fn csv_cells_that_spreadsheets_would_run_are_neutralised() {
    let article = "Interior Minister Mohsin Naqvi said: \"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\" and added \"+1 is fine\".\n\n\"@SUM(A1:A9)\", Naqvi said.\n";
    let out = whomet(
        &["extract", "--table", "statements", "--format", "csv"],
        article.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (header, rows) = csv_rows(&out.stdout);
    let quote = header.iter().position(|h| h == "quote").unwrap();
    let quotes: Vec<&str> = rows
        .iter()
        .map(|r| r[quote].as_str())
        .filter(|q| !q.is_empty())
        .collect();
    assert!(!quotes.is_empty(), "no quotes in {rows:?}");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unsafe cell {cell:?}"
            );
        }
    }
    assert!(quotes.iter().any(|q| q.starts_with("'@SUM")), "{quotes:?}");
}

#[test]
fn folders_are_read_recursively_and_other_files_skipped_with_a_note() {
    let dir = scratch("folder");
    fs::create_dir_all(dir.join("sub")).unwrap();
    fs::write(
        dir.join("a.txt"),
        "Interior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran.",
    )
    .unwrap();
    fs::write(
        dir.join("sub/b.md"),
        "Ishaq Dar met Amir Khan Muttaqi in Kabul.",
    )
    .unwrap();
    fs::write(dir.join("sub/c.html"), "<html><body><nav>Home World</nav><p>Wang Yi met Ishaq Dar in Beijing.</p><script>var Naqvi;</script></body></html>").unwrap();
    fs::write(dir.join("image.png"), [0u8, 1, 2]).unwrap();
    let out = whomet(
        &["extract", "--table", "meetings", dir.to_str().unwrap()],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["a", "b", "c"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("image.png: skipped"));
}

#[test]
fn html_pages_are_read_as_text() {
    let page = "<!DOCTYPE html><html><head><title>Talks</title><style>.Naqvi{}</style><script>Pezeshkian()</script></head>\
        <body><nav><a href=\"/\">Home</a></nav><article><p>Interior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran on Wednesday.</p></article></body></html>";
    let text = whomet(&["text", "--input", "html"], page.as_bytes());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        !text.contains('<') && !text.contains("Pezeshkian()") && !text.contains(".Naqvi"),
        "{text}"
    );
    let out = whomet(
        &["extract", "--table", "mentions", "--input", "html"],
        page.as_bytes(),
    );
    let mentions = json_lines(&out.stdout);
    assert!(!mentions.is_empty());
    for m in mentions {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[s..e],
            m["text"].as_str().unwrap(),
            "offsets refer to the extracted text"
        );
    }
}

#[test]
fn published_sets_the_date_of_undated_articles() {
    let article = "Interior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran on Wednesday.";
    let out = whomet(
        &["extract", "--published", "2025-10-30"],
        article.as_bytes(),
    );
    let records = json_lines(&out.stdout);
    assert_eq!(records[0]["date"], "2025-10-29");
    let bad = whomet(&["extract", "--published", "yesterday"], article.as_bytes());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn mentions_are_of_named_entities_and_unnamed_officials_speak_in_events() {
    let article = "The Indian ambassador said on Monday that Kenya would host the talks.";
    let args = ["extract", "--published", "2025-10-30", "--table"];
    let mentions =
        json_lines(&whomet(&[&args[..], &["mentions"]].concat(), article.as_bytes()).stdout);
    let named: Vec<&str> = mentions
        .iter()
        .map(|m| m["entity"]["name"].as_str().unwrap_or("(no name)"))
        .collect();
    assert_eq!(named, ["India", "Kenya"], "{mentions:?}");
    let events =
        json_lines(&whomet(&[&args[..], &["statements"]].concat(), article.as_bytes()).stdout);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["speaker"]["role"], "Ambassador");
    assert_eq!(events[0]["speaker"]["country"], "IN");
}

#[test]
fn invalid_utf8_is_read_with_a_warning_naming_the_document() {
    let dir = scratch("utf8");
    fs::write(dir.join("bad.txt"), b"Interior Minister Mohsin Naqvi \xff\xfe met Iranian President Masoud Pezeshkian in Tehran.").unwrap();
    let out = whomet(&["extract", dir.join("bad.txt").to_str().unwrap()], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt: not valid UTF-8"));
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn output_files_are_written_whole() {
    let dir = scratch("output");
    let target = dir.join("pairs.csv");
    let out = whomet(
        &[
            "extract",
            "--table",
            "pairs",
            "--format",
            "csv",
            "-o",
            target.to_str().unwrap(),
            "seeds",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let (_, rows) = csv_rows(&fs::read(&target).unwrap());
    assert!(rows.len() >= 10);
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["pairs.csv"], "no temporary file left");
}

#[test]
fn a_failed_run_leaves_no_output_file() {
    let dir = scratch("failed-output");
    let bad = dir.join("gazetteers");
    fs::create_dir_all(&bad).unwrap();
    fs::write(bad.join("places.csv"), "id,name\nxx,Nowhere\n").unwrap();
    let target = dir.join("out.jsonl");
    let out = whomet(
        &[
            "extract",
            "--gazetteers",
            bad.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
            "seeds",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("places.csv:1"));
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["gazetteers"], "nothing written");

    // A write that fails half-way (a full disk) leaves nothing either.
    if std::path::Path::new("/dev/full").exists() {
        let out = whomet(&["extract", "-o", "/dev/full", "seeds"], b"");
        assert_ne!(out.status.code(), Some(0));
    }
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_leaves_no_output_file() {
    // Interrupted by Ctrl-C or by `kill`, with no earlier output and over an earlier one: the
    // output is whole or absent, never partial, and no temporary file stays behind.
    for (signal, earlier) in [
        ("-INT", None),
        ("-TERM", None),
        ("-TERM", Some("earlier\n")),
    ] {
        let dir = scratch("interrupted");
        let target = dir.join("out.jsonl");
        if let Some(text) = earlier {
            fs::write(&target, text).unwrap();
        }
        let files = || fs::read_dir(&dir).unwrap().count();
        let before = files();
        let mut child = Command::new(env!("CARGO_BIN_EXE_whomet"))
            .args(["extract", "-o", target.to_str().unwrap(), "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Wait for the temporary file: the run is under way and blocked on standard input.
        let started = Instant::now();
        while files() == before && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(100));
        let killed = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "{signal}");
        drop(child.stdin.take());
        let left: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        match earlier {
            None => assert!(left.is_empty(), "{signal}: left behind: {left:?}"),
            Some(text) => {
                assert_eq!(left.len(), 1, "{signal}: left behind: {left:?}");
                assert_eq!(fs::read_to_string(&target).unwrap(), text);
            }
        }
    }
}

#[test]
fn completions_are_printed_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let out = whomet(&["completions", shell], b"");
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("whomet"));
    }
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_whomet"))
        .args([
            "extract", "--table", "mentions", "seeds", "seeds", "seeds", "seeds",
        ])
        .current_dir(crate::root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe is closed while whomet still has records to write.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every record type reads back what it writes: serialised to JSON and deserialised, a record
/// of the seeds equals itself (a document id and URL with escapes read back owned).
#[test]
fn records_read_back_equal() {
    use whomet::output::records::{self, EventRecord, KindRecord, MentionRecord, PairRecord};
    use whomet::output::Table;
    use whomet::{Document, Extractor};

    macro_rules! round_trip {
        ($records:expr, $ty:ty) => {{
            let records = $records;
            for r in &records {
                let json = serde_json::to_string(r).unwrap();
                let back: $ty =
                    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
                assert_eq!(&back, r, "{json}");
            }
            records.len()
        }};
    }

    let ex = Extractor::builtin().unwrap();
    let mut seen = [0; 6];
    let mut paths: Vec<_> = fs::read_dir(crate::root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for (i, path) in paths.iter().enumerate() {
        let doc = Document {
            id: format!("seed \"{i}\" \\ {}", path.display()),
            text: fs::read_to_string(path).unwrap(),
            published: None,
            url: (i % 2 == 0).then(|| format!("https://example.org/a?q=\"{i}\"")),
        };
        let x = ex.extract(&doc);
        seen[0] += round_trip!(records::events(&x, &doc.text), EventRecord<'_>);
        for (k, table) in [Table::Meetings, Table::Statements, Table::Agreements]
            .into_iter()
            .enumerate()
        {
            seen[1 + k] += round_trip!(records::of_kind(&x, &doc.text, table), KindRecord<'_>);
        }
        seen[4] += round_trip!(records::pairs(&x, &doc.text, 1000).0, PairRecord<'_>);
        seen[5] += round_trip!(records::mentions(&x, &doc.text), MentionRecord<'_>);
    }
    assert!(
        seen.iter().all(|&n| n > 0),
        "records of every table: {seen:?}"
    );
}
