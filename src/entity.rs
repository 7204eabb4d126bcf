//! The things an article names, as the output writes them.

use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organisation,
    Place,
    Country,
    Agreement,
}

impl EntityType {
    /// The name the output and the gold files use.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Place => "place",
            EntityType::Country => "country",
            EntityType::Agreement => "agreement",
        }
    }
}

/// An entity as written in every record: `{"id", "name", "type", "country", "role"}`.
///
/// An official named only by role has `id` and `name` null. `role_as_of_latest` is set when the
/// role was resolved to its most recent holder because the article gave no date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Entity {
    pub id: Option<String>,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub country: Option<String>,
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub role_as_of_latest: bool,
}

impl Entity {
    /// Whether a gazetteer lists it (its id is a gazetteer's, not one derived from its name).
    pub fn is_listed(&self) -> bool {
        self.id.as_deref().is_some_and(|id| !id.starts_with('~'))
    }

    /// How the gold files name a party: a person's or organisation's name, a country code, or
    /// `ROLE@CC` for an unnamed official.
    pub fn party_label(&self) -> String {
        match (self.kind, &self.name) {
            (EntityType::Country, _) => self.country.clone().unwrap_or_default(),
            (_, Some(name)) => name.clone(),
            (_, None) => format!(
                "{}@{}",
                self.role.as_deref().unwrap_or("official"),
                self.country.as_deref().unwrap_or("")
            ),
        }
    }

    /// Whether the entity is a person (named, or an official named by role only).
    pub fn is_person(&self) -> bool {
        self.kind == EntityType::Person
    }
}
