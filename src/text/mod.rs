//! Text handling before any matching: page furniture, paragraphs, sentences, quotations and dates.

pub mod clean;
pub mod dates;
pub mod lexicon;
pub mod quotes;
pub mod sentences;
pub(crate) mod spans;
pub mod split;
pub mod tokens;
pub mod variants;

/// Whether `c` can be part of a word (letters and digits of any script).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (’ “ ” – — …), the commonest non-ASCII characters of news.
        false
    } else {
        c.is_alphanumeric()
    }
}

/// `s[start..end]`, or an empty string when the bounds are reversed or off a character
/// boundary: what overlapping phrases in hostile text may ask for must never panic.
pub fn span(s: &str, start: usize, end: usize) -> &str {
    s.get(start..end).unwrap_or("")
}

/// The largest character boundary of `s` at or before byte `i`.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The character ending just before byte `i` of `s`.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

/// The character starting at byte `i` of `s`.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The words of `s` with their byte offsets: runs of word characters, joined across inner
/// hyphens and apostrophes ("al-Adl", "Iran’s"). Walks from either end without allocating, so
/// "the last three words before a name" costs three words, not the whole sentence.
pub fn words(s: &str) -> Words<'_> {
    Words {
        s,
        front: 0,
        back: s.len(),
    }
}

/// The iterator of [`words`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    s: &'a str,
    /// Where the next word from the front is looked for: the end of the last one given.
    front: usize,
    /// Where the next word from the back must end by: the start of the last one given.
    back: usize,
}

fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let rest = self.s.get(self.front..self.back)?;
        let (first, _) = rest.char_indices().find(|&(_, c)| is_word_char(c))?;
        let start = self.front + first;
        let mut end = start;
        let mut chars = self.s[start..].chars().peekable();
        while let Some(c) = chars.next() {
            let inner = joins_word(c) && chars.peek().is_some_and(|&n| is_word_char(n));
            if is_word_char(c) || inner {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        self.front = end.min(self.back);
        Some((start, &self.s[start..end]))
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    fn next_back(&mut self) -> Option<(usize, &'a str)> {
        let rest = self.s.get(self.front..self.back)?;
        let (last, c) = rest.char_indices().rev().find(|&(_, c)| is_word_char(c))?;
        let end = self.front + last + c.len_utf8();
        let mut start = self.front + last;
        let mut chars = self.s[..start].chars().rev().peekable();
        while let Some(c) = chars.next() {
            let inner = joins_word(c) && chars.peek().is_some_and(|&p| is_word_char(p));
            if is_word_char(c) || inner {
                start -= c.len_utf8();
            } else {
                break;
            }
        }
        self.back = start.max(self.front);
        Some((start, &self.s[start..end]))
    }
}

/// The at most `len` bytes of `text` before byte `end`, cut at a character boundary.
pub fn tail(text: &str, end: usize, len: usize) -> &str {
    let start = floor_boundary(text, end.saturating_sub(len));
    &text[start..end]
}

/// `s` in ASCII lower case where it can be: accents dropped (NFD, combining marks removed),
/// every other character that is no ASCII letter or digit a space.
pub fn fold_ascii(s: &str) -> String {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| canonical_combining_class(*c) == 0)
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A name as a record gives it, from the words the text wrote: one space between words (line
/// breaks and non-breaking spaces too), and no possessive at its end ("Wickremesinghe’s").
pub fn name_form(s: &str) -> String {
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = out.strip_suffix(suffix) {
            out = stem.to_string();
            break;
        }
    }
    out
}

/// A name folded for comparison: lower case, single spaces, no punctuation.
pub fn normalise(s: &str) -> String {
    let mut out = String::new();
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&w.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_forms_have_single_spaces_and_no_possessive() {
        let cases = [
            ("Ranil Wickremesinghe’s", "Ranil Wickremesinghe"),
            ("Li\u{a0}Qiang", "Li Qiang"),
            ("Maris\nSangiampongsa", "Maris Sangiampongsa"),
            ("the Ministers'", "the Ministers"),
            ("Jonas Gahr Støre", "Jonas Gahr Støre"),
        ];
        for (raw, want) in cases {
            assert_eq!(name_form(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn word_chars_are_letters_and_digits() {
        let checked = (0..0x3000u32).filter_map(char::from_u32);
        for c in checked {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let cases: [(&str, &[&str]); 4] = [
            ("Iran’s army chief", &["Iran’s", "army", "chief"]),
            ("Jaish al-Adl (BLA).", &["Jaish", "al-Adl", "BLA"]),
            (
                "“Quoted,” he said -- twice",
                &["Quoted", "he", "said", "twice"],
            ),
            ("", &[]),
        ];
        for (input, want) in cases {
            let got: Vec<&str> = words(input).map(|(_, w)| w).collect();
            assert_eq!(got, want, "input {input:?}");
            let mut back: Vec<&str> = words(input).rev().map(|(_, w)| w).collect();
            back.reverse();
            assert_eq!(back, want, "backwards, input {input:?}");
        }
    }
}
