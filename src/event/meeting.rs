//! Meetings: talks, visits, phone and video calls, and mediated talks between states.

use super::{negated, Context, Event, Meeting, SentenceView, Visit};
use crate::entity::EntityType;
use crate::gazetteer::{CueKind, Gazetteer, MeetingKind, Mode};
use crate::resolve::{Doc, Refers};
use crate::text::words;

pub(super) fn extract(
    g: &Gazetteer,
    text: &str,
    doc: &mut Doc,
    view: &SentenceView,
    ctx: &mut Context,
    events: &mut Vec<Event>,
) {
    let sentence_text = text[view.range.clone()].to_lowercase();
    let virtual_sentence = sentence_text.contains("virtual") || sentence_text.contains("video");
    let phone_sentence = sentence_text.contains("by phone")
        || sentence_text.contains("telephon")
        || sentence_text.contains("over the phone");
    for cue in &view.cues {
        let c = &g.cues[cue.index];
        if c.event != crate::gazetteer::CueEvent::Meeting {
            continue;
        }
        if negated(text, &view.range, cue.range.start, true) {
            continue;
        }
        let mode = c.mode.unwrap_or(if phone_sentence {
            Mode::Phone
        } else if virtual_sentence {
            Mode::Virtual
        } else {
            Mode::InPerson
        });
        let mut found: Vec<Meeting> = Vec::new();
        let evidence = view.range.clone();
        let date = view.date_near(doc, cue.range.start);
        let CueKind::Meeting(kind) = c.kind else {
            continue;
        };
        match kind {
            MeetingKind::Attendance => {
                attendance(text, doc, view, ctx, cue.range.clone(), events);
                continue;
            }
            MeetingKind::Visit => {
                if let Some(m) = visit(g, text, doc, view, ctx, cue.range.clone(), date) {
                    found.push(Meeting {
                        mode,
                        evidence: evidence.clone(),
                        ..m
                    });
                }
            }
            MeetingKind::Mediated => {
                let (mediators, _) = view.objects_after(text, cue.range.end);
                let mediators: Vec<usize> = mediators
                    .iter()
                    .flat_map(|a| view.refer(text, doc, ctx, a))
                    .collect();
                let mut parties: Vec<usize> = Vec::new();
                for a in view
                    .actors
                    .iter()
                    .filter(|a| a.range.end <= cue.range.start && !a.in_quote)
                {
                    for e in view.refer(text, doc, ctx, a) {
                        if !parties.contains(&e) && !mediators.contains(&e) {
                            parties.push(e);
                        }
                    }
                }
                // "talks between A and B hosted by C": C attends the talks just read.
                let this_sentence = events
                    .iter_mut()
                    .rev()
                    .take_while(|e| e.evidence().start >= view.range.start)
                    .find_map(|e| match e {
                        Event::Meeting(m) if m.evidence == view.range => Some(m),
                        _ => None,
                    });
                if let Some(m) = this_sentence {
                    for x in mediators {
                        if !m.participants.contains(&x) && !m.also_present.contains(&x) {
                            m.also_present.push(x);
                        }
                    }
                } else if parties.len() >= 2 {
                    found.push(Meeting {
                        participants: parties,
                        also_present: mediators,
                        location: None,
                        date,
                        mode,
                        evidence: evidence.clone(),
                    });
                }
            }
            _ => {
                // "called on X to do Y" is a demand, not a courtesy call.
                if c.cue.eq_ignore_ascii_case("called on") {
                    let rest = crate::text::span(text, cue.range.end, view.range.end);
                    if rest
                        .split([',', ';'])
                        .next()
                        .is_some_and(|clause| clause.contains(" to "))
                    {
                        continue;
                    }
                }
                let (objects, prep) = view.objects_after(text, cue.range.end);
                let nominal = kind == MeetingKind::Nominal;
                // The object's preposition may be the cue's own last word ("spoke to X").
                let cue_prep = c.cue.rsplit(' ').next().filter(|_| c.cue.contains(' '));
                let objects_ok = match prep.as_deref() {
                    Some("with") | Some("between") => true,
                    Some(p) if cue_prep == Some(p) => true,
                    None => !nominal || objects.len() >= 2,
                    Some(_) => false,
                };
                let objects: Vec<usize> = if objects_ok {
                    objects
                        .iter()
                        .flat_map(|a| view.refer(text, doc, ctx, a))
                        .collect()
                } else {
                    Vec::new()
                };
                // "during a meeting with X": the meeting belongs to the sentence's subject.
                let in_phrase = nominal && {
                    let ws = crate::text::words(crate::text::span(
                        text,
                        view.range.start,
                        cue.range.start,
                    ));
                    let before: Vec<String> =
                        ws.rev().take(4).map(|(_, w)| w.to_lowercase()).collect();
                    let mut it = before.iter().skip_while(|w| {
                        crate::text::lexicon::is_determiner(w)
                            || w.ends_with("al")
                            || matches!(
                                w.as_str(),
                                "important"
                                    | "recent"
                                    | "separate"
                                    | "official"
                                    | "high-level"
                                    | "bilateral"
                                    | "latest"
                                    | "first"
                                    | "second"
                            )
                    });
                    it.next()
                        .is_some_and(|w| crate::text::lexicon::is_preposition(w))
                };
                let owner = possessive_owner(text, doc, ctx, view, cue.range.start);
                let subject = if !owner.is_empty() {
                    owner
                } else if in_phrase {
                    let s = view.main_subject(text, doc, ctx);
                    if s.is_empty() {
                        view.subject(text, doc, ctx, cue.range.start)
                    } else {
                        s
                    }
                } else {
                    view.subject(text, doc, ctx, cue.range.start)
                };
                let location = location(doc, view, cue.range.start);
                let mut groups: Vec<Vec<usize>> = Vec::new();
                if prep.as_deref() == Some("between")
                    || kind == MeetingKind::Joint
                    || (nominal && prep.is_none() && objects.len() >= 2)
                {
                    groups.push(objects.clone());
                } else if !subject.is_empty() && !objects.is_empty() {
                    for &o in &objects {
                        let mut p = subject.clone();
                        if !p.contains(&o) {
                            p.push(o);
                        }
                        groups.push(p);
                    }
                } else if objects.is_empty()
                    && subject.len() >= 2
                    && (!nominal
                        || (explicit_pair(view, text, cue.range.start)
                            && one_event(text, view, cue.range.start)))
                {
                    groups.push(subject.clone());
                }
                // "chaired by X and attended by Y and Z": one meeting of all of them.
                if kind == MeetingKind::Joint {
                    let mut earlier =
                        found
                            .iter_mut()
                            .chain(events.iter_mut().filter_map(|e| match e {
                                Event::Meeting(m) if m.evidence == view.range => Some(m),
                                _ => None,
                            }));
                    if let Some(m) = earlier.next() {
                        for &p in groups.iter().flatten() {
                            if !m.participants.contains(&p) {
                                m.participants.push(p);
                            }
                        }
                        continue;
                    }
                }
                for participants in groups {
                    // A joint cue may name one party now and more later in the sentence.
                    if participants.len() < 2
                        && !(kind == MeetingKind::Joint && participants.len() == 1)
                    {
                        continue;
                    }
                    found.push(Meeting {
                        participants,
                        also_present: Vec::new(),
                        location,
                        date,
                        mode,
                        evidence: evidence.clone(),
                    });
                }
            }
        }
        for mut m in found {
            if m.mode != Mode::InPerson {
                // A call has no place.
                m.location = None;
            }
            // A meeting held during a visit read earlier takes the visit's date and place.
            let visits = || {
                ctx.visits
                    .iter()
                    .rev()
                    .filter(|v| m.participants.contains(&v.visitor))
            };
            if m.date.is_none() {
                m.date = visits().find_map(|v| v.date);
            }
            if m.location.is_none() && m.mode == Mode::InPerson {
                m.location = visits().find_map(|v| v.location);
            }
            ctx.meetings.push((m.participants.clone(), view.index));
            // Only this sentence's events (the tail of the list) can share its evidence.
            let duplicate = events
                .iter()
                .rev()
                .take_while(|e| e.evidence().start >= view.range.start)
                .any(|e| matches!(e, Event::Meeting(x) if x.participants == m.participants && x.evidence == m.evidence));
            if !duplicate {
                events.push(Event::Meeting(m));
            }
        }
    }
}

