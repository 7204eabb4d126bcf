//! The seed articles scored against their gold files: the figures must not fall below these.
//!
//! The thresholds sit just under what `whomet evaluate --gold tests/data/gold seeds` measured when
//! they were set (see the README), and never under the floors the project was asked to meet. The
//! figures are the reference scorer's (`score.py`, see `reference.rs`).

use crate::whomet;

/// (task, field, at least)
type Floors = [(&'static str, &'static str, f64)];

/// Evaluates `input` against `gold` and asserts the document count and every floor.
fn assert_floors(label: &str, gold: &str, input: &str, documents: u64, floors: &Floors) {
    let out = whomet(
        &["evaluate", "--gold", gold, "--format", "json", input],
        b"",
    );
    assert!(
        out.status.success(),
        "{label}: evaluate failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["documents"], documents, "{label}");
    for &(task, field, floor) in floors {
        let got = report["tasks"][task][field]
            .as_f64()
            .unwrap_or_else(|| panic!("{label}: no {task}.{field}"));
        assert!(
            got >= floor,
            "{label} {task} {field} is {got:.3}, below {floor}"
        );
    }
}

#[test]
fn seeds_score_at_least_the_measured_figures() {
    let floors = [
        ("entities", "f1", 0.95),
        ("meetings.person_pairs", "f1", 0.95),
        ("meetings.all_pairs", "f1", 0.95),
        ("statements.speakers", "f1", 0.95),
        ("statements.quotes", "f1", 0.95),
        ("agreements.parties_action", "f1", 0.95),
        ("agreements.parties", "f1", 0.95),
        ("dates.meetings", "accuracy", 0.95),
        ("dates.agreements", "accuracy", 0.95),
    ];
    assert_floors("seeds", "tests/data/gold", "seeds", 5, &floors);
}

#[test]
fn the_table_report_names_every_task() {
    let out = whomet(&["evaluate", "--gold", "tests/data/gold", "seeds"], b"");
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    for task in [
        "entities",
        "meetings.person_pairs",
        "meetings.all_pairs",
        "statements.speakers",
        "statements.quotes",
        "agreements.parties_action",
        "agreements.parties",
        "dates.meetings",
        "dates.agreements",
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
/// tests/data/dev` and floored a little under what was measured (0.938, 0.871, 0.778, 0.835,
/// 0.714, 0.732, 0.780; dates 0.630 and 0.556), so a regression on articles the rules were not
/// shaped by shows. Four statements of a foreign ministry speaking follow ANNOTATION.md's
/// convention since issue 11: the body, not its state, is the speaker.
#[test]
fn held_out_articles_score_at_least_the_measured_figures() {
    let floors = [
        ("entities", "f1", 0.93),
        ("meetings.person_pairs", "f1", 0.86),
        ("meetings.all_pairs", "f1", 0.77),
        ("statements.speakers", "f1", 0.82),
        ("statements.quotes", "f1", 0.70),
        ("agreements.parties_action", "f1", 0.72),
        ("agreements.parties", "f1", 0.77),
        ("dates.meetings", "accuracy", 0.62),
        ("dates.agreements", "accuracy", 0.55),
    ];
    assert_floors("held-out", "tests/data/dev", "tests/data/dev", 8, &floors);
}

/// The real articles of `tests/data/dev-real/`, floored a little under what was measured
/// (entities 0.907, person pairs 0.667, all pairs 0.614, speakers 0.680, quotes 0.571,
/// agreements 0.370 and 0.444; dates 6 and 1 right). Issue 11 asks entities of at least 0.90.
///
/// Dates are floored by how many are right, not by the share: the share is taken over the
/// events found, so finding more events whose dates the article does not give lowered it
/// (1/5 became 1/8 for agreements) although no date got worse.
#[test]
fn real_articles_score_at_least_the_measured_figures() {
    let floors = [
        ("entities", "f1", 0.90),
        ("meetings.person_pairs", "f1", 0.66),
        ("meetings.all_pairs", "f1", 0.61),
        ("statements.speakers", "f1", 0.67),
        ("statements.quotes", "f1", 0.57),
        ("agreements.parties_action", "f1", 0.37),
        ("agreements.parties", "f1", 0.44),
        ("dates.meetings", "correct", 6.0),
        ("dates.agreements", "correct", 1.0),
    ];
    assert_floors(
        "dev-real",
        "tests/data/dev-real/gold",
        "tests/data/dev-real/articles",
        20,
        &floors,
    );
}

/// The seeds hard-wrapped at 60, 72 and 100 columns (broken at spaces, blank lines kept) score
/// exactly as the seeds do: the cleaner reflows wrapped lines into the same paragraphs and the
/// extractor reads a line break inside a paragraph as a space.
#[test]
fn hard_wrapped_seeds_score_as_the_seeds() {
    let report = |dir: &str| {
        let out = whomet(
            &[
                "evaluate",
                "--gold",
                "tests/data/gold",
                "--format",
                "json",
                dir,
            ],
            b"",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("JSON report")
    };
    let unwrapped = report("seeds");
    for width in [60, 72, 100] {
        let dir = crate::scratch(&format!("seeds-wrapped-{width}"));
        for entry in std::fs::read_dir(crate::root().join("seeds")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let wrapped = crate::wrap(&text, width);
                assert_ne!(wrapped, text, "{} is not wrapped", path.display());
                std::fs::write(dir.join(path.file_name().unwrap()), wrapped).unwrap();
            }
        }
        assert_eq!(
            report(dir.to_str().unwrap()),
            unwrapped,
            "seeds wrapped at {width}"
        );
    }
}
