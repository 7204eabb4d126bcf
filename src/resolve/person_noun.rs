//! People named after a word for a person: "opposition figure Alexei Navalny", "two senior
//! leaders, Khaled Meshal and Khalil al Haya", "Tamil leaders, including A B and C D".
//!
//! So is the agent of a verb of words.csv's `lead_verb` ("a delegation headed by Peter Breuer").
//!
//! A name is also a person's in apposition to such a noun or a lower-case title ("Maria Lopez,
//! a researcher at the University of Chile", "Hussein al-Ezzi, a Houthi official").
//!
//! The noun is one of words.csv's `person_noun`, in lower case. After it, a space, a comma or
//! "including" may stand, or a few words and ", including"; then a name of two to four name
//! words that is no unit already, and the names listed with it ("and", ", "). A name the text
//! also writes in lower case is no name.

use std::collections::HashSet;

use std::ops::Range;

use crate::gazetteer::{Gazetteer, RoleKind, WordClass};
use crate::text::spans::Taken;
use crate::text::tokens::{Shape, Token, Tokens};

use super::doc::Doc;
use super::names::{name_ending_at, name_word, read_name};
use super::units::{self, Sorted, Unit, UnitKind};

/// The most words a name read this way may have.
const MAX_WORDS: usize = 4;

/// How many words may stand between the article of an apposition and its noun ("a senior
/// Houthi official").
const APPOSITION_WORDS: usize = 4;

/// How many words before ", including" a person noun may stand.
const INCLUDING_REACH: usize = 10;

/// Adds the names that follow a person noun, and the names listed with them, as name units.
pub(super) fn add_named_people(g: &Gazetteer, doc: &Doc, text: &str, units: &mut Vec<Unit>) {
    let tokens = &doc.tokens;
    let mut added: Vec<Unit> = Vec::new();
    {
        let sorted = Sorted::new(units);
        let person_noun = |t: &Token| {
            t.shape == Shape::Lower && g.words.contains(WordClass::PersonNoun, tokens.lower(t))
        };
        let title_word = |t: &Token| {
            t.shape == Shape::Lower
                && sorted.at(t.start).is_some_and(|u| {
                    matches!(u.kind, UnitKind::Role { role, .. }
                        if matches!(g.roles[role as usize].kind, RoleKind::Generic | RoleKind::Office))
                })
        };
        // A known name stands there already; a lone surname match inside gives way ("Khaled"
        // of "Khaled Meshal").
        let known = |r: &Range<usize>| {
            sorted
                .overlapping(r.clone())
                .any(|u| !matches!(units[u].kind, UnitKind::Surname(_)))
        };
        for (si, s) in doc.sentences.iter().enumerate() {
            let toks = tokens.words_within(s.range.clone());
            for i in 0..toks.len() {
                let t = toks[i];
                let noun = person_noun(t);
                if noun || title_word(t) {
                    // Not a name that runs into a known one ("Sri Lanka Energy Week, the ...").
                    if let Some(range) =
                        name_in_apposition(g, tokens, text, &toks, i).filter(|r| !known(r))
                    {
                        added.push(Unit::new(range.clone(), read_name(g, &text[range]), si));
                    }
                }
                // "a delegation led by Peter Breuer": the agent of a lead verb.
                let led_by = tokens.lower(t) == "by"
                    && i > 0
                    && g.words
                        .contains(WordClass::LeadVerb, tokens.lower(toks[i - 1]))
                    && text.get(t.end..toks.get(i + 1).map_or(t.end, |n| n.start)) == Some(" ");
                let start = if noun {
                    opening(tokens, text, &toks, i)
                } else if led_by {
                    Some(i + 1)
                } else {
                    including_after(tokens, text, &toks, i, person_noun)
                };
                let Some(mut k) = start else {
                    continue;
                };
                while let Some(last) = name_run(g, tokens, text, &toks, k) {
                    let range = toks[k].start..toks[last].end;
                    if known(&range) {
                        break;
                    }
                    added.push(Unit::new(range.clone(), read_name(g, &text[range]), si));
                    match listed_next(tokens, text, &toks, last) {
                        Some(next) => k = next,
                        None => break,
                    }
                }
            }
        }
    }
    if added.is_empty() {
        return;
    }
    let lower: HashSet<&str> = tokens.lower_case_words();
    added.retain(|a| {
        !text[a.range.clone()]
            .split_whitespace()
            .all(|w| lower.contains(w.to_lowercase().as_str()))
    });
    added.dedup_by(|a, b| a.range == b.range);
    let names = Taken::of(added.iter().map(|a| &a.range));
    units.retain(|u| !(matches!(u.kind, UnitKind::Surname(_)) && names.overlaps(&u.range)));
    units.extend(added);
    units::sort(units);
}

