//! Finds the article in a page: drops markup, menus, glossaries, related headlines, tag lists and comment forms.
//!
//! Every non-blank line is a block. Prose blocks (sentences that end in punctuation) score their
//! word count; short lines (menus, headings, tags) and markup cost points; comment-form headers are
//! walls. The article body is the run of blocks with the highest total, so furniture around
//! the article falls away on any site, without strings copied from one site.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

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

/// One line of the article, as byte offsets into the document.
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
    /// Short lines before the body (title, byline, dateline), where the article's date stands.
    pub preamble: Vec<Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum LineKind {
    Prose(usize),
    Bullet,
    Short,
    Markup,
    Wall,
}

fn comment_wall() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)^(leave a (reply|comment)|post a comment|add (a )?comment|write a comment|\d+\s+comments?|comments?\s*(\(\d+\))?\s*:?|comments are closed\.?|join the (conversation|discussion)|share your (thoughts|views)|have your say|you must be logged in to post a comment\.?)$",
        )
        .expect("valid regex")
    })
}

fn markup() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(</?[a-zA-Z][^>]*>|[a-zA-Z-]+="[^"]*"|\{[^}]*\}|[a-z]+\[[^\]]*\]|&[a-z]+;|\]:[a-z])"#)
            .expect("valid regex")
    })
}

fn classify(line: &str) -> LineKind {
    let trimmed = line.trim();
    if comment_wall().is_match(trimmed) {
        return LineKind::Wall;
    }
    let special = trimmed
        .chars()
        .filter(|c| "<>{}[]=|\\_;".contains(*c))
        .count();
    let long_token = trimmed.split_whitespace().any(|t| t.chars().count() > 40);
    if markup().find_iter(trimmed).count() >= 2
        || special * 20 > trimmed.chars().count().max(1)
        || long_token
    {
        return LineKind::Markup;
    }
    let first = trimmed.chars().next().unwrap_or(' ');
    let bullet = "•·▪‣◦●○■□➢➤►*".contains(first)
        || ((first == '-' || first == '–' || first == '—')
            && trimmed.chars().nth(1).is_some_and(char::is_whitespace));
    if bullet {
        return LineKind::Bullet;
    }
    let words = super::words(trimmed)
        .filter(|(_, w)| w.chars().any(char::is_alphabetic))
        .count();
    let last = trimmed
        .trim_end_matches(|c: char| "\"'”’)]»".contains(c) || c.is_whitespace())
        .chars()
        .next_back()
        .unwrap_or(' ');
    if ".!?:…;".contains(last) && words >= 4 {
        LineKind::Prose(words)
    } else {
        LineKind::Short
    }
}

fn score(kind: LineKind) -> i64 {
    match kind {
        LineKind::Prose(words) => words as i64,
        LineKind::Bullet => -2,
        LineKind::Short => -10,
        LineKind::Markup => -40,
        LineKind::Wall => -1_000_000,
    }
}

