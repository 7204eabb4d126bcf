//! The curated knowledge the extractor runs on: people, organisations, places, agreements, role titles and cue words.
//!
//! Six CSV files (see `gazetteers/` and the README) are compiled into the binary; a directory given
//! with `--gazetteers` adds rows to them or replaces rows with the same id.

pub mod check;
mod table;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::date::PartialDate;
use table::{Row, Table};

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
}

/// The event a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueEvent {
    Meeting,
    Statement,
    Agreement,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub event: CueEvent,
    pub cue: String,
    /// Meeting cues: `verb`, `nominal`, `visit`, `mediated`, `attendance`, `joint`. Agreement cues: the action
    /// (`signed`, `reaffirmed`, `negotiating`, `proposed`, `reached`), `instrument` (an
    /// agreement noun that names an agreement) or `arrangement` (one that only makes an event).
    pub kind: String,
    /// Meeting cues: `in-person`, `phone` or `virtual`.
    pub mode: Option<String>,
}

/// All six gazetteers, checked and indexed.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub people: Vec<Person>,
    pub tenures: Vec<Tenure>,
    pub organisations: Vec<Organisation>,
    pub places: Vec<Place>,
    pub agreements: Vec<Agreement>,
    pub roles: Vec<Role>,
    pub cues: Vec<Cue>,
    country_rows: HashMap<String, usize>,
    /// Tenures by (lower-cased role, country code), so finding an office's holder does not
    /// scan every tenure of a large gazetteer.
    tenures_by_office: HashMap<(String, Option<String>), Vec<usize>>,
}

/// The file names of the six gazetteers, in load order.
pub const FILES: [&str; 6] = [
    "places.csv",
    "organisations.csv",
    "people.csv",
    "agreements.csv",
    "roles.csv",
    "cues.csv",
];

