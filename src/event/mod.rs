//! Events read from a resolved document: meetings, statements and agreements, with dates, places and evidence.
//!
//! The three extractors share one walk over the sentences and one view of each sentence: who
//! acts in it (its subject, found clause by clause), who is acted upon, and what "he", "they",
//! "both sides" or "the country" stand for at that point of the article.

mod agreement;
mod context;
mod meeting;
mod object;
mod refer;
mod statement;
mod subject;
mod view;

use std::ops::Range;

use serde::Serialize;

use crate::date::PartialDate;
use crate::gazetteer::{AgreementAction, Gazetteer, Mode};
use crate::resolve::Doc;

use context::Context;
use view::{Reading, SentenceIndex, SentenceView};

/// The sentence an event was read from, with byte offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// An encounter between parties.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    /// Document entity indices.
    pub participants: Vec<usize>,
    pub also_present: Vec<usize>,
    pub location: Option<usize>,
    pub date: Option<PartialDate>,
    pub mode: Mode,
    pub evidence: Range<usize>,
}

/// An attributed quotation or reported statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub speaker: usize,
    pub quote: Option<String>,
    pub date: Option<PartialDate>,
    pub evidence: Range<usize>,
}

/// An agreement signed, reaffirmed, negotiated, proposed or reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub parties: Vec<usize>,
    pub action: AgreementAction,
    pub name: Option<String>,
    pub count: Option<u32>,
    pub date: Option<PartialDate>,
    pub evidence: Range<usize>,
}

/// One event of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Meeting(Meeting),
    Statement(Statement),
    Agreement(Agreement),
}

impl Event {
    /// Where in the document the event was read.
    pub fn evidence(&self) -> &Range<usize> {
        match self {
            Event::Meeting(m) => &m.evidence,
            Event::Statement(s) => &s.evidence,
            Event::Agreement(a) => &a.evidence,
        }
    }
}

/// Reads the events of `doc`, a document already resolved from `text`.
pub fn extract(g: &Gazetteer, text: &str, doc: &mut Doc) -> Vec<Event> {
    let mut ctx = Context::default();
    let mut events = Vec::new();
    let index = SentenceIndex::new(doc);
    // The tokens are lent to the sentence views for the walk, while the extractors add to `doc`.
    let tokens = std::mem::take(&mut doc.tokens);
    for si in 0..doc.sentences.len() {
        if !doc.sentences[si].prose {
            continue;
        }
        let view = SentenceView::new(g, text, &tokens, doc, si, &index);
        let r = Reading { g, view: &view };
        meeting::extract(&r, doc, &mut ctx, &mut events);
        agreement::extract(&r, doc, &mut ctx, &mut events);
        statement::extract(&r, doc, &mut ctx, &mut events);
        ctx.after_sentence(&view, doc);
    }
    doc.tokens = tokens;
    meeting::drop_subsumed_visits(doc, &mut events);
    meeting::drop_own_sides(g, doc, &mut events);
    // A meeting needs two parties ("chaired by X" alone told of no encounter).
    events.retain(|e| !matches!(e, Event::Meeting(m) if m.participants.len() < 2));
    events
}
