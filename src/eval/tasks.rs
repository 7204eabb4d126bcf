//! The per-task scores of one document: entities, pairs, speakers, quotes, agreements, dates.

use super::gold::{party, Gold, GoldEntity, GoldIndex, Party};
use super::names::{fold, same_person_name, same_quote};
use super::{score, DateScore, Score};
use crate::event::{Agreement, Event, Meeting, Statement};
use crate::pipeline::Extraction;

/// Matches gold items to predicted items one to one; returns the matched (gold, predicted) pairs.
fn match_one_to_one(
    gold: usize,
    predicted: usize,
    fits: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; predicted];
    let mut out = Vec::new();
    for g in 0..gold {
        if let Some(p) = (0..predicted).find(|&p| !used[p] && fits(g, p)) {
            used[p] = true;
            out.push((g, p));
        }
    }
    out
}

pub(super) fn as_meeting(e: &Event) -> Option<&Meeting> {
    match e {
        Event::Meeting(m) => Some(m),
        _ => None,
    }
}

pub(super) fn as_statement(e: &Event) -> Option<&Statement> {
    match e {
        Event::Statement(s) => Some(s),
        _ => None,
    }
}

fn as_agreement(e: &Event) -> Option<&Agreement> {
    match e {
        Event::Agreement(a) => Some(a),
        _ => None,
    }
}

/// Entities: (type, name), exact names first, then the person-name rules.
pub(super) fn entity_score(x: &Extraction, gold: &Gold) -> Score {
    let preds: Vec<Party> = x
        .doc
        .named_entities()
        .map(|e| {
            party(
                x,
                x.doc
                    .entities
                    .iter()
                    .position(|o| std::ptr::eq(o, e))
                    .unwrap_or(0),
            )
        })
        .collect();
    let gold_names = |g: &GoldEntity| -> Vec<String> {
        std::iter::once(g.name.clone())
            .chain(g.aliases.iter().cloned())
            .collect()
    };
    let mut used = vec![false; preds.len()];
    let mut matched = 0;
    let mut pending = Vec::new();
    for g in &gold.entities {
        let names = gold_names(g);
        let exact = (0..preds.len()).find(|&p| {
            !used[p]
                && preds[p].kind.as_str() == g.kind
                && preds[p]
                    .names
                    .iter()
                    .any(|n| names.iter().any(|gn| fold(n) == fold(gn)))
        });
        match exact {
            Some(p) => {
                used[p] = true;
                matched += 1;
            }
            None => pending.push(g),
        }
    }
    for g in pending {
        let names = gold_names(g);
        let fuzzy = (0..preds.len()).find(|&p| {
            !used[p]
                && preds[p].kind.as_str() == g.kind
                && g.kind == "person"
                && preds[p]
                    .names
                    .iter()
                    .any(|n| names.iter().any(|gn| same_person_name(n, gn)))
        });
        if let Some(p) = fuzzy {
            used[p] = true;
            matched += 1;
        }
    }
    score(gold.entities.len(), preds.len(), matched)
}

/// Who met whom: unordered pairs of participants, all of them and those of two people.
pub(super) fn pair_scores(x: &Extraction, gi: &GoldIndex, meetings: &[&Meeting]) -> (Score, Score) {
    let mut pred_pairs: Vec<(usize, usize)> = Vec::new();
    for m in meetings {
        for (i, &a) in m.participants.iter().enumerate() {
            for &b in &m.participants[i + 1..] {
                let pair = (a.min(b), a.max(b));
                if a != b && !pred_pairs.contains(&pair) {
                    pred_pairs.push(pair);
                }
            }
        }
    }
    let mut gold_pairs: Vec<(String, String)> = Vec::new();
    for m in &gi.gold.meetings {
        for (i, a) in m.participants.iter().enumerate() {
            for b in &m.participants[i + 1..] {
                let pair = if a <= b {
                    (a.clone(), b.clone())
                } else {
                    (b.clone(), a.clone())
                };
                if !gold_pairs.contains(&pair) {
                    gold_pairs.push(pair);
                }
            }
        }
    }
    let pair_fits = |g: &(String, String), p: &(usize, usize)| {
        let (a, b) = (party(x, p.0), party(x, p.1));
        (gi.matches(&a, &g.0) && gi.matches(&b, &g.1))
            || (gi.matches(&a, &g.1) && gi.matches(&b, &g.0))
    };
    let m = match_one_to_one(gold_pairs.len(), pred_pairs.len(), |g, p| {
        pair_fits(&gold_pairs[g], &pred_pairs[p])
    });
    let all = score(gold_pairs.len(), pred_pairs.len(), m.len());
    let gold_pp: Vec<&(String, String)> = gold_pairs
        .iter()
        .filter(|(a, b)| gi.is_person(a) && gi.is_person(b))
        .collect();
    let is_person = |e: usize| x.doc.entities[e].entity.is_person();
    let pred_pp: Vec<&(usize, usize)> = pred_pairs
        .iter()
        .filter(|(a, b)| is_person(*a) && is_person(*b))
        .collect();
    let m = match_one_to_one(gold_pp.len(), pred_pp.len(), |g, p| {
        pair_fits(gold_pp[g], pred_pp[p])
    });
    (all, score(gold_pp.len(), pred_pp.len(), m.len()))
}

