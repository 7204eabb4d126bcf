//! Lints gazetteer files and reports every problem with file:line, rather than stopping at the first.
//!
//! Checks: duplicate ids; aliases shared by different entities (across all files); tenures that
//! end before they start; overlapping tenures of one role in one country; unknown country codes;
//! malformed dates; empty and one-letter aliases; people whose `last_verified` is more than a
//! year older than a given date.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{Source, FILES};
use crate::date::PartialDate;

/// One problem found, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: u64,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The entities that use one alias: (entity, file, line).
type Owners = Vec<(String, String, u64)>;

struct Row {
    file: String,
    line: u64,
    cells: HashMap<String, String>,
}

impl Row {
    fn get(&self, c: &str) -> &str {
        self.cells.get(c).map_or("", String::as_str)
    }
}

fn read(src: &Source, problems: &mut Vec<Problem>) -> Vec<Row> {
    let text = src.text.strip_prefix('\u{feff}').unwrap_or(&src.text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.to_ascii_lowercase()).collect(),
        Err(e) => {
            problems.push(Problem {
                file: src.name.clone(),
                line: 1,
                message: format!("cannot read the header: {e}"),
            });
            return Vec::new();
        }
    };
    let mut rows = Vec::new();
    for rec in reader.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                if r.len() != header.len() {
                    problems.push(Problem {
                        file: src.name.clone(),
                        line,
                        message: format!("{} fields, the header has {}", r.len(), header.len()),
                    });
                }
                let cells = header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(String::from))
                    .collect();
                rows.push(Row {
                    file: src.name.clone(),
                    line,
                    cells,
                });
            }
            Err(e) => problems.push(Problem {
                file: src.name.clone(),
                line: e.position().map_or(0, |p| p.line()),
                message: format!("unreadable row: {e}"),
            }),
        }
    }
    rows
}

