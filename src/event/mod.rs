//! Events read from a resolved document: meetings, statements and agreements, with dates, places and evidence.
//!
//! The three extractors share one walk over the sentences and one view of each sentence: who
//! acts in it (its subject, found clause by clause), who is acted upon, and what "he", "they",
//! "both sides" or "the country" stand for at that point of the article.

mod agreement;
mod meeting;
mod statement;

use std::ops::Range;

use serde::Serialize;

use crate::date::PartialDate;
use crate::entity::EntityType;
use crate::gazetteer::{AgreementAction, Gazetteer, Mode};
use crate::resolve::{Actor, Doc, Group, Refers};
use crate::text::{lexicon, words};

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

/// A visit already read, for the meetings held during it.
#[derive(Debug, Clone)]
struct Visit {
    visitor: usize,
    date: Option<PartialDate>,
    location: Option<usize>,
}

/// What the walk over the sentences remembers.
#[derive(Debug, Default)]
struct Context {
    /// Speakers of the latest statement and its sentence.
    last_speakers: Vec<usize>,
    last_speaker_sentence: Option<usize>,
    /// The people the latest sentence was about (its subject).
    last_subject_people: Vec<usize>,
    /// The latest group of two or more acting together ("Iran and Pakistan have ...").
    last_plural: Vec<usize>,
    /// Every meeting read so far: participants and sentence.
    meetings: Vec<(Vec<usize>, usize)>,
    visits: Vec<Visit>,
    /// Cues already read as agreements ("reaffirmed their August agreement"), not statements.
    agreement_cues: Vec<Range<usize>>,
}

/// Reads the events of `doc`, a document already resolved from `text`.
pub fn extract(g: &Gazetteer, text: &str, doc: &mut Doc) -> Vec<Event> {
    let mut ctx = Context::default();
    let mut events = Vec::new();
    let index = SentenceIndex::new(doc);
    for si in 0..doc.sentences.len() {
        if !doc.sentences[si].prose {
            continue;
        }
        let view = SentenceView::new(g, text, doc, si, &index);
        meeting::extract(g, text, doc, &view, &mut ctx, &mut events);
        agreement::extract(g, text, doc, &view, &mut ctx, &mut events);
        statement::extract(g, text, doc, &view, &mut ctx, &mut events);
        // What the next sentence's "he" can mean: this sentence's subject.
        let first_cue = view.cues.first().map_or(view.range.end, |c| c.range.start);
        let subject = view.subject(text, doc, &ctx, first_cue);
        let people: Vec<usize> = subject
            .iter()
            .copied()
            .filter(|&e| doc.entities[e].entity.is_person())
            .collect();
        if !people.is_empty() {
            ctx.last_subject_people = people;
        } else if let Some(p) = view
            .actors
            .iter()
            .filter(|a| a.prep.is_none() && !a.in_quote)
            .find_map(|a| match a.refers {
                Refers::Entity(e) if doc.entities[e].entity.is_person() => Some(e),
                _ => None,
            })
        {
            ctx.last_subject_people = vec![p];
        }
        if subject.len() >= 2 {
            ctx.last_plural = subject;
        }
    }
    meeting::drop_subsumed_visits(doc, &mut events);
    // A meeting needs two parties ("chaired by X" alone told of no encounter).
    events.retain(|e| !matches!(e, Event::Meeting(m) if m.participants.len() < 2));
    events
}

/// A cue found in a sentence.
#[derive(Debug, Clone)]
struct Cue {
    index: usize,
    range: Range<usize>,
    /// A speech verb: what follows it is a reported clause with a subject of its own.
    speech: bool,
}

/// One sentence, ready for the extractors.
/// What each sentence holds, as indices into the document's lists, made in one pass so that
/// reading a sentence never scans the whole document (a long one would make that quadratic).
struct SentenceIndex {
    actors: Vec<Vec<usize>>,
    cues: Vec<Vec<usize>>,
    places: Vec<Vec<usize>>,
    instruments: Vec<Vec<usize>>,
}