/// Whether the parties of a meeting noun are named outright ("Araghchi and his Pakistani
/// counterpart Ishaq Dar ... in a phone call", "Pakistan and the United States held talks"),
/// not by "both sides" or "they".
fn explicit_pair(view: &SentenceView, text: &str, pos: usize) -> bool {
    let mut actors = view.subject_actors(text, pos);
    if actors.len() < 2 {
        actors = view.main_subject_actors(text);
    }
    actors.len() >= 2 && actors.iter().all(|a| matches!(a.refers, Refers::Entity(_)))
}

/// Whether a cue noun names one event ("in a phone call", "during the meeting", "held a round
/// of talks"), not meetings in general ("through regional meetings").
fn one_event(text: &str, view: &SentenceView, pos: usize) -> bool {
    let ws = words(crate::text::span(text, view.range.start, pos));
    let lower: Vec<String> = ws.rev().take(5).map(|(_, w)| w.to_lowercase()).collect();
    let determined = lower
        .iter()
        .take(2)
        .any(|w| matches!(w.as_str(), "a" | "an" | "the" | "their" | "this" | "that"));
    let held = lower
        .iter()
        .any(|w| matches!(w.as_str(), "held" | "hold" | "holds" | "holding" | "had"));
    determined || held
}

/// "X and Y attended the meetings", "Z was also present at the meeting": people attending the
/// latest meetings (those of the latest sentence that reported any, a few sentences back at most).
fn attendance(
    text: &str,
    doc: &Doc,
    view: &SentenceView,
    ctx: &Context,
    cue: std::ops::Range<usize>,
    events: &mut [Event],
) {
    let after = words(crate::text::span(text, cue.end, view.range.end));
    let about_meeting = after.take(5).any(|(_, w)| {
        matches!(
            w.to_lowercase().as_str(),
            "meeting" | "meetings" | "talks" | "session" | "discussions"
        )
    });
    if !about_meeting {
        return;
    }
    let people: Vec<usize> = view
        .actors
        .iter()
        .filter(|a| a.range.end <= cue.start && a.prep.is_none() && !a.in_quote)
        .flat_map(|a| view.refer(text, doc, ctx, a))
        .filter(|&e| doc.entities[e].entity.is_person())
        .collect();
    // Events come in sentence order: only the tail reaches six sentences back.
    let window = doc.sentences[view.index.saturating_sub(6)].range.start;
    let Some(latest) = events
        .iter()
        .rev()
        .take_while(|e| e.evidence().start >= window)
        .filter_map(|e| match e {
            Event::Meeting(m) => Some(m.evidence.start),
            _ => None,
        })
        .max()
    else {
        return;
    };
    let tail = events
        .iter()
        .rev()
        .take_while(|e| e.evidence().start >= latest)
        .count();
    let from = events.len() - tail;
    for e in events[from..].iter_mut() {
        if let Event::Meeting(m) = e {
            if m.evidence.start == latest {
                for &p in &people {
                    if !m.participants.contains(&p) && !m.also_present.contains(&p) {
                        m.also_present.push(p);
                    }
                }
            }
        }
    }
}

