//! One sentence as the extractors see it: its acting phrases, cues, places and instruments, its
//! clause breaks, its dates, and whether a verb in it is negated.

use std::ops::Range;

use crate::date::PartialDate;
use crate::gazetteer::{CueEvent, Gazetteer, WordClass};
use crate::resolve::{Actor, Doc, Sentence};
use crate::text::tokens::{Tokens, WordsIn};
use crate::text::{lexicon, span};

/// What every extractor reads a sentence with: the gazetteer and the sentence's view.
pub(super) struct Reading<'a> {
    pub(super) g: &'a Gazetteer,
    pub(super) view: &'a SentenceView<'a>,
}

impl Reading<'_> {
    /// Whether a negation stands within a few words before `pos` ("did not meet", "never said").
    pub(super) fn negated(&self, pos: usize) -> bool {
        self.view
            .words_before(pos)
            .any(|w| lexicon::is_negation(&w))
    }

    /// For a cue of a frame `call on`: whether it is a demand ("called on X to do Y", speech)
    /// rather than a courtesy call ("called on X", a meeting). None for other frames.
    pub(super) fn call_on_demand(&self, cue: &Cue) -> Option<bool> {
        let c = &self.g.cues[cue.index];
        if self.g.frames[c.frame].phrase != "call on" {
            return None;
        }
        let rest = self.view.span(cue.range.end, self.view.range.end);
        Some(
            rest.split([',', ';'])
                .next()
                .is_some_and(|clause| clause.contains(" to ")),
        )
    }

    /// Whether the event of the cue at `cue` is not told as done: a negation, a modal or a
    /// verb of plans stands within a few words before it ("will visit", "plans to sign", "is
    /// slated to engage in talks"), or before the article of a noun cue ("is scheduled to pay
    /// a state visit"); or the noun is the subject of a planned verb ("a meeting is set to
    /// take place", "talks were to begin", "consultations between A and B scheduled to be
    /// held"); or the cue is a verb joined by "and" to a hedged one ("will meet X and visit Y").
    pub(super) fn negated_or_hedged(&self, cue: &Range<usize>) -> bool {
        if self.hedged_alone(cue) {
            return true;
        }
        let mut back = self.view.words(self.view.range.start, cue.start).rev();
        let joined = match back.next().map(|(_, w)| w.to_lowercase()).as_deref() {
            Some("and") => true,
            Some("as") => back
                .next()
                .is_some_and(|(_, w)| w.eq_ignore_ascii_case("well")),
            _ => false,
        };
        // The verb cue the "and" joins this one to, close before it.
        joined
            && self
                .view
                .cues
                .iter()
                .rfind(|c| c.range.end <= cue.start && !c.speech)
                .filter(|c| self.view.span(c.range.end, cue.start).len() < 80)
                .is_some_and(|c| self.hedged_alone(&c.range))
    }

    /// [`Self::negated_or_hedged`] without the hedge of a verb joined before.
    fn hedged_alone(&self, cue: &Range<usize>) -> bool {
        let hedge = |w: &str| {
            lexicon::is_negation_or_modal(w) || self.g.words.contains(WordClass::PlanVerb, w)
        };
        let before = self.view.verb_group_before(cue.start);
        if before.iter().any(|w| hedge(w)) {
            return true;
        }
        let after: Vec<String> = self.view.words_after(cue.end, 3).collect();
        let told_of = after.first().is_some_and(|w| {
            matches!(w.as_str(), "is" | "are" | "was" | "were" | "will" | "would")
        });
        if told_of && after.iter().any(|w| hedge(w)) {
            return true;
        }
        // "talks between A and B scheduled to be held": a plan participle and "to" after the
        // cue, in its clause.
        let clause_end = self.view.clause(cue.end).end;
        let rest: Vec<String> = self
            .view
            .words(cue.end, clause_end)
            .take(10)
            .map(|(_, w)| w.to_lowercase())
            .collect();
        rest.windows(2)
            .any(|p| p[1] == "to" && self.g.words.contains(WordClass::PlanVerb, &p[0]))
    }
}

