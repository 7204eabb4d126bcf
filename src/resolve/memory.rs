//! Discourse memory while reading a document: people met, the latest ones, offices' countries, local names.

use std::collections::HashMap;

use super::doc::Doc;

/// What the resolver remembers of the document so far.
#[derive(Default)]
pub(super) struct Memory {
    /// Gazetteer person index -> document entity.
    pub gazetteer_people: HashMap<usize, usize>,
    /// People in the order last mentioned (most recent last).
    recent_people: Vec<usize>,
    /// The country last given for each office ("the deputy defence minister" after "Iran's ...").
    pub last_official_country: HashMap<String, String>,
    /// Start of a unit that introduced a name -> its entity.
    pub local: HashMap<usize, usize>,
}

impl Memory {
    /// Notes that person entity `e` was just mentioned.
    pub fn note_person(&mut self, e: usize) {
        self.recent_people.retain(|&x| x != e);
        self.recent_people.push(e);
    }

    /// The latest person of `country` whose role contains one of `refers_to` (lower case; a
    /// generic title's `refers_to` in roles.csv: "general" stands for a chief or a commander),
    /// or any person when it is empty.
    pub fn recent_person(
        &self,
        doc: &Doc,
        country: Option<&str>,
        refers_to: &[String],
    ) -> Option<usize> {
        self.recent_people.iter().rev().copied().find(|&e| {
            let ent = &doc.entities[e].entity;
            let country_ok = country.is_none() || ent.country.as_deref() == country;
            let role_ok = refers_to.is_empty()
                || ent.role.as_deref().is_some_and(|r| {
                    let r = r.to_lowercase();
                    refers_to.iter().any(|w| r.contains(w.as_str()))
                });
            country_ok && role_ok
        })
    }

    /// The latest person of the document introduced with office `role` of `country` ("Sri
    /// Lanka's Minister of Foreign Affairs Ali Sabry ... the Sri Lankan FM"): who the title
    /// alone stands for, before anyone a gazetteer lists for the office.
    pub fn office_holder(&self, doc: &Doc, role: &str, country: &str) -> Option<usize> {
        self.recent_people.iter().rev().copied().find(|&e| {
            let ent = &doc.entities[e].entity;
            ent.country.as_deref() == Some(country)
                && ent
                    .role
                    .as_deref()
                    .is_some_and(|r| r.eq_ignore_ascii_case(role))
        })
    }
}
