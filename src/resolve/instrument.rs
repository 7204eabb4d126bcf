//! Agreement noun phrases: "12 memoranda of understanding (MOUs)", "strategic partnership pacts", "the CPEC".

use std::collections::HashSet;
use std::ops::Range;

use crate::gazetteer::{AgreementNoun, CueKind, Gazetteer, WordClass};
use crate::text::tokens::Tokens;
use crate::text::{self, lexicon};

use super::doc::{Doc, Form, Instrument};
use super::names::bracketed_acronym;
use super::phrase::Phrase;
use super::units::Unit;

/// A gazetteer agreement (row `row`) named in the text: a mention and an instrument of its own.
pub(super) fn named(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    row: u32,
    u: &Unit,
    doc: &mut Doc,
) -> Option<usize> {
    let e = doc.agreement(g, row);
    doc.add_mention(e, u.range.clone(), Form::Name, p.sentence, text);
    doc.instruments.push(Instrument {
        range: u.range.clone(),
        name: text[u.range.clone()].to_string(),
        count: None,
        sentence: p.sentence,
        entity: Some(e),
    });
    None
}

/// An instrument cue hit: (range, sentence, whether the noun names an agreement as an entity:
/// "memoranda of understanding" does, "mechanism" or "ceasefire" only make an event).
type NounHit = (Range<usize>, usize, bool);

/// One noun of a chain: where its modifiers start, the noun, where it ends (past a bracketed
/// acronym), the acronym, and whether it names an agreement.
type Part = (usize, Range<usize>, usize, Option<Range<usize>>, bool);

/// Agreement noun phrases built on the instrument cue words: "12 memoranda of understanding
/// (MOUs)", "strategic partnership pacts", "agreements and Memorandums of Understanding (MoUs)".
pub(super) fn find_instruments(g: &Gazetteer, text: &str, doc: &mut Doc) {
    let cue_words: HashSet<String> = g.cues.iter().map(|c| c.cue.to_lowercase()).collect();
    let mut hits: Vec<NounHit> = doc
        .cues
        .iter()
        .filter(|c| matches!(g.cues[c.cue].kind, CueKind::AgreementNoun(_)))
        .map(|c| {
            (
                c.range.clone(),
                c.sentence,
                g.cues[c.cue].kind == CueKind::AgreementNoun(AgreementNoun::Instrument),
            )
        })
        .collect();
    // "memoranda of understanding (MoUs)": the bracketed acronym is the same instrument.
    let bracketed =
        |r: &Range<usize>| text[..r.start].ends_with(" (") && text[r.end..].starts_with(')');
    let all = hits.clone();
    hits.retain(|(r, _, _)| !(bracketed(r) && all.iter().any(|(o, _, _)| o.end + 2 == r.start)));
    // "Kuala Lumpur Convention Centre", "North Atlantic Treaty Organization": a head noun of a
    // place or body after the noun makes it part of that name.
    hits.retain(|(r, _, _)| !heads_a_name(g, &doc.tokens, text, r.end));
    let mut i = 0;
    while i < hits.len() {
        let (first, sentence, _) = hits[i].clone();
        // Chain "agreements and memoranda of understanding".
        let mut j = i;
        while j + 1 < hits.len() && {
            let gap = &text[hits[j].0.end..hits[j + 1].0.start];
            gap == " and " || gap == ", " || gap == " or "
        } {
            j += 1;
        }
        let sentence_range = doc.sentences[sentence].range.clone();
        let parts: Vec<Part> = hits[i..=j]
            .iter()
            .map(|(r, _, named)| {
                let (mods_start, end, acronym) = modifiers_and_acronym(
                    g,
                    &doc.tokens,
                    text,
                    r.clone(),
                    &sentence_range,
                    &cue_words,
                );
                (mods_start, r.clone(), end, acronym, *named)
            })
            .collect();
        let start = parts[0].0;
        let end = parts.last().map_or(first.end, |p| p.2);
        let count = count_before(&doc.tokens, text, start, &sentence_range);
        let entity = specific_entity(text, &parts, sentence, doc);
        doc.instruments.push(Instrument {
            range: start..end,
            name: text::span(text, start, end).to_string(),
            count,
            sentence,
            entity,
        });
        i = j + 1;
    }
    doc.instruments.sort_by_key(|i| i.range.start);
}

