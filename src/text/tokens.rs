//! The tokens of a document, made once: byte offsets, lower-case form and shape of every word,
//! punctuation mark and quotation mark, so that the rules read words without walking text again.

use std::ops::Range;

use super::is_word_char;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A word in lower case ("met").
    Lower,
    /// A word whose first character is upper case and some other is not ("Tehran", "McCain").
    Capitalised,
    /// A word of two or more letters, all upper case ("IRNA", "UN").
    AllCaps,
    /// A word made of digits alone ("2025").
    Digits,
    /// Any other word: a single capital, digits with letters, other scripts ("A", "2nd", "تهران").
    Other,
    /// A quotation mark, straight or curly.
    Quote,
    /// Any other character that is neither a word's nor white space.
    Punctuation,
}

impl Shape {
    /// Whether the token is a word (not a quotation or punctuation mark).
    pub fn is_word(self) -> bool {
        !matches!(self, Shape::Quote | Shape::Punctuation)
    }
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    /// The token in lower case.
    pub lower: String,
}

/// The tokens of one text, in order.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    tokens: Vec<Token>,
}

/// Quotation marks, straight and curly, single and double, and guillemets.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | '\'')
}

/// Characters that join two word characters into one word ("al-Adl", "Iran’s").
pub fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

impl Tokens {
    /// Tokenises `text`: words are runs of word characters joined across inner hyphens and
    /// apostrophes (as [`super::words`] reads them); every other character that is not white
    /// space is a token of its own.
    pub fn new(text: &str) -> Tokens {
        let mut tokens = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_word_char(c) {
                let mut end = i + c.len_utf8();
                while let Some(&(j, n)) = chars.peek() {
                    let inner = joins_word(n)
                        && super::char_at(text, j + n.len_utf8()).is_some_and(is_word_char);
                    if !(is_word_char(n) || inner) {
                        break;
                    }
                    end = j + n.len_utf8();
                    chars.next();
                }
                let word = &text[i..end];
                tokens.push(Token {
                    start: i,
                    end,
                    shape: word_shape(word),
                    lower: word.to_lowercase(),
                });
            } else if !c.is_whitespace() {
                let shape = if is_quote_char(c) {
                    Shape::Quote
                } else {
                    Shape::Punctuation
                };
                tokens.push(Token {
                    start: i,
                    end: i + c.len_utf8(),
                    shape,
                    lower: c.to_lowercase().collect(),
                });
            }
        }
        Tokens { tokens }
    }

    /// Every token, in order.
    pub fn all(&self) -> &[Token] {
        &self.tokens
    }

    /// The tokens that overlap `range`.
    pub fn overlapping(&self, range: Range<usize>) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.end <= range.start);
        let last = self.tokens.partition_point(|t| t.start < range.end);
        &self.tokens[first..last.max(first)]
    }

    /// The words of `text[range]` with their offsets, exactly as `words(span(text, …))` gives
    /// them: a word cut by the range's edges is cut there too ("s" of "Iran’s" after "Iran").
    /// `text` is the text the tokens were made from.
    pub fn words_in<'t>(&'t self, text: &'t str, range: Range<usize>) -> WordsIn<'t> {
        WordsIn {
            text,
            range: range.clone(),
            tokens: self.overlapping(range).iter(),
        }
    }
}

/// The iterator of [`Tokens::words_in`]: `(offset, word)`, from either end.
#[derive(Debug, Clone)]
pub struct WordsIn<'t> {
    text: &'t str,
    range: Range<usize>,
    tokens: std::slice::Iter<'t, Token>,
}

impl<'t> WordsIn<'t> {
    /// The part of `t` inside the range, with the joiners a cut leaves at its edges trimmed.
    fn clip(&self, t: &Token) -> Option<(usize, &'t str)> {
        if !t.shape.is_word() {
            return None;
        }
        let start = t.start.max(self.range.start);
        let end = t.end.min(self.range.end);
        let piece = self.text.get(start..end)?;
        let trimmed_front = piece.trim_start_matches(|c: char| !is_word_char(c));
        let start = start + (piece.len() - trimmed_front.len());
        let word = trimmed_front.trim_end_matches(|c: char| !is_word_char(c));
        (!word.is_empty()).then_some((start, word))
    }
}

impl<'t> Iterator for WordsIn<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        loop {
            let t = self.tokens.next()?;
            if let Some(w) = self.clip(t) {
                return Some(w);
            }
        }
    }
}

impl DoubleEndedIterator for WordsIn<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        loop {
            let t = self.tokens.next_back()?;
            if let Some(w) = self.clip(t) {
                return Some(w);
            }
        }
    }
}

fn word_shape(word: &str) -> Shape {
    let mut chars = word.chars().filter(|c| c.is_alphanumeric());
    let Some(first) = chars.next() else {
        return Shape::Other;
    };
    let rest: Vec<char> = chars.collect();
    if first.is_ascii_digit() && rest.iter().all(char::is_ascii_digit) {
        Shape::Digits
    } else if first.is_lowercase() && rest.iter().all(|c| !c.is_uppercase()) {
        Shape::Lower
    } else if first.is_uppercase() && !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
        Shape::AllCaps
    } else if first.is_uppercase() && rest.iter().any(|c| c.is_lowercase()) {
        Shape::Capitalised
    } else {
        Shape::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{span, words};

    #[test]
    fn shapes() {
        // (name, text, shapes)
        let cases: [(&str, &str, &[Shape]); 5] = [
            (
                "capitalised_and_lower",
                "Tehran said",
                &[Shape::Capitalised, Shape::Lower],
            ),
            (
                "all_caps_and_digits",
                "IRNA 2025",
                &[Shape::AllCaps, Shape::Digits],
            ),
            (
                "quote_and_punctuation",
                "“Yes,”",
                &[
                    Shape::Quote,
                    Shape::Capitalised,
                    Shape::Punctuation,
                    Shape::Quote,
                ],
            ),
            ("inner_apostrophe_joins", "Iran’s", &[Shape::Capitalised]),
            (
                "single_capital_is_other",
                "A 2nd",
                &[Shape::Other, Shape::Other],
            ),
        ];
        for (name, text, want) in cases {
            let got: Vec<Shape> = Tokens::new(text).all().iter().map(|t| t.shape).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn words_in_any_range_are_the_words_of_that_span() {
        let texts = [
            "Iran’s army chief met Pakistan's al-Adl envoy -- twice, “quoted” 'here'.",
            "Jaish al-Adl (BLA). The Iranian-Pakistani talks-",
            "’s -a- 'x' تهران ‘Iran’ co-operation’s end",
            "",
        ];
        for text in texts {
            let tokens = Tokens::new(text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    let want: Vec<(usize, &str)> =
                        words(span(text, a, b)).map(|(o, w)| (o + a, w)).collect();
                    let got: Vec<(usize, &str)> = tokens.words_in(text, a..b).collect();
                    assert_eq!(got, want, "{text:?}[{a}..{b}]");
                    let mut back: Vec<(usize, &str)> = tokens.words_in(text, a..b).rev().collect();
                    back.reverse();
                    assert_eq!(back, want, "backwards {text:?}[{a}..{b}]");
                }
            }
        }
    }
}