/// A cue found in a sentence.
#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub(super) index: usize,
    pub(super) range: Range<usize>,
    /// A speech verb: what follows it is a reported clause with a subject of its own.
    pub(super) speech: bool,
    /// A speech verb whose frame takes a direct object: the phrase after it is its listener
    /// ("told AFP", "urged Iran"), never its subject ("said Naqvi").
    pub(super) listener: bool,
}

/// What each sentence holds, as indices into the document's lists, made in one pass so that
/// reading a sentence never scans the whole document (a long one would make that quadratic).
pub(super) struct SentenceIndex {
    actors: Vec<Vec<usize>>,
    cues: Vec<Vec<usize>>,
    places: Vec<Vec<usize>>,
    instruments: Vec<Vec<usize>>,
}

impl SentenceIndex {
    pub(super) fn new(doc: &Doc) -> SentenceIndex {
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

/// One sentence, ready for the extractors.
pub(super) struct SentenceView<'t> {
    /// The document's text.
    pub(super) text: &'t str,
    /// The document's tokens.
    tokens: &'t Tokens,
    pub(super) index: usize,
    pub(super) range: Range<usize>,
    pub(super) actors: Vec<Actor>,
    pub(super) cues: Vec<Cue>,
    /// Indices into `doc.places` of the places in this sentence.
    pub(super) places: Vec<usize>,
    /// Indices into `doc.instruments` of the instruments in this sentence.
    pub(super) instruments: Vec<usize>,
    /// Clause breaks: commas, semicolons, colons and dashes outside quotations and names.
    pub(super) breaks: Vec<Range<usize>>,
    /// Indices into `actors` of those that lead what stands before them ("a delegation led by
    /// X"): "by" after a verb of words.csv's `lead_verb`.
    pub(super) leaders: Vec<usize>,
}

/// Whether `p` is inside one of the sentence's quotations.
fn in_quote(s: &Sentence, p: usize) -> bool {
    s.quotes
        .iter()
        .any(|q| q.outer.start <= p && p < q.outer.end)
}

impl<'t> SentenceView<'t> {
    pub(super) fn new(
        g: &Gazetteer,
        text: &'t str,
        tokens: &'t Tokens,
        doc: &Doc,
        si: usize,
        index: &SentenceIndex,
    ) -> SentenceView<'t> {
        let s = &doc.sentences[si];
        let actors: Vec<Actor> = index.actors[si]
            .iter()
            .map(|&i| doc.actors[i].clone())
            .collect();
        let cues = index.cues[si]
            .iter()
            .map(|&i| &doc.cues[i])
            .filter(|c| !in_quote(s, c.range.start))
            .map(|c| Cue {
                index: c.cue,
                range: c.range.clone(),
                speech: g.cues[c.cue].event == CueEvent::Statement,
                listener: g.cues[c.cue].event == CueEvent::Statement
                    && g.frames[g.cues[c.cue].frame].takes_direct(),
            })
            .collect();
        let breaks = clause_breaks(text, s, &actors);
        let actors = drop_dateline(text, s, &breaks, actors);
        let leaders = actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.prep.as_deref() == Some("by") && !a.in_quote)
            .filter(|(_, a)| {
                tokens
                    .words_in(text, s.range.start..a.range.start)
                    .rev()
                    .skip_while(|(_, w)| !w.eq_ignore_ascii_case("by"))
                    .nth(1)
                    .is_some_and(|(_, w)| g.words.contains(WordClass::LeadVerb, &w.to_lowercase()))
            })
            .map(|(i, _)| i)
            .collect();
        SentenceView {
            text,
            tokens,
            index: si,
            range: s.range.clone(),
            actors,
            cues,
            places: index.places[si].clone(),
            instruments: index.instruments[si].clone(),
            breaks,
            leaders,
        }
    }

    /// The text from `start` to `end`.
    pub(super) fn span(&self, start: usize, end: usize) -> &'t str {
        span(self.text, start, end)
    }

    /// The words from `start` to `end` with their offsets, from the document's tokens.
    pub(super) fn words(&self, start: usize, end: usize) -> WordsIn<'t> {
        self.tokens.words_in(self.text, start..end)
    }

    /// The words of the verb group before the cue at `pos`, lower case, nearest first: the
    /// last three words, or for a noun after an article ("pay a state visit"), the three before
    /// the article too, or after an infinitive ("slated to engage in"), the two before "to".
    fn verb_group_before(&self, pos: usize) -> Vec<String> {
        let back: Vec<String> = self
            .words(self.range.start, pos)
            .rev()
            .take(7)
            .map(|(_, w)| w.to_lowercase())
            .collect();
        let article = back.iter().take(3).position(|w| lexicon::is_determiner(w));
        // "is slated to engage in talks": through "to" and its verb, to the two words before.
        let infinitive = back.iter().take(3).position(|w| w == "to");
        let reach = article
            .map_or(3, |a| a + 4)
            .max(infinitive.map_or(0, |t| t + 3));
        back.into_iter().take(reach).collect()
    }

    /// The next `n` words after `pos` in the sentence, lower case.
    fn words_after(&self, pos: usize, n: usize) -> impl Iterator<Item = String> + 't {
        self.words(pos, self.range.end)
            .take(n)
            .map(|(_, w)| w.to_lowercase())
    }

    /// The last three words before `pos` in the sentence, lower case, nearest first.
    fn words_before(&self, pos: usize) -> impl Iterator<Item = String> + 't {
        self.words(self.range.start, pos)
            .rev()
            .take(3)
            .map(|(_, w)| w.to_lowercase())
    }

    /// The clause (between breaks) that holds `pos`.
    pub(super) fn clause(&self, pos: usize) -> Range<usize> {
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

    /// The date the sentence gives within `reach` bytes of `pos`.
    pub(super) fn date_within(&self, doc: &Doc, pos: usize, reach: usize) -> Option<PartialDate> {
        let s = &doc.sentences[self.index];
        s.dates
            .iter()
            .filter(|d| d.date.is_some())
            .filter(|d| d.range.end.abs_diff(pos) <= reach || d.range.start.abs_diff(pos) <= reach)
            .min_by_key(|d| d.range.start.abs_diff(pos))
            .and_then(|d| d.date)
    }

    /// The date the sentence gives nearest to `pos`.
    pub(super) fn date_near(&self, doc: &Doc, pos: usize) -> Option<PartialDate> {
        let s = &doc.sentences[self.index];
        s.dates
            .iter()
            .filter(|d| d.date.is_some() && !in_quote(s, d.range.start))
            .min_by_key(|d| d.range.start.abs_diff(pos))
            .and_then(|d| d.date)
    }
}

