//! English function words the rules need: prepositions, determiners, pronouns and the like.
//!
//! This is grammar, not knowledge of the world: the world lives in the gazetteers.

/// Whether `w` (lower case) is a preposition that makes the noun after it an object.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "with"
            | "to"
            | "of"
            | "from"
            | "for"
            | "in"
            | "on"
            | "at"
            | "by"
            | "against"
            | "between"
            | "among"
            | "amongst"
            | "about"
            | "into"
            | "toward"
            | "towards"
            | "including"
            | "like"
            | "than"
            | "via"
            | "over"
            | "across"
            | "within"
            | "without"
            | "under"
            | "amid"
            | "during"
            | "after"
            | "before"
            | "behind"
            | "beyond"
            | "near"
            | "upon"
            | "alongside"
            | "except"
            | "despite"
            | "per"
            | "regarding"
            | "concerning"
            | "versus"
            | "vs"
            | "through"
            | "throughout"
            | "inside"
            | "outside"
            | "onto"
            | "beside"
            | "besides"
            | "unlike"
            | "following"
            | "around"
            | "along"
            | "since"
            | "until"
            | "till"
    )
}

/// Prepositions after which a city names the place where something happens (the visit verbs
/// that do the same are words.csv's `visit_verb`).
pub fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "near" | "inside" | "outside" | "into" | "across" | "around" | "to" | "from"
    )
}

/// Whether `w` (lower case) is a determiner or possessive pronoun that may open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "my"
            | "your"
            | "both"
            | "two"
            | "whose"
            | "another"
            | "other"
            | "each"
    )
}

/// Words that open a clause which cannot hold the subject of the verb after it.
pub fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "while"
            | "who"
            | "which"
            | "whose"
            | "whom"
            | "when"
            | "where"
            | "after"
            | "before"
            | "although"
            | "though"
            | "as"
            | "since"
            | "because"
            | "if"
            | "unless"
            | "despite"
            | "following"
            | "according"
            | "during"
            | "amid"
            | "whereas"
            | "once"
            | "until"
    )
}

/// Words that negate a verb they stand shortly before ("not", "never", "didn't", "don’t").
pub fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "nor" | "cannot")
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// Words that negate or make hypothetical a verb they stand shortly before. Verbs of plans and
/// hopes ("plans to visit") do the same; they are `plan_verb` in `words.csv`.
pub fn is_negation_or_modal(w: &str) -> bool {
    is_negation(w)
        || matches!(
            w,
            "if" | "would"
                | "could"
                | "might"
                | "may"
                | "should"
                | "will"
                | "shall"
                | "unless"
                | "whether"
                | "yet"
                | "to"
                | "without"
        )
}

/// Conjunctions after which a clause has a subject of its own ("... gained momentum as both
/// countries reaffirmed ..."): fewer than [`is_subordinator`], as the subject rules need.
pub fn is_clause_conjunction(w: &str) -> bool {
    matches!(
        w,
        "as" | "when"
            | "while"
            | "because"
            | "after"
            | "before"
            | "since"
            | "where"
            | "whereas"
            | "although"
    )
}

/// Auxiliary and linking verbs.
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "did"
            | "does"
            | "do"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
    )
}

/// Whether `w` is a year of four digits, 1900 to 2099 ("2015").
pub fn year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Number words a count may be written with.
pub fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" | "a" | "an" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        _ => return None,
    })
}

/// Function words that never start or continue a person's name.
pub fn is_name_stopword(w: &str) -> bool {
    // "said" and "says" are verbs in lower case only: "Said" is a name ("Azalina Othman Said").
    if matches!(w, "said" | "says") {
        return true;
    }
    if w.bytes().all(|b| !b.is_ascii_uppercase()) && w.is_ascii() {
        return is_lower_name_stopword(w);
    }
    is_lower_name_stopword(&w.to_lowercase())
}

/// [`is_name_stopword`] for a word already in lower case, written capitalised (so "Said" is a
/// name).
pub fn is_lower_name_stopword(lower: &str) -> bool {
    is_preposition(lower)
        || is_determiner(lower)
        || is_subordinator(lower)
        || matches!(
            lower,
            "and"
                | "or"
                | "but"
                | "on"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "also"
                | "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "would"
                | "today"
                | "yesterday"
                | "tomorrow"
                | "last"
                | "next"
                | "this"
        )
}

/// Name particles that may stand in lower case inside a name ("bin", "al-", "ul").
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "ul"
            | "ud"
            | "ur"
            | "e"
            | "de"
            | "da"
            | "van"
            | "von"
            | "der"
            | "la"
            | "abu"
            | "ben"
    )
}

/// Name particles after which comes the father's name ("Faisal bin Farhan").
pub fn is_patronymic(w: &str) -> bool {
    matches!(w, "bin" | "ibn" | "bint")
}
