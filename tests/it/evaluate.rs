//! The seed articles scored against their gold files: the figures must not fall below these.
//!
//! The thresholds sit just under what `whomet evaluate --gold tests/data/gold seeds` measured when
//! they were set (see the README), and never under the floors the project was asked to meet.

use crate::whomet;

#[test]
fn seeds_score_at_least_the_measured_figures() {
    let out = whomet(
        &[
            "evaluate",
            "--gold",
            "tests/data/gold",
            "--format",
            "json",
            "seeds",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "evaluate failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["documents"], 5);
    // (task, field, at least)
    let floors = [
        ("entities", "f1", 0.95),
        ("person_pairs", "f1", 0.95),
        ("all_pairs", "f1", 0.95),
        ("speakers", "f1", 0.95),
        ("quotes", "f1", 0.95),
        ("agreements", "f1", 0.95),
        ("dates", "accuracy", 0.95),
    ];
    for (task, field, floor) in floors {
        let got = report["tasks"][task][field]
            .as_f64()
            .unwrap_or_else(|| panic!("no {task}.{field}"));
        assert!(got >= floor, "{task} {field} is {got:.3}, below {floor}");
    }
}

#[test]
fn the_table_report_names_every_task() {
    let out = whomet(&["evaluate", "--gold", "tests/data/gold", "seeds"], b"");
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    for task in [
        "entities",
        "person pairs",
        "all pairs",
        "speakers",
        "quotes",
        "agreements",
        "dates",
    ] {
        assert!(
            table.lines().any(|l| l.starts_with(task)),
            "no {task:?} row in\n{table}"
        );
    }
}

#[test]
fn evaluating_without_gold_for_any_input_is_an_error() {
    let dir = crate::scratch("no-gold");
    std::fs::write(dir.join("other.txt"), "Naqvi met Larijani.").unwrap();
    let out = whomet(
        &[
            "evaluate",
            "--gold",
            "tests/data/gold",
            dir.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no input document has a gold file"));
}

/// The held-out articles of `tests/data/dev/` (written and annotated apart from the rules, never
/// tuned on): lower figures than the seeds, measured with `whomet evaluate --gold tests/data/dev
/// tests/data/dev` and floored a little under what was measured, so a regression on articles
/// the rules were not shaped by shows.
#[test]
fn held_out_articles_score_at_least_the_measured_figures() {
    let out = whomet(
        &[
            "evaluate",
            "--gold",
            "tests/data/dev",
            "--format",
            "json",
            "tests/data/dev",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["documents"], 8);
    let floors = [
        ("entities", "f1", 0.87),
        ("person_pairs", "f1", 0.80),
        ("all_pairs", "f1", 0.70),
        ("speakers", "f1", 0.88),
        ("quotes", "f1", 0.86),
        ("agreements", "f1", 0.70),
        ("dates", "accuracy", 0.70),
    ];
    for (task, field, floor) in floors {
        let got = report["tasks"][task][field].as_f64().unwrap();
        assert!(
            got >= floor,
            "held-out {task} {field} is {got:.3}, below {floor}"
        );
    }
}
