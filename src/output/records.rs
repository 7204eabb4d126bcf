//! The records of each table, built from one document's extraction, as the output contract gives them.

use serde::Serialize;

use crate::date::PartialDate;
use crate::entity::Entity;
use crate::event::{Event, Evidence};
use crate::pipeline::Extraction;

/// A meeting, statement or agreement: `{"doc", "type", ...}`.
#[derive(Debug, Clone, Serialize)]
pub struct EventRecord<'a> {
    pub doc: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(flatten)]
    pub body: EventBody,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum EventBody {
    Meeting {
        participants: Vec<Entity>,
        also_present: Vec<Entity>,
        location: Option<Entity>,
        date: Option<PartialDate>,
        mode: String,
        evidence: Evidence,
    },
    Statement {
        speaker: Entity,
        quote: Option<String>,
        date: Option<PartialDate>,
        evidence: Evidence,
    },
    Agreement {
        parties: Vec<Entity>,
        action: String,
        name: Option<String>,
        count: Option<u32>,
        date: Option<PartialDate>,
        evidence: Evidence,
    },
}

/// A mention: `{"doc", "entity", "text", "start", "end"}`.
#[derive(Debug, Clone, Serialize)]
pub struct MentionRecord<'a> {
    pub doc: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    pub entity: Entity,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The event records of one document, in document order.
pub fn events<'a>(x: &'a Extraction, text: &'a str) -> Vec<EventRecord<'a>> {
    let entity = |i: usize| x.doc.entities[i].entity.clone();
    let evidence = |r: &std::ops::Range<usize>| Evidence {
        text: text[r.clone()].to_string(),
        start: r.start,
        end: r.end,
    };
    let mut events: Vec<&Event> = x.events.iter().collect();
    events.sort_by_key(|e| e.evidence().start);
    events
        .into_iter()
        .map(|e| {
            let body = match e {
                Event::Meeting(m) => EventBody::Meeting {
                    participants: m.participants.iter().map(|&i| entity(i)).collect(),
                    also_present: m.also_present.iter().map(|&i| entity(i)).collect(),
                    location: m.location.map(entity),
                    date: m.date,
                    mode: m.mode.clone(),
                    evidence: evidence(&m.evidence),
                },
                Event::Statement(s) => EventBody::Statement {
                    speaker: entity(s.speaker),
                    quote: s.quote.clone(),
                    date: s.date,
                    evidence: evidence(&s.evidence),
                },
                Event::Agreement(a) => EventBody::Agreement {
                    parties: a.parties.iter().map(|&i| entity(i)).collect(),
                    action: a.action.clone(),
                    name: a.name.clone(),
                    count: a.count,
                    date: a.date,
                    evidence: evidence(&a.evidence),
                },
            };
            EventRecord {
                doc: &x.doc_id,
                url: x.url.as_deref(),
                body,
            }
        })
        .collect()
}

/// The mention records of one document, in document order.
pub fn mentions<'a>(x: &'a Extraction, text: &'a str) -> Vec<MentionRecord<'a>> {
    let mut ms: Vec<_> = x.doc.mentions.iter().collect();
    ms.sort_by_key(|m| (m.range.start, m.range.end));
    ms.into_iter()
        .map(|m| MentionRecord {
            doc: &x.doc_id,
            url: x.url.as_deref(),
            entity: x.doc.entities[m.entity].entity.clone(),
            text: &text[m.range.clone()],
            start: m.range.start,
            end: m.range.end,
        })
        .collect()
}
