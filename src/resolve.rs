//! Resolves matcher hits to entities: names, surnames, titles, roles by date, demonyms, capitals, acronyms, pronouns.
//!
//! Hits are grouped into noun phrases ("Iran’s Deputy Defence Minister", "Chief of Army Staff,
//! Field Marshal Asim Munir", "Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces"); each
//! phrase resolves to one entity. A title with a name is that person; a title alone is whoever held
//! the office in that country on the article's date, or an unnamed official; a generic word ("the
//! minister") points back to the latest matching person; a capital stands for its government unless
//! it is where something happens. Names after a title that no gazetteer knows become people too.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::date::PartialDate;
use crate::entity::{Entity, EntityType};
use crate::gazetteer::{Gazetteer, PlaceKind, RoleKind};
use crate::matcher::{Matcher, Target};
use crate::text::clean::{Article, BlockKind};
use crate::text::dates::{self, DateExpr};
use crate::text::quotes::{self, Quote};
use crate::text::{char_at, lexicon, sentences, words};

/// A sentence of the article.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    /// The block (line) it belongs to.
    pub block: usize,
    /// Whether events are read from it (running text, not headings or list items).
    pub prose: bool,
    /// The quotations that start in it (they may run on past its end).
    pub quotes: Vec<Quote>,
    /// The dates it names.
    pub dates: Vec<DateExpr>,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A name, surname, alias or acronym.
    Name,
    /// A capital standing for its government.
    Metonym,
    /// A demonym ("Iranian").
    Demonym,
    /// A role title ("Interior Minister").
    Title,
    /// A word that points back ("the minister").
    Anaphor,
}

/// A stretch of text that refers to an entity.
#[derive(Debug, Clone)]
pub struct Mention {
    pub entity: usize,
    pub range: Range<usize>,
    pub form: Form,
    pub sentence: usize,
}

/// Group words that stand for two parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// "both countries", "the two nations".
    Countries,
    /// "both sides", "the two sides".
    Sides,
    /// "the two ministers", "both leaders".
    People,
    /// "the country", "the neighbouring country".
    Country,
}

/// What an acting noun phrase refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refers {
    Entity(usize),
    /// "he", "she".
    Pronoun,
    /// "they".
    Plural,
    Group(Group),
}

/// A noun phrase that can speak, meet or sign: a person, official, country or organisation.
#[derive(Debug, Clone)]
pub struct Actor {
    pub range: Range<usize>,
    pub refers: Refers,
    pub sentence: usize,
    /// Followed by "’s".
    pub possessive: bool,
    /// The preposition right before it ("with", "to"), lower case.
    pub prep: Option<String>,
    /// Inside a quotation.
    pub in_quote: bool,
}

/// A place named in a sentence.
#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub entity: usize,
    pub range: Range<usize>,
    pub sentence: usize,
    /// Where something happens ("in Tehran", "visited Islamabad").
    pub locative: bool,
}

/// A cue word or phrase from cues.csv.
#[derive(Debug, Clone)]
pub struct CueHit {
    pub cue: usize,
    pub range: Range<usize>,
    pub sentence: usize,
}

/// An agreement noun phrase ("12 memoranda of understanding (MOUs)", "the CPEC").
#[derive(Debug, Clone)]
pub struct Instrument {
    pub range: Range<usize>,
    pub name: String,
    pub count: Option<u32>,
    pub sentence: usize,
    pub entity: Option<usize>,
}

/// An entity of one document with the names the document used for it.
#[derive(Debug, Clone)]
pub struct DocEntity {
    pub entity: Entity,
    /// Names, surnames, aliases and acronyms used in the text (not titles or pronouns).
    pub names: Vec<String>,
    key: String,
}

/// One document, read: its sentences and everything named and cued in them.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub published: Option<PartialDate>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<DocEntity>,
    pub mentions: Vec<Mention>,
    pub actors: Vec<Actor>,
    pub places: Vec<PlaceMention>,
    pub cues: Vec<CueHit>,
    pub instruments: Vec<Instrument>,
    /// Names that several gazetteer entities share and the text did not settle.
    pub ambiguous: Vec<Ambiguity>,
    /// The mentions of countries as (start, entity), sorted: for looking back from a position.
    pub country_mentions: Vec<(usize, usize)>,
}

/// A name left unresolved because several entities could be meant.
#[derive(Debug, Clone)]
pub struct Ambiguity {
    pub range: Range<usize>,
    /// The first few candidates' names (at most [`Ambiguity::SHOWN`]).
    pub candidates: Vec<String>,
    /// How many candidates there are in all.
    pub count: usize,
}

impl Ambiguity {
    /// How many candidates are named; a common surname in a large gazetteer has thousands.
    pub const SHOWN: usize = 4;
}

#[derive(Debug, Clone, PartialEq)]
enum UnitKind {
    Person(Vec<u32>),
    Surname(Vec<u32>),
    Org(u32),
    Place(u32),
    Demonym(u32),
    Agreement(u32),
    Role {
        role: u32,
        country: Option<u32>,
    },
    Unknown,
    /// A later use of a name the document itself introduced: the unit that introduced it.
    LocalAlias(usize),
    Crossing,
    Pronoun,
    Plural,
    Group(Group),
}

#[derive(Debug, Clone)]
struct Unit {
    range: Range<usize>,
    kind: UnitKind,
    sentence: usize,
    /// An organisation a role title names inside itself.
    embedded_org: Option<(Range<usize>, u32)>,
}

fn group_patterns() -> &'static [(Regex, UnitKind)] {
    static P: OnceLock<Vec<(Regex, UnitKind)>> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("valid reference regex");
        vec![
            (re(r"\b(?:[Bb]oth|[Tt]he two|[Tt]he 2)\s+(?:countries|nations|neighbou?rs|states|governments|neighbou?ring countries)\b"), UnitKind::Group(Group::Countries)),
            (re(r"\b(?:[Bb]oth|[Tt]he two)\s+(?:sides|delegations|parties|governments)\b"), UnitKind::Group(Group::Sides)),
            (re(r"\b(?:[Bb]oth|[Tt]he two)\s+(?:ministers|leaders|officials|men|chiefs|generals|presidents|premiers|envoys|diplomats|heads of state|foreign ministers|army chiefs|counterparts)\b"), UnitKind::Group(Group::People)),
            (re(r"\b[Tt]he\s+(?:neighbou?ring\s+|host\s+|same\s+)?country\b"), UnitKind::Group(Group::Country)),
            (re(r"\b(?:He|She|he|she)\b"), UnitKind::Pronoun),
            (re(r"\b(?:They|they)\b"), UnitKind::Plural),
        ]
    })
}

/// Reads one document: finds its sentences and resolves every mention.
pub struct Resolver<'g> {
    g: &'g Gazetteer,
    m: &'g Matcher,
}

