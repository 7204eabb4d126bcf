//! People read from where names stand, and spellings of known names: a lower-case title before
//! a name of two words, a title's tail before a name, initials inside a name, honorifics of
//! every region, and transliteration variants of gazetteer names.

use super::{check_mentions, Case};

const CASES: &[Case] = &[
    Case {
        name: "lower_case_counterpart_before_two_word_name",
        text: "Ruto thanked his Ugandan counterpart Jessica Alupo Nantege for the visit.",
        date: Some("2025-06-04"),
        mention: "Jessica Alupo Nantege",
        expect: "person: Jessica Alupo Nantege | - | UG",
    },
    Case {
        name: "lower_case_leader_before_two_word_name",
        text: "The talks included opposition leader Sajith Premadasa and others.",
        date: Some("2025-06-04"),
        mention: "Sajith Premadasa",
        expect: "person: Sajith Premadasa | - | -",
    },
    Case {
        name: "lower_case_title_before_one_word_is_no_name",
        text: "He met the counterpart Monday and the leader Kamau.",
        date: Some("2025-06-04"),
        mention: "Kamau",
        expect: "-",
    },
    Case {
        name: "title_tail_closed_by_a_country",
        text: "The delegation was led by the Minister of Mines and Petroleum of Angola Diamantino Azevedo.",
        date: Some("2024-06-04"),
        mention: "Diamantino Azevedo",
        expect: "person: Diamantino Azevedo | - | AO",
    },
    Case {
        name: "title_tail_closed_by_a_portfolio_word",
        text: "Peru's Minister of Mining Rómulo Mucho met investors.",
        date: Some("2024-06-04"),
        mention: "Rómulo Mucho",
        // today: the country before the title does not reach a name after its tail.
        expect: "person: Rómulo Mucho | - | -",
    },
    Case {
        name: "title_tail_then_comma_apposition",
        text: "The Secretary General of the Andean Community, Marisol Quintero Ruiz, arrived.",
        date: Some("2024-06-04"),
        mention: "Marisol Quintero Ruiz",
        expect: "person: Marisol Quintero Ruiz | - | -",
    },
    Case {
        name: "title_tail_needs_two_name_words",
        text: "The Minister of Energy Ahmed said nothing.",
        date: Some("2024-06-04"),
        mention: "Ahmed",
        expect: "-",
    },
    Case {
        name: "initial_inside_a_name",
        text: "The Honourable Philip J. Pierre, Prime Minister of Saint Lucia, spoke.",
        date: Some("2024-06-04"),
        mention: "Philip J. Pierre",
        expect: "person: Philip J. Pierre | Prime Minister | LC",
    },
    Case {
        name: "two_honorifics_before_a_name",
        text: "Dr. The Honourable Keith Rowley addressed the summit.",
        date: Some("2024-06-04"),
        mention: "Keith Rowley",
        expect: "person: Keith Rowley | Prime Minister | TT",
    },
    Case {
        name: "malaysian_honorific_is_no_name_word",
        text: "Datuk Seri Azalina Othman Said chaired the meeting.",
        date: Some("2024-06-04"),
        mention: "Azalina Othman Said",
        expect: "person: Azalina Othman Said | - | -",
    },
    Case {
        name: "title_words_are_no_name",
        text: "He met Chief Operating Officer Aamir Khan and Chief Cabinet Secretary Yoshimasa Hayashi.",
        date: Some("2024-06-04"),
        mention: "Operating",
        expect: "-",
    },
    Case {
        name: "variant_spelling_of_a_known_name",
        text: "Ukrainian President Volodymyr Zelenskyy arrived in Warsaw.",
        date: Some("2024-06-04"),
        mention: "Volodymyr Zelenskyy",
        expect: "person: Volodymyr Zelensky | President | UA",
    },
    Case {
        name: "variant_with_article_and_joined_given_names",
        text: "Egyptian President Abdelfatah al-Sisi received the delegation.",
        date: Some("2024-06-04"),
        mention: "Abdelfatah al-Sisi",
        expect: "person: Abdel Fattah el-Sisi | President | EG",
    },
    Case {
        name: "variant_of_a_vowel",
        text: "Turkish President Recep Tayip Erdogan met the mediators.",
        date: Some("2024-03-04"),
        mention: "Recep Tayip Erdogan",
        expect: "person: Recep Tayyip Erdoğan | President | TR",
    },
    Case {
        name: "lone_surname_of_a_named_country",
        text: "Germany signed the pact with Ukraine. \u{201c}It is a historic step,\u{201d} said Scholz.",
        date: Some("2024-02-16"),
        mention: "Scholz",
        expect: "person: Olaf Scholz | Chancellor | DE",
    },
    Case {
        name: "lone_surname_of_a_country_not_named_is_nobody",
        text: "Pakistan and India held talks. \u{201c}We are ready,\u{201d} said Ruto.",
        date: Some("2024-02-16"),
        mention: "Ruto",
        expect: "-",
    },
    Case {
        name: "lone_surname_out_of_office_on_the_date_is_nobody",
        text: "Kenya and Uganda held talks. \u{201c}We are ready,\u{201d} said Ruto.",
        date: Some("2015-02-16"),
        mention: "Ruto",
        expect: "-",
    },
    Case {
        name: "name_after_a_person_noun",
        text: "The death of opposition figure Alexei Navalny sparked reactions.",
        date: None,
        mention: "Alexei Navalny",
        expect: "person: Alexei Navalny | - | -",
    },
    Case {
        name: "names_listed_after_a_person_noun",
        text: "Hamas leaders, Moussa Abu Marzouk and Zaher Jabarin, arrived in Doha.",
        date: None,
        mention: "Zaher Jabarin",
        expect: "person: Zaher Jabarin | - | -",
    },
    Case {
        name: "names_after_including_near_a_person_noun",
        text: "He met Tamil leaders from the Northern Province, including Selvam Adaikalanathan and Ravi Karunanayake.",
        date: None,
        mention: "Selvam Adaikalanathan",
        expect: "person: Selvam Adaikalanathan | - | -",
    },
    Case {
        name: "a_weekday_after_a_person_noun_is_no_name",
        text: "The leaders Friday agreed to meet again.",
        date: None,
        mention: "Friday",
        expect: "-",
    },
    Case {
        name: "including_a_country_is_no_person",
        text: "Several activists from the region, including Kenya Ruto, attended.",
        date: None,
        mention: "Kenya",
        expect: "country: Kenya | - | KE",
    },
    Case {
        name: "title_with_a_tail_then_a_name_is_a_list",
        text: "It was attended by Premitha Tennakoon, Commander of the Sri Lanka Navy Vice Admiral Priyantha Perera, and others.",
        date: None,
        mention: "Priyantha Perera",
        expect: "person: Priyantha Perera | Commander | -",
    },
    Case {
        name: "first_name_jan_is_a_name",
        text: "Interior Minister Jan Kowalski said the border was safe.",
        date: None,
        mention: "Jan Kowalski",
        expect: "person: Jan Kowalski | Interior Minister | -",
    },
    Case {
        name: "name_in_apposition_to_a_person_noun",
        text: "“It is a mistake,” said Maria Lopez, a researcher at the University of Chile.",
        date: None,
        mention: "Maria Lopez",
        expect: "person: Maria Lopez | - | -",
    },
    Case {
        name: "name_in_apposition_to_a_generic_title",
        text: "Hussein al-Ezzi, a Houthi official in their Foreign Ministry, said the attack was illegal.",
        date: None,
        mention: "Hussein al-Ezzi",
        expect: "person: Hussein al-Ezzi | - | -",
    },
    Case {
        name: "apposition_with_qualifiers_is_the_person",
        text: "Maria Lopez, a senior Colombian official, said talks would resume.",
        date: None,
        mention: "official",
        expect: "person: Maria Lopez | - | CO",
    },
    Case {
        name: "no_name_before_an_apposition_of_one_word",
        text: "Lopez, a senior Colombian official, said talks would resume.",
        date: None,
        mention: "Lopez",
        expect: "-",
    },
    Case {
        name: "initial_inside_an_unknown_name_after_a_title",
        text: "Deputy Secretary Richard R. Verma met the president. Verma said talks went well.",
        date: None,
        mention: "Verma",
        expect: "person: Richard R. Verma | - | -",
    },
    Case {
        name: "known_name_written_with_an_initial",
        text: "Prime Minister Ralph E. Gonsalves spoke in Kingstown.",
        date: Some("2024-06-04"),
        mention: "Ralph E. Gonsalves",
        expect: "person: Ralph Gonsalves | Prime Minister | VC",
    },
];

