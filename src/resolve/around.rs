//! What stands right next to a phrase: the word after it, the preposition before it, a sentence start.

use std::ops::Range;

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

/// Whether the word right after `pos` is one of `wanted` (lower case).
pub(super) fn followed_by_word(text: &str, pos: usize, wanted: &[&str]) -> bool {
    next_word(text, pos).is_some_and(|w| wanted.contains(&w.as_str()))
}

/// Whether a state noun ("government", "army") follows `pos`: "Pakistani forces".
pub(super) fn state_noun_follows(text: &str, pos: usize) -> bool {
    next_word(text, pos).is_some_and(|w| lexicon::is_state_noun(&w))
}

/// Whether a noun phrase ends at `pos` ("the official said"), rather than going on ("the official
/// visit"): what follows is punctuation, a verb or a function word.
pub(super) fn ends_noun_phrase(text: &str, pos: usize) -> bool {
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
            "and"
                | "or"
                | "but"
                | "also"
                | "who"
                | "reportedly"
                | "then"
                | "later"
                | "earlier"
                | "said"
                | "says"
                | "told"
                | "added"
                | "noted"
        )
        || lower.ends_with("ed")
}

/// The preposition right before `pos` in the sentence (skipping determiners and adjectives like "late").
pub(super) fn preposition_before(
    text: &str,
    pos: usize,
    sentence: &Range<usize>,
) -> Option<String> {
    let before = text.get(sentence.start..pos)?;
    let ws = words(before);
    for (_, w) in ws.rev().take(3) {
        let lower = w.to_lowercase();
        if lexicon::is_preposition(&lower) || lexicon::is_locative(&lower) {
            return Some(lower);
        }
        if lexicon::is_determiner(&lower)
            || matches!(lower.as_str(), "late" | "former" | "visiting")
        {
            continue;
        }
        return None;
    }
    None
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
        let s = "He met the Pakistani government in Tehran";
        assert!(state_noun_follows(s, 20));
        assert!(followed_by_word(s, 10, &["pakistani"]));
        assert_eq!(
            preposition_before(s, 35, &(0..s.len())).as_deref(),
            Some("in")
        );
        assert!(ends_noun_phrase("the official said", 12));
        assert!(!ends_noun_phrase("the official visit", 12));
        assert!(sentence_start("Done. “Minister", 9));
    }
}
