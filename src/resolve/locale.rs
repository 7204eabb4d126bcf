//! Places no gazetteer lists, read from the words around them: "the town of Avdiivka" (a place
//! noun of words.csv's `place_noun` and "of"), and "in Nizhny Novgorod, Russia" (a locative
//! preposition, capitalised words, a comma and a country: a place of that country).
//!
//! Both need the capitalised words to be no unit already and to stand alone (one to three
//! words, then punctuation or the country), so that a known place or a longer name is left be.

use crate::gazetteer::{Gazetteer, PlaceKind, WordClass};
use crate::text::lexicon;
use crate::text::tokens::{Shape, Token, Tokens};

use super::doc::Doc;
use super::shape::ShapedKind;
use super::units::{self, Sorted, Unit, UnitKind};

/// Adds the places read from the words around them as shaped place units.
pub(super) fn add_places(g: &Gazetteer, doc: &Doc, text: &str, units: &mut Vec<Unit>) {
    let tokens = &doc.tokens;
    let mut added = Vec::new();
    let sorted = Sorted::new(units);
    for (si, s) in doc.sentences.iter().enumerate() {
        let toks: Vec<&Token> = tokens.within(s.range.clone()).iter().collect();
        for i in 0..toks.len() {
            let w = tokens.lower(toks[i]);
            if w != "of" && !lexicon::is_locative(w) {
                continue;
            }
            let Some(name) = capitalised_run(tokens, text, &toks, i + 1) else {
                continue;
            };
            let (first, last) = (toks[i + 1], toks[name]);
            let range = first.start..last.end;
            if sorted.overlapping(range.clone()).next().is_some() {
                continue;
            }
            // "the town of Avdiivka"
            let place_of = w == "of"
                && i > 0
                && g.words
                    .contains(WordClass::PlaceNoun, tokens.lower(toks[i - 1]))
                && spaced(text, toks[i - 1], toks[i]);
            // "in Nizhny Novgorod, Russia"
            let country = (lexicon::is_locative(w))
                .then(|| country_after(g, text, &sorted, last.end))
                .flatten();
            if !(place_of || country.is_some()) || !spaced(text, toks[i], first) {
                continue;
            }
            if place_of && !closed(tokens, text, &toks, name) {
                continue;
            }
            let kind = UnitKind::Shaped {
                kind: ShapedKind::Place,
                country,
                named_at: None,
                name: None,
            };
            added.push(Unit::new(range, kind, si));
        }
    }
    if !added.is_empty() {
        units.extend(added);
        units::sort(units);
    }
}

/// Whether `a` and `b` stand one space apart.
fn spaced(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.end..b.start) == Some(" ")
}

/// The last token of one to three capitalised words from token `i`, space-separated, that are
/// no function words.
pub(super) fn capitalised_run(
    tokens: &Tokens,
    text: &str,
    toks: &[&Token],
    i: usize,
) -> Option<usize> {
    let word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.shape == Shape::Capitalised && !lexicon::is_lower_name_stopword(tokens.lower(t))
        })
    };
    if !word(i) {
        return None;
    }
    let mut last = i;
    while last + 1 < toks.len()
        && last - i < 2
        && word(last + 1)
        && spaced(text, toks[last], toks[last + 1])
    {
        last += 1;
    }
    Some(last)
}

/// Whether the run ending at token `last` is closed: punctuation or a function word follows.
fn closed(tokens: &Tokens, text: &str, toks: &[&Token], last: usize) -> bool {
    match toks.get(last + 1) {
        None => true,
        Some(t) if !t.shape.is_word() => true,
        Some(t) => {
            let w = tokens.lower(t);
            spaced(text, toks[last], t)
                && (lexicon::is_preposition(w)
                    || lexicon::is_auxiliary(w)
                    || matches!(w, "and" | "which" | "where"))
        }
    }
}

/// The country (place row) a comma and a country unit right after byte `end` name.
fn country_after(g: &Gazetteer, text: &str, units: &Sorted, end: usize) -> Option<u32> {
    if !text[end..].starts_with(", ") {
        return None;
    }
    units.starting_at(end + 2).and_then(|u| match u.kind {
        UnitKind::Place(p) if g.places[p as usize].kind == PlaceKind::Country => Some(p),
        _ => None,
    })
}
