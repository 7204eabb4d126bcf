//! What stands right next to a phrase: the word after it, the preposition before it, a sentence start.

use std::ops::Range;

use crate::gazetteer::{Gazetteer, WordClass};
use crate::text::tokens::Tokens;
use crate::text::{self, lexicon};

/// Up to `len` bytes of `text` from `pos`, cut at a character boundary.
pub(super) fn window(text: &str, pos: usize, len: usize) -> &str {
    text::span(
        text,
        pos,
        text::floor_boundary(text, pos.saturating_add(len)),
    )
}

/// Up to `len` bytes of `text` from `pos` as a range, cut at a character boundary.
fn window_range(text: &str, pos: usize, len: usize) -> Range<usize> {
    pos..text::floor_boundary(text, pos.saturating_add(len)).max(pos)
}

/// The word right after `pos` (only whitespace between), with its start.
fn next_word<'t>(tokens: &'t Tokens, text: &'t str, pos: usize) -> Option<(usize, &'t str)> {
    tokens
        .words_in(text, window_range(text, pos, 40))
        .next()
        .filter(|&(s, _)| text::span(text, pos, s).chars().all(char::is_whitespace))
}

/// Whether the word right after `pos` is one of word class `class`: a state noun ("Pakistani
/// officials"), a venue noun ("the Doha talks").
pub(super) fn followed_by(
    g: &Gazetteer,
    tokens: &Tokens,
    class: WordClass,
    text: &str,
    pos: usize,
) -> bool {
    next_word(tokens, text, pos).is_some_and(|(_, w)| g.words.contains(class, &w.to_lowercase()))
}

/// Whether the word right before `pos` (only spaces between) is one of word class `class`: a
/// place noun ("Oman's capital Muscat", "the port city Gwadar").
pub(super) fn preceded_by(
    g: &Gazetteer,
    tokens: &Tokens,
    class: WordClass,
    text: &str,
    pos: usize,
) -> bool {
    prev_word(tokens, text, pos).is_some_and(|(_, w)| g.words.contains(class, &w.to_lowercase()))
}

/// The word right before `pos` (only spaces between), with its start.
fn prev_word<'t>(tokens: &'t Tokens, text: &'t str, pos: usize) -> Option<(usize, &'t str)> {
    let from = text::floor_boundary(text, pos.saturating_sub(40));
    tokens
        .words_in(text, from..pos)
        .next_back()
        .filter(|&(s, w)| text::span(text, s + w.len(), pos).chars().all(|c| c == ' '))
}

/// Whether a noun phrase ends at `pos` ("the official said"), rather than going on ("the official
/// visit"): what follows is punctuation, a verb or a function word.
pub(super) fn ends_noun_phrase(g: &Gazetteer, tokens: &Tokens, text: &str, pos: usize) -> bool {
    let Some((_, w)) = next_word(tokens, text, pos) else {
        // Nothing, or punctuation, comes first.
        return true;
    };
    let lower = w.to_lowercase();
    lexicon::is_auxiliary(&lower)
        || lexicon::is_preposition(&lower)
        || lexicon::is_subordinator(&lower)
        || matches!(
            lower.as_str(),
            "and" | "or" | "but" | "also" | "who" | "reportedly" | "then" | "later" | "earlier"
        )
        || g.words.contains(WordClass::SpeechVerb, &lower)
        || lower.ends_with("ed")
}

/// The preposition right before `pos` in the sentence (skipping determiners and adjectives like "late").
pub(super) fn preposition_before(
    g: &Gazetteer,
    tokens: &Tokens,
    text: &str,
    pos: usize,
    sentence: &Range<usize>,
) -> Option<String> {
    text.get(sentence.start..pos)?;
    let mut after = pos;
    for (at, w) in tokens.words_in(text, sentence.start..pos).rev().take(3) {
        // Only white space may stand between: "“Peace is near,” Lavrov said" has none.
        if !text[at + w.len()..after].trim().is_empty() {
            return None;
        }
        after = at;
        let lower = w.to_lowercase();
        if lexicon::is_preposition(&lower) || is_locative(g, &lower) {
            return Some(lower);
        }
        if lexicon::is_determiner(&lower) || g.words.contains(WordClass::SkippedModifier, &lower) {
            continue;
        }
        return None;
    }
    None
}

/// Whether `w` (lower case) makes the place after it where something happens: a locative
/// preposition ("in", "at") or a visit verb ("visited", "toured").
pub(super) fn is_locative(g: &Gazetteer, w: &str) -> bool {
    lexicon::is_locative(w) || g.words.contains(WordClass::VisitVerb, w)
}

/// Whether `pos` opens a sentence or line (only spaces and opening quotes before it).
pub(super) fn sentence_start(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '"', '“', '‘', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r', ':', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_after_and_preposition_before() {
        let g = Gazetteer::builtin().unwrap();
        let s = "He met the Pakistani government in Tehran";
        let t = Tokens::new(s);
        assert!(followed_by(&g, &t, WordClass::StateNoun, s, 20));
        assert!(!followed_by(&g, &t, WordClass::StateNoun, s, 10));
        assert_eq!(
            preposition_before(&g, &t, s, 35, &(0..s.len())).as_deref(),
            Some("in")
        );
        let v = "He visited Tehran";
        assert_eq!(
            preposition_before(&g, &Tokens::new(v), v, 11, &(0..17)).as_deref(),
            Some("visited")
        );
        let (said, visit) = ("the official said", "the official visit");
        assert!(ends_noun_phrase(&g, &Tokens::new(said), said, 12));
        assert!(!ends_noun_phrase(&g, &Tokens::new(visit), visit, 12));
        assert!(sentence_start("Done. “Minister", 9));
    }
}