impl<'g> Resolver<'g> {
    pub fn new(g: &'g Gazetteer, m: &'g Matcher) -> Resolver<'g> {
        Resolver { g, m }
    }

    /// Resolves the article `article` of `text`, dated `published`.
    pub fn resolve(&self, text: &str, article: &Article, published: Option<PartialDate>) -> Doc {
        let mut doc = Doc {
            published,
            ..Doc::default()
        };
        for (bi, block) in article.body.iter().enumerate() {
            let mut block_quotes = quotes::find(text, block.range.clone());
            block_quotes.sort_by_key(|q| q.outer.start);
            for s in sentences::split(text, block.range.clone()) {
                let first = block_quotes.partition_point(|q| q.outer.start < s.start);
                let qs = block_quotes[first..]
                    .iter()
                    .take_while(|q| q.outer.start < s.end)
                    .cloned()
                    .collect();
                let dates = dates::find(&text[s.clone()], published)
                    .into_iter()
                    .map(|d| DateExpr {
                        range: d.range.start + s.start..d.range.end + s.start,
                        date: d.date,
                    })
                    .collect();
                doc.sentences.push(Sentence {
                    range: s,
                    block: bi,
                    prose: block.kind == BlockKind::Prose,
                    quotes: qs,
                    dates,
                });
            }
        }
        let mut units = Vec::new();
        for block in &article.body {
            for hit in self.m.find(text, block.range.clone()) {
                let Some(sentence) = sentence_of(&doc.sentences, hit.range.start) else {
                    continue;
                };
                for t in &hit.targets {
                    if let Target::Cue(c) = t {
                        doc.cues.push(CueHit {
                            cue: *c as usize,
                            range: hit.range.clone(),
                            sentence,
                        });
                    }
                }
                if let Some(kind) = unit_kind(self.g, &hit.targets) {
                    units.push(Unit {
                        range: hit.range.clone(),
                        kind,
                        sentence,
                        embedded_org: hit.embedded_org.clone(),
                    });
                }
            }
        }
        self.add_reference_units(text, &doc, &mut units);
        units.sort_by_key(|u| (u.range.start, std::cmp::Reverse(u.range.end)));
        self.add_unknown_names(text, &mut units);
        self.add_crossings(text, &mut units);
        self.add_local_aliases(text, &doc, &mut units);
        units.sort_by_key(|u| (u.range.start, std::cmp::Reverse(u.range.end)));
        let mut state = State::default();
        let mut start = 0;
        while start < units.len() {
            let sentence = units[start].sentence;
            let end = start
                + units[start..]
                    .iter()
                    .take_while(|u| u.sentence == sentence)
                    .count();
            let phrases = group(self.g, text, &units[start..end]);
            for p in phrases {
                let members: Vec<usize> = p.iter().map(|&i| i + start).collect();
                self.resolve_phrase(text, &units, &members, &mut doc, &mut state);
            }
            start = end;
        }
        self.find_instruments(text, &mut doc);
        let mut countries: Vec<(usize, usize)> = doc
            .mentions
            .iter()
            .filter(|m| doc.entities[m.entity].entity.kind == EntityType::Country)
            .map(|m| (m.range.start, m.entity))
            .collect();
        countries.sort_unstable();
        doc.country_mentions = countries;
        doc
    }

    /// Pronouns and group words ("both sides"), which no gazetteer lists.
    fn add_reference_units(&self, text: &str, doc: &Doc, units: &mut Vec<Unit>) {
        let mut taken = Taken::of(units.iter().map(|u| &u.range));
        for (si, s) in doc.sentences.iter().enumerate() {
            let st = &text[s.range.clone()];
            for (re, kind) in group_patterns() {
                for m in re.find_iter(st) {
                    let range = s.range.start + m.start()..s.range.start + m.end();
                    if taken.overlaps(&range) {
                        continue;
                    }
                    taken.insert(range.clone());
                    units.push(Unit {
                        range,
                        kind: kind.clone(),
                        sentence: si,
                        embedded_org: None,
                    });
                }
            }
        }
    }

    /// Capitalised words right after a title that no gazetteer knows: "Interior Secretary Khurram Agha".
    fn add_unknown_names(&self, text: &str, units: &mut Vec<Unit>) {
        let mut added = Vec::new();
        // What a new name may not overlap (a lone surname match does not block a longer name:
        // "Zheng" of "Zheng Shanjie"), and where surname matches start.
        let mut blocking = Taken::of(
            units
                .iter()
                .filter(|u| !matches!(u.kind, UnitKind::Surname(_)))
                .map(|u| &u.range),
        );
        let surname_starts: std::collections::HashSet<usize> = units
            .iter()
            .filter(|u| matches!(u.kind, UnitKind::Surname(_)))
            .map(|u| u.range.start)
            .collect();
        for (i, u) in units.iter().enumerate() {
            let UnitKind::Role { role, .. } = u.kind else {
                continue;
            };
            let kind = self.g.roles[role as usize].kind;
            let next_start = units[i + 1..]
                .iter()
                .find(|n| !matches!(n.kind, UnitKind::Surname(_)))
                .map_or(usize::MAX, |n| n.range.start);
            // A name follows its title closely: look a few hundred bytes ahead at most.
            let ahead = window(text, u.range.end, 400);
            let rest_end = ahead
                .find(['.', ';', ':', '\n', '“', '"', '('])
                .map_or(u.range.end + ahead.len(), |p| u.range.end + p);
            let rest = crate::text::span(text, u.range.end, rest_end);
            let mut name_words: Vec<(usize, usize)> = Vec::new();
            for (off, w) in words(rest) {
                let s = u.range.end + off;
                let between =
                    crate::text::span(text, name_words.last().map_or(u.range.end, |l| l.1), s);
                // "Afghanistan's ambassador, Rustam Wardak, said": an office, a comma, a name
                // closed by a comma.
                let comma_apposition = kind == RoleKind::Office
                    && between == ", "
                    && text[s..]
                        .split(',')
                        .next()
                        .is_some_and(|n| n.len() < 60 && !n.contains(['.', ';']))
                    && text[s..].contains(',');
                let gap_ok = if name_words.is_empty() {
                    (between.chars().all(char::is_whitespace) && !between.is_empty())
                        || comma_apposition
                } else {
                    between.chars().all(char::is_whitespace)
                };
                if !gap_ok || s >= next_start {
                    break;
                }
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                let particle =
                    !name_words.is_empty() && lexicon::is_name_particle(&w.to_lowercase());
                if (!capital && !particle) || lexicon::is_name_stopword(w) || name_words.len() == 4
                {
                    break;
                }
                name_words.push((s, s + w.len()));
            }
            while name_words.last().is_some_and(|&(s, e)| {
                lexicon::is_name_particle(&crate::text::span(text, s, e).to_lowercase())
            }) {
                name_words.pop();
            }
            let Some(&(first, _)) = name_words.first() else {
                continue;
            };
            let last = name_words.last().map_or(first, |l| l.1);
            // A generic word written as a title mid-sentence ("Minister Momeni") is one too.
            let capitalised = text[u.range.clone()].starts_with(char::is_uppercase)
                && !sentence_start(text, u.range.start);
            let titled = matches!(
                kind,
                RoleKind::Office | RoleKind::Rank | RoleKind::Honorific
            ) || (kind == RoleKind::Generic && capitalised);
            let all_caps = crate::text::span(text, first, last)
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            // One word that is a known surname stays that surname ("President Pezeshkian").
            let known_surname = name_words.len() == 1 && surname_starts.contains(&first);
            if titled && !all_caps && !known_surname {
                blocking.insert(first..last);
                added.push(Unit {
                    range: first..last,
                    kind: UnitKind::Unknown,
                    sentence: u.sentence,
                    embedded_org: None,
                });
            }
        }
        // "Zheng Shanjie, chairman of ...", "Tahir Andrabi, the Foreign Office spokesperson": a
        // name of two words or more right before a title in apposition.
        for (i, u) in units.iter().enumerate() {
            let UnitKind::Role { role, .. } = u.kind else {
                continue;
            };
            if self.g.roles[role as usize].kind != RoleKind::Office {
                continue;
            }
            let mut before = text[..u.range.start].trim_end_matches(' ');
            for det in ["the", "a", "an", "The"] {
                if let Some(b) = before.strip_suffix(det) {
                    if b.ends_with(' ') {
                        before = b.trim_end_matches(' ');
                    }
                }
            }
            // "X, Pakistan's ambassador": a qualifier may stand between.
            let prev = i.checked_sub(1).map(|k| &units[k]);
            if let Some(p) = prev.filter(|p| {
                matches!(p.kind, UnitKind::Demonym(_) | UnitKind::Place(_))
                    && p.range.end <= u.range.start
            }) {
                if qualifier_gap(crate::text::span(text, p.range.end, u.range.start)) {
                    before = text[..p.range.start].trim_end_matches(' ');
                }
            }

            let Some(before) = before.strip_suffix(',') else {
                continue;
            };
            let end = before.len();
            let base = crate::text::floor_boundary(before, before.len().saturating_sub(80));
            let ws = words(&before[base..]);
            let mut name: Vec<(usize, usize)> = Vec::new();
            for (off, w) in ws.rev() {
                let (s0, e0) = (base + off, base + off + w.len());
                let gap_end = name.last().map_or(end, |l| l.0);
                let gap = crate::text::span(text, e0, gap_end);
                if !gap.chars().all(|c| c == ' ') || name.len() == 4 {
                    break;
                }
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                let particle = !name.is_empty() && lexicon::is_name_particle(&w.to_lowercase());
                if (!capital && !particle) || lexicon::is_name_stopword(w) {
                    break;
                }
                if blocking.overlaps(&(s0..e0)) {
                    break;
                }
                name.push((s0, e0));
            }
            let all_caps = name.iter().all(|&(a, b)| {
                crate::text::span(text, a, b)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
            if name.len() >= 2 && !all_caps {
                let range = name.last().map_or(0, |l| l.0)..name[0].1;
                blocking.insert(range.clone());
                added.push(Unit {
                    range,
                    kind: UnitKind::Unknown,
                    sentence: u.sentence,
                    embedded_org: None,
                });
            }
        }
        let names = Taken::of(added.iter().map(|a| &a.range));
        units.retain(|u| !(matches!(u.kind, UnitKind::Surname(_)) && names.covers(&u.range)));
        units.extend(added);
        units.sort_by_key(|u| (u.range.start, std::cmp::Reverse(u.range.end)));
    }

    /// "Mirjaveh-Taftan border gate": places followed by a crossing noun make one crossing.
    fn add_crossings(&self, text: &str, units: &mut Vec<Unit>) {
        let mut i = 0;
        while i < units.len() {
            let is_place = |u: &Unit| matches!(u.kind, UnitKind::Place(_));
            if !is_place(&units[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < units.len()
                && is_place(&units[j + 1])
                && matches!(
                    &text[units[j].range.end..units[j + 1].range.start],
                    "-" | "–" | "/"
                )
            {
                j += 1;
            }
            let after = &text[units[j].range.end..];
            let noun = lexicon::CROSSING_NOUNS.iter().find(|n| {
                let rest = after.strip_prefix(' ').unwrap_or("");
                rest.get(..n.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(n))
                    && !char_at(rest, n.len()).is_some_and(char::is_alphanumeric)
            });
            if let Some(noun) = noun {
                let range = units[i].range.start..units[j].range.end + 1 + noun.len();
                let sentence = units[i].sentence;
                units.splice(
                    i..=j,
                    [Unit {
                        range,
                        kind: UnitKind::Crossing,
                        sentence,
                        embedded_org: None,
                    }],
                );
            }
            i += 1;
        }
    }

    /// Later uses of names the document introduced: the surname of a person found by title, and an
    /// acronym given in brackets after a name ("China's Road and Belt Initiative (RBI)").
    fn add_local_aliases(&self, text: &str, doc: &Doc, units: &mut Vec<Unit>) {
        let mut aliases: Vec<(String, usize, usize)> = Vec::new(); // (alias, defining unit, from byte)
        let starts: std::collections::HashSet<usize> =
            units.iter().map(|u| u.range.start).collect();
        for (i, u) in units.iter().enumerate() {
            if u.kind == UnitKind::Unknown {
                let name = &text[u.range.clone()];
                aliases.push((name.to_string(), i, u.range.end));
                if let Some(last) = name
                    .split_whitespace()
                    .last()
                    .filter(|_| name.contains(' '))
                {
                    if last.chars().count() >= 3 {
                        aliases.push((last.to_string(), i, u.range.end));
                    }
                }
            }
            let after = &text[u.range.end..];
            if let Some(rest) = after.strip_prefix(" (") {
                if let Some(close) = rest.find(')') {
                    let inner = &rest[..close];
                    let acronym = inner.len() >= 2
                        && inner.len() <= 10
                        && !inner.contains(' ')
                        && inner.chars().filter(char::is_ascii_uppercase).count() >= 2;
                    let start = u.range.end + 2;
                    let covered = starts.contains(&start);
                    if acronym && !covered {
                        aliases.push((inner.to_string(), i, start + inner.len()));
                    }
                }
            }
        }
        // The first definition of a name holds for all its later uses; later definitions of
        // the same name would find every use taken already.
        let mut distinct = std::collections::HashSet::new();
        aliases.retain(|(alias, _, _)| !alias.is_empty() && distinct.insert(alias.clone()));
        let mut added = Vec::new();
        if !aliases.is_empty() {
            // Every use of every alias in one pass over the text; then, as if each alias in
            // turn took its uses in text order, each use the first alias to reach it.
            let ac = AhoCorasick::new(aliases.iter().map(|(a, _, _)| a.as_str()))
                .expect("a few thousand short literals build");
            let mut uses: Vec<(usize, Range<usize>)> = ac
                .find_overlapping_iter(text)
                .filter(|m| {
                    let (_, _, from) = &aliases[m.pattern().as_usize()];
                    m.start() >= *from
                        && !crate::text::char_before(text, m.start())
                            .is_some_and(char::is_alphanumeric)
                        && !char_at(text, m.end()).is_some_and(char::is_alphanumeric)
                })
                .map(|m| (m.pattern().as_usize(), m.range()))
                .collect();
            uses.sort_by_key(|(alias, r)| (*alias, r.start));
            let mut taken = Taken::of(units.iter().map(|u| &u.range));
            for (alias, range) in uses {
                let Some(si) = sentence_of(&doc.sentences, range.start) else {
                    continue;
                };
                if range.end > doc.sentences[si].range.end || taken.overlaps(&range) {
                    continue;
                }
                taken.insert(range.clone());
                added.push(Unit {
                    range,
                    kind: UnitKind::LocalAlias(aliases[alias].1),
                    sentence: si,
                    embedded_org: None,
                });
            }
        }
        // Keep the defining indices valid: local aliases go after every other unit in the list
        // until the final sort, and definitions always come earlier in the text.
        let defs: HashMap<usize, Range<usize>> = units
            .iter()
            .enumerate()
            .map(|(i, u)| (i, u.range.clone()))
            .collect();
        for u in &mut added {
            if let UnitKind::LocalAlias(def) = u.kind {
                u.kind = UnitKind::LocalAlias(defs[&def].start);
            }
        }
        units.extend(added);
    }

    fn resolve_phrase(
        &self,
        text: &str,
        units: &[Unit],
        members: &[usize],
        doc: &mut Doc,
        state: &mut State,
    ) {
        let g = self.g;
        let date = doc.published;
        let us: Vec<&Unit> = members.iter().map(|&i| &units[i]).collect();
        let sentence = us[0].sentence;
        let range = us[0].range.start
            ..us.iter()
                .map(|u| u.range.end)
                .max()
                .unwrap_or(us[0].range.end);
        let mut qual: Option<u32> = None; // country place row
        let mut titles: Vec<(u32, &Unit)> = Vec::new();
        let mut orgs: Vec<(u32, &Unit)> = Vec::new();
        let mut name: Option<&Unit> = None;
        let mut capital: Option<(u32, &Unit)> = None;
        let mut countries: Vec<(u32, &Unit, Form)> = Vec::new();
        let mut other_places: Vec<(u32, &Unit)> = Vec::new();
        let mut agreement: Option<(u32, &Unit)> = None;
        let mut reference: Option<Refers> = None;
        let mut crossing: Option<&Unit> = None;
        let mut local_other: Option<(usize, &Unit)> = None;
        let mentions_before = doc.mentions.len();
        for u in &us {
            match &u.kind {
                UnitKind::LocalAlias(def)
                    if state
                        .local
                        .get(def)
                        .is_some_and(|&e| !doc.entities[e].entity.is_person()) =>
                {
                    local_other = state.local.get(def).copied().map(|e| (e, *u));
                }
                UnitKind::Person(_)
                | UnitKind::Surname(_)
                | UnitKind::Unknown
                | UnitKind::LocalAlias(_) => {
                    if name.is_none() {
                        name = Some(u);
                    }
                }
                UnitKind::Org(o) => orgs.push((*o, u)),
                UnitKind::Place(p) => {
                    let place = &g.places[*p as usize];
                    match place.kind {
                        PlaceKind::Country => {
                            qual = Some(*p);
                            countries.push((*p, u, Form::Name));
                        }
                        PlaceKind::Capital => {
                            if let Some(ci) =
                                place.country.as_deref().and_then(|c| g.country_index(c))
                            {
                                qual = Some(ci as u32);
                            }
                            capital = Some((*p, u));
                        }
                        _ => other_places.push((*p, u)),
                    }
                }
                UnitKind::Demonym(c) => {
                    qual = Some(*c);
                    countries.push((*c, u, Form::Demonym));
                }
                UnitKind::Agreement(a) => agreement = Some((*a, u)),
                UnitKind::Role { role, country } => {
                    if let Some(c) = country {
                        qual = Some(*c);
                        // "Iranian President", "Secretary of Iran's ...": the country is named too.
                        if let Some(r) = self.country_inside(text, u.range.clone(), *c) {
                            let e = self.country_entity(doc, *c);
                            doc.add_mention(e, r, Form::Demonym, sentence, text);
                        }
                    }
                    if let Some((_, o)) = &u.embedded_org {
                        orgs.push((*o, u));
                    }
                    titles.push((*role, u));
                }
                UnitKind::Crossing => crossing = Some(u),
                UnitKind::Pronoun => reference = Some(Refers::Pronoun),
                UnitKind::Plural => reference = Some(Refers::Plural),
                UnitKind::Group(gk) => reference = Some(Refers::Group(*gk)),
            }
        }
        let in_quote = doc.sentences[sentence]
            .quotes
            .iter()
            .any(|q| q.outer.start < range.start && range.start < q.outer.end);
        let possessive = {
            let after = &text[range.end..];
            after.starts_with("’s")
                || after.starts_with("'s")
                || after.starts_with("’ ")
                || after.starts_with("' ")
        };
        let prep = preposition_before(text, range.start, &doc.sentences[sentence].range);
        let office = titles
            .iter()
            .find(|(r, _)| g.roles[*r as usize].kind == RoleKind::Office)
            .map(|(r, _)| *r);
        let generic = titles
            .iter()
            .find(|(r, _)| g.roles[*r as usize].kind == RoleKind::Generic)
            .map(|(r, _)| *r);
        let qual_code = qual.and_then(|q| g.places[q as usize].country.clone());
        let mut actor: Option<usize> = None;

        // The qualifying country and any organisation in the phrase are mentions of their own.
        let mut country_entity = None;
        for (c, u, form) in &countries {
            let e = self.country_entity(doc, *c);
            doc.add_mention(e, u.range.clone(), *form, sentence, text);
            country_entity = Some(e);
        }
        let mut org_entity = None;
        for (o, u) in &orgs {
            let r = match &u.embedded_org {
                Some((r, _)) if matches!(u.kind, UnitKind::Role { .. }) => r.clone(),
                _ => u.range.clone(),
            };
            let e = self.org_entity(doc, *o);
            doc.add_mention(e, r, Form::Name, sentence, text);
            org_entity = Some(e);
        }

        if let Some((e, u)) = local_other {
            // A later use of an acronym the article gave in brackets ("the RBI").
            doc.add_mention(e, u.range.clone(), Form::Name, sentence, text);
            let kind = doc.entities[e].entity.kind;
            if matches!(kind, EntityType::Organisation | EntityType::Country) {
                actor = Some(e);
            }
        } else if let Some(n) = name {
            let person = match &n.kind {
                UnitKind::Person(cands) => {
                    Some(self.pick_person(doc, state, cands, office, qual_code.as_deref()))
                }
                UnitKind::Surname(cands) => {
                    let pick = self.pick_surname(
                        doc,
                        state,
                        cands,
                        office,
                        qual_code.as_deref(),
                        !titles.is_empty(),
                    );
                    if pick.is_none() && cands.len() > 1 {
                        // Left unresolved rather than guessed; reported with its candidates.
                        let names = cands
                            .iter()
                            .take(Ambiguity::SHOWN)
                            .map(|&c| g.people[c as usize].name.clone())
                            .collect();
                        doc.ambiguous.push(Ambiguity {
                            range: n.range.clone(),
                            candidates: names,
                            count: cands.len(),
                        });
                    }
                    pick
                }
                UnitKind::LocalAlias(def_start) => {
                    state.local.get(def_start).copied().map(Pick::Entity)
                }
                _ => None,
            };
            let e = match person {
                Some(Pick::Gazetteer(p)) => {
                    let e = self.person_entity(doc, p, office, date);
                    state.gazetteer_people.insert(p, e);
                    Some(e)
                }
                Some(Pick::Entity(e)) => Some(e),
                // "Mr Jiang" after "Ambassador Jiang Zaidong": one word of a name already read.
                None if n.kind == UnitKind::Unknown
                    && !text[n.range.clone()].contains(' ')
                    && {
                        let w = &text[n.range.clone()];
                        doc.entities
                            .iter()
                            .filter(|e| {
                                e.entity.is_person()
                                    && e.entity
                                        .name
                                        .as_deref()
                                        .is_some_and(|nm| nm.split(' ').any(|x| x == w))
                            })
                            .count()
                            == 1
                    } =>
                {
                    let w = &text[n.range.clone()];
                    doc.entities.iter().position(|e| {
                        e.entity.is_person()
                            && e.entity
                                .name
                                .as_deref()
                                .is_some_and(|nm| nm.split(' ').any(|x| x == w))
                    })
                }
                None if n.kind == UnitKind::Unknown => {
                    let role = office.map(|r| g.roles[r as usize].role.clone());
                    Some(doc.entity(
                        format!("unknown:{}", normalise(&text[n.range.clone()])),
                        Entity {
                            id: None,
                            name: Some(text[n.range.clone()].to_string()),
                            kind: EntityType::Person,
                            country: qual_code.clone(),
                            role,
                            role_as_of_latest: false,
                        },
                    ))
                }
                None => None,
            };
            if let Some(e) = e {
                if n.kind == UnitKind::Unknown {
                    state.local.insert(n.range.start, e);
                }
                doc.add_mention(e, n.range.clone(), Form::Name, sentence, text);
                for (_, t) in &titles {
                    doc.add_mention(e, t.range.clone(), Form::Title, sentence, text);
                }
                state.note_person(e);
                actor = Some(e);
            }
        } else if let Some(r) = office {
            let role = &g.roles[r as usize].role;
            let mut country = qual_code.clone();
            if country.is_none() && org_entity.is_none() {
                country = state.last_official_country.get(role).cloned();
            }
            let org_filter: Option<&crate::gazetteer::Organisation> =
                orgs.first().map(|(o, _)| &g.organisations[*o as usize]);
            // The office on the date of what the sentence tells, when that is earlier than the
            // article ("In 2018, Pakistan's army chief ..."), else on the article's date.
            let date = doc.sentences[sentence]
                .dates
                .iter()
                .filter_map(|d| d.date)
                .filter(|d| date.is_none_or(|p| d.last_day() < p.first_day()))
                .min()
                .or(date);
            let holder = match (&country, org_filter) {
                (Some(c), _) => g.holder(role, Some(c), date),
                (None, Some(o)) => self.holder_in_org(role, o, date),
                _ => None,
            };
            let title_unit = titles
                .iter()
                .find(|(t, _)| *t == r)
                .map(|(_, u)| *u)
                .unwrap_or(us[0]);
            let e = match holder {
                Some((t, latest)) => {
                    let p = g.tenures[t].person;
                    let e = self.person_entity(doc, p, Some(r), date);
                    state.gazetteer_people.insert(p, e);
                    if latest {
                        doc.entities[e].entity.role_as_of_latest = true;
                    }
                    Some(e)
                }
                // An official of no known country ("the ambassador") is nobody in particular.
                None if country.is_none() => None,
                None => Some(doc.entity(
                    format!("official:{}@{}", role, country.clone().unwrap_or_default()),
                    Entity {
                        id: None,
                        name: None,
                        kind: EntityType::Person,
                        country: country.clone(),
                        role: Some(role.clone()),
                        role_as_of_latest: false,
                    },
                )),
            };
            if let Some(c) = &country {
                state.last_official_country.insert(role.clone(), c.clone());
            }
            if let Some(e) = e {
                doc.add_mention(e, title_unit.range.clone(), Form::Title, sentence, text);
                state.note_person(e);
                actor = Some(e);
            }
        } else if let Some(r) = generic {
            let word = g.roles[r as usize].role.to_lowercase();
            let head_noun = ends_noun_phrase(text, range.end);
            // "a senior Pakistani official" is someone new; "the official" points back.
            // The article may stand before lower-case modifiers: "a planning ministry official".
            let indefinite = words(&text[doc.sentences[sentence].range.start..range.start])
                .rev()
                .take(4)
                .map(|(_, w)| w.to_string())
                .take_while(|w| {
                    w.chars().all(|c| c.is_lowercase() || c == '-') || w == "A" || w == "An"
                })
                .any(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "another" | "one"));
            if indefinite {
                if let (Some(c), true) = (&qual_code, head_noun) {
                    let role = g.roles[r as usize].role.clone();
                    let e = doc.entity(
                        format!("official:{role}@{c}"),
                        Entity {
                            id: None,
                            name: None,
                            kind: EntityType::Person,
                            country: Some(c.clone()),
                            role: Some(role),
                            role_as_of_latest: false,
                        },
                    );
                    doc.add_mention(e, range.clone(), Form::Title, sentence, text);
                    state.note_person(e);
                    actor = Some(e);
                }
            } else if let Some(e) = state
                .recent_person(doc, qual_code.as_deref(), &word)
                .filter(|_| head_noun)
            {
                let t = titles
                    .iter()
                    .find(|(t, _)| *t == r)
                    .map(|(_, u)| u.range.clone())
                    .unwrap_or(range.clone());
                doc.add_mention(e, t, Form::Anaphor, sentence, text);
                actor = Some(e);
            } else if org_entity.is_some() {
                actor = org_entity;
            } else if country_entity.is_some() && state_noun_follows(text, range.end) {
                actor = country_entity;
            }
        } else if let Some(e) = org_entity {
            actor = Some(e);
        } else if let Some(u) = crossing {
            let name = text[u.range.clone()].to_string();
            let e = doc.entity(
                format!("crossing:{}", normalise(&name)),
                Entity {
                    id: None,
                    name: Some(name),
                    kind: EntityType::Place,
                    country: None,
                    role: None,
                    role_as_of_latest: false,
                },
            );
            doc.add_mention(e, u.range.clone(), Form::Name, sentence, text);
            doc.places.push(PlaceMention {
                entity: e,
                range: u.range.clone(),
                sentence,
                locative: true,
            });
        } else if let Some((p, u)) = capital {
            let locative = prep.as_deref().is_some_and(lexicon::is_locative)
                || followed_by_word(
                    text,
                    u.range.end,
                    &["visit", "trip", "talks", "meeting", "summit"],
                );
            // A dateline names where the report was filed: the city, but not where events happen.
            let filed_in = dateline(text, u.range.clone());
            let stands_for_state = !locative && !filed_in;
            if stands_for_state {
                if let Some(ci) = qual {
                    let e = self.country_entity(doc, ci);
                    doc.add_mention(e, u.range.clone(), Form::Metonym, sentence, text);
                    actor = Some(e);
                }
            } else {
                let e = self.place_entity(doc, p);
                doc.add_mention(e, u.range.clone(), Form::Name, sentence, text);
                doc.places.push(PlaceMention {
                    entity: e,
                    range: u.range.clone(),
                    sentence,
                    locative,
                });
            }
        } else if let Some(&(c, u, form)) = countries.last() {
            let e = self.country_entity(doc, c);
            let acting = form == Form::Name || state_noun_follows(text, u.range.end);
            if acting {
                actor = Some(e);
            }
            let locative = prep.as_deref().is_some_and(lexicon::is_locative);
            if form == Form::Name {
                doc.places.push(PlaceMention {
                    entity: e,
                    range: u.range.clone(),
                    sentence,
                    locative,
                });
            }
        } else if let Some(&(p, u)) = other_places.first() {
            let e = self.place_entity(doc, p);
            doc.add_mention(e, u.range.clone(), Form::Name, sentence, text);
            let locative = prep.as_deref().is_some_and(lexicon::is_locative);
            doc.places.push(PlaceMention {
                entity: e,
                range: u.range.clone(),
                sentence,
                locative,
            });
        } else if let Some((a, u)) = agreement {
            let e = self.agreement_entity(doc, a);
            doc.add_mention(e, u.range.clone(), Form::Name, sentence, text);
            doc.instruments.push(Instrument {
                range: u.range.clone(),
                name: text[u.range.clone()].to_string(),
                count: None,
                sentence,
                entity: Some(e),
            });
        }
        // What the phrase names, for later uses of an acronym or surname it introduced.
        let head = actor.or_else(|| doc.mentions[mentions_before..].last().map(|m| m.entity));
        if let Some(h) = head {
            for u in &us {
                state.local.insert(u.range.start, h);
            }
            // "Road and Belt Initiative (RBI)": the bracketed acronym names the same thing.
            if let Some(rest) = text[range.end..].strip_prefix(" (") {
                if let Some(close) = rest.find(')') {
                    let inner = &rest[..close];
                    let start = range.end + 2;
                    let acronym = (2..=10).contains(&inner.len())
                        && !inner.contains(' ')
                        && inner.chars().filter(char::is_ascii_uppercase).count() >= 2;
                    let covered = doc.mentions[mentions_before..]
                        .iter()
                        .any(|m| m.range.start == start);
                    if acronym && !covered {
                        doc.add_mention(h, start..start + inner.len(), Form::Name, sentence, text);
                    }
                }
            }
        }
        let refers = match (actor, reference) {
            (Some(e), _) => Some(Refers::Entity(e)),
            (None, Some(r)) => Some(r),
            _ => None,
        };
        if let Some(refers) = refers {
            doc.actors.push(Actor {
                range,
                refers,
                sentence,
                possessive,
                prep,
                in_quote,
            });
        }
    }

    /// Where a country's name or demonym stands inside a title.
    fn country_inside(&self, text: &str, range: Range<usize>, c: u32) -> Option<Range<usize>> {
        let place = &self.g.places[c as usize];
        let inner = &text[range.clone()];
        std::iter::once(&place.name)
            .chain(&place.aliases)
            .chain(&place.demonyms)
            .filter_map(|n| {
                let at = inner.find(n.as_str())?;
                let bounded = !crate::text::char_before(inner, at)
                    .is_some_and(char::is_alphanumeric)
                    && !char_at(inner, at + n.len()).is_some_and(char::is_alphanumeric);
                bounded.then(|| range.start + at..range.start + at + n.len())
            })
            .max_by_key(|r| r.len())
    }

    fn pick_person(
        &self,
        doc: &Doc,
        state: &State,
        cands: &[u32],
        office: Option<u32>,
        country: Option<&str>,
    ) -> Pick {
        if let Some(e) = cands
            .iter()
            .find_map(|&c| state.gazetteer_people.get(&(c as usize)).copied())
        {
            return Pick::Entity(e);
        }
        let g = self.g;
        let fits = |c: u32| {
            let p = &g.people[c as usize];
            let country_ok = country.is_none() || p.country.as_deref() == country;
            let role_ok = office.is_none_or(|r| {
                p.tenures.iter().any(|&t| {
                    g.tenures[t]
                        .role
                        .eq_ignore_ascii_case(&g.roles[r as usize].role)
                })
            });
            let date_ok = doc
                .published
                .is_none_or(|d| p.tenures.iter().any(|&t| g.tenures[t].covers(d)));
            (country_ok as u8) + (role_ok as u8) + (date_ok as u8)
        };
        let best = cands
            .iter()
            .copied()
            .max_by_key(|&c| fits(c))
            .unwrap_or(cands[0]);
        Pick::Gazetteer(best as usize)
    }

    /// A surname alone resolves to a person the document named in full already, or, after a
    /// title or with a country, to the one candidate that fits; otherwise it stays unresolved.
    fn pick_surname(
        &self,
        doc: &Doc,
        state: &State,
        cands: &[u32],
        office: Option<u32>,
        country: Option<&str>,
        titled: bool,
    ) -> Option<Pick> {
        if let Some(e) = cands
            .iter()
            .find_map(|&c| state.gazetteer_people.get(&(c as usize)).copied())
        {
            return Some(Pick::Entity(e));
        }
        if !titled && country.is_none() {
            return None;
        }
        let g = self.g;
        let fitting: Vec<u32> = cands
            .iter()
            .copied()
            .filter(|&c| {
                let p = &g.people[c as usize];
                let country_ok = country.is_none() || p.country.as_deref() == country;
                let role_ok = office.is_none_or(|r| {
                    p.tenures.iter().any(|&t| {
                        g.tenures[t]
                            .role
                            .eq_ignore_ascii_case(&g.roles[r as usize].role)
                    })
                });
                country_ok && role_ok
            })
            .collect();
        match fitting.as_slice() {
            [one] => Some(Pick::Gazetteer(*one as usize)),
            [] => None,
            many => {
                let dated: Vec<u32> = many
                    .iter()
                    .copied()
                    .filter(|&c| {
                        doc.published.is_some_and(|d| {
                            g.people[c as usize]
                                .tenures
                                .iter()
                                .any(|&t| g.tenures[t].covers(d))
                        })
                    })
                    .collect();
                (dated.len() == 1).then(|| Pick::Gazetteer(dated[0] as usize))
            }
        }
    }

    fn holder_in_org(
        &self,
        role: &str,
        org: &crate::gazetteer::Organisation,
        date: Option<PartialDate>,
    ) -> Option<(usize, bool)> {
        let g = self.g;
        let names: Vec<String> = std::iter::once(&org.name)
            .chain(&org.aliases)
            .chain(std::iter::once(&org.id))
            .map(|n| n.to_lowercase())
            .collect();
        let matching = g.tenures.iter().enumerate().filter(|(_, t)| {
            t.role.eq_ignore_ascii_case(role)
                && t.organisation
                    .as_ref()
                    .is_some_and(|o| names.contains(&o.to_lowercase()))
        });
        match date {
            Some(d) => matching
                .filter(|(_, t)| t.covers(d))
                .max_by_key(|(_, t)| t.from)
                .map(|(i, _)| (i, false)),
            None => matching
                .max_by_key(|(_, t)| (t.to.is_none(), t.to, t.from))
                .map(|(i, _)| (i, true)),
        }
    }

    fn person_entity(
        &self,
        doc: &mut Doc,
        p: usize,
        office: Option<u32>,
        date: Option<PartialDate>,
    ) -> usize {
        let g = self.g;
        let person = &g.people[p];
        // The role: the office the text names, else the tenure covering the article's date,
        // else (no date) the latest one, flagged as such; a date no tenure covers gives none.
        let covering = date.and_then(|d| {
            person
                .tenures
                .iter()
                .map(|&t| &g.tenures[t])
                .filter(|t| t.covers(d))
                .max_by_key(|t| t.from)
        });
        let latest = g.tenure_of(p, None);
        let (role, as_of_latest) = match (office, covering, date) {
            (Some(r), _, _) => (Some(g.roles[r as usize].role.clone()), false),
            (None, Some(t), _) => (Some(t.role.clone()), false),
            (None, None, None) => (latest.map(|t| t.role.clone()), latest.is_some()),
            (None, None, Some(_)) => (None, false),
        };
        let key = format!("person:{}", person.id);
        let e = doc.entity(
            key,
            Entity {
                id: Some(person.id.clone()),
                name: Some(person.name.clone()),
                kind: EntityType::Person,
                country: person
                    .country
                    .clone()
                    .or_else(|| latest.and_then(|t| t.country.clone())),
                role: role.clone(),
                role_as_of_latest: as_of_latest,
            },
        );
        // A later mention with the office named fills in a role the first one lacked.
        if doc.entities[e].entity.role.is_none() && role.is_some() {
            doc.entities[e].entity.role = role;
            doc.entities[e].entity.role_as_of_latest = as_of_latest;
        }
        e
    }

    fn country_entity(&self, doc: &mut Doc, c: u32) -> usize {
        let p = &self.g.places[c as usize];
        doc.entity(
            format!("country:{}", p.country.as_deref().unwrap_or(&p.id)),
            Entity {
                id: Some(p.id.clone()),
                name: Some(p.name.clone()),
                kind: EntityType::Country,
                country: p.country.clone(),
                role: None,
                role_as_of_latest: false,
            },
        )
    }

    fn place_entity(&self, doc: &mut Doc, pi: u32) -> usize {
        let p = &self.g.places[pi as usize];
        doc.entity(
            format!("place:{}", p.id),
            Entity {
                id: Some(p.id.clone()),
                name: Some(p.name.clone()),
                kind: EntityType::Place,
                country: p.country.clone(),
                role: None,
                role_as_of_latest: false,
            },
        )
    }

    fn org_entity(&self, doc: &mut Doc, o: u32) -> usize {
        let org = &self.g.organisations[o as usize];
        doc.entity(
            format!("org:{}", org.id),
            Entity {
                id: Some(org.id.clone()),
                name: Some(org.name.clone()),
                kind: EntityType::Organisation,
                country: org.country.clone(),
                role: None,
                role_as_of_latest: false,
            },
        )
    }

    fn agreement_entity(&self, doc: &mut Doc, a: u32) -> usize {
        let ag = &self.g.agreements[a as usize];
        doc.entity(
            format!("agreement:{}", ag.id),
            Entity {
                id: Some(ag.id.clone()),
                name: Some(ag.name.clone()),
                kind: EntityType::Agreement,
                country: None,
                role: None,
                role_as_of_latest: false,
            },
        )
    }

    /// Agreement noun phrases built on the instrument cue words: "12 memoranda of understanding
    /// (MOUs)", "strategic partnership pacts", "agreements and Memorandums of Understanding (MoUs)".
    fn find_instruments(&self, text: &str, doc: &mut Doc) {
        let g = self.g;
        let cue_words: std::collections::HashSet<String> =
            g.cues.iter().map(|c| c.cue.to_lowercase()).collect();
        // (range, sentence, whether the noun names an agreement as an entity: "memoranda of
        // understanding" does, "mechanism" or "ceasefire" only make an event).
        let mut instrument_hits: Vec<(Range<usize>, usize, bool)> = doc
            .cues
            .iter()
            .filter(|c| matches!(g.cues[c.cue].kind.as_str(), "instrument" | "arrangement"))
            .map(|c| {
                (
                    c.range.clone(),
                    c.sentence,
                    g.cues[c.cue].kind == "instrument",
                )
            })
            .collect();
        // "memoranda of understanding (MoUs)": the bracketed acronym is the same instrument.
        let bracketed =
            |r: &Range<usize>| text[..r.start].ends_with(" (") && text[r.end..].starts_with(')');
        let all = instrument_hits.clone();
        instrument_hits.retain(|(r, _, _)| {
            !(bracketed(r) && all.iter().any(|(o, _, _)| o.end + 2 == r.start))
        });
        let mut i = 0;
        while i < instrument_hits.len() {
            let (first, sentence, _) = instrument_hits[i].clone();
            // Chain "agreements and memoranda of understanding".
            let mut j = i;
            while j + 1 < instrument_hits.len() && {
                let gap = &text[instrument_hits[j].0.end..instrument_hits[j + 1].0.start];
                gap == " and " || gap == ", " || gap == " or "
            } {
                j += 1;
            }
            let mut parts = Vec::new();
            for (r, _, named) in &instrument_hits[i..=j] {
                let (mods_start, acronym_end, acronym) = self.modifiers_and_acronym(
                    text,
                    r.clone(),
                    &doc.sentences[sentence].range,
                    &cue_words,
                );
                parts.push((mods_start, r.clone(), acronym_end, acronym, *named));
            }
            let start = parts[0].0;
            let end = parts.last().map_or(first.end, |p| p.2);
            let count = count_before(text, start, &doc.sentences[sentence].range);
            let mut entity = None;
            for (mods_start, noun, _, acronym, named) in &parts {
                let noun_text = &text[noun.clone()];
                let specific = *named
                    && (*mods_start < noun.start
                        || noun_text.contains(' ')
                        || crate::matcher::is_acronym(noun_text));
                if specific {
                    let name = crate::text::span(text, *mods_start, noun.end).to_string();
                    let e = doc.entity(
                        format!("instrument:{}", normalise(&name)),
                        Entity {
                            id: None,
                            name: Some(name.clone()),
                            kind: EntityType::Agreement,
                            country: None,
                            role: None,
                            role_as_of_latest: false,
                        },
                    );
                    doc.add_mention(e, *mods_start..noun.end, Form::Name, sentence, text);
                    if let Some(a) = acronym {
                        doc.add_mention(e, a.clone(), Form::Name, sentence, text);
                    }
                    entity = Some(e);
                }
            }
            doc.instruments.push(Instrument {
                range: start..end,
                name: crate::text::span(text, start, end).to_string(),
                count,
                sentence,
                entity,
            });
            i = j + 1;
        }
        doc.instruments.sort_by_key(|i| i.range.start);
    }

    /// Where an instrument's modifiers start ("strategic partnership" pacts), and a bracketed
    /// acronym after it.
    fn modifiers_and_acronym(
        &self,
        text: &str,
        noun: Range<usize>,
        sentence: &Range<usize>,
        cue_words: &std::collections::HashSet<String>,
    ) -> (usize, usize, Option<Range<usize>>) {
        let before = crate::text::span(text, sentence.start, noun.start);
        let ws = words(before);
        let mut start = noun.start;
        for (taken, (off, w)) in ws.rev().enumerate() {
            let abs = sentence.start + off;
            let between = crate::text::span(text, abs + w.len(), start);
            if !between.chars().all(|c| c == ' ') || taken == 3 {
                break;
            }
            let lower = w.to_lowercase();
            let blocked = lexicon::is_determiner(&lower)
                || lexicon::is_preposition(&lower)
                || lexicon::is_vague_modifier(&lower)
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
        let after = &text[noun.end..];
        let mut end = noun.end;
        let mut acronym = None;
        if let Some(rest) = after.strip_prefix(" (") {
            if let Some(close) = rest.find(')') {
                let inner = &rest[..close];
                if inner.len() <= 10
                    && !inner.contains(' ')
                    && inner.chars().filter(char::is_ascii_uppercase).count() >= 2
                {
                    let s = noun.end + 2;
                    acronym = Some(s..s + inner.len());
                    end = s + inner.len() + 1;
                }
            }
        }
        (start, end, acronym)
    }
}

enum Pick {
    Gazetteer(usize),
    Entity(usize),
}

#[derive(Default)]
struct State {
    /// Gazetteer person index -> document entity.
    gazetteer_people: HashMap<usize, usize>,
    /// People in the order last mentioned (most recent last).
    recent_people: Vec<usize>,
    /// The country last given for each office ("the deputy defence minister" after "Iran's ...").
    last_official_country: HashMap<String, String>,
    /// Start of a unit that introduced a name -> its entity.
    local: HashMap<usize, usize>,
}

impl State {
    fn note_person(&mut self, e: usize) {
        self.recent_people.retain(|&x| x != e);
        self.recent_people.push(e);
    }

    /// The latest person of `country` whose role fits a generic word ("minister").
    fn recent_person(&self, doc: &Doc, country: Option<&str>, word: &str) -> Option<usize> {
        self.recent_people.iter().rev().copied().find(|&e| {
            let ent = &doc.entities[e].entity;
            let country_ok = country.is_none() || ent.country.as_deref() == country;
            let role_ok = match word {
                "minister" | "secretary" => ent
                    .role
                    .as_deref()
                    .is_some_and(|r| r.to_lowercase().contains(word)),
                "general" => ent.role.as_deref().is_some_and(|r| {
                    let r = r.to_lowercase();
                    r.contains("chief") || r.contains("commander") || r.contains("staff")
                }),
                _ => true,
            };
            country_ok && role_ok
        })
    }
}

impl Doc {
    fn entity(&mut self, key: String, entity: Entity) -> usize {
        if let Some(i) = self.entities.iter().position(|e| e.key == key) {
            return i;
        }
        self.entities.push(DocEntity {
            entity,
            names: Vec::new(),
            key,
        });
        self.entities.len() - 1
    }

    fn add_mention(
        &mut self,
        entity: usize,
        range: Range<usize>,
        form: Form,
        sentence: usize,
        text: &str,
    ) {
        if matches!(form, Form::Name | Form::Metonym | Form::Demonym) {
            let n = text[range.clone()].to_string();
            let names = &mut self.entities[entity].names;
            if !names.contains(&n) {
                names.push(n);
            }
        }
        self.mentions.push(Mention {
            entity,
            range,
            form,
            sentence,
        });
    }

    /// The entity of the country with ISO code `code`, added if the document has not named it.
    pub fn country_entity(&mut self, g: &Gazetteer, code: &str) -> Option<usize> {
        let place = g.country(code)?;
        Some(self.entity(
            format!("country:{code}"),
            Entity {
                id: Some(place.id.clone()),
                name: Some(place.name.clone()),
                kind: EntityType::Country,
                country: Some(code.to_string()),
                role: None,
                role_as_of_latest: false,
            },
        ))
    }

    /// The entity of the organisation with gazetteer id `id`, added if the document has not named it.
    pub fn organisation_entity(&mut self, g: &Gazetteer, id: &str) -> Option<usize> {
        let o = g.organisations.iter().find(|o| o.id == id)?;
        Some(self.entity(
            format!("org:{}", o.id),
            Entity {
                id: Some(o.id.clone()),
                name: Some(o.name.clone()),
                kind: EntityType::Organisation,
                country: o.country.clone(),
                role: None,
                role_as_of_latest: false,
            },
        ))
    }

    /// The entities the document names by name (not only by title or pronoun).
    pub fn named_entities(&self) -> impl Iterator<Item = &DocEntity> {
        self.entities
            .iter()
            .filter(|e| e.entity.name.is_some() && !e.names.is_empty())
    }
}

/// Byte ranges already taken, kept as disjoint intervals, so that checking a new range against
/// thousands of others is a lookup rather than a scan.
#[derive(Debug, Default)]
struct Taken(std::collections::BTreeMap<usize, usize>);

impl Taken {
    fn of<'a>(ranges: impl Iterator<Item = &'a Range<usize>>) -> Taken {
        let mut t = Taken::default();
        for r in ranges {
            t.insert(r.clone());
        }
        t
    }

    /// Whether `r` shares a byte with a taken range.
    fn overlaps(&self, r: &Range<usize>) -> bool {
        self.0
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start)
    }

    /// Whether `r` lies inside one taken range.
    fn covers(&self, r: &Range<usize>) -> bool {
        self.0
            .range(..=r.start)
            .next_back()
            .is_some_and(|(_, &end)| r.end <= end)
    }

    fn insert(&mut self, r: Range<usize>) {
        let (mut start, mut end) = (r.start, r.end);
        while let Some((&s, &e)) = self.0.range(..end).next_back() {
            if e <= start {
                break;
            }
            start = start.min(s);
            end = end.max(e);
            self.0.remove(&s);
        }
        if start < end {
            self.0.insert(start, end);
        }
    }
}

fn sentence_of(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.range.end <= pos);
    (i < sentences.len() && sentences[i].range.start <= pos).then_some(i)
}

