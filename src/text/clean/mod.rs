//! Finds the article in a page: joins its lines into paragraphs and keeps the prose ones.
//!
//! Lines are first reflowed into paragraphs (blocks): hard-wrapped lines that continue a sentence
//! join into one, blank lines part them, list items, walls and markup stand alone. Each paragraph
//! is then classified, jusText-like, by its length, the share of its words that are stop words,
//! the share of its characters in links and markup, and its ending: prose, a short line (heading,
//! title, byline), a list item, furniture (menus, captions, "Also read" lines, URL lines, markup:
//! dropped alone, never cutting the article) or a comment-form wall (ending it). The article is
//! the run of paragraphs with the highest total score (prose earns its word count, short lines
//! cost points, furniture costs nothing), so furniture around the article falls away on any site,
//! without strings copied from one site. The word lists come from `words.csv` ([`CleanRules`]).

mod classify;
mod reflow;
mod rules;
mod show;

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use crate::gazetteer::words::Words;

use classify::{Class, Features};
use rules::plain_words;
pub use rules::CleanRules;
pub use show::write_marked;

/// What a kept block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text: events are read from it.
    Prose,
    /// A list item inside the article.
    Bullet,
    /// A short line inside the article (a heading): named things count, events do not.
    Heading,
}

/// One paragraph of the article, as byte offsets into the document; it may span several lines
/// (hard-wrapped text), which [`reading`] joins with spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub range: Range<usize>,
    pub kind: BlockKind,
}

/// The article found in a document.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// The article's blocks, in order.
    pub body: Vec<Block>,
    /// Short paragraphs before the body (title, byline, dateline), where the article's date stands.
    pub preamble: Vec<Range<usize>>,
    /// How many of the document's words the body keeps.
    pub words: WordCount,
}

/// The words of a document (outside markup and links), and those its article keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordCount {
    pub all: usize,
    pub kept: usize,
}

impl WordCount {
    /// A note when cleaning dropped most of a long document's words (over 60% of 150 or more):
    /// a page whose prose the cleaner may have misjudged.
    pub fn note(&self, doc: &str) -> Option<String> {
        (self.all >= 150 && self.kept * 10 < self.all * 4).then(|| {
            format!(
                "whomet: note: {doc}: cleaning dropped {} of its {} words (see `whomet text --cleaned`, `--no-clean`)",
                self.all - self.kept,
                self.all
            )
        })
    }
}

/// How the article of a document is found: with the cleaner's word lists, or (`--no-clean`)
/// every paragraph read as prose.
#[derive(Debug, Clone)]
pub struct Cleaner {
    rules: CleanRules,
    clean: bool,
}

impl Cleaner {
    /// A cleaner with the word lists of `words`; with `clean` false it drops nothing.
    pub fn new(words: &Words, clean: bool) -> Cleaner {
        Cleaner {
            rules: CleanRules::new(words),
            clean,
        }
    }

    /// The same cleaner, dropping furniture or not.
    pub fn cleaning(self, clean: bool) -> Cleaner {
        Cleaner { clean, ..self }
    }

    /// The article of `text`.
    pub fn article(&self, text: &str) -> Article {
        if self.clean {
            article(text, &self.rules)
        } else {
            everything(text, &self.rules)
        }
    }
}

/// The non-blank lines of `text`, trimmed, as byte ranges; `\r\n`, `\r` and `\n` all end a line.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &text[start..i];
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                out.push(start + lead..start + lead + trimmed.len());
            }
            start = i + 1;
        }
    }
    out
}

/// A paragraph of the document with what it was judged to be.
#[derive(Debug, Clone)]
struct Para {
    range: Range<usize>,
    features: Features,
    class: Class,
}

fn paragraphs(text: &str, rules: &CleanRules) -> Vec<Para> {
    let lines = lines(text);
    let judged: Vec<(Features, Class)> = lines
        .iter()
        .map(|r| {
            let f = Features::of(&text[r.clone()], rules);
            let class = classify::class(&text[r.clone()], &f, rules);
            (f, class)
        })
        .collect();
    // A wall, a menu, markup or a link is a paragraph of its own.
    let alone: Vec<bool> = judged
        .iter()
        .map(|(f, class)| *class == Class::Wall || f.is_junk() || f.is_menu())
        .collect();
    let mut out: Vec<Para> = reflow::paragraphs(text, &lines, &alone)
        .into_iter()
        .map(|ls| {
            let range = lines[ls.start].start..lines[ls.end - 1].end;
            let (features, class) = if ls.len() == 1 {
                judged[ls.start].clone()
            } else {
                let f = Features::of(&text[range.clone()], rules);
                let class = classify::class(&text[range.clone()], &f, rules);
                (f, class)
            };
            Para {
                range,
                features,
                class,
            }
        })
        .collect();
    classify::in_context(text, &mut out, rules);
    out
}

