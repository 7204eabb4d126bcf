//! One Aho-Corasick automaton over every alias of every gazetteer, with word boundaries and case rules.
//!
//! The automaton runs leftmost-longest, so "Chief of Army Staff" wins over "Army" and "Tehreek-e-Taliban
//! Pakistan" over "Taliban". Matching ignores ASCII case (lower-case patterns over a lower-cased
//! copy of the text, which keeps every offset); each hit is then checked against the case
//! its alias demands: an acronym ("ECO") matches only in capitals, a proper name only with its
//! capital letters ("Turkey", not "turkey"), a role title or cue word in any case.

use std::collections::HashSet;
use std::ops::Range;

use aho_corasick::{AhoCorasick, Anchored, Input};

use crate::text::{char_at, char_before, is_word_char};

mod build;
pub use build::is_acronym;

/// What an alias stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A person's full name or multi-word alias.
    Person(u32),
    /// A person's surname or one-word alias: needs context to resolve.
    Surname(u32),
    Organisation(u32),
    /// Any place row, country rows included.
    Place(u32),
    /// A country's demonym ("Iranian"); the index is the country's place row.
    Demonym(u32),
    Agreement(u32),
    /// A role title; `country` is the place row of a country the title names itself.
    Role {
        role: u32,
        country: Option<u32>,
        /// The country an envoy is posted to ("Ambassador to Sri Lanka"), not their own.
        posting: Option<u32>,
    },
    Cue(u32),
}

/// One spelling of a pattern ("Naqvi", "ECO") and everything it stands for: a common surname
/// can stand for thousands of people in a large gazetteer, and its case is checked once for
/// all of them.
#[derive(Debug, Clone)]
struct Spelling {
    /// The alias as written in the gazetteer (same length as the automaton's pattern).
    alias: String,
    /// Whether the alias's capitals must stand in the text.
    cased: bool,
    /// An organisation named inside a role title: (byte offset, length, organisation).
    embedded_org: Option<(usize, usize, u32)>,
    /// The targets, each with the order it was added in (hits list targets in that order).
    targets: Vec<(u32, Target)>,
}

/// One match in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub range: Range<usize>,
    pub targets: Vec<Target>,
    /// An organisation named inside a role title, as a range into the text.
    pub embedded_org: Option<(Range<usize>, u32)>,
}

/// The automaton and what each of its patterns stands for.
pub struct Matcher {
    ac: AhoCorasick,
    entries: Vec<Vec<Spelling>>,
}