#[test]
fn names_by_shape_and_variants() {
    check_mentions("names", CASES);
}

/// An unknown person, body or place gets an id from its type, country and name: the same in
/// every document, and never a gazetteer's.
#[test]
fn unknown_entities_have_stable_ids() {
    let ids = |text: &str| -> Vec<String> {
        super::mentions(super::extractor(), text, Some("2024-06-04"))
            .iter()
            .filter_map(|m| m["entity"]["id"].as_str().map(String::from))
            .collect()
    };
    let a = ids("Kenya's Cabinet Secretary for Mining Hassan Joho Ali met the Japan International Cooperation Agency team.");
    let b = ids("The Japan International Cooperation Agency said Kenya's Cabinet Secretary for Mining Hassan Joho Ali would visit.");
    let want = "~organisation/jp/japan-international-cooperation-agency";
    assert!(a.iter().any(|i| i == want), "{want} not in {a:?}");
    assert!(b.iter().any(|i| i == want), "{want} not in {b:?}");
    let person_a: Vec<&String> = a.iter().filter(|i| i.starts_with("~person/")).collect();
    let person_b: Vec<&String> = b.iter().filter(|i| i.starts_with("~person/")).collect();
    assert!(!person_a.is_empty(), "no unknown person in {a:?}");
    assert_eq!(person_a.first(), person_b.first());
}
