//! Places joined on a route: "from Bathnaha to Nepal Custom yard", "the Turgundi-Sanabar railway
//! segment", "between Rupaidiha-Nepalgunj and Sunauli-Bhairahawa".
//!
//! A route names its ends: in "from X to Y", an unknown capitalised name at one end is a place
//! when the other end is a known place; in a hyphenated pair before a route noun of words.csv's
//! `route_noun` (or after "between"), each unknown capitalised part is a place. Known names stay
//! what they are, and a pair of names not on a route (a double surname) is left alone.

use std::ops::Range;

use crate::gazetteer::{Gazetteer, PlaceKind, WordClass};
use crate::text::lexicon;
use crate::text::tokens::{Shape, Token, Tokens};

use super::doc::Doc;
use super::locale;
use super::shape::ShapedKind;
use super::units::{self, Sorted, Unit, UnitKind};

/// The most words the last part of a hyphenated pair may have ("Gorakhpur-New Butwal").
const MAX_WORDS: usize = 3;

/// Adds the unknown ends of routes as shaped place units.
pub(super) fn add_route_places(g: &Gazetteer, doc: &Doc, text: &str, units: &mut Vec<Unit>) {
    let tokens = &doc.tokens;
    let mut added: Vec<Unit> = Vec::new();
    {
        let sorted = Sorted::new(units);
        let read = Read {
            g,
            tokens,
            text,
            units: &sorted,
        };
        for (si, s) in doc.sentences.iter().enumerate() {
            let toks = tokens.words_within(s.range.clone());
            for i in 0..toks.len() {
                let w = tokens.lower(toks[i]);
                if w == "from" {
                    added.extend(
                        read.span_from_to(&toks, i)
                            .into_iter()
                            .map(|r| Unit::new(r, place(), si)),
                    );
                }
                for r in read.hyphen_pair(&toks, i) {
                    added.push(Unit::new(r, place(), si));
                }
            }
        }
    }
    if added.is_empty() {
        return;
    }
    added.sort_by_key(|u| u.range.start);
    added.dedup_by(|a, b| a.range == b.range);
    units.extend(added);
    units::sort(units);
}

/// A shaped place unit of no known country.
fn place() -> UnitKind {
    UnitKind::Shaped {
        kind: ShapedKind::Place,
        country: None,
        named_at: None,
        name: None,
    }
}

/// What the rules read: the gazetteer, the document's tokens and units.
struct Read<'a> {
    g: &'a Gazetteer,
    tokens: &'a Tokens,
    text: &'a str,
    units: &'a Sorted<'a>,
}

