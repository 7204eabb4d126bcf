//! Scores extractions against hand-made gold files (the format and rules of ANNOTATION.md).
//!
//! Entities, who-met-whom pairs, speakers, quotations and agreements are sets per document,
//! matched one to one and summed over documents (micro-averaged); dates are checked on the
//! meetings and agreements that matched.
//!
//! `gold` reads the gold files and matches predicted parties to gold labels, `names` compares
//! names and quotations, `tasks` scores each task; this file holds the report.

mod gold;
mod names;
mod tasks;

use serde::Serialize;

use crate::event::{Meeting, Statement};
use crate::pipeline::Extraction;

pub use gold::{load_gold, Gold, GoldAgreement, GoldEntity, GoldMeeting, GoldStatement};
pub use names::{fold, same_person_name, same_quote};

use gold::GoldIndex;
use tasks::{
    agreement_score, as_meeting, as_statement, entity_score, meeting_dates, pair_scores,
    quote_score, speaker_score,
};

/// Counts of one task.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub matched_gold: usize,
    pub matched_predicted: usize,
}

impl Score {
    /// Matched predictions over predictions (1 when nothing was to be found nor predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.matched_predicted as f64 / self.predicted as f64
        }
    }
    /// Matched gold items over gold items (1 when there is no gold item).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched_gold as f64 / self.gold as f64
        }
    }
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Score) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched_gold += o.matched_gold;
        self.matched_predicted += o.matched_predicted;
    }
}

/// Dates checked on matched meetings and agreements.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct DateScore {
    pub checked: usize,
    pub correct: usize,
}

impl DateScore {
    /// Correct dates over checked dates (1 when none was checked).
    pub fn accuracy(&self) -> f64 {
        if self.checked == 0 {
            1.0
        } else {
            self.correct as f64 / self.checked as f64
        }
    }
}

/// The scores of every task.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub entities: Score,
    pub person_pairs: Score,
    pub all_pairs: Score,
    pub speakers: Score,
    pub quotes: Score,
    pub agreements: Score,
    pub dates: DateScore,
}

impl Report {
    /// The tasks with their scores, in the order they are printed.
    pub fn tasks(&self) -> [(&'static str, Score); 6] {
        [
            ("entities", self.entities),
            ("person pairs", self.person_pairs),
            ("all pairs", self.all_pairs),
            ("speakers", self.speakers),
            ("quotes", self.quotes),
            ("agreements", self.agreements),
        ]
    }

    /// The report as aligned text.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<14}{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}\n",
            "task", "gold", "pred", "match", "P", "R", "F1"
        );
        for (name, s) in self.tasks() {
            out.push_str(&format!(
                "{:<14}{:>6}{:>6}{:>6}{:>7.3}{:>7.3}{:>7.3}\n",
                name,
                s.gold,
                s.predicted,
                s.matched_gold,
                s.precision(),
                s.recall(),
                s.f1()
            ));
        }
        out.push_str(&format!(
            "{:<14}{:>6}{:>6}{:>6}{:>21.3}\n",
            "dates",
            self.dates.checked,
            "",
            self.dates.correct,
            self.dates.accuracy()
        ));
        out.push_str(&format!("({} documents)\n", self.documents));
        out
    }

    /// The report as JSON.
    pub fn json(&self) -> serde_json::Value {
        let mut tasks = serde_json::Map::new();
        for (name, s) in self.tasks() {
            tasks.insert(
                name.replace(' ', "_"),
                serde_json::json!({
                    "gold": s.gold, "predicted": s.predicted, "matched": s.matched_gold,
                    "precision": s.precision(), "recall": s.recall(), "f1": s.f1(),
                }),
            );
        }
        tasks.insert(
            "dates".into(),
            serde_json::json!({"checked": self.dates.checked, "correct": self.dates.correct, "accuracy": self.dates.accuracy()}),
        );
        serde_json::json!({"documents": self.documents, "tasks": tasks})
    }
}

fn score(gold: usize, predicted: usize, matched: usize) -> Score {
    Score {
        gold,
        predicted,
        matched_gold: matched,
        matched_predicted: matched,
    }
}

/// Scores one document's extraction against its gold file.
pub fn score_document(x: &Extraction, gold: &Gold) -> Report {
    let gi = GoldIndex { gold };
    let meetings: Vec<&Meeting> = x.events.iter().filter_map(as_meeting).collect();
    let statements: Vec<&Statement> = x.events.iter().filter_map(as_statement).collect();
    let (all_pairs, person_pairs) = pair_scores(x, &gi, &meetings);
    let (agreements, mut dates) = agreement_score(x, &gi);
    let meeting_dates = meeting_dates(x, &gi, &meetings);
    dates.checked += meeting_dates.checked;
    dates.correct += meeting_dates.correct;
    Report {
        documents: 1,
        entities: entity_score(x, gold),
        all_pairs,
        person_pairs,
        speakers: speaker_score(x, &gi, &statements),
        quotes: quote_score(x, &gi, &statements),
        agreements,
        dates,
    }
}

/// Adds one document's report to a running total.
pub fn add(total: &mut Report, r: &Report) {
    total.documents += r.documents;
    total.entities.add(r.entities);
    total.person_pairs.add(r.person_pairs);
    total.all_pairs.add(r.all_pairs);
    total.speakers.add(r.speakers);
    total.quotes.add(r.quotes);
    total.agreements.add(r.agreements);
    total.dates.checked += r.dates.checked;
    total.dates.correct += r.dates.correct;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_micro_averaged() {
        let mut total = Report::default();
        let a = Report {
            documents: 1,
            entities: score(2, 1, 1),
            ..Report::default()
        };
        let b = Report {
            documents: 1,
            entities: score(2, 3, 1),
            ..Report::default()
        };
        add(&mut total, &a);
        add(&mut total, &b);
        assert_eq!(total.entities, score(4, 4, 2));
        assert!((total.entities.f1() - 0.5).abs() < 1e-9);
    }
}
