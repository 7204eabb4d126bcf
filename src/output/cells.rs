//! The CSV and terminal-table cells of each record, in the order of its table's columns: lists
//! joined with `"; "`, an entity as its name (an official named only by role as `ROLE (CC)`).

use super::records::{EventBody, EventRecord, KindRecord, MentionRecord, PairRecord};
use super::{Row, Table};
use crate::entity::Entity;
use crate::event::Evidence;

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
                mode.to_string(),
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
                action.to_string(),
                name.clone().unwrap_or_default(),
                opt(count),
            ]),
        }
        c.extend(self.tail());
        c
    }
}

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
                mode.to_string(),
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
                action.to_string(),
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
            self.mode.to_string(),
            self.evidence.text.clone(),
            self.evidence.start.to_string(),
            self.evidence.end.to_string(),
        ]);
        c
    }
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
