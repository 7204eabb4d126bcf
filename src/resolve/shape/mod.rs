//! Bodies and places no gazetteer lists, read from their shape: capitalised words around a head
//! noun of words.csv ("Japan International Cooperation Agency", "Ministry of Energy of
//! Turkmenistan", "Bandaranaike International Airport", "Great Hall of the People").
//!
//! A head noun of `org_head` makes a body, one of `place_head` a place; a head noun in both
//! ("Centre") makes a body when it opens the name ("Centre for Policy Studies") and a place when
//! it ends it ("Kuala Lumpur Convention Centre"). The capitalised words before the head, and a
//! tail of "of"/"for" with capitalised words after it, are the name. Gazetteer names inside it
//! give way to it, except that a country inside is still that country's mention (and the
//! body's country), and an organisation inside is still its own mention ("African Union
//! Commission"). A name the gazetteers know whole, or know but for a country before it ("Indian
//! External Affairs Ministry"), is left to them.

mod reader;

use std::collections::HashSet;
use std::ops::Range;

use crate::gazetteer::{Gazetteer, PlaceKind, WordClass};
use crate::text::tokens::{Shape, Token, Tokens};

use crate::entity::EntityType;

use super::doc::{Doc, Form};
use super::phrase::Phrase;
use super::place::{after_locative, place_mention};
use super::units::{self, Sorted, Unit, UnitKind};
use reader::Reader;

/// What a name read from its shape names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ShapedKind {
    /// A body: it may speak, meet and sign.
    Organisation,
    /// A gathering named like a body ("Munich Security Conference"): an organisation entity that
    /// does not act.
    Gathering,
    Place,
}

/// Words that join capitalised words inside a name ("Transport and Communications Agency").
pub(super) fn is_connector(w: &str) -> bool {
    matches!(w, "and" | "&" | "of" | "for" | "the" | "de" | "du" | "des")
}

/// Words after a head noun that open its tail ("Ministry of Energy", "Centre for ...",
/// "Commission on Human Rights"). Not "in": "the School in Riyadh" is a body and a place; but
/// a head of words.csv's `posted_head` goes on with "in" or "to" and a place ("African Union
/// Mission in Somalia", "EU Delegation to Pakistan").
fn opens_tail(w: &str) -> bool {
    matches!(w, "of" | "for" | "on")
}

