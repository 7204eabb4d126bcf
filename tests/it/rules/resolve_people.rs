//! Resolver rules for people: names and aliases, roles by date, surnames, titles before and
//! after a name, and people no gazetteer knows, introduced by a title.

use whomet::{Document, PartialDate};

use super::{check_mentions, extractor, Case};

const CASES: &[Case] = &[
    Case {
        name: "title_before_name",
        text: "Pakistani Interior Minister Syed Mohsin Naqvi arrived on Sunday.",
        date: Some("2025-05-01"),
        mention: "Syed Mohsin Naqvi",
        expect: "person: Mohsin Naqvi | Interior Minister | PK",
    },
    Case {
        name: "rank_before_name",
        text: "Field Marshal Asim Munir inspected the troops.",
        date: Some("2025-06-01"),
        mention: "Asim Munir",
        expect: "person: Asim Munir | Army Chief | PK",
    },
    Case {
        name: "honorific_before_name",
        text: "Sheikh Tamim bin Hamad Al Thani arrived in Ankara.",
        date: Some("2025-06-04"),
        mention: "Tamim bin Hamad Al Thani",
        expect: "person: Tamim bin Hamad Al Thani | Emir | QA",
    },
    Case {
        name: "full_name",
        text: "Sergei Lavrov arrived in Ankara.",
        date: Some("2025-06-01"),
        mention: "Sergei Lavrov",
        expect: "person: Sergei Lavrov | Foreign Minister | RU",
    },
    Case {
        name: "alias_name",
        text: "Sergey Lavrov arrived in Ankara.",
        date: Some("2025-06-01"),
        mention: "Sergey Lavrov",
        expect: "person: Sergei Lavrov | Foreign Minister | RU",
    },
    // today: ANNOTATION.md would resolve the listed alias "Xi" to Xi Jinping.
    Case {
        name: "one_word_alias_alone",
        text: "Xi spoke to reporters.",
        date: Some("2025-06-04"),
        mention: "Xi",
        expect: "-",
    },
    Case {
        name: "role_by_date_for_named_person",
        text: "Ishaq Dar spoke to reporters.",
        date: Some("2023-01-10"),
        mention: "Ishaq Dar",
        expect: "person: Ishaq Dar | Finance Minister | PK",
    },
    Case {
        name: "role_by_date_latest_tenure_start",
        text: "Ishaq Dar spoke to reporters.",
        date: Some("2025-01-10"),
        mention: "Ishaq Dar",
        expect: "person: Ishaq Dar | Deputy Prime Minister | PK",
    },
    Case {
        name: "role_latest_without_date",
        text: "Hakan Fidan spoke to reporters.",
        date: None,
        mention: "Hakan Fidan",
        expect: "person: Hakan Fidan | Foreign Minister | TR | latest",
    },
    Case {
        name: "role_none_outside_tenures",
        text: "Hakan Fidan spoke to reporters.",
        date: Some("2010-01-10"),
        mention: "Hakan Fidan",
        expect: "person: Hakan Fidan | - | TR",
    },
    Case {
        name: "surname_after_full_name",
        text: "Abbas Araghchi flew to Oman. Araghchi then met officials.",
        date: Some("2025-04-10"),
        mention: "Araghchi",
        expect: "person: Abbas Araghchi | Foreign Minister | IR",
    },
    Case {
        name: "first_name_after_patronymic_name",
        text: "Saudi Foreign Minister Faisal bin Farhan arrived. Faisal then met officials.",
        date: Some("2025-04-10"),
        mention: "Faisal",
        expect: "person: Faisal bin Farhan | Foreign Minister | SA",
    },
    Case {
        name: "surname_after_title",
        text: "President Erdogan spoke to reporters.",
        date: Some("2025-04-10"),
        mention: "Erdogan",
        expect: "person: Recep Tayyip Erdoğan | President | TR",
    },
    Case {
        name: "surname_with_country",
        text: "Russia's Lavrov spoke to reporters.",
        date: Some("2025-04-10"),
        mention: "Lavrov",
        expect: "person: Sergei Lavrov | Foreign Minister | RU",
    },
    Case {
        name: "surname_alone_left_out",
        text: "Lavrov spoke to reporters.",
        date: Some("2025-04-10"),
        mention: "Lavrov",
        expect: "-",
    },
    Case {
        name: "ambiguous_surname_left_out",
        text: "Minister Khan said the talks went well.",
        date: Some("2025-03-01"),
        mention: "Khan",
        expect: "-",
    },
    Case {
        name: "unknown_name_after_office",
        text: "Pakistan's Interior Secretary Khurram Agha attended the talks.",
        date: Some("2025-03-01"),
        mention: "Khurram Agha",
        expect: "person: Khurram Agha | Interior Secretary | PK",
    },
    Case {
        name: "unknown_name_after_honorific",
        text: "Ambassador Farida Noorzai welcomed the delegation in Kabul.",
        date: None,
        mention: "Farida Noorzai",
        expect: "person: Farida Noorzai | Ambassador | -",
    },
    Case {
        name: "unknown_surname_later",
        text: "Pakistan's Interior Secretary Khurram Agha attended. Agha said the border was calm.",
        date: None,
        mention: "Agha",
        expect: "person: Khurram Agha | Interior Secretary | PK",
    },
    Case {
        name: "title_after_unknown_name",
        text: "The talks were led by Zarina Haidari, the deputy foreign minister, and two aides.",
        date: Some("2025-03-01"),
        mention: "Zarina Haidari",
        expect: "person: Zarina Haidari | Deputy Foreign Minister | -",
    },
    Case {
        name: "unknown_name_in_comma_apposition",
        text: "Afghanistan's ambassador, Rustam Noorzad, said the border would reopen.",
        date: Some("2025-03-01"),
        mention: "Rustam Noorzad",
        expect: "person: Rustam Noorzad | Ambassador | AF",
    },
    // An envoy is of their own country, not the one they are posted to ("ambassador to
    // {posting}" in roles.csv names no country of its holder).
    Case {
        name: "unknown_name_after_office_abroad",
        text: "Turkey's ambassador to Pakistan, Irfan Neziroglu, spoke.",
        date: Some("2025-06-04"),
        mention: "Irfan Neziroglu",
        expect: "person: Irfan Neziroglu | Ambassador | TR",
    },
    Case {
        name: "title_after_name",
        text: "Ishaq Dar, Pakistan's foreign minister, arrived in Kabul.",
        date: Some("2025-03-01"),
        mention: "Ishaq Dar",
        expect: "person: Ishaq Dar | Foreign Minister | PK",
    },
    Case {
        name: "title_after_name_is_the_person",
        text: "Ishaq Dar, Pakistan's foreign minister, arrived.",
        date: Some("2025-06-04"),
        mention: "foreign minister",
        expect: "person: Ishaq Dar | Foreign Minister | PK",
    },
    Case {
        name: "one_word_of_a_name_read",
        text: "Ambassador Jiang Zaidong met the press. Mr Jiang said ties were strong.",
        date: Some("2025-03-01"),
        mention: "Jiang",
        expect: "person: Jiang Zaidong | Ambassador | -",
    },
    Case {
        name: "capitalised_generic_titles_a_name",
        text: "Later, Minister Tariq Lodhi met the press.",
        date: Some("2025-03-01"),
        mention: "Tariq Lodhi",
        expect: "person: Tariq Lodhi | - | -",
    },
    Case {
        name: "lower_case_generic_title_before_two_word_name",
        text: "Later, the minister Tariq Lodhi met the press.",
        date: Some("2025-03-01"),
        mention: "Tariq Lodhi",
        expect: "person: Tariq Lodhi | - | -",
    },
    Case {
        name: "all_caps_after_title_not_a_name",
        text: "Spokesman NEWS AGENCY said nothing.",
        date: Some("2025-03-01"),
        mention: "NEWS",
        expect: "-",
    },
    Case {
        name: "title_comma_title_name",
        text: "Chief of Army Staff, Field Marshal Asim Munir, arrived.",
        date: Some("2025-06-04"),
        mention: "Chief of Army Staff",
        expect: "person: Asim Munir | Army Chief | PK",
    },
    Case {
        name: "title_and_title_name",
        text: "Deputy Prime Minister and Foreign Minister Ishaq Dar arrived.",
        date: Some("2025-06-04"),
        mention: "Deputy Prime Minister",
        expect: "person: Ishaq Dar | Deputy Prime Minister | PK",
    },
    Case {
        name: "list_not_apposition",
        text: "Wang Yi, Iran's First Vice President Mohammad Reza Aref and others spoke.",
        date: Some("2025-06-04"),
        mention: "First Vice President",
        expect: "person: Mohammad Reza Aref | Vice President | IR",
    },
    Case {
        name: "lower_case_turkey_not_a_name",
        text: "We ate turkey and rice.",
        date: None,
        mention: "turkey",
        expect: "-",
    },
];