/// "Maria Lopez, a researcher at ...", "Hussein al-Ezzi, a Houthi official in ...": a name of two
/// to [`MAX_WORDS`] name words, a comma, then "a", "an" or "the" and at most
/// [`APPOSITION_WORDS`] words (no punctuation) before the person noun or title at word `i`.
fn name_in_apposition(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    toks: &[&Token],
    i: usize,
) -> Option<Range<usize>> {
    let det = (i.saturating_sub(APPOSITION_WORDS + 1)..i)
        .rev()
        .find(|&k| matches!(tokens.lower(toks[k]), "a" | "an" | "the"))?;
    if det == 0 || text.get(toks[det - 1].end..toks[det].start)? != ", " {
        return None;
    }
    let between = &text[toks[det].end..toks[i].start];
    if between.contains([',', ';', '.', '(', ')', '"', '“', '”']) {
        return None;
    }
    name_ending_at(g, tokens, text, toks[det - 1].end, |_| false)
}

/// The token where a name after the person noun at token `i` may start: the next one after a
/// space, a comma, or "including".
fn opening(tokens: &Tokens, text: &str, toks: &[&Token], i: usize) -> Option<usize> {
    let gap = |a: usize, b: usize| text.get(toks[a].end..toks.get(b)?.start);
    match gap(i, i + 1)? {
        " " | ", " => {}
        _ => return None,
    }
    if tokens.lower(toks.get(i + 1)?) == "including" {
        return (gap(i + 1, i + 2)? == " ").then_some(i + 2);
    }
    Some(i + 1)
}

/// The word after ", including" at word `i` when a person noun stands among the few words
/// before it ("Tamil leaders from the Northern Province, including A B and C D").
fn including_after(
    tokens: &Tokens,
    text: &str,
    toks: &[&Token],
    i: usize,
    person_noun: impl Fn(&Token) -> bool,
) -> Option<usize> {
    let before = toks[..i].iter().rev().take(INCLUDING_REACH);
    let near = tokens.lower(toks[i]) == "including"
        && text[..toks[i].start].ends_with(", ")
        && before
            .take_while(|t| tokens.lower(t) != "including")
            .any(|t| person_noun(t));
    (near && text.get(toks[i].end..toks.get(i + 1)?.start)? == " ").then_some(i + 1)
}

/// The last of a name of two to [`MAX_WORDS`] name words from word `k`, closed by punctuation or
/// a lower-case word ("and", a verb). `toks` are the sentence's words.
fn name_run(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    toks: &[&Token],
    k: usize,
) -> Option<usize> {
    let word = |j: usize, first: bool| {
        toks.get(j).is_some_and(|t| {
            matches!(t.shape, Shape::Capitalised | Shape::Lower)
                && name_word(g, &text[t.start..t.end], first)
                && !g.words.contains(WordClass::OrgHead, tokens.lower(t))
                && !g.words.contains(WordClass::PlaceHead, tokens.lower(t))
                && !g.words.contains(WordClass::GatheringHead, tokens.lower(t))
        })
    };
    let capital = |j: usize| toks.get(j).is_some_and(|t| t.shape == Shape::Capitalised);
    if !capital(k) || !word(k, true) {
        return None;
    }
    let mut last = k;
    while last + 1 - k < MAX_WORDS
        && word(last + 1, false)
        && text.get(toks[last].end..toks[last + 1].start) == Some(" ")
    {
        last += 1;
    }
    // A name ends in a capitalised word, and has two words or more.
    while last > k && !capital(last) {
        last -= 1;
    }
    let closed = match toks.get(last + 1) {
        None => true,
        Some(t) => text.get(toks[last].end..t.start) != Some(" ") || t.shape == Shape::Lower,
    };
    (last > k && closed).then_some(last)
}

/// The token where the next name of a list starts after the name ending at token `last`:
/// after ", " or " and " or ", and ".
fn listed_next(tokens: &Tokens, text: &str, toks: &[&Token], last: usize) -> Option<usize> {
    let gap = |a: usize, b: usize| text.get(toks.get(a)?.end..toks.get(b)?.start);
    match gap(last, last + 1)? {
        ", " if tokens.lower(toks.get(last + 1)?) == "and" => {
            (gap(last + 1, last + 2)? == " ").then_some(last + 2)
        }
        ", " => Some(last + 1),
        " " if tokens.lower(toks.get(last + 1)?) == "and" => {
            (gap(last + 1, last + 2)? == " ").then_some(last + 2)
        }
        _ => None,
    }
}
