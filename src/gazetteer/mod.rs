//! The curated knowledge the extractor runs on: people, organisations, places, agreements, role titles, cue words and word lists.
//!
//! Seven CSV files (see `gazetteers/` and the README) are compiled into the binary; a directory given
//! with `--gazetteers` adds rows to them or replaces rows with the same id.

pub mod check;
mod cue;
mod frame;
mod load;
mod parse;
mod table;
pub mod words;

use std::collections::{HashMap, HashSet};

use anyhow::{bail, Result};

use crate::date::PartialDate;
pub use cue::{AgreementAction, AgreementNoun, Cue, CueEvent, CueKind, MeetingKind, Mode};
pub use frame::{Form, Frame, Object, Part};
pub use load::FILES;
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
    /// The event frames of `frames.csv`.
    pub frames: Vec<Frame>,
    /// Every surface form of every frame, each pointing at its frame.
    pub cues: Vec<Cue>,
    /// The word lists of `words.csv`.
    pub words: Words,
    country_rows: HashMap<String, usize>,
    /// Tenures by (lower-cased role, country code), so finding an office's holder does not
    /// scan every tenure of a large gazetteer.
    tenures_by_office: HashMap<(String, Option<String>), Vec<usize>>,
    /// People rows by the variant key ([`crate::text::variants::key`]) of each name and alias
    /// of two words or more.
    people_by_variant: HashMap<String, Vec<u32>>,
    /// Organisation rows by each name and alias in lower case.
    orgs_by_lower_name: HashMap<String, u32>,
}

impl Gazetteer {
    /// The place row of a country, by ISO code.
    pub fn country(&self, code: &str) -> Option<&Place> {
        self.country_rows.get(code).map(|&i| &self.places[i])
    }

    /// The people a name of two words or more may be a spelling variant of ("Abdelfatah
    /// al-Sisi" of "Abdel Fattah el-Sisi").
    pub fn people_by_variant(&self, name: &str) -> &[u32] {
        if crate::text::variants::word_count(name) < 2 {
            return &[];
        }
        let key = crate::text::variants::key(name);
        self.people_by_variant.get(&key).map_or(&[], Vec::as_slice)
    }

    /// The organisation a name stands for, whatever its case ("Pakistani army" for the row
    /// "Pakistani Army").
    pub fn organisation_named(&self, name: &str) -> Option<u32> {
        self.orgs_by_lower_name.get(&name.to_lowercase()).copied()
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

    /// The tenure of `role` in `country` covering `date`; with no date, the latest tenure when
    /// the gazetteer knows one holder of the office only (with several, who held it is unknown:
    /// an article of no date may be years old). The flag says whether there was no date.
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
            None => only_holder(matching),
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

/// A gazetteer file's name (for messages) and text.
pub struct Source {
    pub name: String,
    pub text: String,
}

/// The latest of `tenures` when they are all one person's, flagged as chosen without a date.
pub(crate) fn only_holder<'t>(
    tenures: impl Iterator<Item = (usize, &'t Tenure)>,
) -> Option<(usize, bool)> {
    let all: Vec<(usize, &Tenure)> = tenures.collect();
    let one = all.windows(2).all(|w| w[0].1.person == w[1].1.person);
    let latest = all
        .into_iter()
        .max_by_key(|(_, t)| (t.to.is_none(), t.to, t.from))
        .map(|(i, _)| (i, true));
    latest.filter(|_| one)
}