fn embedded(file: &str) -> &'static str {
    match file {
        "places.csv" => include_str!("../../gazetteers/places.csv"),
        "organisations.csv" => include_str!("../../gazetteers/organisations.csv"),
        "people.csv" => include_str!("../../gazetteers/people.csv"),
        "agreements.csv" => include_str!("../../gazetteers/agreements.csv"),
        "roles.csv" => include_str!("../../gazetteers/roles.csv"),
        "cues.csv" => include_str!("../../gazetteers/cues.csv"),
        _ => "",
    }
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
        let mut layers: Vec<Vec<Source>> = vec![FILES
            .iter()
            .map(|f| Source {
                name: format!("gazetteers/{f}"),
                text: embedded(f).to_string(),
            })
            .collect()];
        if let Some(dir) = dir {
            if !dir.is_dir() {
                bail!("{}: not a directory of gazetteer CSV files", dir.display());
            }
            let mut layer = Vec::new();
            for f in FILES {
                let path = dir.join(f);
                if path.exists() {
                    let bytes = std::fs::read(&path)
                        .with_context(|| format!("{}: cannot read", path.display()))?;
                    let text = String::from_utf8(bytes).map_err(|e| {
                        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                            .iter()
                            .filter(|&&b| b == b'\n')
                            .count();
                        anyhow::anyhow!("{}:{line}:1: the file is not valid UTF-8", path.display())
                    })?;
                    layer.push(Source {
                        name: path.display().to_string(),
                        text,
                    });
                } else {
                    layer.push(Source {
                        name: path.display().to_string(),
                        text: String::new(),
                    });
                }
            }
            layers.push(layer);
        }
        Gazetteer::from_layers(&layers)
    }

    /// The gazetteers of `dir` alone, without the built-in ones.
    pub fn load_only(dir: &Path) -> Result<Gazetteer> {
        Gazetteer::from_layers(&[Gazetteer::sources(Some(dir))?])
    }

    /// The six built-in files, or those of `dir` alone (missing ones empty), as check sources.
    pub fn sources(dir: Option<&Path>) -> Result<Vec<Source>> {
        match dir {
            None => Ok(FILES
                .iter()
                .map(|f| Source {
                    name: format!("gazetteers/{f}"),
                    text: embedded(f).to_string(),
                })
                .collect()),
            Some(dir) => FILES
                .iter()
                .map(|f| {
                    let path = dir.join(f);
                    let text = if path.exists() {
                        std::fs::read_to_string(&path)
                            .with_context(|| format!("{}: cannot read", path.display()))?
                    } else {
                        String::new()
                    };
                    Ok(Source {
                        name: path.display().to_string(),
                        text,
                    })
                })
                .collect(),
        }
    }

    /// The built-in gazetteers extended by the given files, each `(file name, CSV text)` with a
    /// name from [`FILES`]; their rows replace built-in rows with the same id.
    pub fn builtin_with(files: &[(&str, &str)]) -> Result<Gazetteer> {
        let base: Vec<Source> = FILES
            .iter()
            .map(|f| Source {
                name: format!("gazetteers/{f}"),
                text: embedded(f).to_string(),
            })
            .collect();
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

    /// Builds a gazetteer from layers of the six files (in [`FILES`] order); a later layer's rows
    /// replace an earlier layer's rows with the same id. An empty text means "no such file".
    pub fn from_layers(layers: &[Vec<Source>]) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut places: Vec<Place> = Vec::new();
        let mut orgs: Vec<Organisation> = Vec::new();
        let mut people: Vec<(Person, Vec<Tenure>)> = Vec::new();
        let mut agreements: Vec<Agreement> = Vec::new();
        let mut roles: Vec<Role> = Vec::new();
        let mut cues: Vec<Cue> = Vec::new();
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

/// Appends `new` to `items`, replacing every item whose key a new item has.
fn merge_by<T, K: Eq + std::hash::Hash>(items: &mut Vec<T>, new: Vec<T>, key: impl Fn(&T) -> K) {
    let replaced: HashSet<K> = new.iter().map(&key).collect();
    items.retain(|i| !replaced.contains(&key(i)));
    items.extend(new);
}

fn country_code(row: &Row, column: &str) -> Result<Option<String>> {
    match row.optional(column) {
        None => Ok(None),
        Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => Ok(Some(c)),
        Some(c) => bail!(
            "{}: {c:?} is not an ISO 3166-1 alpha-2 country code",
            row.at(column)
        ),
    }
}

fn id(row: &Row) -> Result<String> {
    let id = row.required("id")?;
    if id.chars().any(char::is_whitespace) {
        bail!("{}: id {id:?} contains white space", row.at("id"));
    }
    Ok(id)
}

fn parse_places(src: &Source) -> Result<Vec<Place>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &["id", "name", "aliases", "country", "kind", "demonyms"],
    )?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let id = id(&row)?;
        if !seen.insert(id.clone()) {
            bail!("{}: duplicate id {id:?}", row.at("id"));
        }
        let kind_text = row.required("kind")?;
        let Some(kind) = PlaceKind::parse(&kind_text) else {
            bail!(
                "{}: kind {kind_text:?} is not one of country, capital, city, province, region, sea, crossing, port",
                row.at("kind")
            );
        };
        let country = country_code(&row, "country")?;
        if kind == PlaceKind::Country && country.is_none() {
            bail!(
                "{}: a country row needs its own code in `country`",
                row.at("country")
            );
        }
        out.push(Place {
            id,
            name: row.required("name")?,
            aliases: row.list("aliases")?,
            country,
            kind,
            demonyms: row.list("demonyms")?,
        });
    }
    Ok(out)
}

fn parse_orgs(src: &Source) -> Result<Vec<Organisation>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &["id", "name", "aliases", "country", "kind"],
    )?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let id = id(&row)?;
        if !seen.insert(id.clone()) {
            bail!("{}: duplicate id {id:?}", row.at("id"));
        }
        out.push(Organisation {
            id,
            name: row.required("name")?,
            aliases: row.list("aliases")?,
            country: country_code(&row, "country")?,
            kind: row.get("kind").to_string(),
        });
    }
    Ok(out)
}

