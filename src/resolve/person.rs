//! Named people: full names and surnames against the gazetteer, ambiguity, and people it lacks.

use crate::date::PartialDate;
use crate::gazetteer::Gazetteer;

use super::doc::{Ambiguity, Doc, Form};
use super::memory::Memory;
use super::phrase::Phrase;
use super::units::{Unit, UnitKind};

/// Who a name picks.
enum Pick {
    /// A gazetteer person row.
    Gazetteer(usize),
    /// An entity of the document.
    Entity(usize),
}

/// How a gazetteer person fits what the phrase says of them.
struct Fit {
    /// Of the phrase's country (or the phrase names none).
    country: bool,
    /// Has held the phrase's office (or the phrase names none).
    role: bool,
}

fn fit(g: &Gazetteer, c: u32, office: Option<u32>, country: Option<&str>) -> Fit {
    let p = &g.people[c as usize];
    Fit {
        country: country.is_none() || p.country.as_deref() == country,
        role: office.is_none_or(|r| {
            p.tenures.iter().any(|&t| {
                g.tenures[t]
                    .role
                    .eq_ignore_ascii_case(&g.roles[r as usize].role)
            })
        }),
    }
}

/// Whether gazetteer person `c` held some office on `date`.
fn in_office(g: &Gazetteer, c: u32, date: PartialDate) -> bool {
    g.people[c as usize]
        .tenures
        .iter()
        .any(|&t| g.tenures[t].covers(date))
}

/// The person a name `n` heading phrase `p` stands for; mentions of the name and its titles.
pub(super) fn named(
    g: &Gazetteer,
    text: &str,
    p: &Phrase,
    n: &Unit,
    doc: &mut Doc,
    mem: &mut Memory,
) -> Option<usize> {
    let country = p.country_code.as_deref();
    let pick = match &n.kind {
        UnitKind::Person(cands) => Some(pick_person(g, doc, mem, cands, p.office, country)),
        UnitKind::Surname(cands) => {
            let titled = !p.titles.is_empty();
            let pick = pick_surname(g, doc, mem, cands, p.office, country, titled);
            if pick.is_none() && cands.len() > 1 {
                // Left unresolved rather than guessed; reported with its candidates.
                doc.ambiguous.push(Ambiguity {
                    range: n.range.clone(),
                    candidates: cands
                        .iter()
                        .take(Ambiguity::SHOWN)
                        .map(|&c| g.people[c as usize].name.clone())
                        .collect(),
                    count: cands.len(),
                });
            }
            pick
        }
        UnitKind::LocalAlias { defined_at } => mem.local.get(defined_at).copied().map(Pick::Entity),
        _ => None,
    };
    let e = match pick {
        Some(Pick::Gazetteer(row)) => {
            let e = doc.person(g, row, p.office, doc.published);
            if p.former {
                doc.mark_former(e);
            }
            mem.gazetteer_people.insert(row, e);
            Some(e)
        }
        Some(Pick::Entity(e)) => Some(e),
        None if n.kind == UnitKind::Unknown => Some(unknown(g, text, p, n, doc)),
        None => None,
    }?;
    if n.kind == UnitKind::Unknown {
        mem.local.insert(n.range.start, e);
    }
    doc.add_mention(e, n.range.clone(), Form::Name, p.sentence, text);
    for (_, t) in &p.titles {
        doc.add_mention(e, t.range.clone(), Form::Title, p.sentence, text);
    }
    mem.note_person(e);
    Some(e)
}

/// A name no gazetteer knows: "Mr Jiang" after "Ambassador Jiang Zaidong" is one word of a name
/// already read; anything else is a new person.
fn unknown(g: &Gazetteer, text: &str, p: &Phrase, n: &Unit, doc: &mut Doc) -> usize {
    let w = &text[n.range.clone()];
    let known = (!w.contains(' '))
        .then(|| one_person_named(doc, w))
        .flatten();
    known.unwrap_or_else(|| {
        let role = p.office.map(|r| {
            let role = &g.roles[r as usize].role;
            if p.former {
                format!("former {role}")
            } else {
                role.clone()
            }
        });
        doc.unknown_person(w, p.country_code.clone(), role)
    })
}

/// The one person of the document with `w` as a word of their name, if exactly one has it.
fn one_person_named(doc: &Doc, w: &str) -> Option<usize> {
    let mut named = doc.entities.iter().enumerate().filter(|(_, e)| {
        e.entity.is_person()
            && e.entity
                .name
                .as_deref()
                .is_some_and(|nm| nm.split(' ').any(|x| x == w))
    });
    let (first, _) = named.next()?;
    named.next().is_none().then_some(first)
}

/// The document entity of the first candidate the document named already.
fn named_already(mem: &Memory, cands: &[u32]) -> Option<usize> {
    cands
        .iter()
        .find_map(|&c| mem.gazetteer_people.get(&(c as usize)).copied())
}

/// A full name resolves to a person the document named already, else to the candidate that
/// fits the phrase's country, office and date best.
fn pick_person(
    g: &Gazetteer,
    doc: &Doc,
    mem: &Memory,
    cands: &[u32],
    office: Option<u32>,
    country: Option<&str>,
) -> Pick {
    if let Some(e) = named_already(mem, cands) {
        return Pick::Entity(e);
    }
    let score = |c: u32| {
        let f = fit(g, c, office, country);
        let date = doc.published.is_none_or(|d| in_office(g, c, d));
        (f.country as u8) + (f.role as u8) + (date as u8)
    };
    let best = cands
        .iter()
        .copied()
        .max_by_key(|&c| score(c))
        .unwrap_or(cands[0]);
    Pick::Gazetteer(best as usize)
}

/// A surname alone resolves to a person the document named in full already, or, after a
/// title or with a country, to the one candidate that fits; otherwise it stays unresolved.
fn pick_surname(
    g: &Gazetteer,
    doc: &Doc,
    mem: &Memory,
    cands: &[u32],
    office: Option<u32>,
    country: Option<&str>,
    titled: bool,
) -> Option<Pick> {
    if let Some(e) = named_already(mem, cands) {
        return Some(Pick::Entity(e));
    }
    if !titled && country.is_none() {
        // A lone surname ("said Scholz") is its one gazetteer person when the text has named
        // that person's country before, and the person held an office on the article's date
        // (or it has none): "Ahmed" in an article about Pakistan is nobody's.
        return match cands {
            [one] => {
                let p = &g.people[*one as usize];
                // Entities are made as the text names them: one of that country is named before.
                let country_named = p.country.as_deref().is_some_and(|c| {
                    doc.entities
                        .iter()
                        .any(|e| e.entity.country.as_deref() == Some(c))
                });
                let dated = doc.published.is_none_or(|d| in_office(g, *one, d));
                (country_named && dated).then_some(Pick::Gazetteer(*one as usize))
            }
            _ => None,
        };
    }
    let fitting: Vec<u32> = cands
        .iter()
        .copied()
        .filter(|&c| {
            let f = fit(g, c, office, country);
            f.country && f.role
        })
        .collect();
    match fitting.as_slice() {
        [one] => Some(Pick::Gazetteer(*one as usize)),
        [] => None,
        many => {
            let dated: Vec<u32> = many
                .iter()
                .copied()
                .filter(|&c| doc.published.is_some_and(|d| in_office(g, c, d)))
                .collect();
            (dated.len() == 1).then(|| Pick::Gazetteer(dated[0] as usize))
        }
    }
}
