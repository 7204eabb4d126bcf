//! Mediated talks: "talks between A and B mediated by C", "talks hosted by C".

use crate::date::PartialDate;
use crate::event::context::Context;
use crate::event::view::{Cue, Reading};
use crate::event::{Event, Meeting};
use crate::gazetteer::Mode;
use crate::resolve::Doc;

/// The parties before the cue meet, the mediators after it are present; when the sentence
/// already told of the talks, the mediators attend those.
pub(super) fn extract(
    r: &Reading,
    doc: &Doc,
    ctx: &Context,
    cue: &Cue,
    date: Option<PartialDate>,
    mode: Mode,
    events: &mut [Event],
) -> Vec<Meeting> {
    let view = r.view;
    let (mediators, _) = view.objects_after(cue.range.end);
    let mediators = view.refer_each(doc, ctx, &mediators);
    let mut parties: Vec<usize> = Vec::new();
    for a in view
        .actors
        .iter()
        .filter(|a| a.range.end <= cue.range.start && !a.in_quote)
    {
        for e in view.refer(doc, ctx, a) {
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
        Vec::new()
    } else if parties.len() >= 2 {
        vec![Meeting {
            participants: parties,
            also_present: mediators,
            location: None,
            date,
            mode,
            evidence: view.range.clone(),
        }]
    } else {
        Vec::new()
    }
}
