//! Who acts in a sentence: the subject rules, and what pronouns and group words stand for,
//! read through the statements, agreements and meetings they give.

use super::{check_events, EventCase, Kind};

const STATEMENTS: &[EventCase] = &[
    EventCase {
        name: "subject_before_cue",
        text: "Wang Yi said China would support the talks.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi: -"],
    },
    EventCase {
        name: "subject_list_joined_by_and",
        text: "Ishaq Dar and Wang Yi stressed the need for calm.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar: -", "Wang Yi: -"],
    },
    EventCase {
        name: "participle_takes_clause_subject",
        text: "Hakan Fidan told reporters in Ankara, describing the talks as useful.",
        date: Some("2025-06-04"),
        expect: &["Hakan Fidan: -"],
    },
    EventCase {
        name: "participle_opening_takes_main_subject",
        text: "Highlighting the risks, Wang Yi said calm was needed.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi: -"],
    },
    EventCase {
        name: "shared_subject_after_and",
        text: "Ishaq Dar spoke in Beijing and stressed that ties were strong.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar: -"],
    },
    EventCase {
        name: "reported_clause_start",
        text: "Sergei Lavrov said Iran and Pakistan have agreed to expand trade.",
        date: Some("2025-06-04"),
        expect: &["Sergei Lavrov: -"],
    },
    EventCase {
        name: "subordinate_clause_subject",
        text: "Trade grew as Pakistan and Turkey emphasised cooperation.",
        date: Some("2025-06-04"),
        expect: &["PK: -", "TR: -"],
    },
    EventCase {
        name: "relative_antecedent",
        text: "Hakan Fidan, who was visiting Baku, said peace was close.",
        date: Some("2025-06-04"),
        expect: &["Hakan Fidan: -"],
    },
    EventCase {
        name: "and_clause_after_comma",
        text: "Abbas Araghchi, and Hakan Fidan, said peace was close.",
        date: Some("2025-06-04"),
        expect: &["Abbas Araghchi: -", "Hakan Fidan: -"],
    },
    EventCase {
        name: "postposed_subject_after_clause",
        text: "Talks will resume soon, said Hakan Fidan.",
        date: Some("2025-06-04"),
        expect: &["Hakan Fidan: -"],
    },
    EventCase {
        name: "unknown_subject_gives_no_speaker",
        text: "Iran will respond, the newspaper said.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "pronoun_latest_speaker",
        text: "Sergei Lavrov spoke in Ankara. He said the war must end.",
        date: Some("2025-06-04"),
        expect: &["Sergei Lavrov: -"],
    },
    EventCase {
        name: "pronoun_last_subject",
        text: "S. Jaishankar arrived in Moscow on Monday. He stressed that ties were strong.",
        date: Some("2025-06-04"),
        expect: &["S. Jaishankar: -"],
    },
    EventCase {
        name: "pronoun_without_antecedent",
        text: "He said the talks went well.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "they_last_plural",
        text: "Pakistan and Turkey held talks in Ankara on Monday. They said trade must grow.",
        date: Some("2025-06-04"),
        expect: &["PK: -", "TR: -"],
    },
    EventCase {
        name: "both_countries_recent",
        text: "Pakistan signed deals with Turkey. Both countries said trade must grow.",
        date: Some("2025-06-04"),
        expect: &["TR: -", "PK: -"],
    },
    EventCase {
        name: "both_sides_latest_meeting",
        text: "Ishaq Dar met Hakan Fidan in Ankara. Both sides stressed the need for trade.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar: -", "Hakan Fidan: -"],
    },
    EventCase {
        name: "two_ministers_recent_people",
        text: "Ishaq Dar spoke. Hakan Fidan spoke. The two ministers said trade would grow.",
        date: Some("2025-06-04"),
        expect: &["Hakan Fidan: -", "Ishaq Dar: -"],
    },
];

const AGREEMENTS: &[EventCase] = &[EventCase {
    name: "both_sides_between_pair",
    text: "Talks between Pakistan and Afghanistan ended. Both sides agreed to extend the truce.",
    date: Some("2025-06-04"),
    expect: &["reached PK + AF: truce"],
}];

const MEETINGS: &[EventCase] = &[
    EventCase {
        name: "the_country_other_than_own",
        text: "Ishaq Dar praised Iran and Pakistan. Ishaq Dar visited the country on Monday.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar + IR; at Iran; in-person; 2025-06-02"],
    },
    EventCase {
        name: "the_country_latest",
        text: "Ishaq Dar praised Iran. He visited the neighbouring country on Monday.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar + IR; at Iran; in-person; 2025-06-02"],
    },
    EventCase {
        name: "possessive_owner",
        text: "Abbas Araghchi's meeting with Hakan Fidan lasted two hours.",
        date: Some("2025-06-04"),
        expect: &["Abbas Araghchi + Hakan Fidan; in-person"],
    },
    EventCase {
        name: "dateline_not_a_party",
        text: "ISLAMABAD, June 3 (Reuters) - Ishaq Dar met Wang Yi on Tuesday.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar + Wang Yi; in-person; 2025-06-03"],
    },
];

#[test]
fn subjects_in_statements() {
    check_events("subjects::STATEMENTS", Kind::Statement, STATEMENTS);
}

#[test]
fn subjects_in_agreements() {
    check_events("subjects::AGREEMENTS", Kind::Agreement, AGREEMENTS);
}

#[test]
fn subjects_in_meetings() {
    check_events("subjects::MEETINGS", Kind::Meeting, MEETINGS);
}
