//! Meetings: talks, visits, phone and video calls, and mediated talks between states.
//!
//! Each cue's `MeetingKind` (from its frame in `frames.csv`) sends it to the file that reads that kind; what
//! they find is finished here: its mode, the place and date of the visit it happened during,
//! and no meeting twice.

mod attendance;
mod mediated;
mod sides;
mod subsumed;
mod talks;
mod visit;

use super::context::Context;
use super::view::Reading;
use super::{Event, Meeting};
use crate::date::PartialDate;
use crate::gazetteer::{CueEvent, CueKind, MeetingKind, Mode, WordClass};
use crate::resolve::Doc;

pub(super) use sides::drop_own_sides;
pub(super) use subsumed::drop_subsumed_visits;

/// Reads the meetings of a sentence, one cue at a time.
pub(super) fn extract(r: &Reading, doc: &mut Doc, ctx: &mut Context, events: &mut Vec<Event>) {
    let (g, view) = (r.g, r.view);
    let hinted = sentence_mode(r);
    for cue in &view.cues {
        let c = &g.cues[cue.index];
        if c.event != CueEvent::Meeting {
            continue;
        }
        // "to visit", "will visit": not (yet) a meeting.
        if r.negated_or_hedged(&cue.range) {
            continue;
        }
        let mode = c.mode.unwrap_or(hinted);
        let date = view.date_near(doc, cue.range.start);
        // A meeting dated after the article was written is planned ("visits New Delhi next
        // month and meets Modi").
        if let (Some(d), Some(p)) = (date, doc.published) {
            if d.first_day() > p.last_day() {
                continue;
            }
        }
        if let Some(d) = date {
            ctx.meeting_date = Some((view.index, d));
        }
        let date = date.or_else(|| told_before(r, ctx));
        let CueKind::Meeting(kind) = c.kind else {
            continue;
        };
        let found = match kind {
            MeetingKind::Attendance => attendance::extract(r, doc, ctx, cue, events)
                .into_iter()
                .map(|m| Meeting { date, mode, ..m })
                .collect(),
            MeetingKind::Visit => visit::extract(r, doc, ctx, cue, date)
                .map(|m| Meeting {
                    mode,
                    evidence: view.range.clone(),
                    ..m
                })
                .into_iter()
                .collect(),
            MeetingKind::Mediated => mediated::extract(r, doc, ctx, cue, date, mode, events),
            MeetingKind::Verb | MeetingKind::Nominal | MeetingKind::Joint => {
                let read = talks::Cued {
                    cue,
                    kind,
                    date,
                    mode,
                };
                talks::extract(r, doc, ctx, &read, events)
            }
        };
        finish(r, ctx, found, events);
    }
}

/// The date a meeting was given in the sentence before, or the one before that, when this
/// sentence tells of it again with a definite noun ("In the meeting, ...", "During the talks").
pub(super) fn told_before(r: &Reading, ctx: &Context) -> Option<PartialDate> {
    let (si, date) = ctx.meeting_date?;
    if !(si < r.view.index && r.view.index - si <= 2) {
        return None;
    }
    let lower = r
        .view
        .span(r.view.range.start, r.view.range.end)
        .to_lowercase();
    let definite = r.g.words.list(WordClass::AttendedNoun).iter().any(|n| {
        lower
            .match_indices(&format!("the {n}"))
            .any(|(p, m)| !lower[p + m.len()..].starts_with(char::is_alphanumeric))
    });
    definite.then_some(date)
}

/// The mode the sentence's words give a meeting whose cue has none: "by phone", "virtual".
fn sentence_mode(r: &Reading) -> Mode {
    let lower = r
        .view
        .span(r.view.range.start, r.view.range.end)
        .to_lowercase();
    let hinted = |class| {
        r.g.words
            .list(class)
            .iter()
            .any(|h| lower.contains(h.as_str()))
    };
    if hinted(WordClass::PhoneHint) {
        Mode::Phone
    } else if hinted(WordClass::VirtualHint) {
        Mode::Virtual
    } else {
        Mode::InPerson
    }
}

/// Adds the meetings of one cue: a call has no place; a meeting held during a visit read earlier
/// takes the visit's date and place; a meeting this sentence already told is not told again.
fn finish(r: &Reading, ctx: &mut Context, found: Vec<Meeting>, events: &mut Vec<Event>) {
    let view = r.view;
    for mut m in found {
        if m.mode != Mode::InPerson {
            m.location = None;
        }
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
        // Only this sentence's events (the tail of the list) can share its evidence. The same
        // meeting told by two cues ("spoke in a phone call") keeps the mode one of them says.
        let start = view.range.start;
        let told = events
            .iter_mut()
            .rev()
            .take_while(|e| e.evidence().start >= start)
            .find_map(|x| match x {
                Event::Meeting(x)
                    if x.participants == m.participants && x.evidence == m.evidence =>
                {
                    Some(x)
                }
                _ => None,
            });
        match told {
            Some(x) if x.mode == Mode::InPerson && m.mode != Mode::InPerson => {
                x.mode = m.mode;
                x.location = None;
            }
            Some(_) => {}
            None => events.push(Event::Meeting(m)),
        }
    }
}
