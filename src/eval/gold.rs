//! The gold file format, its loading, and whether a predicted name is a gold label (`Gold.matches`).

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use super::names::{norm, role_ref, same_person};

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
    pub aliases: Option<Vec<String>>,
}

/// A gold meeting: its participants' labels, the people present besides them, and its date.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMeeting {
    pub participants: Vec<String>,
    #[serde(default)]
    pub also_present: Vec<String>,
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
    #[serde(default)]
    pub action: Option<String>,
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

/// A gold file's entities by name, in file order, each with its type and every name it goes by
/// (a later entity of the same name replaces an earlier one in place, as a Python dict does).
pub(super) struct Aliases {
    entries: Vec<(String, String, Vec<String>)>,
}

impl Aliases {
    pub(super) fn new(gold: &Gold) -> Self {
        let mut entries: Vec<(String, String, Vec<String>)> = Vec::new();
        for e in &gold.entities {
            let mut names = vec![e.name.clone()];
            names.extend(e.aliases.iter().flatten().cloned());
            match entries.iter_mut().find(|(k, _, _)| *k == e.name) {
                Some(slot) => *slot = (e.name.clone(), e.kind.clone(), names),
                None => entries.push((e.name.clone(), e.kind.clone(), names)),
            }
        }
        Aliases { entries }
    }

    /// The type and names of the gold entity named exactly `name`.
    pub(super) fn get(&self, name: &str) -> Option<(&str, &[String])> {
        self.entries
            .iter()
            .find(|(k, _, _)| k == name)
            .map(|(_, kind, names)| (kind.as_str(), names.as_slice()))
    }

    /// The gold entity whose name or alias is exactly this name, if any.
    fn exact_owner(&self, pred: &str) -> Option<&str> {
        let n = norm(pred);
        self.entries
            .iter()
            .find(|(_, _, names)| names.iter().any(|x| norm(x) == n))
            .map(|(k, _, _)| k.as_str())
    }

    /// Whether a gold label names a person (`ROLE@CC`, or a person entity, or a name the file
    /// does not list); a country code does not.
    pub(super) fn is_person(&self, label: &str) -> bool {
        if label.contains('@') {
            return true;
        }
        if is_code(label) {
            return false;
        }
        self.get(label).is_none_or(|(kind, _)| kind == "person")
    }

    /// Whether any of a predicted entity's names (its alternatives) is this gold label.
    pub(super) fn matches_any(&self, gold: &str, alts: &[String]) -> bool {
        alts.iter().any(|a| self.matches(gold, a))
    }

    /// Whether the predicted name `pred` is the gold label `gold`.
    pub(super) fn matches(&self, gold: &str, pred: &str) -> bool {
        if gold.contains('@') || pred.contains('@') {
            return role_ref(gold) == role_ref(pred);
        }
        let Some((kind, names)) = self.get(gold) else {
            // a country code, or a name the gold file does not list as an entity
            return gold == pred || (!is_code(gold) && same_person(gold, pred));
        };
        let np = norm(pred);
        if names.iter().any(|n| norm(n) == np) {
            return true;
        }
        if self.exact_owner(pred).is_some_and(|o| o != gold) {
            return false; // it names another gold entity exactly (King Salman is not his son)
        }
        kind == "person" && names.iter().any(|n| same_person(n, pred))
    }
}

/// Whether a label is an ISO country code (two capital letters).
fn is_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}
