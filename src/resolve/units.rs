//! Units: the matcher's hits, pronouns and group words, each read as one kind by precedence.

use std::ops::Range;

use anyhow::{Context, Result};
use regex::Regex;

use crate::gazetteer::{Gazetteer, PlaceKind, WordClass, Words};
use crate::matcher::{Matcher, Target};
use crate::text::clean::Article;
use crate::text::spans::{sentence_of, Taken};

use super::doc::{CueHit, Doc, Group};
use super::shape::ShapedKind;

/// What a unit stands for.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum UnitKind {
    /// A full name: the candidate people rows.
    Person(Vec<u32>),
    /// A surname or one-word alias: the candidate people rows.
    Surname(Vec<u32>),
    Org(u32),
    Place(u32),
    /// A demonym: the country's place row.
    Demonym(u32),
    Agreement(u32),
    /// A role title, with the country it names itself.
    Role {
        role: u32,
        country: Option<u32>,
        /// Where an envoy is posted ("Ambassador to Sri Lanka"): named, but not their country.
        posting: Option<u32>,
    },
    /// A name no gazetteer knows, read after or before a title.
    Unknown,
    /// A body or place no gazetteer knows, read from its head noun, with the country it names
    /// (and where) or the country of a place inside it.
    Shaped {
        kind: ShapedKind,
        country: Option<u32>,
        named_at: Option<Range<usize>>,
        /// The name, when it is not the text's words ("Uruguayan coast guard" for "Uruguay's
        /// coast guard").
        name: Option<String>,
    },
    /// A later use of a name the document itself introduced.
    LocalAlias {
        /// The byte where the unit that introduced the name starts.
        defined_at: usize,
    },
    /// "Mirjaveh-Taftan border gate".
    Crossing,
    /// "he", "she".
    Pronoun,
    /// "they".
    Plural,
    Group(Group),
}

/// A stretch of a sentence that names or refers to something.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    pub range: Range<usize>,
    pub kind: UnitKind,
    pub sentence: usize,
    /// An organisation a role title names inside itself.
    pub embedded_org: Option<(Range<usize>, u32)>,
}

impl Unit {
    /// A unit of `kind` at `range` in sentence `sentence`, with no organisation inside.
    pub fn new(range: Range<usize>, kind: UnitKind, sentence: usize) -> Unit {
        Unit {
            range,
            kind,
            sentence,
            embedded_org: None,
        }
    }

    /// Whether it is a name of a person: full, surname, unknown or local.
    pub fn is_name(&self) -> bool {
        matches!(
            self.kind,
            UnitKind::Person(_)
                | UnitKind::Surname(_)
                | UnitKind::Unknown
                | UnitKind::LocalAlias { .. }
        )
    }
}

/// Units sorted by start, with the longest unit's length: what covers a byte or overlaps a
/// range is found by binary search, not by a walk over every unit (documents may hold
/// millions of units).
pub(super) struct Sorted<'u> {
    units: &'u [Unit],
    longest: usize,
}

impl<'u> Sorted<'u> {
    /// `units`, which must be sorted by start.
    pub fn new(units: &'u [Unit]) -> Sorted<'u> {
        let longest = units.iter().map(|u| u.range.len()).max().unwrap_or(0);
        Sorted { units, longest }
    }

    /// The indices of the units that overlap `range`, in order.
    pub fn overlapping(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let from = range.start.saturating_sub(self.longest);
        let first = self.units.partition_point(|u| u.range.start < from);
        let last = self.units.partition_point(|u| u.range.start < range.end);
        (first..last).filter(move |&i| self.units[i].range.end > range.start)
    }

    /// The first unit covering byte `pos`.
    pub fn at(&self, pos: usize) -> Option<&'u Unit> {
        self.overlapping(pos..pos + 1)
            .next()
            .map(|i| &self.units[i])
    }

    /// The first unit starting at byte `pos`.
    pub fn starting_at(&self, pos: usize) -> Option<&'u Unit> {
        Sorted::starting_in(self.units, pos)
            .iter()
            .take_while(|u| u.range.start == pos)
            .next()
    }

    /// The units of sorted `units` that start at `pos` or later, in order.
    pub fn starting_in(units: &[Unit], pos: usize) -> &[Unit] {
        &units[units.partition_point(|u| u.range.start < pos)..]
    }
}

/// Sorts units by start, the longer first.
pub(super) fn sort(units: &mut [Unit]) {
    units.sort_by_key(|u| (u.range.start, std::cmp::Reverse(u.range.end)));
}

/// The units of the matcher's hits in `article`, in hit order; the cue hits go to `doc.cues`.
pub(super) fn from_hits(
    g: &Gazetteer,
    m: &Matcher,
    text: &str,
    article: &Article,
    doc: &mut Doc,
) -> Vec<Unit> {
    let mut units = Vec::new();
    for block in &article.body {
        for hit in m.find(text, block.range.clone()) {
            let Some(sentence) = sentence_of(&doc.sentences, hit.range.start) else {
                continue;
            };
            for t in &hit.targets {
                if let Target::Cue(c) = t {
                    doc.cues.push(CueHit {
                        cue: *c as usize,
                        range: hit.range.clone(),
                        sentence,
                    });
                }
            }
            if let Some(kind) = unit_kind(g, &hit.targets) {
                units.push(Unit {
                    range: hit.range.clone(),
                    kind,
                    sentence,
                    embedded_org: hit.embedded_org.clone(),
                });
            }
        }
    }
    units
}

