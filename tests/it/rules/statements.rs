//! Statements: quotations and reported speech, who is the speaker, and what is no statement.

use super::{check_events, EventCase, Kind};

const STATEMENTS: &[EventCase] = &[
    EventCase {
        name: "said_with_quote",
        text: "Sergei Lavrov said: “The door remains open.”",
        date: Some("2025-06-04"),
        expect: &["Sergei Lavrov: 'The door remains open'"],
    },
    // Frames: every inflection of a speech verb; a base form needs a named subject and no
    // hedge, and a verb that is mostly a noun with -s ("remarks") has no -s form.
    EventCase {
        name: "frame_base_form_named_subject",
        text: "Turkish officials say the border will reopen.",
        date: Some("2025-06-04"),
        expect: &["TR: -"],
    },
    EventCase {
        name: "frame_base_form_they_left_out",
        text: "They say the border will reopen.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "frame_base_form_hedged_left_out",
        text: "Hakan Fidan will say more on Friday.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "frame_third_person",
        text: "Wang Yi stresses that China will support the talks.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi: -"],
    },
    EventCase {
        name: "frame_noun_verb_plural_is_no_speech",
        text: "Sergei Lavrov's remarks drew criticism in Kyiv.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "frame_issued_a_statement_takes_the_quote_after",
        text: "At the end of the visit, Kristalina Georgieva issued the following statement: “We held productive discussions with the authorities.”",
        date: Some("2025-06-04"),
        expect: &["Kristalina Georgieva: 'We held productive discussions with the authorities'"],
    },
    EventCase {
        name: "reported_speech",
        text: "Wang Yi said China would support the talks.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi: -"],
    },
    // A quotation before the verb: its speaker stands after it.
    EventCase {
        name: "postposed_said",
        text: "“We are ready to help,” said Hakan Fidan.",
        date: Some("2025-06-04"),
        expect: &["Hakan Fidan: 'We are ready to help'"],
    },
    // The word before a closing quotation mark is no preposition of the name after it.
    EventCase {
        name: "quote_then_name_said",
        text: "“Peace is near,” Sergei Lavrov said.",
        date: Some("2025-06-04"),
        expect: &["Sergei Lavrov: 'Peace is near'"],
    },
    // "told" takes its listener after it, never its speaker.
    EventCase {
        name: "told_takes_a_listener",
        text: "Sri Lanka told to cut rates by the IMF.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    // A title after the verb resolves to its holder.
    EventCase {
        name: "postposed_said_title",
        text: "“We are ready to help,” said the Turkish Foreign Minister.",
        date: Some("2025-06-04"),
        expect: &["Hakan Fidan: 'We are ready to help'"],
    },
    EventCase {
        name: "continuation_quote",
        text: "Wang Yi said the talks had gone well. “Both sides showed good will and patience throughout.”",
        date: Some("2025-06-04"),
        expect: &["Wang Yi: -", "Wang Yi: 'Both sides showed good will and patience throughout'"],
    },
    EventCase {
        name: "quote_alone_without_speaker",
        text: "“Both sides showed good will and patience throughout.”",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "quoted_name_not_a_quote",
        text: "Asim Munir praised “Operation Bunyan” at the ceremony.",
        date: Some("2025-06-04"),
        expect: &["Asim Munir: -"],
    },
    EventCase {
        name: "two_quotes_two_statements",
        text: "Wang Yi said “the region needs peace” and called the strikes “a grave mistake”.",
        date: Some("2025-06-04"),
        expect: &["Wang Yi: 'the region needs peace'", "Wang Yi: 'a grave mistake'"],
    },
    EventCase {
        name: "joint_statement_per_speaker",
        text: "Sergei Lavrov and Wang Yi said in a joint statement: “The strikes must stop.”",
        date: Some("2025-06-04"),
        expect: &[
            "Sergei Lavrov: 'The strikes must stop'",
            "Wang Yi: 'The strikes must stop'",
        ],
    },
    EventCase {
        name: "called_on_to_act_is_a_statement",
        text: "Ishaq Dar called on Afghanistan to act against militants.",
        date: Some("2025-06-04"),
        expect: &["Ishaq Dar: -"],
    },
    EventCase {
        name: "negated_statement_left_out",
        text: "Hakan Fidan did not say when talks would resume.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "body_that_speaks_is_that_body",
        text: "The Iranian Foreign Ministry said the strikes were illegal.",
        date: Some("2025-06-04"),
        expect: &["Iranian Foreign Ministry: -"],
    },
    EventCase {
        name: "unlisted_body_that_speaks_is_that_body",
        text: "The Kenyan Ministry of Mining said the licences were suspended.",
        date: Some("2025-06-04"),
        expect: &["Kenyan Ministry of Mining: -"],
    },
    EventCase {
        name: "embassy_that_speaks_is_that_body",
        text: "The Chilean Embassy in Lima said the visit was postponed.",
        date: Some("2025-06-04"),
        expect: &["Chilean Embassy: -"],
    },
    EventCase {
        name: "capital_speaks_for_state",
        text: "Moscow says the sanctions are illegal.",
        date: Some("2025-06-04"),
        expect: &["RU: -"],
    },
    EventCase {
        name: "demonym_with_state_noun_speaks",
        text: "The Pakistani government said the border would reopen.",
        date: Some("2025-06-04"),
        expect: &["PK: -"],
    },
    EventCase {
        name: "demonym_with_authorities_speaks",
        text: "Pakistani authorities said the border would reopen.",
        date: Some("2025-06-04"),
        expect: &["PK: -"],
    },
    EventCase {
        name: "declined_to_comment_left_out",
        text: "Israeli officials declined to comment.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "agreement_cue_not_statement",
        text: "Pakistan and China reaffirmed their 2015 agreement on trade.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    // today: ANNOTATION.md would give Sergei Lavrov ("X quoted Y as saying" gives Y).
    EventCase {
        name: "quoted_as_saying",
        text: "Tass quoted Sergei Lavrov as saying that talks would go on.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    // today: ANNOTATION.md would give Hakan Fidan ("according to Y" gives Y).
    EventCase {
        name: "according_to",
        text: "According to Hakan Fidan, the talks went well.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "speaker_named_before_an_apposition",
        text: "Maria Lopez, a senior Colombian official, said talks would resume.",
        date: Some("2025-06-04"),
        expect: &["Maria Lopez: -"],
    },
];

#[test]
fn statements_by_rule() {
    check_events("statements", Kind::Statement, STATEMENTS);
}