/// The non-blank lines of `text`, trimmed, as byte ranges; `\r\n`, `\r` and `\n` all end a line.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &text[start..i];
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                out.push(start + lead..start + lead + trimmed.len());
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// Finds the article body of `text`.
pub fn article(text: &str) -> Article {
    let lines = lines(text);
    let kinds: Vec<LineKind> = lines.iter().map(|r| classify(&text[r.clone()])).collect();
    // The run of lines with the highest total score (Kadane's algorithm).
    let mut best: Option<(i64, usize, usize)> = None;
    let mut run_start = 0;
    let mut run_sum = 0i64;
    for (i, &k) in kinds.iter().enumerate() {
        if run_sum <= 0 {
            run_start = i;
            run_sum = 0;
        }
        run_sum += score(k);
        if best.is_none_or(|(s, _, _)| run_sum > s) {
            best = Some((run_sum, run_start, i));
        }
    }
    let block = |i: usize, kind: BlockKind| Block {
        range: lines[i].clone(),
        kind,
    };
    let is_text = |k: &LineKind| !matches!(k, LineKind::Markup | LineKind::Wall);
    match best {
        Some((sum, first, last)) if sum > 0 => {
            let body = (first..=last)
                .filter(|&i| is_text(&kinds[i]))
                .map(|i| {
                    let kind = match kinds[i] {
                        LineKind::Prose(_) => BlockKind::Prose,
                        LineKind::Bullet => BlockKind::Bullet,
                        _ => BlockKind::Heading,
                    };
                    block(i, kind)
                })
                .collect();
            let preamble = (0..first)
                .filter(|&i| kinds[i] == LineKind::Short)
                .map(|i| lines[i].clone())
                .collect();
            Article { body, preamble }
        }
        // No prose at all (a snippet, a headline): every line of text is the article.
        _ => {
            let end = kinds
                .iter()
                .position(|k| *k == LineKind::Wall)
                .unwrap_or(kinds.len());
            Article {
                body: (0..end)
                    .filter(|&i| is_text(&kinds[i]))
                    .map(|i| block(i, BlockKind::Prose))
                    .collect(),
                preamble: Vec::new(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_texts(text: &str) -> Vec<String> {
        article(text)
            .body
            .iter()
            .map(|b| text[b.range.clone()].to_string())
            .collect()
    }

    const PROSE: &str = "The foreign ministers of both countries met in the capital on Monday and agreed to expand trade.";
    const PROSE2: &str = "They also discussed border security, refugees and the situation in the wider region at length.";

    #[test]
    fn keeps_the_article_and_drops_furniture() {
        // (page, lines the body must contain, lines it must not contain)
        let cases: Vec<(String, Vec<&str>, Vec<&str>)> = vec![
            (
                format!("Home\nWorld\nSports\nOpinion\n\n{PROSE}\n\n{PROSE2}\n\nTags: trade border talks\nLeave a Reply\nA comment by a reader that is long enough to be prose, sadly for us.\n"),
                vec![PROSE, PROSE2],
                vec!["Home", "Tags: trade border talks", "Leave a Reply", "A comment by a reader that is long enough to be prose, sadly for us."],
            ),
            (
                format!("<div class=\"x\" data-id=\"3\">\n{PROSE}\nSub heading here\n{PROSE2}\n"),
                vec![PROSE, "Sub heading here", PROSE2],
                vec!["<div class=\"x\" data-id=\"3\">"],
            ),
            (
                // A glossary: term, term again, definition; far from the article.
                format!("Term\n\nTerm\n\nA short definition of the term that reads like prose.\nOther\n\nOther\n\nAnother definition that also reads like a sentence.\nMenu\nMenu two\nMenu three\n{PROSE}\n{PROSE2}\n{PROSE}\n"),
                vec![PROSE, PROSE2],
                vec!["A short definition of the term that reads like prose.", "Another definition that also reads like a sentence."],
            ),
            (
                format!("{PROSE}\n• First item of a list\n• Second item\n{PROSE2}\n"),
                vec!["• First item of a list", "• Second item"],
                vec![],
            ),
            ("Naqvi meets Larijani in Tehran".to_string(), vec!["Naqvi meets Larijani in Tehran"], vec![]),
            (String::new(), vec![], vec![]),
        ];
        for (page, wanted, unwanted) in cases {
            let body = body_texts(&page);
            for w in wanted {
                assert!(
                    body.iter().any(|b| b == w),
                    "{w:?} missing from body of {page:?}: {body:?}"
                );
            }
            for u in unwanted {
                assert!(
                    !body.iter().any(|b| b == u),
                    "{u:?} kept in body of {page:?}"
                );
            }
        }
    }

    #[test]
    fn lines_handle_every_line_ending() {
        let text = "a\r\nb\rc\n\n  d  ";
        let got: Vec<&str> = lines(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
    }
}