/// Checks the six files of `sources` (in [`FILES`] order; empty text for a missing file).
/// `as_of` is the date of the newest article: people verified more than a year before it are
/// reported as stale.
pub fn check(sources: &[Source], as_of: Option<PartialDate>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut tables: HashMap<&str, Vec<Row>> = HashMap::new();
    for (file, src) in FILES.iter().zip(sources) {
        if !src.text.trim().is_empty() {
            tables.insert(file, read(src, &mut problems));
        }
    }
    let empty = Vec::new();
    let rows = |f: &str| tables.get(f).unwrap_or(&empty);
    let mut report = |r: &Row, message: String| {
        problems.push(Problem {
            file: r.file.clone(),
            line: r.line,
            message,
        })
    };

    let countries: HashSet<String> = rows("places.csv")
        .iter()
        .filter(|r| r.get("kind") == "country")
        .map(|r| r.get("country").to_string())
        .collect();
    let org_ids: HashSet<String> = rows("organisations.csv")
        .iter()
        .map(|r| r.get("id").to_string())
        .collect();

    // Ids: unique in each file (people repeat an id on purpose, one row per role held).
    for file in ["places.csv", "organisations.csv", "agreements.csv"] {
        let mut seen: HashMap<&str, u64> = HashMap::new();
        for r in rows(file) {
            let id = r.get("id");
            if id.is_empty() {
                report(r, "empty id".into());
            } else if let Some(first) = seen.insert(id, r.line) {
                report(r, format!("duplicate id {id:?} (first on line {first})"));
            }
        }
    }
    let mut names_by_id: HashMap<&str, (&str, u64)> = HashMap::new();
    for r in rows("people.csv") {
        let (id, name) = (r.get("id"), r.get("name"));
        match names_by_id.get(id) {
            Some((n, line)) if *n != name => report(
                r,
                format!("id {id:?} is named {name:?} here and {n:?} on line {line}"),
            ),
            None => {
                names_by_id.insert(id, (name, r.line));
            }
            _ => {}
        }
    }

    // Country codes and dates.
    let code_ok = |c: &str| c.is_empty() || countries.contains(c);
    for file in ["places.csv", "organisations.csv", "people.csv"] {
        for r in rows(file) {
            let c = r.get("country");
            let own_code = file == "places.csv" && r.get("kind") == "country";
            if !(code_ok(c) || own_code) {
                report(r, format!("unknown country code {c:?}"));
            }
        }
    }
    for r in rows("agreements.csv") {
        for p in r.get("parties").split('|').filter(|p| !p.is_empty()) {
            if !countries.contains(p) && !org_ids.contains(p) {
                report(
                    r,
                    format!("party {p:?} is neither a country code nor an organisation id"),
                );
            }
        }
        if !r.get("signed").is_empty() && PartialDate::parse(r.get("signed")).is_none() {
            report(
                r,
                format!("malformed date {:?} in `signed`", r.get("signed")),
            );
        }
    }
    for r in rows("people.csv") {
        for col in ["from", "to", "last_verified"] {
            let v = r.get(col);
            if !v.is_empty() && PartialDate::parse(v).is_none() {
                report(r, format!("malformed date {v:?} in `{col}`"));
            }
        }
        if let (Some(f), Some(t)) = (
            PartialDate::parse(r.get("from")),
            PartialDate::parse(r.get("to")),
        ) {
            if t.last_day() < f.first_day() {
                report(r, format!("the tenure ends ({t}) before it starts ({f})"));
            }
        }
        if let Some(as_of) = as_of {
            match PartialDate::parse(r.get("last_verified")) {
                Some(v) if v.last_day() + chrono::Duration::days(365) < as_of.first_day() => {
                    report(
                        r,
                        format!("last verified {v}, more than a year before {as_of}"),
                    )
                }
                None if r.get("to").is_empty() => report(
                    r,
                    "a current role never verified (no `last_verified`)".into(),
                ),
                _ => {}
            }
        }
    }

    // Overlapping tenures of one role in one country (and one organisation and title: ambassadors
    // to different capitals hold one role at once).
    // Roles several people hold at once (roles.csv `concurrent`): spokespeople, ambassadors.
    let concurrent: HashSet<String> = rows("roles.csv")
        .iter()
        .filter(|r| r.get("concurrent") == "yes")
        .map(|r| r.get("role").to_lowercase())
        .collect();
    let mut by_role: BTreeMap<(String, String, String, String), Vec<&Row>> = BTreeMap::new();
    for r in rows("people.csv") {
        let key = (
            r.get("country").into(),
            r.get("role").to_lowercase(),
            r.get("organisation").into(),
            r.get("title").into(),
        );
        by_role.entry(key).or_default().push(r);
    }
    for ((country, role, _, _), mut list) in by_role {
        list.sort_by_key(|r| PartialDate::parse(r.get("from")).map(|d| d.first_day()));
        for pair in list.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.get("id") == b.get("id") {
                continue;
            }
            // Only a certain overlap counts: "from 2019" and "to 2019-09" may be one handover.
            let a_end = PartialDate::parse(a.get("to")).map(|d| d.first_day());
            let b_start = PartialDate::parse(b.get("from")).map(|d| d.last_day());
            let overlaps = !concurrent.contains(&role)
                && match (a_end, b_start) {
                    (None, Some(_)) => a.get("to").is_empty(),
                    (Some(e), Some(s)) => s < e,
                    _ => false,
                };
            if overlaps {
                problems.push(Problem {
                    file: b.file.clone(),
                    line: b.line,
                    message: format!(
                        "{} ({}) holds {role} of {country} while {} (line {}) still does",
                        b.get("name"),
                        b.get("id"),
                        a.get("name"),
                        a.line
                    ),
                });
            }
        }
    }

    // Aliases: none empty or of one letter; none shared by different entities.
    let mut owners: HashMap<String, Owners> = HashMap::new();
    for (file, kind) in [
        ("people.csv", "person"),
        ("organisations.csv", "organisation"),
        ("places.csv", "place"),
        ("agreements.csv", "agreement"),
    ] {
        for r in rows(file) {
            let raw = r.get("aliases");
            for a in raw.split('|').map(str::trim) {
                if raw.is_empty() {
                    break;
                }
                if a.chars().count() < 2 {
                    problems.push(Problem {
                        file: r.file.clone(),
                        line: r.line,
                        message: format!("alias {a:?} is empty or one letter"),
                    });
                }
            }
            let id = format!("{kind}:{}", r.get("id"));
            for a in std::iter::once(r.get("name"))
                .chain(raw.split('|').map(str::trim))
                .filter(|a| a.chars().count() >= 2)
            {
                let list = owners.entry(a.to_lowercase()).or_default();
                if !list.iter().any(|(i, _, _)| *i == id) {
                    list.push((id.clone(), r.file.clone(), r.line));
                }
            }
        }
    }
    let mut shared: Vec<(&String, &Owners)> = owners.iter().filter(|(_, l)| l.len() > 1).collect();
    shared.sort();
    for (alias, list) in shared {
        let (_, file, line) = &list[1];
        let who: Vec<String> = list
            .iter()
            .map(|(i, f, l)| format!("{i} ({f}:{l})"))
            .collect();
        problems.push(Problem {
            file: file.clone(),
            line: *line,
            message: format!("alias {alias:?} is shared by {}", who.join(", ")),
        });
    }
    problems.sort();
    problems.dedup();
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(files: &[(&str, &str)]) -> Vec<Source> {
        FILES
            .iter()
            .map(|f| Source {
                name: f.to_string(),
                text: files
                    .iter()
                    .find(|(n, _)| n == f)
                    .map_or(String::new(), |(_, t)| t.to_string()),
            })
            .collect()
    }

    const PLACES: &str = "id,name,aliases,country,kind,demonyms\nir,Iran,,IR,country,Iranian\npk,Pakistan,,PK,country,Pakistani\n";

    #[test]
    fn finds_every_kind_of_problem() {
        // (people.csv body, a message the check must give)
        let cases = [
            ("a,A One,,IR,President,,,2020-01-01,2019-01-01,2025-01-01\n", "ends (2019-01-01) before it starts"),
            ("a,A One,,XX,President,,,2020-01-01,,2025-01-01\n", "unknown country code \"XX\""),
            ("a,A One,,IR,President,,,2020-13-01,,2025-01-01\n", "malformed date \"2020-13-01\""),
            ("a,A One,x,IR,President,,,2020-01-01,,2025-01-01\n", "alias \"x\" is empty or one letter"),
            ("a,A One,,IR,President,,,2020-01-01,,2025-01-01\nb,B Two,,IR,President,,,2021-01-01,,2025-01-01\n", "holds president of IR while A One"),
            ("a,A One,Shared Name,IR,President,,,2020-01-01,2021-01-01,2025-01-01\nb,B Two,Shared Name,PK,President,,,2021-01-01,,2025-01-01\n", "alias \"shared name\" is shared by"),
            ("a,A One,,IR,President,,,2020-01-01,,2023-01-01\n", "last verified 2023-01-01, more than a year before 2025-06-01"),
            ("a,A One,,IR,President,,,2020-01-01,,2025-01-01\na,A Other,,IR,Foreign Minister,,,2020-01-01,,2025-01-01\n", "is named \"A Other\" here"),
        ];
        for (body, want) in cases {
            let people = format!(
                "id,name,aliases,country,role,title,organisation,from,to,last_verified\n{body}"
            );
            let found = check(
                &sources(&[("places.csv", PLACES), ("people.csv", &people)]),
                PartialDate::parse("2025-06-01"),
            );
            assert!(
                found.iter().any(|p| p.message.contains(want)),
                "{want:?} not in {found:?}"
            );
            assert!(
                found.iter().all(|p| p.file == "people.csv" && p.line >= 2),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_clean_file_has_no_problem() {
        let people = "id,name,aliases,country,role,title,organisation,from,to,last_verified\na,A One,Alpha One,IR,President,,,2020-01-01,2021-01-01,2025-01-01\nb,B Two,,IR,President,,,2021-01-01,,2025-05-01\n";
        let found = check(
            &sources(&[("places.csv", PLACES), ("people.csv", people)]),
            PartialDate::parse("2025-06-01"),
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
