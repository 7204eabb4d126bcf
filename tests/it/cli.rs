//! The command line end to end: tables, formats, inputs, errors and exit codes.

use std::fs;

use crate::{json_lines, root, scratch, whomet};

const ARTICLE: &str = "TEHRAN, Oct. 29, 2025\n\nInterior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran on Wednesday, and the two sides signed three memoranda of understanding.\n\n“We are partners in peace,” Naqvi said.\n";

#[test]
fn events_follow_the_output_contract() {
    let out = whomet(&["extract", "seeds"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    assert!(
        records.len() > 50,
        "only {} events on the seeds",
        records.len()
    );
    for r in &records {
        let doc = r["doc"].as_str().expect("doc");
        let text =
            fs::read_to_string(root().join("seeds").join(format!("{doc}.txt"))).expect("seed");
        let ev = &r["evidence"];
        let (start, end) = (
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[start..end],
            ev["text"].as_str().unwrap(),
            "evidence offsets of {r}"
        );
        let entity_ok = |e: &serde_json::Value| {
            ["id", "name", "type", "country", "role"]
                .iter()
                .all(|k| e.get(k).is_some())
        };
        match r["type"].as_str().unwrap() {
            "meeting" => {
                assert!(r["participants"].as_array().unwrap().len() >= 2, "{r}");
                assert!(r["participants"].as_array().unwrap().iter().all(entity_ok));
                assert!(["in-person", "phone", "virtual"].contains(&r["mode"].as_str().unwrap()));
                assert!(
                    r.get("also_present").is_some()
                        && r.get("location").is_some()
                        && r.get("date").is_some()
                );
            }
            "statement" => {
                assert!(entity_ok(&r["speaker"]), "{r}");
                assert!(r.get("quote").is_some() && r.get("date").is_some());
            }
            "agreement" => {
                assert!(r["parties"].as_array().unwrap().len() >= 2, "{r}");
                let action = r["action"].as_str().unwrap();
                assert!(
                    ["signed", "reaffirmed", "negotiating", "proposed", "reached"]
                        .contains(&action),
                    "{r}"
                );
                assert!(r.get("name").is_some() && r.get("count").is_some());
            }
            other => panic!("unknown type {other}"),
        }
    }
}

#[test]
fn mentions_point_at_their_text() {
    let out = whomet(&["extract", "--table", "mentions", "seeds"], b"");
    assert!(out.status.success());
    let records = json_lines(&out.stdout);
    assert!(records.len() > 100);
    for r in &records {
        let doc = r["doc"].as_str().unwrap();
        let text = fs::read_to_string(root().join("seeds").join(format!("{doc}.txt"))).unwrap();
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], r["text"].as_str().unwrap(), "{r}");
        assert!(["person", "organisation", "place", "country", "agreement"]
            .contains(&r["entity"]["type"].as_str().unwrap()));
    }
}

#[test]
fn json_is_the_same_records_as_json_lines() {
    for table in ["events", "mentions"] {
        let lines = json_lines(&whomet(&["extract", "--table", table, "seeds"], b"").stdout);
        let out = whomet(
            &["extract", "--table", table, "--format", "json", "seeds"],
            b"",
        );
        let array: Vec<serde_json::Value> =
            serde_json::from_slice(&out.stdout).expect("a JSON array");
        assert_eq!(array, lines, "table {table}");
    }
}

#[test]
fn output_is_byte_identical_whatever_the_number_of_threads() {
    // Many small documents, so that workers finish out of order.
    let mut corpus = String::new();
    for dir in ["seeds", "tests/data/dev"] {
        let mut paths: Vec<_> = fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let text = fs::read_to_string(&p).unwrap();
            for (i, para) in text.split("\n\n").enumerate() {
                let id = format!("{}-{i}", p.file_stem().unwrap().to_string_lossy());
                let doc = serde_json::json!({"id": id, "text": para, "published": "2025-10-29"});
                corpus.push_str(&doc.to_string());
                corpus.push('\n');
            }
        }
    }
    let cases = [
        ("events", "jsonl", "3"),
        ("events", "json", "2"),
        ("events", "csv", "8"),
        ("pairs", "table", "2"),
        ("mentions", "jsonl", "2"),
    ];
    for (table, format, threads) in cases {
        let run = |threads: &str| {
            let out = whomet(
                &[
                    "extract", "--input", "jsonl", "--table", table, "--format", format, "-j",
                    threads,
                ],
                corpus.as_bytes(),
            );
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            out
        };
        let (one, many) = (run("1"), run(threads));
        assert!(one.stdout.len() > 1000, "{table} {format}: little output");
        assert!(
            one.stdout == many.stdout,
            "{table} {format}: output differs with {threads} threads"
        );
        assert_eq!(one.stderr, many.stderr, "{table} {format}: notes differ");
    }
}

