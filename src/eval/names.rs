//! Name and quotation comparison, as the reference scorer (`score.py`) does it.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Words dropped from a person's name before names are compared. This list is the scorer's
/// contract with ANNOTATION.md (the reference scorer's own), not the extractor's knowledge.
const HONORIFICS: [&str; 31] = [
    "syed",
    "seyyed",
    "seyed",
    "sayyid",
    "sayed",
    "ayatollah",
    "hojatoleslam",
    "dr",
    "mr",
    "mrs",
    "ms",
    "general",
    "gen",
    "major",
    "lieutenant",
    "lt",
    "field",
    "marshal",
    "brigadier",
    "admiral",
    "colonel",
    "sheikh",
    "shaikh",
    "prince",
    "king",
    "hazrat",
    "hafiz",
    "mullah",
    "maulana",
    "haji",
    "sir",
];

/// A string normalised for comparison: no accents nor case, British spellings of "defence" and
/// "organisation", every run of characters other than `a-z`, `0-9` and `@` a single space, no
/// leading "the".
pub fn norm(s: &str) -> String {
    let bare: String = s
        .nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .collect::<String>()
        .to_lowercase()
        .replace("defense", "defence")
        .replace("organization", "organisation");
    let spaced: String = bare
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '@' || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let joined = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    match joined.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => joined,
    }
}

/// An unnamed official `ROLE@CC`, normalised: case, plurals and the spokes- words do not matter.
pub fn role_ref(r: &str) -> String {
    let (role, cc) = match r.rfind('@') {
        Some(i) => (&r[..i], &r[i + 1..]),
        None => ("", r),
    };
    let words: Vec<String> = norm(role)
        .split_whitespace()
        .map(|w| match w {
            "spokesman" | "spokeswoman" | "spokespersons" | "spokesmen" | "spokeswomen" => {
                "spokesperson".to_string()
            }
            _ if w.chars().count() > 3 && w.ends_with('s') && !w.ends_with("ss") => {
                w[..w.len() - 1].to_string()
            }
            _ => w.to_string(),
        })
        .collect();
    format!("{}@{}", words.join(" "), cc.trim().to_uppercase())
}

/// The words of a person's name, without honorifics (nor "the").
pub fn person_tokens(s: &str) -> Vec<String> {
    norm(s)
        .split_whitespace()
        .filter(|t| *t != "the" && !HONORIFICS.contains(t))
        .map(String::from)
        .collect()
}

/// Whether two person names name one person: the same words, or the shorter's words all stand
/// in the longer and it keeps the surname ("Naqvi" ~ "Mohsin Naqvi"), or the shorter (of more
/// than one word) is the longer's first words; a lone first or middle name is no match.
pub fn same_person(a: &str, b: &str) -> bool {
    let (ta, tb) = (person_tokens(a), person_tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    if ta == tb {
        return true;
    }
    let (small, big) = if ta.len() <= tb.len() {
        (&ta, &tb)
    } else {
        (&tb, &ta)
    };
    if !small.iter().all(|w| big.contains(w)) {
        return false;
    }
    small.last() == big.last() || (small.len() > 1 && big.starts_with(small))
}

/// Whether two quotations are the same: the shorter one's words stand contiguously in the longer
/// one (at least three words, or all of a shorter quotation), or most words are shared.
pub fn same_quote(a: &str, b: &str) -> bool {
    let (na, nb) = (norm(a), norm(b));
    let wa: Vec<&str> = na.split_whitespace().collect();
    let wb: Vec<&str> = nb.split_whitespace().collect();
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (small, big) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if small.len() >= big.len().min(3) && big.windows(small.len()).any(|w| w == small.as_slice()) {
        return true;
    }
    let sa: std::collections::HashSet<&str> = wa.iter().copied().collect();
    let sb: std::collections::HashSet<&str> = wb.iter().copied().collect();
    let shared = sa.intersection(&sb).count();
    shared as f64 / sa.len().max(sb.len()) as f64 >= 0.6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalised_as_the_reference_scorer_does() {
        assert_eq!(norm("The Ministry of Defense"), "ministry of defence");
        assert_eq!(norm("Shāhbāz  Sharīf’s"), "shahbaz sharif s");
        assert_eq!(
            role_ref("Foreign Ministry Spokesmen@ir"),
            "foreign ministry spokesperson@IR"
        );
        assert_eq!(role_ref("army chiefs@PK"), "army chief@PK");
    }

    #[test]
    fn person_names_match_as_annotation_says() {
        let cases = [
            ("Naqvi", "Mohsin Naqvi", true),
            ("Syed Mohsin Naqvi", "Mohsin Naqvi", true),
            ("Ali Larijani", "Ali Ardeshir Larijani", true),
            ("Masoud", "Masoud Pezeshkian", false),
            ("Asim Munir", "Asim Munir Ahmad Shah", true),
            ("Ali Khamenei", "Ayatollah Seyyed Ali Khamenei", true),
            ("Larijani", "Ali Khamenei", false),
            ("Shehbaz Sharif", "Nawaz Sharif", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_person(a, b), want, "{a:?} vs {b:?}");
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