/// The clause breaks of a sentence: commas, semicolons, colons, brackets and dashes outside
/// quotations and acting phrases.
fn clause_breaks(text: &str, s: &Sentence, actors: &[Actor]) -> Vec<Range<usize>> {
    let mut breaks = Vec::new();
    for (i, c) in text[s.range.clone()].char_indices() {
        let p = s.range.start + i;
        // "--" and a hyphen between spaces are dashes too ("Tehran, IRNA -- Iran's ...").
        let ascii_dash = c == '-'
            && (text[p..].starts_with("--")
                || (text[..p].ends_with(' ') && text[p + 1..].starts_with(' ')));
        if (matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') || ascii_dash)
            && !in_quote(s, p)
            && !actors.iter().any(|a| a.range.start <= p && p < a.range.end)
        {
            // A dash between two words ("Pakistan–Afghanistan") is no clause break.
            let spaced = c != '–' || text[p + c.len_utf8()..].starts_with(' ');
            if spaced {
                breaks.push(p..p + c.len_utf8());
            }
        }
    }
    breaks
}

/// Drops the acting phrases of a dateline opening the sentence ("Tehran, IRNA --", "ISTANBUL,
/// Nov 7 (Reuters) -"): whatever it names does not act in the sentence.
fn drop_dateline(
    text: &str,
    s: &Sentence,
    breaks: &[Range<usize>],
    actors: Vec<Actor>,
) -> Vec<Actor> {
    let dash = breaks.iter().find(|b| {
        b.start < s.range.start + 60 && matches!(span(text, b.start, b.end), "-" | "—" | "–")
    });
    match dash {
        Some(d) => {
            let head = span(text, s.range.start, d.start);
            let is_dateline = head.split_whitespace().count() <= 8 && !head.contains(['"', '“']);
            actors
                .into_iter()
                .filter(|a| !is_dateline || a.range.start >= d.end)
                .collect()
        }
        None => actors,
    }
}
