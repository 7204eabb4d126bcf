//! Agreements: signed, reaffirmed, negotiated, proposed or reached, with their name and count.

use super::{as_state, negated, Agreement, Context, Event, SentenceView};
use crate::entity::EntityType;
use crate::gazetteer::{AgreementAction, CueKind, Gazetteer};
use crate::resolve::{Doc, Refers};
use crate::text::words;

pub(super) fn extract(
    g: &Gazetteer,
    text: &str,
    doc: &mut Doc,
    view: &SentenceView,
    ctx: &mut Context,
    events: &mut Vec<Event>,
) {
    let instruments: Vec<_> = view
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
        if negated(text, &view.range, cue.range.start, true) {
            continue;
        }
        // The instrument: right after the cue in its clause, or just before it ("the deal was signed").
        let clause = view.clause(cue.range.end);
        let after = instruments.iter().enumerate().find(|(_, i)| {
            i.range.start >= cue.range.end
                && i.range.start < clause.end
                && i.range.start - cue.range.end < 60
        });
        let before =
            instruments.iter().enumerate().rev().find(|(_, i)| {
                i.range.end <= cue.range.start && cue.range.start - i.range.end < 30
            });
        let mut named_parties: Vec<usize> = Vec::new();
        let (name, count, end) = match after.or(before) {
            Some((k, i)) => {
                used[k] = true;
                named_parties = i
                    .entity
                    .map(|e| gazetteer_parties(g, doc, e))
                    .unwrap_or_default();
                (Some(i.name.clone()), i.count, i.range.end)
            }
            None if c.cue.ends_with(" to") => {
                let rest = crate::text::span(text, cue.range.end, clause.end);
                let ws: Vec<&str> = words(rest).map(|(_, w)| w).take(6).collect();
                if ws.is_empty() {
                    continue;
                }
                (
                    Some(format!("agreement to {}", ws.join(" "))),
                    None,
                    cue.range.end,
                )
            }
            None => continue,
        };
        let subject = view.subject(text, doc, ctx, cue.range.start);
        let mut base = parties_of(g, doc, &subject);
        // "with China and Russia": one agreement with each partner.
        let (partners, prep) = view.objects_after(text, end);
        let partners: Vec<usize> = if prep.as_deref() == Some("with") {
            parties_of(
                g,
                doc,
                &partners
                    .iter()
                    .flat_map(|a| view.refer(text, doc, ctx, a))
                    .collect::<Vec<_>>(),
            )
        } else {
            Vec::new()
        };
        if prep.as_deref() == Some("between") {
            let (between, _) = view.objects_after(text, end);
            base = parties_of(
                g,
                doc,
                &between
                    .iter()
                    .flat_map(|a| view.refer(text, doc, ctx, a))
                    .collect::<Vec<_>>(),
            );
        }
        let mut sets: Vec<Vec<usize>> = Vec::new();
        if partners.is_empty() {
            sets.push(base.clone());
        } else {
            for p in partners {
                let mut s = base.clone();
                if !s.contains(&p) {
                    s.push(p);
                }
                sets.push(s);
            }
        }
        ctx.agreement_cues.push(cue.range.clone());
        for mut parties in sets {
            // A named agreement knows its parties ("the Beijing agreement, reached in 2023").
            if parties.len() < 2 && named_parties.len() >= 2 {
                parties = named_parties.clone();
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
                name: name.clone(),
                count,
                date: view.date_near(doc, cue.range.start),
                evidence: view.range.clone(),
            });
        }
    }
    // "the recent strategic agreement between Pakistan and Saudi Arabia": an agreement reached.
    for (k, i) in instruments.iter().enumerate() {
        if used[k] {
            continue;
        }
        let (objs, prep) = view.objects_after(text, i.range.end);
        let close = objs
            .first()
            .is_some_and(|a| a.range.start - i.range.end < 12);
        if prep.as_deref() != Some("between") || !close {
            continue;
        }
        let parties = parties_of(
            g,
            doc,
            &objs
                .iter()
                .flat_map(|a| view.refer(text, doc, ctx, a))
                .collect::<Vec<_>>(),
        );
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
    for a in found {
        // Only this sentence's events (the tail of the list) can share its evidence.
        let dup = events
            .iter()
            .rev()
            .take_while(|e| e.evidence().start >= view.range.start)
            .any(|e| matches!(e, Event::Agreement(x) if x.action == a.action && same_set(&x.parties, &a.parties) && x.evidence == a.evidence));
        if !dup {
            events.push(Event::Agreement(a));
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
