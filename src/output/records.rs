//! The records of each table, built from one document's extraction, as the output contract gives them.
//!
//! JSON writes the records as they are; CSV and the terminal table write their cells, lists
//! joined with `"; "`, an entity as its name (an official named only by role as `ROLE (CC)`).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Row, Table};
use crate::date::PartialDate;
use crate::entity::Entity;
use crate::event::{Event, Evidence};
use crate::pipeline::Extraction;

/// The CSV columns of each table.
pub fn columns(table: Table) -> &'static [&'static str] {
    match table {
        Table::Events => &[
            "doc",
            "url",
            "type",
            "date",
            "participants",
            "also_present",
            "location",
            "mode",
            "speaker",
            "quote",
            "parties",
            "action",
            "name",
            "count",
            "evidence",
            "start",
            "end",
        ],
        Table::Meetings => &[
            "doc",
            "url",
            "date",
            "participants",
            "participant_ids",
            "participant_countries",
            "also_present",
            "location",
            "mode",
            "evidence",
            "start",
            "end",
        ],
        Table::Statements => &[
            "doc",
            "url",
            "date",
            "speaker",
            "speaker_id",
            "speaker_type",
            "speaker_role",
            "speaker_country",
            "quote",
            "evidence",
            "start",
            "end",
        ],
        Table::Agreements => &[
            "doc",
            "url",
            "date",
            "action",
            "name",
            "count",
            "parties",
            "party_ids",
            "evidence",
            "start",
            "end",
        ],
        Table::Pairs => &[
            "doc",
            "url",
            "date",
            "a_name",
            "a_id",
            "a_type",
            "a_role",
            "a_country",
            "b_name",
            "b_id",
            "b_type",
            "b_role",
            "b_country",
            "location",
            "mode",
            "evidence",
            "start",
            "end",
        ],
        Table::Mentions => &[
            "doc",
            "url",
            "entity_id",
            "entity_name",
            "entity_type",
            "entity_country",
            "entity_role",
            "text",
            "start",
            "end",
        ],
    }
}

/// An entity as a person reads it in a cell.
pub fn label(e: &Entity) -> String {
    match &e.name {
        Some(n) => n.clone(),
        None => format!(
            "{} ({})",
            e.role.as_deref().unwrap_or("official"),
            e.country.as_deref().unwrap_or("?")
        ),
    }
}

fn labels(es: &[Entity]) -> String {
    es.iter().map(label).collect::<Vec<_>>().join("; ")
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(String::new, ToString::to_string)
}

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
        mode: String,
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
        action: String,
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

impl EventRecord<'_> {
    fn evidence(&self) -> &Evidence {
        match &self.body {
            EventBody::Meeting { evidence, .. }
            | EventBody::Statement { evidence, .. }
            | EventBody::Agreement { evidence, .. } => evidence,
        }
    }

    fn head(&self) -> [String; 2] {
        [
            self.doc.to_string(),
            self.url.as_deref().unwrap_or_default().to_string(),
        ]
    }

    fn tail(&self) -> [String; 3] {
        let ev = self.evidence();
        [ev.text.clone(), ev.start.to_string(), ev.end.to_string()]
    }
}

impl Row for EventRecord<'_> {
    fn cells(&self) -> Vec<String> {
        let mut c: Vec<String> = self.head().to_vec();
        let blank = String::new;
        match &self.body {
            EventBody::Meeting {
                participants,
                also_present,
                location,
                date,
                mode,
                ..
            } => c.extend([
                "meeting".into(),
                opt(date),
                labels(participants),
                labels(also_present),
                location.as_ref().map(label).unwrap_or_default(),
                mode.clone(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
            ]),
            EventBody::Statement {
                speaker,
                quote,
                date,
                ..
            } => c.extend([
                "statement".into(),
                opt(date),
                blank(),
                blank(),
                blank(),
                blank(),
                label(speaker),
                quote.clone().unwrap_or_default(),
                blank(),
                blank(),
                blank(),
                blank(),
            ]),
            EventBody::Agreement {
                parties,
                action,
                name,
                count,
                date,
                ..
            } => c.extend([
                "agreement".into(),
                opt(date),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                labels(parties),
                action.clone(),
                name.clone().unwrap_or_default(),
                opt(count),
            ]),
        }
        c.extend(self.tail());
        c
    }
}

/// A record of the `meetings`, `statements` or `agreements` table: the event record itself in
/// JSON, its own columns in CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KindRecord<'a>(#[serde(borrow)] pub EventRecord<'a>);

impl Row for KindRecord<'_> {
    fn cells(&self) -> Vec<String> {
        let r = &self.0;
        let mut c: Vec<String> = r.head().to_vec();
        let ids = |es: &[Entity]| {
            es.iter()
                .map(|e| e.id.clone().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("; ")
        };
        match &r.body {
            EventBody::Meeting {
                participants,
                also_present,
                location,
                date,
                mode,
                ..
            } => c.extend([
                opt(date),
                labels(participants),
                ids(participants),
                participants
                    .iter()
                    .map(|e| e.country.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join("; "),
                labels(also_present),
                location.as_ref().map(label).unwrap_or_default(),
                mode.clone(),
            ]),
            EventBody::Statement {
                speaker,
                quote,
                date,
                ..
            } => c.extend([
                opt(date),
                label(speaker),
                opt(&speaker.id),
                speaker.kind.as_str().to_string(),
                opt(&speaker.role),
                opt(&speaker.country),
                quote.clone().unwrap_or_default(),
            ]),
            EventBody::Agreement {
                parties,
                action,
                name,
                count,
                date,
                ..
            } => c.extend([
                opt(date),
                action.clone(),
                name.clone().unwrap_or_default(),
                opt(count),
                labels(parties),
                ids(parties),
            ]),
        }
        c.extend(r.tail());
        c
    }
}

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
    pub mode: String,
    #[serde(deserialize_with = "EvidenceDef::deserialize")]
    pub evidence: Evidence,
}

impl Row for PairRecord<'_> {
    fn cells(&self) -> Vec<String> {
        let who = |e: &Entity| {
            [
                label(e),
                opt(&e.id),
                e.kind.as_str().to_string(),
                opt(&e.role),
                opt(&e.country),
            ]
        };
        let mut c = vec![
            self.doc.to_string(),
            self.url.as_deref().unwrap_or_default().to_string(),
            opt(&self.date),
        ];
        c.extend(who(&self.a));
        c.extend(who(&self.b));
        c.extend([
            self.location.as_ref().map(label).unwrap_or_default(),
            self.mode.clone(),
            self.evidence.text.clone(),
            self.evidence.start.to_string(),
            self.evidence.end.to_string(),
        ]);
        c
    }
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

impl Row for MentionRecord<'_> {
    fn cells(&self) -> Vec<String> {
        let e = &self.entity;
        vec![
            self.doc.to_string(),
            self.url.as_deref().unwrap_or_default().to_string(),
            opt(&e.id),
            label(e),
            e.kind.as_str().to_string(),
            opt(&e.country),
            opt(&e.role),
            self.text.to_string(),
            self.start.to_string(),
            self.end.to_string(),
        ]
    }
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
                        mode: mode.clone(),
                        evidence: evidence.clone(),
                    });
                }
            }
        }
    }
    (out, left_out)
}

/// The mention records of one document, in document order.
pub fn mentions<'a>(x: &'a Extraction, text: &'a str) -> Vec<MentionRecord<'a>> {
    let mut ms: Vec<_> = x.doc.mentions.iter().collect();
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
