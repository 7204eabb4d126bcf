//! A country goes by the fullest name the article writes for it ("the Federative Republic of Brazil").

use crate::entity::EntityType;

use super::doc::{Doc, Form};

impl Doc {
    /// Names each country entity as the article does (ANNOTATION.md: "the fullest form the
    /// article uses"): the longest form written that contains the gazetteer's name ("Republic of
    /// Colombia" for Colombia); when that name is never written, the longest other name that is
    /// not an abbreviation ("Britain", not "UK"). Ids and codes stay the gazetteer's.
    pub(super) fn name_countries_as_written(&mut self, text: &str) {
        // The forms written for each country, gathered in one pass over the mentions.
        let mut written: Vec<Vec<&str>> = vec![Vec::new(); self.entities.len()];
        for m in &self.mentions {
            if m.form == Form::Name && self.entities[m.entity].entity.kind == EntityType::Country {
                written[m.entity].extend(text.get(m.range.clone()));
            }
        }
        for (de, forms) in self.entities.iter_mut().zip(&written) {
            let Some(name) = de.entity.name.as_deref().filter(|_| !forms.is_empty()) else {
                continue;
            };
            let chosen = fullest(forms.iter().copied().filter(|f| contains_words(f, name)))
                .or_else(|| fullest(forms.iter().copied().filter(|f| !abbreviation(f))));
            if let Some(f) = chosen.filter(|f| *f != name) {
                de.entity.name = Some(f.to_string());
            }
        }
    }
}

/// The longest of `forms` (the first among equals).
fn fullest<'t>(forms: impl Iterator<Item = &'t str>) -> Option<&'t str> {
    forms.fold(None, |best: Option<&str>, f| match best {
        Some(b) if b.chars().count() >= f.chars().count() => Some(b),
        _ => Some(f),
    })
}

/// Whether `name` stands in `form` as whole words.
fn contains_words(form: &str, name: &str) -> bool {
    form.match_indices(name).any(|(i, _)| {
        let before = form[..i].chars().next_back();
        let after = form[i + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `form` is an abbreviation: no lower-case letter ("UK", "U.S.", "UAE").
fn abbreviation(form: &str) -> bool {
    !form.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_abbreviations() {
        let cases = [
            ("Republic of Colombia", "Colombia", true),
            ("Colombian", "Colombia", false),
            ("Kingdom of Saudi Arabia", "Saudi Arabia", true),
            ("Guinea-Bissau", "Guinea", true),
            ("Papua New Guinea", "Guinea", true),
        ];
        for (form, name, want) in cases {
            assert_eq!(contains_words(form, name), want, "{form} / {name}");
        }
        for (form, want) in [
            ("UK", true),
            ("U.S.", true),
            ("Britain", false),
            ("UAE", true),
        ] {
            assert_eq!(abbreviation(form), want, "{form}");
        }
    }
}
