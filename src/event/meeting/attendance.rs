//! Attendance: "X and Y attended the meetings", "Z was also present at the meeting", "the
//! meeting was attended by A, B and C".

use crate::event::context::Context;
use crate::event::view::{Cue, Reading, SentenceView};
use crate::event::{Event, Meeting};
use crate::gazetteer::WordClass;
use crate::resolve::Doc;

/// People attending the latest meetings (those of the latest sentence that reported any, a few
/// sentences back at most) are present at them. After a passive ("was attended by"), the
/// attendees follow the cue: in a sentence whose meeting has a chair ("chaired by X and
/// attended by Y and Z") they are its participants; after a meeting noun ("the meeting was
/// attended by") they are present at the latest meeting; otherwise ("a ceremony attended by
/// X and Y") they met when they are officials of more than one state, a shared appearance,
/// and returned as a new meeting. Attendees named in a list are not each other's meeting.
pub(super) fn extract(
    r: &Reading,
    doc: &Doc,
    ctx: &Context,
    cue: &Cue,
    events: &mut [Event],
) -> Vec<Meeting> {
    let view = r.view;
    let passive = r.g.frames[r.g.cues[cue.index].frame].takes_prep("by");
    let cue = cue.range.clone();
    let attended_noun = |w: &str| {
        r.g.words
            .contains(WordClass::AttendedNoun, &w.to_lowercase())
    };
    if passive {
        let (objects, prep) = view.objects_after(cue.end);
        if prep.as_deref() != Some("by") {
            return Vec::new();
        }
        let people: Vec<usize> = view
            .refer_each(doc, ctx, &objects)
            .into_iter()
            .filter(|&e| doc.entities[e].entity.is_person())
            .collect();
        if let Some(i) = this_sentence_meeting(view.range.start, events) {
            if let Event::Meeting(m) = &mut events[i] {
                for &p in &people {
                    if !m.participants.contains(&p) {
                        m.participants.push(p);
                    }
                }
            }
            return Vec::new();
        }
        if view
            .words(view.range.start, cue.start)
            .rev()
            .take(5)
            .any(|(_, w)| attended_noun(w))
        {
            present_at_latest(doc, view, &people, events);
            return Vec::new();
        }
        let mut states: Vec<&str> = people
            .iter()
            .filter_map(|&p| doc.entities[p].entity.country.as_deref())
            .collect();
        states.sort_unstable();
        states.dedup();
        if people.len() >= 2 && states.len() >= 2 {
            return vec![Meeting {
                participants: people,
                also_present: Vec::new(),
                location: None,
                date: None,
                mode: crate::gazetteer::Mode::InPerson,
                evidence: view.range.clone(),
            }];
        }
        return Vec::new();
    }
    if !view
        .words(cue.end, view.range.end)
        .take(5)
        .any(|(_, w)| attended_noun(w))
    {
        return Vec::new();
    }
    let people: Vec<usize> = view
        .actors
        .iter()
        .filter(|a| a.range.end <= cue.start && a.prep.is_none() && !a.in_quote)
        .flat_map(|a| view.refer(doc, ctx, a))
        .filter(|&e| doc.entities[e].entity.is_person())
        .collect();
    present_at_latest(doc, view, &people, events);
    Vec::new()
}

/// Adds `people` as present at the latest meetings, of the latest sentence that reported any
/// within six sentences.
fn present_at_latest(doc: &Doc, view: &SentenceView, people: &[usize], events: &mut [Event]) {
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
                for &p in people {
                    if !m.participants.contains(&p) && !m.also_present.contains(&p) {
                        m.also_present.push(p);
                    }
                }
            }
        }
    }
}

/// The latest meeting read from the sentence starting at `start`, as an index into `events`.
fn this_sentence_meeting(start: usize, events: &[Event]) -> Option<usize> {
    events
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, e)| e.evidence().start >= start)
        .find(|(_, e)| matches!(e, Event::Meeting(_)))
        .map(|(i, _)| i)
}
