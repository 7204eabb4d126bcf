//! Places: a capital as its government or as a venue, countries, other places, crossings, datelines.

use std::ops::Range;

use crate::gazetteer::{Gazetteer, WordClass};
use crate::text::tokens::Tokens;
use crate::text::{self, char_at};

use super::around::{followed_by, is_locative, preceded_by};
use super::doc::{Doc, Form, PlaceMention};
use super::phrase::Phrase;
use super::units::{Unit, UnitKind};

/// "Mirjaveh-Taftan border gate": places followed by a crossing noun make one crossing.
pub(super) fn add_crossings(g: &Gazetteer, text: &str, units: &mut Vec<Unit>) {
    let is_place = |u: &Unit| matches!(u.kind, UnitKind::Place(_));
    let mut i = 0;
    while i < units.len() {
        if !is_place(&units[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < units.len()
            && is_place(&units[j + 1])
            && matches!(
                &text[units[j].range.end..units[j + 1].range.start],
                "-" | "–" | "/"
            )
        {
            j += 1;
        }
        let after = &text[units[j].range.end..];
        let noun = g.words.list(WordClass::CrossingNoun).iter().find(|n| {
            let rest = after.strip_prefix(' ').unwrap_or("");
            rest.get(..n.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(n))
                && !char_at(rest, n.len()).is_some_and(char::is_alphanumeric)
        });
        if let Some(noun) = noun {
            let range = units[i].range.start..units[j].range.end + 1 + noun.len();
            let sentence = units[i].sentence;
            units.splice(i..=j, [Unit::new(range, UnitKind::Crossing, sentence)]);
        }
        i += 1;
    }
}

/// Where a country's name or demonym (place row `c`) stands inside a title.
pub(super) fn country_inside(
    g: &Gazetteer,
    text: &str,
    range: Range<usize>,
    c: u32,
) -> Option<Range<usize>> {
    let place = &g.places[c as usize];
    let inner = &text[range.clone()];
    std::iter::once(&place.name)
        .chain(&place.aliases)
        .chain(&place.demonyms)
        .filter_map(|n| {
            let at = inner.find(n.as_str())?;
            let bounded = !text::char_before(inner, at).is_some_and(char::is_alphanumeric)
                && !char_at(inner, at + n.len()).is_some_and(char::is_alphanumeric);
            bounded.then(|| range.start + at..range.start + at + n.len())
        })
        .max_by_key(|r| r.len())
}

/// Whether the phrase follows a locative preposition ("in", "at").
pub(super) fn after_locative(g: &Gazetteer, p: &Phrase) -> bool {
    p.prep.as_deref().is_some_and(|w| is_locative(g, w))
}

/// Records that `u` names place entity `e` in the phrase's sentence.
pub(super) fn place_mention(doc: &mut Doc, e: usize, u: &Unit, p: &Phrase, locative: bool) {
    doc.places.push(PlaceMention {
        entity: e,
        range: u.range.clone(),
        sentence: p.sentence,
        locative,
    });
}

/// A border crossing: a place where something happens, never an actor.
pub(super) fn crossing(text: &str, p: &Phrase, u: &Unit, doc: &mut Doc) -> Option<usize> {
    let e = doc.crossing(&text[u.range.clone()]);
    doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
    place_mention(doc, e, u, p, true);
    None
}

/// A capital (place row `row`) stands for its country's government ("Tehran said"), unless it
/// is where something happens ("in Tehran", "the Tehran talks", "Oman's capital Muscat", "the
/// Mombasa-Nairobi railway") or a dateline.
pub(super) fn capital(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    row: u32,
    u: &Unit,
    doc: &mut Doc,
) -> Option<usize> {
    let locative = after_locative(g, p)
        || followed_by(g, &doc.tokens, WordClass::VenueNoun, text, u.range.end)
        || preceded_by(g, &doc.tokens, WordClass::PlaceNoun, text, u.range.start)
        || on_route(g, &doc.tokens, text, u.range.end);
    // A dateline names where the report was filed: the city, but not where events happen.
    let filed_in = dateline(text, u.range.clone());
    if !locative && !filed_in {
        let e = doc.country(g, p.country?);
        doc.add_mention(e, u.range.clone(), Form::Metonym, p.sentence, text);
        return Some(e);
    }
    let e = doc.place(g, row);
    doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
    place_mention(doc, e, u, p, locative);
    None
}

/// Whether the word that holds byte `end` (a hyphenated pair: "Mombasa-Nairobi") is followed by
/// a route noun of words.csv ("railway", "road").
fn on_route(g: &Gazetteer, tokens: &Tokens, text: &str, end: usize) -> bool {
    let word_end = tokens
        .all()
        .get(tokens.all().partition_point(|t| t.end < end))
        .filter(|t| t.start < end)
        .map_or(end, |t| t.end);
    followed_by(g, tokens, WordClass::RouteNoun, text, word_end)
}

/// A country (place row `row`) acts when named, or as a demonym before a state noun
/// ("Pakistani officials"); by name it is also a place. Its mention was made with the phrase's.
pub(super) fn country(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    (row, u, form): (u32, &Unit, Form),
    doc: &mut Doc,
) -> Option<usize> {
    let e = doc.country(g, row);
    if form == Form::Name {
        place_mention(doc, e, u, p, after_locative(g, p));
    }
    (form == Form::Name || followed_by(g, &doc.tokens, WordClass::StateNoun, text, u.range.end))
        .then_some(e)
}

/// Any other place (place row `row`): where something is, never an actor.
pub(super) fn other(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    row: u32,
    u: &Unit,
    doc: &mut Doc,
) -> Option<usize> {
    let e = doc.place(g, row);
    doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
    place_mention(doc, e, u, p, after_locative(g, p));
    None
}

/// A dateline: a city in capitals at the start of a line, followed by a dash ("TEHRAN –").
fn dateline(text: &str, range: Range<usize>) -> bool {
    // Only spaces may stand between the line's start and the city (scanned back over the
    // spaces alone, so a long line costs nothing).
    let before =
        text[..range.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
    let at_line_start = before.is_empty() || before.ends_with(['\n', '\r']);
    let after = text[range.end..].trim_start();
    let caps = text[range.clone()]
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // "Tehran, IRNA --", "KABUL, Nov 3 (Reuters) -": a dash soon after the city.
    let dash_soon = after.starts_with(',')
        && after
            .char_indices()
            .take_while(|(i, _)| *i < 40)
            .any(|(i, c)| {
                matches!(c, '–' | '—')
                    || after[i..].starts_with("--")
                    || after[i..].starts_with(" - ")
            });
    at_line_start && ((caps && after.starts_with(['–', '—', '-', ',', '/', ':', '('])) || dash_soon)
}

#[cfg(test)]
mod tests {
    use super::dateline;

    #[test]
    fn datelines() {
        assert!(dateline("TEHRAN – Iran said", 0..6));
        assert!(dateline("Tehran, IRNA -- Iran said", 0..6));
        assert!(!dateline("He flew to Tehran – then", 11..17));
        assert!(!dateline("Tehran said on Monday", 0..6));
    }
}
