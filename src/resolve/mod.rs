//! The *resolve* stage: matcher hits become entities, each noun phrase resolving to one.
//!
//! Hits are grouped into noun phrases ("Iran’s Deputy Defence Minister", "Chief of Army Staff,
//! Field Marshal Asim Munir", "Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces"); each
//! phrase resolves to one entity. A title with a name is that person; a title alone is whoever held
//! the office in that country on the article's date, or an unnamed official; a generic word ("the
//! minister") points back to the latest matching person; a capital stands for its government unless
//! it is where something happens. Names after a title that no gazetteer knows become people too.
//!
//! | what | where |
//! |---|---|
//! | the document model, one constructor per entity kind | `doc.rs`, `entities.rs` |
//! | what a hit is (precedence of its targets), pronouns, group words | `units.rs` |
//! | names no gazetteer knows, acronyms in brackets, later uses | `names.rs` |
//! | names after a title: tails, initials, compound titles | `after_title.rs` |
//! | names after a word for a person ("opposition figure X") | `person_noun.rs` |
//! | bodies and places no gazetteer knows, by their head noun | `shape.rs` |
//! | "the Russian military", "Ghana's navy": a state's body | `state_body.rs` |
//! | "the town of X", "in X, Russia": places by the words around them | `locale.rs` |
//! | "from X to Y", "the X-Y railway": places on a route | `route.rs` |
//! | which units make one noun phrase | `group.rs` |
//! | what a phrase holds, and which part heads it | `phrase.rs` |
//! | "President Pezeshkian", "Naqvi" | `person.rs` |
//! | "the Iranian Foreign Minister", "the minister" | `office.rs` |
//! | capitals, countries, places, crossings, datelines | `place.rs` |
//! | agreement noun phrases | `instrument.rs` |
//! | what was said before: recent people, offices' countries | `memory.rs` |
//! | ids of the entities no gazetteer lists | `ids.rs` |
//! | a country's name as the article writes it | `written.rs` |

mod after_title;
mod around;
mod doc;
mod entities;
mod group;
mod ids;
mod instrument;
mod locale;
mod memory;
mod names;
mod office;
mod person;
mod person_noun;
mod phrase;
mod place;
mod route;
mod shape;
mod state_body;
mod units;
mod written;

pub use doc::{
    Actor, Ambiguity, CueHit, Doc, DocEntity, Form, Group, Instrument, Mention, PlaceMention,
    Refers, Sentence,
};

use crate::date::PartialDate;
use crate::gazetteer::{Gazetteer, WordClass};
use crate::matcher::Matcher;
use crate::text::clean::Article;
use crate::text::split;
use crate::text::tokens::Tokens;

pub use ids::derived_id;
use memory::Memory;
use phrase::{Head, Phrase};
pub use units::References;
use units::Unit;

/// Reads one document: finds its sentences and resolves every mention.
pub struct Resolver<'g> {
    g: &'g Gazetteer,
    m: &'g Matcher,
    references: &'g References,
}

impl<'g> Resolver<'g> {
    /// A resolver over gazetteer `g`, its matcher `m` and the group-word patterns of its words.
    pub fn new(g: &'g Gazetteer, m: &'g Matcher, references: &'g References) -> Resolver<'g> {
        Resolver { g, m, references }
    }

    /// Resolves the article `article` of `text`, dated `published`.
    pub fn resolve(&self, text: &str, article: &Article, published: Option<PartialDate>) -> Doc {
        let g = self.g;
        let mut doc = Doc::new(
            published,
            split::split(text, article, published),
            Tokens::new(text),
        );
        let mut units = units::from_hits(g, self.m, text, article, &mut doc);
        units::add_reference_words(self.references, text, &doc, &mut units);
        units::sort(&mut units);
        shape::add_shaped(g, &doc, text, &mut units);
        state_body::add_state_bodies(g, &doc.tokens, text, &mut units);
        locale::add_places(g, &doc, text, &mut units);
        route::add_route_places(g, &doc, text, &mut units);
        names::add_unknown_names(g, &doc.tokens, text, &mut units);
        person_noun::add_named_people(g, &doc, text, &mut units);
        place::add_crossings(g, text, &mut units);
        names::add_local_aliases(text, &doc, &mut units);
        units::sort(&mut units);
        let mut mem = Memory::default();
        for sentence in units.chunk_by(|a, b| a.sentence == b.sentence) {
            for members in group::noun_phrases(g, text, sentence) {
                self.resolve_phrase(text, sentence, &members, &mut doc, &mut mem);
            }
        }
        instrument::find_instruments(g, text, &mut doc);
        doc.index_countries();
        doc.assign_ids();
        doc.name_countries_as_written(text);
        doc
    }

    /// Resolves the noun phrase of `units[members]`: its qualifiers are mentions of their own,
    /// its head decides what it names (see [`Phrase::head`]), and it is remembered.
    fn resolve_phrase(
        &self,
        text: &str,
        units: &[Unit],
        members: &[usize],
        doc: &mut Doc,
        mem: &mut Memory,
    ) {
        let g = self.g;
        let mut p = Phrase::new(g, text, units, members, doc, mem);
        let mentions_before = doc.mentions.len();
        p.mention_qualifiers(g, text, doc);
        let head = p.head();
        // A body or place read by its shape before a person's title or name is a mention of its
        // own ("Central Bank Governor Nandalal Weerasinghe"), though the person heads the phrase.
        // Not when a title's own words open it ("Senior Mission Chief Peter Breuer").
        if let (Head::Name(_) | Head::Office(_) | Head::Generic(_), Some(u)) = (&head, p.shaped) {
            let first = text[u.range.clone()].split(' ').next().unwrap_or("");
            if !g
                .words
                .contains(WordClass::TitleModifier, &first.to_lowercase())
            {
                shape::resolve(g, text, &p, u, doc);
            }
        }
        let actor = match head {
            Head::LocalName(e, u) => names::local_name(text, &p, e, u, doc),
            Head::Name(n) => person::named(g, text, &p, n, doc, mem),
            Head::Office(r) => office::title_alone(g, text, &p, r, doc, mem),
            Head::Generic(r) => office::generic(g, text, &p, r, doc, mem),
            Head::Shaped(u) => shape::resolve(g, text, &p, u, doc),
            Head::Organisation(e) => Some(e),
            Head::Crossing(u) => place::crossing(text, &p, u, doc),
            Head::Capital(row, u) => place::capital(g, text, &p, row, u, doc),
            Head::Country(row, u, form) => place::country(g, text, &p, (row, u, form), doc),
            Head::Place(row, u) => place::other(g, text, &p, row, u, doc),
            Head::Agreement(row, u) => instrument::named(g, text, &p, row, u, doc),
            Head::None => None,
        };
        p.remember(text, actor, mentions_before, doc, mem);
    }
}
