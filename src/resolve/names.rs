//! Names no gazetteer knows: after or before a title, and later uses of names the text introduced.

use std::collections::HashSet;
use std::ops::Range;

use aho_corasick::AhoCorasick;

use crate::entity::EntityType;
use crate::gazetteer::{Gazetteer, RoleKind, WordClass};
use crate::text::spans::{sentence_of, Taken};
use crate::text::tokens::Tokens;
use crate::text::{self, char_at, lexicon};

use super::after_title;
use super::doc::{Doc, Form};
use super::group::qualifier_gap;
use super::phrase::Phrase;
use super::units::{self, Unit, UnitKind};

/// The acronym in brackets right after byte `end` ("Belt and Road Initiative (BRI)"): the range of
/// its letters, inside the brackets.
pub(super) fn bracketed_acronym(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text[end..].strip_prefix(" (")?;
    let inner = &rest[..rest.find(')')?];
    let acronym = inner.len() <= 10
        && !inner.contains(' ')
        && inner.chars().filter(char::is_ascii_uppercase).count() >= 2;
    let start = end + 2;
    acronym.then(|| start..start + inner.len())
}

/// Whether all the letters of `s` are capitals.
pub(super) fn all_caps(s: &str) -> bool {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// Whether `w` may be a word of a name: capitalised, or a particle ("bin", "al-Sisi") after the
/// first word, and no title or institution word of words.csv's `not_name` ("Chief Operating
/// Officer").
pub(super) fn name_word(g: &Gazetteer, w: &str, first: bool) -> bool {
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    let lower = w.to_lowercase();
    let hyphened = lower.split_once('-').is_some_and(|(p, rest)| {
        lexicon::is_name_particle(p) && rest.starts_with(|c: char| c.is_alphabetic())
    });
    let particle = !first && (lexicon::is_name_particle(&lower) || hyphened);
    // "Manager-Enterprise": a title word joined to another is no name either.
    let title_part = lower
        .split('-')
        .any(|part| g.words.contains(WordClass::NotName, part));
    (capital || particle) && !lexicon::is_name_stopword(w) && !title_part
}

/// Adds as [`UnitKind::Unknown`] the names right after or before a title that no gazetteer
/// knows; a lone surname match inside such a name gives way to it.
pub(super) fn add_unknown_names(g: &Gazetteer, tokens: &Tokens, text: &str, units: &mut Vec<Unit>) {
    let mut added = Vec::new();
    // What a new name may not overlap (a lone surname match does not block a longer name:
    // "Zheng" of "Zheng Shanjie"), and where surname matches start.
    let mut blocking = Taken::of(
        units
            .iter()
            .filter(|u| !matches!(u.kind, UnitKind::Surname(_)))
            .map(|u| &u.range),
    );
    let surname_starts: HashSet<usize> = units
        .iter()
        .filter(|u| matches!(u.kind, UnitKind::Surname(_)))
        .map(|u| u.range.start)
        .collect();
    for (i, u) in units.iter().enumerate() {
        if let Some(range) =
            after_title::name_after_title(g, tokens, text, units, i, &surname_starts)
        {
            blocking.insert(range.clone());
            added.push(Unit::new(
                range.clone(),
                read_name(g, &text[range]),
                u.sentence,
            ));
        }
    }
    for (i, u) in units.iter().enumerate() {
        if let Some(range) = name_before_title(g, tokens, text, units, i, &blocking) {
            blocking.insert(range.clone());
            added.push(Unit::new(
                range.clone(),
                read_name(g, &text[range]),
                u.sentence,
            ));
        }
    }
    // A name of one word that the text also writes in lower case is a common word ("Chief
    // Guest", "General Election"), and so is a longer one all of whose words it writes so.
    let lower = if added.is_empty() {
        Default::default()
    } else {
        tokens.lower_case_words()
    };
    added.retain(|a| {
        if a.kind != UnitKind::Unknown {
            return true;
        }
        let words: Vec<String> = text[a.range.clone()]
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| !lexicon::is_name_particle(w))
            .collect();
        !words.iter().all(|w| lower.contains(w.as_str()))
    });
    let names = Taken::of(added.iter().map(|a| &a.range));
    units.retain(|u| !(matches!(u.kind, UnitKind::Surname(_)) && names.covers(&u.range)));
    units.extend(added);
    units::sort(units);
}

