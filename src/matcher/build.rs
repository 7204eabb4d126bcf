//! Building the automaton: every alias and its spellings, role titles expanded per country, the
//! organisations named inside titles.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use anyhow::{Context, Result};

use super::{Matcher, Spelling, Target};
use crate::gazetteer::{CueEvent, Gazetteer, PlaceKind, RoleKind, WordClass};
use crate::text::{char_at, char_before, is_word_char, lexicon};

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
/// Naqvi"), or the first of a name with a patronymic ("Faisal" of "Faisal bin Farhan") or of a
/// name written family name first (`family_first`: "Xi" of "Xi Jinping").
fn surname(name: &str, family_first: bool) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    // "Faisal bin Farhan": what follows "bin" is the father's name, and press shortens such a
    // name to its first word ("Prince Faisal").
    let patronymic = words
        .iter()
        .any(|w| lexicon::is_patronymic(&w.to_lowercase()));
    let last = if patronymic || family_first {
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
    /// the country they name, and `{posting}` ones for every country, naming none. Honorifics and ranks need their capitals; offices do not.
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
                if alias.contains("{posting}") {
                    // "Ambassador to Sri Lanka": the country is where the envoy is posted, not
                    // theirs; the title names no country of its holder.
                    for &(ci, c) in &countries {
                        for n in std::iter::once(&c.name).chain(&c.aliases) {
                            let target = Target::Role {
                                role,
                                country: None,
                                posting: Some(ci),
                            };
                            b.add(&alias.replace("{posting}", n), target, false);
                        }
                    }
                } else if alias.contains("{country}") || alias.contains("{demonym}") {
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
                                    posting: None,
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
                        posting: None,
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
            let family_first = p.country.as_deref().is_some_and(|c| {
                g.words
                    .contains(WordClass::FamilyNameFirst, &c.to_ascii_lowercase())
            });
            for alias in std::iter::once(&p.name).chain(&p.aliases) {
                if alias.split_whitespace().count() >= 2 {
                    b.add(alias, Target::Person(i), true);
                    if let Some(s) = surname(alias, family_first) {
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
