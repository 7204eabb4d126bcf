//! What pronouns and group words stand for ("he", "they", "both sides", "the country"), and the
//! state a government body speaks for.

use super::context::Context;
use super::view::SentenceView;
use crate::entity::EntityType;
use crate::gazetteer::{Gazetteer, WordClass};
use crate::resolve::{Actor, Doc, Group, Refers};

impl SentenceView<'_> {
    /// The entities an acting phrase stands for, with pronouns and group words resolved.
    pub(super) fn refer(&self, doc: &Doc, ctx: &Context, a: &Actor) -> Vec<usize> {
        match a.refers {
            Refers::Entity(e) => vec![e],
            Refers::Pronoun => self.pronoun(doc, ctx),
            // "They" are the latest group acting together, or nobody: the two countries last
            // named are "both countries", not "they" (who may be a body or a crowd).
            Refers::Plural => ctx.last_plural.clone(),
            Refers::Group(Group::Countries) => recent_countries(doc, a.range.start, 2, None),
            Refers::Group(group @ (Group::Sides | Group::People)) => {
                self.pair(doc, ctx, group, a.range.start)
            }
            Refers::Group(Group::Country) => {
                let own = self.actors.iter().find_map(|b| match b.refers {
                    Refers::Entity(e) if doc.entities[e].entity.is_person() => {
                        doc.entities[e].entity.country.clone()
                    }
                    _ => None,
                });
                let found = recent_countries(doc, a.range.start, 1, own.as_deref());
                if found.is_empty() {
                    recent_countries(doc, a.range.start, 1, None)
                } else {
                    found
                }
            }
        }
    }

    /// The entities the phrases stand for, in order.
    pub(super) fn refer_each(&self, doc: &Doc, ctx: &Context, actors: &[&Actor]) -> Vec<usize> {
        actors
            .iter()
            .flat_map(|a| self.refer(doc, ctx, a))
            .collect()
    }

    /// The entities the phrases stand for, each once, in order.
    pub(super) fn refer_distinct(
        &self,
        doc: &Doc,
        ctx: &Context,
        actors: Vec<&Actor>,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for a in actors {
            for e in self.refer(doc, ctx, a) {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// "he", "she": the latest speaker a sentence or two back, else the latest subject.
    fn pronoun(&self, doc: &Doc, ctx: &Context) -> Vec<usize> {
        let recent_speaker = ctx
            .last_speaker_sentence
            .is_some_and(|s| self.index - s <= 2);
        let speakers: Vec<usize> = ctx
            .last_speakers
            .iter()
            .copied()
            .filter(|&e| doc.entities[e].entity.is_person())
            .collect();
        if recent_speaker && !speakers.is_empty() {
            vec![speakers[0]]
        } else {
            ctx.last_subject_people
                .first()
                .copied()
                .into_iter()
                .collect()
        }
    }

    /// "both sides", "the two ministers": the pair of "between A and B" in this sentence, else
    /// the pair of the latest meeting of an earlier sentence, else the pair named last.
    fn pair(&self, doc: &Doc, ctx: &Context, group: Group, pos: usize) -> Vec<usize> {
        let between_pair = self
            .actors
            .iter()
            .position(|b| b.prep.as_deref() == Some("between"))
            .and_then(|i| {
                let first = &self.actors[i];
                let second = self.actors.get(i + 1)?;
                (self.span(first.range.end, second.range.start).trim() == "and").then_some(())?;
                match (first.refers, second.refers) {
                    (Refers::Entity(x), Refers::Entity(y)) => Some(vec![x, y]),
                    _ => None,
                }
            });
        if let Some(pair) = between_pair {
            return pair;
        }
        // The latest meeting of an earlier sentence (this sentence's own may be the one the
        // sides are talking about, as in "agreements reached during X's visit").
        if let Some((m, _)) = ctx.meetings.iter().rev().find(|(_, s)| *s < self.index) {
            if m.len() == 2 {
                return m.clone();
            }
        }
        match group {
            // "the two ministers": the two people of different countries named last.
            Group::People => recent_people(doc, pos),
            _ => recent_countries(doc, pos, 2, None),
        }
    }
}

/// The state a government body speaks or signs for ("the Foreign Office said" is Pakistan
/// speaking); any other entity stands for itself.
pub(super) fn as_state(g: &Gazetteer, doc: &mut Doc, e: usize) -> usize {
    let ent = &doc.entities[e].entity;
    if ent.kind != EntityType::Organisation {
        return e;
    }
    let state_body = ent
        .id
        .as_deref()
        .and_then(|id| g.organisations.iter().find(|o| o.id == id))
        .is_some_and(|o| g.words.contains(WordClass::StateBodyKind, &o.kind));
    match (state_body, ent.country.clone()) {
        (true, Some(c)) => doc.country_entity(g, &c).unwrap_or(e),
        _ => e,
    }
}

/// The two people of different countries named most recently before `pos`.
fn recent_people(doc: &Doc, pos: usize) -> Vec<usize> {
    let mut found: Vec<(usize, usize)> = doc
        .mentions
        .iter()
        .filter(|m| m.range.start < pos && doc.entities[m.entity].entity.is_person())
        .map(|m| (m.range.start, m.entity))
        .collect();
    found.sort();
    let mut out: Vec<usize> = Vec::new();
    for &(_, e) in found.iter().rev() {
        let country = &doc.entities[e].entity.country;
        if out
            .iter()
            .all(|&o| o != e && doc.entities[o].entity.country != *country)
        {
            out.push(e);
        }
        if out.len() == 2 {
            return out;
        }
    }
    Vec::new()
}

/// The `n` countries named most recently before `pos`, other than `except`.
fn recent_countries(doc: &Doc, pos: usize, n: usize, except: Option<&str>) -> Vec<usize> {
    // The nearest country mentions before `pos`, looking back a few hundred at most so that a
    // long document stays linear.
    const LOOK_BACK: usize = 400;
    let before = doc
        .country_mentions
        .partition_point(|&(start, _)| start < pos);
    let mut out = Vec::new();
    for &(_, e) in doc.country_mentions[..before].iter().rev().take(LOOK_BACK) {
        if except.is_some_and(|c| doc.entities[e].entity.country.as_deref() == Some(c)) {
            continue;
        }
        if !out.contains(&e) {
            out.push(e);
        }
        if out.len() == n {
            break;
        }
    }
    out
}
