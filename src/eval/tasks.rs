//! The tasks of one document, defined as the reference scorer (`score.py`) defines them.

use std::collections::BTreeSet;

use serde_json::Value;

use super::gold::{Aliases, Gold, GoldAgreement};
use super::names::{norm, same_person, same_quote};
use super::pred::{field, match_count, ref_of, truthy, uniq, Surfaces};
use super::{Counts, DocReport};

/// One document's gold file and records, ready to score.
pub(super) struct Doc<'a> {
    pub(super) gold: &'a Gold,
    pub(super) aliases: Aliases,
    pub(super) surfaces: Surfaces,
    pub(super) events: Vec<&'a Value>,
    pub(super) mentions: &'a [Value],
}

/// A gold pair of participants and the meeting's date.
type GoldPair<'a> = (&'a str, &'a str, Option<&'a str>);
/// A predicted pair: both names lists, the meeting's date, and whether both are persons.
type PredPair = (Vec<String>, Vec<String>, Option<Value>, bool);

/// Whether a record's value equals a gold string (or both are missing), as `==` in Python.
fn same_value(gold: Option<&str>, pred: Option<&Value>) -> bool {
    match (gold, pred) {
        (None, None | Some(Value::Null)) => true,
        (Some(g), Some(Value::String(p))) => g == p,
        _ => false,
    }
}

