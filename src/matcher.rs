//! One Aho-Corasick automaton over every alias of every gazetteer, with word boundaries and case rules.
//!
//! The automaton runs leftmost-longest, so "Chief of Army Staff" wins over "Army" and "Tehreek-e-Taliban
//! Pakistan" over "Taliban". Matching ignores ASCII case (lower-case patterns over a lower-cased
//! copy of the text, which keeps every offset); each hit is then checked against the case
//! its alias demands: an acronym ("ECO") matches only in capitals, a proper name only with its
//! capital letters ("Turkey", not "turkey"), a role title or cue word in any case.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use anyhow::{Context, Result};

use crate::gazetteer::{CueEvent, Gazetteer, PlaceKind, RoleKind, WordClass};
use crate::text::{char_at, char_before, is_word_char, lexicon};

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

pub fn is_acronym(alias: &str) -> bool {
    let upper = alias.chars().filter(char::is_ascii_uppercase).count();
    let lower = alias.chars().filter(char::is_ascii_lowercase).count();
    !alias.contains(' ') && upper >= 2 && upper >= lower
}

/// The spellings an alias may take in text: straight and curly apostrophes, hyphens and en dashes.
fn variants(alias: &str) -> Vec<String> {
    let mut out = vec![alias.to_string()];
    if !alias.contains(['\'', '’', '-', '–']) {
        return out;
    }
    let swaps: [(char, char); 4] = [('\'', '’'), ('’', '\''), ('-', '–'), ('–', '-')];
    for (from, to) in swaps {
        let more: Vec<String> = out
            .iter()
            .filter(|a| a.contains(from))
            .map(|a| a.replace(from, &to.to_string()))
            .collect();
        out.extend(more);
    }
    out.sort();
    out.dedup();
    out
}

/// The word of a name that can stand alone for its person: the last ("Naqvi" of "Mohsin
/// Naqvi"), or the first of a name with a patronymic ("Faisal" of "Faisal bin Farhan").
fn surname(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    // "Faisal bin Farhan": what follows "bin" is the father's name, and press shortens such a
    // name to its first word ("Prince Faisal").
    let patronymic = words
        .iter()
        .any(|w| lexicon::is_patronymic(&w.to_lowercase()));
    let last = if patronymic {
        *words.first()?
    } else {
        *words.last()?
    };
    let ok = last.chars().count() >= 3
        && last.chars().next().is_some_and(char::is_uppercase)
        && !lexicon::is_name_particle(&last.to_lowercase())
        && !lexicon::is_name_stopword(last);
    ok.then_some(last)
}

#[derive(Default)]
struct Builder {
    keys: HashMap<String, usize>,
    patterns: Vec<String>,
    entries: Vec<Vec<Spelling>>,
    /// (pattern, index of the first spelling with that alias, target): added already.
    seen: HashSet<(usize, usize, Target)>,
    added: u32,
}

impl Builder {
    fn add(&mut self, alias: &str, target: Target, proper: bool) {
        let alias = alias.trim();
        if alias.chars().count() < 2 {
            return;
        }
        for v in variants(alias) {
            let key = v.to_ascii_lowercase();
            let idx = match self.keys.get(&key) {
                Some(&i) => i,
                None => {
                    self.keys.insert(key.clone(), self.patterns.len());
                    self.patterns.push(key);
                    self.entries.push(Vec::new());
                    self.patterns.len() - 1
                }
            };
            let cased = proper || is_acronym(&v);
            let list = &mut self.entries[idx];
            let alias_id = list
                .iter()
                .position(|sp| sp.alias == v)
                .unwrap_or(list.len());
            if !self.seen.insert((idx, alias_id, target)) {
                continue;
            }
            let order = self.added;
            self.added += 1;
            match list
                .iter_mut()
                .find(|sp| sp.alias == v && sp.cased == cased)
            {
                Some(sp) => sp.targets.push((order, target)),
                None => list.push(Spelling {
                    alias: v,
                    cased,
                    embedded_org: None,
                    targets: vec![(order, target)],
                }),
            }
        }
    }
}

impl Builder {
    /// Every role title; `{country}` and `{demonym}` aliases expanded for every country, with
    /// the country they name. Honorifics and ranks need their capitals; offices do not.
    fn add_roles(&mut self, g: &Gazetteer) {
        let b = self;
        let countries: Vec<(u32, &crate::gazetteer::Place)> = g
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PlaceKind::Country)
            .map(|(i, p)| (i as u32, p))
            .collect();
        for (i, r) in g.roles.iter().enumerate() {
            let role = i as u32;
            for alias in std::iter::once(&r.role).chain(&r.aliases) {
                if alias.contains("{country}") || alias.contains("{demonym}") {
                    for &(ci, c) in &countries {
                        let names: Vec<&String> = if alias.contains("{country}") {
                            std::iter::once(&c.name).chain(&c.aliases).collect()
                        } else {
                            c.demonyms.iter().collect()
                        };
                        for n in names {
                            let expanded = alias.replace("{country}", n).replace("{demonym}", n);
                            b.add(
                                &expanded,
                                Target::Role {
                                    role,
                                    country: Some(ci),
                                },
                                false,
                            );
                        }
                    }
                } else {
                    let cased = matches!(r.kind, RoleKind::Honorific | RoleKind::Rank);
                    let target = Target::Role {
                        role,
                        country: None,
                    };
                    b.add(alias, target, cased);
                }
            }
        }
    }
}

