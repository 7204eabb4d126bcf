//! Scores extractions against hand-made gold files (the format and rules of ANNOTATION.md).
//!
//! Entities, who-met-whom pairs, speakers, quotations and agreements are sets per document,
//! matched one to one and summed over documents (micro-averaged); dates are checked on the
//! meetings and agreements that matched.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::entity::EntityType;
use crate::event::{Agreement, Event, Meeting, Statement};
use crate::pipeline::Extraction;
use crate::text::normalise;

/// A gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub doc: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub meetings: Vec<GoldMeeting>,
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
    #[serde(default)]
    pub agreements: Vec<GoldAgreement>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMeeting {
    pub participants: Vec<String>,
    #[serde(default)]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    pub speaker: String,
    #[serde(default)]
    pub quote: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldAgreement {
    pub parties: Vec<String>,
    pub action: String,
    #[serde(default)]
    pub date: Option<String>,
}

/// Reads every `*.json` gold file of a folder, by document id.
pub fn load_gold(dir: &Path) -> Result<HashMap<String, Gold>> {
    let mut out = HashMap::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the gold folder", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("{}: cannot read", path.display()))?;
            let gold: Gold = serde_json::from_str(&text)
                .with_context(|| format!("{}: not a gold file", path.display()))?;
            out.insert(gold.doc.clone(), gold);
        }
    }
    Ok(out)
}

/// Counts of one task.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub matched_gold: usize,
    pub matched_predicted: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.matched_predicted as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched_gold as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Score) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched_gold += o.matched_gold;
        self.matched_predicted += o.matched_predicted;
    }
}

/// Dates checked on matched meetings and agreements.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct DateScore {
    pub checked: usize,
    pub correct: usize,
}

impl DateScore {
    pub fn accuracy(&self) -> f64 {
        if self.checked == 0 {
            1.0
        } else {
            self.correct as f64 / self.checked as f64
        }
    }
}

/// The scores of every task.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub entities: Score,
    pub person_pairs: Score,
    pub all_pairs: Score,
    pub speakers: Score,
    pub quotes: Score,
    pub agreements: Score,
    pub dates: DateScore,
}

impl Report {
    /// The tasks with their scores, in the order they are printed.
    pub fn tasks(&self) -> [(&'static str, Score); 6] {
        [
            ("entities", self.entities),
            ("person pairs", self.person_pairs),
            ("all pairs", self.all_pairs),
            ("speakers", self.speakers),
            ("quotes", self.quotes),
            ("agreements", self.agreements),
        ]
    }

    /// The report as aligned text.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<14}{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}\n",
            "task", "gold", "pred", "match", "P", "R", "F1"
        );
        for (name, s) in self.tasks() {
            out.push_str(&format!(
                "{:<14}{:>6}{:>6}{:>6}{:>7.3}{:>7.3}{:>7.3}\n",
                name,
                s.gold,
                s.predicted,
                s.matched_gold,
                s.precision(),
                s.recall(),
                s.f1()
            ));
        }
        out.push_str(&format!(
            "{:<14}{:>6}{:>6}{:>6}{:>21.3}\n",
            "dates",
            self.dates.checked,
            "",
            self.dates.correct,
            self.dates.accuracy()
        ));
        out.push_str(&format!("({} documents)\n", self.documents));
        out
    }

    /// The report as JSON.
    pub fn json(&self) -> serde_json::Value {
        let mut tasks = serde_json::Map::new();
        for (name, s) in self.tasks() {
            tasks.insert(
                name.replace(' ', "_"),
                serde_json::json!({
                    "gold": s.gold, "predicted": s.predicted, "matched": s.matched_gold,
                    "precision": s.precision(), "recall": s.recall(), "f1": s.f1(),
                }),
            );
        }
        tasks.insert(
            "dates".into(),
            serde_json::json!({"checked": self.dates.checked, "correct": self.dates.correct, "accuracy": self.dates.accuracy()}),
        );
        serde_json::json!({"documents": self.documents, "tasks": tasks})
    }
}

/// A predicted party: its type, country code, role, and every name the document used.
struct Party {
    kind: EntityType,
    country: Option<String>,
    role: Option<String>,
    named: bool,
    names: Vec<String>,
}

