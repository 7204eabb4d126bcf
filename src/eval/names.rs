//! Name and quotation comparison: how the scorer decides two strings say the same thing.

use crate::text::normalise;

/// Titles dropped from the front of a name before names are compared. This list is the scorer's
/// contract with ANNOTATION.md, not the extractor's knowledge: it stays here in code, out of the
/// gazetteers.
const HONORIFICS: [&str; 24] = [
    "syed",
    "seyyed",
    "seyed",
    "sayyid",
    "sayed",
    "ayatollah",
    "grand",
    "general",
    "gen",
    "dr",
    "field",
    "marshal",
    "major",
    "lieutenant",
    "brigadier",
    "maj",
    "lt",
    "sheikh",
    "prince",
    "mr",
    "mrs",
    "ms",
    "hojatoleslam",
    "admiral",
];

/// A name folded for comparison: no case, accents, punctuation, honorifics or leading "the".
pub fn fold(name: &str) -> String {
    let unaccented: String = name
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'É' | 'È' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Í' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' | 'Ö' | 'Ó' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'Ü' | 'Ú' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' => 'n',
            'ş' | 'Ş' => 's',
            'ğ' => 'g',
            '’' | '\'' => ' ',
            other => other,
        })
        .collect();
    let n = normalise(&unaccented);
    let ws: Vec<&str> = n.split(' ').filter(|w| !w.is_empty()).collect();
    let start = ws
        .iter()
        .position(|w| !HONORIFICS.contains(w) && *w != "the")
        .unwrap_or(ws.len());
    ws[start..].join(" ")
}

/// Whether two person names name one person: equal, or the shorter's words all stand in the
/// longer and keep its surname, or the shorter is the longer's first words.
pub fn same_person_name(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    let wa: Vec<&str> = fa.split(' ').collect();
    let wb: Vec<&str> = fb.split(' ').collect();
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let all_in = short.iter().all(|w| long.contains(w));
    let keeps_surname = long.last().is_some_and(|l| short.contains(l));
    let prefix = long.starts_with(&short);
    (all_in && keeps_surname) || prefix
}

/// Whether two quotations are the same: the shorter's words stand in order in the longer, or
/// most words are shared.
pub fn same_quote(a: &str, b: &str) -> bool {
    let wa: Vec<String> = fold(a)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let wb: Vec<String> = fold(b)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let mut it = long.iter();
    let in_order = short.iter().all(|w| it.any(|l| l == w));
    let shared = short.iter().filter(|w| long.contains(w)).count();
    in_order || shared * 2 > long.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_match_as_annotation_says() {
        let cases = [
            ("Naqvi", "Mohsin Naqvi", true),
            ("Syed Mohsin Naqvi", "Mohsin Naqvi", true),
            ("Ali Larijani", "Ali Ardeshir Larijani", true),
            ("Masoud", "Masoud Pezeshkian", true),
            ("Ali Khamenei", "Ayatollah Seyyed Ali Khamenei", true),
            ("Ali", "Ali Larijani", true),
            ("Larijani", "Ali Khamenei", false),
            ("Shehbaz Sharif", "Nawaz Sharif", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_person_name(a, b), want, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn quotes_match_when_one_holds_the_other() {
        let cases = [
            (
                "Iran and Pakistan are partners",
                "“Iran and Pakistan are partners,”",
                true,
            ),
            (
                "This visit has taken place at a critical juncture.",
                "This visit has taken place at a critical juncture. When the region is in a state",
                true,
            ),
            ("partner in peace", "friend, brother, and partner", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_quote(a, b), want, "{a:?} vs {b:?}");
        }
    }
}
