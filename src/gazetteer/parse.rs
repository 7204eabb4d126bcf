//! Parses each gazetteer file's rows into typed records, refusing bad cells with file:line:column.

use std::collections::{HashMap, HashSet};

use anyhow::{bail, Result};

use super::frame::{Frame, Object, Part};
use super::table::{Row, Table};
use super::{
    Agreement, CueEvent, CueKind, Mode, Organisation, Person, Place, PlaceKind, Role, RoleKind,
    Source, Tenure,
};

/// Appends `new` to `items`, replacing every item whose key a new item has.
pub(super) fn merge_by<T, K: Eq + std::hash::Hash>(
    items: &mut Vec<T>,
    new: Vec<T>,
    key: impl Fn(&T) -> K,
) {
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

/// The row's id, refused when an earlier row of the file has it.
fn unique_id(row: &Row, seen: &mut HashSet<String>) -> Result<String> {
    let id = id(row)?;
    if !seen.insert(id.clone()) {
        bail!("{}: duplicate id {id:?}", row.at("id"));
    }
    Ok(id)
}

fn id(row: &Row) -> Result<String> {
    let id = row.required("id")?;
    if id.chars().any(char::is_whitespace) {
        bail!("{}: id {id:?} contains white space", row.at("id"));
    }
    // Ids of entities no gazetteer lists start with `~` (see `resolve::ids`): a gazetteer id
    // never does, so the two never collide.
    if id.starts_with('~') {
        bail!(
            "{}: id {id:?} starts with `~`, which marks the ids of entities no gazetteer lists",
            row.at("id")
        );
    }
    Ok(id)
}

pub(super) fn parse_places(src: &Source) -> Result<Vec<Place>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &["id", "name", "aliases", "country", "kind", "demonyms"],
    )?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let id = unique_id(&row, &mut seen)?;
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

pub(super) fn parse_orgs(src: &Source) -> Result<Vec<Organisation>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &["id", "name", "aliases", "country", "kind"],
    )?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let id = unique_id(&row, &mut seen)?;
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

pub(super) fn parse_people(src: &Source) -> Result<Vec<(Person, Vec<Tenure>)>> {
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

pub(super) fn parse_agreements(src: &Source) -> Result<Vec<Agreement>> {
    let t = Table::parse(
        &src.name,
        &src.text,
        &["id", "name", "aliases", "parties", "kind", "signed"],
    )?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let id = unique_id(&row, &mut seen)?;
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

pub(super) fn parse_roles(src: &Source) -> Result<Vec<Role>> {
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
        let refers_to: Vec<String> = row
            .list("refers_to")?
            .iter()
            .map(|w| w.to_lowercase())
            .collect();
        if !refers_to.is_empty() && kind != RoleKind::Generic {
            bail!(
                "{}: only a generic title refers to holders of other roles",
                row.at("refers_to")
            );
        }
        out.push(Role {
            role: row.required("role")?,
            aliases: row.list("aliases")?,
            kind,
            concurrent,
            refers_to,
        });
    }
    Ok(out)
}

pub(super) fn parse_frames(src: &Source) -> Result<Vec<Frame>> {
    let t = Table::parse(&src.name, &src.text, &["event", "phrase", "part", "kind"])?;
    let mut out = Vec::new();
    for row in t.rows() {
        let event_text = row.required("event")?;
        let Some(event) = CueEvent::parse(&event_text) else {
            bail!(
                "{}: event {event_text:?} is not one of meeting, statement, agreement",
                row.at("event")
            );
        };
        let part_text = row.required("part")?;
        let Some(part) = Part::parse(&part_text) else {
            bail!(
                "{}: part {part_text:?} is not one of verb, noun, fixed",
                row.at("part")
            );
        };
        let Some(kind) = CueKind::parse(event, part, row.get("kind")) else {
            bail!(
                "{}: kind {:?} does not go with event {:?}",
                row.at("kind"),
                row.get("kind"),
                row.get("event")
            );
        };
        let mode = match row.optional("mode") {
            None => None,
            Some(m) => match Mode::parse(&m) {
                Some(mode) => Some(mode),
                None => bail!(
                    "{}: mode {m:?} is not one of in-person, phone, virtual",
                    row.at("mode")
                ),
            },
        };
        let mut objects = Vec::new();
        for o in row.get("object").split('|').filter(|o| !o.is_empty()) {
            match Object::parse(o) {
                Some(o) => objects.push(o),
                None => bail!(
                    "{}: object {o:?} is neither `direct`, `mutual` nor a lower-case preposition",
                    row.at("object")
                ),
            }
        }
        let phrase = row.required("phrase")?;
        if phrase.split(' ').any(str::is_empty) {
            bail!("{}: phrase {phrase:?} has stray spaces", row.at("phrase"));
        }
        out.push(Frame {
            event,
            phrase,
            part,
            kind,
            objects,
            mode,
            forms: row
                .get("forms")
                .split('|')
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect(),
        });
    }
    Ok(out)
}