fn unit_kind(g: &Gazetteer, targets: &[Target]) -> Option<UnitKind> {
    // The targets sorted by kind, in order.
    let (mut persons, mut orgs, mut agreements, mut places, mut demonyms, mut surnames) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    let mut role = None;
    for t in targets {
        match *t {
            Target::Person(p) => persons.push(p),
            Target::Organisation(o) => orgs.push(o),
            Target::Agreement(a) => agreements.push(a),
            Target::Place(p) => places.push(p),
            Target::Demonym(c) => demonyms.push(c),
            Target::Surname(p) => surnames.push(p),
            Target::Role { role: r, country } if role.is_none() => {
                role = Some(UnitKind::Role { role: r, country })
            }
            Target::Role { .. } | Target::Cue(_) => {}
        }
    }
    // Full names first, then organisations, agreements, places (countries before capitals
    // before provinces before cities), demonyms, titles, and surnames last.
    let place_rank = |p: &u32| match g.places[*p as usize].kind {
        PlaceKind::Country => 0,
        PlaceKind::Capital => 1,
        PlaceKind::Province => 2,
        PlaceKind::City => 3,
        _ => 4,
    };
    if !persons.is_empty() {
        Some(UnitKind::Person(persons))
    } else if let Some(&o) = orgs.first() {
        Some(UnitKind::Org(o))
    } else if let Some(&a) = agreements.first() {
        Some(UnitKind::Agreement(a))
    } else if let Some(&p) = places.iter().min_by_key(|p| place_rank(p)) {
        Some(UnitKind::Place(p))
    } else if let Some(&c) = demonyms.first() {
        Some(UnitKind::Demonym(c))
    } else if role.is_some() {
        role
    } else {
        (!surnames.is_empty()).then_some(UnitKind::Surname(surnames))
    }
}

