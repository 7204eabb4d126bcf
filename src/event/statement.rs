//! Statements: attributed quotations and reported speech, one per speaker.

use super::context::Context;
use super::view::{Cue, Reading};
use super::{Event, Statement};
use crate::gazetteer::{CueEvent, Form, Part};
use crate::resolve::{Doc, Refers};
use crate::text::lexicon;

/// Whether a quotation is a name: up to four words, each capitalised (particles aside), and no
/// sentence punctuation.
fn is_quoted_name(q: &str) -> bool {
    let ws: Vec<&str> = q.split_whitespace().collect();
    ws.len() <= 4
        && !q.contains(['.', '!', '?', ','])
        && ws
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && ws.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || crate::text::lexicon::is_name_particle(&w.to_lowercase())
                || w.starts_with("al-")
        })
}

/// Whether a speech verb's form tells speech done. A base form needs a named subject and no
/// hedge: "officials say", not "to say", "will say" or "they say" (a present tense whose "they"
/// is too loose to name a speaker). An -ing form is a verb, not a noun after a determiner:
/// "..., stating that", "X saying", not "the warning" or "a briefing".
fn told_as_done(r: &Reading, cue: &Cue) -> bool {
    let c = &r.g.cues[cue.index];
    // "called on Y" is a courtesy call; "called on Y to do Z" is speech.
    if r.call_on_demand(cue) == Some(false) {
        return false;
    }
    // "Sri Lanka told to cut rates by the IMF": a passive instruction, whose subject listens.
    if c.form == Form::Past
        && r.g.frames[c.frame].takes_direct()
        && r.view
            .words(cue.range.end, r.view.range.end)
            .next()
            .is_some_and(|(_, w)| w == "to")
    {
        return false;
    }
    if r.g.frames[c.frame].part != Part::Verb {
        return true;
    }
    match c.form {
        Form::Base => {
            // "the pledge", "for praise": a noun.
            let before = r
                .view
                .words(r.view.range.start, cue.range.start)
                .next_back()
                .map(|(_, w)| w.to_lowercase());
            if before.as_deref().is_some_and(|w| {
                lexicon::is_determiner(w)
                    || lexicon::is_preposition(w)
                    || w.ends_with("’s")
                    || w.ends_with("'s")
            }) {
                return false;
            }
            let subject = r.view.subject_actors(cue.range.start);
            !r.negated_or_hedged(&cue.range)
                && !subject.is_empty()
                && subject
                    .iter()
                    .all(|a| matches!(a.refers, Refers::Entity(_)))
        }
        Form::Ing => {
            let before = r.view.span(r.view.range.start, cue.range.start).trim_end();
            let last = before
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            !lexicon::is_determiner(&last)
        }
        _ => true,
    }
}

/// Reads the statements of a sentence: who speaks, and each quotation they speak.
pub(super) fn extract(r: &Reading, doc: &mut Doc, ctx: &mut Context, events: &mut Vec<Event>) {
    let (g, view, text) = (r.g, r.view, r.view.text);
    let sentence = &doc.sentences[view.index];
    let mut speakers: Vec<usize> = Vec::new();
    let mut first_cue = None;
    for cue in &view.cues {
        if g.cues[cue.index].event != CueEvent::Statement
            || r.negated(cue.range.start)
            || ctx.agreement_cues.contains(&cue.range)
            || !told_as_done(r, cue)
        {
            continue;
        }
        for e in view.subject(doc, ctx, cue.range.start) {
            if !speakers.contains(&e) {
                speakers.push(e);
            }
        }
        first_cue.get_or_insert(cue.range.start);
    }
    // A name in quotation marks ("Operation Sindoor", "Fitna al-Khawarij") is nobody's words.
    let quotes: Vec<String> = sentence
        .quotes
        .iter()
        .map(|q| q.text(text).to_string())
        .filter(|q| !q.is_empty() && !is_quoted_name(q))
        .collect();
    // A statement's date stands next to its verb ("said on Monday", "on Friday said").
    let date = first_cue.and_then(|p| view.date_within(doc, p, 40));
    if speakers.is_empty() && !quotes.is_empty() {
        // A quotation standing alone continues the latest speaker's words.
        let covered: usize = sentence
            .quotes
            .iter()
            .map(|q| q.outer.end.min(view.range.end) - q.outer.start)
            .sum();
        let alone = covered * 2 >= view.range.len();
        let recent = ctx
            .last_speaker_sentence
            .is_some_and(|s| view.index - s <= 3);
        if alone && recent {
            speakers = ctx.last_speakers.clone();
        }
    }
    if speakers.is_empty() {
        return;
    }
    // A body that speaks is that body, with its country ("the Foreign Ministry said"), not its
    // state (ANNOTATION.md, "Speakers").
    speakers.dedup();
    for &speaker in &speakers {
        if quotes.is_empty() {
            events.push(Event::Statement(Statement {
                speaker,
                quote: None,
                date,
                evidence: view.range.clone(),
            }));
        }
        for q in &quotes {
            events.push(Event::Statement(Statement {
                speaker,
                quote: Some(q.clone()),
                date,
                evidence: view.range.clone(),
            }));
        }
    }
    ctx.last_speakers = speakers;
    ctx.last_speaker_sentence = Some(view.index);
}
