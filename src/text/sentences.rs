//! Splits a block of text into sentences, keeping abbreviations, initials and closing quotes whole.

use std::ops::Range;

fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: [&str; 44] = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "capt", "adm", "sen", "rep",
        "st", "jr", "sr", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof",
        "gov", "sgt", "hon", "rev", "approx", "retd",
    ];
    let w = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&w.as_str())
}

/// The sentences of `text[range]`, as byte ranges into `text`, trimmed.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let block = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the closing quotes and brackets that belong to this sentence.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(block.len(), |&(p, _)| p);
            let followed_by_space = chars.get(j).is_some_and(|&(_, n)| n.is_whitespace());
            let next_word_start = chars[j..]
                .iter()
                .find(|(_, n)| !n.is_whitespace())
                .map(|&(_, n)| n);
            let opens_sentence = next_word_start.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_numeric()
                    || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '[')
            });
            let word_before = block[..pos]
                .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
                .next()
                .unwrap_or("");
            let initial =
                word_before.chars().count() == 1 && word_before.chars().all(char::is_uppercase);
            let dotted = word_before.contains('.');
            let abbreviation = c == '.' && (is_abbreviation(word_before) || initial || dotted);
            if followed_by_space && opens_sentence && !abbreviation {
                push_trimmed(&mut out, block, start, end, range.start);
                start = end;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, block, start, block.len(), range.start);
    out
}

/// The longest sentence read whole, in bytes. Real sentences are far shorter; text that runs on
/// without a full stop (a scraped table, a 50 MB line) is cut into pieces of at most this size
/// at a space, so that the work done per sentence stays bounded and the whole stays linear.
pub const MAX_SENTENCE: usize = 2_000;

fn push_trimmed(out: &mut Vec<Range<usize>>, block: &str, start: usize, end: usize, base: usize) {
    let mut start = start;
    loop {
        let piece = &block[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            return;
        }
        let (s, e) = (start + lead, start + lead + trimmed.len());
        if e - s <= MAX_SENTENCE {
            out.push(base + s..base + e);
            return;
        }
        // Cut at the last space within the limit, else at a character boundary.
        let cut = super::floor_boundary(block, s + MAX_SENTENCE);
        let cut = block[s..cut]
            .rfind(char::is_whitespace)
            .filter(|&i| i > 0)
            .map_or(cut, |i| s + i);
        out.push(base + s..base + block[s..cut].trim_end().len() + s);
        start = cut;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_where_sentences_end() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "He said so. Then he left.",
                &["He said so.", "Then he left."],
            ),
            (
                "“We are ready,” Naqvi said. Larijani agreed.",
                &["“We are ready,” Naqvi said.", "Larijani agreed."],
            ),
            (
                "He called it “a step.” Iran agreed.",
                &["He called it “a step.”", "Iran agreed."],
            ),
            (
                "Lt. Gen. Asim Munir met Dr. Khan. Talks ended.",
                &["Lt. Gen. Asim Munir met Dr. Khan.", "Talks ended."],
            ),
            (
                "The U.S. President spoke. The 12-day war ended.",
                &["The U.S. President spoke.", "The 12-day war ended."],
            ),
            ("No full stop at the end", &["No full stop at the end"]),
        ];
        for (input, want) in cases {
            let got: Vec<&str> = split(input, 0..input.len())
                .into_iter()
                .map(|r| &input[r])
                .collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_pieces() {
        let words = "word ".repeat(3 * MAX_SENTENCE);
        let long_word = "é".repeat(MAX_SENTENCE * 2);
        for text in [words.as_str(), long_word.as_str()] {
            let got = split(text, 0..text.len());
            assert!(got.len() >= 2);
            for r in &got {
                assert!(r.end - r.start <= MAX_SENTENCE, "{r:?}");
                assert!(!text[r.clone()].starts_with(' ') && !text[r.clone()].ends_with(' '));
            }
            // Nothing lost but the spaces cut at.
            let kept: usize = got
                .iter()
                .map(|r| text[r.clone()].replace(' ', "").len())
                .sum();
            assert_eq!(kept, text.replace(' ', "").len());
        }
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "Title\nFirst one. Second one.";
        let got = split(text, 6..text.len());
        assert_eq!(&text[got[1].clone()], "Second one.");
    }
}