/// What kind of unit, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Qualifier,
    Title,
    Name,
    Org,
    Place,
    Other,
}

fn cat(u: &Unit) -> Cat {
    match u.kind {
        UnitKind::Demonym(_) => Cat::Qualifier,
        UnitKind::Place(_) => Cat::Place,
        UnitKind::Role { .. } => Cat::Title,
        UnitKind::Person(_)
        | UnitKind::Surname(_)
        | UnitKind::Unknown
        | UnitKind::LocalAlias(_) => Cat::Name,
        UnitKind::Org(_) => Cat::Org,
        _ => Cat::Other,
    }
}

fn qualifier_gap(gap: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:[’']s)?\s+(?:(?:top|new|senior|former|then|acting|caretaker|interim|chief|outgoing|incoming|current|visiting|state|military|security|defence|defense|government|foreign|army|intelligence|naval|high-ranking|ranking|veteran)\s+){0,3}$").expect("valid regex")
    })
    .is_match(gap)
}

/// Groups a sentence's units into noun phrases; returns indices into `units`.
fn group(g: &Gazetteer, text: &str, units: &[Unit]) -> Vec<Vec<usize>> {
    let office = |u: &Unit| matches!(u.kind, UnitKind::Role { role, .. } if g.roles[role as usize].kind == RoleKind::Office);
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut last_end = 0usize;
    for (i, u) in units.iter().enumerate() {
        let joined = match out.last() {
            Some(phrase) => {
                let prev = &units[*phrase.last().unwrap_or(&i)];
                let gap = text.get(last_end..u.range.start).unwrap_or(" x ");
                // A bracketed acronym right after a phrase belongs to it.
                let bracketed = (gap == " (" || gap == "(") && text[u.range.end..].starts_with(')');
                if bracketed {
                    true
                } else {
                    let place_like =
                        |u: &Unit| matches!(u.kind, UnitKind::Place(_) | UnitKind::Demonym(_));
                    let (pc, nc) = (cat(prev), cat(u));
                    let is_country_or_capital = |u: &Unit| place_like(u) && cat(u) != Cat::Other;
                    match (pc, nc) {
                        (Cat::Qualifier | Cat::Place, Cat::Title | Cat::Name)
                            if is_country_or_capital(prev) =>
                        {
                            qualifier_gap(gap)
                        }
                        (Cat::Qualifier | Cat::Place, Cat::Org) => {
                            gap == "’s " || gap == "'s " || gap == " "
                        }
                        (Cat::Title, Cat::Title) => gap == " " || gap == ", " || gap == " and ",
                        (Cat::Title, Cat::Name) => gap == " " || gap == ", ",
                        (Cat::Title, Cat::Qualifier | Cat::Place | Cat::Org) => {
                            gap == " of " || gap == " of the "
                        }
                        (Cat::Org, Cat::Title) => gap == " " || gap == "’s " || gap == "'s ",
                        (Cat::Name, Cat::Title) => {
                            matches!(gap, ", " | ", the " | ", a " | ", an ")
                                && office(u)
                                && !phrase.iter().any(|&k| office(&units[k]))
                                && !titles_a_name(text, units, i)
                        }
                        (Cat::Name, Cat::Qualifier | Cat::Place) => {
                            gap == ", "
                                && units.get(i + 1).is_some_and(|n| {
                                    cat(n) == Cat::Title
                                        && qualifier_gap(crate::text::span(
                                            text,
                                            u.range.end,
                                            n.range.start,
                                        ))
                                })
                                && !titles_a_name(text, units, i + 1)
                        }
                        _ => false,
                    }
                }
            }
            None => false,
        };
        if joined {
            if let Some(p) = out.last_mut() {
                p.push(i);
            }
            if text[u.range.end..].starts_with(')') {
                last_end = u.range.end + 1;
            } else {
                last_end = u.range.end;
            }
        } else {
            out.push(vec![i]);
            last_end = u.range.end;
        }
    }
    out
}

