//! Titles without a name: "the Iranian Foreign Minister" is whoever held the office; "the minister" points back.

use crate::date::PartialDate;
use crate::gazetteer::{only_holder, Gazetteer, Organisation, WordClass};

use super::around::{ends_noun_phrase, followed_by};
use super::doc::{Doc, Form};
use super::memory::Memory;
use super::phrase::Phrase;

/// An office title alone (role row `r`): the person the document already gave that office of the
/// phrase's country (else of the country last given for that office); else the holder of the
/// office on the sentence's date in that country or the phrase's organisation, or an unnamed
/// official of that country; nobody in particular when no country is known.
pub(super) fn title_alone(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    r: u32,
    doc: &mut Doc,
    mem: &mut Memory,
) -> Option<usize> {
    let role = &g.roles[r as usize].role;
    let mut country = p.country_code.clone();
    if country.is_none() && p.org_entity.is_none() {
        country = mem.last_official_country.get(role).cloned();
    }
    let title_unit = p.title_unit(r).unwrap_or(p.units[0]);
    if let Some(c) = &country {
        if let Some(e) = mem.office_holder(doc, role, c) {
            mem.last_official_country.insert(role.clone(), c.clone());
            doc.add_mention(e, title_unit.range.clone(), Form::Anaphor, p.sentence, text);
            mem.note_person(e);
            return Some(e);
        }
    }
    let org = p.orgs.first().map(|(o, _)| &g.organisations[*o as usize]);
    let date = date_told(doc, p.sentence);
    let holder = match (&country, org) {
        (Some(c), _) => g.holder(role, Some(c), date),
        (None, Some(o)) => holder_in_org(g, role, o, date),
        _ => None,
    };
    let e = match holder {
        Some((t, latest)) => {
            let person = g.tenures[t].person;
            let e = doc.person(g, person, Some(r), date);
            mem.gazetteer_people.insert(person, e);
            if latest {
                doc.entities[e].entity.role_as_of_latest = true;
            }
            Some(e)
        }
        // An official of no known country ("the ambassador") is nobody in particular.
        None => country.as_deref().map(|c| doc.official(role, c)),
    };
    if let Some(c) = &country {
        mem.last_official_country.insert(role.clone(), c.clone());
    }
    let e = e?;
    doc.add_mention(e, title_unit.range.clone(), Form::Title, p.sentence, text);
    mem.note_person(e);
    Some(e)
}

/// The date of what sentence `si` tells, when it names one earlier than the article ("In 2018,
/// Pakistan's army chief ..."), else the article's date.
fn date_told(doc: &Doc, si: usize) -> Option<PartialDate> {
    let published = doc.published;
    doc.sentences[si]
        .dates
        .iter()
        .filter_map(|d| d.date)
        .filter(|d| published.is_none_or(|p| d.last_day() < p.first_day()))
        .min()
        .or(published)
}

/// The tenure of `role` in organisation `org` on `date` (with no date, see [`only_holder`]).
fn holder_in_org(
    g: &Gazetteer,
    role: &str,
    org: &Organisation,
    date: Option<PartialDate>,
) -> Option<(usize, bool)> {
    let names: Vec<String> = std::iter::once(&org.name)
        .chain(&org.aliases)
        .chain(std::iter::once(&org.id))
        .map(|n| n.to_lowercase())
        .collect();
    let matching = g.tenures.iter().enumerate().filter(|(_, t)| {
        t.role.eq_ignore_ascii_case(role)
            && t.organisation
                .as_ref()
                .is_some_and(|o| names.contains(&o.to_lowercase()))
    });
    match date {
        Some(d) => matching
            .filter(|(_, t)| t.covers(d))
            .max_by_key(|(_, t)| t.from)
            .map(|(i, _)| (i, false)),
        None => only_holder(matching),
    }
}

/// A generic title alone (role row `r`): "a senior Pakistani official" is someone new, "the
/// official" the latest person whose role fits; failing that the phrase's organisation, or its
/// country when a state noun follows ("Pakistani officials").
pub(super) fn generic(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    r: u32,
    doc: &mut Doc,
    mem: &mut Memory,
) -> Option<usize> {
    let role = &g.roles[r as usize].role;
    let head_noun = ends_noun_phrase(g, &doc.tokens, text, p.range.end);
    let country = p.country_code.as_deref();
    if indefinite(text, doc, p) {
        let c = country.filter(|_| head_noun)?;
        let e = doc.official(role, c);
        doc.add_mention(e, p.range.clone(), Form::Title, p.sentence, text);
        mem.note_person(e);
        Some(e)
    } else if let Some(e) = mem
        .recent_person(doc, country, &g.roles[r as usize].refers_to)
        .filter(|_| head_noun)
    {
        let t = p.title_unit(r).map_or(p.range.clone(), |u| u.range.clone());
        doc.add_mention(e, t, Form::Anaphor, p.sentence, text);
        Some(e)
    } else if p.org_entity.is_some() {
        p.org_entity
    } else if p.country_entity.is_some()
        && followed_by(g, &doc.tokens, WordClass::StateNoun, text, p.range.end)
    {
        p.country_entity
    } else {
        None
    }
}

/// Whether an indefinite article opens the phrase. It may stand before lower-case modifiers:
/// "a planning ministry official".
fn indefinite(text: &str, doc: &Doc, p: &Phrase) -> bool {
    doc.tokens
        .words_in(text, doc.sentences[p.sentence].range.start..p.range.start)
        .rev()
        .take(4)
        .map(|(_, w)| w.to_string())
        .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-') || w == "A" || w == "An")
        .any(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "another" | "one"))
}
