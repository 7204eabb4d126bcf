//! Names after a title: "Interior Secretary Khurram Agha", "his counterpart Yoko Kamikawa",
//! "the Minister of Mines and Petroleum of Afghanistan Hussein Badri", "Ralph E. Gonsalves".

use std::collections::HashSet;
use std::ops::Range;

use crate::gazetteer::{Gazetteer, RoleKind, WordClass};
use crate::text::tokens::{Shape, Tokens};
use crate::text::{self, lexicon};

use super::around::{sentence_start, window};
use super::names::{all_caps, name_word};
use super::units::{Sorted, Unit, UnitKind};

/// "Interior Secretary Khurram Agha": capitalised words right after the title unit `i`.
pub(super) fn name_after_title(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    units: &[Unit],
    i: usize,
    surname_starts: &HashSet<usize>,
) -> Option<Range<usize>> {
    let u = &units[i];
    let UnitKind::Role { role, .. } = u.kind else {
        return None;
    };
    let kind = g.roles[role as usize].kind;
    // "Minister of Mines and Petroleum of Afghanistan Hussein Badri": the name follows the
    // title's tail, and is then two words or more.
    let tail = title_tail_end(g, tokens, text, units, i);
    let end = tail.unwrap_or(u.range.end);
    let next_start = units[i + 1..]
        .iter()
        .find(|n| !matches!(n.kind, UnitKind::Surname(_)) && n.range.start >= end)
        .map_or(usize::MAX, |n| n.range.start);
    let name_words = words_after_title(g, tokens, text, end, kind, next_start);
    let &(first, _) = name_words.first()?;
    let last = name_words.last().map_or(first, |l| l.1);
    // After a comma, or after a tail, a name has two words or more ("Senior Vice President,
    // Acme International" names no person).
    let after_comma = text[end..first].contains(',');
    if (tail.is_some() || after_comma) && name_words.len() < 2 {
        return None;
    }
    // "Chief Digital Innovation Officer", "General Secretary": a title word right after the
    // words makes them part of a longer title, not a name.
    if followed_by_title_word(g, tokens, text, units, last) {
        return None;
    }
    // A generic word written as a title mid-sentence ("Minister Momeni") is one too, and so is
    // one in lower case before a name of two words ("his counterpart Yoko Kamikawa").
    let capitalised = text[u.range.clone()].starts_with(char::is_uppercase)
        && !sentence_start(text, u.range.start);
    let titled = matches!(
        kind,
        RoleKind::Office | RoleKind::Rank | RoleKind::Honorific
    ) || (kind == RoleKind::Generic && (capitalised || name_words.len() >= 2));
    // One word that is a known surname stays that surname ("President Pezeshkian").
    let known_surname = name_words.len() == 1 && surname_starts.contains(&first);
    (titled && !all_caps(text::span(text, first, last)) && !known_surname).then_some(first..last)
}

/// Whether the word after byte `end` (a space away) is a title word of words.csv's `not_name`
/// or starts a role title.
fn followed_by_title_word(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    units: &[Unit],
    end: usize,
) -> bool {
    let Some(next) = tokens.after(end) else {
        return false;
    };
    let spaced = text[end..next.start].chars().all(|c| c == ' ') && next.start > end;
    let title_unit = Sorted::starting_in(units, next.start)
        .iter()
        .take_while(|u| u.range.start == next.start)
        .any(|u| matches!(u.kind, UnitKind::Role { .. }));
    spaced
        && next.shape == Shape::Capitalised
        && (title_unit || g.words.contains(WordClass::NotName, tokens.lower(next)))
}

/// `w` without a possessive ending ("Gunawardena" of "Gunawardena’s").
fn possessive_stem(w: &str) -> &str {
    ["’s", "'s"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w)
}

/// Whether the full stop at byte `p` of `s` closes an initial ("E." of "Ralph E. Gonsalves"): one
/// capital letter standing alone before it, and a capitalised word after it.
fn after_initial(s: &str, p: usize) -> bool {
    let before = &s[..p];
    let letter = before.chars().next_back();
    let alone = before
        .chars()
        .rev()
        .nth(1)
        .is_none_or(|c| c == ' ' || c == '.');
    let next = s[p + 1..].strip_prefix(' ').and_then(|r| r.chars().next());
    letter.is_some_and(char::is_uppercase) && alone && next.is_some_and(char::is_uppercase)
}

