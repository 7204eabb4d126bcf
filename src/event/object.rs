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
                    if matches!(
                        gap,
                        "and" | ", and" | "&" | "as well as" | "and with" | ", and with"
                    ) {
                        list.push(a);
                        // "A, B and C" ends at C.
                        closed = true;
                    } else if gap == "," {
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
