//! Visits: "X visited Islamabad", "Naqvi’s visit to Tehran", "the visit of President X to Y".

use crate::date::PartialDate;
use crate::entity::EntityType;
use crate::event::context::{Context, Visit};
use crate::event::view::{Cue, Reading, SentenceView};
use crate::event::Meeting;
use crate::gazetteer::Mode;
use crate::resolve::{Actor, Doc, Refers};
use crate::text::lexicon;

/// A visit: the visitor and the country visited, where no one there is named as host.
pub(super) fn extract(
    r: &Reading,
    doc: &mut Doc,
    ctx: &mut Context,
    cue: &Cue,
    date: Option<PartialDate>,
) -> Option<Meeting> {
    let view = r.view;
    let cue = cue.range.clone();
    let of_phrase = view.actors.iter().find(|a| {
        a.range.start >= cue.end
            && a.prep.as_deref() == Some("of")
            && view.words(cue.end, a.range.start).count() <= 5
            && !view.span(cue.end, a.range.start).contains([',', ';'])
    });
    let visitor = visitor(view, doc, ctx, &cue, of_phrase)?;
    let destination = destination(view, doc, ctx, &cue, of_phrase)?;
    let host = doc.entities[destination].entity.country.clone()?;
    if doc.entities[visitor].entity.country.as_deref() == Some(host.as_str()) {
        return None;
    }
    let location = Some(destination);
    ctx.visits.push(Visit {
        visitor,
        date,
        location,
    });
    let host_entity = doc.country_entity(r.g, &host)?;
    Some(Meeting {
        participants: vec![visitor, host_entity],
        also_present: Vec::new(),
        location,
        date,
        mode: Mode::InPerson,
        evidence: view.range.clone(),
    })
}

/// The visitor: "Naqvi’s visit", "the visit of President X", "X visited", "During his visit, X
/// ...", else the first phrase after the cue; a person with an office.
fn visitor(
    view: &SentenceView,
    doc: &Doc,
    ctx: &Context,
    cue: &std::ops::Range<usize>,
    of_phrase: Option<&Actor>,
) -> Option<usize> {
    let mut visitor = view.possessive_owner(doc, ctx, cue.start);
    if visitor.is_empty() {
        if let Some(a) = of_phrase {
            visitor = view.refer(doc, ctx, a);
        }
    }
    if visitor.is_empty() {
        visitor = view.subject(doc, ctx, cue.start);
    }
    if visitor.is_empty() {
        visitor = view
            .actors
            .iter()
            .filter(|a| a.range.start >= cue.end && a.prep.is_none() && !a.in_quote)
            .take(1)
            .flat_map(|a| view.refer(doc, ctx, a))
            .collect();
    }
    // A visit is an official's: a traveller that neither the article nor a gazetteer gives an
    // office ("a British national who arrived in Colombo", "the coaches arrived in Pakistan")
    // makes no visit.
    visitor
        .iter()
        .find(|&&e| {
            let ent = &doc.entities[e].entity;
            ent.is_person() && (ent.role.is_some() || ent.is_listed())
        })
        .copied()
}

/// Where to: right after the cue ("visited Islamabad", "trip to Tehran"), after "to" or "in"
/// ("the visit of X to Y"), or right before the cue ("his Tehran visit").
fn destination(
    view: &SentenceView,
    doc: &Doc,
    ctx: &Context,
    cue: &std::ops::Range<usize>,
    of_phrase: Option<&Actor>,
) -> Option<usize> {
    let clause_end = view.clause(cue.end).end;
    let reachable_from = |from: usize, start: usize| {
        if start < from || start >= clause_end {
            return false;
        }
        let gap = view.words(from, start);
        let last = gap
            .clone()
            .rev()
            .map(|(_, w)| w.to_lowercase())
            .find(|w| !lexicon::is_determiner(w) && !w.ends_with("ing"));
        gap.clone().next().is_none() || matches!(last.as_deref(), Some("to" | "in" | "into" | "at"))
    };
    let reachable = |start: usize| {
        let before_of = of_phrase.is_none_or(|a| start < a.range.start);
        (before_of && reachable_from(cue.end, start))
            || of_phrase.is_some_and(|a| reachable_from(a.range.end, start))
    };
    let place_after = view
        .places
        .iter()
        .map(|&p| &doc.places[p])
        .filter(|p| reachable(p.range.start))
        .min_by_key(|p| p.range.start)
        .map(|p| (p.range.start, p.entity));
    let actor_after = view
        .actors
        .iter()
        .filter(|a| reachable(a.range.start) && !a.in_quote)
        .find_map(|a| {
            let es = view.refer(doc, ctx, a);
            let e = *es.first()?;
            (doc.entities[e].entity.kind == EntityType::Country
                && !matches!(a.refers, Refers::Plural))
            .then_some((a.range.start, e))
        });
    let place_before = view
        .places
        .iter()
        .map(|&p| &doc.places[p])
        .filter(|p| p.range.end <= cue.start && view.words(p.range.end, cue.start).next().is_none())
        .map(|p| (p.range.start, p.entity))
        .next_back();
    match (place_after, actor_after) {
        (Some(p), Some(a)) => Some(if p.0 <= a.0 { p.1 } else { a.1 }),
        (Some(p), None) => Some(p.1),
        (None, Some(a)) => Some(a.1),
        (None, None) => place_before.map(|p| p.1),
    }
}