/// The end of the tail of title unit `i` when one follows it and closes on a place, a body or
/// a portfolio word of words.csv: "Minister of Mines and Petroleum of Afghanistan", "Secretary
/// to the Treasury", "Minister of Investment".
fn title_tail_end(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    units: &[Unit],
    i: usize,
) -> Option<usize> {
    let u = &units[i];
    let toks = tokens.overlapping(u.range.end..text.len().min(u.range.end + 300));
    let opener = toks.first()?;
    let spaced = |a: usize, b: usize| text.get(a..b) == Some(" ");
    if !matches!(tokens.lower(opener), "of" | "to" | "for") || !spaced(u.range.end, opener.start) {
        return None;
    }
    let mut closing = None;
    let mut prev_end = opener.end;
    let mut k = 1;
    while k < toks.len() && spaced(prev_end, toks[k].start) {
        let t = &toks[k];
        if let Some(v) = Sorted::starting_in(units, t.start)
            .iter()
            .take_while(|v| v.range.start == t.start)
            .next()
        {
            if !matches!(
                v.kind,
                UnitKind::Place(_)
                    | UnitKind::Demonym(_)
                    | UnitKind::Org(_)
                    | UnitKind::Shaped { .. }
            ) {
                break;
            }
            closing = Some(v.range.end);
            prev_end = v.range.end;
            k = toks
                .iter()
                .position(|x| x.start >= v.range.end)
                .unwrap_or(toks.len());
            continue;
        }
        let w = tokens.lower(t);
        if matches!(t.shape, Shape::Capitalised) {
            if g.words.contains(WordClass::Portfolio, w) || g.words.contains(WordClass::OrgHead, w)
            {
                closing = Some(t.end);
            }
        } else if !matches!(w, "and" | "the" | "of" | "&" | "for") {
            break;
        }
        prev_end = t.end;
        k += 1;
    }
    closing
}

/// The words (start, end) of a name after a title ending at `end`, before `next_start`.
fn words_after_title(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    end: usize,
    kind: RoleKind,
    next_start: usize,
) -> Vec<(usize, usize)> {
    // A name follows its title closely: look a few hundred bytes ahead at most; a full stop
    // after an initial ("Ralph E. Gonsalves") does not end it.
    let ahead = window(text, end, 400);
    let rest_end = ahead
        .match_indices(['.', ';', ':', '\n', '“', '"', '('])
        .find(|&(p, m)| m != "." || !after_initial(ahead, p))
        .map_or(end + ahead.len(), |(p, _)| end + p);
    let mut name_words: Vec<(usize, usize)> = Vec::new();
    for (s, w) in tokens.words_in(text, end..rest_end) {
        let between = text::span(text, name_words.last().map_or(end, |l| l.1), s);
        // "Afghanistan's ambassador, Rustam Wardak, said": an office, a comma, a name
        // closed by a comma.
        let comma_apposition = matches!(kind, RoleKind::Office | RoleKind::Generic)
            && between == ", "
            && text[s..]
                .find([',', ';', '.'])
                .is_some_and(|n| n < 60 && !after_initial(&text[s..], n));
        // "Ralph E. Gonsalves": an initial's full stop stands inside the name.
        let after_an_initial = name_words.last().is_some_and(|&(a, b)| {
            let w = text::span(text, a, b);
            w.chars().count() == 1 && w.chars().all(char::is_uppercase)
        }) && (between == ". " || between == ".");
        let gap_ok = if name_words.is_empty() {
            (between.chars().all(char::is_whitespace) && !between.is_empty()) || comma_apposition
        } else {
            between.chars().all(char::is_whitespace) || after_an_initial
        };
        if !gap_ok || s >= next_start {
            break;
        }
        if !name_word(g, w, name_words.is_empty()) || name_words.len() == 4 {
            break;
        }
        // A possessive ends the name, outside it ("Prime Minister Gunawardena’s office").
        let stem = possessive_stem(w);
        name_words.push((s, s + stem.len()));
        if stem.len() < w.len() {
            break;
        }
    }
    // A name ends on a word of its own, not on a particle or an initial ("Dhammika S.").
    while name_words.last().is_some_and(|&(s, e)| {
        let w = text::span(text, s, e);
        lexicon::is_name_particle(&w.to_lowercase()) || w.chars().count() == 1
    }) {
        name_words.pop();
    }
    name_words
}