/// A name read by its place in the text: a spelling variant of a gazetteer person's name
/// ("Abdelfatah al-Sisi"), with or without its initials ("Ralph E. Gonsalves"), is that person;
/// any other is unknown.
pub(super) fn read_name(g: &Gazetteer, name: &str) -> UnitKind {
    let rows = match g.people_by_variant(name) {
        [] => {
            // "Ralph E. Gonsalves" is "Ralph Gonsalves" written with an initial.
            let bare: Vec<&str> = name
                .split_whitespace()
                .filter(|w| w.trim_end_matches('.').chars().count() > 1)
                .collect();
            if bare.len() >= 2 && bare.len() < name.split_whitespace().count() {
                g.people_by_variant(&bare.join(" "))
            } else {
                &[]
            }
        }
        rows => rows,
    };
    match rows {
        [] => UnitKind::Unknown,
        rows => UnitKind::Person(rows.to_vec()),
    }
}

/// "Zheng Shanjie, chairman of ...", "Tahir Andrabi, the Foreign Office spokesperson": a name of
/// two words or more right before the office title unit `i` in apposition.
fn name_before_title(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    units: &[Unit],
    i: usize,
    blocking: &Taken,
) -> Option<Range<usize>> {
    let u = &units[i];
    let UnitKind::Role { role, .. } = u.kind else {
        return None;
    };
    if g.roles[role as usize].kind != RoleKind::Office {
        return None;
    }
    let mut before = text[..u.range.start].trim_end_matches(' ');
    for det in ["the", "a", "an", "The"] {
        if let Some(b) = before.strip_suffix(det) {
            if b.ends_with(' ') {
                before = b.trim_end_matches(' ');
            }
        }
    }
    // "X, Pakistan's ambassador": a qualifier may stand between.
    let prev = i.checked_sub(1).map(|k| &units[k]);
    if let Some(p) = prev.filter(|p| {
        matches!(p.kind, UnitKind::Demonym(_) | UnitKind::Place(_)) && p.range.end <= u.range.start
    }) {
        if qualifier_gap(g, text::span(text, p.range.end, u.range.start)) {
            before = text[..p.range.start].trim_end_matches(' ');
        }
    }
    let before = before.strip_suffix(',')?;
    name_ending_at(g, tokens, text, before.len(), |r| blocking.overlaps(r))
}

/// A name of two to four name words ending at byte `end` (only spaces between them), read back
/// from there: particles may stand inside or close it ("Hussein al-Ezzi") but not open it, a
/// bare particle does not close it, it is not all capitals, and none of its words is `blocked`.
pub(super) fn name_ending_at(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    end: usize,
    blocked: impl Fn(&Range<usize>) -> bool,
) -> Option<Range<usize>> {
    let base = text::floor_boundary(text, end.saturating_sub(80));
    let mut name: Vec<(usize, usize)> = Vec::new();
    for (s0, w) in tokens.words_in(text, base..end).rev() {
        let e0 = s0 + w.len();
        let gap_end = name.last().map_or(end, |l| l.0);
        let gap = text::span(text, e0, gap_end);
        if !gap.chars().all(|c| c == ' ') || name.len() == 4 {
            break;
        }
        let bare_particle = name.is_empty() && lexicon::is_name_particle(&w.to_lowercase());
        if bare_particle || !name_word(g, w, false) || blocked(&(s0..e0)) {
            break;
        }
        name.push((s0, e0));
    }
    while name
        .last()
        .is_some_and(|&(a, b)| !name_word(g, text::span(text, a, b), true))
    {
        name.pop();
    }
    let caps = name.iter().all(|&(a, b)| all_caps(text::span(text, a, b)));
    (name.len() >= 2 && !caps).then(|| name.last().map_or(0, |l| l.0)..name[0].1)
}