/// The entity of the last noun of a chain that names a specific agreement (with modifiers), each
/// such noun a mention of its own.
fn specific_entity(text: &str, parts: &[Part], sentence: usize, doc: &mut Doc) -> Option<usize> {
    let mut entity = None;
    for (mods_start, noun, _, acronym, named) in parts {
        // "five memoranda of understanding", "an MoU" are the event's name and count, not an
        // entity (ANNOTATION.md): only modifiers make one ("the Defence Cooperation Agreement").
        let specific = *named && *mods_start < noun.start;
        if specific {
            let name = text::span(text, *mods_start, noun.end);
            let e = doc.instrument(name);
            doc.add_mention(e, *mods_start..noun.end, Form::Name, sentence, text);
            if let Some(a) = acronym {
                doc.add_mention(e, a.clone(), Form::Name, sentence, text);
            }
            entity = Some(e);
        }
    }
    entity
}

/// Where an instrument's modifiers start ("strategic partnership" pacts), where it ends, and a
/// bracketed acronym after it.
fn modifiers_and_acronym(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    noun: Range<usize>,
    sentence: &Range<usize>,
    cue_words: &HashSet<String>,
) -> (usize, usize, Option<Range<usize>>) {
    let mut start = noun.start;
    let before = tokens.words_in(text, sentence.start..noun.start);
    for (taken, (abs, w)) in before.rev().enumerate() {
        let between = text::span(text, abs + w.len(), start);
        if !between.chars().all(|c| c == ' ') || taken == 3 {
            break;
        }
        let lower = w.to_lowercase();
        // "the 2015 Iran nuclear agreement": a year before other modifiers opens the name.
        if start < noun.start && lexicon::year(w) {
            start = abs;
            break;
        }
        let blocked = lexicon::is_determiner(&lower)
            || lexicon::is_preposition(&lower)
            || g.words.contains(WordClass::VagueAgreementModifier, &lower)
            || lexicon::number_word(&lower).is_some()
            || w.chars().any(|c| c.is_ascii_digit())
            || cue_words.contains(&lower)
            || matches!(
                lower.as_str(),
                "and"
                    | "or"
                    | "have"
                    | "has"
                    | "had"
                    | "been"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "will"
                    | "also"
                    | "already"
                    | "recently"
                    | "actively"
                    | "not"
            );
        if blocked {
            break;
        }
        start = abs;
    }
    let acronym = bracketed_acronym(text, noun.end);
    let end = acronym.as_ref().map_or(noun.end, |a| a.end + 1);
    (start, end, acronym)
}

/// Whether a capitalised head noun of a place or body (words.csv's `place_head`, `org_head`)
/// stands right after byte `end`.
fn heads_a_name(g: &Gazetteer, tokens: &Tokens, text: &str, end: usize) -> bool {
    tokens.after(end).is_some_and(|t| {
        let w = &text[t.start..t.end];
        let lower = tokens.lower(t);
        text::span(text, end, t.start) == " "
            && w.starts_with(char::is_uppercase)
            && (g.words.contains(WordClass::PlaceHead, lower)
                || g.words.contains(WordClass::OrgHead, lower))
    })
}

/// A count written just before an instrument ("12 memoranda", "eight agreements").
fn count_before(tokens: &Tokens, text: &str, start: usize, sentence: &Range<usize>) -> Option<u32> {
    let (at, w) = tokens.words_in(text, sentence.start..start).next_back()?;
    if !text::span(text, at + w.len(), start)
        .chars()
        .all(char::is_whitespace)
    {
        return None;
    }
    let lower = w.to_lowercase();
    if lower == "a" || lower == "an" {
        return None;
    }
    w.parse().ok().or_else(|| lexicon::number_word(&lower))
}

#[cfg(test)]
mod tests {
    use super::count_before;

    #[test]
    fn counts_before_instruments() {
        let s = "They signed 12 memoranda and eight pacts and an accord";
        let t = crate::text::tokens::Tokens::new(s);
        assert_eq!(count_before(&t, s, 15, &(0..s.len())), Some(12));
        assert_eq!(count_before(&t, s, 35, &(0..s.len())), Some(8));
        assert_eq!(count_before(&t, s, 48, &(0..s.len())), None);
    }
}
