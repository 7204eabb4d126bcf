//! What the walk over the sentences remembers: speakers, subjects, groups, meetings and visits read so far.

use std::ops::Range;

use super::view::SentenceView;
use crate::date::PartialDate;
use crate::resolve::{Doc, Refers};

/// A visit already read, for the meetings held during it.
#[derive(Debug, Clone)]
pub(super) struct Visit {
    pub(super) visitor: usize,
    pub(super) date: Option<PartialDate>,
    pub(super) location: Option<usize>,
}

/// What the walk over the sentences remembers.
#[derive(Debug, Default)]
pub(super) struct Context {
    /// Speakers of the latest statement and its sentence.
    pub(super) last_speakers: Vec<usize>,
    pub(super) last_speaker_sentence: Option<usize>,
    /// The people the latest sentence was about (its subject).
    pub(super) last_subject_people: Vec<usize>,
    /// The latest group of two or more acting together ("Iran and Pakistan have ...").
    pub(super) last_plural: Vec<usize>,
    /// Every meeting read so far: participants and sentence.
    pub(super) meetings: Vec<(Vec<usize>, usize)>,
    pub(super) visits: Vec<Visit>,
    /// The date of the latest dated meeting cue, and its sentence, for a meeting told again
    /// without one ("... met on Sunday. In the meeting, X and Y discussed ...").
    pub(super) meeting_date: Option<(usize, PartialDate)>,
    /// Cues already read as agreements ("reaffirmed their August agreement"), not statements.
    pub(super) agreement_cues: Vec<Range<usize>>,
}

impl Context {
    /// Remembers what the next sentence's "he" and "they" can mean: this sentence's subject,
    /// and for "they" the sides of its meeting when the subject is one.
    pub(super) fn after_sentence(&mut self, view: &SentenceView, doc: &Doc) {
        let first_cue = view.cues.first().map_or(view.range.end, |c| c.range.start);
        let subject = view.subject(doc, self, first_cue);
        let people: Vec<usize> = subject
            .iter()
            .copied()
            .filter(|&e| doc.entities[e].entity.is_person())
            .collect();
        if !people.is_empty() {
            self.last_subject_people = people;
        } else if let Some(p) = view
            .actors
            .iter()
            .filter(|a| a.prep.is_none() && !a.in_quote)
            .find_map(|a| match a.refers {
                Refers::Entity(e) if doc.entities[e].entity.is_person() => Some(e),
                _ => None,
            })
        {
            self.last_subject_people = vec![p];
        }
        if subject.len() >= 2 {
            self.last_plural = subject;
        } else if let Some((met, _)) = self
            .meetings
            .iter()
            .rev()
            .find(|(p, si)| *si == view.index && p.len() >= 2)
        {
            // "X met Y. They discussed ...": the sides of this sentence's meeting.
            self.last_plural = met.clone();
        }
    }
}
