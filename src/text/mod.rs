//! Text handling before any matching: page furniture, paragraphs, sentences, quotations and dates.

pub mod clean;
pub mod dates;
pub mod lexicon;
pub mod quotes;
pub mod sentences;

/// Whether `c` can be part of a word (letters and digits of any script).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// `s[start..end]`, or an empty string when the bounds are reversed or off a character
/// boundary: what overlapping phrases in hostile text may ask for must never panic.
pub fn span(s: &str, start: usize, end: usize) -> &str {
    s.get(start..end).unwrap_or("")
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
/// hyphens and apostrophes ("al-Adl", "Iran’s").
pub fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    let mut start: Option<usize> = None;
    let mut end = 0;
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            start.get_or_insert(i);
            end = i + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '-' | '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if joins {
            continue;
        }
        if let Some(st) = start.take() {
            out.push((st, &s[st..end]));
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..end]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let got: Vec<&str> = words(input).into_iter().map(|(_, w)| w).collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }
}