impl Matcher {
    /// Builds the automaton over every alias the gazetteer holds.
    pub fn new(g: &Gazetteer) -> Result<Matcher> {
        let mut b = Builder::default();
        for (i, p) in g.people.iter().enumerate() {
            let i = i as u32;
            for alias in std::iter::once(&p.name).chain(&p.aliases) {
                if alias.split_whitespace().count() >= 2 {
                    b.add(alias, Target::Person(i), true);
                    if let Some(s) = surname(alias) {
                        b.add(s, Target::Surname(i), true);
                    }
                } else {
                    b.add(alias, Target::Surname(i), true);
                }
            }
        }
        for (i, o) in g.organisations.iter().enumerate() {
            for alias in std::iter::once(&o.name).chain(&o.aliases) {
                b.add(alias, Target::Organisation(i as u32), true);
            }
        }
        for (i, p) in g.places.iter().enumerate() {
            for alias in std::iter::once(&p.name).chain(&p.aliases) {
                b.add(alias, Target::Place(i as u32), true);
            }
            if p.kind == PlaceKind::Country {
                for d in &p.demonyms {
                    b.add(d, Target::Demonym(i as u32), true);
                }
            }
        }
        for (i, a) in g.agreements.iter().enumerate() {
            for alias in std::iter::once(&a.name).chain(&a.aliases) {
                b.add(alias, Target::Agreement(i as u32), true);
            }
        }
        b.add_roles(g);
        for (i, c) in g.cues.iter().enumerate() {
            let proper = c.event == CueEvent::Agreement && is_acronym(&c.cue);
            b.add(&c.cue, Target::Cue(i as u32), proper);
        }
        let org_finder = OrgFinder::new(g)?;
        for list in &mut b.entries {
            for sp in list.iter_mut() {
                if sp
                    .targets
                    .iter()
                    .any(|(_, t)| matches!(t, Target::Role { .. }))
                {
                    sp.embedded_org = org_finder.find(&sp.alias);
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&b.patterns)
            .context("cannot build the alias automaton")?;
        Ok(Matcher {
            ac,
            entries: b.entries,
        })
    }

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
    (0..a.len()).all(|i| {
        let starts_word = i == 0 || !a[i - 1].is_ascii_alphanumeric();
        !(a[i].is_ascii_uppercase() && (acronym || starts_word)) || f[i].is_ascii_uppercase()
    })
}

/// Finds organisation names inside role titles ("Supreme National Security Council Secretary").
struct OrgFinder {
    ac: AhoCorasick,
    orgs: Vec<(u32, String)>,
}

impl OrgFinder {
    fn new(g: &Gazetteer) -> Result<OrgFinder> {
        let mut orgs = Vec::new();
        // Armed services named in a rank's title ("Chief of Staff of the Iranian Armed Forces")
        // are part of the title; councils and ministries named in one are bodies of their own.
        for (i, o) in g
            .organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| !g.words.contains(WordClass::TitleOrgKind, &o.kind))
        {
            for alias in std::iter::once(&o.name).chain(&o.aliases) {
                if alias.split_whitespace().count() >= 2 || is_acronym(alias) {
                    orgs.push((i as u32, alias.clone()));
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(orgs.iter().map(|(_, a)| a.as_str()))
            .context("cannot build the organisation finder")?;
        Ok(OrgFinder { ac, orgs })
    }

    fn find(&self, title: &str) -> Option<(usize, usize, u32)> {
        self.ac.find_iter(title).find_map(|m| {
            let bounded = !char_before(title, m.start()).is_some_and(is_word_char)
                && !char_at(title, m.end()).is_some_and(is_word_char);
            bounded.then(|| {
                (
                    m.start(),
                    m.end() - m.start(),
                    self.orgs[m.pattern().as_usize()].0,
                )
            })
        })
    }
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
            ("cues.csv", "event,cue,kind,mode\nstatement,said,say,\nmeeting,met with,verb,\nagreement,MoU,instrument,\n"),
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
                &["Syed Mohsin Naqvi", "met with", "Naqvi"],
            ),
            ("the Pakistan Army chief", &["Pakistan Army"]),
            ("the Pakistan-Iran border", &["Pakistan", "Iran"]),
            ("so-called talks, he said", &["said"]),
            (
                "Secretary of Iran’s Supreme National Security Council",
                &["Secretary of Iran’s Supreme National Security Council"],
            ),
            ("signed two MoUs and an MOU, not a mou", &["MOU"]),
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
