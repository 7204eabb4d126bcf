//! The gold file format, its loading, and the matching of predicted parties to gold labels.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use super::names::{fold, same_person_name};
use crate::entity::EntityType;
use crate::pipeline::Extraction;

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

/// A gold entity: its type, name and other names.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold meeting: its participants' labels and its date.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMeeting {
    pub participants: Vec<String>,
    #[serde(default)]
    pub date: Option<String>,
}

/// A gold statement: its speaker's label and the quotation, if any.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    pub speaker: String,
    #[serde(default)]
    pub quote: Option<String>,
}

/// A gold agreement: its parties' labels, its action and its date.
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

/// A predicted party: its type, country code, role, and every name the document used.
pub(super) struct Party {
    pub(super) kind: EntityType,
    country: Option<String>,
    role: Option<String>,
    named: bool,
    pub(super) names: Vec<String>,
}

/// The predicted party of entity `e` of an extraction.
pub(super) fn party(x: &Extraction, e: usize) -> Party {
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

/// A gold file, looked up by the labels its meetings, statements and agreements use.
pub(super) struct GoldIndex<'g> {
    pub(super) gold: &'g Gold,
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

    /// Whether the gold label `label` names a person.
    pub(super) fn is_person(&self, label: &str) -> bool {
        if label.contains('@') {
            return true;
        }
        if is_code(label) {
            return false;
        }
        self.entity(label).is_some_and(|e| e.kind == "person")
    }

    /// Whether a predicted party is the gold party `label`.
    pub(super) fn matches(&self, p: &Party, label: &str) -> bool {
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
