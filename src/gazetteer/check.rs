//! Lints gazetteer files and reports every problem with file:line, rather than stopping at the first.
//!
//! Checks: duplicate ids; aliases shared by different entities (across all files); tenures that
//! end before they start; overlapping tenures of one role in one country; unknown country codes;
//! malformed dates; empty and one-letter aliases; people whose `last_verified` is more than a
//! year older than a given date; word classes and words of words.csv.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{Source, WordClass, FILES};
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

/// Checks the seven files of `sources` (in [`FILES`] order; empty text for a missing file).
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
    let t = Tables(tables);
    ids(&t, &mut problems);
    people_names(&t, &mut problems);
    country_codes(&t, &mut problems);
    agreement_parties(&t, &mut problems);
    people_dates(&t, as_of, &mut problems);
    overlapping_tenures(&t, &mut problems);
    aliases(&t, &mut problems);
    words(&t, &mut problems);
    problems.sort();
    problems.dedup();
    problems
}

/// The rows of each file read.
struct Tables<'a>(HashMap<&'a str, Vec<Row>>);

impl Tables<'_> {
    fn rows(&self, file: &str) -> &[Row] {
        self.0.get(file).map_or(&[], Vec::as_slice)
    }

    /// The country codes of places.csv's country rows.
    fn countries(&self) -> HashSet<&str> {
        self.rows("places.csv")
            .iter()
            .filter(|r| r.get("kind") == "country")
            .map(|r| r.get("country"))
            .collect()
    }
}

fn report(problems: &mut Vec<Problem>, r: &Row, message: String) {
    problems.push(Problem {
        file: r.file.clone(),
        line: r.line,
        message,
    });
}

/// Ids: unique in each file (people repeat an id on purpose, one row per role held).
fn ids(t: &Tables, problems: &mut Vec<Problem>) {
    for file in ["places.csv", "organisations.csv", "agreements.csv"] {
        let mut seen: HashMap<&str, u64> = HashMap::new();
        for r in t.rows(file) {
            let id = r.get("id");
            if id.is_empty() {
                report(problems, r, "empty id".into());
            } else if let Some(first) = seen.insert(id, r.line) {
                report(
                    problems,
                    r,
                    format!("duplicate id {id:?} (first on line {first})"),
                );
            }
        }
    }
}

/// A person's id keeps one name on every row.
fn people_names(t: &Tables, problems: &mut Vec<Problem>) {
    let mut names_by_id: HashMap<&str, (&str, u64)> = HashMap::new();
    for r in t.rows("people.csv") {
        let (id, name) = (r.get("id"), r.get("name"));
        match names_by_id.get(id) {
            Some((n, line)) if *n != name => report(
                problems,
                r,
                format!("id {id:?} is named {name:?} here and {n:?} on line {line}"),
            ),
            None => {
                names_by_id.insert(id, (name, r.line));
            }
            _ => {}
        }
    }
}

/// Every country code is a country row of places.csv.
fn country_codes(t: &Tables, problems: &mut Vec<Problem>) {
    let countries = t.countries();
    for file in ["places.csv", "organisations.csv", "people.csv"] {
        for r in t.rows(file) {
            let c = r.get("country");
            let own_code = file == "places.csv" && r.get("kind") == "country";
            if !(c.is_empty() || countries.contains(c) || own_code) {
                report(problems, r, format!("unknown country code {c:?}"));
            }
        }
    }
}

/// Agreement parties are countries or organisations; signing dates are dates.
fn agreement_parties(t: &Tables, problems: &mut Vec<Problem>) {
    let countries = t.countries();
    let org_ids: HashSet<&str> = t
        .rows("organisations.csv")
        .iter()
        .map(|r| r.get("id"))
        .collect();
    for r in t.rows("agreements.csv") {
        for p in r.get("parties").split('|').filter(|p| !p.is_empty()) {
            if !countries.contains(p) && !org_ids.contains(p) {
                report(
                    problems,
                    r,
                    format!("party {p:?} is neither a country code nor an organisation id"),
                );
            }
        }
        if !r.get("signed").is_empty() && PartialDate::parse(r.get("signed")).is_none() {
            report(
                problems,
                r,
                format!("malformed date {:?} in `signed`", r.get("signed")),
            );
        }
    }
}

