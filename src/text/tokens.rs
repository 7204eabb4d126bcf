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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    /// Where the token's lower-case form is in the lower-case buffer ([`Tokens::lower`]).
    lower: (usize, usize),
}

/// The tokens of a text, in order, with their lower-case forms in one buffer.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    tokens: Vec<Token>,
    lower: String,
}

/// Quotation marks, straight and curly, single and double, and guillemets.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | '\'')
}

/// Characters that join two word characters into one word ("al-Adl", "Iran’s").
pub fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// The character at byte `i` of `text` (a character boundary), with an ASCII fast path.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

impl Tokens {
    /// Tokenises `text`: words are runs of word characters joined across inner hyphens and
    /// apostrophes (as [`super::words`] reads them); every other character that is not white
    /// space is a token of its own.
    pub fn new(text: &str) -> Tokens {
        let mut t = Tokens {
            tokens: Vec::with_capacity(text.len() / 5),
            lower: String::with_capacity(text.len()),
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            // Most words are ASCII: read them byte by byte.
            if let Some((end, shape)) = ascii_word(text, i) {
                t.push(i..end, shape, &text[i..end]);
                i = end;
                continue;
            }
            let Some(c) = char_at(text, i) else { break };
            let len = c.len_utf8();
            if is_word_char(c) {
                let mut end = i + len;
                while let Some(n) = char_at(text, end) {
                    let n_len = n.len_utf8();
                    let inner =
                        joins_word(n) && char_at(text, end + n_len).is_some_and(is_word_char);
                    if !(is_word_char(n) || inner) {
                        break;
                    }
                    end += n_len;
                }
                t.push(i..end, word_shape(&text[i..end]), &text[i..end]);
                i = end;
                continue;
            }
            if !c.is_whitespace() {
                let shape = if is_quote_char(c) {
                    Shape::Quote
                } else {
                    Shape::Punctuation
                };
                t.push(i..i + len, shape, &text[i..i + len]);
            }
            i += len;
        }
        t
    }

    fn push(&mut self, at: Range<usize>, shape: Shape, s: &str) {
        let start = self.lower.len();
        if s.is_ascii() {
            self.lower.push_str(s);
            self.lower[start..].make_ascii_lowercase();
        } else {
            self.lower.extend(s.chars().flat_map(char::to_lowercase));
        }
        self.tokens.push(Token {
            start: at.start,
            end: at.end,
            shape,
            lower: (start, self.lower.len()),
        });
    }

    /// Every token, in order.
    pub fn all(&self) -> &[Token] {
        &self.tokens
    }

    /// A token's lower-case form.
    pub fn lower(&self, t: &Token) -> &str {
        &self.lower[t.lower.0..t.lower.1]
    }

    /// The tokens that overlap `range`.
    pub fn overlapping(&self, range: Range<usize>) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.end <= range.start);
        let last = self.tokens.partition_point(|t| t.start < range.end);
        &self.tokens[first..last.max(first)]
    }

    /// The tokens that lie wholly inside `range`.
    pub fn within(&self, range: Range<usize>) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.start < range.start);
        let last = self.tokens.partition_point(|t| t.end <= range.end);
        &self.tokens[first..last.max(first)]
    }

    /// The words among the tokens within `range` (no punctuation, no quotation marks).
    pub fn words_within(&self, range: Range<usize>) -> Vec<&Token> {
        self.within(range)
            .iter()
            .filter(|t| t.shape.is_word())
            .collect()
    }

    /// The first token that starts at or after byte `pos`.
    pub fn after(&self, pos: usize) -> Option<&Token> {
        let i = self.tokens.partition_point(|t| t.start < pos);
        self.tokens.get(i)
    }

    /// Every word the text writes in lower case.
    pub fn lower_case_words(&self) -> std::collections::HashSet<&str> {
        self.tokens
            .iter()
            .filter(|t| t.shape == Shape::Lower)
            .map(|t| self.lower(t))
            .collect()
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

/// The part of word token `t` inside `range`, with the joiners a cut leaves at its edges trimmed.
fn clip<'t>(text: &'t str, range: &Range<usize>, t: &Token) -> Option<(usize, &'t str)> {
    if !t.shape.is_word() {
        return None;
    }
    let start = t.start.max(range.start);
    let end = t.end.min(range.end);
    let piece = text.get(start..end)?;
    let trimmed_front = piece.trim_start_matches(|c: char| !is_word_char(c));
    let start = start + (piece.len() - trimmed_front.len());
    let word = trimmed_front.trim_end_matches(|c: char| !is_word_char(c));
    (!word.is_empty()).then_some((start, word))
}

