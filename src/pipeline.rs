//! The flow for one document: clean, split, match, resolve, assemble.

use anyhow::Result;

use crate::date::PartialDate;
use crate::event::{self, Event};
use crate::gazetteer::Gazetteer;
use crate::matcher::Matcher;
use crate::resolve::{Doc, References, Resolver};
use crate::text::clean::{self, Article, Cleaner, WordCount};
use crate::text::dates;

/// One input document.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The file stem, or the `id` field of a JSON Lines record.
    pub id: String,
    pub text: String,
    /// The article's date when the input gives it; otherwise it is read from the dateline.
    pub published: Option<PartialDate>,
    /// Where the document came from (a JSON Lines record's `url`).
    pub url: Option<String>,
}

/// What one document yields; [`Extraction::check`] holds it to the guarantees every
/// extraction keeps.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub doc_id: String,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub doc: Doc,
    pub events: Vec<Event>,
    /// The document's words, and those of the article read.
    pub words: WordCount,
}

/// The gazetteers and the automaton built over them, ready to read documents.
pub struct Extractor {
    gazetteer: Gazetteer,
    matcher: Matcher,
    references: References,
    cleaner: Cleaner,
}

impl Extractor {
    /// An extractor over the given gazetteers.
    pub fn new(gazetteer: Gazetteer) -> Result<Extractor> {
        let matcher = Matcher::new(&gazetteer)?;
        let references = References::new(&gazetteer.words)?;
        let cleaner = Cleaner::new(&gazetteer.words, true);
        Ok(Extractor {
            gazetteer,
            matcher,
            references,
            cleaner,
        })
    }

    /// An extractor over the gazetteers compiled into the binary.
    pub fn builtin() -> Result<Extractor> {
        Extractor::new(Gazetteer::builtin()?)
    }

    /// The gazetteers it reads with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The automaton over the gazetteers' names.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The same extractor, dropping page furniture (the default) or reading every paragraph
    /// of a document as prose (`--no-clean`).
    pub fn with_cleaning(self, clean: bool) -> Extractor {
        Extractor {
            cleaner: self.cleaner.cleaning(clean),
            ..self
        }
    }

    /// The article it reads in `text`.
    pub fn article(&self, text: &str) -> Article {
        self.cleaner.article(text)
    }

    /// Reads one document.
    pub fn extract(&self, document: &Document) -> Extraction {
        let article = self.article(&document.text);
        // The text with each paragraph's line breaks as spaces: the same offsets.
        let reading = clean::reading(&document.text, &article);
        let text = reading.as_ref();
        let published = document
            .published
            .or_else(|| dates::of_article(text, &article));
        let resolver = Resolver::new(&self.gazetteer, &self.matcher, &self.references);
        let mut doc = resolver.resolve(text, &article, published);
        let events = event::extract(&self.gazetteer, text, &mut doc);
        Extraction {
            doc_id: document.id.clone(),
            url: document.url.clone(),
            published,
            doc,
            events,
            words: article.words,
        }
    }
}
