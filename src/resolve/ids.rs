//! Stable ids for the entities no gazetteer lists, so that one unknown person or body is one
//! node across documents: `~TYPE/CC/name-slug` (`~person/lk/mahinda-siriwardena`,
//! `~organisation/african-union-commission` when no country is known, `~official/pk/interior-
//! minister` for an unnamed official). Gazetteer ids never start with `~`.

use crate::entity::{Entity, EntityType};
use crate::text::fold_ascii;

use super::doc::Doc;

/// `s` folded to an id part: ASCII lower case, words joined by hyphens.
fn slug(s: &str) -> String {
    fold_ascii(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

/// The id of an entity no gazetteer lists, from its type, country and name (or role).
pub fn derived_id(e: &Entity) -> Option<String> {
    let (kind, what) = match (&e.name, &e.role) {
        (Some(name), _) => (e.kind.as_str(), slug(name)),
        (None, Some(role)) if e.kind == EntityType::Person => ("official", slug(role)),
        _ => return None,
    };
    if what.is_empty() {
        return None;
    }
    Some(match e.country.as_deref() {
        Some(cc) => format!("~{kind}/{}/{what}", cc.to_ascii_lowercase()),
        None => format!("~{kind}/{what}"),
    })
}

impl Doc {
    /// Gives every entity without a gazetteer id its derived id.
    pub(super) fn assign_ids(&mut self) {
        for de in &mut self.entities {
            if de.entity.id.is_none() {
                de.entity.id = derived_id(&de.entity);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(
        kind: EntityType,
        name: Option<&str>,
        country: Option<&str>,
        role: Option<&str>,
    ) -> Entity {
        Entity {
            id: None,
            name: name.map(String::from),
            kind,
            country: country.map(String::from),
            role: role.map(String::from),
            role_as_of_latest: false,
        }
    }

    #[test]
    fn ids_come_from_type_country_and_name() {
        let cases = [
            (
                entity(
                    EntityType::Person,
                    Some("Mahinda Siriwardena"),
                    Some("LK"),
                    None,
                ),
                Some("~person/lk/mahinda-siriwardena"),
            ),
            (
                entity(
                    EntityType::Person,
                    Some("Alvaro Leyva Durán"),
                    Some("CO"),
                    Some("Foreign Minister"),
                ),
                Some("~person/co/alvaro-leyva-duran"),
            ),
            (
                entity(
                    EntityType::Organisation,
                    Some("African Union Commission"),
                    None,
                    None,
                ),
                Some("~organisation/african-union-commission"),
            ),
            (
                entity(
                    EntityType::Place,
                    Some("Great Hall of the People"),
                    Some("CN"),
                    None,
                ),
                Some("~place/cn/great-hall-of-the-people"),
            ),
            (
                entity(
                    EntityType::Person,
                    None,
                    Some("PK"),
                    Some("Senior police official"),
                ),
                Some("~official/pk/senior-police-official"),
            ),
            (entity(EntityType::Person, None, None, None), None),
        ];
        for (e, want) in cases {
            assert_eq!(derived_id(&e).as_deref(), want, "{e:?}");
        }
    }

    #[test]
    fn two_spellings_of_one_name_share_an_id() {
        let a = entity(
            EntityType::Person,
            Some("Jonas Gahr Støre"),
            Some("NO"),
            None,
        );
        let b = entity(
            EntityType::Person,
            Some("Jonas  Gahr Store"),
            Some("NO"),
            None,
        );
        // "ø" folds to nothing it could share with "o"; accents that decompose do.
        let c = entity(
            EntityType::Person,
            Some("José Raúl Mulino"),
            Some("PA"),
            None,
        );
        let d = entity(
            EntityType::Person,
            Some("Jose Raul Mulino"),
            Some("PA"),
            None,
        );
        assert_ne!(derived_id(&a), None);
        assert_ne!(derived_id(&b), None);
        assert_eq!(derived_id(&c), derived_id(&d));
    }
}