impl SentenceIndex {
    fn new(doc: &Doc) -> SentenceIndex {
        let n = doc.sentences.len();
        let bucket = |sentences: &mut dyn Iterator<Item = usize>| {
            let mut out = vec![Vec::new(); n];
            for (i, si) in sentences.enumerate() {
                if let Some(list) = out.get_mut(si) {
                    list.push(i);
                }
            }
            out
        };
        SentenceIndex {
            actors: bucket(&mut doc.actors.iter().map(|a| a.sentence)),
            cues: bucket(&mut doc.cues.iter().map(|c| c.sentence)),
            places: bucket(&mut doc.places.iter().map(|p| p.sentence)),
            instruments: bucket(&mut doc.instruments.iter().map(|i| i.sentence)),
        }
    }
}

struct SentenceView {
    index: usize,
    range: Range<usize>,
    actors: Vec<Actor>,
    cues: Vec<Cue>,
    /// Indices into `doc.places` of the places in this sentence.
    places: Vec<usize>,
    /// Indices into `doc.instruments` of the instruments in this sentence.
    instruments: Vec<usize>,
    /// Clause breaks: commas, semicolons, colons and dashes outside quotations and names.
    breaks: Vec<Range<usize>>,
}

impl SentenceView {
    fn new(g: &Gazetteer, text: &str, doc: &Doc, si: usize, index: &SentenceIndex) -> SentenceView {
        let s = &doc.sentences[si];
        let actors: Vec<Actor> = index.actors[si]
            .iter()
            .map(|&i| doc.actors[i].clone())
            .collect();
        let in_quote = |p: usize| {
            s.quotes
                .iter()
                .any(|q| q.outer.start <= p && p < q.outer.end)
        };
        let cues = index.cues[si]
            .iter()
            .map(|&i| &doc.cues[i])
            .filter(|c| !in_quote(c.range.start))
            .map(|c| Cue {
                index: c.cue,
                range: c.range.clone(),
                speech: g.cues[c.cue].event == crate::gazetteer::CueEvent::Statement,
            })
            .collect();
        let mut breaks = Vec::new();
        for (i, c) in text[s.range.clone()].char_indices() {
            let p = s.range.start + i;
            // "--" and a hyphen between spaces are dashes too ("Tehran, IRNA -- Iran's ...").
            let ascii_dash = c == '-'
                && (text[p..].starts_with("--")
                    || (text[..p].ends_with(' ') && text[p + 1..].starts_with(' ')));
            if (matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') || ascii_dash)
                && !in_quote(p)
                && !actors.iter().any(|a| a.range.start <= p && p < a.range.end)
            {
                // A dash between two words ("Pakistan–Afghanistan") is no clause break.
                let spaced = c != '–' || text[p + c.len_utf8()..].starts_with(' ');
                if spaced {
                    breaks.push(p..p + c.len_utf8());
                }
            }
        }
        // A dateline opening the sentence ("Tehran, IRNA --", "ISTANBUL, Nov 7 (Reuters) -"):
        // whatever it names does not act in the sentence.
        let dash = breaks.iter().find(|b| {
            b.start < s.range.start + 60
                && matches!(crate::text::span(text, b.start, b.end), "-" | "—" | "–")
        });
        let actors = match dash {
            Some(d) => {
                let head = crate::text::span(text, s.range.start, d.start);
                let is_dateline =
                    head.split_whitespace().count() <= 8 && !head.contains(['"', '“']);
                actors
                    .into_iter()
                    .filter(|a| !is_dateline || a.range.start >= d.end)
                    .collect()
            }
            None => actors,
        };
        SentenceView {
            index: si,
            range: s.range.clone(),
            actors,
            cues,
            places: index.places[si].clone(),
            instruments: index.instruments[si].clone(),
            breaks,
        }
    }

    /// The clause (between breaks) that holds `pos`.
    fn clause(&self, pos: usize) -> Range<usize> {
        let start = self
            .breaks
            .iter()
            .rev()
            .find(|b| b.end <= pos)
            .map_or(self.range.start, |b| b.end);
        let end = self
            .breaks
            .iter()
            .find(|b| b.start >= pos)
            .map_or(self.range.end, |b| b.start);
        start..end
    }

    /// Who does what the cue at `pos` says: the nearest acting phrase before it in its clause,
    /// skipping objects, possessives, subordinate and participial clauses; with the phrases
    /// joined to it by "and". Falls back on the first acting phrase right after the cue
    /// ("said Naqvi").
    fn subject(&self, text: &str, doc: &Doc, ctx: &Context, pos: usize) -> Vec<usize> {
        // A participle opening its clause ("Highlighting ..., X said", "..., calling Iran a
        // partner") has the main clause's subject.
        let clause = self.clause(pos);
        let cue_word = words(crate::text::span(text, pos, self.range.end))
            .next()
            .map(|(_, w)| w.to_lowercase())
            .unwrap_or_default();
        if cue_word.ends_with("ing")
            && words(crate::text::span(text, clause.start, pos))
                .next()
                .is_none()
        {
            // The subject of the clause just before ("X told reporters, describing ..."), else
            // the sentence's ("Highlighting ..., X said").
            let before = self.clause_head(text, clause.start);
            let found: Vec<usize> = before
                .iter()
                .flat_map(|a| self.refer(text, doc, ctx, a))
                .collect();
            if !found.is_empty() {
                return found;
            }
            let main = self.main_subject(text, doc, ctx);
            if !main.is_empty() {
                return main;
            }
        }
        let actors = self.subject_actors(text, pos);
        let mut out = Vec::new();
        for a in actors {
            for e in self.refer(text, doc, ctx, a) {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    fn subject_actors(&self, text: &str, pos: usize) -> Vec<&Actor> {
        // A verb joined by "and" to an earlier cue shares its subject: "said ... and emphasised".
        if let Some(prev) = self.cues.iter().rev().find(|c| c.range.end <= pos) {
            let between = crate::text::span(text, prev.range.end, pos);
            let mut back = words(between).rev();
            let (last, second) = (back.next(), back.next());
            let joined = last.is_some_and(|(_, w)| matches!(w, "and" | "but"))
                || (second.is_some_and(|(_, w)| w == "and")
                    && last.is_some_and(|(_, w)| w.ends_with("ly")));
            let quoted_or_short = !between.contains(['.', ';']);
            if joined && quoted_or_short && prev.range.start < pos {
                let found = self.subject_actors(text, prev.range.start);
                if !found.is_empty() {
                    return found;
                }
            }
        }
        let mut end = pos;
        let mut first = true;
        loop {
            let mut start = self
                .breaks
                .iter()
                .rev()
                .find(|b| b.end <= end)
                .map_or(self.range.start, |b| b.end);
            // Within the cue's own clause, a reported clause starts after the previous cue
            // ("X said Iran and Pakistan have agreed to ..."), and a subordinate clause after its
            // conjunction ("... gained momentum as both countries reaffirmed ...").
            if first {
                if let Some(prev) = self
                    .cues
                    .iter()
                    .rev()
                    .find(|c| c.speech && c.range.end <= pos && c.range.start >= start)
                {
                    start = prev.range.end;
                }
                let inner = words(crate::text::span(text, start, pos));
                let opener = inner.clone().next().map(|(o, _)| o);
                if let Some((off, w)) = inner.rev().find(|(o, w)| {
                    Some(*o) != opener
                        && matches!(
                            w.to_lowercase().as_str(),
                            "as" | "when"
                                | "while"
                                | "because"
                                | "after"
                                | "before"
                                | "since"
                                | "where"
                                | "whereas"
                                | "although"
                        )
                }) {
                    start += off + w.len();
                }
            }
            let seg_text = crate::text::span(text, start, end);
            let first_word = words(seg_text)
                .next()
                .map(|(_, w)| w.to_lowercase())
                .unwrap_or_default();
            let participle = first_word.ends_with("ing")
                && !matches!(
                    first_word.as_str(),
                    "during" | "according" | "following" | "including" | "bring"
                );
            let subordinate = lexicon::is_subordinator(&first_word);
            // "..., where A and B, agreed": a subordinate clause whose subject follows its
            // conjunction right away holds the subject of a verb left alone after it.
            let subject_follows = subordinate
                && self.actors.iter().any(|a| {
                    a.range.start >= start
                        && a.range.end <= end
                        && words(crate::text::span(text, start, a.range.start)).count() <= 1
                });
            if !participle && (!subordinate || first || subject_follows) {
                let cands: Vec<&Actor> = self
                    .subjects_in(start, end)
                    .filter(|a| !a.possessive || possessive_of(text, a, pos))
                    .collect();
                // "..., the foreign ministry said": the subject stands there but is unknown.
                if cands.is_empty() && first && names_someone(crate::text::span(text, start, pos)) {
                    return Vec::new();
                }
                if let Some(&head) = cands.first() {
                    let mut chosen = vec![head];
                    // Phrases joined by "and" or commas: "Bagheri and Zardari stated".
                    let mut cur = head;
                    for &c in cands.iter().skip(1) {
                        if is_list_gap(crate::text::span(text, cur.range.end, c.range.start)) {
                            chosen.push(c);
                            cur = c;
                        } else {
                            break;
                        }
                    }
                    // "A, and B, said": the clause opens with "and" after another subject.
                    if first_word == "and" {
                        let prev = self
                            .breaks
                            .iter()
                            .rev()
                            .find(|b| b.end < start)
                            .map_or(self.range.start, |b| b.end);
                        if let Some(p) = self.actors.iter().rev().find(|a| {
                            a.range.start >= prev
                                && a.range.end < start
                                && a.prep.is_none()
                                && !a.in_quote
                        }) {
                            chosen.insert(0, p);
                        }
                    }
                    return chosen;
                }
            }
            if first && matches!(first_word.as_str(), "who" | "which") {
                // "Naqvi, who was visiting Iran": the phrase before the relative clause.
                return self
                    .actors
                    .iter()
                    .rev()
                    .find(|a| a.range.end <= start && !a.in_quote)
                    .into_iter()
                    .collect();
            }
            match self.breaks.iter().rev().find(|b| b.end <= start) {
                Some(b)
                    if b.end == start
                        || crate::text::span(text, b.end, start).trim().is_empty() =>
                {
                    end = b.start
                }
                Some(b) => end = b.start.max(self.range.start),
                None => break,
            }
            first = false;
        }
        // "said Naqvi", "the visit of Iranian President Masoud Pezeshkian".
        self.actors
            .iter()
            .filter(|a| a.range.start >= pos && !a.in_quote && !a.possessive)
            .take(1)
            .filter(|a| {
                let gap = crate::text::span(text, pos, a.range.start);
                gap.len() < 40
                    && !gap.contains([',', ';', '.'])
                    && (a.prep.is_none() || a.prep.as_deref() == Some("of"))
            })
            .collect()
    }

    /// The first acting phrase (with those joined to it by "and") of the clause that ends at the
    /// break before `clause_start`, if that clause opens with neither a preposition nor a
    /// subordinator.
    fn clause_head(&self, text: &str, clause_start: usize) -> Vec<&Actor> {
        let Some(b) = self.breaks.iter().rev().find(|b| b.end <= clause_start) else {
            return Vec::new();
        };
        let start = self
            .breaks
            .iter()
            .rev()
            .find(|p| p.end <= b.start)
            .map_or(self.range.start, |p| p.end);
        let first_word = words(crate::text::span(text, start, b.start))
            .next()
            .map(|(_, w)| w.to_lowercase())
            .unwrap_or_default();
        if lexicon::is_preposition(&first_word)
            || lexicon::is_subordinator(&first_word)
            || first_word.ends_with("ing")
        {
            return Vec::new();
        }
        let cands: Vec<&Actor> = self
            .subjects_in(start, b.start)
            .filter(|a| !a.possessive)
            .collect();
        // Only a phrase in subject position, at the head of its clause, counts.
        let at_head = cands.first().is_some_and(|a| {
            words(crate::text::span(text, start, a.range.start))
                .all(|(_, w)| lexicon::is_determiner(&w.to_lowercase()))
        });
        if !at_head {
            return Vec::new();
        }
        let mut chosen: Vec<&Actor> = Vec::new();
        for c in cands {
            match chosen.last() {
                None => chosen.push(c),
                Some(prev)
                    if is_list_gap(crate::text::span(text, prev.range.end, c.range.start)) =>
                {
                    chosen.push(c)
                }
                Some(_) => break,
            }
        }
        chosen
    }

    /// The acting phrases within `start..end` that can be a subject: not the object of a
    /// preposition, not inside a quotation.
    fn subjects_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Actor> {
        self.actors.iter().filter(move |a| {
            a.range.start >= start && a.range.end <= end && a.prep.is_none() && !a.in_quote
        })
    }

    /// The sentence's main subject: the first acting phrase of the first clause that does not
    /// open with a preposition, a subordinator or a participle.
    fn main_subject(&self, text: &str, doc: &Doc, ctx: &Context) -> Vec<usize> {
        let mut out = Vec::new();
        for a in self.main_subject_actors(text) {
            for e in self.refer(text, doc, ctx, a) {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The acting phrases of the main subject, with those joined to it by "and".
    fn main_subject_actors(&self, text: &str) -> Vec<&Actor> {
        let mut start = self.range.start;
        let mut bounds: Vec<usize> = self.breaks.iter().map(|b| b.start).collect();
        bounds.push(self.range.end);
        for (i, &end) in bounds.iter().enumerate() {
            let seg = crate::text::span(text, start, end);
            let first_word = words(seg)
                .next()
                .map(|(_, w)| w.to_lowercase())
                .unwrap_or_default();
            let intro = lexicon::is_preposition(&first_word)
                || lexicon::is_subordinator(&first_word)
                || first_word.ends_with("ing");
            if !intro {
                let cands: Vec<&Actor> = self
                    .subjects_in(start, end)
                    .filter(|a| !a.possessive)
                    .collect();
                if let Some(&head) = cands.first() {
                    let mut chosen = vec![head];
                    for &c in &cands[1..] {
                        let prev = chosen[chosen.len() - 1];
                        if is_list_gap(crate::text::span(text, prev.range.end, c.range.start)) {
                            chosen.push(c);
                        } else {
                            break;
                        }
                    }
                    return chosen;
                }
            }
            start = self.breaks.get(i).map_or(end, |b| b.end);
        }
        Vec::new()
    }

    /// The acting phrases after `pos` joined in a list ("with A, B and C"), with the word that
    /// introduces the first one.
    fn objects_after(&self, text: &str, pos: usize) -> (Vec<&Actor>, Option<String>) {
        let mut list: Vec<&Actor> = Vec::new();
        let mut closed = false;
        for a in self
            .actors
            .iter()
            .filter(|a| a.range.start >= pos && !a.in_quote)
        {
            match list.last() {
                None => {
                    let gap = crate::text::span(text, pos, a.range.start);
                    if gap.len() > 80
                        || gap.contains([';', '('])
                        || gap.contains(", who")
                        || gap.contains(" which ")
                        || gap.contains(" who ")
                    {
                        break;
                    }
                    list.push(a);
                }
                Some(prev) => {
                    let gap = crate::text::span(text, prev.range.end, a.range.start).trim();
                    if closed {
                        break;
                    }
                    if matches!(
                        gap,
                        "and" | ", and" | "&" | "as well as" | "and with" | ", and with"
                    ) {
                        list.push(a);
                        // "A, B and C" ends at C.
                        closed = true;
                    } else if gap == "," {
                        list.push(a);
                    } else {
                        break;
                    }
                }
            }
        }
        let prep = list.first().and_then(|a| a.prep.clone());
        (list, prep)
    }

    /// The entities an acting phrase stands for, with pronouns and group words resolved.
    fn refer(&self, text: &str, doc: &Doc, ctx: &Context, a: &Actor) -> Vec<usize> {
        match a.refers {
            Refers::Entity(e) => vec![e],
            Refers::Pronoun => {
                let recent_speaker = ctx
                    .last_speaker_sentence
                    .is_some_and(|s| self.index - s <= 2);
                let speakers: Vec<usize> = ctx
                    .last_speakers
                    .iter()
                    .copied()
                    .filter(|&e| doc.entities[e].entity.is_person())
                    .collect();
                if recent_speaker && !speakers.is_empty() {
                    vec![speakers[0]]
                } else {
                    ctx.last_subject_people
                        .first()
                        .copied()
                        .into_iter()
                        .collect()
                }
            }
            Refers::Plural => {
                if ctx.last_plural.len() >= 2 {
                    ctx.last_plural.clone()
                } else {
                    recent_countries(doc, a.range.start, 2, None)
                }
            }
            Refers::Group(Group::Countries) => recent_countries(doc, a.range.start, 2, None),
            Refers::Group(group @ (Group::Sides | Group::People)) => {
                let between_pair = self
                    .actors
                    .iter()
                    .position(|b| b.prep.as_deref() == Some("between"))
                    .and_then(|i| {
                        let first = &self.actors[i];
                        let second = self.actors.get(i + 1)?;
                        (crate::text::span(text, first.range.end, second.range.start).trim()
                            == "and")
                            .then_some(())?;
                        match (first.refers, second.refers) {
                            (Refers::Entity(x), Refers::Entity(y)) => Some(vec![x, y]),
                            _ => None,
                        }
                    });
                if let Some(pair) = between_pair {
                    return pair;
                }
                // The latest meeting of an earlier sentence (this sentence's own may be the one
                // the sides are talking about, as in "agreements reached during X's visit").
                if let Some((m, _)) = ctx.meetings.iter().rev().find(|(_, s)| *s < self.index) {
                    if m.len() == 2 {
                        return m.clone();
                    }
                }
                match group {
                    // "the two ministers": the two people of different countries named last.
                    Group::People => recent_people(doc, a.range.start),
                    _ => recent_countries(doc, a.range.start, 2, None),
                }
            }
            Refers::Group(Group::Country) => {
                let own = self.actors.iter().find_map(|b| match b.refers {
                    Refers::Entity(e) if doc.entities[e].entity.is_person() => {
                        doc.entities[e].entity.country.clone()
                    }
                    _ => None,
                });
                let found = recent_countries(doc, a.range.start, 1, own.as_deref());
                if found.is_empty() {
                    recent_countries(doc, a.range.start, 1, None)
                } else {
                    found
                }
            }
        }
    }

    /// The date the sentence gives within `reach` bytes of `pos`.
    fn date_within(&self, doc: &Doc, pos: usize, reach: usize) -> Option<PartialDate> {
        let s = &doc.sentences[self.index];
        s.dates
            .iter()
            .filter(|d| d.date.is_some())
            .filter(|d| d.range.end.abs_diff(pos) <= reach || d.range.start.abs_diff(pos) <= reach)
            .min_by_key(|d| d.range.start.abs_diff(pos))
            .and_then(|d| d.date)
    }

    /// The date the sentence gives nearest to `pos`.
    fn date_near(&self, doc: &Doc, pos: usize) -> Option<PartialDate> {
        let s = &doc.sentences[self.index];
        let in_quote = |p: usize| {
            s.quotes
                .iter()
                .any(|q| q.outer.start <= p && p < q.outer.end)
        };
        s.dates
            .iter()
            .filter(|d| d.date.is_some() && !in_quote(d.range.start))
            .min_by_key(|d| d.range.start.abs_diff(pos))
            .and_then(|d| d.date)
    }
}

/// Whether the text between two phrases joins them in a list: "and", a comma, "as well as",
/// with determiners ("and his").
fn is_list_gap(gap: &str) -> bool {
    if gap.contains([';', '.', ':', '(']) {
        return false;
    }
    let ws: Vec<String> = words(gap)
        .map(|(_, w)| w.to_lowercase())
        .filter(|w| !lexicon::is_determiner(w))
        .collect();
    let joined = ws.join(" ");
    (ws.is_empty() && gap.contains(',')) || matches!(joined.as_str(), "and" | "as well as")
}

/// Whether the words right before a verb are a noun phrase of its own ("the foreign ministry",
/// "officials"), rather than nothing, adverbs, auxiliaries or a preposition ("has also", "by").
fn names_someone(s: &str) -> bool {
    let ws = words(s);
    let content: Vec<&str> = ws
        .rev()
        .map(|(_, w)| w)
        .skip_while(|w| {
            let lower = w.to_lowercase();
            lexicon::is_auxiliary(&lower)
                || lower.ends_with("ly")
                || matches!(lower.as_str(), "also" | "not" | "never")
        })
        .take(1)
        .collect();
    content.iter().any(|w| {
        let lower = w.to_lowercase();
        !(lexicon::is_determiner(&lower)
            || lexicon::is_auxiliary(&lower)
            || lexicon::is_preposition(&lower)
            || lexicon::is_subordinator(&lower)
            || lower.ends_with("ly")
            || matches!(
                lower.as_str(),
                "also"
                    | "and"
                    | "but"
                    | "then"
                    | "not"
                    | "never"
                    | "further"
                    | "however"
                    | "turn"
                    | "part"
            ))
    })
}

/// Whether a possessive phrase owns the cue at `pos` ("Bagheri’s meeting with").
fn possessive_of(text: &str, a: &Actor, pos: usize) -> bool {
    let gap = crate::text::span(text, a.range.end, pos).trim_start_matches(['’', '\'', 's']);
    words(gap).count() <= 2 && !gap.contains([',', ';'])
}

/// The state a government body speaks or signs for ("the Foreign Office said" is Pakistan
/// speaking); any other entity stands for itself.
fn as_state(g: &Gazetteer, doc: &mut Doc, e: usize) -> usize {
    let ent = &doc.entities[e].entity;
    if ent.kind != EntityType::Organisation {
        return e;
    }
    let state_body = ent
        .id
        .as_deref()
        .and_then(|id| g.organisations.iter().find(|o| o.id == id))
        .is_some_and(|o| matches!(o.kind.as_str(), "ministry" | "government"));
    match (state_body, ent.country.clone()) {
        (true, Some(c)) => doc.country_entity(g, &c).unwrap_or(e),
        _ => e,
    }
}

/// The two people of different countries named most recently before `pos`.
fn recent_people(doc: &Doc, pos: usize) -> Vec<usize> {
    let mut found: Vec<(usize, usize)> = doc
        .mentions
        .iter()
        .filter(|m| m.range.start < pos && doc.entities[m.entity].entity.is_person())
        .map(|m| (m.range.start, m.entity))
        .collect();
    found.sort();
    let mut out: Vec<usize> = Vec::new();
    for &(_, e) in found.iter().rev() {
        let country = &doc.entities[e].entity.country;
        if out
            .iter()
            .all(|&o| o != e && doc.entities[o].entity.country != *country)
        {
            out.push(e);
        }
        if out.len() == 2 {
            return out;
        }
    }
    Vec::new()
}

/// The `n` countries named most recently before `pos`, other than `except`.
fn recent_countries(doc: &Doc, pos: usize, n: usize, except: Option<&str>) -> Vec<usize> {
    // The nearest country mentions before `pos`, looking back a few hundred at most so that a
    // long document stays linear.
    const LOOK_BACK: usize = 400;
    let before = doc
        .country_mentions
        .partition_point(|&(start, _)| start < pos);
    let mut out = Vec::new();
    for &(_, e) in doc.country_mentions[..before].iter().rev().take(LOOK_BACK) {
        if except.is_some_and(|c| doc.entities[e].entity.country.as_deref() == Some(c)) {
            continue;
        }
        if !out.contains(&e) {
            out.push(e);
        }
        if out.len() == n {
            break;
        }
    }
    out
}

/// Whether a negation or (with `modal`) a modal word stands within a few words before `pos`.
fn negated(text: &str, sentence: &Range<usize>, pos: usize, modal: bool) -> bool {
    let ws = words(crate::text::span(text, sentence.start, pos));
    ws.rev().take(3).any(|(_, w)| {
        let lower = w.to_lowercase();
        if modal {
            lexicon::is_negation_or_modal(&lower)
        } else {
            matches!(lower.as_str(), "not" | "never" | "no" | "nor" | "cannot")
                || lower.ends_with("n't")
        }
    })
}