/// What a hit with these targets is, by precedence: full names first, then organisations,
/// agreements, places (countries before capitals before provinces before cities), demonyms,
/// titles, and surnames last.
fn unit_kind(g: &Gazetteer, targets: &[Target]) -> Option<UnitKind> {
    let (mut persons, mut orgs, mut agreements, mut places, mut demonyms, mut surnames) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    let mut role = None;
    for t in targets {
        match *t {
            Target::Person(p) => persons.push(p),
            Target::Organisation(o) => orgs.push(o),
            Target::Agreement(a) => agreements.push(a),
            Target::Place(p) => places.push(p),
            Target::Demonym(c) => demonyms.push(c),
            Target::Surname(p) => surnames.push(p),
            Target::Role {
                role: r,
                country,
                posting,
            } if role.is_none() => {
                role = Some(UnitKind::Role {
                    role: r,
                    country,
                    posting,
                })
            }
            Target::Role { .. } | Target::Cue(_) => {}
        }
    }
    let place_rank = |p: &u32| match g.places[*p as usize].kind {
        PlaceKind::Country => 0,
        PlaceKind::Capital => 1,
        PlaceKind::Province => 2,
        PlaceKind::City => 3,
        _ => 4,
    };
    if !persons.is_empty() {
        return Some(UnitKind::Person(persons));
    }
    orgs.first()
        .map(|&o| UnitKind::Org(o))
        .or_else(|| agreements.first().map(|&a| UnitKind::Agreement(a)))
        .or_else(|| {
            places
                .iter()
                .min_by_key(|p| place_rank(p))
                .map(|&p| UnitKind::Place(p))
        })
        .or_else(|| demonyms.first().map(|&c| UnitKind::Demonym(c)))
        .or(role)
        .or_else(|| (!surnames.is_empty()).then_some(UnitKind::Surname(surnames)))
}

/// The patterns of pronouns and group words, tried in this order: the determiners are grammar,
/// the nouns come from words.csv. Built once per extractor.
#[derive(Debug, Clone)]
pub struct References(Vec<(Regex, UnitKind)>);

impl References {
    /// The patterns over the word lists of `words`.
    pub fn new(words: &Words) -> Result<References> {
        let re = |s: String| Regex::new(&s).context("cannot build the group-word patterns");
        let both = r"\b(?:[Bb]oth|[Tt]he two)\s+";
        Ok(References(vec![
            (
                re(format!(
                    r"\b(?:[Bb]oth|[Tt]he two|[Tt]he 2)\s+{}\b",
                    words.alternation(WordClass::PairCountries)
                ))?,
                UnitKind::Group(Group::Countries),
            ),
            (
                re(format!(
                    r"{both}{}\b",
                    words.alternation(WordClass::PairSides)
                ))?,
                UnitKind::Group(Group::Sides),
            ),
            (
                re(format!(
                    r"{both}{}\b",
                    words.alternation(WordClass::PairPeople)
                ))?,
                UnitKind::Group(Group::People),
            ),
            (
                re(format!(
                    r"\b[Tt]he\s+(?:{}\s+)?country\b",
                    words.alternation(WordClass::OneCountry)
                ))?,
                UnitKind::Group(Group::Country),
            ),
            (re(r"\b(?:He|She|he|she)\b".into())?, UnitKind::Pronoun),
            (re(r"\b(?:They|they)\b".into())?, UnitKind::Plural),
        ]))
    }
}

/// Pronouns and group words ("both sides"), which no gazetteer lists, where no unit is.
pub(super) fn add_reference_words(
    references: &References,
    text: &str,
    doc: &Doc,
    units: &mut Vec<Unit>,
) {
    let mut taken = Taken::of(units.iter().map(|u| &u.range));
    for (si, s) in doc.sentences.iter().enumerate() {
        let st = &text[s.range.clone()];
        for (re, kind) in &references.0 {
            for m in re.find_iter(st) {
                let range = s.range.start + m.start()..s.range.start + m.end();
                if taken.overlaps(&range) {
                    continue;
                }
                taken.insert(range.clone());
                units.push(Unit::new(range, kind.clone(), si));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_words_are_tried_in_order() {
        let g = crate::Gazetteer::builtin().unwrap();
        let references = References::new(&g.words).unwrap();
        let kinds: Vec<_> = references
            .0
            .iter()
            .filter(|(re, _)| re.is_match("both governments"))
            .map(|(_, k)| k.clone())
            .collect();
        assert_eq!(kinds[0], UnitKind::Group(Group::Countries));
    }
}
