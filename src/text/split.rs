//! The *split* stage: an article's blocks cut into sentences, each with its quotations and dates.

use std::ops::Range;

use crate::date::PartialDate;

use super::clean::{Article, BlockKind};
use super::dates::{self, DateExpr};
use super::quotes::{self, Quote};
use super::sentences;

/// A sentence of the article.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    /// The block (line) it belongs to.
    pub block: usize,
    /// Whether events are read from it (running text, not headings or list items).
    pub prose: bool,
    /// The quotations that start in it (they may run on past its end).
    pub quotes: Vec<Quote>,
    /// The dates it names.
    pub dates: Vec<DateExpr>,
}

/// The sentences of the article `article` of `text`, dated `published`, in text order.
pub fn split(text: &str, article: &Article, published: Option<PartialDate>) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, block) in article.body.iter().enumerate() {
        let mut block_quotes = quotes::find(text, block.range.clone());
        block_quotes.sort_by_key(|q| q.outer.start);
        for s in sentences::split(text, block.range.clone()) {
            let first = block_quotes.partition_point(|q| q.outer.start < s.start);
            let qs = block_quotes[first..]
                .iter()
                .take_while(|q| q.outer.start < s.end)
                .cloned()
                .collect();
            let dates = dates::find(&text[s.clone()], published)
                .into_iter()
                .map(|d| DateExpr {
                    range: d.range.start + s.start..d.range.end + s.start,
                    date: d.date,
                })
                .collect();
            out.push(Sentence {
                range: s,
                block: bi,
                prose: block.kind == BlockKind::Prose,
                quotes: qs,
                dates,
            });
        }
    }
    out
}
