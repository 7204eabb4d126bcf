//! Named, table-driven tests of the resolver and event rules: one row a case, its name the rule.
//!
//! Each row is an invented sentence (officials of many countries from `gazetteers/people.csv`), the
//! article date, and what today's code makes of it, read through the public output records (the
//! stable contract), so that the rules can move between files without these tables changing.
//! A row marked `// today:` pins output that `ANNOTATION.md` would want otherwise; later issues
//! change those rows on purpose. Rows with an empty `expect` are rules that must find nothing.

mod agreements;
mod dates;
mod meetings;
mod resolve_names;
mod resolve_offices;
mod resolve_orgs_agreements;
mod resolve_people;
mod resolve_places;
mod resolve_shapes;
mod statements;
mod subjects;
mod unit_kind;

use std::collections::HashSet;
use std::sync::OnceLock;

use serde_json::Value;
use whomet::output::records;
use whomet::{Document, Extractor, PartialDate};

/// One resolver case: the entity `mention` (its last occurrence in `text`) resolves to.
pub struct Case {
    /// The rule, as a name.
    pub name: &'static str,
    pub text: &'static str,
    /// The article's date, `YYYY-MM-DD`.
    pub date: Option<&'static str>,
    /// A stretch of `text`; the shortest mention covering its last occurrence is checked.
    pub mention: &'static str,
    /// `TYPE: NAME | ROLE | COUNTRY` (`?` for no name, `-` for none, ` | latest` when the role is
    /// the latest one for want of a date), or `-` when no mention covers it.
    pub expect: &'static str,
}

/// One event case: the events of one kind read from `text`, in document order.
pub struct EventCase {
    /// The rule, as a name.
    pub name: &'static str,
    pub text: &'static str,
    /// The article's date, `YYYY-MM-DD`.
    pub date: Option<&'static str>,
    /// One line per event, as [`summary`] writes it; empty when the rule finds none.
    pub expect: &'static [&'static str],
}

/// Which events a table checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Meeting,
    Statement,
    Agreement,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Meeting => "meeting",
            Kind::Statement => "statement",
            Kind::Agreement => "agreement",
        }
    }
}

/// The extractor over the built-in gazetteers, built once for all tables.
pub fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builtin().expect("built-in gazetteers load"))
}

fn document(text: &str, date: Option<&str>) -> Document {
    Document {
        id: "t".into(),
        text: text.into(),
        published: date.map(|d| PartialDate::parse(d).expect("a valid test date")),
        url: None,
    }
}

/// The mentions of `text`, as JSON records.
///
/// These are the resolver's mentions, unnamed officials too (the mentions table leaves them out).
pub fn mentions(ex: &Extractor, text: &str, date: Option<&str>) -> Vec<Value> {
    let x = ex.extract(&document(text, date));
    x.doc
        .mentions
        .iter()
        .map(|m| {
            serde_json::json!({
                "entity": serde_json::to_value(&x.doc.entities[m.entity].entity)
                    .expect("an entity serialises"),
                "text": &text[m.range.clone()],
                "start": m.range.start,
                "end": m.range.end,
            })
        })
        .collect()
}

/// The event records of `text`, as JSON.
pub fn events(text: &str, date: Option<&str>) -> Vec<Value> {
    let x = extractor().extract(&document(text, date));
    records::events(&x, text)
        .iter()
        .map(|r| serde_json::to_value(r).expect("an event serialises"))
        .collect()
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v[key].as_str()
}

/// How the gold files name a party: a country code, a name, or `ROLE@CC`.
pub fn party(e: &Value) -> String {
    if field(e, "type") == Some("country") {
        return field(e, "country")
            .or(field(e, "name"))
            .unwrap_or("?")
            .to_string();
    }
    match field(e, "name") {
        Some(n) => n.to_string(),
        None => format!(
            "{}@{}",
            field(e, "role").unwrap_or("official"),
            field(e, "country").unwrap_or_default()
        ),
    }
}

/// An entity as a resolver row expects it: `TYPE: NAME | ROLE | COUNTRY`.
pub fn entity(e: &Value) -> String {
    let mut s = format!(
        "{}: {} | {} | {}",
        field(e, "type").unwrap_or("?"),
        field(e, "name").unwrap_or("?"),
        field(e, "role").unwrap_or("-"),
        field(e, "country").unwrap_or("-"),
    );
    if e["role_as_of_latest"] == Value::Bool(true) {
        s.push_str(" | latest");
    }
    s
}

fn parties(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|a| a.iter().map(party).collect())
        .unwrap_or_default()
}