/// Finds the article body of `text`.
pub fn article(text: &str, rules: &CleanRules) -> Article {
    let paras = paragraphs(text, rules);
    let words = paras.iter().map(|p| p.features.words).sum();
    let mut a = match classify::best_run(&paras) {
        Some((first, last)) => Article {
            body: paras[first..=last]
                .iter()
                .filter_map(|p| {
                    let kind = match p.class {
                        Class::Prose => BlockKind::Prose,
                        Class::Bullet => BlockKind::Bullet,
                        Class::Short => BlockKind::Heading,
                        Class::Junk | Class::Wall => return None,
                    };
                    Some(block(p, kind))
                })
                .collect(),
            preamble: paras[..first]
                .iter()
                .filter(|p| p.class == Class::Short)
                .map(|p| p.range.clone())
                .collect(),
            ..Article::default()
        },
        // No prose at all (a snippet, a headline): the text up to any wall is the article, its
        // headline-like lines read as prose, menu-like ones as headings.
        None => Article {
            body: paras
                .iter()
                .take_while(|p| p.class != Class::Wall)
                .filter(|p| p.class != Class::Junk)
                .map(|p| {
                    let prose = p.class != Class::Short || p.features.words >= 4;
                    block(
                        p,
                        if prose {
                            BlockKind::Prose
                        } else {
                            BlockKind::Heading
                        },
                    )
                })
                .collect(),
            ..Article::default()
        },
    };
    a.words = WordCount {
        all: words,
        kept: kept_words(&paras, &a),
    };
    a
}

/// Every paragraph of `text` as prose, nothing dropped: what `--no-clean` reads.
pub fn everything(text: &str, rules: &CleanRules) -> Article {
    let paras = paragraphs(text, rules);
    let words = paras.iter().map(|p| p.features.words).sum();
    Article {
        body: paras.iter().map(|p| block(p, BlockKind::Prose)).collect(),
        preamble: Vec::new(),
        words: WordCount {
            all: words,
            kept: words,
        },
    }
}

fn block(p: &Para, kind: BlockKind) -> Block {
    Block {
        range: p.range.clone(),
        kind,
    }
}

fn kept_words(paras: &[Para], a: &Article) -> usize {
    let kept: HashSet<usize> = a.body.iter().map(|b| b.range.start).collect();
    paras
        .iter()
        .filter(|p| kept.contains(&p.range.start))
        .map(|p| p.features.words)
        .sum()
}

/// `text` as the extractor reads it: the line breaks inside each paragraph of `article` (body
/// and preamble) turned into spaces, byte for byte, so that every offset into it is an offset
/// into `text`, and a name, date or quotation wrapped over two lines reads as on one.
pub fn reading<'t>(text: &'t str, article: &Article) -> Cow<'t, str> {
    let ranges = article
        .body
        .iter()
        .map(|b| &b.range)
        .chain(article.preamble.iter());
    let mut bytes: Option<Vec<u8>> = None;
    for r in ranges {
        let Some(inner) = text.get(r.clone()) else {
            continue;
        };
        if !inner.contains(['\n', '\r']) {
            continue;
        }
        let bytes = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
        for b in &mut bytes[r.clone()] {
            if matches!(*b, b'\n' | b'\r') {
                *b = b' ';
            }
        }
    }
    match bytes {
        None => Cow::Borrowed(text),
        // ASCII bytes were replaced by ASCII bytes: still UTF-8.
        Some(b) => String::from_utf8(b).map_or(Cow::Borrowed(text), Cow::Owned),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_handle_every_line_ending() {
        let text = "a\r\nb\rc\n\n  d  ";
        let got: Vec<&str> = lines(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
    }

    #[test]
    fn plain_words_drop_digits_and_punctuation() {
        assert_eq!(plain_words("3 Comments:"), ["comments"]);
        assert_eq!(plain_words("Don’t miss –"), ["dont", "miss"]);
        assert!(plain_words("(12)").is_empty());
    }

    #[test]
    fn reading_joins_the_lines_of_a_paragraph() {
        let text = "Title\n\nMohsin\nNaqvi met\r\nLarijani.\n\nEnd";
        let a = Article {
            body: vec![Block {
                range: 7..text.len() - 5,
                kind: BlockKind::Prose,
            }],
            ..Article::default()
        };
        let r = reading(text, &a);
        assert_eq!(r, "Title\n\nMohsin Naqvi met  Larijani.\n\nEnd");
        assert_eq!(reading("no breaks", &a), "no breaks");
    }
}
