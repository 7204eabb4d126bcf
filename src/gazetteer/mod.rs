//! The curated knowledge the extractor runs on: people, organisations, places, agreements, role titles, cue words and word lists.
//!
//! Seven CSV files (see `gazetteers/` and the README) are compiled into the binary; a directory given
//! with `--gazetteers` adds rows to them or replaces rows with the same id.

pub mod check;
mod cue;
mod parse;
mod table;
pub mod words;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::date::PartialDate;
pub use cue::{AgreementAction, AgreementNoun, Cue, CueEvent, CueKind, MeetingKind, Mode};
use parse::{
    merge_by, parse_agreements, parse_cues, parse_orgs, parse_people, parse_places, parse_roles,
};
pub use words::{WordClass, Words};

/// A person known to the gazetteer, with every role they held.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    /// Indices into [`Gazetteer::tenures`].
    pub tenures: Vec<usize>,
}

/// One role held by one person for a time.
#[derive(Debug, Clone)]
pub struct Tenure {
    pub person: usize,
    pub role: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub last_verified: Option<PartialDate>,
    /// Where the row is, for messages.
    pub source: String,
}

impl Tenure {
    /// Whether the tenure covers `date` (an open end covers everything after the start).
    pub fn covers(&self, date: PartialDate) -> bool {
        let starts_before = self.from.is_none_or(|f| f.first_day() <= date.last_day());
        let ends_after = self.to.is_none_or(|t| t.last_day() >= date.first_day());
        starts_before && ends_after
    }
}

#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub kind: String,
}

/// What a place row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Capital,
    City,
    Province,
    Region,
    Sea,
    Crossing,
    Port,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "province" | "state" => PlaceKind::Province,
            "region" => PlaceKind::Region,
            "sea" => PlaceKind::Sea,
            "crossing" => PlaceKind::Crossing,
            "port" => PlaceKind::Port,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub kind: PlaceKind,
    pub demonyms: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Agreement {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub parties: Vec<String>,
    pub kind: String,
    pub signed: Option<PartialDate>,
}

/// What a title in roles.csv is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// An office that people hold (`Interior Minister`): resolvable by country and date.
    Office,
    /// A military rank (`Major General`): a title before a name, never an office.
    Rank,
    /// An honorific (`Syed`, `Ayatollah`, `Dr.`): a title before a name.
    Honorific,
    /// A word that stands for an official already named (`the minister`, `the official`).
    Generic,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub role: String,
    pub aliases: Vec<String>,
    pub kind: RoleKind,
    /// Several people hold the office at once (spokespeople, ambassadors): a title alone
    /// names none of them.
    pub concurrent: bool,
    /// Generic titles: words one of which the role of the person it stands for contains
    /// ("general" stands for a chief, a commander or a chief of staff); empty for any role.
    pub refers_to: Vec<String>,
}

/// All seven gazetteers, checked and indexed.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub people: Vec<Person>,
    pub tenures: Vec<Tenure>,
    pub organisations: Vec<Organisation>,
    pub places: Vec<Place>,
    pub agreements: Vec<Agreement>,
    pub roles: Vec<Role>,
    pub cues: Vec<Cue>,
    /// The word lists of `words.csv`.
    pub words: Words,
    country_rows: HashMap<String, usize>,
    /// Tenures by (lower-cased role, country code), so finding an office's holder does not
    /// scan every tenure of a large gazetteer.
    tenures_by_office: HashMap<(String, Option<String>), Vec<usize>>,
}

/// The file names of the seven gazetteers, in load order.
pub const FILES: [&str; 7] = [
    "places.csv",
    "organisations.csv",
    "people.csv",
    "agreements.csv",
    "roles.csv",
    "cues.csv",
    "words.csv",
];

fn embedded(file: &str) -> &'static str {
    match file {
        "places.csv" => include_str!("../../gazetteers/places.csv"),
        "organisations.csv" => include_str!("../../gazetteers/organisations.csv"),
        "people.csv" => include_str!("../../gazetteers/people.csv"),
        "agreements.csv" => include_str!("../../gazetteers/agreements.csv"),
        "roles.csv" => include_str!("../../gazetteers/roles.csv"),
        "cues.csv" => include_str!("../../gazetteers/cues.csv"),
        "words.csv" => include_str!("../../gazetteers/words.csv"),
        _ => "",
    }
}

/// The built-in files, in [`FILES`] order.
fn builtin_sources() -> Vec<Source> {
    FILES
        .iter()
        .map(|f| Source {
            name: format!("gazetteers/{f}"),
            text: embedded(f).to_string(),
        })
        .collect()
}

