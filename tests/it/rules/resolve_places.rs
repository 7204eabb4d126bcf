//! Resolver rules for places: a capital as its government or as a venue, countries and demonyms,
//! cities, provinces and border crossings.

use super::{check_mentions, Case};

const CASES: &[Case] = &[
    Case {
        name: "capital_as_government",
        text: "Tehran says it will respond to the sanctions.",
        date: None,
        mention: "Tehran",
        expect: "country: Iran | - | IR",
    },
    Case {
        name: "capital_as_venue",
        text: "The ministers met in Tehran on Monday.",
        date: None,
        mention: "Tehran",
        expect: "place: Tehran | - | IR",
    },
    Case {
        name: "capital_before_meeting_word",
        text: "The Moscow talks ended without a deal.",
        date: None,
        mention: "Moscow",
        expect: "place: Moscow | - | RU",
    },
    Case {
        name: "capital_in_dateline",
        text: "ANKARA – The ministers spoke at length.",
        date: None,
        mention: "ANKARA",
        expect: "place: Ankara | - | TR",
    },
    Case {
        name: "country_name",
        text: "Qatar will host the next round.",
        date: None,
        mention: "Qatar",
        expect: "country: Qatar | - | QA",
    },
    Case {
        name: "demonym_is_country",
        text: "Israeli officials declined to comment.",
        date: None,
        mention: "Israeli",
        expect: "country: Israel | - | IL",
    },
    Case {
        name: "country_inside_title",
        text: "The Prime Minister of India arrived in Moscow.",
        date: Some("2025-03-01"),
        mention: "India",
        expect: "country: India | - | IN",
    },
    Case {
        name: "demonym_inside_title",
        text: "Turkish Foreign Minister Hakan Fidan spoke to reporters.",
        date: Some("2025-06-01"),
        mention: "Turkish",
        expect: "country: Turkey | - | TR",
    },
    Case {
        name: "city_is_place",
        text: "Talks were held in Karachi on Monday.",
        date: None,
        mention: "Karachi",
        expect: "place: Karachi | - | PK",
    },
    Case {
        name: "province_is_place",
        text: "Militants attacked a post in Balochistan.",
        date: None,
        mention: "Balochistan",
        expect: "place: Balochistan | - | PK",
    },
    Case {
        name: "crossing_of_two_places",
        text: "Trade resumed at the Chaman-Spin Boldak border crossing yesterday.",
        date: None,
        mention: "Chaman-Spin Boldak border crossing",
        expect: "place: Chaman-Spin Boldak border crossing | - | -",
    },
    Case {
        name: "crossing_of_one_place",
        text: "Trade resumed at the Torkham border crossing.",
        date: None,
        mention: "Torkham border crossing",
        expect: "place: Torkham border crossing | - | -",
    },
];

#[test]
fn places_resolve_by_rule() {
    check_mentions("resolve_places", CASES);
}