/// A visit: the visitor and the country visited, where no one there is named as host.
fn visit(
    g: &Gazetteer,
    text: &str,
    doc: &mut Doc,
    view: &SentenceView,
    ctx: &mut Context,
    cue: std::ops::Range<usize>,
    date: Option<crate::date::PartialDate>,
) -> Option<Meeting> {
    // "to visit", "will visit": not (yet) a visit.
    if negated(text, &view.range, cue.start, true) {
        return None;
    }
    // The visitor: "Naqvi’s visit", "the visit of President X", "X visited", "During his visit, X ...".
    let mut visitor = possessive_owner(text, doc, ctx, view, cue.start);
    let of_phrase = view.actors.iter().find(|a| {
        a.range.start >= cue.end
            && a.prep.as_deref() == Some("of")
            && words(crate::text::span(text, cue.end, a.range.start)).count() <= 5
            && !crate::text::span(text, cue.end, a.range.start).contains([',', ';'])
    });
    if visitor.is_empty() {
        if let Some(a) = of_phrase {
            visitor = view.refer(text, doc, ctx, a);
        }
    }
    if visitor.is_empty() {
        visitor = view.subject(text, doc, ctx, cue.start);
    }
    if visitor.is_empty() {
        visitor = view
            .actors
            .iter()
            .filter(|a| a.range.start >= cue.end && a.prep.is_none() && !a.in_quote)
            .take(1)
            .flat_map(|a| view.refer(text, doc, ctx, a))
            .collect();
    }
    let visitor = *visitor
        .iter()
        .find(|&&e| doc.entities[e].entity.is_person())?;
    // Where to: right after the cue ("visited Islamabad", "trip to Tehran"), after "to" or
    // "in" ("the visit of X to Y"), or right before the cue ("his Tehran visit").
    let clause_end = view.clause(cue.end).end;
    let reachable_from = |from: usize, start: usize| {
        if start < from || start >= clause_end {
            return false;
        }
        let gap = words(crate::text::span(text, from, start));
        let last = gap
            .clone()
            .rev()
            .map(|(_, w)| w.to_lowercase())
            .find(|w| !crate::text::lexicon::is_determiner(w) && !w.ends_with("ing"));
        gap.clone().next().is_none() || matches!(last.as_deref(), Some("to" | "in" | "into" | "at"))
    };
    let reachable = |start: usize| {
        let before_of = of_phrase.is_none_or(|a| start < a.range.start);
        (before_of && reachable_from(cue.end, start))
            || of_phrase.is_some_and(|a| reachable_from(a.range.end, start))
    };
    let place_after = view
        .places
        .iter()
        .map(|&p| &doc.places[p])
        .filter(|p| reachable(p.range.start))
        .min_by_key(|p| p.range.start)
        .map(|p| (p.range.start, p.entity));
    let actor_after = view
        .actors
        .iter()
        .filter(|a| reachable(a.range.start) && !a.in_quote)
        .find_map(|a| {
            let es = view.refer(text, doc, ctx, a);
            let e = *es.first()?;
            (doc.entities[e].entity.kind == EntityType::Country
                && !matches!(a.refers, Refers::Plural))
            .then_some((a.range.start, e))
        });
    let place_before = view
        .places
        .iter()
        .map(|&p| &doc.places[p])
        .filter(|p| {
            p.range.end <= cue.start
                && words(crate::text::span(text, p.range.end, cue.start))
                    .next()
                    .is_none()
        })
        .map(|p| (p.range.start, p.entity))
        .next_back();
    let destination = match (place_after, actor_after) {
        (Some(p), Some(a)) => Some(if p.0 <= a.0 { p.1 } else { a.1 }),
        (Some(p), None) => Some(p.1),
        (None, Some(a)) => Some(a.1),
        (None, None) => place_before.map(|p| p.1),
    };
    let destination = destination?;
    let host = doc.entities[destination].entity.country.clone()?;
    if doc.entities[visitor].entity.country.as_deref() == Some(host.as_str()) {
        return None;
    }
    let location = Some(destination);
    ctx.visits.push(Visit {
        visitor,
        date,
        location,
    });
    let host_entity = doc.country_entity(g, &host)?;
    Some(Meeting {
        participants: vec![visitor, host_entity],
        also_present: Vec::new(),
        location,
        date,
        mode: Mode::InPerson,
        evidence: view.range.clone(),
    })
}

