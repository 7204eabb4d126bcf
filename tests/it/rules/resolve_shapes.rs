//! Bodies and places no gazetteer lists, read from their shape: capitalised words around a head
//! noun of words.csv (`org_head`, `place_head`, `gathering_head`), and what is no such name.

use super::{check_mentions, Case};

const CASES: &[Case] = &[
    Case {
        name: "body_with_country_before_head",
        text: "The Japan International Cooperation Agency will fund the bridge.",
        date: None,
        mention: "Japan International Cooperation Agency",
        expect: "organisation: Japan International Cooperation Agency | - | JP",
    },
    Case {
        name: "body_with_demonym_before_head",
        text: "Officials of the Kenyan National Intelligence Bureau met on Monday.",
        date: None,
        mention: "Kenyan National Intelligence Bureau",
        expect: "organisation: Kenyan National Intelligence Bureau | - | KE",
    },
    Case {
        name: "country_inside_a_body_is_still_the_country",
        text: "The Japan International Cooperation Agency will fund the bridge.",
        date: None,
        mention: "Japan",
        expect: "country: Japan | - | JP",
    },
    Case {
        name: "body_with_of_tail_and_country",
        text: "A delegation of the Ministry of Energy of Turkmenistan arrived in Herat.",
        date: None,
        mention: "Ministry of Energy of Turkmenistan",
        expect: "organisation: Ministry of Energy of Turkmenistan | - | TM",
    },
    Case {
        name: "body_with_of_tail_peru",
        text: "He spoke to the Ministry of Women and Vulnerable Populations of Peru.",
        date: None,
        mention: "Ministry of Women and Vulnerable Populations of Peru",
        expect: "organisation: Ministry of Women and Vulnerable Populations of Peru | - | PE",
    },
    Case {
        name: "body_with_and_between_capitalised_words",
        text: "The Transport and Communications Agency approved the plan.",
        date: None,
        mention: "Transport and Communications Agency",
        expect: "organisation: Transport and Communications Agency | - | -",
    },
    Case {
        name: "body_around_a_known_body",
        text: "The African Union Commission called for a ceasefire in Sudan.",
        date: None,
        mention: "African Union Commission",
        expect: "organisation: African Union Commission | - | -",
    },
    Case {
        name: "tail_that_is_a_body_of_its_own_is_cut",
        text: "Talks between the Railways Agency of the Transport and Communications Agency and Kazakhstan began.",
        date: None,
        mention: "Railways Agency",
        expect: "organisation: Railways Agency | - | -",
    },
    Case {
        name: "tail_stops_at_and_the",
        text: "The Ministry of Defence and the Navy of Chile signed the plan.",
        date: None,
        mention: "Ministry of Defence",
        expect: "organisation: Ministry of Defence | - | -",
    },
    Case {
        name: "gathering_is_an_organisation_entity",
        text: "Leaders met on the sidelines of the Raisina Security Conference in Delhi.",
        date: None,
        mention: "Raisina Security Conference",
        expect: "organisation: Raisina Security Conference | - | -",
    },
    Case {
        name: "venue_ending_in_place_head",
        text: "The minister was received at Jomo Kenyatta International Airport on Monday.",
        date: None,
        mention: "Jomo Kenyatta International Airport",
        expect: "place: Jomo Kenyatta International Airport | - | -",
    },
    Case {
        name: "venue_head_first_with_tail",
        text: "The leaders met in the Great Hall of the People in Beijing.",
        date: None,
        mention: "Great Hall of the People",
        expect: "place: Great Hall of the People | - | -",
    },
    Case {
        name: "place_inside_a_place_gives_its_country",
        text: "Investors toured Colombo Port City last week.",
        date: None,
        mention: "Colombo Port City",
        expect: "place: Colombo Port City | - | LK",
    },
    Case {
        name: "region_ending_in_place_head",
        text: "Fighting spread to the Northern Province and beyond.",
        date: None,
        mention: "Northern Province",
        expect: "place: Northern Province | - | -",
    },
    Case {
        name: "centre_ending_a_name_is_a_venue",
        text: "The summit opened at the Kuala Lumpur Convention Centre on Sunday.",
        date: None,
        mention: "Kuala Lumpur Convention Centre",
        expect: "place: Kuala Lumpur Convention Centre | - | MY",
    },
    Case {
        name: "centre_opening_a_name_is_a_body",
        text: "A report by the Centre for Policy Alternatives was released.",
        date: None,
        mention: "Centre for Policy Alternatives",
        expect: "organisation: Centre for Policy Alternatives | - | -",
    },
    Case {
        name: "known_body_with_country_before_it_stays_known",
        text: "The Pakistani Foreign Office issued a statement.",
        date: Some("2025-06-04"),
        mention: "Foreign Office",
        expect: "organisation: Pakistan Foreign Office | - | PK",
    },
    Case {
        name: "lone_head_noun_is_no_name",
        text: "The Ministry said the talks were useful.",
        date: None,
        mention: "Ministry",
        expect: "-",
    },
    Case {
        name: "head_followed_by_capitalised_word_is_no_end",
        text: "Sri Lanka drew on the Extended Fund Facility of the lender.",
        date: None,
        mention: "Extended Fund",
        expect: "-",
    },
    Case {
        name: "no_name_through_a_possessive",
        text: "Officials from the IMF’s Asia Pacific Department visited Colombo.",
        date: None,
        mention: "Asia Pacific Department",
        expect: "organisation: Asia Pacific Department | - | -",
    },
    Case {
        name: "no_place_joined_by_and",
        text: "Floods hit Batticaloa and Eastern Province last week.",
        date: None,
        mention: "Eastern Province",
        expect: "place: Eastern Province | - | -",
    },
    Case {
        name: "tail_stops_at_a_title",
        text: "The City of London Lord Mayor Michael Mainelli spoke.",
        date: None,
        mention: "City of London",
        expect: "place: City of London | - | GB",
    },
    Case {
        name: "sentence_initial_common_word_is_not_part_of_the_name",
        text: "Several Agency officials resigned, and several reports said the agency was closed.",
        date: None,
        mention: "Several Agency",
        expect: "-",
    },
];

#[test]
fn shaped_names() {
    check_mentions("shapes", CASES);
}
