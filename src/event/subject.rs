//! Who acts in a sentence: the subject of a cue, found by named rules tried in order, and the
//! main subject of the sentence.

use super::context::Context;
use super::view::SentenceView;
use crate::resolve::{Actor, Doc};
use crate::text::lexicon;
use crate::text::tokens::WordsIn;

/// One clause the subject rules look at, walking back from the cue's own.
struct Clause {
    start: usize,
    end: usize,
    /// The cue's own clause (the first looked at).
    first: bool,
    /// The clause's first word, lower case.
    first_word: String,
}

/// Whether a clause opens with a word that makes it no main clause: a preposition, a
/// subordinator or a participle.
fn is_intro(first_word: &str) -> bool {
    lexicon::is_preposition(first_word)
        || lexicon::is_subordinator(first_word)
        || first_word.ends_with("ing")
}

impl SentenceView<'_> {
    /// The first word from `start` to `end`, lower case.
    fn first_word(&self, start: usize, end: usize) -> String {
        self.words(start, end)
            .next()
            .map(|(_, w)| w.to_lowercase())
            .unwrap_or_default()
    }

    /// Who does what the cue at `pos` says: the nearest acting phrase before it in its clause,
    /// skipping objects, possessives, subordinate and participial clauses; with the phrases
    /// joined to it by "and". Falls back on the first acting phrase right after the cue
    /// ("said Naqvi").
    pub(super) fn subject(&self, doc: &Doc, ctx: &Context, pos: usize) -> Vec<usize> {
        if let Some(found) = self.participle_subject(doc, ctx, pos) {
            return found;
        }
        let actors = self.subject_actors(pos);
        let actors = self.leader_of(&actors, pos).map_or(actors, |l| vec![l]);
        self.refer_distinct(doc, ctx, actors)
    }

    /// "The IMF team, headed by Peter Breuer, met ...", "a delegation led by X called on Y":
    /// the one leading the subject, between it and the cue at `pos`, acts for it.
    fn leader_of(&self, subject: &[&Actor], pos: usize) -> Option<&Actor> {
        let [one] = subject else { return None };
        self.leaders
            .iter()
            .map(|&i| &self.actors[i])
            .find(|l| l.range.start >= one.range.end && l.range.end <= pos)
    }

    /// A participle opening its clause ("Highlighting ..., X said", "..., calling Iran a
    /// partner") has the subject of the clause just before ("X told reporters, describing ..."),
    /// else the sentence's main subject.
    fn participle_subject(&self, doc: &Doc, ctx: &Context, pos: usize) -> Option<Vec<usize>> {
        let clause = self.clause(pos);
        let cue_word = self.first_word(pos, self.range.end);
        if !cue_word.ends_with("ing") || self.words(clause.start, pos).next().is_some() {
            return None;
        }
        let found = self.refer_each(doc, ctx, &self.clause_head(clause.start));
        if !found.is_empty() {
            return Some(found);
        }
        let main = self.main_subject(doc, ctx);
        (!main.is_empty()).then_some(main)
    }

    /// The acting phrases of the subject of the cue at `pos`: the rules below, in order.
    pub(super) fn subject_actors(&self, pos: usize) -> Vec<&Actor> {
        if let Some(found) = self.shared_subject_after_and(pos) {
            return found;
        }
        // "“We are ready,” said Hakan Fidan": a quotation before the verb, its speaker after.
        if self.after_quotation(pos) {
            let after = self.postposed_subject(pos);
            if !after.is_empty() {
                return after;
            }
        }
        let mut end = pos;
        let mut first = true;
        loop {
            let mut start = self.clause_start(end);
            if first {
                start = self.reported_clause_start(start, pos);
                start = self.subordinate_clause_start(start, pos);
            }
            let clause = Clause {
                start,
                end,
                first,
                first_word: self.first_word(start, end),
            };
            if let Some(found) = self.clause_subject(&clause, pos) {
                return found;
            }
            if first && matches!(clause.first_word.as_str(), "who" | "which") {
                return self.relative_antecedent(start);
            }
            match self.breaks.iter().rev().find(|b| b.end <= start) {
                Some(b) if b.end == start || self.span(b.end, start).trim().is_empty() => {
                    end = b.start
                }
                Some(b) => end = b.start.max(self.range.start),
                None => break,
            }
            first = false;
        }
        self.postposed_subject(pos)
    }

    /// Whether the cue at `pos` comes right after a closing quotation mark (and a comma).
    fn after_quotation(&self, pos: usize) -> bool {
        self.span(self.range.start, pos)
            .trim_end()
            .trim_end_matches(',')
            .trim_end()
            .ends_with(['”', '"', '’'])
    }

    /// Where the clause that ends at `end` starts: after the break before it.
    fn clause_start(&self, end: usize) -> usize {
        self.breaks
            .iter()
            .rev()
            .find(|b| b.end <= end)
            .map_or(self.range.start, |b| b.end)
    }

    /// A verb joined by "and" to an earlier cue shares its subject: "said ... and emphasised".
    fn shared_subject_after_and(&self, pos: usize) -> Option<Vec<&Actor>> {
        let prev = self.cues.iter().rev().find(|c| c.range.end <= pos)?;
        let between = self.span(prev.range.end, pos);
        let mut back = self.words(prev.range.end, pos).rev();
        let (last, second) = (back.next(), back.next());
        let joined = last.is_some_and(|(_, w)| matches!(w, "and" | "but"))
            || (second.is_some_and(|(_, w)| w == "and")
                && last.is_some_and(|(_, w)| w.ends_with("ly")));
        let quoted_or_short = !between.contains(['.', ';']);
        if !(joined && quoted_or_short && prev.range.start < pos) {
            return None;
        }
        let found = self.subject_actors(prev.range.start);
        (!found.is_empty()).then_some(found)
    }

    /// Within the cue's own clause, a reported clause starts after the previous speech cue
    /// ("X said Iran and Pakistan have agreed to ...").
    fn reported_clause_start(&self, start: usize, pos: usize) -> usize {
        self.cues
            .iter()
            .rev()
            .find(|c| c.speech && c.range.end <= pos && c.range.start >= start)
            .map_or(start, |prev| prev.range.end)
    }

    /// Within the cue's own clause, a subordinate clause starts after its conjunction
    /// ("... gained momentum as both countries reaffirmed ...").
    fn subordinate_clause_start(&self, start: usize, pos: usize) -> usize {
        let inner = self.words(start, pos);
        let opener = inner.clone().next().map(|(o, _)| o);
        match inner
            .rev()
            .find(|(o, w)| Some(*o) != opener && lexicon::is_clause_conjunction(&w.to_lowercase()))
        {
            Some((at, w)) => at + w.len(),
            None => start,
        }
    }

    /// The subject standing in a clause, if the clause can hold one: not a participial clause,
    /// and not a subordinate one unless it is the cue's own or its subject follows the
    /// conjunction right away ("..., where A and B, agreed").
    fn clause_subject(&self, clause: &Clause, pos: usize) -> Option<Vec<&Actor>> {
        let w = clause.first_word.as_str();
        let participle = w.ends_with("ing")
            && !matches!(
                w,
                "during" | "according" | "following" | "including" | "bring"
            );
        let subordinate = lexicon::is_subordinator(w);
        let subject_follows = subordinate
            && self.actors.iter().any(|a| {
                a.range.start >= clause.start
                    && a.range.end <= clause.end
                    && self.words(clause.start, a.range.start).count() <= 1
            });
        if participle || (subordinate && !clause.first && !subject_follows) {
            return None;
        }
        let cands: Vec<&Actor> = self
            .subjects_in(clause.start, clause.end)
            .filter(|a| !a.possessive || self.possessive_of(a, pos))
            .collect();
        // "..., the foreign ministry said": the subject stands there but is unknown.
        if cands.is_empty() && clause.first && names_someone(self.words(clause.start, pos)) {
            return Some(Vec::new());
        }
        let mut chosen = self.joined_list(&cands)?;
        if w == "and" {
            self.subject_before_and(clause.start, &mut chosen);
        }
        Some(chosen)
    }

    /// The first of `cands` with the phrases joined to it by "and" or commas: "Bagheri and
    /// Zardari stated".
    fn joined_list<'a>(&self, cands: &[&'a Actor]) -> Option<Vec<&'a Actor>> {
        let (&head, rest) = cands.split_first()?;
        let mut chosen = vec![head];
        for &c in rest {
            let prev = chosen[chosen.len() - 1];
            if is_list_gap(
                self.span(prev.range.end, c.range.start),
                self.words(prev.range.end, c.range.start),
            ) {
                chosen.push(c);
            } else {
                break;
            }
        }
        Some(chosen)
    }

    /// "A, and B, said": a clause opening with "and" shares the subject of the clause before.
    fn subject_before_and<'a>(&'a self, start: usize, chosen: &mut Vec<&'a Actor>) {
        let prev = self
            .breaks
            .iter()
            .rev()
            .find(|b| b.end < start)
            .map_or(self.range.start, |b| b.end);
        if let Some(p) = self.actors.iter().rev().find(|a| {
            a.range.start >= prev && a.range.end < start && a.prep.is_none() && !a.in_quote
        }) {
            chosen.insert(0, p);
        }
    }

    /// "Naqvi, who was visiting Iran": the phrase before the relative clause.
    fn relative_antecedent(&self, start: usize) -> Vec<&Actor> {
        self.actors
            .iter()
            .rev()
            .find(|a| a.range.end <= start && !a.in_quote)
            .into_iter()
            .collect()
    }

    /// "said Naqvi", "the visit of Iranian President Masoud Pezeshkian": the phrase right after
    /// the cue, when it closes its clause or a preposition follows ("said Naqvi in a
    /// statement"); not the subject of a reported clause ("said Ottawa police would ...") nor
    /// the listener of a verb that takes one ("told AFP").
    fn postposed_subject(&self, pos: usize) -> Vec<&Actor> {
        if self.cues.iter().any(|c| c.range.start == pos && c.listener) {
            return Vec::new();
        }
        self.actors
            .iter()
            .filter(|a| a.range.start >= pos && !a.in_quote && !a.possessive)
            .take(1)
            .filter(|a| {
                let gap = self.span(pos, a.range.start);
                gap.len() < 40
                    && !gap.contains([',', ';', '.'])
                    && (a.prep.is_none() || a.prep.as_deref() == Some("of"))
                    && self.closes_phrase(a.range.end)
            })
            .collect()
    }

    /// Whether the phrase ending at `end` closes its clause: punctuation or the sentence's end
    /// follows, or a preposition opens what follows.
    fn closes_phrase(&self, end: usize) -> bool {
        let rest = self.span(end, self.range.end).trim_start();
        rest.is_empty()
            || rest.starts_with(|c: char| !c.is_alphanumeric())
            || self
                .words(end, self.range.end)
                .next()
                .is_some_and(|(_, w)| lexicon::is_preposition(&w.to_lowercase()))
    }

    /// The first acting phrase (with those joined to it by "and") of the clause that ends at the
    /// break before `clause_start`, if that clause opens with neither a preposition nor a
    /// subordinator.
    fn clause_head(&self, clause_start: usize) -> Vec<&Actor> {
        let Some(b) = self.breaks.iter().rev().find(|b| b.end <= clause_start) else {
            return Vec::new();
        };
        let start = self
            .breaks
            .iter()
            .rev()
            .find(|p| p.end <= b.start)
            .map_or(self.range.start, |p| p.end);
        if is_intro(&self.first_word(start, b.start)) {
            return Vec::new();
        }
        let cands: Vec<&Actor> = self
            .subjects_in(start, b.start)
            .filter(|a| !a.possessive)
            .collect();
        // Only a phrase in subject position, at the head of its clause, counts.
        let at_head = cands.first().is_some_and(|a| {
            self.words(start, a.range.start)
                .all(|(_, w)| lexicon::is_determiner(&w.to_lowercase()))
        });
        if !at_head {
            return Vec::new();
        }
        self.joined_list(&cands).unwrap_or_default()
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
    pub(super) fn main_subject(&self, doc: &Doc, ctx: &Context) -> Vec<usize> {
        self.refer_distinct(doc, ctx, self.main_subject_actors())
    }

    /// The acting phrases of the main subject, with those joined to it by "and".
    pub(super) fn main_subject_actors(&self) -> Vec<&Actor> {
        let mut start = self.range.start;
        let mut bounds: Vec<usize> = self.breaks.iter().map(|b| b.start).collect();
        bounds.push(self.range.end);
        for (i, &end) in bounds.iter().enumerate() {
            if !is_intro(&self.first_word(start, end)) {
                let cands: Vec<&Actor> = self
                    .subjects_in(start, end)
                    .filter(|a| !a.possessive)
                    .collect();
                if let Some(chosen) = self.joined_list(&cands) {
                    return chosen;
                }
            }
            start = self.breaks.get(i).map_or(end, |b| b.end);
        }
        Vec::new()
    }

    /// Whether a possessive phrase owns the cue at `pos` ("Bagheri’s meeting with").
    pub(super) fn possessive_of(&self, a: &Actor, pos: usize) -> bool {
        let after = self.span(a.range.end, pos);
        let gap = after.trim_start_matches(['’', '\'', 's']);
        let from = a.range.end + (after.len() - gap.len());
        self.words(from, pos).count() <= 2 && !gap.contains([',', ';'])
    }

    /// The owner of a cue noun: "Bagheri’s meeting with", "Naqvi’s visit".
    pub(super) fn possessive_owner(&self, doc: &Doc, ctx: &Context, pos: usize) -> Vec<usize> {
        self.actors
            .iter()
            .rev()
            .find(|a| a.possessive && a.range.end <= pos && !a.in_quote)
            .filter(|a| self.possessive_of(a, pos))
            .map(|a| self.refer(doc, ctx, a))
            .unwrap_or_default()
    }
}

/// Whether the text between two phrases joins them in a list: "and", a comma, "as well as",
/// with determiners ("and his").
fn is_list_gap(gap: &str, gap_words: WordsIn) -> bool {
    if gap.contains([';', '.', ':', '(']) {
        return false;
    }
    let ws: Vec<String> = gap_words
        .map(|(_, w)| w.to_lowercase())
        .filter(|w| !lexicon::is_determiner(w))
        .collect();
    let joined = ws.join(" ");
    (ws.is_empty() && gap.contains(',')) || matches!(joined.as_str(), "and" | "as well as")
}

/// Whether the words right before a verb are a noun phrase of its own ("the foreign ministry",
/// "officials"), rather than nothing, adverbs, auxiliaries or a preposition ("has also", "by").
fn names_someone(ws: WordsIn) -> bool {
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
