//! `words.csv`: the domain word lists the rules read (state nouns, venue nouns, group words, mode
//! hints…), one `class,word` row a word, so that `--gazetteers` can teach them without a rebuild.
//!
//! Grammar (prepositions, determiners, pronouns) is not here: it lives in `text::lexicon`.

use std::collections::HashSet;

use crate::fnv::FnvSet;

use anyhow::{bail, Result};

use super::table::Table;
use super::Source;

/// The classes of `words.csv`. Each names what its words do in the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// Nouns after a demonym or capital that make it stand for a state acting ("Iranian officials").
    StateNoun,
    /// Words after a place that make it a border crossing ("Taftan border crossing").
    CrossingNoun,
    /// Nouns after a capital that make it the venue of something, not a government ("the Doha talks").
    VenueNoun,
    /// Words that may stand between a country and a title ("Iran's top military commander").
    TitleModifier,
    /// Nouns of "both countries", "the two neighbours": the two countries of the article.
    PairCountries,
    /// Nouns of "both sides", "the two delegations".
    PairSides,
    /// Nouns of "the two ministers", "both army chiefs": the two people last named.
    PairPeople,
    /// Adjectives of "the neighbouring country", "the host country".
    OneCountry,
    /// Words skipped between a preposition and the noun phrase after it ("with the late …").
    SkippedModifier,
    /// Verbs after a name that make it the subject of speech ("Naqvi said").
    SpeechVerb,
    /// Substrings of a sentence that make its meeting a phone call.
    PhoneHint,
    /// Substrings of a sentence that make its meeting virtual.
    VirtualHint,
    /// Adjectives between a determiner and a meeting noun ("an important meeting").
    MeetingAdjective,
    /// Verbs that hold a meeting ("held talks").
    HoldVerb,
    /// Nouns an attendance cue must be about ("attended the meetings").
    AttendedNoun,
    /// Adjectives that describe an agreement without naming it ("the recent agreement").
    VagueAgreementModifier,
    /// Verbs after which a place is where something happens ("visited Tehran"), as a locative
    /// preposition makes it.
    VisitVerb,
    /// Verbs that make the event after them planned, hoped for or failed, not told ("plans to visit").
    PlanVerb,
    /// Participles before "by" whose agent leads the noun phrase before them, and acts for it
    /// ("a delegation led by X met Y", "the IMF team, headed by X, met Y").
    LeadVerb,
    /// Verbs of `frames.csv` that are nouns more often when bare or with -s ("remark", "post"):
    /// those forms are no cues, their past and -ing forms are ("remarked", "posting").
    NounVerb,
    /// Organisation kinds that report and never meet: "speaking to The Economist" is an
    /// interview, not a meeting ("news-agency").
    PressKind,
    /// Organisation kinds (organisations.csv `kind`) whose speech is the state's ("ministry").
    StateBodyKind,
    /// Organisation kinds that are part of a rank's title, not bodies of their own ("military").
    TitleOrgKind,
    /// Capitalised head nouns that end or open the name of a body no gazetteer lists ("Japan
    /// International Cooperation Agency", "Ministry of Energy of Turkmenistan").
    OrgHead,
    /// Head nouns of bodies posted somewhere, whose names go on with "in" or "to" and a place
    /// ("African Union Mission in Somalia", "EU Delegation to Pakistan").
    PostedHead,
    /// Lower-case nouns of a facility that name a place with the capitalised name before them
    /// ("Orly airport", "the Turgundi railway station").
    FacilityNoun,
    /// Lower-case nouns of a route after a hyphenated pair of names, which makes its unknown
    /// parts places ("the Turgundi-Sanabar railway segment").
    RouteNoun,
    /// Capitalised head nouns that end or open the name of a place or venue no gazetteer lists
    /// ("Bandaranaike International Airport", "Eastern Province", "Great Hall of the People").
    PlaceHead,
    /// Capitalised head nouns of gatherings: named like bodies, but they neither speak nor meet
    /// ("Munich Security Conference", "World Economic Forum").
    GatheringHead,
    /// Words that name a minister's portfolio and may close a title's tail before a name
    /// ("Minister of Investment Khalid Al-Falih").
    Portfolio,
    /// Lower-case nouns that, after a demonym or a country, name a body of that state ("the
    /// Russian military", "Ghana's navy", "the Kenyan embassy"): an organisation, not the state.
    BodyNoun,
    /// Lower-case nouns of a kind of place: "the town of X", "the port of X" make X a place.
    PlaceNoun,
    /// Countries (ISO codes, lower case) whose people's names the English press writes family
    /// name first ("Xi Jinping", "Yoon Suk Yeol", "Hun Manet"): the first word stands alone.
    FamilyNameFirst,
    /// Lower-case nouns for a person that a name may follow ("opposition figure Alexei
    /// Navalny", "two senior leaders, Khaled Meshal and Khalil al Haya"): that name is a person.
    PersonNoun,
    /// Capitalised words that are never a person's name, though they stand where names do
    /// (after a title: "Chief Operating Officer", "Chief Cabinet Secretary").
    NotName,
    /// Function words whose share of a paragraph's words tells running text from furniture ("the").
    StopWord,
    /// A paragraph that is one of these (digits and punctuation aside) opens a comment form: the
    /// article ends before it ("leave a reply", "3 comments").
    CommentWall,
    /// A paragraph that starts with one of these (alone, or before `:`) is page furniture inside
    /// the article, dropped alone ("also read", "related"); alone, the headlines after it too.
    AsideMarker,
    /// A short paragraph that starts or ends with one of these (before `:` or in brackets) is a
    /// picture caption or credit, dropped alone ("photo", "file photo").
    CaptionMarker,
}

