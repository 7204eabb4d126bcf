//! Reading the words around a head noun: what may stand in a name before it, and its tail.

use crate::gazetteer::{Gazetteer, WordClass};
use crate::text::tokens::{Shape, Token, Tokens};

use super::super::units::{Sorted, UnitKind};
use super::{is_connector, ShapedKind};

/// Reads the tokens of one sentence around a head noun.
pub(super) struct Reader<'a> {
    pub tokens: &'a Tokens,
    pub text: &'a str,
    pub toks: &'a [&'a Token],
}

impl Reader<'_> {
    /// Whether tokens `a` and `b` stand apart by a space or a line break (not by punctuation).
    pub(super) fn spaced(&self, a: usize, b: usize) -> bool {
        let gap = &self.text[self.toks[a].end..self.toks[b].start];
        !gap.is_empty() && gap.len() <= 2 && gap.chars().all(|c| c == ' ' || c == '\n')
    }

    pub(super) fn lower(&self, i: usize) -> &str {
        self.tokens.lower(self.toks[i])
    }

    /// Whether token `i` is a possessive ("Colombo’s"): no name runs through it.
    pub(super) fn possessive(&self, i: usize) -> bool {
        let w = self.lower(i);
        w.ends_with("’s") || w.ends_with("'s") || w.ends_with('’') || w.ends_with('\'')
    }

    /// Whether token `i` is a capitalised word that may stand in a name.
    pub(super) fn name_word(&self, i: usize) -> bool {
        let t = self.toks[i];
        matches!(t.shape, Shape::Capitalised | Shape::AllCaps)
            && !self.possessive(i)
            && !crate::text::lexicon::is_name_stopword(&self.text[t.start..t.end])
    }

    /// The first token of the name whose head is `h`: capitalised words and whole units before
    /// it, and "and" between two capitalised words of a body that has no tail.
    pub(super) fn left(
        &self,
        units: &Sorted,
        h: usize,
        kind: ShapedKind,
        tail: bool,
    ) -> Option<usize> {
        let mut left = h;
        let mut j = h;
        while j > 0 && self.spaced(j - 1, j) {
            let t = self.toks[j - 1];
            if self.possessive(j - 1) {
                break;
            }
            if let Some(u) = units.at(t.start) {
                // A person's or a project's name may name a body or place ("Jomo Kenyatta
                // International Airport", "TAPI Pipeline Company Limited"); a title may not.
                if !matches!(
                    u.kind,
                    UnitKind::Place(_)
                        | UnitKind::Demonym(_)
                        | UnitKind::Org(_)
                        | UnitKind::Agreement(_)
                        | UnitKind::Person(_)
                        | UnitKind::Surname(_)
                ) {
                    break;
                }
                let first = self.toks.iter().position(|k| k.start >= u.range.start)?;
                left = first;
                j = first;
                continue;
            }
            if self.name_word(j - 1) {
                left = j - 1;
                j -= 1;
                continue;
            }
            let and = matches!(self.lower(j - 1), "and" | "&");
            let joins = and
                && kind != ShapedKind::Place
                && !tail
                && j >= 2
                && self.spaced(j - 2, j - 1)
                && self.name_word(j - 2)
                && units.at(self.toks[j - 2].start).is_none();
            if joins {
                j -= 1;
                continue;
            }
            break;
        }
        Some(left)
    }

    /// The last token of the tail after head `h` ("of Energy of Turkmenistan"): capitalised
    /// words with connectors between, and places, countries and bodies right after a connector.
    pub(super) fn tail(&self, g: &Gazetteer, units: &Sorted, h: usize, kind: ShapedKind) -> usize {
        let mut right = h;
        let mut words = 0;
        let mut k = h + 1;
        let after_connector = |k: usize| is_connector(self.lower(k)) || k == h + 1;
        while k + 1 < self.toks.len() && self.spaced(k, k + 1) && words < 6 {
            let next = k + 1;
            if let Some(u) = units.at(self.toks[next].start) {
                let place_like = matches!(
                    u.kind,
                    UnitKind::Place(_) | UnitKind::Demonym(_) | UnitKind::Org(_)
                );
                // "Office of the President": a title ends the name (a name after it is a
                // person's: "Office of the President Anura Dissanayake").
                let title = matches!(u.kind, UnitKind::Role { .. });
                let after_and = self.lower(k) == "and";
                if !(place_like || title) || !after_connector(k) || after_and {
                    break;
                }
                let Some(last) = self.toks.iter().rposition(|t| t.end <= u.range.end) else {
                    break;
                };
                right = last;
                words += 1;
                k = last;
                if title {
                    break;
                }
                continue;
            }
            // "Ministry of Defence and the Army": "and the" opens another noun phrase.
            if self.lower(k) == "and" && self.lower(next) == "the" {
                break;
            }
            if self.name_word(next) {
                right = next;
                words += 1;
            } else if !is_connector(self.lower(next)) {
                break;
            }
            k = next;
        }
        // "Agency of the Transport and Communications Agency": a tail that is a body of its
        // own is not part of this name.
        let own_body = kind != ShapedKind::Place
            && (h + 1..=right).any(|i| g.words.contains(WordClass::OrgHead, self.lower(i)));
        if own_body {
            h
        } else {
            right
        }
    }
}
