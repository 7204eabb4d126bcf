//! Agreements: the action, the parties (states for the people who sign), the instrument's name
//! and count, and what is no agreement.

use super::{check_events, EventCase, Kind};

const AGREEMENTS: &[EventCase] = &[
    // "They" after a meeting are its sides, when the sentence's subject was one person.
    EventCase {
        name: "they_after_a_meeting_are_its_sides",
        text: "Hakan Fidan met Sergei Lavrov in Antalya. They agreed to expand trade.",
        date: Some("2025-06-04"),
        expect: &["reached TR + RU: agreement to expand trade"],
    },
    EventCase {
        name: "agreement_signed_with_count",
        text: "Pakistan and Saudi Arabia signed 12 memoranda of understanding in Riyadh.",
        date: Some("2025-06-04"),
        expect: &["signed PK + SA: memoranda of understanding (count 12)"],
    },
    EventCase {
        name: "agreement_count_word",
        text: "Turkey and Azerbaijan signed eight agreements on Monday.",
        date: Some("2025-06-04"),
        expect: &["signed TR + AZ: agreements (count 8); 2025-06-02"],
    },
    // today: ANNOTATION.md would have no count: 2015 is the year of the agreement.
    EventCase {
        name: "agreement_year_read_as_count",
        text: "Pakistan and China reaffirmed their 2015 agreement on trade.",
        date: Some("2025-06-04"),
        expect: &["reaffirmed PK + CN: agreement (count 2015)"],
    },
    EventCase {
        name: "agreement_with_each_partner",
        text: "Russia signed trade agreements with China and India.",
        date: Some("2025-06-04"),
        expect: &[
            "signed RU + CN: trade agreements",
            "signed RU + IN: trade agreements",
        ],
    },
    EventCase {
        name: "agreement_between",
        text: "Officials signed a defence pact between Turkey and Pakistan.",
        date: Some("2025-06-04"),
        expect: &["signed TR + PK: defence pact"],
    },
    EventCase {
        name: "instrument_before_cue",
        text: "The Turkey-Pakistan deal was signed by Hakan Fidan and Ishaq Dar.",
        date: Some("2025-06-04"),
        expect: &["signed TR + PK: Turkey-Pakistan deal"],
    },
    EventCase {
        name: "people_sign_for_their_states",
        text: "Hakan Fidan and Ishaq Dar signed a cooperation plan.",
        date: Some("2025-06-04"),
        expect: &["signed TR + PK: cooperation plan"],
    },
    EventCase {
        name: "state_body_signs_for_state",
        text: "The Iranian Foreign Ministry signed an agreement with Oman.",
        date: Some("2025-06-04"),
        expect: &["signed IR + OM: agreement"],
    },
    EventCase {
        name: "agreed_to_clause",
        text: "Iran and Saudi Arabia agreed to reopen their embassies within two months.",
        date: Some("2025-06-04"),
        expect: &["reached IR + SA: agreement to reopen their embassies within two months"],
    },
    EventCase {
        name: "named_agreement_parties_from_gazetteer",
        text: "Officials reaffirmed the Indus Waters Treaty.",
        date: Some("2025-06-04"),
        expect: &["reaffirmed IN + PK + World Bank: Indus Waters Treaty"],
    },
    EventCase {
        name: "sentence_countries_as_parties",
        text: "The deal signed in Ankara binds Turkey and Iraq.",
        date: Some("2025-06-04"),
        expect: &["signed TR + IQ: deal"],
    },
    EventCase {
        name: "agreement_noun_between_reached",
        text: "The recent strategic agreement between Pakistan and Saudi Arabia was praised.",
        date: Some("2025-06-04"),
        expect: &["reached PK + SA: strategic agreement"],
    },
    EventCase {
        name: "agreement_reaffirmed",
        text: "Iran and Iraq reaffirmed the security agreement in Baghdad.",
        date: Some("2025-06-04"),
        expect: &["reaffirmed IR + IQ: security agreement"],
    },
    EventCase {
        name: "agreement_negotiating",
        text: "Britain and India are negotiating a free trade agreement.",
        date: Some("2025-06-04"),
        expect: &["negotiating GB + IN: free trade agreement"],
    },
    EventCase {
        name: "agreement_proposed",
        text: "China proposed a new security pact with Pakistan.",
        date: Some("2025-06-04"),
        expect: &["proposed CN + PK: security pact"],
    },
    EventCase {
        name: "arrangement_reached",
        text: "Israel and Lebanon reached a ceasefire on Sunday.",
        date: Some("2025-06-04"),
        expect: &["reached IL + LB: ceasefire; 2025-06-01"],
    },
    EventCase {
        name: "instrument_with_bracketed_acronym",
        text: "Uzbekistan and Kazakhstan signed 5 memorandums of understanding (MoUs) in Tashkent.",
        date: Some("2025-06-04"),
        expect: &["signed UZ + KZ: memorandums of understanding (MoUs) (count 5)"],
    },
    EventCase {
        name: "chain_of_instruments",
        text: "Qatar and Turkey signed agreements and memoranda of understanding.",
        date: Some("2025-06-04"),
        expect: &["signed QA + TR: agreements and memoranda of understanding"],
    },
    EventCase {
        name: "one_party_left_out",
        text: "Turkey signed an agreement.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "negated_agreement_left_out",
        text: "Pakistan and India have not signed a new treaty.",
        date: Some("2025-06-04"),
        expect: &[],
    },
    EventCase {
        name: "planned_agreement_left_out",
        text: "Pakistan and Turkey will sign a trade agreement next month.",
        date: Some("2025-06-04"),
        expect: &[],
    },
];

#[test]
fn agreements_by_rule() {
    check_events("agreements", Kind::Agreement, AGREEMENTS);
}