/// Every class with its name in the file, in the order the README documents them.
pub const CLASSES: [(WordClass, &str); 39] = [
    (WordClass::StateNoun, "state_noun"),
    (WordClass::CrossingNoun, "crossing_noun"),
    (WordClass::VenueNoun, "venue_noun"),
    (WordClass::TitleModifier, "title_modifier"),
    (WordClass::PairCountries, "pair_countries"),
    (WordClass::PairSides, "pair_sides"),
    (WordClass::PairPeople, "pair_people"),
    (WordClass::OneCountry, "one_country"),
    (WordClass::SkippedModifier, "skipped_modifier"),
    (WordClass::SpeechVerb, "speech_verb"),
    (WordClass::PhoneHint, "phone_hint"),
    (WordClass::VirtualHint, "virtual_hint"),
    (WordClass::MeetingAdjective, "meeting_adjective"),
    (WordClass::HoldVerb, "hold_verb"),
    (WordClass::AttendedNoun, "attended_noun"),
    (
        WordClass::VagueAgreementModifier,
        "vague_agreement_modifier",
    ),
    (WordClass::VisitVerb, "visit_verb"),
    (WordClass::PlanVerb, "plan_verb"),
    (WordClass::LeadVerb, "lead_verb"),
    (WordClass::NounVerb, "noun_verb"),
    (WordClass::PressKind, "press_kind"),
    (WordClass::StateBodyKind, "state_body_kind"),
    (WordClass::TitleOrgKind, "title_org_kind"),
    (WordClass::OrgHead, "org_head"),
    (WordClass::PostedHead, "posted_head"),
    (WordClass::PlaceHead, "place_head"),
    (WordClass::FacilityNoun, "facility_noun"),
    (WordClass::RouteNoun, "route_noun"),
    (WordClass::GatheringHead, "gathering_head"),
    (WordClass::Portfolio, "portfolio"),
    (WordClass::BodyNoun, "body_noun"),
    (WordClass::PlaceNoun, "place_noun"),
    (WordClass::FamilyNameFirst, "family_name_first"),
    (WordClass::PersonNoun, "person_noun"),
    (WordClass::NotName, "not_name"),
    (WordClass::StopWord, "stop_word"),
    (WordClass::CommentWall, "comment_wall"),
    (WordClass::AsideMarker, "aside_marker"),
    (WordClass::CaptionMarker, "caption_marker"),
];

impl WordClass {
    /// The class a `class` cell names.
    pub fn parse(s: &str) -> Option<WordClass> {
        CLASSES.iter().find(|(_, n)| *n == s).map(|(c, _)| *c)
    }

    /// The class's name in `words.csv`.
    pub fn name(self) -> &'static str {
        CLASSES[self.index()].1
    }

    fn index(self) -> usize {
        CLASSES
            .iter()
            .position(|(c, _)| *c == self)
            .expect("every class is in CLASSES")
    }
}

/// One row of `words.csv`: a word of a class, or (a word written `-word` in a later layer) the
/// removal of a word an earlier layer gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WordRow {
    pub class: WordClass,
    pub word: String,
    pub remove: bool,
}

/// The word lists, by class: each in file order (longer phrases first where one list is tried
/// in order), and as a set for membership.
#[derive(Debug, Clone, Default)]
pub struct Words {
    lists: Vec<Vec<String>>,
    sets: Vec<FnvSet<String>>,
}