/// Adds the names read from their shape as [`UnitKind::Shaped`] units; the units inside a name
/// give way to it.
pub(super) fn add_shaped(g: &Gazetteer, doc: &Doc, text: &str, units: &mut Vec<Unit>) {
    let tokens = &doc.tokens;
    let mut lower_words: Option<HashSet<&str>> = None;
    // (name, kind, sentence, where the words that may give its country end)
    let mut found: Vec<(Range<usize>, ShapedKind, usize, usize)> = Vec::new();
    let sorted = Sorted::new(units);
    for (si, s) in doc.sentences.iter().enumerate() {
        let toks: Vec<&Token> = tokens.within(s.range.clone()).iter().collect();
        for h in 0..toks.len() {
            if let Some(left) = facility(g, tokens, text, &sorted, &toks, h) {
                // "the total Capital base": words the text writes in lower case are no name.
                let lw = lower_words.get_or_insert_with(|| tokens.lower_case_words());
                let common = toks[left..h]
                    .iter()
                    .filter(|t| t.shape != Shape::Lower)
                    .all(|t| lw.contains(tokens.lower(t)));
                if !common {
                    let end = toks[h].end;
                    found.push((toks[left].start..end, ShapedKind::Place, si, end));
                }
                continue;
            }
            let Some(kind) = head_kind(g, tokens, &toks, h) else {
                continue;
            };
            let Some((left, right, kind)) = extent(g, tokens, text, &sorted, &toks, (h, kind))
            else {
                continue;
            };
            // A sentence's first word is a name's only if the text never writes it in lower case.
            let mut left = left;
            if left == first_word(&toks) {
                let lw = lower_words.get_or_insert_with(|| tokens.lower_case_words());
                if lw.contains(tokens.lower(toks[left])) {
                    left += 1;
                }
            }
            let capitalised = toks[left..=right]
                .iter()
                .filter(|t| matches!(t.shape, Shape::Capitalised | Shape::AllCaps))
                .count();
            if capitalised >= 2 && left <= h {
                let end = toks[right].end - possessive_len(tokens.lower(toks[right]));
                // Where a posted body is ("Mission in Somalia") is not whose it is.
                let whose_end = match toks.get(h + 1) {
                    Some(t) if right > h && matches!(tokens.lower(t), "in" | "to") => t.start,
                    _ => end,
                };
                found.push((toks[left].start..end, kind, si, whose_end));
            }
        }
    }
    // The longest name wins where two overlap.
    found.sort_by_key(|(r, ..)| (std::cmp::Reverse(r.len()), r.start));
    let mut kept: Vec<(Range<usize>, ShapedKind, usize, usize)> = Vec::new();
    for f in found {
        if !kept
            .iter()
            .any(|k| k.0.start < f.0.end && f.0.start < k.0.end)
        {
            kept.push(f);
        }
    }
    let mut added = Vec::new();
    let mut dropped: HashSet<usize> = HashSet::new();
    for (range, kind, si, whose_end) in kept {
        let inside: Vec<usize> = sorted.overlapping(range.clone()).collect();
        if inside
            .iter()
            .any(|&i| !(range.start <= units[i].range.start && units[i].range.end <= range.end))
        {
            continue;
        }
        if known_whole(g, text, units, &inside, &range) {
            continue;
        }
        let named = inside
            .iter()
            .filter(|&&i| units[i].range.end <= whose_end)
            .find_map(|&i| country_of(g, &units[i]));
        // A place inside a place gives its country, unnamed ("Colombo Port City"); not a
        // body's ("the Embassy in Kabul" is not Afghanistan's).
        let country = named.as_ref().map(|(c, _)| *c).or_else(|| {
            let place = kind == ShapedKind::Place;
            inside
                .iter()
                .filter(|_| place)
                .find_map(|&i| match units[i].kind {
                    UnitKind::Place(p) => g.places[p as usize]
                        .country
                        .as_deref()
                        .and_then(|c| g.country_index(c))
                        .map(|c| c as u32),
                    _ => None,
                })
        });
        let embedded_org = inside.iter().find_map(|&i| match units[i].kind {
            UnitKind::Org(o) => Some((units[i].range.clone(), o)),
            _ => None,
        });
        dropped.extend(inside.iter().copied());
        let mut u = Unit::new(
            range,
            UnitKind::Shaped {
                kind,
                country,
                named_at: named.map(|(_, r)| r),
                name: None,
            },
            si,
        );
        u.embedded_org = embedded_org;
        added.push(u);
    }
    if added.is_empty() {
        return;
    }
    let mut i = 0;
    units.retain(|_| {
        i += 1;
        !dropped.contains(&(i - 1))
    });
    units.extend(added);
    units::sort(units);
}

/// The kind of name whose head noun is token `h`, if it is one: capitalised, and of `org_head`
/// or `place_head` (a noun of both is a body when a tail follows it, else a place).
fn head_kind(g: &Gazetteer, tokens: &Tokens, toks: &[&Token], h: usize) -> Option<ShapedKind> {
    if toks[h].shape != Shape::Capitalised {
        return None;
    }
    let w = tokens.lower(toks[h]);
    let w = &w[..w.len() - possessive_len(w)];
    if g.words.contains(WordClass::GatheringHead, w) {
        return Some(ShapedKind::Gathering);
    }
    let org = g.words.contains(WordClass::OrgHead, w);
    let place = g.words.contains(WordClass::PlaceHead, w);
    let tail = toks.get(h + 1).is_some_and(|t| opens_tail(tokens.lower(t)));
    match (org, place) {
        (true, true) if tail => Some(ShapedKind::Organisation),
        (true, true) | (false, true) => Some(ShapedKind::Place),
        (true, false) => Some(ShapedKind::Organisation),
        (false, false) => None,
    }
}

