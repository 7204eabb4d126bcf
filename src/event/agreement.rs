//! Agreements: signed, reaffirmed, negotiated, proposed or reached, with their name and count.

use super::context::Context;
use super::refer::as_state;
use super::view::{Cue, Reading, SentenceView};
use super::{Agreement, Event};
use crate::entity::EntityType;
use crate::gazetteer::{AgreementAction, CueKind, Gazetteer};
use crate::resolve::{Doc, Instrument, Refers};

/// What an agreement cue is about: the instrument named near it, or "agreed to …".
struct Object {
    name: Option<String>,
    count: Option<u32>,
    /// Where the parties after it ("with China") are looked for.
    end: usize,
    /// The parties the gazetteer lists for a named agreement.
    parties: Vec<usize>,
}

/// Reads the agreements of a sentence: those its cues tell of, and those its instruments name
/// with their parties ("the agreement between A and B").
pub(super) fn extract(r: &Reading, doc: &mut Doc, ctx: &mut Context, events: &mut Vec<Event>) {
    let (g, view) = (r.g, r.view);
    let instruments: Vec<Instrument> = view
        .instruments
        .iter()
        .map(|&i| doc.instruments[i].clone())
        .collect();
    let mut used = vec![false; instruments.len()];
    let mut found: Vec<Agreement> = Vec::new();
    for cue in &view.cues {
        let c = &g.cues[cue.index];
        let CueKind::Agreement(action) = c.kind else {
            continue;
        };
        if r.negated_or_hedged(&cue.range) {
            continue;
        }
        let Some(object) = object_of(r, doc, &instruments, &mut used, cue) else {
            continue;
        };
        let sets = party_sets(r, doc, ctx, cue.range.start, object.end);
        ctx.agreement_cues.push(cue.range.clone());
        for mut parties in sets {
            // A named agreement knows its parties ("the Beijing agreement, reached in 2023").
            if parties.len() < 2 && object.parties.len() >= 2 {
                parties = object.parties.clone();
            }
            if parties.len() < 2 {
                parties = sentence_countries(g, doc, view);
            }
            if parties.len() < 2 {
                continue;
            }
            found.push(Agreement {
                parties,
                action,
                name: object.name.clone(),
                count: object.count,
                date: view.date_near(doc, cue.range.start),
                evidence: view.range.clone(),
            });
        }
    }
    reached_between(r, doc, ctx, &instruments, &used, &mut found);
    // An agreement the sentence gives no date of has the date of the meeting it was reached at:
    // one the same sentence tells, or one the sentence refers back to ("At the talks, ...").
    // Only this sentence's events (the tail of the list) can share its evidence.
    if found.iter().any(|a| a.date.is_none()) {
        let met = this_sentence(events, view)
            .find_map(|e| match e {
                Event::Meeting(m) if m.evidence == view.range => m.date,
                _ => None,
            })
            .or_else(|| super::meeting::told_before(r, ctx));
        for a in found.iter_mut().filter(|a| a.date.is_none()) {
            a.date = met;
        }
    }
    for a in found {
        let dup = this_sentence(events, view)
            .any(|e| matches!(e, Event::Agreement(x) if x.action == a.action && same_set(&x.parties, &a.parties) && x.evidence == a.evidence));
        if !dup {
            events.push(Event::Agreement(a));
        }
    }
}

/// The instrument of a cue: right after it in its clause, or just before it ("the deal was
/// signed"); for "agreed to", the words after it.
fn object_of(
    r: &Reading,
    doc: &mut Doc,
    instruments: &[Instrument],
    used: &mut [bool],
    cue: &Cue,
) -> Option<Object> {
    let (g, view) = (r.g, r.view);
    let clause = view.clause(cue.range.end);
    let after = instruments.iter().enumerate().find(|(_, i)| {
        i.range.start >= cue.range.end
            && i.range.start < clause.end
            && i.range.start - cue.range.end < 60
    });
    let before = instruments
        .iter()
        .enumerate()
        .rev()
        .find(|(_, i)| i.range.end <= cue.range.start && cue.range.start - i.range.end < 30);
    match after.or(before) {
        Some((k, i)) => {
            used[k] = true;
            let parties = i
                .entity
                .map(|e| gazetteer_parties(g, doc, e))
                .unwrap_or_default();
            Some(Object {
                name: Some(i.name.clone()),
                count: i.count,
                end: i.range.end,
                parties,
            })
        }
        None if g.cues[cue.index].cue.ends_with(" to") => {
            let ws: Vec<&str> = view
                .words(cue.range.end, clause.end)
                .map(|(_, w)| w)
                .take(6)
                .collect();
            if ws.is_empty() {
                return None;
            }
            Some(Object {
                name: Some(format!("agreement to {}", ws.join(" "))),
                count: None,
                end: cue.range.end,
                parties: Vec::new(),
            })
        }
        None => None,
    }
}