/// The owner of a cue noun: "Bagheri’s meeting with", "Naqvi’s visit".
fn possessive_owner(
    text: &str,
    doc: &Doc,
    ctx: &Context,
    view: &SentenceView,
    pos: usize,
) -> Vec<usize> {
    view.actors
        .iter()
        .rev()
        .find(|a| a.possessive && a.range.end <= pos && !a.in_quote)
        .filter(|a| {
            let gap =
                crate::text::span(text, a.range.end, pos).trim_start_matches(['’', '\'', 's']);
            words(gap).count() <= 2 && !gap.contains([',', ';'])
        })
        .map(|a| view.refer(text, doc, ctx, a))
        .unwrap_or_default()
}

/// The place a meeting is said to happen in: a locative place in the sentence, nearest after the cue.
fn location(doc: &Doc, view: &SentenceView, pos: usize) -> Option<usize> {
    let places: Vec<_> = view
        .places
        .iter()
        .map(|&p| &doc.places[p])
        .filter(|p| p.locative)
        .collect();
    places
        .iter()
        .filter(|p| p.range.start >= pos)
        .min_by_key(|p| p.range.start)
        .or_else(|| places.iter().max_by_key(|p| p.range.start))
        .map(|p| p.entity)
}

/// Drops a meeting of a person with a country when the article names the people of that country
/// the person met: the visit is told by those meetings.
pub(super) fn drop_subsumed_visits(doc: &Doc, events: &mut Vec<Event>) {
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