fn party(x: &Extraction, e: usize) -> Party {
    let de = &x.doc.entities[e];
    let mut names: Vec<String> = de.entity.name.iter().cloned().collect();
    names.extend(de.names.iter().cloned());
    Party {
        kind: de.entity.kind,
        country: de.entity.country.clone(),
        role: de.entity.role.clone(),
        named: de.entity.name.is_some(),
        names,
    }
}

const HONORIFICS: [&str; 24] = [
    "syed",
    "seyyed",
    "seyed",
    "sayyid",
    "sayed",
    "ayatollah",
    "grand",
    "general",
    "gen",
    "dr",
    "field",
    "marshal",
    "major",
    "lieutenant",
    "brigadier",
    "maj",
    "lt",
    "sheikh",
    "prince",
    "mr",
    "mrs",
    "ms",
    "hojatoleslam",
    "admiral",
];

/// A name folded for comparison: no case, accents, punctuation, honorifics or leading "the".
pub fn fold(name: &str) -> String {
    let unaccented: String = name
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'É' | 'È' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Í' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' | 'Ö' | 'Ó' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'Ü' | 'Ú' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' => 'n',
            'ş' | 'Ş' => 's',
            'ğ' => 'g',
            '’' | '\'' => ' ',
            other => other,
        })
        .collect();
    let n = normalise(&unaccented);
    let ws: Vec<&str> = n.split(' ').filter(|w| !w.is_empty()).collect();
    let start = ws
        .iter()
        .position(|w| !HONORIFICS.contains(w) && *w != "the")
        .unwrap_or(ws.len());
    ws[start..].join(" ")
}

/// Whether two person names name one person: equal, or the shorter's words all stand in the
/// longer and keep its surname, or the shorter is the longer's first words.
pub fn same_person_name(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    let wa: Vec<&str> = fa.split(' ').collect();
    let wb: Vec<&str> = fb.split(' ').collect();
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let all_in = short.iter().all(|w| long.contains(w));
    let keeps_surname = long.last().is_some_and(|l| short.contains(l));
    let prefix = long.starts_with(&short);
    (all_in && keeps_surname) || prefix
}

struct GoldIndex<'g> {
    gold: &'g Gold,
}

impl GoldIndex<'_> {
    fn entity(&self, name: &str) -> Option<&GoldEntity> {
        let f = fold(name);
        self.gold
            .entities
            .iter()
            .find(|e| fold(&e.name) == f)
            .or_else(|| {
                self.gold
                    .entities
                    .iter()
                    .find(|e| e.aliases.iter().any(|a| fold(a) == f))
            })
    }

    fn is_person(&self, label: &str) -> bool {
        if label.contains('@') {
            return true;
        }
        if is_code(label) {
            return false;
        }
        self.entity(label).is_some_and(|e| e.kind == "person")
    }

    /// Whether a predicted party is the gold party `label`.
    fn matches(&self, p: &Party, label: &str) -> bool {
        if is_code(label) {
            return p.kind == EntityType::Country && p.country.as_deref() == Some(label);
        }
        if let Some((role, cc)) = label.split_once('@') {
            let role_ok = p.role.as_deref().is_some_and(|r| {
                let (a, b) = (fold(r), fold(role));
                a == b || a.contains(&b) || b.contains(&a)
            });
            return p.kind == EntityType::Person
                && !p.named
                && p.country.as_deref() == Some(cc)
                && role_ok;
        }
        let gold_names: Vec<&str> = match self.entity(label) {
            Some(e) => std::iter::once(e.name.as_str())
                .chain(e.aliases.iter().map(String::as_str))
                .collect(),
            None => vec![label],
        };
        let person = self
            .entity(label)
            .map_or(p.kind == EntityType::Person, |e| e.kind == "person");
        p.names.iter().any(|n| {
            gold_names.iter().any(|g| {
                if person {
                    same_person_name(n, g)
                } else {
                    fold(n) == fold(g)
                }
            })
        })
    }
}

fn is_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

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

fn score(gold: usize, predicted: usize, matched: usize) -> Score {
    Score {
        gold,
        predicted,
        matched_gold: matched,
        matched_predicted: matched,
    }
}