impl<'t> Iterator for WordsIn<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        let (text, range) = (self.text, &self.range);
        self.tokens.find_map(|t| clip(text, range, t))
    }
}

impl DoubleEndedIterator for WordsIn<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let (text, range) = (self.text, &self.range);
        self.tokens
            .by_ref()
            .rev()
            .find_map(|t| clip(text, range, t))
    }
}

/// An ASCII word starting at `i` and its shape, or None when there is none or it goes on into
/// other characters (which the general path reads).
fn ascii_word(text: &str, i: usize) -> Option<(usize, Shape)> {
    let bytes = text.as_bytes();
    let first = *bytes.get(i)?;
    if !first.is_ascii_alphanumeric() {
        return None;
    }
    let (mut end, mut rest, mut digits, mut upper, mut lower) = (i + 1, 0, true, 0, false);
    loop {
        match bytes.get(end) {
            Some(&b) if b.is_ascii_alphanumeric() => {
                rest += 1;
                digits &= b.is_ascii_digit();
                upper += usize::from(b.is_ascii_uppercase());
                lower |= b.is_ascii_lowercase();
                end += 1;
            }
            Some(b'-' | b'\'') => match bytes.get(end + 1) {
                Some(n) if n.is_ascii_alphanumeric() => end += 1,
                Some(n) if !n.is_ascii() => return None,
                _ => break,
            },
            // Only ASCII bytes were passed, so `end` is a character boundary: a curly quotation
            // mark or a dash ends the word, a letter or ’ may go on.
            Some(b) if !b.is_ascii() => match text[end..].chars().next() {
                Some(c) if !is_word_char(c) && !joins_word(c) => break,
                _ => return None,
            },
            _ => break,
        }
    }
    let shape = if first.is_ascii_digit() && digits {
        Shape::Digits
    } else if first.is_ascii_lowercase() && upper == 0 {
        Shape::Lower
    } else if first.is_ascii_uppercase() && rest > 0 && upper == rest {
        Shape::AllCaps
    } else if first.is_ascii_uppercase() && lower {
        Shape::Capitalised
    } else {
        Shape::Other
    };
    Some((end, shape))
}

fn word_shape(word: &str) -> Shape {
    let mut chars = word.chars().filter(|c| c.is_alphanumeric());
    let Some(first) = chars.next() else {
        return Shape::Other;
    };
    let (mut rest, mut digits, mut upper, mut lower) = (0, true, 0, false);
    for c in chars {
        rest += 1;
        digits &= c.is_ascii_digit();
        upper += usize::from(c.is_uppercase());
        lower |= c.is_lowercase();
    }
    if first.is_ascii_digit() && digits {
        Shape::Digits
    } else if first.is_lowercase() && upper == 0 {
        Shape::Lower
    } else if first.is_uppercase() && rest > 0 && upper == rest {
        Shape::AllCaps
    } else if first.is_uppercase() && lower {
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
    fn ascii_words_read_as_the_general_path_reads_them() {
        let words = [
            "Tehran", "IRNA", "2025", "al-Adl", "F16", "x", "A", "Iran's", "UN-led", "2nd",
            "McCain",
        ];
        for w in words {
            let (end, shape) = ascii_word(w, 0).expect(w);
            assert_eq!((end, shape), (w.len(), word_shape(w)), "{w}");
        }
        // Words that go on into other characters are left to the general path.
        for w in ["Iran’s", "Café", "al-Öz"] {
            assert_eq!(ascii_word(w, 0), None, "{w}");
        }
        // A curly quotation mark ends the word.
        assert_eq!(ascii_word("Tehran” he", 0), Some((6, Shape::Capitalised)));
    }

    #[test]
    fn lower_case_forms() {
        let t = Tokens::new("Iran’s ÖCALAN met «IRNA»");
        let lower: Vec<&str> = t.all().iter().map(|k| t.lower(k)).collect();
        assert_eq!(lower, ["iran’s", "öcalan", "met", "«", "irna", "»"]);
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
