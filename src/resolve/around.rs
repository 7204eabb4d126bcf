//! What stands right next to a phrase: the word after it, the preposition before it, a sentence start.

use std::ops::Range;

use crate::gazetteer::{Gazetteer, WordClass};
use crate::text::{self, lexicon, words};

/// Up to `len` bytes of `text` from `pos`, cut at a character boundary.
pub(super) fn window(text: &str, pos: usize, len: usize) -> &str {
    text::span(
        text,
        pos,
        text::floor_boundary(text, pos.saturating_add(len)),
    )
}

/// The word right after `pos` (only whitespace between), lower case.
fn next_word(text: &str, pos: usize) -> Option<String> {
    words(window(text, pos, 40)).next().and_then(|(off, w)| {
        text::span(text, pos, pos + off)
            .chars()
            .all(char::is_whitespace)
            .then(|| w.to_lowercase())
    })
}

/// Whether the word right after `pos` is one of word class `class`: a state noun ("Pakistani
/// officials"), a venue noun ("the Doha talks").
pub(super) fn followed_by(g: &Gazetteer, class: WordClass, text: &str, pos: usize) -> bool {
    next_word(text, pos).is_some_and(|w| g.words.contains(class, &w))
}

/// Whether a noun phrase ends at `pos` ("the official said"), rather than going on ("the official
/// visit"): what follows is punctuation, a verb or a function word.
pub(super) fn ends_noun_phrase(g: &Gazetteer, text: &str, pos: usize) -> bool {
    let rest = &text[pos..];
    let Some((off, w)) = words(window(text, pos, 40)).next() else {
        return true;
    };
    if !rest[..off].chars().all(char::is_whitespace) {
        return true;
    }
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
    text: &str,
    pos: usize,
    sentence: &Range<usize>,
) -> Option<String> {
    let before = text.get(sentence.start..pos)?;
    let ws = words(before);
    for (_, w) in ws.rev().take(3) {
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
        assert!(followed_by(&g, WordClass::StateNoun, s, 20));
        assert!(!followed_by(&g, WordClass::StateNoun, s, 10));
        assert_eq!(
            preposition_before(&g, s, 35, &(0..s.len())).as_deref(),
            Some("in")
        );
        assert_eq!(
            preposition_before(&g, "He visited Tehran", 11, &(0..17)).as_deref(),
            Some("visited")
        );
        assert!(ends_noun_phrase(&g, "the official said", 12));
        assert!(!ends_noun_phrase(&g, "the official visit", 12));
        assert!(sentence_start("Done. “Minister", 9));
    }
}