/// A gazetteer file's name (for messages) and text.
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Gazetteer {
    /// The gazetteers compiled into the binary.
    pub fn builtin() -> Result<Gazetteer> {
        Gazetteer::load(None)
    }

    /// The built-in gazetteers, extended and overridden by the CSV files found in `dir`.
    pub fn load(dir: Option<&Path>) -> Result<Gazetteer> {
        let mut layers = vec![builtin_sources()];
        if let Some(dir) = dir {
            if !dir.is_dir() {
                bail!("{}: not a directory of gazetteer CSV files", dir.display());
            }
            layers.push(dir_sources(dir)?);
        }
        Gazetteer::from_layers(&layers)
    }

    /// The gazetteers of `dir` alone, without the built-in ones; the built-in word lists stand in
    /// when `dir` has no `words.csv` (they are the rules' vocabulary, not entities).
    pub fn load_only(dir: &Path) -> Result<Gazetteer> {
        let mut sources = dir_sources(dir)?;
        for (file, src) in FILES.iter().zip(&mut sources) {
            if *file == "words.csv" && src.text.trim().is_empty() {
                src.text = embedded(file).to_string();
            }
        }
        Gazetteer::from_layers(&[sources])
    }

    /// The seven built-in files, or those of `dir` alone (missing ones empty), as check sources.
    pub fn sources(dir: Option<&Path>) -> Result<Vec<Source>> {
        match dir {
            None => Ok(builtin_sources()),
            Some(dir) => dir_sources(dir),
        }
    }

    /// The built-in gazetteers extended by the given files, each `(file name, CSV text)` with a
    /// name from [`FILES`]; their rows replace built-in rows with the same id.
    pub fn builtin_with(files: &[(&str, &str)]) -> Result<Gazetteer> {
        let base = builtin_sources();
        let mut extra = Vec::new();
        for f in FILES {
            let text = files.iter().find(|(n, _)| *n == f).map_or("", |(_, t)| t);
            extra.push(Source {
                name: f.to_string(),
                text: text.to_string(),
            });
        }
        for (name, _) in files {
            if !FILES.contains(name) {
                bail!(
                    "{name}: not a gazetteer file (expected one of {})",
                    FILES.join(", ")
                );
            }
        }
        Gazetteer::from_layers(&[base, extra])
    }

    /// Builds a gazetteer from layers of the seven files (in [`FILES`] order); a later layer's rows
    /// replace an earlier layer's rows with the same id. An empty text means "no such file".
    pub fn from_layers(layers: &[Vec<Source>]) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut places: Vec<Place> = Vec::new();
        let mut orgs: Vec<Organisation> = Vec::new();
        let mut people: Vec<(Person, Vec<Tenure>)> = Vec::new();
        let mut agreements: Vec<Agreement> = Vec::new();
        let mut roles: Vec<Role> = Vec::new();
        let mut cues: Vec<Cue> = Vec::new();
        let mut words = Vec::new();
        for layer in layers {
            for (file, src) in FILES.iter().zip(layer) {
                if src.text.trim().is_empty() {
                    continue;
                }
                match *file {
                    "places.csv" => merge_by(&mut places, parse_places(src)?, |p| p.id.clone()),
                    "organisations.csv" => merge_by(&mut orgs, parse_orgs(src)?, |o| o.id.clone()),
                    "people.csv" => merge_by(&mut people, parse_people(src)?, |p| p.0.id.clone()),
                    "agreements.csv" => {
                        merge_by(&mut agreements, parse_agreements(src)?, |a| a.id.clone())
                    }
                    "roles.csv" => {
                        merge_by(&mut roles, parse_roles(src)?, |r| r.role.to_lowercase())
                    }
                    "cues.csv" => merge_by(&mut cues, parse_cues(src)?, |c| {
                        format!("{:?}|{}", c.event, c.cue.to_lowercase())
                    }),
                    "words.csv" => words.extend(words::parse_words(src)?),
                    _ => {}
                }
            }
        }
        g.places = places;
        for (i, p) in g.places.iter().enumerate() {
            if p.kind == PlaceKind::Country {
                if let Some(cc) = &p.country {
                    g.country_rows.insert(cc.clone(), i);
                }
            }
        }
        g.organisations = orgs;
        g.agreements = agreements;
        g.roles = roles;
        g.cues = cues;
        g.words = Words::from_rows(&words);
        for (mut person, tenures) in people {
            let idx = g.people.len();
            for mut t in tenures {
                t.person = idx;
                person.tenures.push(g.tenures.len());
                g.tenures_by_office
                    .entry((t.role.to_lowercase(), t.country.clone()))
                    .or_default()
                    .push(g.tenures.len());
                g.tenures.push(t);
            }
            g.people.push(person);
        }
        g.check_countries()?;
        Ok(g)
    }

    /// The place row of a country, by ISO code.
    pub fn country(&self, code: &str) -> Option<&Place> {
        self.country_rows.get(code).map(|&i| &self.places[i])
    }

    /// The index of a country's place row, by ISO code.
    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.country_rows.get(code).copied()
    }

    /// Whether `code` is a country this gazetteer knows.
    pub fn is_country(&self, code: &str) -> bool {
        self.country_rows.contains_key(code)
    }

    /// The index of an office in roles.csv, by its canonical name (any case).
    pub fn role_index(&self, name: &str) -> Option<usize> {
        self.roles
            .iter()
            .position(|r| r.role.eq_ignore_ascii_case(name))
    }

    /// The tenures of `role` in `country`, best first: the one covering `date`, or with no date the
    /// most recent one. The flag says whether the choice was made without a date.
    pub fn holder(
        &self,
        role: &str,
        country: Option<&str>,
        date: Option<PartialDate>,
    ) -> Option<(usize, bool)> {
        if self
            .roles
            .iter()
            .any(|r| r.concurrent && r.role.eq_ignore_ascii_case(role))
        {
            return None;
        }
        let key = (role.to_lowercase(), country.map(str::to_string));
        let matching = self
            .tenures_by_office
            .get(&key)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| (i, &self.tenures[i]))
            .filter(|(_, t)| t.role.eq_ignore_ascii_case(role));
        match date {
            // Several holders at once (ambassadors to different capitals): nobody in particular.
            Some(d) => {
                let covering: Vec<(usize, &Tenure)> =
                    matching.filter(|(_, t)| t.covers(d)).collect();
                let people: HashSet<usize> = covering.iter().map(|(_, t)| t.person).collect();
                if people.len() > 1 && covering.iter().all(|(_, t)| t.to.is_none()) {
                    return None;
                }
                covering
                    .into_iter()
                    .max_by_key(|(_, t)| t.from)
                    .map(|(i, _)| (i, false))
            }
            None => matching
                .max_by_key(|(_, t)| (t.to.is_none(), t.to, t.from))
                .map(|(i, _)| (i, true)),
        }
    }

    /// The tenure of `person` that best describes them on `date` (or most recently).
    pub fn tenure_of(&self, person: usize, date: Option<PartialDate>) -> Option<&Tenure> {
        let ts = self.people[person]
            .tenures
            .iter()
            .map(|&i| &self.tenures[i]);
        let covering = date.and_then(|d| ts.clone().filter(|t| t.covers(d)).max_by_key(|t| t.from));
        covering.or_else(|| ts.max_by_key(|t| (t.to.is_none(), t.to, t.from)))
    }

    fn check_countries(&self) -> Result<()> {
        let check = |code: &Option<String>, at: &str| -> Result<()> {
            match code {
                Some(c) if !self.is_country(c) => {
                    bail!("{at}: unknown country code {c:?} (not a country row of places.csv)")
                }
                _ => Ok(()),
            }
        };
        for p in &self.places {
            if p.kind != PlaceKind::Country {
                check(&p.country, &format!("places.csv: place {}", p.id))?;
            }
        }
        for o in &self.organisations {
            check(
                &o.country,
                &format!("organisations.csv: organisation {}", o.id),
            )?;
        }
        for t in &self.tenures {
            check(&t.country, &t.source)?;
        }
        let org_ids: HashSet<&str> = self.organisations.iter().map(|o| o.id.as_str()).collect();
        for a in &self.agreements {
            for party in &a.parties {
                if !self.is_country(party) && !org_ids.contains(party.as_str()) {
                    bail!(
                        "agreements.csv: agreement {}: party {party:?} is neither a country code nor an organisation id",
                        a.id
                    );
                }
            }
        }
        Ok(())
    }
}

/// The files of `dir`, in [`FILES`] order; a missing file is an empty text.
fn dir_sources(dir: &Path) -> Result<Vec<Source>> {
    FILES
        .iter()
        .map(|f| {
            let path = dir.join(f);
            let text = if path.exists() {
                read_utf8(&path)?
            } else {
                String::new()
            };
            Ok(Source {
                name: path.display().to_string(),
                text,
            })
        })
        .collect()
}

/// A file's text; a file that is not UTF-8 is refused with the line of its first bad byte.
fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        anyhow::anyhow!("{}:{line}:1: the file is not valid UTF-8", path.display())
    })
}
