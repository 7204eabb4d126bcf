//! The records of each table, built from one document's extraction, as the output contract gives them.
//!
//! JSON writes the records as they are, and reads them back; CSV and the terminal table write
//! their cells (`super::cells`).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use super::cells::{columns, label};
use super::Table;
use crate::date::PartialDate;
use crate::entity::Entity;
use crate::event::{Event, Evidence};
use crate::gazetteer::{AgreementAction, Mode};
use crate::pipeline::Extraction;

/// A meeting, statement or agreement: `{"doc", "type", ...}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord<'a> {
    #[serde(borrow)]
    pub doc: Cow<'a, str>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Cow<'a, str>>,
    #[serde(flatten)]
    pub body: EventBody,
}

/// What an event record says, by its `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum EventBody {
    Meeting {
        participants: Vec<Entity>,
        also_present: Vec<Entity>,
        location: Option<Entity>,
        date: Option<PartialDate>,
        mode: Mode,
        #[serde(deserialize_with = "EvidenceDef::deserialize")]
        evidence: Evidence,
    },
    Statement {
        speaker: Entity,
        quote: Option<String>,
        date: Option<PartialDate>,
        #[serde(deserialize_with = "EvidenceDef::deserialize")]
        evidence: Evidence,
    },
    Agreement {
        parties: Vec<Entity>,
        action: AgreementAction,
        name: Option<String>,
        count: Option<u32>,
        date: Option<PartialDate>,
        #[serde(deserialize_with = "EvidenceDef::deserialize")]
        evidence: Evidence,
    },
}

/// How an [`Evidence`] is read back (it is the event stage's type; the records read it).
#[derive(Deserialize)]
#[serde(remote = "Evidence")]
struct EvidenceDef {
    text: String,
    start: usize,
    end: usize,
}

/// A record of the `meetings`, `statements` or `agreements` table: the event record itself in
/// JSON, its own columns in CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KindRecord<'a>(#[serde(borrow)] pub EventRecord<'a>);

/// One pair of who-met-whom: `{"doc", "a", "b", "date", "location", "mode", "evidence"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairRecord<'a> {
    #[serde(borrow)]
    pub doc: Cow<'a, str>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Cow<'a, str>>,
    pub a: Entity,
    pub b: Entity,
    pub date: Option<PartialDate>,
    pub location: Option<Entity>,
    pub mode: Mode,
    #[serde(deserialize_with = "EvidenceDef::deserialize")]
    pub evidence: Evidence,
}

/// A mention: `{"doc", "entity", "text", "start", "end"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord<'a> {
    #[serde(borrow)]
    pub doc: Cow<'a, str>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Cow<'a, str>>,
    pub entity: Entity,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
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
                    mode: m.mode,
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
                    action: a.action,
                    name: a.name.clone(),
                    count: a.count,
                    date: a.date,
                    evidence: evidence(&a.evidence),
                },
            };
            EventRecord {
                doc: Cow::Borrowed(&x.doc_id),
                url: x.url.as_deref().map(Cow::Borrowed),
                body,
            }
        })
        .collect()
}

/// The records of one kind of event (`meetings`, `statements` or `agreements`).
pub fn of_kind<'a>(x: &'a Extraction, text: &'a str, table: Table) -> Vec<KindRecord<'a>> {
    events(x, text)
        .into_iter()
        .filter(|r| {
            matches!(
                (&r.body, table),
                (EventBody::Meeting { .. }, Table::Meetings)
                    | (EventBody::Statement { .. }, Table::Statements)
                    | (EventBody::Agreement { .. }, Table::Agreements)
            )
        })
        .map(KindRecord)
        .collect()
}

/// Who met whom: one record per unordered pair of participants of each meeting, at most
/// `max_per_meeting` of them per meeting (in participant order), with how many were left out.
pub fn pairs<'a>(
    x: &'a Extraction,
    text: &'a str,
    max_per_meeting: usize,
) -> (Vec<PairRecord<'a>>, usize) {
    let mut left_out = 0;
    let mut out = Vec::new();
    for r in events(x, text) {
        if let EventBody::Meeting {
            participants,
            location,
            date,
            mode,
            evidence,
            ..
        } = r.body
        {
            let n = participants.len();
            let all = n * n.saturating_sub(1) / 2;
            left_out += all.saturating_sub(max_per_meeting);
            let mut written = 0;
            for (i, a) in participants.iter().enumerate() {
                for b in &participants[i + 1..] {
                    if written == max_per_meeting {
                        break;
                    }
                    written += 1;
                    out.push(PairRecord {
                        doc: r.doc.clone(),
                        url: r.url.clone(),
                        a: a.clone(),
                        b: b.clone(),
                        date,
                        location: location.clone(),
                        mode,
                        evidence: evidence.clone(),
                    });
                }
            }
        }
    }
    (out, left_out)
}

/// The mention records of one document, in document order: mentions of named entities only.
pub fn mentions<'a>(x: &'a Extraction, text: &'a str) -> Vec<MentionRecord<'a>> {
    // An unnamed official ("the Indian ambassador", `ROLE@CC`) takes part in events but is no
    // entity the article names (ANNOTATION.md's `entities`).
    let mut ms: Vec<_> = x
        .doc
        .mentions
        .iter()
        .filter(|m| x.doc.entities[m.entity].entity.name.is_some())
        .collect();
    ms.sort_by_key(|m| (m.range.start, m.range.end));
    ms.into_iter()
        .map(|m| MentionRecord {
            doc: Cow::Borrowed(&x.doc_id),
            url: x.url.as_deref().map(Cow::Borrowed),
            entity: x.doc.entities[m.entity].entity.clone(),
            text: Cow::Borrowed(&text[m.range.clone()]),
            start: m.range.start,
            end: m.range.end,
        })
        .collect()
}