impl Doc<'_> {
    fn of_type(&self, t: &str) -> Vec<&Value> {
        self.events
            .iter()
            .copied()
            .filter(|e| field(e, "type") == Some(t))
            .collect()
    }

    fn list<'v>(e: &'v Value, key: &str) -> impl Iterator<Item = &'v Value> {
        e.get(key).and_then(Value::as_array).into_iter().flatten()
    }

    fn peq(&self, g: (&str, &str), p: &PredPair) -> bool {
        let m = |a: &str, b: &[String]| self.aliases.matches_any(a, b);
        (m(g.0, &p.0) && m(g.1, &p.1)) || (m(g.0, &p.1) && m(g.1, &p.0))
    }

    fn pred_pairs(&self) -> Vec<PredPair> {
        let mut out = Vec::new();
        for e in self.of_type("meeting") {
            let ps: Vec<&Value> = Self::list(e, "participants")
                .chain(Self::list(e, "also_present"))
                .filter(|x| ref_of(x).is_some_and(|r| !r.is_empty()))
                .collect();
            for i in 0..ps.len() {
                for j in i + 1..ps.len() {
                    let (a, b) = (self.surfaces.alts(ps[i]), self.surfaces.alts(ps[j]));
                    if !a.is_empty() && !b.is_empty() && a[0] != b[0] {
                        let persons = [ps[i], ps[j]]
                            .iter()
                            .all(|x| field(x, "type") == Some("person"));
                        out.push((a, b, e.get("date").cloned(), persons));
                    }
                }
            }
        }
        uniq(out, |p: &PredPair| {
            let (a, b) = (p.0[0].clone(), p.1[0].clone());
            if a <= b {
                (a, b)
            } else {
                (b, a)
            }
        })
    }

    /// Who met whom: person pairs and all pairs, and the meeting dates.
    pub(super) fn meetings(&self, r: &mut DocReport) {
        let mut gpairs: Vec<GoldPair> = Vec::new();
        let mut ignore: Vec<(&str, &str)> = Vec::new();
        for m in &self.gold.meetings {
            let ps = &m.participants;
            for i in 0..ps.len() {
                for j in i + 1..ps.len() {
                    gpairs.push((&ps[i], &ps[j], m.date.as_deref()));
                }
            }
            for a in &m.also_present {
                for b in ps.iter().chain(&m.also_present) {
                    if a != b {
                        ignore.push((a, b));
                    }
                }
            }
        }
        let gpairs = uniq(gpairs, |p| if p.0 <= p.1 { (p.0, p.1) } else { (p.1, p.0) });
        let ppairs: Vec<PredPair> = self
            .pred_pairs()
            .into_iter()
            .filter(|p| {
                gpairs.iter().any(|g| self.peq((g.0, g.1), p))
                    || !ignore.iter().any(|&g| self.peq(g, p))
            })
            .collect();
        let peq = |g: &GoldPair, p: &PredPair| self.peq((g.0, g.1), p);
        let g: Vec<GoldPair> = gpairs
            .iter()
            .copied()
            .filter(|p| self.aliases.is_person(p.0) && self.aliases.is_person(p.1))
            .collect();
        let pp: Vec<&PredPair> = ppairs.iter().filter(|p| p.3).collect();
        r.tasks
            .push(("meetings.person_pairs", counts(&g, &pp, |g, p| peq(g, p))));
        let pp: Vec<&PredPair> = ppairs.iter().collect();
        r.tasks
            .push(("meetings.all_pairs", counts(&gpairs, &pp, |g, p| peq(g, p))));
        let dated: Vec<GoldPair> = gpairs
            .iter()
            .copied()
            .filter(|p| p.2.is_some_and(|d| !d.is_empty()))
            .collect();
        r.meeting_dates.1 += match_count(&dated, &pp, |g, p| peq(g, p));
        r.meeting_dates.0 += match_count(&dated, &pp, |g, p| {
            peq(g, p) && same_value(g.2, p.2.as_ref())
        });
    }

    /// Speakers, and quotations with their speaker.
    pub(super) fn statements(&self, r: &mut DocReport) {
        let gspk = uniq(
            self.gold
                .statements
                .iter()
                .map(|s| s.speaker.as_str())
                .collect(),
            |s| *s,
        );
        let statements = self.of_type("statement");
        let pspk: Vec<Vec<String>> = statements
            .iter()
            .filter_map(|e| e.get("speaker"))
            .filter(|s| truthy(Some(s)) && ref_of(s).is_some_and(|r| !r.is_empty()))
            .map(|s| self.surfaces.alts(s))
            .collect();
        let pspk = uniq(pspk, |s| norm(&s[0]));
        r.tasks.push((
            "statements.speakers",
            counts(&gspk, &pspk, |g, p| self.aliases.matches_any(g, p)),
        ));
        let gq: Vec<_> = self
            .gold
            .statements
            .iter()
            .filter(|s| s.quote.as_deref().is_some_and(|q| !q.is_empty()))
            .collect();
        let pq: Vec<&Value> = statements
            .into_iter()
            .filter(|e| field(e, "quote").is_some())
            .collect();
        r.tasks.push((
            "statements.quotes",
            counts(&gq, &pq, |g, p| {
                let alts = p
                    .get("speaker")
                    .map(|s| self.surfaces.alts(s))
                    .unwrap_or_default();
                same_quote(
                    g.quote.as_deref().unwrap_or(""),
                    field(p, "quote").unwrap_or(""),
                ) && self.aliases.matches_any(&g.speaker, &alts)
            }),
        ));
    }

    fn aeq(&self, g: &GoldAgreement, p: &Value, with_action: bool) -> bool {
        let pp: Vec<Vec<String>> = Self::list(p, "parties")
            .filter(|x| ref_of(x).is_some_and(|r| !r.is_empty()))
            .map(|x| self.surfaces.alts(x))
            .collect();
        let gset: BTreeSet<&str> = g.parties.iter().map(String::as_str).collect();
        let pset: BTreeSet<&str> = pp.iter().map(|b| b[0].as_str()).collect();
        if gset.len() != pset.len() {
            return false;
        }
        let ok = g
            .parties
            .iter()
            .all(|a| pp.iter().any(|b| self.aliases.matches_any(a, b)));
        ok && (!with_action || same_value(g.action.as_deref(), p.get("action")))
    }

    /// Agreements by (parties, action) and by parties, and the agreement dates.
    pub(super) fn agreements(&self, r: &mut DocReport) {
        let ga = &self.gold.agreements;
        let pa = self.of_type("agreement");
        r.tasks.push((
            "agreements.parties_action",
            counts(ga, &pa, |g, p| self.aeq(g, p, true)),
        ));
        r.tasks.push((
            "agreements.parties",
            counts(ga, &pa, |g, p| self.aeq(g, p, false)),
        ));
        let dated: Vec<&GoldAgreement> = ga
            .iter()
            .filter(|g| g.date.as_deref().is_some_and(|d| !d.is_empty()))
            .collect();
        r.agreement_dates.1 += match_count(&dated, &pa, |g, p| self.aeq(g, p, true));
        r.agreement_dates.0 += match_count(&dated, &pa, |g, p| {
            self.aeq(g, p, true) && same_value(g.date.as_deref(), p.get("date"))
        });
    }

    /// Entities, from the mentions: (type group, name) with the names the document links.
    pub(super) fn entities(&self, r: &mut DocReport) {
        fn grp(t: Option<&str>) -> Option<&str> {
            match t {
                Some("place" | "country") => Some("location"),
                other => other,
            }
        }
        let gents: Vec<(Option<&str>, &str)> = self
            .gold
            .entities
            .iter()
            .map(|e| (grp(Some(&e.kind)), e.name.as_str()))
            .collect();
        type PredEntity<'v> = (Option<&'v str>, Option<String>, Vec<String>);
        let pents: Vec<PredEntity> = self
            .mentions
            .iter()
            .filter_map(|m| m.get("entity").filter(|e| truthy(Some(e))))
            .map(|e| {
                let name = field(e, "name").map(String::from).or_else(|| ref_of(e));
                (
                    grp(e.get("type").and_then(Value::as_str)),
                    name,
                    self.surfaces.alts(e),
                )
            })
            .collect();
        let pents = uniq(pents, |p| (p.0, norm(p.1.as_deref().unwrap_or(""))));
        let pents: Vec<PredEntity> = pents
            .into_iter()
            .filter(|p| p.1.as_deref().is_some_and(|n| !n.is_empty()))
            .collect();
        let eeq = |g: &(Option<&str>, &str), p: &PredEntity| {
            if g.0 != p.0 {
                return false;
            }
            let own = [g.1.to_string()];
            let names = self.aliases.get(g.1).map_or(&own[..], |(_, n)| n);
            let first = p.1.clone().unwrap_or_default();
            let others = p.2.iter().filter(|a| **a != first).cloned();
            std::iter::once(first.clone()).chain(others).any(|pn| {
                let np = norm(&pn);
                names.iter().any(|n| norm(n) == np)
                    || (g.0 == Some("person") && names.iter().any(|n| same_person(n, &pn)))
            })
        };
        r.tasks.push(("entities", counts(&gents, &pents, eeq)));
    }
}

/// The counts of a task: true positives, false positives, false negatives.
fn counts<G, P>(gold: &[G], pred: &[P], eq: impl Fn(&G, &P) -> bool) -> Counts {
    let tp = match_count(gold, pred, eq);
    Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}
