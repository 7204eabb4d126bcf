//! A noun phrase: what it holds, sorted by kind, and which of its parts heads it.

use std::ops::Range;

use crate::gazetteer::{Gazetteer, PlaceKind, RoleKind};

use super::around::preposition_before;
use super::doc::{Actor, Doc, Form, Refers};
use super::memory::Memory;
use super::names::bracketed_acronym;
use super::units::{Unit, UnitKind};

/// A noun phrase and its parts, sorted by what they are.
#[derive(Default)]
pub(super) struct Phrase<'u> {
    pub units: Vec<&'u Unit>,
    pub sentence: usize,
    pub range: Range<usize>,
    /// The place row of the country that qualifies the phrase (the last one named).
    pub country: Option<u32>,
    /// That country's ISO code.
    pub country_code: Option<String>,
    /// The role titles, as (role row, unit).
    pub titles: Vec<(u32, &'u Unit)>,
    /// The first office title and the first generic title.
    pub office: Option<u32>,
    /// Whether the office title is one the person held before ("former President X",
    /// "ex-President X"): the role says so.
    pub former: bool,
    generic: Option<u32>,
    /// The organisations named, by themselves or inside a title.
    pub orgs: Vec<(u32, &'u Unit)>,
    /// The first name.
    name: Option<&'u Unit>,
    capital: Option<(u32, &'u Unit)>,
    /// Countries by name or demonym.
    countries: Vec<(u32, &'u Unit, Form)>,
    other_places: Vec<(u32, &'u Unit)>,
    agreement: Option<(u32, &'u Unit)>,
    /// A body or place read from its shape.
    pub shaped: Option<&'u Unit>,
    /// A pronoun or group word.
    reference: Option<Refers>,
    crossing: Option<&'u Unit>,
    /// A later use of a name the text gave to something other than a person.
    local_other: Option<(usize, &'u Unit)>,
    /// Countries named inside titles ("Iranian President"), as (place row, range).
    inner_countries: Vec<(u32, Range<usize>)>,
    /// The preposition right before it.
    pub prep: Option<String>,
    possessive: bool,
    in_quote: bool,
    /// The entities of the last country and organisation mentioned, once mentioned.
    pub country_entity: Option<usize>,
    pub org_entity: Option<usize>,
}

/// What heads a phrase and decides what it resolves to, in order of precedence: a name beats a
/// title beats an organisation beats a place beats an agreement.
pub(super) enum Head<'u> {
    /// A later use of a name the text gave to something other than a person: its entity.
    LocalName(usize, &'u Unit),
    Name(&'u Unit),
    /// An office title alone (a role row).
    Office(u32),
    /// A generic title alone ("the minister").
    Generic(u32),
    /// A body or place read from its shape.
    Shaped(&'u Unit),
    /// An organisation: its entity.
    Organisation(usize),
    Crossing(&'u Unit),
    Capital(u32, &'u Unit),
    Country(u32, &'u Unit, Form),
    Place(u32, &'u Unit),
    Agreement(u32, &'u Unit),
    None,
}

impl<'u> Phrase<'u> {
    /// The phrase of `units[members]`.
    pub fn new(
        g: &Gazetteer,
        text: &str,
        units: &'u [Unit],
        members: &[usize],
        doc: &Doc,
        mem: &Memory,
    ) -> Phrase<'u> {
        let us: Vec<&Unit> = members.iter().map(|&i| &units[i]).collect();
        let sentence = us[0].sentence;
        let end = us.iter().map(|u| u.range.end).max();
        let range = us[0].range.start..end.unwrap_or(us[0].range.end);
        let mut p = Phrase {
            sentence,
            range,
            ..Phrase::default()
        };
        for u in &us {
            p.add(g, text, u, doc, mem);
        }
        p.units = us;
        p.finish(g, text, doc);
        p
    }

    /// Files unit `u` under what it is.
    fn add(&mut self, g: &Gazetteer, text: &str, u: &'u Unit, doc: &Doc, mem: &Memory) {
        match &u.kind {
            UnitKind::LocalAlias { defined_at }
                if mem
                    .local
                    .get(defined_at)
                    .is_some_and(|&e| !doc.entities[e].entity.is_person()) =>
            {
                self.local_other = mem.local.get(defined_at).copied().map(|e| (e, u));
            }
            UnitKind::Person(_)
            | UnitKind::Surname(_)
            | UnitKind::Unknown
            | UnitKind::LocalAlias { .. } => {
                if self.name.is_none() {
                    self.name = Some(u);
                }
            }
            UnitKind::Org(o) => self.orgs.push((*o, u)),
            UnitKind::Place(p) => {
                let place = &g.places[*p as usize];
                match place.kind {
                    PlaceKind::Country => {
                        self.country = Some(*p);
                        self.countries.push((*p, u, Form::Name));
                    }
                    PlaceKind::Capital => {
                        if let Some(ci) = place.country.as_deref().and_then(|c| g.country_index(c))
                        {
                            self.country = Some(ci as u32);
                        }
                        self.capital = Some((*p, u));
                    }
                    _ => self.other_places.push((*p, u)),
                }
            }
            UnitKind::Demonym(c) => {
                self.country = Some(*c);
                self.countries.push((*c, u, Form::Demonym));
            }
            UnitKind::Agreement(a) => self.agreement = Some((*a, u)),
            UnitKind::Role {
                role,
                country,
                posting,
            } => {
                // "Ambassador to Sri Lanka": the posting is named, the holder's country is not.
                if let Some(c) = posting {
                    if let Some(r) = super::place::country_inside(g, text, u.range.clone(), *c) {
                        self.inner_countries.push((*c, r));
                    }
                }
                if let Some(c) = country {
                    self.country = Some(*c);
                    // "Iranian President", "Secretary of Iran's ...": the country is named too.
                    if let Some(r) = super::place::country_inside(g, text, u.range.clone(), *c) {
                        self.inner_countries.push((*c, r));
                    }
                }
                if let Some((_, o)) = &u.embedded_org {
                    self.orgs.push((*o, u));
                }
                self.titles.push((*role, u));
            }
            UnitKind::Shaped {
                country, named_at, ..
            } => {
                if let Some(c) = country {
                    self.country = Some(*c);
                    if let Some(r) = named_at {
                        self.inner_countries.push((*c, r.clone()));
                    }
                }
                if let Some((_, o)) = &u.embedded_org {
                    self.orgs.push((*o, u));
                }
                self.shaped.get_or_insert(u);
            }
            UnitKind::Crossing => self.crossing = Some(u),
            UnitKind::Pronoun => self.reference = Some(Refers::Pronoun),
            UnitKind::Plural => self.reference = Some(Refers::Plural),
            UnitKind::Group(gk) => self.reference = Some(Refers::Group(*gk)),
        }
    }

    /// What follows from the parts: the offices, the country code, the phrase's surroundings.
    fn finish(&mut self, g: &Gazetteer, text: &str, doc: &Doc) {
        let range = &self.range;
        self.in_quote = doc.sentences[self.sentence]
            .quotes
            .iter()
            .any(|q| q.outer.start < range.start && range.start < q.outer.end);
        let after = &text[range.end..];
        self.possessive = after.starts_with("’s")
            || after.starts_with("'s")
            || after.starts_with("’ ")
            || after.starts_with("' ");
        self.prep = preposition_before(
            g,
            &doc.tokens,
            text,
            range.start,
            &doc.sentences[self.sentence].range,
        );
        let first_of = |kind: RoleKind| {
            self.titles
                .iter()
                .find(|(r, _)| g.roles[*r as usize].kind == kind)
                .map(|(r, _)| *r)
        };
        self.office = first_of(RoleKind::Office);
        self.former = self
            .office
            .and_then(|r| self.title_unit(r))
            .is_some_and(|u| {
                let before = crate::text::tail(text, u.range.start, 12).trim_end_matches(' ');
                let ends = |w: &str| {
                    before.len() >= w.len()
                        && before.is_char_boundary(before.len() - w.len())
                        && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                };
                ends("former") || ends("ex-") || ends(" ex")
            });
        self.generic = first_of(RoleKind::Generic);
        self.country_code = self
            .country
            .and_then(|q| g.places[q as usize].country.clone());
    }

    /// The unit of title `role` in the phrase, if it has one.
    pub fn title_unit(&self, role: u32) -> Option<&'u Unit> {
        self.titles
            .iter()
            .find(|(t, _)| *t == role)
            .map(|(_, u)| *u)
    }

    /// The countries and organisations in the phrase are mentions of their own, whatever heads it.
    pub fn mention_qualifiers(&mut self, g: &Gazetteer, text: &str, doc: &mut Doc) {
        for (c, r) in &self.inner_countries {
            let e = doc.country(g, *c);
            doc.add_mention(e, r.clone(), Form::Demonym, self.sentence, text);
        }
        for (c, u, form) in &self.countries {
            let e = doc.country(g, *c);
            doc.add_mention(e, u.range.clone(), *form, self.sentence, text);
            self.country_entity = Some(e);
        }
        for (o, u) in &self.orgs {
            let r = match &u.embedded_org {
                Some((r, _))
                    if matches!(u.kind, UnitKind::Role { .. } | UnitKind::Shaped { .. }) =>
                {
                    r.clone()
                }
                _ => u.range.clone(),
            };
            let e = doc.organisation(g, *o);
            doc.add_mention(e, r, Form::Name, self.sentence, text);
            self.org_entity = Some(e);
        }
    }

    /// What heads the phrase: the first that it has of, in order, a local name, a name, an
    /// office, a generic title, an organisation, a crossing, a capital, a country, another place
    /// and an agreement. Read after [`Phrase::mention_qualifiers`].
    pub fn head(&self) -> Head<'u> {
        self.local_other
            .map(|(e, u)| Head::LocalName(e, u))
            .or_else(|| self.name.map(Head::Name))
            .or_else(|| self.office.map(Head::Office))
            .or_else(|| self.generic.map(Head::Generic))
            .or_else(|| self.shaped.map(Head::Shaped))
            .or_else(|| self.org_entity.map(Head::Organisation))
            .or_else(|| self.crossing.map(Head::Crossing))
            .or_else(|| self.capital.map(|(row, u)| Head::Capital(row, u)))
            .or_else(|| {
                self.countries
                    .last()
                    .map(|&(row, u, f)| Head::Country(row, u, f))
            })
            .or_else(|| {
                self.other_places
                    .first()
                    .map(|&(row, u)| Head::Place(row, u))
            })
            .or_else(|| self.agreement.map(|(row, u)| Head::Agreement(row, u)))
            .unwrap_or(Head::None)
    }

    /// Remembers what the phrase named, for later uses of a name or acronym it introduced, and
    /// records it as an actor when it can act. `mentions_before` is where its mentions start.
    pub fn remember(
        &self,
        text: &str,
        actor: Option<usize>,
        mentions_before: usize,
        doc: &mut Doc,
        mem: &mut Memory,
    ) {
        let head = actor.or_else(|| doc.mentions[mentions_before..].last().map(|m| m.entity));
        if let Some(h) = head {
            for u in &self.units {
                mem.local.insert(u.range.start, h);
            }
            // "Road and Belt Initiative (RBI)": the bracketed acronym names the same thing.
            if let Some(a) = bracketed_acronym(text, self.range.end) {
                let covered = doc.mentions[mentions_before..]
                    .iter()
                    .any(|m| m.range.start == a.start);
                if !covered {
                    doc.add_mention(h, a, Form::Name, self.sentence, text);
                }
            }
        }
        let refers = match (actor, self.reference) {
            (Some(e), _) => Some(Refers::Entity(e)),
            (None, Some(r)) => Some(r),
            _ => None,
        };
        if let Some(refers) = refers {
            doc.actors.push(Actor {
                range: self.range.clone(),
                refers,
                sentence: self.sentence,
                possessive: self.possessive,
                prep: self.prep.clone(),
                in_quote: self.in_quote,
            });
        }
    }
}
