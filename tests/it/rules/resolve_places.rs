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
    Case {
        name: "capital_after_the_word_capital_is_the_city",
        text: "The ministers met in Oman's capital Muscat on Sunday.",
        date: None,
        mention: "Muscat",
        expect: "place: Muscat | - | OM",
    },
    Case {
        name: "capital_on_a_route_is_the_city",
        text: "The Mombasa-Nairobi railway opened on Monday.",
        date: None,
        mention: "Nairobi",
        expect: "place: Nairobi | - | KE",
    },
    Case {
        name: "unknown_end_of_a_route_to_a_known_place",
        text: "A bus service from Kisumu to Nairobi began.",
        date: None,
        mention: "Kisumu",
        expect: "place: Kisumu | - | -",
    },
    Case {
        name: "hyphenated_pair_before_a_route_noun",
        text: "Work on the Kisumu-Busia road began.",
        date: None,
        mention: "Busia",
        expect: "place: Busia | - | -",
    },
    Case {
        name: "hyphenated_pairs_after_between",
        text: "A check post opened between Rupaidiha-Nepalgunj and Sunauli-Bhairahawa.",
        date: None,
        mention: "Sunauli",
        expect: "place: Sunauli | - | -",
    },
    Case {
        name: "weekdays_are_no_route",
        text: "Offices open from Monday to Friday in Nairobi.",
        date: None,
        mention: "Monday",
        expect: "-",
    },
    Case {
        name: "double_surname_is_no_route",
        text: "Sarah Smith-Jones said the road was closed.",
        date: None,
        mention: "Smith",
        expect: "-",
    },
    Case {
        name: "country_goes_by_its_fullest_written_name",
        text: "The Republic of Colombia and Colombia's neighbours signed.",
        date: None,
        mention: "Colombia",
        expect: "country: Republic of Colombia | - | CO",
    },
    Case {
        name: "country_goes_by_the_name_written_when_it_is_not_the_gazetteer_s",
        text: "A first agreement was signed with Britain in January.",
        date: None,
        mention: "Britain",
        expect: "country: Britain | - | GB",
    },
    Case {
        name: "an_abbreviation_does_not_rename_a_country",
        text: "A first agreement was signed with the UK in January.",
        date: None,
        mention: "UK",
        expect: "country: United Kingdom | - | GB",
    },
];

#[test]
fn places_resolve_by_rule() {
    check_mentions("resolve_places", CASES);
}
