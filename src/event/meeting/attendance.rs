//! Attendance: "X and Y attended the meetings", "Z was also present at the meeting".

use crate::event::context::Context;
use crate::event::view::{Cue, Reading};
use crate::event::Event;
use crate::gazetteer::WordClass;
use crate::resolve::Doc;

/// People attending the latest meetings (those of the latest sentence that reported any, a few
/// sentences back at most) are present at them.
pub(super) fn extract(r: &Reading, doc: &Doc, ctx: &Context, cue: &Cue, events: &mut [Event]) {
    let view = r.view;
    let cue = cue.range.clone();
    let after = view.words(cue.end, view.range.end);
    let about_meeting = after.take(5).any(|(_, w)| {
        r.g.words
            .contains(WordClass::AttendedNoun, &w.to_lowercase())
    });
    if !about_meeting {
        return;
    }
    let people: Vec<usize> = view
        .actors
        .iter()
        .filter(|a| a.range.end <= cue.start && a.prep.is_none() && !a.in_quote)
        .flat_map(|a| view.refer(doc, ctx, a))
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