/// "Orly airport", "the Turgundi railway station": a lower-case noun of words.csv's
/// `facility_noun` at token `h` after a capitalised name (and at most one lower-case word) is
/// a place named with the noun; returns the name's first token. The name's words are no known
/// name but a country's ("Nepal Custom yard"): "Karachi airport" stays Karachi, and neither "the
/// Pakistani airbase" nor "the Foreign Office building" is a facility's name.
fn facility(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    units: &Sorted,
    toks: &[&Token],
    h: usize,
) -> Option<usize> {
    let t = toks[h];
    if t.shape != Shape::Lower || !g.words.contains(WordClass::FacilityNoun, tokens.lower(t)) {
        return None;
    }
    let read = Reader { tokens, text, toks };
    let mut last = h.checked_sub(1)?;
    if toks[last].shape == Shape::Lower && last > 0 && read.spaced(last, h) {
        let w = tokens.lower(toks[last]);
        // "the SLPA owned terminal": a participle is no modifier of a facility's name.
        if crate::text::lexicon::is_name_stopword(w) || w.ends_with("ed") {
            return None;
        }
        last -= 1;
    }
    let next = last + 1;
    if !read.spaced(last, next) || !read.name_word(last) {
        return None;
    }
    // A known place keeps its name ("Karachi airport" is Karachi's); nor is a country, a
    // demonym or a body the name of a facility.
    if units.at(toks[last].start).is_some()
        || g.words
            .contains(WordClass::NotName, tokens.lower(toks[last]))
    {
        return None;
    }
    let left = read.left(units, last, ShapedKind::Place, false)?;
    let known = (left..last).any(|i| {
        units.at(toks[i].start).is_some_and(|u| !matches!(u.kind, UnitKind::Place(p) if g.places[p as usize].kind == PlaceKind::Country))
    });
    (!known).then_some(left)
}

/// The first and last tokens of the name around head `h`, and its kind: capitalised words (and
/// the gazetteer names they belong to) before it, and a tail after it; `None` when `h` heads no
/// name.
fn extent(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    units: &Sorted,
    toks: &[&Token],
    (h, kind): (usize, ShapedKind),
) -> Option<(usize, usize, ShapedKind)> {
    let read = Reader { tokens, text, toks };
    // The head ends a run of capitalised words, or opens a tail; inside a known name it may
    // only end it ("Kenyan National Intelligence Bureau"), with no tail after.
    let posted = g
        .words
        .contains(WordClass::PostedHead, tokens.lower(toks[h]));
    let tail = toks.get(h + 1).filter(|t| {
        let w = tokens.lower(t);
        read.spaced(h, h + 1) && (opens_tail(w) || (posted && matches!(w, "in" | "to")))
    });
    let inside_known = units.at(toks[h].start).is_some_and(|u| {
        tail.is_some() || u.range.end != toks[h].end || !matches!(u.kind, UnitKind::Org(_))
    });
    // "Foreign Ministry’s website": the name ends before the possessive.
    if inside_known || (read.possessive(h) && tail.is_some()) {
        return None;
    }
    // The head ends the name unless a capitalised word goes on with it; a title after it
    // does not ("Digital Cooperation Organisation Secretary General Deemah Al Yahya").
    let title_next = toks.get(h + 1).is_some_and(|t| {
        units
            .at(t.start)
            .is_some_and(|u| matches!(u.kind, UnitKind::Role { .. }))
    });
    if tail.is_none()
        && h + 1 < toks.len()
        && read.spaced(h, h + 1)
        && read.name_word(h + 1)
        && !title_next
    {
        return None;
    }
    let right = match tail {
        Some(_) => read.tail(g, units, h, kind),
        None => h,
    };
    // A head of both kinds ("Centre") is a body when a tail follows it, else a place.
    let kind = match kind {
        ShapedKind::Organisation if right == h && both(g, read.lower(h)) => ShapedKind::Place,
        k => k,
    };
    let left = read.left(units, h, kind, right > h)?;
    Some((left, right, kind))
}

