//! One constructor per entity kind: the document's entity for a gazetteer row or a name it read.

use crate::date::PartialDate;
use crate::entity::{Entity, EntityType};
use crate::gazetteer::Gazetteer;
use crate::text::{name_form, normalise};

use super::doc::{Doc, EntityKey};

/// An entity with no gazetteer id, no role and no country.
fn bare(kind: EntityType, name: Option<String>) -> Entity {
    Entity {
        id: None,
        name,
        kind,
        country: None,
        role: None,
        role_as_of_latest: false,
    }
}

impl Doc {
    /// The entity of the country in place row `row`.
    pub(super) fn country(&mut self, g: &Gazetteer, row: u32) -> usize {
        let p = &g.places[row as usize];
        let key = EntityKey::Country(p.country.clone().unwrap_or_else(|| p.id.clone()));
        self.entity(key, || Entity {
            id: Some(p.id.clone()),
            name: Some(p.name.clone()),
            kind: EntityType::Country,
            country: p.country.clone(),
            role: None,
            role_as_of_latest: false,
        })
    }

    /// The entity of the country with ISO code `code`, added if the document has not named it.
    pub fn country_entity(&mut self, g: &Gazetteer, code: &str) -> Option<usize> {
        let row = g.country_index(code)?;
        Some(self.country(g, row as u32))
    }

    /// The entity of the place (not a country) in place row `row`.
    pub(super) fn place(&mut self, g: &Gazetteer, row: u32) -> usize {
        let p = &g.places[row as usize];
        self.entity(EntityKey::Place(p.id.clone()), || Entity {
            id: Some(p.id.clone()),
            name: Some(p.name.clone()),
            kind: EntityType::Place,
            country: p.country.clone(),
            role: None,
            role_as_of_latest: false,
        })
    }

    /// The entity of the organisation in row `row`.
    pub(super) fn organisation(&mut self, g: &Gazetteer, row: u32) -> usize {
        let o = &g.organisations[row as usize];
        self.entity(EntityKey::Organisation(o.id.clone()), || Entity {
            id: Some(o.id.clone()),
            name: Some(o.name.clone()),
            kind: EntityType::Organisation,
            country: o.country.clone(),
            role: None,
            role_as_of_latest: false,
        })
    }

    /// The entity of the organisation with gazetteer id `id`, added if the document has not named it.
    pub fn organisation_entity(&mut self, g: &Gazetteer, id: &str) -> Option<usize> {
        let row = g.organisations.iter().position(|o| o.id == id)?;
        Some(self.organisation(g, row as u32))
    }

    /// The entity of the agreement in row `row`.
    pub(super) fn agreement(&mut self, g: &Gazetteer, row: u32) -> usize {
        let a = &g.agreements[row as usize];
        self.entity(EntityKey::Agreement(a.id.clone()), || Entity {
            id: Some(a.id.clone()),
            name: Some(a.name.clone()),
            ..bare(EntityType::Agreement, None)
        })
    }

    /// The entity of the gazetteer person `p`, holding the office `office` (a role row) if the
    /// text names one, else the office held on `date`.
    pub(super) fn person(
        &mut self,
        g: &Gazetteer,
        p: usize,
        office: Option<u32>,
        date: Option<PartialDate>,
    ) -> usize {
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
        let e = self.entity(EntityKey::Person(person.id.clone()), || Entity {
            id: Some(person.id.clone()),
            name: Some(person.name.clone()),
            kind: EntityType::Person,
            country: person
                .country
                .clone()
                .or_else(|| latest.and_then(|t| t.country.clone())),
            role: role.clone(),
            role_as_of_latest: as_of_latest,
        });
        // A later mention with the office named fills in a role the first one lacked.
        let entity = &mut self.entities[e].entity;
        if entity.role.is_none() && role.is_some() {
            entity.role = role;
            entity.role_as_of_latest = as_of_latest;
        }
        e
    }

    /// Marks the role of person entity `e` as one held before ("former President"), unless the
    /// role is one the text gave as current.
    pub(super) fn mark_former(&mut self, e: usize) {
        let entity = &mut self.entities[e].entity;
        if let Some(role) = &entity.role {
            if !role.starts_with("former ") {
                entity.role = Some(format!("former {role}"));
                entity.role_as_of_latest = false;
            }
        }
    }

    /// A person no gazetteer knows, named `name` in the text.
    pub(super) fn unknown_person(
        &mut self,
        name: &str,
        country: Option<String>,
        role: Option<String>,
    ) -> usize {
        let name = name_form(name);
        self.entity(EntityKey::Unknown(normalise(&name)), || Entity {
            country,
            role,
            ..bare(EntityType::Person, Some(name))
        })
    }

    /// The unnamed holder of `role` in `country`.
    pub(super) fn official(&mut self, role: &str, country: &str) -> usize {
        let key = EntityKey::Official {
            role: role.to_string(),
            country: country.to_string(),
        };
        self.entity(key, || Entity {
            country: Some(country.to_string()),
            role: Some(role.to_string()),
            ..bare(EntityType::Person, None)
        })
    }

    /// A border crossing the text names ("Mirjaveh-Taftan border gate").
    pub(super) fn crossing(&mut self, name: &str) -> usize {
        self.entity(EntityKey::Crossing(normalise(name)), || {
            bare(EntityType::Place, Some(name.to_string()))
        })
    }

    /// A body or place no gazetteer lists, named `name` in the text, of the country `country`.
    pub(super) fn shaped(
        &mut self,
        kind: EntityType,
        name: &str,
        country: Option<String>,
    ) -> usize {
        let name = name_form(name);
        self.entity(EntityKey::Shaped(kind, normalise(&name)), || Entity {
            country,
            ..bare(kind, Some(name))
        })
    }

    /// An agreement noun phrase no gazetteer lists ("strategic partnership pacts").
    pub(super) fn instrument(&mut self, name: &str) -> usize {
        self.entity(EntityKey::Instrument(normalise(name)), || {
            bare(EntityType::Agreement, Some(name.to_string()))
        })
    }
}
