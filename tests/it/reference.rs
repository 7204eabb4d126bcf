//! `whomet evaluate` gives the reference scorer's figures: `score.py` run on `whomet extract`'s
//! event and mention records counts the same true and false positives and negatives.

use std::path::Path;
use std::process::Command;

use crate::{root, scratch, whomet};

/// The reference scorer beside the project, if it and python3 are there.
fn reference_scorer() -> Option<std::path::PathBuf> {
    let script = root().join("../shared/tools/score.py");
    let python = Command::new("python3").arg("--version").output();
    if !script.is_file() || !python.is_ok_and(|o| o.status.success()) {
        println!("note: ../shared/tools/score.py or python3 missing; reference comparison skipped");
        return None;
    }
    Some(script)
}

fn extract(articles: &str, table: &str, to: &Path) {
    let out = whomet(
        &["extract", articles, "--table", table, "--format", "jsonl"],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(to, out.stdout).unwrap();
}

fn same_counts(script: &Path, gold: &str, articles: &str, name: &str) {
    let dir = scratch(name);
    let (events, mentions) = (dir.join("events.jsonl"), dir.join("mentions.jsonl"));
    extract(articles, "events", &events);
    extract(articles, "mentions", &mentions);
    let out = Command::new("python3")
        .arg(script)
        .args(["--gold", gold, "--json", "--events"])
        .arg(&events)
        .arg("--mentions")
        .arg(&mentions)
        .current_dir(root())
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reference: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let out = whomet(
        &["evaluate", "--gold", gold, "--format", "json", articles],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ours: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = reference["summary"].as_object().expect("a summary");
    let tasks = ours["tasks"].as_object().expect("tasks");
    let mut theirs: Vec<&String> = summary.keys().collect();
    let mut mine: Vec<&String> = tasks.keys().collect();
    theirs.sort();
    mine.sort();
    assert_eq!(mine, theirs, "{name}: not the same tasks");
    for (task, want) in summary {
        let got = &tasks[task];
        let pairs: &[(&str, &str)] = if want.get("tp").is_some() {
            &[
                ("tp", "tp"),
                ("fp", "fp"),
                ("fn", "fn"),
                ("p", "precision"),
                ("r", "recall"),
                ("f1", "f1"),
            ]
        } else {
            &[
                ("correct", "correct"),
                ("of", "checked"),
                ("acc", "accuracy"),
            ]
        };
        for (theirs, mine) in pairs {
            assert_eq!(
                got[mine].as_f64(),
                want[theirs].as_f64(),
                "{name} {task}: whomet {mine} {} but score.py {theirs} {}",
                got[mine],
                want[theirs]
            );
        }
    }
}

#[test]
fn evaluate_counts_what_the_reference_scorer_counts() {
    let Some(script) = reference_scorer() else {
        return;
    };
    same_counts(
        &script,
        "tests/data/dev-real/gold",
        "tests/data/dev-real/articles",
        "reference-dev-real",
    );
    same_counts(&script, "tests/data/gold", "seeds", "reference-seeds");
    same_counts(&script, "tests/data/dev", "tests/data/dev", "reference-dev");
}
