//! The cleaner's word lists from `words.csv`, and the letters-only words markers are compared on.

use std::collections::HashSet;

use crate::gazetteer::words::{WordClass, Words};

/// The word lists the cleaner reads, from `words.csv`: built once per extractor.
#[derive(Debug, Clone, Default)]
pub struct CleanRules {
    stop: HashSet<String, Fnv>,
    walls: HashSet<String>,
    /// The first words of the walls, asides and captions: a paragraph whose first word is none
    /// of them is none of them (the other checks are skipped).
    openers: HashSet<String, Fnv>,
    /// Aside and caption markers, as lists of words, longer first.
    pub(super) asides: Vec<Vec<String>>,
    pub(super) captions: Vec<Vec<String>>,
}

impl CleanRules {
    /// The rules of the word classes `stop_word`, `comment_wall`, `aside_marker` and
    /// `caption_marker`.
    pub fn new(words: &Words) -> CleanRules {
        let phrases = |class| {
            words
                .list(class)
                .iter()
                .map(|w| plain_words(w))
                .filter(|ws| !ws.is_empty())
                .collect()
        };
        let openers = [
            WordClass::CommentWall,
            WordClass::AsideMarker,
            WordClass::CaptionMarker,
        ]
        .iter()
        .flat_map(|&c| words.list(c))
        .filter_map(|w| plain_words(w).into_iter().next())
        .collect();
        CleanRules {
            stop: words.list(WordClass::StopWord).iter().cloned().collect(),
            openers,
            walls: words
                .list(WordClass::CommentWall)
                .iter()
                .map(|w| plain_words(w).join(" "))
                .collect(),
            asides: phrases(WordClass::AsideMarker),
            captions: phrases(WordClass::CaptionMarker),
        }
    }

    pub(super) fn is_stop(&self, lower: &str) -> bool {
        self.stop.contains(lower)
    }

    /// Whether the first letters-only word of `s` opens a wall, aside or caption phrase.
    pub(super) fn opens_marker(&self, s: &str) -> bool {
        let mut first = String::new();
        for c in s.chars().skip_while(|c| !c.is_alphabetic()) {
            if c.is_alphabetic() {
                first.extend(c.to_lowercase());
            } else if !matches!(c, '\'' | '’') {
                break;
            }
        }
        self.openers.contains(&first)
    }

    /// Whether `s` is a comment-form header, digits and punctuation aside, or a short paragraph
    /// that starts with one of several words ("Leave a Reply Cancel reply …", scraped in one
    /// line with the form).
    pub(super) fn is_wall(&self, s: &str) -> bool {
        if s.split_whitespace().nth(40).is_some() {
            return false;
        }
        let words = plain_words(&s[..crate::text::floor_boundary(s, 200)]);
        let whole = s.len() <= 200;
        let mut phrase = String::new();
        for (n, w) in words.iter().take(12).enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
            if (n >= 1 || (whole && words.len() == 1)) && self.walls.contains(&phrase) {
                return true;
            }
        }
        false
    }
}

/// FNV-1a: the word sets are small and probed once a word, where SipHash would dominate.
#[derive(Debug, Clone, Copy, Default)]
struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

/// The letters-only words of `s`, lower case: what marker phrases are compared on
/// ("Don't miss:" is `dont miss`, "3 Comments" is `comments`).
pub(super) fn plain_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’') && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}
