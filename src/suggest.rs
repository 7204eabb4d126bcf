//! Suggests gazetteer rows: the people, organisations and places articles name that the gazetteers do not.
//!
//! People come from the resolver (names introduced by a title or in apposition, which it keeps
//! as people with `id` null); organisations from capitalised names ending in a word such as
//! Commission, Council or Agency; places from capitalised names after "in", "at" or "near".
//! Each suggestion carries its count, an example sentence and a row ready to paste into the CSV.

use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::entity::EntityType;
use crate::pipeline::Extraction;
use crate::text::normalise;

/// What a suggestion is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Organisation,
    Place,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
        }
    }

    /// The gazetteer file the row goes into.
    pub fn file(self) -> &'static str {
        match self {
            Kind::Person => "people.csv",
            Kind::Organisation => "organisations.csv",
            Kind::Place => "places.csv",
        }
    }
}

/// One thing to add to the gazetteers.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub kind: Kind,
    pub name: String,
    pub count: usize,
    pub country: Option<String>,
    pub role: Option<String>,
    pub acronym: Option<String>,
    pub example: String,
}

impl Suggestion {
    /// The row for the gazetteer file, in its column order.
    pub fn csv_row(&self) -> Vec<String> {
        let cc = self.country.clone().unwrap_or_default();
        let slug = normalise(&self.name).replace(' ', "-");
        let id = if cc.is_empty() {
            slug
        } else {
            format!("{}-{slug}", cc.to_lowercase())
        };
        let aliases = self.acronym.clone().unwrap_or_default();
        match self.kind {
            Kind::Person => vec![
                id,
                self.name.clone(),
                aliases,
                cc,
                self.role.clone().unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ],
            Kind::Organisation => vec![id, self.name.clone(), aliases, cc, "other".into()],
            Kind::Place => vec![
                id,
                self.name.clone(),
                aliases,
                cc,
                "city".into(),
                String::new(),
            ],
        }
    }
}

fn org_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:(?:[A-Z][\w’'-]*|of|for|and|the|on)\s+){1,6}(?:Commission|Council|Ministry|Agency|Authority|Organi[sz]ation|Party|Front|Movement|Committee|Corps|Bureau|Department|Directorate|Institute|Brigade|Brigades|Association|Union|Bank|Fund|Company|Corporation|Works|Network|League|Division|Command|Service|Forum)\b(?:\s+\(([A-Z][A-Za-z]{1,9})\))?")
            .expect("valid organisation regex")
    })
}

fn place_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\b(?:in|at|near|from|to)\s+((?:[A-Z][a-z][\w-]*)(?:\s+[A-Z][a-z][\w-]*){0,2})\b",
        )
        .expect("valid place regex")
    })
}

/// Collects suggestions over many documents.
#[derive(Default)]
pub struct Collector {
    found: HashMap<(Kind, String), Suggestion>,
}

impl Collector {
    /// Adds what one document names that the gazetteers do not.
    pub fn add(&mut self, x: &Extraction, text: &str) {
        let sentence_of = |pos: usize| -> String {
            x.doc
                .sentences
                .iter()
                .find(|s| s.range.start <= pos && pos < s.range.end)
                .map_or_else(String::new, |s| text[s.range.clone()].to_string())
        };
        for (i, e) in x.doc.entities.iter().enumerate() {
            if e.entity.kind != EntityType::Person || e.entity.is_listed() {
                continue;
            }
            let Some(name) = e.entity.name.clone() else {
                continue;
            };
            let first = x
                .doc
                .mentions
                .iter()
                .filter(|m| m.entity == i)
                .map(|m| m.range.start)
                .min();
            let count = x
                .doc
                .mentions
                .iter()
                .filter(|m| m.entity == i && matches!(m.form, crate::resolve::Form::Name))
                .count()
                .max(1);
            self.push(
                Kind::Person,
                name,
                count,
                e.entity.country.clone(),
                e.entity.role.clone(),
                None,
                first.map(&sentence_of).unwrap_or_default(),
            );
        }
        let covered = |r: &Range<usize>| {
            x.doc
                .mentions
                .iter()
                .any(|m| m.range.start < r.end && r.start < m.range.end)
        };
        for s in &x.doc.sentences {
            let st = &text[s.range.clone()];
            for c in org_pattern().captures_iter(st) {
                let m = c.get(0).expect("whole match");
                let mut name = m.as_str().to_string();
                let acronym = c.get(1).map(|a| a.as_str().to_string());
                if let Some(a) = &acronym {
                    name = name[..name.len() - a.len() - 2].trim_end().to_string();
                }
                let name = name
                    .trim_start_matches("the ")
                    .trim_start_matches("The ")
                    .to_string();
                let r = s.range.start + m.start()..s.range.start + m.start() + name.len();
                if name.split_whitespace().count() >= 2 && !covered(&r) {
                    self.push(
                        Kind::Organisation,
                        name,
                        1,
                        None,
                        None,
                        acronym,
                        st.to_string(),
                    );
                }
            }
            for c in place_pattern().captures_iter(st) {
                let m = c.get(1).expect("place group");
                let r = s.range.start + m.start()..s.range.start + m.end();
                let name = m.as_str();
                let stop = crate::text::lexicon::is_name_stopword(
                    name.split_whitespace().next().unwrap_or(""),
                );
                if !covered(&r) && !stop && !org_pattern().is_match(name) {
                    self.push(
                        Kind::Place,
                        name.to_string(),
                        1,
                        None,
                        None,
                        None,
                        st.to_string(),
                    );
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: Kind,
        name: String,
        count: usize,
        country: Option<String>,
        role: Option<String>,
        acronym: Option<String>,
        example: String,
    ) {
        let entry = self
            .found
            .entry((kind, normalise(&name)))
            .or_insert_with(|| Suggestion {
                kind,
                name,
                count: 0,
                country: None,
                role: None,
                acronym: None,
                example,
            });
        entry.count += count;
        entry.country = entry.country.take().or(country);
        entry.role = entry.role.take().or(role);
        entry.acronym = entry.acronym.take().or(acronym);
    }

    /// The suggestions, most frequent first (then by kind and name).
    pub fn finish(self) -> Vec<Suggestion> {
        let mut out: Vec<Suggestion> = self.found.into_values().collect();
        out.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then(a.kind.cmp(&b.kind))
                .then(a.name.cmp(&b.name))
        });
        out
    }
}

/// Writes the ready-to-paste CSV rows of `suggestions`, people first, then organisations and
/// places (most frequent first within each).
pub fn write_csv(suggestions: &[Suggestion], out: &mut dyn Write) -> io::Result<()> {
    let mut csv = ::csv::WriterBuilder::new().flexible(true).from_writer(out);
    let mut ordered: Vec<_> = suggestions.iter().collect();
    ordered.sort_by_key(|s| s.kind);
    for s in ordered {
        csv.write_record(s.csv_row()).map_err(io::Error::other)?;
    }
    csv.flush()
}

/// Writes `suggestions` for a person to read: count, kind and name, an example sentence, and
/// the CSV row with the file it belongs in.
pub fn write_table(suggestions: &[Suggestion], out: &mut dyn Write) -> io::Result<()> {
    for s in suggestions {
        let row = s.csv_row().join(",");
        let example: String = s.example.chars().take(100).collect();
        writeln!(
            out,
            "{:>4}  {:<12} {}\n      e.g. {}\n      {}: {}",
            s.count,
            s.kind.as_str(),
            s.name,
            example,
            s.kind.file(),
            row
        )?;
    }
    Ok(())
}
