//! Talks told by a verb ("X met Y"), a noun ("a meeting with Y", "talks between X and Y") or a
//! joint appearance ("chaired by X and attended by Y and Z").

use std::ops::Range;

use crate::date::PartialDate;
use crate::event::context::Context;
use crate::event::view::{Cue, Reading, SentenceView};
use crate::event::{Event, Meeting};
use crate::gazetteer::{Form, MeetingKind, Mode, WordClass};
use crate::resolve::{Actor, Doc, Refers};
use crate::text::lexicon;

/// A cue of talks, with what was read of it already.
pub(super) struct Cued<'a> {
    pub(super) cue: &'a Cue,
    /// `Verb`, `Nominal` or `Joint`.
    pub(super) kind: MeetingKind,
    pub(super) date: Option<PartialDate>,
    pub(super) mode: Mode,
}

/// The meetings a cue of talks tells of: its subject with each of its objects, or the objects
/// together ("talks between A and B"), or a subject of two ("A and B held talks").
pub(super) fn extract(
    r: &Reading,
    doc: &Doc,
    ctx: &Context,
    t: &Cued,
    events: &mut [Event],
) -> Vec<Meeting> {
    let view = r.view;
    let cue = &t.cue.range;
    if r.call_on_demand(t.cue) == Some(true) {
        return Vec::new();
    }
    let nominal = t.kind == MeetingKind::Nominal;
    let joint = t.kind == MeetingKind::Joint;
    let (objects, prep) = objects(r, doc, ctx, t);
    let subject = subject(r, doc, ctx, cue, nominal);
    let location = location(doc, view, cue.start);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    if prep.as_deref() == Some("between")
        || joint
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
        && (if nominal {
            explicit_pair(view, cue.start) && one_event(r, cue.start)
        } else {
            r.g.frames[r.g.cues[t.cue.index].frame].mutual()
        })
    {
        groups.push(subject.clone());
    }
    // "chaired by X and attended by Y and Z": one meeting of all of them.
    if joint {
        let earlier = events.iter_mut().find_map(|e| match e {
            Event::Meeting(m) if m.evidence == view.range => Some(m),
            _ => None,
        });
        if let Some(m) = earlier {
            for &p in groups.iter().flatten() {
                if !m.participants.contains(&p) {
                    m.participants.push(p);
                }
            }
            return Vec::new();
        }
    }
    groups
        .into_iter()
        // A joint cue may name one party now and more later in the sentence.
        .filter(|participants| participants.len() >= 2 || (joint && participants.len() == 1))
        .map(|participants| Meeting {
            participants,
            also_present: Vec::new(),
            location,
            date: t.date,
            mode: t.mode,
            evidence: view.range.clone(),
        })
        .collect()
}

/// Who the cue is with: the list after it, when its frame takes the preposition that
/// introduces it ("talks with Y", "spoke to Y"), or takes a direct object and it is one ("met
/// Y"), or is the agent of the frame's passive ("Y was received by X").
fn objects(r: &Reading, doc: &Doc, ctx: &Context, t: &Cued) -> (Vec<usize>, Option<String>) {
    let view = r.view;
    let c = &r.g.cues[t.cue.index];
    let frame = &r.g.frames[c.frame];
    let (objects, prep) = view.objects_after(t.cue.range.end);
    let nominal = t.kind == MeetingKind::Nominal;
    let objects_ok = match prep.as_deref() {
        Some("by") if frame.takes_direct() && c.form == Form::Past => true,
        Some(p) => frame.takes_prep(p),
        None if t.kind == MeetingKind::Verb && frame.takes_direct() => {
            direct_object(view, t.cue.range.end, &objects)
        }
        None => nominal && objects.len() >= 2,
    };
    let objects = if objects_ok {
        view.refer_each(doc, ctx, &objects)
    } else {
        Vec::new()
    };
    (objects, prep)
}

/// Whether the first of `objects` is the direct object of the verb cue ending at `end`: it
/// owns nothing, and at most [`OBJECT_GAP`] lower-case words other than articles stand before
/// it (capitalised ones belong to its title): "received the visiting Chinese delegation", "met
/// the Saudi Economy and Planning Minister X", not "received invitations for training from
/// countries such as Japan" or "received Hamas’ response".
fn direct_object(view: &SentenceView, end: usize, objects: &[&Actor]) -> bool {
    objects.first().is_some_and(|o| {
        let words = view
            .words(end, o.range.start)
            .filter(|(_, w)| w.starts_with(char::is_lowercase))
            .filter(|(_, w)| !lexicon::is_determiner(&w.to_lowercase()))
            .count();
        !o.possessive && words <= OBJECT_GAP
    })
}

/// How many lower-case words may stand between a verb cue and its direct object ("received
/// the visiting Chinese delegation").
const OBJECT_GAP: usize = 2;

/// Whose meeting it is: the owner of the cue noun ("Bagheri’s meeting with"), the sentence's
/// subject for a noun in a phrase ("during a meeting with X"), else the cue's subject.
fn subject(r: &Reading, doc: &Doc, ctx: &Context, cue: &Range<usize>, nominal: bool) -> Vec<usize> {
    let view = r.view;
    let owner = view.possessive_owner(doc, ctx, cue.start);
    if !owner.is_empty() {
        return owner;
    }
    if nominal && in_phrase(r, cue.start) {
        let s = view.main_subject(doc, ctx);
        if !s.is_empty() {
            return s;
        }
    }
    view.subject(doc, ctx, cue.start)
}

/// Whether a cue noun at `pos` is the object of a preposition ("during an important meeting").
fn in_phrase(r: &Reading, pos: usize) -> bool {
    let ws = r.view.words(r.view.range.start, pos);
    let before: Vec<String> = ws.rev().take(4).map(|(_, w)| w.to_lowercase()).collect();
    let mut it = before.iter().skip_while(|w| {
        lexicon::is_determiner(w)
            || w.ends_with("al")
            || r.g.words.contains(WordClass::MeetingAdjective, w)
    });
    it.next().is_some_and(|w| lexicon::is_preposition(w))
}

/// Whether the parties of a meeting noun are named outright ("Araghchi and his Pakistani
/// counterpart Ishaq Dar ... in a phone call", "Pakistan and the United States held talks"),
/// not by "both sides" or "they".
fn explicit_pair(view: &SentenceView, pos: usize) -> bool {
    let mut actors = view.subject_actors(pos);
    if actors.len() < 2 {
        actors = view.main_subject_actors();
    }
    actors.len() >= 2 && actors.iter().all(|a| matches!(a.refers, Refers::Entity(_)))
}

/// Whether a cue noun names one event ("in a phone call", "during the meeting", "held a round
/// of talks"), not meetings in general ("through regional meetings").
fn one_event(r: &Reading, pos: usize) -> bool {
    let ws = r.view.words(r.view.range.start, pos);
    let lower: Vec<String> = ws.rev().take(5).map(|(_, w)| w.to_lowercase()).collect();
    let determined = lower
        .iter()
        .take(2)
        .any(|w| matches!(w.as_str(), "a" | "an" | "the" | "their" | "this" | "that"));
    let held = lower
        .iter()
        .any(|w| r.g.words.contains(WordClass::HoldVerb, w));
    determined || held
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