/// Later uses of names the document introduced: the surname of a person found by title, and an
/// acronym given in brackets after a name ("China's Road and Belt Initiative (RBI)").
pub(super) fn add_local_aliases(text: &str, doc: &Doc, units: &mut Vec<Unit>) {
    // (alias, where the defining unit starts, from which byte its uses count)
    let mut aliases: Vec<(String, usize, usize)> = Vec::new();
    let starts: HashSet<usize> = units.iter().map(|u| u.range.start).collect();
    for u in units.iter() {
        let defined_at = u.range.start;
        if u.kind == UnitKind::Unknown {
            let name = &text[u.range.clone()];
            aliases.push((name.to_string(), defined_at, u.range.end));
            if let Some(last) = name
                .split_whitespace()
                .last()
                .filter(|_| name.contains(' '))
            {
                if last.chars().count() >= 3 {
                    aliases.push((last.to_string(), defined_at, u.range.end));
                }
            }
        }
        if let Some(a) = bracketed_acronym(text, u.range.end) {
            if !starts.contains(&a.start) {
                aliases.push((text[a.clone()].to_string(), defined_at, a.end));
            }
        }
    }
    // The first definition of a name holds for all its later uses; later definitions of
    // the same name would find every use taken already.
    let mut distinct = HashSet::new();
    aliases.retain(|(alias, _, _)| !alias.is_empty() && distinct.insert(alias.clone()));
    if aliases.is_empty() {
        return;
    }
    // Every use of every alias in one pass over the text; then, as if each alias in
    // turn took its uses in text order, each use the first alias to reach it.
    let ac = AhoCorasick::new(aliases.iter().map(|(a, _, _)| a.as_str()))
        .expect("a few thousand short literals build");
    let mut uses: Vec<(usize, Range<usize>)> = ac
        .find_overlapping_iter(text)
        .filter(|m| {
            let (_, _, from) = &aliases[m.pattern().as_usize()];
            m.start() >= *from
                && !text::char_before(text, m.start()).is_some_and(char::is_alphanumeric)
                && !char_at(text, m.end()).is_some_and(char::is_alphanumeric)
        })
        .map(|m| (m.pattern().as_usize(), m.range()))
        .collect();
    uses.sort_by_key(|(alias, r)| (*alias, r.start));
    let mut taken = Taken::of(units.iter().map(|u| &u.range));
    let mut added = Vec::new();
    for (alias, range) in uses {
        let Some(si) = sentence_of(&doc.sentences, range.start) else {
            continue;
        };
        if range.end > doc.sentences[si].range.end || taken.overlaps(&range) {
            continue;
        }
        taken.insert(range.clone());
        let defined_at = aliases[alias].1;
        added.push(Unit::new(range, UnitKind::LocalAlias { defined_at }, si));
    }
    units.extend(added);
}

/// A later use of a name the text gave something other than a person ("the RBI"): a mention of
/// it, and an actor if it is an organisation or a country.
pub(super) fn local_name(
    text: &str,
    p: &Phrase,
    e: usize,
    u: &Unit,
    doc: &mut Doc,
) -> Option<usize> {
    doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
    let kind = doc.entities[e].entity.kind;
    matches!(kind, EntityType::Organisation | EntityType::Country).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::bracketed_acronym;

    #[test]
    fn bracketed_acronyms() {
        let t = "Belt and Road Initiative (BRI) and the talks (next week)";
        assert_eq!(bracketed_acronym(t, 24), Some(26..29));
        assert_eq!(bracketed_acronym(t, 44), None);
        assert_eq!(bracketed_acronym("the pact (a)", 8), None);
    }
}
