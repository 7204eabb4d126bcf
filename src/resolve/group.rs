//! Noun-phrase grouping: which units of a sentence join into one phrase, by slot and the gap between.

use crate::gazetteer::{Gazetteer, RoleKind, WordClass};
use crate::text;

use super::shape::ShapedKind;
use super::units::{Unit, UnitKind};

/// The slot a unit fills in a noun phrase, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Qualifier,
    Title,
    Name,
    Org,
    Place,
    Other,
}

fn slot(u: &Unit) -> Slot {
    match u.kind {
        UnitKind::Demonym(_) => Slot::Qualifier,
        UnitKind::Place(_) => Slot::Place,
        UnitKind::Role { .. } => Slot::Title,
        _ if u.is_name() => Slot::Name,
        UnitKind::Org(_)
        | UnitKind::Shaped {
            kind: ShapedKind::Organisation | ShapedKind::Gathering,
            ..
        } => Slot::Org,
        UnitKind::Shaped { .. } => Slot::Place,
        _ => Slot::Other,
    }
}

/// Whether `gap` may stand between a country and a title: "’s", then white space and up to
/// three title modifiers of words.csv, each followed by white space ("Pakistan's top military",
/// "Iranian caretaker").
pub(super) fn qualifier_gap(g: &Gazetteer, gap: &str) -> bool {
    let rest = gap
        .strip_prefix("’s")
        .or_else(|| gap.strip_prefix("'s"))
        .unwrap_or(gap);
    let spaced = rest.starts_with(char::is_whitespace) && rest.ends_with(char::is_whitespace);
    let mut words = rest.split_whitespace();
    spaced
        && words
            .by_ref()
            .take(3)
            .all(|w| g.words.contains(WordClass::TitleModifier, w))
        && words.next().is_none()
}

/// Whether `gap` opens an apposition after a name: ", a", ", an" or ", the", then up to three
/// title modifiers of words.csv ("Maria Lopez, a senior Colombian official").
fn apposition_gap(g: &Gazetteer, gap: &str) -> bool {
    let Some(rest) = [", a ", ", an ", ", the "]
        .iter()
        .find_map(|d| gap.strip_prefix(d))
    else {
        return false;
    };
    let mut words = rest.split_whitespace();
    (rest.is_empty() || rest.ends_with(' '))
        && words
            .by_ref()
            .take(3)
            .all(|w| g.words.contains(WordClass::TitleModifier, w))
        && words.next().is_none()
}

/// Groups a sentence's units into noun phrases; returns indices into `units`.
pub(super) fn noun_phrases(g: &Gazetteer, text: &str, units: &[Unit]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut last_end = 0usize;
    for (i, u) in units.iter().enumerate() {
        let joined = out.last().is_some_and(|phrase| {
            let gap = text.get(last_end..u.range.start).unwrap_or(" x ");
            joins(g, text, units, phrase, i, gap)
        });
        if joined {
            if let Some(p) = out.last_mut() {
                p.push(i);
            }
            if text[u.range.end..].starts_with(')') {
                last_end = u.range.end + 1;
            } else {
                last_end = u.range.end;
            }
        } else {
            out.push(vec![i]);
            last_end = u.range.end;
        }
    }
    out
}

/// Whether unit `i`, after `gap`, joins the noun phrase `phrase` before it.
fn joins(g: &Gazetteer, text: &str, units: &[Unit], phrase: &[usize], i: usize, gap: &str) -> bool {
    let office = |u: &Unit| matches!(u.kind, UnitKind::Role { role, .. } if g.roles[role as usize].kind == RoleKind::Office);
    let generic = |u: &Unit| matches!(u.kind, UnitKind::Role { role, .. } if g.roles[role as usize].kind == RoleKind::Generic);
    let u = &units[i];
    let prev = &units[*phrase.last().unwrap_or(&i)];
    // A bracketed acronym right after a phrase belongs to it.
    if (gap == " (" || gap == "(") && text[u.range.end..].starts_with(')') {
        return true;
    }
    let place_like = |u: &Unit| matches!(u.kind, UnitKind::Place(_) | UnitKind::Demonym(_));
    let is_country_or_capital = |u: &Unit| place_like(u) && slot(u) != Slot::Other;
    match (slot(prev), slot(u)) {
        (Slot::Qualifier | Slot::Place, Slot::Title | Slot::Name)
            if is_country_or_capital(prev) =>
        {
            qualifier_gap(g, gap)
        }
        (Slot::Qualifier | Slot::Place, Slot::Org) => gap == "’s " || gap == "'s " || gap == " ",
        (Slot::Title, Slot::Title) => gap == " " || gap == ", " || gap == " and ",
        (Slot::Title, Slot::Name) => gap == " " || gap == ", ",
        (Slot::Title, Slot::Qualifier | Slot::Place | Slot::Org) => {
            gap == " of " || gap == " of the "
        }
        (Slot::Org, Slot::Title) => gap == " " || gap == "’s " || gap == "'s ",
        (Slot::Name, Slot::Title) => {
            let titled = (matches!(gap, ", " | ", the " | ", a " | ", an ") && office(u))
                || (apposition_gap(g, gap) && generic(u));
            titled && !phrase.iter().any(|&k| office(&units[k])) && !titles_a_name(text, units, i)
        }
        // "Maria Lopez, a senior Colombian official", "Hussein al-Ezzi, a Houthi official".
        (Slot::Name, Slot::Qualifier | Slot::Place | Slot::Org) => {
            let plain = gap == ", " && slot(u) != Slot::Org;
            (plain || apposition_gap(g, gap))
                && units.get(i + 1).is_some_and(|n| {
                    let between = text::span(text, u.range.end, n.range.start);
                    slot(n) == Slot::Title
                        && (qualifier_gap(g, between) || (slot(u) == Slot::Org && between == " "))
                        && (office(n) || (!plain && generic(n)))
                })
                && !titles_a_name(text, units, i + 1)
        }
        _ => false,
    }
}

/// Whether the titles starting at unit `i` go on to a name of their own ("Li Qiang, Iran's First
/// Vice President Mohammad Reza Aref" is a list of two people, not an apposition), also through a
/// title's tail ("Tennakoon, Commander of the Sri Lanka Navy Vice Admiral Priyantha Perera").
fn titles_a_name(text: &str, units: &[Unit], i: usize) -> bool {
    let mut j = i;
    while let Some(n) = units.get(j + 1) {
        let gap = &text[units[j].range.end..n.range.start];
        let step = match (slot(&units[j]), slot(n)) {
            (Slot::Title, Slot::Title) => gap.trim().is_empty(),
            (Slot::Title, Slot::Qualifier | Slot::Place | Slot::Org) => {
                gap == " of " || gap == " of the "
            }
            (Slot::Qualifier | Slot::Place | Slot::Org, Slot::Title) => gap == " ",
            _ => false,
        };
        if !step {
            break;
        }
        j += 1;
    }
    let after_tail = slot(&units[j]) != Slot::Title;
    units.get(j + 1).is_some_and(|n| {
        let gap = &text[units[j].range.end..n.range.start];
        slot(n) == Slot::Name && (gap == " " || (gap == ", " && !after_tail))
    })
}
