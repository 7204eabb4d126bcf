//! Finds quotations in a block: curly and straight double quotes, paired in order, apostrophes left alone.

use std::ops::Range;

use super::is_word_char;

/// A quotation: the marks included (`outer`) and the quoted words alone (`inner`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub outer: Range<usize>,
    pub inner: Range<usize>,
}

impl Quote {
    /// The quoted words without surrounding space and without the trailing comma or full stop
    /// that English puts inside the marks.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text[self.inner.clone()]
            .trim()
            .trim_end_matches([',', '.', ';', ':'])
            .trim_end()
    }
}

/// The quotations in `text[range]`, as ranges into `text`. An opening mark with no closing mark
/// runs to the end of the block.
pub fn find(text: &str, range: Range<usize>) -> Vec<Quote> {
    let block = &text[range.clone()];
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let opener = match c {
            '“' | '«' => true,
            '"' => {
                open.is_none()
                    && !prev.is_some_and(is_word_char)
                    && next.is_some_and(|n| !n.is_whitespace())
            }
            _ => false,
        };
        let closer = match c {
            '”' | '»' => true,
            '"' => {
                open.is_some()
                    && !(prev.is_some_and(is_word_char) && next.is_some_and(is_word_char))
            }
            _ => false,
        };
        if let (Some(o), true) = (open, closer) {
            let close_end = i + c.len_utf8();
            let inner_start = o + block[o..].chars().next().map_or(1, char::len_utf8);
            out.push(Quote {
                outer: range.start + o..range.start + close_end,
                inner: range.start + inner_start..range.start + i,
            });
            open = None;
        } else if opener {
            open = Some(i);
        }
    }
    if let Some(o) = open {
        let inner_start = o + block[o..].chars().next().map_or(1, char::len_utf8);
        if block.len() > inner_start {
            out.push(Quote {
                outer: range.start + o..range.end,
                inner: range.start + inner_start..range.end,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_quotation_marks() {
        let cases: [(&str, &[&str]); 6] = [
            ("He said “we are ready,” and left.", &["we are ready"]),
            ("She said: \"Yes.\" Then \"no\".", &["Yes", "no"]),
            (
                "Mixed: \"opened straight, closed curly.” Done.",
                &["opened straight, closed curly"],
            ),
            ("the prophet\"s successor", &[]),
            ("Unclosed “quote runs on", &["quote runs on"]),
            ("“One” and “two”", &["One", "two"]),
        ];
        for (input, want) in cases {
            let got: Vec<&str> = find(input, 0..input.len())
                .iter()
                .map(|q| q.text(input))
                .collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }
}
