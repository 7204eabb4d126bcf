//! Groups a document's lines into paragraphs: hard-wrapped lines join, blank lines part.
//!
//! A line joins the one before it when it continues that line's sentence: it starts in lower
//! case or with punctuation that cannot open a sentence, the line before ends with a comma, or
//! the text is hard-wrapped (most lines that run on end near one column) and the line before was
//! broken there because this line's first word did not fit. List items, walls, markup and link
//! lines stand alone.

use std::ops::Range;

use super::classify::is_bullet;

/// The paragraphs of `text` made of its `lines` (as [`super::lines`] gives them), as ranges of
/// line indices; `alone` tells the lines that must be paragraphs of their own.
pub(super) fn paragraphs(text: &str, lines: &[Range<usize>], alone: &[bool]) -> Vec<Range<usize>> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|r| text[r.clone()].chars().count())
        .collect();
    let blank: Vec<bool> = (1..lines.len())
        .map(|i| breaks(&text[lines[i - 1].end..lines[i].start]) >= 2)
        .collect();
    // A line before a list item or a line alone did not run on.
    let runs_on: Vec<bool> = (1..lines.len())
        .map(|i| !blank[i - 1] && !alone[i] && !is_bullet(&text[lines[i].clone()]))
        .collect();
    let column = wrap_column(&widths, &runs_on, alone);
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in 0..lines.len() {
        let joins = i > 0
            && !blank[i - 1]
            && !alone[i - 1]
            && !alone[i]
            && continues(
                &text[lines[i - 1].clone()],
                widths[i - 1],
                &text[lines[i].clone()],
                column,
            );
        match out.last_mut() {
            Some(last) if joins => last.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// The number of line breaks in `gap` (`\r\n` is one).
pub(super) fn breaks(gap: &str) -> usize {
    let b = gap.as_bytes();
    (0..b.len())
        .filter(|&i| b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')))
        .count()
}

/// Whether line `b` continues line `a` (of `a_width` characters) in one paragraph.
fn continues(a: &str, a_width: usize, b: &str, column: Option<usize>) -> bool {
    if is_bullet(b) {
        return false;
    }
    let Some(first) = b.chars().next() else {
        return false;
    };
    if first.is_lowercase() || matches!(first, ',' | ';' | ')' | ']' | '%') || a.ends_with(',') {
        return true;
    }
    // Broken at the wrap column: the next word would not have fitted on the line.
    let Some(column) = column else {
        return false;
    };
    let next_word = b.split_whitespace().next().map_or(0, |w| w.chars().count());
    a_width <= column && a_width + 1 + next_word > column && !a.ends_with(':')
}

/// The column the text is hard-wrapped at, if it is: the width under which most lines that run
/// on to a next line end, in a band a long word wide. Lines of a few words (menus), very long
/// ones (unwrapped paragraphs) and lines that stand alone (markup, links) say nothing.
fn wrap_column(widths: &[usize], runs_on: &[bool], alone: &[bool]) -> Option<usize> {
    const MIN: usize = 30;
    const MAX: usize = 160;
    let mut hist = [0usize; MAX + 1];
    let mut candidates = 0;
    for (i, &w) in widths.iter().enumerate() {
        if runs_on.get(i) == Some(&true) && !alone[i] && (MIN..=MAX).contains(&w) {
            hist[w] += 1;
            candidates += 1;
        }
    }
    let mut prefix = [0usize; MAX + 2];
    for w in 0..=MAX {
        prefix[w + 1] = prefix[w] + hist[w];
    }
    let band = |top: usize| top - (top / 4).max(15);
    let (count, column) = (MIN..=MAX)
        .map(|top| (prefix[top + 1] - prefix[band(top)], top))
        .fold((0, 0), |best, c| if c.0 > best.0 { c } else { best });
    (count >= 2 && count * 2 >= candidates).then_some(column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        let lines = super::super::lines(text);
        paragraphs(text, &lines, &vec![false; lines.len()])
            .into_iter()
            .map(|r| &text[lines[r.start].start..lines[r.end - 1].end])
            .collect()
    }

    /// `text` broken at spaces into lines of at most `width` characters.
    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = 0;
        for w in text.split(' ') {
            let n = w.chars().count();
            if line > 0 && line + 1 + n > width {
                out.push('\n');
                line = 0;
            } else if line > 0 {
                out.push(' ');
                line += 1;
            }
            out.push_str(w);
            line += n;
        }
        out
    }

    #[test]
    fn wrapped_lines_join_and_blank_lines_part() {
        let para = "The foreign ministers of both countries met in the capital on Monday and agreed to expand trade. They also discussed border security and refugees at length with Prime Minister Anwar Ibrahim of Malaysia. Talks will go on.";
        for width in [40, 60, 72, 100] {
            let text = format!("{}\n\nSecond paragraph here.", wrap(para, width));
            let got = paras(&text);
            assert_eq!(got.len(), 2, "{width}: {got:?}");
            assert_eq!(got[0].replace('\n', " "), para, "{width}");
        }
        // Unwrapped: a title over a paragraph, a menu: each line its own paragraph.
        let page = "Home\nWorld\nSports\nMinisters meet in the capital\nThe foreign ministers met on Monday.\n• An item\n• another item";
        assert_eq!(paras(page).len(), 7);
        // A lower-case start continues; CRLF blank lines part.
        assert_eq!(
            paras("He said\r\nthat it was so.\r\n\r\nNext."),
            ["He said\r\nthat it was so.", "Next."]
        );
    }

    #[test]
    fn the_wrap_column_needs_most_run_on_lines_near_it() {
        let wrapped: Vec<usize> = vec![58, 60, 55, 59, 30, 57];
        let (runs_on, alone) = (vec![true; 6], vec![false; 6]);
        assert_eq!(wrap_column(&wrapped, &runs_on, &alone), Some(60));
        let ragged: Vec<usize> = vec![40, 99, 130, 75, 160, 52];
        assert_eq!(wrap_column(&ragged, &runs_on, &alone), None);
    }
}