#[test]
fn people_resolve_by_rule() {
    check_mentions("resolve_people", CASES);
}

/// A surname several people share stays unresolved and is reported with its candidates; after
/// the full name it is that person.
#[test]
fn ambiguous_surname_is_reported_and_settled_by_a_full_name() {
    let doc = |text: &str| Document {
        id: "t".into(),
        text: text.into(),
        published: PartialDate::parse("2025-03-01"),
        url: None,
    };
    let text = "Minister Khan said the talks went well.";
    let x = extractor().extract(&doc(text));
    let start = text.find("Khan").unwrap();
    assert!(
        !x.doc.mentions.iter().any(|m| m.range.start == start),
        "\"Khan\" was resolved in {text:?}"
    );
    assert!(
        x.doc
            .ambiguous
            .iter()
            .any(|a| a.range.start == start && a.candidates.len() > 1),
        "\"Khan\" is not reported as ambiguous: {:?}",
        x.doc.ambiguous
    );
    let text = "Mousavi said the talks went well.";
    let x = extractor().extract(&doc(text));
    assert!(
        !x.doc.mentions.iter().any(|m| m.range.start == 0),
        "\"Mousavi\" alone was resolved"
    );
    let text = "Abdolrahim Mousavi arrived. Mousavi said the talks went well.";
    let x = extractor().extract(&doc(text));
    let at = text.rfind("Mousavi").unwrap();
    let m = x
        .doc
        .mentions
        .iter()
        .find(|m| m.range.start == at)
        .expect("resolved after the full name");
    assert_eq!(
        x.doc.entities[m.entity].entity.name.as_deref(),
        Some("Abdolrahim Mousavi")
    );
}
