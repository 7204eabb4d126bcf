//! The flow for one document: clean, split, match, resolve, assemble.

use anyhow::Result;

use crate::date::PartialDate;
use crate::event::{self, Event};
use crate::gazetteer::Gazetteer;
use crate::matcher::Matcher;
use crate::resolve::{Doc, Resolver};
use crate::text::{clean, dates};

/// One input document.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The file stem, or the `id` field of a JSON Lines record.
    pub id: String,
    pub text: String,
    /// The article's date when the input gives it; otherwise it is read from the dateline.
    pub published: Option<PartialDate>,
    /// Where the document came from (a JSON Lines record's `url`).
    pub url: Option<String>,
}

/// What one document yields.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub doc_id: String,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub doc: Doc,
    pub events: Vec<Event>,
}

/// The gazetteers and the automaton built over them, ready to read documents.
pub struct Extractor {
    gazetteer: Gazetteer,
    matcher: Matcher,
}

impl Extractor {
    /// An extractor over the given gazetteers.
    pub fn new(gazetteer: Gazetteer) -> Result<Extractor> {
        let matcher = Matcher::new(&gazetteer)?;
        Ok(Extractor { gazetteer, matcher })
    }

    /// An extractor over the gazetteers compiled into the binary.
    pub fn builtin() -> Result<Extractor> {
        Extractor::new(Gazetteer::builtin()?)
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Reads one document.
    pub fn extract(&self, document: &Document) -> Extraction {
        let text = document.text.as_str();
        let article = clean::article(text);
        let published = document.published.or_else(|| {
            let mut lines = article.preamble.clone();
            if let Some(first) = article.body.first() {
                let end = text[first.range.clone()]
                    .char_indices()
                    .nth(60)
                    .map_or(first.range.end, |(i, _)| first.range.start + i);
                lines.push(first.range.start..end);
            }
            dates::published(text, &lines)
        });
        let resolver = Resolver::new(&self.gazetteer, &self.matcher);
        let mut doc = resolver.resolve(text, &article, published);
        let events = event::extract(&self.gazetteer, text, &mut doc);
        Extraction {
            doc_id: document.id.clone(),
            url: document.url.clone(),
            published,
            doc,
            events,
        }
    }
}

impl Extraction {
    /// Checks the guarantees every extraction of `text` keeps, whatever the input: every range
    /// (sentences, mentions, evidence) lies inside the text on character boundaries; a
    /// mention's entity exists; an event's evidence starts and ends on sentence edges; every
    /// participant, speaker and person party was mentioned by the end of the evidence (a
    /// country standing for "both sides" through someone of it who was), and everyone else
    /// present somewhere in the text: an event never names someone the text did not. Fuzzing and the property tests hold every input to it.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let in_text = |r: &std::ops::Range<usize>, what: &str| {
            if r.start <= r.end && text.get(r.clone()).is_some() {
                Ok(())
            } else {
                Err(format!(
                    "{what} {r:?} is not a slice of the {}-byte text",
                    text.len()
                ))
            }
        };
        for s in &self.doc.sentences {
            in_text(&s.range, "sentence")?;
        }
        for m in &self.doc.mentions {
            in_text(&m.range, "mention")?;
            if m.entity >= self.doc.entities.len() {
                return Err(format!(
                    "mention {:?} of entity {} of none",
                    m.range, m.entity
                ));
            }
        }
        let starts: std::collections::HashSet<usize> =
            self.doc.sentences.iter().map(|s| s.range.start).collect();
        let ends: std::collections::HashSet<usize> =
            self.doc.sentences.iter().map(|s| s.range.end).collect();
        for e in &self.events {
            let ev = e.evidence();
            in_text(ev, "evidence")?;
            if !starts.contains(&ev.start) || !ends.contains(&ev.end) {
                return Err(format!("evidence {ev:?} is not whole sentences"));
            }
            let (core, present): (Vec<usize>, &[usize]) = match e {
                Event::Meeting(m) => (m.participants.clone(), &m.also_present),
                Event::Statement(s) => (vec![s.speaker], &[]),
                // A named agreement brings the parties the gazetteer lists for it.
                Event::Agreement(a) => (
                    a.parties
                        .iter()
                        .copied()
                        .filter(|&p| {
                            self.doc
                                .entities
                                .get(p)
                                .is_none_or(|d| d.entity.is_person())
                        })
                        .collect(),
                    &[],
                ),
            };
            let entity_of = |i: usize| self.doc.entities.get(i).map(|d| &d.entity);
            let mentioned_by = |entity: usize, end: usize| {
                let Some(of) = entity_of(entity) else {
                    return false;
                };
                let country = of.kind == crate::entity::EntityType::Country && of.country.is_some();
                self.doc.mentions.iter().any(|m| {
                    m.range.start < end
                        && (m.entity == entity
                            || (country
                                && entity_of(m.entity).is_some_and(|e| e.country == of.country)))
                })
            };
            for &entity in &core {
                if !mentioned_by(entity, ev.end) {
                    return Err(format!(
                        "event at {ev:?} names entity {entity}, not mentioned by its end"
                    ));
                }
            }
            for &entity in present {
                if !mentioned_by(entity, text.len() + 1) {
                    return Err(format!(
                        "event at {ev:?} names entity {entity}, never mentioned"
                    ));
                }
            }
        }
        Ok(())
    }
}
