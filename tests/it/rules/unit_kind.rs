//! Which reading wins when one name is several things in the gazetteers (`unit_kind`'s order:
//! organisation, agreement, place by rank, demonym, title), with made-up names added to the
//! built-in gazetteers.

use std::sync::OnceLock;

use serde_json::Value;
use whomet::{Extractor, Gazetteer};

use super::{check_mentions_with, Case};

/// The built-in gazetteers with made-up names that collide: an organisation and a city named
/// "Zorvan", an agreement and a city "Velta", a capital and a city "Ostrel", a country and a
/// province "Marnia" whose demonym "Marnian" is also a title.
fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        let g = Gazetteer::builtin_with(&[
            (
                "organisations.csv",
                "id,name,aliases,country,kind\ntest-zorvan-org,Zorvan,,,intergovernmental\n",
            ),
            (
                "places.csv",
                "id,name,aliases,country,kind,demonyms\n\
                 test-zorvan-city,Zorvan,,TR,city,\n\
                 test-velta-city,Velta,,TR,city,\n\
                 test-ostrel-city,Ostrel,,AZ,city,\n\
                 test-ostrel-capital,Ostrel,,AZ,capital,\n\
                 test-marnia-city,Marnia,,AZ,province,\n\
                 test-marnia-country,Marnia,,AZ,country,Marnian\n",
            ),
            (
                "agreements.csv",
                "id,name,aliases,parties,kind,signed\ntest-velta-accord,Velta,,TR|AZ,treaty,2020\n",
            ),
            (
                "roles.csv",
                "role,aliases,kind,concurrent\nEnvoy,Marnian,office,yes\n",
            ),
        ])
        .expect("the test gazetteers load");
        Extractor::new(g).expect("the test matcher builds")
    })
}

/// A mention's entity as `TYPE ID`: the id tells which of the colliding rows won.
fn type_and_id(e: &Value) -> String {
    format!(
        "{} {}",
        e["type"].as_str().unwrap_or("?"),
        e["id"].as_str().unwrap_or("?")
    )
}

const CASES: &[Case] = &[
    Case {
        name: "organisation_over_place",
        text: "Zorvan issued a statement.",
        date: None,
        mention: "Zorvan",
        expect: "organisation test-zorvan-org",
    },
    Case {
        name: "agreement_over_place",
        text: "Officials praised Velta.",
        date: None,
        mention: "Velta",
        expect: "agreement test-velta-accord",
    },
    Case {
        name: "capital_over_city",
        text: "The ministers met in Ostrel.",
        date: None,
        mention: "Ostrel",
        expect: "place test-ostrel-capital",
    },
    Case {
        name: "country_over_province",
        text: "The ministers met in Marnia.",
        date: None,
        mention: "Marnia",
        expect: "country test-marnia-country",
    },
    Case {
        name: "demonym_over_role",
        text: "The Marnian delegation arrived.",
        date: None,
        mention: "Marnian",
        expect: "country test-marnia-country",
    },
];

#[test]
fn one_name_several_things_resolves_by_precedence() {
    check_mentions_with("unit_kind", extractor(), CASES, type_and_id);
}