/// The sets of parties of the agreement a cue at `pos` tells of: its subject's states, one set
/// per partner after `end` ("with China and Russia"), or the pair "between A and B".
fn party_sets(
    r: &Reading,
    doc: &mut Doc,
    ctx: &Context,
    pos: usize,
    end: usize,
) -> Vec<Vec<usize>> {
    let (g, view) = (r.g, r.view);
    let subject = view.subject(doc, ctx, pos);
    let mut base = parties_of(g, doc, &subject);
    let (partners, prep) = view.objects_after(end);
    let partners: Vec<usize> = if prep.as_deref() == Some("with") {
        let es = view.refer_each(doc, ctx, &partners);
        parties_of(g, doc, &es)
    } else {
        Vec::new()
    };
    if prep.as_deref() == Some("between") {
        let (between, _) = view.objects_after(end);
        let es = view.refer_each(doc, ctx, &between);
        base = parties_of(g, doc, &es);
    }
    if partners.is_empty() {
        return vec![base];
    }
    partners
        .into_iter()
        .map(|p| {
            let mut s = base.clone();
            if !s.contains(&p) {
                s.push(p);
            }
            s
        })
        .collect()
}

/// "the recent strategic agreement between Pakistan and Saudi Arabia": an agreement reached,
/// for each instrument no cue claimed.
fn reached_between(
    r: &Reading,
    doc: &mut Doc,
    ctx: &Context,
    instruments: &[Instrument],
    used: &[bool],
    found: &mut Vec<Agreement>,
) {
    let (g, view) = (r.g, r.view);
    for (k, i) in instruments.iter().enumerate() {
        if used[k] {
            continue;
        }
        let (objs, prep) = view.objects_after(i.range.end);
        let close = objs
            .first()
            .is_some_and(|a| a.range.start - i.range.end < 12);
        if prep.as_deref() != Some("between") || !close {
            continue;
        }
        let es = view.refer_each(doc, ctx, &objs);
        let parties = parties_of(g, doc, &es);
        if parties.len() >= 2 {
            found.push(Agreement {
                parties,
                action: AgreementAction::Reached,
                name: Some(i.name.clone()),
                count: i.count,
                date: view.date_near(doc, i.range.start),
                evidence: view.range.clone(),
            });
        }
    }
}

/// The parties a gazetteer agreement lists, as document entities (countries and organisations).
fn gazetteer_parties(g: &Gazetteer, doc: &mut Doc, e: usize) -> Vec<usize> {
    let Some(id) = doc.entities[e].entity.id.clone() else {
        return Vec::new();
    };
    let Some(a) = g.agreements.iter().find(|a| a.id == id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in a.parties.clone() {
        let party = if g.is_country(&p) {
            doc.country_entity(g, &p)
        } else {
            doc.organisation_entity(g, &p)
        };
        if let Some(x) = party {
            out.push(x);
        }
    }
    out
}

/// The events read from `view`'s sentence so far: only the tail of the list can share its
/// evidence.
fn this_sentence<'e>(
    events: &'e [Event],
    view: &'e super::view::SentenceView,
) -> impl Iterator<Item = &'e Event> {
    events
        .iter()
        .rev()
        .take_while(|e| e.evidence().start >= view.range.start)
}

fn same_set(a: &[usize], b: &[usize]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// States (or organisations) that parties stand for: a person signs for their country.
fn parties_of(g: &Gazetteer, doc: &mut Doc, entities: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &e in entities {
        let e = as_state(g, doc, e);
        let ent = doc.entities[e].entity.clone();
        let party = match ent.kind {
            EntityType::Country | EntityType::Organisation => Some(e),
            EntityType::Person => ent
                .country
                .as_deref()
                .and_then(|c| doc.country_entity(g, c)),
            _ => ent
                .country
                .as_deref()
                .and_then(|c| doc.country_entity(g, c)),
        };
        if let Some(p) = party {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// The distinct states a sentence involves, when there are exactly two of them.
fn sentence_countries(g: &Gazetteer, doc: &mut Doc, view: &SentenceView) -> Vec<usize> {
    let mut es: Vec<usize> = view
        .actors
        .iter()
        .filter(|a| !a.in_quote)
        .filter_map(|a| {
            if let Refers::Entity(e) = a.refers {
                Some(e)
            } else {
                None
            }
        })
        .collect();
    es.extend(view.places.iter().map(|&p| doc.places[p].entity));
    let parties = parties_of(g, doc, &es);
    let countries: Vec<usize> = parties
        .into_iter()
        .filter(|&p| doc.entities[p].entity.kind == EntityType::Country)
        .collect();
    if countries.len() == 2 {
        countries
    } else {
        Vec::new()
    }
}