impl Matcher {
    /// The automaton's patterns (aliases and their spellings, lower-cased), in pattern order.
    pub fn patterns(&self) -> impl Iterator<Item = String> + '_ {
        self.entries
            .iter()
            .filter_map(|list| list.first().map(|sp| sp.alias.to_ascii_lowercase()))
    }

    /// The number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.entries.len()
    }

    /// The hits in `text[range]`, with ranges into `text`.
    ///
    /// Where the longest alias at a position fails its word-boundary or case check ("Pakistani
    /// army" against the organisation "Pakistani Army"), the next longest at the same position
    /// is tried ("Pakistani"), so one failed alias never hides a good one.
    pub fn find(&self, text: &str, range: Range<usize>) -> Vec<Hit> {
        // A non-breaking space stands for a space ("Li\u{a0}Qiang"): the block is read with
        // spaces, and the hits' ranges are mapped back to the text.
        let block = &text[range.clone()];
        if block.contains('\u{a0}') {
            let spaced = block.replace('\u{a0}', " ");
            // The offsets in `spaced` where a non-breaking space (two bytes) became one.
            let mut at = Vec::new();
            let mut shift = 0;
            for (i, c) in block.char_indices() {
                if c == '\u{a0}' {
                    at.push(i - shift);
                    shift += 1;
                }
            }
            let back = |p: usize| range.start + p + at.partition_point(|&a| a < p);
            let mut hits = self.find_in(&spaced, 0..spaced.len());
            for h in &mut hits {
                h.range = back(h.range.start)..back(h.range.end);
                if let Some((r, _)) = &mut h.embedded_org {
                    *r = back(r.start)..back(r.end);
                }
            }
            return hits;
        }
        self.find_in(text, range)
    }

    /// [`Matcher::find`] on a text with no non-breaking space in `range`.
    fn find_in(&self, text: &str, range: Range<usize>) -> Vec<Hit> {
        // The automaton holds lower-case patterns; an ASCII-lower-cased copy keeps every byte
        // offset and is cheaper, to build and to search, than a case-insensitive automaton.
        let lowered = text[range.clone()].to_ascii_lowercase();
        let hay = lowered.as_str();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = self.ac.find(Input::new(hay).range(pos..)) else {
                break;
            };
            let start = m.start();
            let mut end = m.end();
            let mut pattern = m.pattern().as_usize();
            let mut accepted = None;
            loop {
                if let Some(hit) = self.check(text, range.start + start, range.start + end, pattern)
                {
                    accepted = Some(hit);
                    break;
                }
                let shorter = Input::new(hay)
                    .range(start..end - 1)
                    .anchored(Anchored::Yes);
                match self.ac.find(shorter) {
                    Some(n) if n.end() > start => {
                        end = n.end();
                        pattern = n.pattern().as_usize();
                    }
                    _ => break,
                }
            }
            match accepted {
                Some(hit) => {
                    pos = end;
                    out.push(hit);
                }
                None => pos = start + hay[start..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    /// The hit for pattern `pattern` at `s..e`, if its word boundaries and case fit.
    fn check(&self, text: &str, s: usize, e: usize, pattern: usize) -> Option<Hit> {
        if char_before(text, s).is_some_and(is_word_char)
            || char_at(text, e).is_some_and(is_word_char)
        {
            return None;
        }
        let found = &text[s..e];
        // A cue never continues a hyphenated word ("so-called talks").
        let after_hyphen = char_before(text, s) == Some('-');
        let mut ordered: Vec<(u32, Target)> = Vec::new();
        let mut spellings = 0;
        let mut embedded_org = None;
        for sp in &self.entries[pattern] {
            if sp.cased && !case_fits(&sp.alias, found) {
                continue;
            }
            spellings += 1;
            let before = ordered.len();
            ordered.extend(
                sp.targets
                    .iter()
                    .filter(|(_, t)| !(after_hyphen && matches!(t, Target::Cue(_)))),
            );
            let has_role = ordered[before..]
                .iter()
                .any(|(_, t)| matches!(t, Target::Role { .. }));
            if let (true, Some((off, len, org)), None) = (has_role, sp.embedded_org, &embedded_org)
            {
                embedded_org = Some((s + off..s + off + len, org));
            }
        }
        if spellings > 1 {
            // Several spellings fit ("Eco" and "ECO" both in any case): their targets in the
            // order they were added, each once.
            ordered.sort_by_key(|&(order, _)| order);
            let mut seen = HashSet::new();
            ordered.retain(|&(_, t)| seen.insert(t));
        }
        let targets: Vec<Target> = ordered.into_iter().map(|(_, t)| t).collect();
        (!targets.is_empty()).then_some(Hit {
            range: s..e,
            targets,
            embedded_org,
        })
    }
}

/// Whether `found` carries the capitals `alias` demands: every capital that starts a word, and
/// every capital of an acronym.
fn case_fits(alias: &str, found: &str) -> bool {
    let acronym = is_acronym(alias);
    let a = alias.as_bytes();
    let f = found.as_bytes();
    if a.len() != f.len() {
        return false;
    }
    // An acronym of four letters or more, all capitals, is also written as a word: "Nato",
    // "Asean", "Unicef" (British style). Shorter ones are not ("Who", "Eco" are words).
    let word_style = acronym
        && a.len() >= 4
        && a.iter().all(u8::is_ascii_uppercase)
        && f[0].is_ascii_uppercase()
        && f[1..].iter().all(u8::is_ascii_lowercase);
    if word_style {
        return true;
    }
    (0..a.len()).all(|i| {
        let starts_word = i == 0 || !a[i - 1].is_ascii_alphanumeric();
        !(a[i].is_ascii_uppercase() && (acronym || starts_word)) || f[i].is_ascii_uppercase()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Source};

    fn gazetteer() -> Gazetteer {
        let files = [
            ("places.csv", "id,name,aliases,country,kind,demonyms\nir,Iran,Islamic Republic of Iran,IR,country,Iranian|Iranians\npk,Pakistan,,PK,country,Pakistani\ntr,Turkey,Türkiye,TR,country,Turkish\nir-tehran,Tehran,,IR,capital,\n"),
            ("organisations.csv", "id,name,aliases,country,kind\neco,Economic Cooperation Organization,ECO|Economic Cooperation Organisation,,intergovernmental\nir-snsc,Supreme National Security Council,SNSC,IR,security-council\npk-army,Pakistan Army,,PK,military\n"),
            ("people.csv", "id,name,aliases,country,role,organisation,from,to\npk-mohsin-naqvi,Mohsin Naqvi,Syed Mohsin Naqvi,PK,Interior Minister,,2024-03-11,\n"),
            ("agreements.csv", "id,name,aliases,parties,kind,signed\n"),
            ("roles.csv", "role,aliases,kind\nInterior Minister,interior minister|Minister of Interior,office\nNational Security Chief,Supreme National Security Council Secretary|Secretary of {country}'s Supreme National Security Council,office\nArmy Chief,army chief|COAS,office\n"),
            ("frames.csv", "event,phrase,part,kind,object,mode,forms\nstatement,say,verb,say,,,said\nmeeting,meet,verb,talks,direct|with,,met\nagreement,MoU,noun,instrument,,,\n"),
        ];
        let layer = files
            .iter()
            .map(|(n, t)| Source {
                name: n.to_string(),
                text: t.to_string(),
            })
            .collect();
        Gazetteer::from_layers(&[layer]).unwrap()
    }

    #[test]
    fn matches_on_words_with_case_rules() {
        let g = gazetteer();
        let m = Matcher::new(&g).unwrap();
        // (text, the hits expected, as matched text)
        let cases: [(&str, &[&str]); 12] = [
            (
                "Iran’s interior minister said",
                &["Iran", "interior minister", "said"],
            ),
            ("the eco-friendly ECO summit", &["ECO"]),
            ("a turkey dinner in Turkey", &["Turkey"]),
            ("Türkiye and TURKEY", &["Türkiye", "TURKEY"]),
            ("Iranians and Iranian officials", &["Iranians", "Iranian"]),
            ("Irani rice", &[]),
            (
                "Syed Mohsin Naqvi met with Naqvi",
                &["Syed Mohsin Naqvi", "met", "Naqvi"],
            ),
            ("the Pakistan Army chief", &["Pakistan Army"]),
            ("the Pakistan-Iran border", &["Pakistan", "Iran"]),
            ("so-called talks, he said", &["said"]),
            (
                "Secretary of Iran’s Supreme National Security Council",
                &["Secretary of Iran’s Supreme National Security Council"],
            ),
            ("signed two MoUs and an MOU, not a mou", &["MoUs", "MOU"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = m
                .find(text, 0..text.len())
                .iter()
                .map(|h| &text[h.range.clone()])
                .collect();
            assert_eq!(got, want, "text {text:?}");
        }
    }

    #[test]
    fn role_titles_carry_their_country_and_organisation() {
        let g = gazetteer();
        let m = Matcher::new(&g).unwrap();
        let text = "Secretary of Iran's Supreme National Security Council";
        let hits = m.find(text, 0..text.len());
        assert_eq!(hits.len(), 1);
        let iran = g.country_index("IR").unwrap() as u32;
        assert!(hits[0]
            .targets
            .iter()
            .any(|t| matches!(t, Target::Role { country: Some(c), .. } if *c == iran)));
        let (range, org) = hits[0].embedded_org.clone().unwrap();
        assert_eq!(&text[range], "Supreme National Security Council");
        assert_eq!(g.organisations[org as usize].id, "ir-snsc");
    }
}
