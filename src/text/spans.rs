//! Byte ranges of a document: an interval set of taken ranges, and the sentence holding a byte.

use std::collections::BTreeMap;
use std::ops::Range;

use super::split::Sentence;

/// Byte ranges already taken, kept as disjoint intervals, so that checking a new range against
/// thousands of others is a lookup rather than a scan.
#[derive(Debug, Default)]
pub(crate) struct Taken(BTreeMap<usize, usize>);

impl Taken {
    /// The union of `ranges`.
    pub(crate) fn of<'a>(ranges: impl Iterator<Item = &'a Range<usize>>) -> Taken {
        let mut t = Taken::default();
        for r in ranges {
            t.insert(r.clone());
        }
        t
    }

    /// Whether `r` shares a byte with a taken range.
    pub(crate) fn overlaps(&self, r: &Range<usize>) -> bool {
        self.0
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start)
    }

    /// Whether `r` lies inside one taken range.
    pub(crate) fn covers(&self, r: &Range<usize>) -> bool {
        self.0
            .range(..=r.start)
            .next_back()
            .is_some_and(|(_, &end)| r.end <= end)
    }

    /// Takes `r`, merging it with the ranges it overlaps.
    pub(crate) fn insert(&mut self, r: Range<usize>) {
        let (mut start, mut end) = (r.start, r.end);
        while let Some((&s, &e)) = self.0.range(..end).next_back() {
            if e <= start {
                break;
            }
            start = start.min(s);
            end = end.max(e);
            self.0.remove(&s);
        }
        if start < end {
            self.0.insert(start, end);
        }
    }
}

/// The index of the sentence that holds byte `pos`, if any.
pub(crate) fn sentence_of(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.range.end <= pos);
    (i < sentences.len() && sentences[i].range.start <= pos).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::Taken;

    #[test]
    fn taken_merges_overlapping_ranges() {
        let mut t = Taken::of([0..3, 5..8].iter());
        assert!(t.overlaps(&(2..4)));
        assert!(!t.overlaps(&(3..5)));
        assert!(t.covers(&(5..8)));
        assert!(!t.covers(&(2..6)));
        t.insert(2..6);
        assert!(t.covers(&(0..8)));
    }
}
