//! Visits told by the meetings held during them: "X visited Iran" and "X met Iran's president".

use crate::entity::EntityType;
use crate::event::Event;
use crate::resolve::Doc;

/// Drops a meeting of a person with a country when the article names the people of that country
/// the person met: the visit is told by those meetings.
pub(in crate::event) fn drop_subsumed_visits(doc: &Doc, events: &mut Vec<Event>) {
    let person_meetings: Vec<(usize, String)> = events
        .iter()
        .filter_map(|e| {
            if let Event::Meeting(m) = e {
                Some(m)
            } else {
                None
            }
        })
        .flat_map(|m| {
            let people: Vec<usize> = m
                .participants
                .iter()
                .copied()
                .filter(|&p| doc.entities[p].entity.is_person())
                .collect();
            let mut pairs = Vec::new();
            for &a in &people {
                for &b in &people {
                    if a != b {
                        if let Some(c) = doc.entities[b].entity.country.clone() {
                            pairs.push((a, c));
                        }
                    }
                }
            }
            pairs
        })
        .collect();
    let met: std::collections::HashSet<(usize, &str)> = person_meetings
        .iter()
        .map(|(p, cc)| (*p, cc.as_str()))
        .collect();
    let country_of = |x: usize| {
        doc.entities[x]
            .entity
            .country
            .as_deref()
            .unwrap_or_default()
    };
    let countries_met: std::collections::HashSet<(&str, &str)> = person_meetings
        .iter()
        .map(|(p, cc)| (country_of(*p), cc.as_str()))
        .collect();
    events.retain(|e| {
        let Event::Meeting(m) = e else { return true };
        if m.participants.len() != 2 {
            return true;
        }
        let (a, b) = (m.participants[0], m.participants[1]);
        let code = |x: usize| doc.entities[x].entity.country.clone().unwrap_or_default();
        let is_country = |x: usize| doc.entities[x].entity.kind == EntityType::Country;
        let is_person = |x: usize| doc.entities[x].entity.is_person();
        match (is_person(a), is_person(b), is_country(a), is_country(b)) {
            // A person with a country: dropped when the person met someone of that country.
            (true, false, _, true) => !met.contains(&(a, code(b).as_str())),
            (false, true, true, _) => !met.contains(&(b, code(a).as_str())),
            // Two countries: dropped when people of the two met.
            (false, false, true, true) => {
                let (ca, cb) = (code(a), code(b));
                !countries_met.contains(&(ca.as_str(), cb.as_str()))
                    && !countries_met.contains(&(cb.as_str(), ca.as_str()))
            }
            _ => true,
        }
    });
}