impl Words {
    /// Builds the lists from the rows of every layer, in order.
    pub(super) fn from_rows(rows: &[WordRow]) -> Words {
        let mut lists: Vec<Vec<String>> = vec![Vec::new(); CLASSES.len()];
        for r in rows {
            let list = &mut lists[r.class.index()];
            list.retain(|w| *w != r.word);
            if !r.remove {
                list.push(r.word.clone());
            }
        }
        for list in &mut lists {
            // Stable: among phrases of one length, file order stays.
            list.sort_by_key(|w| std::cmp::Reverse(w.split_whitespace().count()));
        }
        let sets = lists.iter().map(|l| l.iter().cloned().collect()).collect();
        Words { lists, sets }
    }

    /// The words of `class`, lower case; phrases of more words before those of fewer.
    pub fn list(&self, class: WordClass) -> &[String] {
        self.lists.get(class.index()).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` (lower case) is one of `class`.
    pub fn contains(&self, class: WordClass, word: &str) -> bool {
        self.sets
            .get(class.index())
            .is_some_and(|s| s.contains(word))
    }

    /// The words of `class` as a regex alternation (`(?:a|b c)`), escaped, longer phrases first.
    pub fn alternation(&self, class: WordClass) -> String {
        let words: Vec<String> = self.list(class).iter().map(|w| regex::escape(w)).collect();
        format!("(?:{})", words.join("|"))
    }
}

/// Parses `words.csv`: a known class, a word of at least two characters, no row twice.
pub(super) fn parse_words(src: &Source) -> Result<Vec<WordRow>> {
    let t = Table::parse(&src.name, &src.text, &["class", "word"])?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in t.rows() {
        let class_text = row.required("class")?;
        let Some(class) = WordClass::parse(&class_text) else {
            let names: Vec<&str> = CLASSES.iter().map(|(_, n)| *n).collect();
            bail!(
                "{}: class {class_text:?} is not one of {}",
                row.at("class"),
                names.join(", ")
            );
        };
        let cell = row.required("word")?;
        let (remove, word) = match cell.strip_prefix('-') {
            Some(w) => (true, w.trim().to_lowercase()),
            None => (false, cell.to_lowercase()),
        };
        if word.chars().count() < 2 {
            bail!(
                "{}: word {cell:?} is shorter than two characters",
                row.at("word")
            );
        }
        if !seen.insert((class, word.clone())) {
            bail!(
                "{}: {:?} is already a word of class {}",
                row.at("word"),
                word,
                class.name()
            );
        }
        out.push(WordRow {
            class,
            word,
            remove,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<WordRow>> {
        parse_words(&Source {
            name: "words.csv".into(),
            text: text.into(),
        })
    }

    #[test]
    fn bad_rows_are_refused_with_file_line_and_column() {
        // (name, file body after the header, the message's start)
        let cases = [
            (
                "unknown_class",
                "state_nouns,forces\n",
                "words.csv:2:1: class \"state_nouns\"",
            ),
            (
                "one_character_word",
                "state_noun,x\n",
                "words.csv:2:2: word \"x\" is shorter",
            ),
            (
                "duplicate_row",
                "state_noun,forces\nstate_noun,Forces\n",
                "words.csv:3:2: \"forces\" is already",
            ),
            ("empty_word", "state_noun,\n", "words.csv:2:2"),
        ];
        for (name, body, want) in cases {
            let err = parse(&format!("class,word\n{body}")).expect_err(name);
            assert!(
                format!("{err:#}").starts_with(want),
                "{name}: {err:#} does not start with {want}"
            );
        }
    }

    #[test]
    fn later_layers_add_and_remove_words() {
        let base = parse(
            "class,word\ncrossing_noun,crossing\ncrossing_noun,border gate\nstate_noun,army\n",
        )
        .unwrap();
        let user = parse("class,word\nstate_noun,Forces\nstate_noun,-army\n").unwrap();
        let words = Words::from_rows(&[base, user].concat());
        assert_eq!(
            words.list(WordClass::CrossingNoun),
            ["border gate", "crossing"]
        );
        assert!(words.contains(WordClass::StateNoun, "forces"));
        assert!(!words.contains(WordClass::StateNoun, "army"));
        assert_eq!(words.alternation(WordClass::StateNoun), "(?:forces)");
    }

    #[test]
    fn every_class_has_a_distinct_name() {
        let names: HashSet<&str> = CLASSES.iter().map(|(_, n)| *n).collect();
        assert_eq!(names.len(), CLASSES.len());
        for (c, n) in CLASSES {
            assert_eq!(WordClass::parse(n), Some(c));
            assert_eq!(c.name(), n);
        }
    }
}
