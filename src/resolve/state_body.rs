//! A state's body named by a demonym or a country and a lower-case noun of words.csv's
//! `body_noun` ("the Russian military said", "Ghana's navy", "the Kenyan embassy"): an
//! organisation of that state, not the state. The gazetteer's row when one has that name in any
//! case ("Pakistani army" is the Pakistan Army), else a body read from its shape.
//!
//! The noun phrase must end there: what follows is punctuation, a function word or a speech verb
//! ("the Russian military operation" is an operation, not the military).

use crate::gazetteer::{Gazetteer, PlaceKind, WordClass};
use crate::text::lexicon;
use crate::text::tokens::Tokens;

use super::shape::ShapedKind;
use super::units::{self, Unit, UnitKind};

/// Replaces each demonym or country unit followed by a body noun with the body's unit.
pub(super) fn add_state_bodies(g: &Gazetteer, tokens: &Tokens, text: &str, units: &mut [Unit]) {
    let nouns = g.words.list(WordClass::BodyNoun);
    if nouns.is_empty() {
        return;
    }
    let starts: Vec<usize> = units.iter().map(|u| u.range.start).collect();
    let mut changed = false;
    for u in units.iter_mut() {
        let country = match u.kind {
            UnitKind::Demonym(c) => c,
            UnitKind::Place(p) if g.places[p as usize].kind == PlaceKind::Country => p,
            _ => continue,
        };
        let end = u.range.end;
        let rest = &text[end..];
        let owner = rest.strip_prefix("’s").or_else(|| rest.strip_prefix("'s"));
        let possessive = owner.is_some();
        let rest = owner.unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let noun_start = text.len() - rest.len();
        let Some(noun) = nouns.iter().find(|n| {
            rest.starts_with(n.as_str())
                && !rest[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        }) else {
            continue;
        };
        let noun_end = noun_start + noun.len();
        // Another unit inside the noun ("army chief" is a title) or a noun phrase going on.
        let first = starts.partition_point(|&s| s < noun_start);
        let inside = starts.get(first).is_some_and(|&s| s < noun_end);
        if inside || !phrase_ends(g, tokens, noun_end) {
            continue;
        }
        let range = u.range.start..noun_end;
        // "Uruguay's coast guard" is named as "the Uruguayan coast guard" would be, so that
        // both are one body.
        let demonym = g.places[country as usize].demonyms.first();
        let name = match (possessive, demonym) {
            (true, Some(d)) => Some(format!("{d} {noun}")),
            _ => None,
        };
        let known = g
            .organisation_named(&text[range.clone()])
            .or_else(|| name.as_deref().and_then(|n| g.organisation_named(n)));
        let kind = match known {
            Some(row) => UnitKind::Org(row),
            None => UnitKind::Shaped {
                kind: ShapedKind::Organisation,
                country: Some(country),
                named_at: Some(u.range.clone()),
                name,
            },
        };
        u.kind = kind;
        u.range = range;
        changed = true;
    }
    if changed {
        units::sort(units);
    }
}

/// Whether the noun phrase ending at byte `end` ends there: punctuation or the end follows, or
/// a function word or speech verb.
fn phrase_ends(g: &Gazetteer, tokens: &Tokens, end: usize) -> bool {
    let Some(next) = tokens.after(end) else {
        return true;
    };
    if !next.shape.is_word() {
        return true;
    }
    let w = tokens.lower(next);
    lexicon::is_preposition(w)
        || lexicon::is_auxiliary(w)
        || lexicon::is_clause_conjunction(w)
        || matches!(w, "and" | "or" | "which" | "that" | "who")
        || g.words.contains(WordClass::SpeechVerb, w)
}
