//! Predicted entities as the reference scorer reads them from the records: `ref`, `ekey`, `alts`.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use super::names::person_tokens;

/// A field of a record when it is a non-empty string (what Python takes as true).
pub(super) fn field<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// Whether a value is true as Python takes it.
pub(super) fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// The gold-style string for a predicted entity: a country's code, a name, or `ROLE@CC`.
pub(super) fn ref_of(e: &Value) -> Option<String> {
    if let Some(s) = e.as_str() {
        return Some(s.to_string());
    }
    if !e.is_object() {
        return None;
    }
    if field(e, "type") == Some("country") {
        return field(e, "country")
            .or_else(|| field(e, "id"))
            .or_else(|| field(e, "name"))
            .map(String::from);
    }
    if let Some(name) = field(e, "name") {
        return Some(name.to_string());
    }
    if let Some(role) = field(e, "role") {
        return Some(format!("{role}@{}", field(e, "country").unwrap_or("")));
    }
    field(e, "id").map(String::from)
}

/// A predicted entity's identity within one document: its id, or its type, name, role and country.
pub(super) fn ekey(e: &Value) -> String {
    if !e.is_object() {
        return format!("\u{0}{e}");
    }
    match field(e, "id") {
        Some(id) => id.to_string(),
        None => {
            let part = |k: &str| e.get(k).cloned().unwrap_or(Value::Null);
            let key = Value::Array(vec![
                part("type"),
                part("name"),
                part("role"),
                part("country"),
            ]);
            format!("\u{0}{key}")
        }
    }
}

/// The text forms the mentions of one document link to each predicted entity (by `ekey`).
#[derive(Default)]
pub(super) struct Surfaces(HashMap<String, BTreeSet<String>>);

impl Surfaces {
    pub(super) fn new(mentions: &[Value]) -> Self {
        let mut map: HashMap<String, BTreeSet<String>> = HashMap::new();
        for m in mentions {
            if let (Some(e), Some(text)) = (m.get("entity"), field(m, "text")) {
                if truthy(Some(e)) {
                    map.entry(ekey(e)).or_default().insert(text.to_string());
                }
            }
        }
        Surfaces(map)
    }

    /// The names a predicted entity goes by in its document: its own (`ref_of`) and the forms
    /// linked to it there. A one-word form counts for a person only when it is a word of the
    /// entity's own name, so that a wrong link cannot earn credit by a surname.
    pub(super) fn alts(&self, e: &Value) -> Vec<String> {
        let mut out: Vec<String> = ref_of(e).filter(|r| !r.is_empty()).into_iter().collect();
        if !e.is_object() || field(e, "type") == Some("country") {
            return out;
        }
        let own: BTreeSet<String> = person_tokens(field(e, "name").unwrap_or(""))
            .into_iter()
            .collect();
        let person = field(e, "type") == Some("person");
        for t in self.0.get(&ekey(e)).into_iter().flatten() {
            let tokens = person_tokens(t);
            if person && tokens.len() < 2 && !tokens.iter().all(|w| own.contains(w)) {
                continue;
            }
            if !out.contains(t) {
                out.push(t.clone());
            }
        }
        out
    }
}

/// Maximum one-to-one matching of gold and predicted items (augmenting paths); the number of
/// matched pairs.
pub(super) fn match_count<G, P>(gold: &[G], pred: &[P], eq: impl Fn(&G, &P) -> bool) -> usize {
    let edges: Vec<Vec<usize>> = pred
        .iter()
        .map(|p| (0..gold.len()).filter(|&g| eq(&gold[g], p)).collect())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; gold.len()];
    fn augment(
        pi: usize,
        edges: &[Vec<usize>],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for &gi in &edges[pi] {
            if seen[gi] {
                continue;
            }
            seen[gi] = true;
            if owner[gi].is_none_or(|o| augment(o, edges, owner, seen)) {
                owner[gi] = Some(pi);
                return true;
            }
        }
        false
    }
    for pi in 0..pred.len() {
        let mut seen = vec![false; gold.len()];
        augment(pi, &edges, &mut owner, &mut seen);
    }
    owner.iter().filter(|o| o.is_some()).count()
}

/// The items whose key has not come before, in order.
pub(super) fn uniq<T, K: PartialEq>(items: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut seen: Vec<K> = Vec::new();
    let mut out = Vec::new();
    for i in items {
        let k = key(&i);
        if !seen.contains(&k) {
            seen.push(k);
            out.push(i);
        }
    }
    out
}
