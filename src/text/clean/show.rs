//! Writes a document as the cleaner judged it, line by line with a mark: `whomet text --cleaned`.

use std::io::{self, Write};

use super::{lines, Article, BlockKind};

/// The mark of a line of prose: events are read from it.
pub const PROSE: &str = "  ";
/// The mark of a kept heading or list item: names count, events are not read from it.
pub const SHORT: &str = "~ ";
/// The mark of a dropped line (furniture, comments, and the title and dateline before the body,
/// where only the article's date is read).
pub const DROPPED: &str = "- ";

/// Writes every non-blank line of `text` after its mark ([`PROSE`], [`SHORT`] or [`DROPPED`]),
/// blank lines where the text has them, so that `grep '^- '` lists what the cleaner dropped.
pub fn write_marked(text: &str, article: &Article, out: &mut dyn Write) -> io::Result<()> {
    let mut blocks = article.body.iter().peekable();
    let mut previous_end = None;
    for line in lines(text) {
        if let Some(end) = previous_end {
            if super::reflow::breaks(&text[end..line.start]) >= 2 {
                writeln!(out)?;
            }
        }
        previous_end = Some(line.end);
        while blocks.peek().is_some_and(|b| b.range.end <= line.start) {
            blocks.next();
        }
        let mark = match blocks.peek() {
            Some(b) if b.range.start <= line.start => match b.kind {
                BlockKind::Prose => PROSE,
                BlockKind::Bullet | BlockKind::Heading => SHORT,
            },
            _ => DROPPED,
        };
        writeln!(out, "{mark}{}", &text[line])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean::Block;

    #[test]
    fn marks_each_line_by_its_block() {
        let text = "Menu\n\nFirst line\nsecond line.\n\nHeading\n";
        let a = Article {
            body: vec![
                Block {
                    range: 6..29,
                    kind: BlockKind::Prose,
                },
                Block {
                    range: 31..38,
                    kind: BlockKind::Heading,
                },
            ],
            ..Article::default()
        };
        let mut out = Vec::new();
        write_marked(text, &a, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "- Menu\n\n  First line\n  second line.\n\n~ Heading\n"
        );
    }
}