#[test]
fn standard_input_is_read_when_no_path_is_given() {
    let out = whomet(&["extract"], ARTICLE.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    let meeting = records
        .iter()
        .find(|r| r["type"] == "meeting")
        .expect("a meeting");
    let names: Vec<&str> = meeting["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Mohsin Naqvi", "Masoud Pezeshkian"]);
    assert_eq!(meeting["date"], "2025-10-29");
    assert_eq!(meeting["location"]["name"], "Tehran");
    let agreement = records
        .iter()
        .find(|r| r["type"] == "agreement")
        .expect("an agreement");
    assert_eq!(agreement["action"], "signed");
    assert_eq!(agreement["count"], 3);
    let quote = records
        .iter()
        .find(|r| r["type"] == "statement" && r["quote"].is_string())
        .expect("a quote");
    assert_eq!(quote["speaker"]["name"], "Mohsin Naqvi");
    assert_eq!(quote["quote"], "We are partners in peace");
}

#[test]
fn json_lines_input_carries_ids_dates_and_urls() {
    let line = serde_json::json!({"id": "a-1", "text": "Naqvi met Larijani in Tehran on Tuesday. Interior Minister Mohsin Naqvi had arrived on Monday.", "published": "2025-10-29", "url": "https://example.org/a-1"});
    let input = format!("{line}\n");
    let out = whomet(&["extract", "--input", "jsonl", "-"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for r in json_lines(&out.stdout) {
        assert_eq!(r["doc"], "a-1");
        assert_eq!(r["url"], "https://example.org/a-1");
    }
}

#[test]
fn a_bad_input_is_reported_and_the_rest_is_written() {
    let dir = scratch("batch");
    fs::write(dir.join("good.txt"), ARTICLE).unwrap();
    let missing = dir.join("missing.txt");
    let out = whomet(
        &[
            "extract",
            dir.join("good.txt").to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt"), "{err}");
    assert!(json_lines(&out.stdout).iter().any(|r| r["doc"] == "good"));
}

#[test]
fn a_malformed_gazetteer_is_refused_with_its_file_and_line() {
    let dir = scratch("bad-gazetteer");
    fs::write(dir.join("people.csv"), "id,name,aliases,country,role,organisation,from,to\nx-one,One Person,,XX,President,,2020-01-01,\n").unwrap();
    let out = whomet(
        &["extract", "--gazetteers", dir.to_str().unwrap()],
        ARTICLE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("people.csv:2"), "{err}");

    fs::write(dir.join("people.csv"), "id,name,aliases,country,role,organisation,from,to\nx-one,One Person,,PK,President,,2020-13-01,\n").unwrap();
    let out = whomet(
        &["extract", "--gazetteers", dir.to_str().unwrap()],
        ARTICLE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("people.csv:2:7"), "{err}");
}

#[test]
fn a_user_gazetteer_adds_people() {
    let dir = scratch("user-gazetteer");
    fs::write(
        dir.join("people.csv"),
        "id,name,aliases,country,role,organisation,from,to\npk-test-envoy,Zarghuna Testwal,,PK,Ambassador,,2024-01-01,\n",
    )
    .unwrap();
    let text = "Zarghuna Testwal met Iranian President Masoud Pezeshkian in Tehran.";
    let out = whomet(
        &[
            "extract",
            "--gazetteers",
            dir.to_str().unwrap(),
            "--table",
            "mentions",
        ],
        text.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    assert!(
        records.iter().any(|r| r["entity"]["id"] == "pk-test-envoy"),
        "{records:?}"
    );

    // The literal set grows by the new name and its surname, lower-cased, each once.
    let aliases = |extra: &[&str]| {
        let out = whomet(&[&["gazetteer", "aliases"][..], extra].concat(), b"");
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let builtin = aliases(&[]);
    let with_user = aliases(&["--gazetteers", dir.to_str().unwrap()]);
    assert!(builtin.lines().any(|l| l == "mohsin naqvi"));
    assert!(builtin.lines().all(|l| l == l.to_ascii_lowercase()));
    let known: std::collections::HashSet<&str> = builtin.lines().collect();
    let mut added: Vec<&str> = with_user.lines().filter(|l| !known.contains(l)).collect();
    added.sort();
    assert_eq!(added, ["testwal", "zarghuna testwal"]);
}

#[test]
fn a_user_word_list_adds_and_removes_words_without_a_rebuild() {
    // "forces" is no state noun out of the box and "officials" is; a user's words.csv turns both.
    let text = b"Pakistani forces said the border was calm. Pakistani officials said the talks would resume.";
    let speakers = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["extract", "--table", "statements", "--format", "jsonl"];
        all.extend_from_slice(args);
        let out = whomet(&all, text);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        json_lines(&out.stdout)
            .iter()
            .map(|r| {
                let id = r["speaker"]["id"].as_str().unwrap_or("-");
                format!("{id} <- {}", r["evidence"]["text"].as_str().unwrap_or(""))
            })
            .collect()
    };
    let builtin = speakers(&[]);
    assert_eq!(builtin.len(), 1, "{builtin:?}");
    assert!(builtin[0].contains("officials said"), "{builtin:?}");
    let dir = scratch("words");
    fs::write(
        dir.join("words.csv"),
        "class,word\nstate_noun,forces\nstate_noun,-officials\n",
    )
    .unwrap();
    let user = speakers(&["--gazetteers", dir.to_str().unwrap()]);
    assert_eq!(user.len(), 1, "{user:?}");
    assert!(
        user[0].starts_with("pk <- Pakistani forces said"),
        "{user:?}"
    );
    // A misspelt class is refused with its file, line and column.
    fs::write(dir.join("words.csv"), "class,word\nstate_nouns,forces\n").unwrap();
    let out = whomet(&["extract", "--gazetteers", dir.to_str().unwrap()], text);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("words.csv:2:1: class \"state_nouns\" is not one of"),
        "{err}"
    );
}

#[test]
fn version_and_help_work() {
    assert!(whomet(&["--version"], b"").status.success());
    let help = whomet(&["extract", "--help"], b"");
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("Examples"));
}

#[test]
fn the_shipped_gazetteers_check_clean() {
    let out = whomet(&["gazetteer", "check"], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn gazetteer_check_reports_every_problem_with_file_and_line() {
    let dir = scratch("check");
    fs::write(dir.join("places.csv"), "id,name,aliases,country,kind,demonyms\nir,Iran,,IR,country,Iranian\npk,Pakistan,,PK,country,\npk,Pakistan again,,PK,country,\n").unwrap();
    fs::write(
        dir.join("people.csv"),
        "id,name,aliases,country,role,title,organisation,from,to,last_verified\n\
         a,Ann One,Shared Alias,IR,President,,,2020-01-01,2019-01-01,2024-01-01\n\
         b,Bob Two,Shared Alias|x,XX,President,,,2020-13-01,,2023-01-01\n\
         c,Cy Three,,PK,Army Chief,,,2020-01-01,,2025-01-01\n\
         d,Di Four,,PK,Army Chief,,,2021-01-01,,2025-01-01\n",
    )
    .unwrap();
    let out = whomet(
        &[
            "gazetteer",
            "check",
            dir.to_str().unwrap(),
            "--as-of",
            "2025-11-01",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stdout).unwrap();
    // (file:line, what is said)
    let expected = [
        ("places.csv:4", "duplicate id \"pk\""),
        ("people.csv:2", "ends (2019-01-01) before it starts"),
        ("people.csv:3", "unknown country code \"XX\""),
        ("people.csv:3", "malformed date \"2020-13-01\""),
        ("people.csv:3", "alias \"x\" is empty or one letter"),
        ("people.csv:3", "alias \"shared alias\" is shared by"),
        ("people.csv:3", "last verified 2023-01-01"),
        ("people.csv:5", "holds army chief of PK while Cy Three"),
    ];
    for (at, what) in expected {
        assert!(
            report.lines().any(|l| l.contains(at) && l.contains(what)),
            "no {at} {what:?} in\n{report}"
        );
    }
}

#[test]
fn suggest_proposes_the_officials_a_gazetteer_lacks() {
    // The built-in gazetteers without two officials, as a curator's test folder.
    let dir = scratch("suggest");
    for f in [
        "places.csv",
        "organisations.csv",
        "agreements.csv",
        "roles.csv",
        "frames.csv",
    ] {
        fs::copy(root().join("gazetteers").join(f), dir.join(f)).unwrap();
    }
    let people = fs::read_to_string(root().join("gazetteers/people.csv")).unwrap();
    let kept: Vec<&str> = people
        .lines()
        .filter(|l| !l.starts_with("pk-mohsin-naqvi,") && !l.starts_with("ir-eskandar-momeni,"))
        .collect();
    fs::write(dir.join("people.csv"), kept.join("\n") + "\n").unwrap();
    let article = "Pakistan's Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran. \
        Naqvi said the talks went well. Momeni agreed. Naqvi later left.";
    let out = whomet(
        &[
            "suggest",
            "--gazetteers",
            dir.to_str().unwrap(),
            "--no-builtin",
            "--format",
            "csv",
        ],
        article.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&out.stdout[..]);
    let rows: Vec<Vec<String>> = rows
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let naqvi = rows
        .iter()
        .find(|r| r[1] == "Mohsin Naqvi")
        .expect("Naqvi suggested");
    assert_eq!(naqvi[3], "PK");
    assert_eq!(naqvi[4], "Interior Minister");
    assert!(rows
        .iter()
        .any(|r| r[1] == "Eskandar Momeni" && r[3] == "IR"));
    // The table form counts mentions, most frequent first.
    let table = whomet(
        &[
            "suggest",
            "--gazetteers",
            dir.to_str().unwrap(),
            "--no-builtin",
        ],
        article.as_bytes(),
    );
    let text = String::from_utf8(table.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("Mohsin Naqvi") && first.trim_start().starts_with('3'),
        "{text}"
    );
}

#[test]
fn text_cleaned_marks_what_is_dropped_and_no_clean_reads_everything() {
    let page = "Home | World | Business | Sport\n\nInterior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran on Wednesday, and the two\nsides agreed to step up border security.\n\nLeave a Reply\n\nPakistani Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian in Lahore on Monday.\n";
    let out = whomet(&["text", "--cleaned"], page.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines[0].starts_with("# "), "{shown}");
    for (mark, line) in [
        ("- ", "Home | World | Business | Sport"),
        ("  ", "Interior Minister Mohsin Naqvi met Iranian President"),
        ("  ", "sides agreed to step up border security."),
        ("- ", "Leave a Reply"),
        ("- ", "Pakistani Prime Minister Shehbaz Sharif met"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{mark}{line}"))),
            "no {mark:?}{line:?} in\n{shown}"
        );
    }
    let all = whomet(&["text", "--cleaned", "--no-clean"], page.as_bytes());
    let all = String::from_utf8(all.stdout).unwrap();
    assert!(!all.lines().any(|l| l.starts_with("- ")), "{all}");
    // The extractor reads what `text --cleaned` shows: the comment only with --no-clean.
    let meetings = |args: &[&str]| {
        let out = whomet(
            &[&["extract", "--table", "meetings"], args].concat(),
            page.as_bytes(),
        );
        assert!(out.status.success());
        json_lines(&out.stdout)
    };
    let cleaned = meetings(&[]);
    assert_eq!(cleaned.len(), 1, "{cleaned:?}");
    // A sentence wrapped over two lines is read as one, its evidence the document's bytes.
    let ev = &cleaned[0]["evidence"];
    let (s, e) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&page[s..e], ev["text"].as_str().unwrap());
    assert!(page[s..e].contains("two\nsides"));
    assert_eq!(meetings(&["--no-clean"]).len(), 2);
}

#[test]
fn a_document_cleaning_empties_is_noted_on_stderr() {
    let menus =
        "Home | World | Business | Sport | Opinion | Video | Podcasts | Weather\n".repeat(40);
    let line = serde_json::json!({"id": "menus-1", "text": format!("{menus}\nNaqvi met Larijani in Tehran on Tuesday.")});
    let out = whomet(
        &["extract", "--input", "jsonl"],
        line.to_string().as_bytes(),
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines()
            .any(|l| l.starts_with("whomet: note: menus-1: cleaning dropped")),
        "{err}"
    );
    let quiet = whomet(
        &["extract", "-q", "--input", "jsonl"],
        line.to_string().as_bytes(),
    );
    assert!(quiet.stderr.is_empty());
}