impl Read<'_> {
    /// "from X to Y" at word `i` ("from"): the unknown end, when the other is a known place.
    fn span_from_to(&self, toks: &[&Token], i: usize) -> Vec<Range<usize>> {
        let Some((a, a_end)) = self.end_at(toks, i + 1) else {
            return Vec::new();
        };
        let to = a_end + 1;
        if toks.get(to).is_none_or(|t| self.tokens.lower(t) != "to")
            || !self.spaced(toks, a_end, to)
        {
            return Vec::new();
        }
        let Some((b, _)) = self.end_at(toks, to + 1) else {
            return Vec::new();
        };
        match (a, b) {
            (End::Unknown(r), End::Place) | (End::Place, End::Unknown(r)) => vec![r],
            _ => Vec::new(),
        }
    }

    /// What stands at word `k`, spaced from the word before: a known place (a unit), or one to
    /// three unknown capitalised words; with the index of its last word.
    fn end_at(&self, toks: &[&Token], k: usize) -> Option<(End, usize)> {
        let t = toks.get(k)?;
        if !self.spaced(toks, k - 1, k) {
            return None;
        }
        if let Some(u) = self.units.at(t.start) {
            let last = toks.iter().rposition(|x| x.end <= u.range.end)?;
            return self.is_place(u).then_some((End::Place, last));
        }
        // One to three capitalised words (as "the town of X" reads them), up to a known name
        // or a word of `not_name`.
        let run_end = locale::capitalised_run(self.tokens, self.text, toks, k)?;
        let last = (k..=run_end)
            .take_while(|&j| {
                self.name_word(toks[j]) && (j == k || self.units.at(toks[j].start).is_none())
            })
            .last()?;
        Some((End::Unknown(toks[k].start..toks[last].end), last))
    }

    /// "Turgundi-Sanabar railway", "between Rupaidiha-Nepalgunj and Sunauli-Bhairahawa": the
    /// unknown capitalised parts of the hyphenated word `i` (its last part may go on with
    /// capitalised words: "Gorakhpur-New Butwal sub stations").
    fn hyphen_pair(&self, toks: &[&Token], i: usize) -> Vec<Range<usize>> {
        let t = toks[i];
        let word = &self.text[t.start..t.end];
        if t.shape != Shape::Capitalised || !word.contains('-') {
            return Vec::new();
        }
        let mut parts: Vec<Range<usize>> = Vec::new();
        let mut at = t.start;
        for part in word.split('-') {
            parts.push(at..at + part.len());
            at += part.len() + 1;
        }
        let capitalised = |r: &Range<usize>| {
            let p = &self.text[r.clone()];
            p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().skip(1).any(char::is_lowercase)
                && !lexicon::is_name_stopword(p)
                && !self.g.words.contains(WordClass::NotName, &p.to_lowercase())
        };
        if parts.len() < 2 || parts.len() > 3 || !parts.iter().all(capitalised) {
            return Vec::new();
        }
        // The last part may go on: "Gorakhpur-New Butwal".
        let mut last = i;
        while last + 1 < toks.len()
            && last + 1 - i < MAX_WORDS
            && self.spaced(toks, last, last + 1)
            && toks[last + 1].shape == Shape::Capitalised
            && self.name_word(toks[last + 1])
        {
            last += 1;
        }
        if let Some(end) = parts.last_mut() {
            end.end = toks[last].end;
        }
        let route_after = toks.get(last + 1).is_some_and(|n| {
            n.shape == Shape::Lower
                && self.spaced(toks, last, last + 1)
                && self
                    .g
                    .words
                    .contains(WordClass::RouteNoun, self.tokens.lower(n))
        });
        let between = i >= 1 && {
            let before = self.tokens.lower(toks[i - 1]);
            before == "between"
                || (before == "and"
                    && i >= 3
                    && self.tokens.lower(toks[i - 3]) == "between"
                    && self.text[toks[i - 2].start..toks[i - 2].end].contains('-'))
        };
        if !(route_after || between) {
            return Vec::new();
        }
        parts
            .into_iter()
            .filter(|r| self.units.overlapping(r.clone()).next().is_none())
            .collect()
    }

    fn is_place(&self, u: &Unit) -> bool {
        match u.kind {
            UnitKind::Place(p) => self.g.places[p as usize].kind != PlaceKind::Sea,
            UnitKind::Shaped {
                kind: ShapedKind::Place,
                ..
            } => true,
            _ => false,
        }
    }

    /// Whether token `t` is a capitalised word that may name a place: no function word, no
    /// title or common word of `not_name`.
    fn name_word(&self, t: &Token) -> bool {
        let w = &self.text[t.start..t.end];
        t.shape == Shape::Capitalised
            && !lexicon::is_name_stopword(w)
            && !self
                .g
                .words
                .contains(WordClass::NotName, self.tokens.lower(t))
    }

    /// Whether words `a` and `b` stand one space apart.
    fn spaced(&self, toks: &[&Token], a: usize, b: usize) -> bool {
        self.text.get(toks[a].end..toks[b].start) == Some(" ")
    }
}

/// One end of a route.
enum End {
    /// A place a unit names.
    Place,
    /// Capitalised words no unit covers.
    Unknown(Range<usize>),
}