/// Scores one document's extraction against its gold file.
pub fn score_document(x: &Extraction, gold: &Gold) -> Report {
    let gi = GoldIndex { gold };
    let meetings: Vec<&Meeting> = x.events.iter().filter_map(as_meeting).collect();
    let statements: Vec<&Statement> = x.events.iter().filter_map(as_statement).collect();
    let (all_pairs, person_pairs) = pair_scores(x, &gi, &meetings);
    let (agreements, mut dates) = agreement_score(x, &gi);
    let meeting_dates = meeting_dates(x, &gi, &meetings);
    dates.checked += meeting_dates.checked;
    dates.correct += meeting_dates.correct;
    Report {
        documents: 1,
        entities: entity_score(x, gold),
        all_pairs,
        person_pairs,
        speakers: speaker_score(x, &gi, &statements),
        quotes: quote_score(x, &gi, &statements),
        agreements,
        dates,
    }
}

fn as_meeting(e: &Event) -> Option<&Meeting> {
    match e {
        Event::Meeting(m) => Some(m),
        _ => None,
    }
}

fn as_statement(e: &Event) -> Option<&Statement> {
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
fn entity_score(x: &Extraction, gold: &Gold) -> Score {
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
fn pair_scores(x: &Extraction, gi: &GoldIndex, meetings: &[&Meeting]) -> (Score, Score) {
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
fn speaker_score(x: &Extraction, gi: &GoldIndex, statements: &[&Statement]) -> Score {
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
fn quote_score(x: &Extraction, gi: &GoldIndex, statements: &[&Statement]) -> Score {
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
fn agreement_score(x: &Extraction, gi: &GoldIndex) -> (Score, DateScore) {
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
fn meeting_dates(x: &Extraction, gi: &GoldIndex, meetings: &[&Meeting]) -> DateScore {
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

/// Whether two quotations are the same: the shorter's words stand in order in the longer, or
/// most words are shared.
pub fn same_quote(a: &str, b: &str) -> bool {
    let wa: Vec<String> = fold(a)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let wb: Vec<String> = fold(b)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let mut it = long.iter();
    let in_order = short.iter().all(|w| it.any(|l| l == w));
    let shared = short.iter().filter(|w| long.contains(w)).count();
    in_order || shared * 2 > long.len()
}

/// Adds one document's report to a running total.
pub fn add(total: &mut Report, r: &Report) {
    total.documents += r.documents;
    total.entities.add(r.entities);
    total.person_pairs.add(r.person_pairs);
    total.all_pairs.add(r.all_pairs);
    total.speakers.add(r.speakers);
    total.quotes.add(r.quotes);
    total.agreements.add(r.agreements);
    total.dates.checked += r.dates.checked;
    total.dates.correct += r.dates.correct;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_match_as_annotation_says() {
        let cases = [
            ("Naqvi", "Mohsin Naqvi", true),
            ("Syed Mohsin Naqvi", "Mohsin Naqvi", true),
            ("Ali Larijani", "Ali Ardeshir Larijani", true),
            ("Masoud", "Masoud Pezeshkian", true),
            ("Ali Khamenei", "Ayatollah Seyyed Ali Khamenei", true),
            ("Ali", "Ali Larijani", true),
            ("Larijani", "Ali Khamenei", false),
            ("Shehbaz Sharif", "Nawaz Sharif", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_person_name(a, b), want, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn quotes_match_when_one_holds_the_other() {
        let cases = [
            (
                "Iran and Pakistan are partners",
                "“Iran and Pakistan are partners,”",
                true,
            ),
            (
                "This visit has taken place at a critical juncture.",
                "This visit has taken place at a critical juncture. When the region is in a state",
                true,
            ),
            ("partner in peace", "friend, brother, and partner", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_quote(a, b), want, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn scores_are_micro_averaged() {
        let mut total = Report::default();
        let a = Report {
            documents: 1,
            entities: score(2, 1, 1),
            ..Report::default()
        };
        let b = Report {
            documents: 1,
            entities: score(2, 3, 1),
            ..Report::default()
        };
        add(&mut total, &a);
        add(&mut total, &b);
        assert_eq!(total.entities, score(4, 4, 2));
        assert!((total.entities.f1() - 0.5).abs() < 1e-9);
    }
}
