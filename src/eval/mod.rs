//! Scores extractions against hand-made gold files, by the rules of the reference scorer.
//!
//! The rules are those of `score.py` (ANNOTATION.md, "Scoring"), ported one for one so that
//! `whomet evaluate` and `score.py` give the same figures: both read the same event and mention
//! records. Entities, who-met-whom pairs, speakers, quotations and agreements are sets per
//! document, matched one to one by maximum matching and summed over documents (micro-averaged);
//! meeting and agreement dates are checked on the dated gold items that were found.
//!
//! `gold` reads the gold files and matches names to gold labels, `names` compares names and
//! quotations, `pred` reads predicted entities from the records, `tasks` scores each task; this
//! file holds the report.

mod gold;
mod names;
mod pred;
mod tasks;

use serde_json::Value;

use crate::output::records;
use crate::pipeline::Extraction;

pub use gold::{load_gold, Gold, GoldAgreement, GoldEntity, GoldMeeting, GoldStatement};
pub use names::{norm, role_ref, same_person, same_quote};

/// The tasks, in the order they are reported.
pub const TASKS: [&str; 7] = [
    "entities",
    "meetings.person_pairs",
    "meetings.all_pairs",
    "statements.speakers",
    "statements.quotes",
    "agreements.parties_action",
    "agreements.parties",
];

/// True positives, false positives and false negatives of one task.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

/// A figure rounded to three decimals, as Python's `round(x, 3)` does.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

impl Counts {
    /// Matched predictions over predictions (1 when nothing was to be found nor predicted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else if self.fn_ == 0 {
            1.0
        } else {
            0.0
        }
    }
    /// Matched gold items over gold items (1 when there is no gold item).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            1.0
        }
    }
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
    /// Precision, recall and F1, rounded to three decimals.
    pub fn prf(&self) -> (f64, f64, f64) {
        (
            round3(self.precision()),
            round3(self.recall()),
            round3(self.f1()),
        )
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// One document's counts, in the order the tasks were scored, and its dates as (correct, of).
#[derive(Debug, Clone, Default)]
pub struct DocReport {
    pub tasks: Vec<(&'static str, Counts)>,
    pub meeting_dates: (usize, usize),
    pub agreement_dates: (usize, usize),
}

/// The scores of every task, summed over documents.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub documents: usize,
    /// Counts of each of [`TASKS`], in that order.
    pub tasks: [Counts; 7],
    /// Meeting and agreement dates as (correct, of).
    pub dates: [(usize, usize); 2],
}

fn accuracy((ok, n): (usize, usize)) -> Option<f64> {
    (n > 0).then(|| round3(ok as f64 / n as f64))
}

impl Report {
    /// The tasks with their counts, in the order they are printed.
    pub fn tasks(&self) -> impl Iterator<Item = (&'static str, Counts)> + '_ {
        TASKS.iter().copied().zip(self.tasks.iter().copied())
    }

    /// The date checks with their (correct, of) counts.
    pub fn date_checks(&self) -> [(&'static str, (usize, usize)); 2] {
        [
            ("dates.meetings", self.dates[0]),
            ("dates.agreements", self.dates[1]),
        ]
    }

    /// The report as aligned text.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<27}{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}\n",
            "task", "gold", "pred", "match", "P", "R", "F1"
        );
        for (name, c) in self.tasks() {
            let (p, r, f) = c.prf();
            out.push_str(&format!(
                "{:<27}{:>6}{:>6}{:>6}{:>7.3}{:>7.3}{:>7.3}\n",
                name,
                c.tp + c.fn_,
                c.tp + c.fp,
                c.tp,
                p,
                r,
                f
            ));
        }
        for (name, d) in self.date_checks() {
            let acc = accuracy(d).map_or("-".to_string(), |a| format!("{a:.3}"));
            out.push_str(&format!(
                "{:<27}{:>6}{:>6}{:>6}{:>21}\n",
                name, d.1, "", d.0, acc
            ));
        }
        out.push_str(&format!("({} documents)\n", self.documents));
        out
    }

    /// The report as JSON.
    pub fn json(&self) -> Value {
        let mut tasks = serde_json::Map::new();
        for (name, c) in self.tasks() {
            let (p, r, f) = c.prf();
            tasks.insert(
                name.into(),
                serde_json::json!({
                    "gold": c.tp + c.fn_, "predicted": c.tp + c.fp, "matched": c.tp,
                    "tp": c.tp, "fp": c.fp, "fn": c.fn_,
                    "precision": p, "recall": r, "f1": f,
                }),
            );
        }
        for (name, d) in self.date_checks() {
            tasks.insert(
                name.into(),
                serde_json::json!({"checked": d.1, "correct": d.0, "accuracy": accuracy(d)}),
            );
        }
        serde_json::json!({"documents": self.documents, "tasks": tasks})
    }
}

/// Scores one document's extraction (of the text `text`) against its gold file, from the event
/// and mention records that `whomet extract` writes.
pub fn score_document(x: &Extraction, text: &str, gold: &Gold) -> DocReport {
    let to_values = |v: Result<Value, serde_json::Error>| match v {
        Ok(Value::Array(a)) => a,
        _ => Vec::new(),
    };
    let events = to_values(serde_json::to_value(records::events(x, text)));
    let mentions = to_values(serde_json::to_value(records::mentions(x, text)));
    score_records(gold, &events, &mentions)
}

/// Scores one document's event and mention records (as JSON values) against its gold file.
pub fn score_records(gold: &Gold, events: &[Value], mentions: &[Value]) -> DocReport {
    let doc = tasks::Doc {
        gold,
        aliases: gold::Aliases::new(gold),
        surfaces: pred::Surfaces::new(mentions),
        events: events.iter().collect(),
        mentions,
    };
    let mut r = DocReport::default();
    doc.meetings(&mut r);
    doc.statements(&mut r);
    doc.agreements(&mut r);
    doc.entities(&mut r);
    r
}

/// Adds one document's report to a running total.
pub fn add(total: &mut Report, r: &DocReport) {
    total.documents += 1;
    for (name, c) in &r.tasks {
        if let Some(i) = TASKS.iter().position(|t| t == name) {
            total.tasks[i].add(*c);
        }
    }
    for (slot, d) in total
        .dates
        .iter_mut()
        .zip([r.meeting_dates, r.agreement_dates])
    {
        slot.0 += d.0;
        slot.1 += d.1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_micro_averaged_and_rounded_as_python_does() {
        let mut total = Report::default();
        let doc = |tp, fp, fn_| DocReport {
            tasks: vec![("entities", Counts { tp, fp, fn_ })],
            ..DocReport::default()
        };
        add(&mut total, &doc(1, 0, 1));
        add(&mut total, &doc(1, 2, 1));
        assert_eq!(
            total.tasks[0],
            Counts {
                tp: 2,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(total.tasks[0].prf(), (0.5, 0.5, 0.5));
        assert_eq!(round3(0.0625), 0.062);
        assert_eq!(round3(0.1875), 0.188);
        let nothing = Counts {
            tp: 0,
            fp: 0,
            fn_: 3,
        };
        assert_eq!(nothing.prf(), (0.0, 0.0, 0.0));
    }
}