/// The bytes of a possessive ending of lower-case word `w` ("’s", "'s"), or 0.
fn possessive_len(w: &str) -> usize {
    ["’s", "'s"]
        .iter()
        .find(|s| w.ends_with(**s))
        .map_or(0, |s| s.len())
}

/// Whether `w` is a head noun of both bodies and places ("centre").
fn both(g: &Gazetteer, w: &str) -> bool {
    g.words.contains(WordClass::OrgHead, w) && g.words.contains(WordClass::PlaceHead, w)
}

/// The index of a sentence's first word among `toks`.
fn first_word(toks: &[&Token]) -> usize {
    toks.iter().position(|t| t.shape.is_word()).unwrap_or(0)
}

/// Whether the gazetteers know the name in `range` already: one unit covers it whole, or it is
/// one organisation with nothing but countries and "the" before it.
fn known_whole(
    g: &Gazetteer,
    text: &str,
    units: &[Unit],
    inside: &[usize],
    range: &Range<usize>,
) -> bool {
    let whole = inside.iter().any(|&i| {
        units[i].range == *range
            && matches!(
                units[i].kind,
                UnitKind::Org(_)
                    | UnitKind::Agreement(_)
                    | UnitKind::Person(_)
                    | UnitKind::Place(_)
            )
    });
    let orgs: Vec<usize> = inside
        .iter()
        .copied()
        .filter(|&i| matches!(units[i].kind, UnitKind::Org(_)))
        .collect();
    // "Indian External Affairs Ministry" is India's ministry; "Kenyan National Intelligence
    // Bureau" is not Ghana's because Ghana's has that name too.
    let only_countries_else = orgs.len() == 1 && {
        let o = &units[orgs[0]].range;
        let UnitKind::Org(row) = units[orgs[0]].kind else {
            return whole;
        };
        let own = g.organisations[row as usize].country.as_deref();
        let before = &text[range.start..o.start];
        o.end == range.end
            && inside.iter().filter(|&&i| i != orgs[0]).all(|&i| {
                country_of(g, &units[i]).is_some_and(|(c, _)| {
                    own.is_none() || g.places[c as usize].country.as_deref() == own
                })
            })
            && before.split_whitespace().all(|w| {
                inside
                    .iter()
                    .any(|&i| text[units[i].range.clone()].contains(w))
            })
    };
    whole || only_countries_else
}

/// The country (place row) and range a unit names, if it names one: a country, a demonym, or a
/// place of a country.
fn country_of(g: &Gazetteer, u: &Unit) -> Option<(u32, Range<usize>)> {
    match u.kind {
        UnitKind::Demonym(c) => Some((c, u.range.clone())),
        UnitKind::Place(p) if g.places[p as usize].kind == PlaceKind::Country => {
            Some((p, u.range.clone()))
        }
        _ => None,
    }
}

/// Resolves a phrase headed by the shaped unit `u`: a body acts (it may speak, meet or sign), a
/// place is where something happens.
pub(super) fn resolve(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    u: &Unit,
    doc: &mut Doc,
) -> Option<usize> {
    let UnitKind::Shaped {
        kind,
        country,
        name,
        ..
    } = &u.kind
    else {
        return None;
    };
    let code = country.and_then(|c| g.places[c as usize].country.clone());
    let name = name.as_deref().unwrap_or(&text[u.range.clone()]);
    match kind {
        ShapedKind::Organisation | ShapedKind::Gathering => {
            let e = doc.shaped(EntityType::Organisation, name, code);
            doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
            (*kind == ShapedKind::Organisation).then_some(e)
        }
        ShapedKind::Place => {
            let e = doc.shaped(EntityType::Place, name, code);
            doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
            place_mention(doc, e, u, p, after_locative(g, p));
            None
        }
    }
}