/// One event record on one line:
/// - meeting: `A + B; also C; at PLACE; MODE; DATE`
/// - statement: `SPEAKER: 'QUOTE'; DATE` (`-` for reported speech)
/// - agreement: `ACTION A + B: NAME (count N); DATE`
///
/// Parts that are empty (no one also present, no place, no date, no count) are left out.
pub fn summary(r: &Value) -> String {
    let date = field(r, "date")
        .map(|d| format!("; {d}"))
        .unwrap_or_default();
    match field(r, "type") {
        Some("meeting") => {
            let mut s = parties(&r["participants"]).join(" + ");
            let also = parties(&r["also_present"]);
            if !also.is_empty() {
                s.push_str(&format!("; also {}", also.join(", ")));
            }
            if r["location"].is_object() {
                let at = field(&r["location"], "name")
                    .map_or_else(|| party(&r["location"]), String::from);
                s.push_str(&format!("; at {at}"));
            }
            format!("{s}; {}{date}", field(r, "mode").unwrap_or("?"))
        }
        Some("statement") => {
            let quote = field(r, "quote").map_or_else(|| "-".to_string(), |q| format!("'{q}'"));
            format!("{}: {quote}{date}", party(&r["speaker"]))
        }
        Some("agreement") => {
            let count = r["count"]
                .as_u64()
                .map(|n| format!(" (count {n})"))
                .unwrap_or_default();
            format!(
                "{} {}: {}{count}{date}",
                field(r, "action").unwrap_or("?"),
                parties(&r["parties"]).join(" + "),
                field(r, "name").unwrap_or("-"),
            )
        }
        other => format!("unknown record type {other:?}"),
    }
}

fn unique_names<'a>(table: &str, names: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for n in names {
        assert!(seen.insert(n), "{table}: two rows are named {n:?}");
    }
}

fn report(table: &str, failures: Vec<String>, rows: usize) {
    assert!(
        failures.is_empty(),
        "{table}: {} of {rows} rows fail\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Checks resolver rows with `ex`, rendering each mention's entity with `render`.
pub fn check_mentions_with(
    table: &str,
    ex: &Extractor,
    cases: &[Case],
    render: fn(&Value) -> String,
) {
    unique_names(table, cases.iter().map(|c| c.name));
    let mut failures = Vec::new();
    for c in cases {
        let got = resolved(ex, c, render);
        if got != c.expect {
            failures.push(format!(
                "row `{}`: {:?} (published {:?})\n  mention {:?}\n  want: {}\n  got:  {}",
                c.name, c.text, c.date, c.mention, c.expect, got
            ));
        }
    }
    report(table, failures, cases.len());
}

/// Checks resolver rows with the built-in gazetteers.
pub fn check_mentions(table: &str, cases: &[Case]) {
    check_mentions_with(table, extractor(), cases, entity);
}

fn resolved(ex: &Extractor, c: &Case, render: fn(&Value) -> String) -> String {
    let Some(at) = c.text.rfind(c.mention) else {
        return format!("(the mention {:?} is not in the text)", c.mention);
    };
    let end = at + c.mention.len();
    let ms = mentions(ex, c.text, c.date);
    let span = |m: &Value| {
        (
            m["start"].as_u64().unwrap_or(0) as usize,
            m["end"].as_u64().unwrap_or(0) as usize,
        )
    };
    ms.iter()
        .filter(|m| {
            let (s, e) = span(m);
            s <= at && end <= e
        })
        .min_by_key(|m| {
            let (s, e) = span(m);
            e - s
        })
        .map_or_else(|| "-".to_string(), |m| render(&m["entity"]))
}

/// Checks event rows: the events of `kind` each row's text gives.
pub fn check_events(table: &str, kind: Kind, cases: &[EventCase]) {
    unique_names(table, cases.iter().map(|c| c.name));
    let mut failures = Vec::new();
    for c in cases {
        let all = events(c.text, c.date);
        let got: Vec<String> = all
            .iter()
            .filter(|r| field(r, "type") == Some(kind.as_str()))
            .map(summary)
            .collect();
        if got != c.expect {
            let others: Vec<String> = all
                .iter()
                .filter(|r| field(r, "type") != Some(kind.as_str()))
                .map(|r| format!("{} {}", field(r, "type").unwrap_or("?"), summary(r)))
                .collect();
            failures.push(format!(
                "row `{}`: {:?} (published {:?})\n  want {}s: {:#?}\n  got:  {:#?}\n  other events: {:?}",
                c.name,
                c.text,
                c.date,
                kind.as_str(),
                c.expect,
                got,
                others
            ));
        }
    }
    report(table, failures, cases.len());
}