/// Tenure dates are dates, in order, and verified within a year of `as_of`.
fn people_dates(t: &Tables, as_of: Option<PartialDate>, problems: &mut Vec<Problem>) {
    for r in t.rows("people.csv") {
        for col in ["from", "to", "last_verified"] {
            let v = r.get(col);
            if !v.is_empty() && PartialDate::parse(v).is_none() {
                report(problems, r, format!("malformed date {v:?} in `{col}`"));
            }
        }
        if let (Some(f), Some(to)) = (
            PartialDate::parse(r.get("from")),
            PartialDate::parse(r.get("to")),
        ) {
            if to.last_day() < f.first_day() {
                report(
                    problems,
                    r,
                    format!("the tenure ends ({to}) before it starts ({f})"),
                );
            }
        }
        if let Some(as_of) = as_of {
            match PartialDate::parse(r.get("last_verified")) {
                Some(v) if v.last_day() + chrono::Duration::days(365) < as_of.first_day() => {
                    report(
                        problems,
                        r,
                        format!("last verified {v}, more than a year before {as_of}"),
                    )
                }
                None if r.get("to").is_empty() => report(
                    problems,
                    r,
                    "a current role never verified (no `last_verified`)".into(),
                ),
                _ => {}
            }
        }
    }
}

/// Overlapping tenures of one role in one country (and one organisation and title: ambassadors
/// to different capitals hold one role at once), except roles several people hold at once
/// (roles.csv `concurrent`: spokespeople, ambassadors).
fn overlapping_tenures(t: &Tables, problems: &mut Vec<Problem>) {
    let concurrent: HashSet<String> = t
        .rows("roles.csv")
        .iter()
        .filter(|r| r.get("concurrent") == "yes")
        .map(|r| r.get("role").to_lowercase())
        .collect();
    let mut by_role: BTreeMap<(String, String, String, String), Vec<&Row>> = BTreeMap::new();
    for r in t.rows("people.csv") {
        let key = (
            r.get("country").into(),
            r.get("role").to_lowercase(),
            r.get("organisation").into(),
            r.get("title").into(),
        );
        by_role.entry(key).or_default().push(r);
    }
    for ((country, role, _, _), mut list) in by_role {
        if concurrent.contains(&role) {
            continue;
        }
        list.sort_by_key(|r| PartialDate::parse(r.get("from")).map(|d| d.first_day()));
        for pair in list.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.get("id") == b.get("id") {
                continue;
            }
            // Only a certain overlap counts: "from 2019" and "to 2019-09" may be one handover.
            let a_end = PartialDate::parse(a.get("to")).map(|d| d.first_day());
            let b_start = PartialDate::parse(b.get("from")).map(|d| d.last_day());
            let overlaps = match (a_end, b_start) {
                (None, Some(_)) => a.get("to").is_empty(),
                (Some(e), Some(s)) => s < e,
                _ => false,
            };
            if overlaps {
                let message = format!(
                    "{} ({}) holds {role} of {country} while {} (line {}) still does",
                    b.get("name"),
                    b.get("id"),
                    a.get("name"),
                    a.line
                );
                report(problems, b, message);
            }
        }
    }
}

/// Aliases: none empty or of one letter; none shared by different entities.
fn aliases(t: &Tables, problems: &mut Vec<Problem>) {
    let mut owners: HashMap<String, Owners> = HashMap::new();
    for (file, kind) in [
        ("people.csv", "person"),
        ("organisations.csv", "organisation"),
        ("places.csv", "place"),
        ("agreements.csv", "agreement"),
    ] {
        for r in t.rows(file) {
            let raw = r.get("aliases");
            for a in raw.split('|').map(str::trim) {
                if raw.is_empty() {
                    break;
                }
                if a.chars().count() < 2 {
                    report(problems, r, format!("alias {a:?} is empty or one letter"));
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
}

/// words.csv: known classes, words of two characters or more, no row twice.
fn words(t: &Tables, problems: &mut Vec<Problem>) {
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    for r in t.rows("words.csv") {
        let (class, word) = (r.get("class"), r.get("word").to_lowercase());
        if WordClass::parse(class).is_none() {
            report(problems, r, format!("unknown word class {class:?}"));
        }
        if word.trim_start_matches('-').trim().chars().count() < 2 {
            report(problems, r, format!("word {word:?} is empty or one letter"));
        }
        if let Some(first) = seen.insert((class.to_string(), word.clone()), r.line) {
            report(
                problems,
                r,
                format!("{word:?} is already a word of class {class} (line {first})"),
            );
        }
    }
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
    fn words_rows_are_checked() {
        // (name, words.csv body, a message the check must give)
        let cases = [
            (
                "unknown_class",
                "state_nouns,forces\n",
                "unknown word class \"state_nouns\"",
            ),
            (
                "one_letter_word",
                "state_noun,x\n",
                "word \"x\" is empty or one letter",
            ),
            (
                "duplicate_row",
                "state_noun,forces\nstate_noun,Forces\n",
                "is already a word of class state_noun (line 2)",
            ),
        ];
        for (name, body, want) in cases {
            let words = format!("class,word\n{body}");
            let found = check(&sources(&[("words.csv", &words)]), None);
            assert!(
                found
                    .iter()
                    .any(|p| p.file == "words.csv" && p.line >= 2 && p.message.contains(want)),
                "{name}: {want:?} not in {found:?}"
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
