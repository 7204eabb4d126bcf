//! The resolved document: its sentences, entities, mentions, actors, places, cues and instruments.

use crate::text::tokens::Tokens;
use std::collections::HashMap;
use std::ops::Range;

use crate::date::PartialDate;
use crate::entity::{Entity, EntityType};
pub use crate::text::split::Sentence;

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A name, surname, alias or acronym.
    Name,
    /// A capital standing for its government.
    Metonym,
    /// A demonym ("Iranian").
    Demonym,
    /// A role title ("Interior Minister").
    Title,
    /// A word that points back ("the minister").
    Anaphor,
}

/// A stretch of text that refers to an entity.
#[derive(Debug, Clone)]
pub struct Mention {
    pub entity: usize,
    pub range: Range<usize>,
    pub form: Form,
    pub sentence: usize,
}

/// Group words that stand for two parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// "both countries", "the two nations".
    Countries,
    /// "both sides", "the two sides".
    Sides,
    /// "the two ministers", "both leaders".
    People,
    /// "the country", "the neighbouring country".
    Country,
}

/// What an acting noun phrase refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refers {
    Entity(usize),
    /// "he", "she".
    Pronoun,
    /// "they".
    Plural,
    Group(Group),
}

/// A noun phrase that can speak, meet or sign: a person, official, country or organisation.
#[derive(Debug, Clone)]
pub struct Actor {
    pub range: Range<usize>,
    pub refers: Refers,
    pub sentence: usize,
    /// Followed by "’s".
    pub possessive: bool,
    /// The preposition right before it ("with", "to"), lower case.
    pub prep: Option<String>,
    /// Inside a quotation.
    pub in_quote: bool,
}

/// A place named in a sentence.
#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub entity: usize,
    pub range: Range<usize>,
    pub sentence: usize,
    /// Where something happens ("in Tehran", "visited Islamabad").
    pub locative: bool,
}

/// A surface form of a frame of frames.csv.
#[derive(Debug, Clone)]
pub struct CueHit {
    pub cue: usize,
    pub range: Range<usize>,
    pub sentence: usize,
}

/// An agreement noun phrase ("12 memoranda of understanding (MOUs)", "the CPEC").
#[derive(Debug, Clone)]
pub struct Instrument {
    pub range: Range<usize>,
    pub name: String,
    pub count: Option<u32>,
    pub sentence: usize,
    pub entity: Option<usize>,
}

/// What makes two entities of a document the same one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum EntityKey {
    /// A gazetteer person, by id.
    Person(String),
    /// A person no gazetteer knows, by folded name.
    Unknown(String),
    /// An unnamed holder of an office of a country.
    Official { role: String, country: String },
    /// A country, by ISO code (or place id when it has none).
    Country(String),
    /// A place other than a country, by id.
    Place(String),
    /// A border crossing the text names, by folded name.
    Crossing(String),
    /// An organisation, by id.
    Organisation(String),
    /// A gazetteer agreement, by id.
    Agreement(String),
    /// An agreement noun phrase, by folded name.
    Instrument(String),
    /// A body or place read from its shape, by kind and folded name.
    Shaped(EntityType, String),
}

/// An entity of one document with the names the document used for it.
#[derive(Debug, Clone)]
pub struct DocEntity {
    pub entity: Entity,
    /// Names, surnames, aliases and acronyms used in the text (not titles or pronouns).
    pub names: Vec<String>,
}

/// One document, read: its sentences and everything named and cued in them.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub published: Option<PartialDate>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<DocEntity>,
    pub mentions: Vec<Mention>,
    pub actors: Vec<Actor>,
    pub places: Vec<PlaceMention>,
    pub cues: Vec<CueHit>,
    pub instruments: Vec<Instrument>,
    /// Names that several gazetteer entities share and the text did not settle.
    pub ambiguous: Vec<Ambiguity>,
    /// The mentions of countries as (start, entity), sorted: for looking back from a position.
    pub country_mentions: Vec<(usize, usize)>,
    /// The document's tokens, made once: every rule reads words through them.
    pub tokens: Tokens,
    /// Each entity's index in `entities`, by key.
    index: HashMap<EntityKey, usize>,
}

/// A name left unresolved because several entities could be meant.
#[derive(Debug, Clone)]
pub struct Ambiguity {
    pub range: Range<usize>,
    /// The first few candidates' names (at most [`Ambiguity::SHOWN`]).
    pub candidates: Vec<String>,
    /// How many candidates there are in all.
    pub count: usize,
}

impl Ambiguity {
    /// How many candidates are named; a common surname in a large gazetteer has thousands.
    pub const SHOWN: usize = 4;
}

impl Doc {
    /// A document dated `published` with these sentences and tokens, and nothing read yet.
    pub(super) fn new(
        published: Option<PartialDate>,
        sentences: Vec<Sentence>,
        tokens: Tokens,
    ) -> Doc {
        Doc {
            published,
            sentences,
            tokens,
            ..Doc::default()
        }
    }

    /// The entity with `key`, added as `entity` (built only then) if the document has none.
    pub(super) fn entity(&mut self, key: EntityKey, entity: impl FnOnce() -> Entity) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.entities.push(DocEntity {
            entity: entity(),
            names: Vec::new(),
        });
        self.index.insert(key, self.entities.len() - 1);
        self.entities.len() - 1
    }

    /// Records that `range` of `text` names `entity`; names also join the entity's names.
    pub(super) fn add_mention(
        &mut self,
        entity: usize,
        range: Range<usize>,
        form: Form,
        sentence: usize,
        text: &str,
    ) {
        if matches!(form, Form::Name | Form::Metonym | Form::Demonym) {
            let n = text[range.clone()].to_string();
            let names = &mut self.entities[entity].names;
            if !names.contains(&n) {
                names.push(n);
            }
        }
        self.mentions.push(Mention {
            entity,
            range,
            form,
            sentence,
        });
    }

    /// The entities the document names by name (not only by title or pronoun).
    pub fn named_entities(&self) -> impl Iterator<Item = &DocEntity> {
        self.entities
            .iter()
            .filter(|e| e.entity.name.is_some() && !e.names.is_empty())
    }

    /// The country mentions as (start, entity), sorted by start.
    pub(super) fn index_countries(&mut self) {
        let mut countries: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| self.entities[m.entity].entity.kind == EntityType::Country)
            .map(|m| (m.range.start, m.entity))
            .collect();
        countries.sort_unstable();
        self.country_mentions = countries;
    }
}
