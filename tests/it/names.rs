//! The people real news names, as whomet reads them: the 200 most frequent person names of
//! `--table mentions` over a sample of 300 real articles (`tests/data/corpus-sample/`) hold no
//! title or institution word, no common word, no possessive and no stray initial.

use std::collections::HashMap;

use whomet::gazetteer::WordClass;
use whomet::Gazetteer;

use crate::whomet;

/// What is wrong with `name` as a person's name, if anything.
fn fault(g: &Gazetteer, name: &str) -> Option<String> {
    if name.ends_with("’s") || name.ends_with("'s") || name.contains("’s ") {
        return Some("a possessive".into());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() == 1 && words[0].chars().count() < 3 {
        return Some("too short for a name".into());
    }
    for w in &words {
        let lower = w.to_lowercase();
        let lower = lower.trim_end_matches('.');
        for part in lower.split('-') {
            for class in [WordClass::NotName, WordClass::OrgHead, WordClass::Portfolio] {
                if g.words.contains(class, part) {
                    return Some(format!("{w:?} is a word of {}", class.name()));
                }
            }
        }
        let particle = whomet::text::lexicon::is_name_particle(lower)
            || lower
                .split_once('-')
                .is_some_and(|(p, _)| whomet::text::lexicon::is_name_particle(p));
        if !particle && !w.starts_with(char::is_uppercase) {
            return Some(format!("{w:?} is not capitalised"));
        }
    }
    if g.roles.iter().any(|r| r.role.eq_ignore_ascii_case(name)) {
        return Some("a role".into());
    }
    None
}

#[test]
fn frequent_person_names_are_names() {
    let out = whomet(
        &[
            "extract",
            "--input",
            "jsonl",
            "--table",
            "mentions",
            "--format",
            "jsonl",
            "-q",
            "tests/data/corpus-sample/lknews-300.jsonl",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let m: serde_json::Value = serde_json::from_str(line).expect("a JSON record");
        let e = &m["entity"];
        if e["type"] == "person" {
            if let Some(n) = e["name"].as_str() {
                *counts.entry(n.to_string()).or_default() += 1;
            }
        }
    }
    let mut names: Vec<(String, usize)> = counts.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    assert!(names.len() >= 200, "only {} person names", names.len());
    let g = Gazetteer::builtin().expect("built-in gazetteers");
    let faults: Vec<String> = names
        .iter()
        .take(200)
        .filter_map(|(n, c)| fault(&g, n).map(|f| format!("{n:?} ({c}): {f}")))
        .collect();
    assert!(
        faults.is_empty(),
        "{} of the top 200 names are no names:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn the_name_check_finds_what_it_looks_for() {
    let g = Gazetteer::builtin().expect("built-in gazetteers");
    for (name, bad) in [
        ("Ranil Wickremesinghe’s", true),
        ("Executive", true),
        ("Chief Operating", true),
        ("Manager-Enterprise Banking", true),
        ("Guest", true),
        ("president", true),
        ("Ranil Wickremesinghe", false),
        ("Abdel Fattah el-Sisi", false),
        ("Marcelo Rebelo de Sousa", false),
    ] {
        assert_eq!(fault(&g, name).is_some(), bad, "{name}");
    }
}