/// Speakers, each counted once.
pub(super) fn speaker_score(x: &Extraction, gi: &GoldIndex, statements: &[&Statement]) -> Score {
    let mut pred_speakers: Vec<usize> = Vec::new();
    for s in statements {
        if !pred_speakers.contains(&s.speaker) {
            pred_speakers.push(s.speaker);
        }
    }
    let mut gold_speakers: Vec<&str> = Vec::new();
    for s in &gi.gold.statements {
        if !gold_speakers.contains(&s.speaker.as_str()) {
            gold_speakers.push(&s.speaker);
        }
    }
    let m = match_one_to_one(gold_speakers.len(), pred_speakers.len(), |g, p| {
        gi.matches(&party(x, pred_speakers[p]), gold_speakers[g])
    });
    score(gold_speakers.len(), pred_speakers.len(), m.len())
}

/// Quotations with their speaker.
pub(super) fn quote_score(x: &Extraction, gi: &GoldIndex, statements: &[&Statement]) -> Score {
    let mut gold_quotes: Vec<(&str, &str)> = Vec::new();
    for s in &gi.gold.statements {
        if let Some(q) = &s.quote {
            if !gold_quotes.contains(&(s.speaker.as_str(), q.as_str())) {
                gold_quotes.push((&s.speaker, q));
            }
        }
    }
    let mut pred_quotes: Vec<(usize, &str)> = Vec::new();
    for s in statements {
        if let Some(q) = &s.quote {
            if !pred_quotes.contains(&(s.speaker, q.as_str())) {
                pred_quotes.push((s.speaker, q));
            }
        }
    }
    let m = match_one_to_one(gold_quotes.len(), pred_quotes.len(), |g, p| {
        same_quote(gold_quotes[g].1, pred_quotes[p].1)
            && gi.matches(&party(x, pred_quotes[p].0), gold_quotes[g].0)
    });
    score(gold_quotes.len(), pred_quotes.len(), m.len())
}

/// Agreements by (parties, action), and the dates of those matched.
pub(super) fn agreement_score(x: &Extraction, gi: &GoldIndex) -> (Score, DateScore) {
    let agreements: Vec<&Agreement> = x.events.iter().filter_map(as_agreement).collect();
    let mut pred_keys: Vec<(Vec<usize>, &str, usize)> = Vec::new();
    for (i, a) in agreements.iter().enumerate() {
        let mut parties = a.parties.clone();
        parties.sort();
        if !pred_keys
            .iter()
            .any(|(p, act, _)| *p == parties && *act == a.action.as_str())
        {
            pred_keys.push((parties, a.action.as_str(), i));
        }
    }
    let mut gold_keys: Vec<(Vec<String>, &str, usize)> = Vec::new();
    for (i, a) in gi.gold.agreements.iter().enumerate() {
        let mut parties = a.parties.clone();
        parties.sort();
        if !gold_keys
            .iter()
            .any(|(p, act, _)| *p == parties && *act == a.action.as_str())
        {
            gold_keys.push((parties, &a.action, i));
        }
    }
    let m = match_one_to_one(gold_keys.len(), pred_keys.len(), |g, p| {
        gold_keys[g].1 == pred_keys[p].1 && parties_fit(x, gi, &gold_keys[g].0, &pred_keys[p].0)
    });
    let mut dates = DateScore::default();
    for (g, p) in &m {
        let gd = gi.gold.agreements[gold_keys[*g].2].date.as_deref();
        let pd = agreements[pred_keys[*p].2].date.map(|d| d.to_string());
        dates.checked += 1;
        dates.correct += (gd == pd.as_deref()) as usize;
    }
    (score(gold_keys.len(), pred_keys.len(), m.len()), dates)
}

/// Whether predicted parties match gold ones one to one.
fn parties_fit(x: &Extraction, gi: &GoldIndex, gold: &[String], pred: &[usize]) -> bool {
    gold.len() == pred.len()
        && match_one_to_one(gold.len(), pred.len(), |g, p| {
            gi.matches(&party(x, pred[p]), &gold[g])
        })
        .len()
            == gold.len()
}

/// Dates of meetings whose participants match.
pub(super) fn meeting_dates(x: &Extraction, gi: &GoldIndex, meetings: &[&Meeting]) -> DateScore {
    let gold = &gi.gold.meetings;
    let mm = match_one_to_one(gold.len(), meetings.len(), |g, p| {
        parties_fit(x, gi, &gold[g].participants, &meetings[p].participants)
    });
    let mut dates = DateScore::default();
    for (g, p) in mm {
        let gd = gold[g].date.as_deref();
        let pd = meetings[p].date.map(|d| d.to_string());
        dates.checked += 1;
        dates.correct += (gd == pd.as_deref()) as usize;
    }
    dates
}
