//! Who is acted upon: the list of acting phrases after a cue ("met A, B and C").

use super::view::SentenceView;
use crate::resolve::Actor;

impl SentenceView<'_> {
    /// The acting phrases after `pos` joined in a list ("with A, B and C"), with the word that
    /// introduces the first one.
    pub(super) fn objects_after(&self, pos: usize) -> (Vec<&Actor>, Option<String>) {
        let mut list: Vec<&Actor> = Vec::new();
        let mut closed = false;
        for a in self
            .actors
            .iter()
            .filter(|a| a.range.start >= pos && !a.in_quote)
        {
            match list.last() {
                None => {
                    let gap = self.span(pos, a.range.start);
                    if gap.len() > 80
                        || gap.contains([';', '('])
                        || gap.contains(", who")
                        || gap.contains(" which ")
                        || gap.contains(" who ")
                    {
                        break;
                    }
                    list.push(a);
                }
                Some(prev) => {
                    let gap = self.span(prev.range.end, a.range.start).trim();
                    if closed {
                        break;
                    }
                    let raw = self.span(prev.range.end, a.range.start);
                    if raw == " " || (prev.possessive && !gap.contains(',')) {
                        // "Central Bank Governor X", "Egypt’s intelligence chief X": the
                        // phrase before qualifies the one after, which is the object.
                        list.pop();
                        list.push(a);
                    } else if matches!(
                        gap,
                        "and"
                            | ", and"
                            | "&"
                            | "as well as"
                            | "and with"
                            | ", and with"
                            | "and the"
                            | ", and the"
                    ) {
                        list.push(a);
                        // "A, B and C" ends at C.
                        closed = true;
                    } else if gap == "," || gap == ", the" || untitled_item(gap) {
                        list.push(a);
                    } else {
                        break;
                    }
                }
            }
        }
        let prep = list.first().and_then(|a| a.prep.clone());
        (list, prep)
    }
}

/// Whether `gap` is a comma and a title no gazetteer lists, before the next item of a list
/// ("..., Secretary to the Treasury X"): capitalised words and the small words of titles,
/// at most six.
fn untitled_item(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(", ") else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "of" | "to" | "the" | "for" | "and")
        })
}