/// Whether the titles starting at unit `i` go on to a name of their own ("Li Qiang, Iran's First
/// Vice President Mohammad Reza Aref" is a list of two people, not an apposition).
fn titles_a_name(text: &str, units: &[Unit], i: usize) -> bool {
    let mut j = i;
    while j + 1 < units.len()
        && cat(&units[j + 1]) == Cat::Title
        && text[units[j].range.end..units[j + 1].range.start]
            .trim()
            .is_empty()
    {
        j += 1;
    }
    units.get(j + 1).is_some_and(|n| {
        cat(n) == Cat::Name && matches!(&text[units[j].range.end..n.range.start], " " | ", ")
    })
}

/// The preposition right before `pos` in the sentence (skipping determiners and adjectives like "late").
fn preposition_before(text: &str, pos: usize, sentence: &Range<usize>) -> Option<String> {
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

/// Up to `len` bytes of `text` from `pos`, cut at a character boundary.
fn window(text: &str, pos: usize, len: usize) -> &str {
    crate::text::span(
        text,
        pos,
        crate::text::floor_boundary(text, pos.saturating_add(len)),
    )
}

fn followed_by_word(text: &str, pos: usize, wanted: &[&str]) -> bool {
    words(window(text, pos, 40)).next().is_some_and(|(off, w)| {
        crate::text::span(text, pos, pos + off)
            .chars()
            .all(char::is_whitespace)
            && wanted.contains(&w.to_lowercase().as_str())
    })
}

/// Whether a noun phrase ends at `pos` ("the official said"), rather than going on ("the official
/// visit"): what follows is punctuation, a verb or a function word.
fn ends_noun_phrase(text: &str, pos: usize) -> bool {
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

fn state_noun_follows(text: &str, pos: usize) -> bool {
    words(window(text, pos, 40)).next().is_some_and(|(off, w)| {
        crate::text::span(text, pos, pos + off)
            .chars()
            .all(char::is_whitespace)
            && lexicon::is_state_noun(&w.to_lowercase())
    })
}

/// Whether `pos` opens a sentence or line (only spaces and opening quotes before it).
fn sentence_start(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '"', '“', '‘', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r', ':', '”'])
}

/// A dateline: a city in capitals at the start of a line, followed by a dash ("TEHRAN –").
fn dateline(text: &str, range: Range<usize>) -> bool {
    // Only spaces may stand between the line's start and the city (scanned back over the
    // spaces alone, so a long line costs nothing).
    let before =
        text[..range.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
    let at_line_start = before.is_empty() || before.ends_with(['\n', '\r']);
    let after = text[range.end..].trim_start();
    let caps = text[range.clone()]
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // "Tehran, IRNA --", "KABUL, Nov 3 (Reuters) -": a dash soon after the city.
    let dash_soon = after.starts_with(',')
        && after
            .char_indices()
            .take_while(|(i, _)| *i < 40)
            .any(|(i, c)| {
                matches!(c, '–' | '—')
                    || after[i..].starts_with("--")
                    || after[i..].starts_with(" - ")
            });
    at_line_start && ((caps && after.starts_with(['–', '—', '-', ',', '/', ':', '('])) || dash_soon)
}

/// A count written just before an instrument ("12 memoranda", "eight agreements").
fn count_before(text: &str, start: usize, sentence: &Range<usize>) -> Option<u32> {
    let mut ws = words(crate::text::span(text, sentence.start, start));
    let (off, w) = ws.next_back()?;
    if !crate::text::span(text, sentence.start + off + w.len(), start)
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

/// A name folded for comparison: lower case, single spaces, no punctuation.
pub fn normalise(s: &str) -> String {
    let mut out = String::new();
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&w.to_lowercase());
        }
    }
    out
}
