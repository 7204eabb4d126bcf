//! Dates of events: absolute and relative dates against the article's date, the date nearest the
//! cue, and a date of the event that picks an office's holder.

use super::{check_events, EventCase, Kind};

const MEETINGS: &[EventCase] = &[
    EventCase {
        name: "meeting_told_again_takes_the_date_before",
        text: "The Kenyan and Ugandan leaders met in Nairobi on Monday. In the meeting, William Ruto and Yoweri Museveni discussed trade.",
        date: Some("2025-06-04"),
        // today: the place told before is not carried: ANNOTATION.md would add "at Nairobi".
        expect: &["William Ruto + Yoweri Museveni; in-person; 2025-06-02"],
    },
    EventCase {
        name: "talks_told_again_takes_the_date_before",
        text: "Chile and Argentina held talks in Santiago on 4 May. During the talks, Gabriel Boric met Javier Milei.",
        date: Some("2025-06-04"),
        // today: the place told before is not carried: ANNOTATION.md would add "at Santiago".
        expect: &["Gabriel Boric + Javier Milei; in-person; 2025-05-04"],
    },
    EventCase {
        name: "no_date_carried_without_a_definite_meeting_noun",
        text: "The ministers met in Lima on Friday. Separately, Gabriel Boric met Javier Milei.",
        date: Some("2025-06-04"),
        expect: &["Gabriel Boric + Javier Milei; in-person"],
    },
    EventCase {
        name: "explicit_full_date",
        text: "Wang Yi met Ishaq Dar in Beijing on 12 May 2025.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-05-12"],
    },
    EventCase {
        name: "explicit_us_date",
        text: "Wang Yi met Ishaq Dar in Beijing on May 12, 2025.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-05-12"],
    },
    EventCase {
        name: "relative_date_on_weekday",
        text: "Wang Yi met Ishaq Dar in Beijing on Wednesday.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-04"],
    },
    EventCase {
        name: "weekday_of_publication_is_that_day",
        text: "Wang Yi met Ishaq Dar in Beijing on Friday.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-06"],
    },
    EventCase {
        name: "yesterday",
        text: "Wang Yi met Ishaq Dar in Beijing yesterday.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-05"],
    },
    EventCase {
        name: "today",
        text: "Wang Yi met Ishaq Dar in Beijing today.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-06"],
    },
    EventCase {
        name: "last_week_undated",
        text: "Wang Yi met Ishaq Dar in Beijing last week.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person"],
    },
    EventCase {
        name: "month_without_year",
        text: "Wang Yi met Ishaq Dar in Beijing in March.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-03"],
    },
    EventCase {
        name: "month_after_publication_is_last_year",
        text: "Wang Yi met Ishaq Dar in Beijing in November.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2024-11"],
    },
    EventCase {
        name: "day_and_month_without_year",
        text: "Wang Yi met Ishaq Dar in Beijing on 3 June.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-03"],
    },
    EventCase {
        name: "month_and_year",
        text: "Wang Yi met Ishaq Dar in Beijing in March 2024.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2024-03"],
    },
    EventCase {
        name: "year_alone",
        text: "Wang Yi met Ishaq Dar in Beijing in 2019.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2019"],
    },
    EventCase {
        name: "span_dated_by_first_day",
        text: "Wang Yi met Ishaq Dar in Beijing from 6 to 10 May.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-05-06"],
    },
    EventCase {
        name: "relative_without_published",
        text: "Wang Yi met Ishaq Dar in Beijing on Wednesday.",
        date: None,
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person"],
    },
    EventCase {
        name: "absolute_without_published",
        text: "Wang Yi met Ishaq Dar in Beijing on 12 May 2025.",
        date: None,
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-05-12"],
    },
    EventCase {
        name: "published_from_dateline",
        text: "June 6, 2025\nWang Yi met Ishaq Dar in Beijing on Wednesday.",
        date: None,
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-04"],
    },
    // today: ANNOTATION.md would date the meeting by "On Monday" (2025-06-02).
    EventCase {
        name: "nearest_date_to_cue",
        text: "On Monday, after talks on 1 June, Wang Yi met Ishaq Dar in Beijing.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; at Beijing; in-person; 2025-06-01"],
    },
    EventCase {
        name: "date_in_quote_ignored",
        text: "Wang Yi met Ishaq Dar, who said “we last spoke on 1 May”.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi + Ishaq Dar; in-person"],
    },
    EventCase {
        name: "event_date_picks_office_holder",
        text: "In May 2019, Pakistan's army chief met Afghanistan's president in Kabul.",
        date: Some("2025-06-06"),
        expect: &["Qamar Javed Bajwa + Ashraf Ghani; at Kabul; in-person; 2019-05"],
    },
];

const STATEMENTS: &[EventCase] = &[
    EventCase {
        name: "statement_date_next_to_verb",
        text: "Abbas Araghchi said on Monday that talks would resume.",
        date: Some("2025-06-04"),
        expect: &["Abbas Araghchi: -; 2025-06-02"],
    },
    EventCase {
        name: "statement_date_before_verb",
        text: "Wang Yi on Tuesday said ties were strong.",
        date: Some("2025-06-06"),
        expect: &["Wang Yi: -; 2025-06-03"],
    },
    EventCase {
        name: "statement_date_far_from_verb",
        text: "Abbas Araghchi said that talks, which stalled after the strikes of last year, would resume on Monday.",
        date: Some("2025-06-04"),
        expect: &["Abbas Araghchi: -"],
    },
];

const AGREEMENTS: &[EventCase] = &[
    EventCase {
        name: "agreement_at_a_meeting_takes_its_date",
        text: "Kenya's William Ruto met Yoweri Museveni in Nairobi on Monday and the two countries signed a trade agreement.",
        date: Some("2025-06-04"),
        expect: &["signed KE + UG: trade agreement; 2025-06-02"],
    },
    EventCase {
        name: "agreement_at_the_talks_told_before",
        text: "Chile and Argentina held talks in Santiago on 4 May. At the talks, Chile and Argentina signed a border agreement.",
        date: Some("2025-06-04"),
        expect: &["signed CL + AR: border agreement; 2025-05-04"],
    },
    EventCase {
        name: "agreement_day_and_month",
        text: "Pakistan and China signed a trade agreement on 14 March.",
        date: Some("2025-06-06"),
        expect: &["signed PK + CN: trade agreement; 2025-03-14"],
    },
    EventCase {
        name: "agreement_month_before_clause",
        text: "In August, Pakistan and Turkey signed a trade agreement.",
        date: Some("2025-06-04"),
        expect: &["signed PK + TR: trade agreement; 2024-08"],
    },
];

#[test]
fn dates_in_meetings() {
    check_events("dates::MEETINGS", Kind::Meeting, MEETINGS);
}

#[test]
fn dates_in_statements() {
    check_events("dates::STATEMENTS", Kind::Statement, STATEMENTS);
}

#[test]
fn dates_in_agreements() {
    check_events("dates::AGREEMENTS", Kind::Agreement, AGREEMENTS);
}
