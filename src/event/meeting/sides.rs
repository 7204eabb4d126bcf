//! A meeting is between sides: no one meets themself, their own state, or a body of it.

use crate::entity::EntityType;
use crate::event::Event;
use crate::gazetteer::{Gazetteer, WordClass};
use crate::resolve::Doc;

/// Leaves out of each meeting a participant that is another's own side: the same entity twice
/// (by id), or a country that another participant belongs to ("the US Embassy" and the United
/// States, an Israeli spokesman and Israel), or the press ("speaking to The Economist" is an
/// interview). A meeting left with one side is dropped later.
pub(in crate::event) fn drop_own_sides(g: &Gazetteer, doc: &Doc, events: &mut [Event]) {
    let press = |x: usize| {
        let ent = &doc.entities[x].entity;
        ent.kind == EntityType::Organisation
            && ent
                .name
                .as_deref()
                .and_then(|n| g.organisation_named(n))
                .is_some_and(|o| {
                    g.words
                        .contains(WordClass::PressKind, &g.organisations[o as usize].kind)
                })
    };
    for e in events.iter_mut() {
        let Event::Meeting(m) = e else { continue };
        let id = |x: usize| doc.entities[x].entity.id.as_deref();
        let mut kept: Vec<usize> = Vec::with_capacity(m.participants.len());
        for &p in m.participants.iter().filter(|&&p| !press(p)) {
            if !kept
                .iter()
                .any(|&k| k == p || (id(k).is_some() && id(k) == id(p)))
            {
                kept.push(p);
            }
        }
        let own_state = |c: usize| {
            let ent = &doc.entities[c].entity;
            ent.kind == EntityType::Country
                && kept.iter().any(|&o| {
                    let other = &doc.entities[o].entity;
                    o != c && other.kind != EntityType::Country && other.country == ent.country
                })
        };
        let states: Vec<usize> = kept.iter().copied().filter(|&c| own_state(c)).collect();
        kept.retain(|p| !states.contains(p));
        m.participants = kept;
    }
}