fn parse_people(src: &Source) -> Result<Vec<(Person, Vec<Tenure>)>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &[
            "id",
            "name",
            "aliases",
            "country",
            "role",
            "organisation",
            "from",
            "to",
        ],
    )?;
    let mut out: Vec<(Person, Vec<Tenure>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in t.rows() {
        let id = id(&row)?;
        let name = row.required("name")?;
        let country = country_code(&row, "country")?;
        let from = row.date("from")?;
        let to = row.date("to")?;
        if let (Some(f), Some(t)) = (from, to) {
            if t.last_day() < f.first_day() {
                bail!(
                    "{}: the tenure ends ({t}) before it starts ({f})",
                    row.at("to")
                );
            }
        }
        let tenure = Tenure {
            person: 0,
            role: row.required("role")?,
            title: row.optional("title"),
            organisation: row.optional("organisation"),
            country: country.clone(),
            from,
            to,
            last_verified: row.date("last_verified")?,
            source: format!("{}:{}", src.name, row.line),
        };
        let aliases = row.list("aliases")?;
        match index.get(&id) {
            Some(&i) => {
                let (person, tenures) = &mut out[i];
                if person.name != name {
                    bail!(
                        "{}: id {id:?} was named {:?} on an earlier row, {name:?} here",
                        row.at("name"),
                        person.name
                    );
                }
                for a in aliases {
                    if !person.aliases.contains(&a) {
                        person.aliases.push(a);
                    }
                }
                tenures.push(tenure);
            }
            None => {
                index.insert(id.clone(), out.len());
                out.push((
                    Person {
                        id,
                        name,
                        aliases,
                        country,
                        tenures: Vec::new(),
                    },
                    vec![tenure],
                ));
            }
        }
    }
    Ok(out)
}

fn parse_agreements(src: &Source) -> Result<Vec<Agreement>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &["id", "name", "aliases", "parties", "kind", "signed"],
    )?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let id = id(&row)?;
        if !seen.insert(id.clone()) {
            bail!("{}: duplicate id {id:?}", row.at("id"));
        }
        out.push(Agreement {
            id,
            name: row.required("name")?,
            aliases: row.list("aliases")?,
            parties: row.list("parties")?,
            kind: row.get("kind").to_string(),
            signed: row.date("signed")?,
        });
    }
    Ok(out)
}

fn parse_roles(src: &Source) -> Result<Vec<Role>> {
    let t = Table::parse(&src.name, &src.text, &["role", "aliases"])?;
    let mut out = Vec::new();
    for row in t.rows() {
        let kind = match row.get("kind") {
            "" | "office" => RoleKind::Office,
            "rank" => RoleKind::Rank,
            "honorific" => RoleKind::Honorific,
            "generic" => RoleKind::Generic,
            other => bail!(
                "{}: kind {other:?} is not one of office, rank, honorific, generic",
                row.at("kind")
            ),
        };
        let concurrent = match row.get("concurrent") {
            "" | "no" => false,
            "yes" => true,
            other => bail!(
                "{}: concurrent {other:?} is neither yes nor empty",
                row.at("concurrent")
            ),
        };
        out.push(Role {
            role: row.required("role")?,
            aliases: row.list("aliases")?,
            kind,
            concurrent,
        });
    }
    Ok(out)
}

fn parse_cues(src: &Source) -> Result<Vec<Cue>> {
    let t = Table::parse(&src.name, &src.text, &["event", "cue"])?;
    let mut out = Vec::new();
    for row in t.rows() {
        let event = match row.required("event")?.as_str() {
            "meeting" => CueEvent::Meeting,
            "statement" => CueEvent::Statement,
            "agreement" => CueEvent::Agreement,
            other => bail!(
                "{}: event {other:?} is not one of meeting, statement, agreement",
                row.at("event")
            ),
        };
        let kind = row.get("kind").to_string();
        let valid = match event {
            CueEvent::Meeting => [
                "",
                "verb",
                "nominal",
                "visit",
                "mediated",
                "attendance",
                "joint",
            ]
            .contains(&kind.as_str()),
            CueEvent::Statement => ["", "say"].contains(&kind.as_str()),
            CueEvent::Agreement => [
                "signed",
                "reaffirmed",
                "negotiating",
                "proposed",
                "reached",
                "instrument",
                "arrangement",
            ]
            .contains(&kind.as_str()),
        };
        if !valid {
            bail!(
                "{}: kind {kind:?} does not go with event {:?}",
                row.at("kind"),
                row.get("event")
            );
        }
        let mode = row.optional("mode");
        if let Some(m) = &mode {
            if !["in-person", "phone", "virtual"].contains(&m.as_str()) {
                bail!(
                    "{}: mode {m:?} is not one of in-person, phone, virtual",
                    row.at("mode")
                );
            }
        }
        let cue = row.required("cue")?;
        out.push(Cue {
            event,
            cue,
            kind,
            mode,
        });
    }
    Ok(out)
}
