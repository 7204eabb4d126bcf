//! The guarantees every extraction keeps, whatever the input: what fuzzing and the property
//! tests hold each one to.

use std::collections::HashSet;
use std::ops::Range;

use crate::entity::{Entity, EntityType};
use crate::event::Event;
use crate::pipeline::Extraction;

impl Extraction {
    /// Checks the guarantees every extraction of `text` keeps, whatever the input: every range
    /// (sentences, mentions, evidence) lies inside the text on character boundaries; a
    /// mention's entity exists; an event's evidence starts and ends on sentence edges; every
    /// participant, speaker and person party was mentioned by the end of the evidence (a
    /// country standing for "both sides" through someone of it who was), and everyone else
    /// present somewhere in the text: an event never names someone the text did not. Fuzzing
    /// and the property tests hold every input to it.
    pub fn check(&self, text: &str) -> Result<(), String> {
        for s in &self.doc.sentences {
            in_text(text, &s.range, "sentence")?;
        }
        for m in &self.doc.mentions {
            in_text(text, &m.range, "mention")?;
            if m.entity >= self.doc.entities.len() {
                return Err(format!(
                    "mention {:?} of entity {} of none",
                    m.range, m.entity
                ));
            }
        }
        let starts: HashSet<usize> = self.doc.sentences.iter().map(|s| s.range.start).collect();
        let ends: HashSet<usize> = self.doc.sentences.iter().map(|s| s.range.end).collect();
        for e in &self.events {
            let ev = e.evidence();
            in_text(text, ev, "evidence")?;
            if !starts.contains(&ev.start) || !ends.contains(&ev.end) {
                return Err(format!("evidence {ev:?} is not whole sentences"));
            }
            let (core, present) = self.named_by(e);
            for &entity in &core {
                if !self.mentioned_before(entity, ev.end) {
                    return Err(format!(
                        "event at {ev:?} names entity {entity}, not mentioned by its end"
                    ));
                }
            }
            for &entity in present {
                if !self.mentioned_before(entity, text.len() + 1) {
                    return Err(format!(
                        "event at {ev:?} names entity {entity}, never mentioned"
                    ));
                }
            }
        }
        Ok(())
    }

    /// The entities `e` names that its own evidence must have mentioned (participants, the
    /// speaker, person parties), and those the text must mention somewhere (also present).
    fn named_by<'e>(&self, e: &'e Event) -> (Vec<usize>, &'e [usize]) {
        match e {
            Event::Meeting(m) => (m.participants.clone(), &m.also_present),
            Event::Statement(s) => (vec![s.speaker], &[]),
            // A named agreement brings the parties the gazetteer lists for it.
            Event::Agreement(a) => (
                a.parties
                    .iter()
                    .copied()
                    .filter(|&p| self.entity(p).is_none_or(Entity::is_person))
                    .collect(),
                &[],
            ),
        }
    }

    /// Whether a mention starting before `end` is of `entity`, or, for a country, of anything
    /// of that country.
    fn mentioned_before(&self, entity: usize, end: usize) -> bool {
        let Some(of) = self.entity(entity) else {
            return false;
        };
        let country = of.kind == EntityType::Country && of.country.is_some();
        self.doc.mentions.iter().any(|m| {
            m.range.start < end
                && (m.entity == entity
                    || (country
                        && self
                            .entity(m.entity)
                            .is_some_and(|e| e.country == of.country)))
        })
    }

    fn entity(&self, i: usize) -> Option<&Entity> {
        self.doc.entities.get(i).map(|d| &d.entity)
    }
}

/// Whether `r` is a slice of `text` on character boundaries.
fn in_text(text: &str, r: &Range<usize>, what: &str) -> Result<(), String> {
    if r.start <= r.end && text.get(r.clone()).is_some() {
        Ok(())
    } else {
        Err(format!(
            "{what} {r:?} is not a slice of the {}-byte text",
            text.len()
        ))
    }
}
