//! What each paragraph is (prose, short line, list item, furniture or wall), alone and then
//! among its neighbours, and which run of paragraphs is the article.

use super::{plain_words, CleanRules, Para};

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Running text.
    Prose,
    /// A heading, title, byline or dateline: kept as a heading inside the article.
    Short,
    /// A list item.
    Bullet,
    /// Page furniture (markup, links, menus, captions, asides): dropped alone, costs nothing.
    Junk,
    /// A comment-form header: the article ends before it.
    Wall,
}

/// What a paragraph is judged by.
#[derive(Debug, Clone, Default)]
pub(super) struct Features {
    /// Words outside markup and links.
    pub words: usize,
    /// Of those, stop words and words in lower case.
    stop: usize,
    lower: usize,
    /// Non-space characters, and those in markup and link tokens.
    chars: usize,
    junk_chars: usize,
    /// Stand-alone menu separators ("|", "»", "•").
    separators: usize,
    /// Ends with sentence punctuation, or with a link.
    ends_sentence: bool,
    /// Ends with a full stop, question or exclamation mark.
    full_stop: bool,
    /// Holds a whole sentence of six words or more before its end ("… in Kandy. Pix by X").
    inner_sentence: bool,
}

/// What ends a sentence at the end of a paragraph.
const SENTENCE_END: &[char] = &['.', '!', '?', '…', ':', ';'];

/// Characters that close a sentence after its punctuation.
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];

impl Features {
    /// The features of paragraph `s`.
    pub fn of(s: &str, rules: &CleanRules) -> Features {
        let mut f = Features::default();
        let mut last_word_token = None;
        let mut ends_in_link = false;
        let mut stop_before: Option<usize> = None;
        let mut lower = String::new();
        for token in s.split_whitespace() {
            if let Some(words) = stop_before.take() {
                f.inner_sentence |= words >= 6 && token.starts_with(char::is_uppercase);
            }
            let n = token.chars().count();
            f.chars += n;
            if is_separator(token) {
                f.separators += usize::from(!matches!(token, "/" | "-" | "–" | "—"));
                continue;
            }
            let link = is_link(token);
            if link || n > 40 || is_markup(token) {
                f.junk_chars += n;
                ends_in_link = link;
                continue;
            }
            ends_in_link = false;
            let mut any = false;
            for (_, w) in crate::text::words(token) {
                if !w.chars().any(char::is_alphabetic) {
                    continue;
                }
                any = true;
                f.words += 1;
                if w.chars().next().is_some_and(char::is_lowercase) {
                    f.lower += 1;
                }
                lower.clear();
                if w.is_ascii() {
                    lower.push_str(w);
                    lower.make_ascii_lowercase();
                } else {
                    lower.extend(w.chars().flat_map(char::to_lowercase));
                }
                if rules.is_stop(&lower) {
                    f.stop += 1;
                }
            }
            if any || token.chars().any(|c| SENTENCE_END.contains(&c)) {
                last_word_token = Some(token);
            }
            // A full stop after a word, not an abbreviation or an initial ("U.S.", "Dr.").
            let bare = token.trim_end_matches(CLOSERS);
            if bare.ends_with(['.', '!', '?'])
                && bare.chars().filter(|c| c.is_alphabetic()).count() > 3
            {
                stop_before = Some(f.words);
            }
        }
        let end = last_word_token.map_or("", |t| t.trim_end_matches(CLOSERS));
        f.full_stop = end.ends_with(['.', '!', '?', '…']);
        f.ends_sentence = end.ends_with(SENTENCE_END) || (ends_in_link && f.words > 0);
        f
    }

    /// Whether markup and links make up more than 30% of it, and the rest is no sentence (a
    /// sentence with a link or a formula-like quotation in it stays prose).
    pub fn is_junk(&self) -> bool {
        self.junk_chars * 10 > self.chars * 3 && !(self.words >= 5 && self.stop_share() >= 0.2)
    }

    /// Whether it is a menu: short items between separators ("Home | World | Sports").
    pub fn is_menu(&self) -> bool {
        self.separators >= 2 && !self.full_stop && self.words <= 4 * (self.separators + 1)
    }

    fn stop_share(&self) -> f64 {
        self.stop as f64 / self.words.max(1) as f64
    }

    /// Running text judged alone: a sentence, or a long paragraph of running words whose
    /// ending is lost (a quotation, a link, a cut).
    fn is_prose(&self) -> bool {
        (self.ends_sentence && self.words >= 4)
            || (self.full_stop && self.words >= 2 && self.lower >= 1)
            || (self.inner_sentence && self.lower >= 3)
            || (self.words >= 25 && self.stop_share() >= 0.25)
    }

    /// A paragraph cut mid-sentence: running words, mostly lower case, many of them stop words.
    fn is_cut_prose(&self) -> bool {
        self.words >= 8 && self.stop_share() >= 0.2 && self.lower * 2 >= self.words
    }
}

/// Whether `line` starts with a list bullet.
pub(super) fn is_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next().unwrap_or(' ');
    "•·▪‣◦●○■□➢➤►*".contains(first)
        || (matches!(first, '-' | '–' | '—') && chars.next().is_some_and(char::is_whitespace))
}

fn is_separator(token: &str) -> bool {
    matches!(
        token,
        "|" | "||" | "•" | "·" | "»" | "›" | "/" | "::" | "-" | "–" | "—"
    )
}

/// A URL or a bare domain ("www.x.org/a", "https://x", "alwaght.net").
fn is_link(token: &str) -> bool {
    if !token.contains(['.', ':']) {
        return false;
    }
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
    if t.contains("://") || t.starts_with("www.") {
        return true;
    }
    let Some((name, tld)) = t.split('/').next().unwrap_or("").rsplit_once('.') else {
        return false;
    };
    let label = name.rsplit('.').next().unwrap_or("");
    label.chars().count() >= 3
        && label
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

/// A token of markup: a tag, an attribute, a style rule, an entity.
fn is_markup(token: &str) -> bool {
    let signs = |b: &u8| b"<>{}\\_=[]&".contains(b);
    if !token.bytes().any(|b| signs(&b)) {
        return false;
    }
    token.contains(['<', '>', '{', '}', '\\', '_'])
        || token.contains("=\"")
        || token.contains("]:")
        || (token.contains('[') && token.contains(']') && !token.starts_with('['))
        || (token.contains('&') && token.ends_with(';'))
}

/// The class of paragraph `s` with features `f`, judged alone.
pub(super) fn class(s: &str, f: &Features, rules: &CleanRules) -> Class {
    let opens = f.words <= 40 && rules.opens_marker(s);
    if opens && rules.is_wall(s) {
        return Class::Wall;
    }
    let bracketed = s.starts_with(['(', '[']) && s.ends_with([')', ']']) && f.words <= 8;
    if f.words == 0
        || f.is_junk()
        || f.is_menu()
        || bracketed
        || s.contains('©')
        || (opens && aside(s, f, rules).is_some())
        || caption(s, f, opens, rules)
    {
        return Class::Junk;
    }
    if is_bullet(s) && !(f.is_prose() && f.words >= 12) {
        Class::Bullet
    } else if f.is_prose() {
        Class::Prose
    } else {
        Class::Short
    }
}

/// Whether the words of `s` start with one of `phrases`, and how many words that takes.
fn starts_with_phrase(words: &[String], phrases: &[Vec<String>]) -> Option<usize> {
    phrases
        .iter()
        .find(|p| words.len() >= p.len() && words[..p.len()] == p[..])
        .map(Vec::len)
}

/// Whether `s` is an aside ("Also read: …", "Related"): `Some(true)` when it is the marker alone,
/// which leads the headlines after it.
fn aside(s: &str, f: &Features, rules: &CleanRules) -> Option<bool> {
    if f.words > 30 {
        return None;
    }
    let head = s.split([':', '|', '»', '›']).next().unwrap_or("");
    let words = plain_words(head);
    let n = starts_with_phrase(&words, &rules.asides)?;
    let alone = n == words.len() && head.len() == s.trim_end_matches([':', ' ']).len();
    (n == words.len()).then_some(alone)
}

/// Whether `s` is a picture caption or credit: a short paragraph whose first part (before `:`,
/// `|` or a dash, or in leading brackets) starts with a caption marker ("Photo: APP", "(FILE)
/// The minister …"), or whose last part (in brackets or after a dash, a few words) holds one
/// ("… in Tehran. (AP Photo/Jane Doe)"). A caption opening with a bracketed marker may be
/// longer.
fn caption(s: &str, f: &Features, opens: bool, rules: &CleanRules) -> bool {
    let is_marker = |part: &str| {
        let words = plain_words(part);
        starts_with_phrase(&words, &rules.captions) == Some(words.len())
    };
    let bracketed = s
        .strip_prefix(['(', '['])
        .and_then(|r| r.split([')', ']']).next())
        .unwrap_or("");
    // Agency captions run long ("(FILE) The Emir of Qatar ... 19 September 2023. EFE/EPA/...").
    if f.words <= 80 && is_marker(bracketed) {
        return true;
    }
    if f.words > 40 {
        return false;
    }
    if !opens && !s.ends_with([')', ']']) && !s.contains(['–', '—', '|']) {
        return false;
    }
    let first = s.split([':', '|', '–', '—', '/']).next().unwrap_or("");
    let first = first.split(" - ").next().unwrap_or("");
    if opens && is_marker(first) {
        return true;
    }
    let trimmed = s.trim_end_matches(['.', ' ']);
    let last = if trimmed.ends_with([')', ']']) {
        trimmed.rsplit(['(', '[']).next().unwrap_or("")
    } else {
        trimmed.rsplit(['–', '—', '|']).next().unwrap_or("")
    };
    if last.len() >= trimmed.len() || last.len() > 80 {
        return false;
    }
    let last_words = plain_words(last);
    last.len() < trimmed.len()
        && last_words.len() <= 6
        && (0..last_words.len())
            .any(|i| starts_with_phrase(&last_words[i..], &rules.captions).is_some())
}

/// Judges paragraphs among their neighbours: runs of three or more one-to-three-word lines are
/// menus; the short lines after an aside marker alone are its headlines; the last paragraph
/// before the end or a wall, cut mid-sentence, is prose.
pub(super) fn in_context(text: &str, paras: &mut [Para], rules: &CleanRules) {
    let menu_item = |p: &Para| p.class == Class::Short && p.features.words <= 3;
    let mut i = 0;
    while i < paras.len() {
        let run = paras[i..].iter().take_while(|p| menu_item(p)).count();
        if run >= 3 {
            paras[i..i + run]
                .iter_mut()
                .for_each(|p| p.class = Class::Junk);
        }
        i += run.max(1);
    }
    for i in 0..paras.len() {
        let p = &paras[i];
        if p.class == Class::Junk && aside(&text[p.range.clone()], &p.features, rules) == Some(true)
        {
            for q in paras[i + 1..].iter_mut() {
                if q.class != Class::Short {
                    break;
                }
                q.class = Class::Junk;
            }
        }
    }
    // A sentence without its full stop between prose is prose, not a heading.
    let text_at: Vec<usize> = (0..paras.len())
        .filter(|&i| paras[i].class != Class::Junk)
        .collect();
    for w in text_at.windows(3) {
        let [a, b, c] = [w[0], w[1], w[2]];
        if paras[a].class == Class::Prose
            && paras[c].class == Class::Prose
            && paras[b].class == Class::Short
            && paras[b].features.is_cut_prose()
        {
            paras[b].class = Class::Prose;
        }
    }
    let end = paras
        .iter()
        .position(|p| p.class == Class::Wall)
        .unwrap_or(paras.len());
    let mut text_paras = paras[..end]
        .iter_mut()
        .rev()
        .filter(|p| p.class != Class::Junk);
    if let Some(last) = text_paras.next() {
        let after_prose = text_paras.next().is_none_or(|p| p.class == Class::Prose);
        if last.class == Class::Short && last.features.is_cut_prose() && after_prose {
            last.class = Class::Prose;
        }
    }
}

fn score(p: &Para) -> i64 {
    match p.class {
        Class::Prose => p.features.words as i64,
        Class::Bullet => -2,
        Class::Short => -10,
        Class::Junk => 0,
        Class::Wall => -1_000_000,
    }
}

/// The first and last paragraph of the run with the highest total score (Kadane's algorithm),
/// if any run scores above nothing.
pub(super) fn best_run(paras: &[Para]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut run_start = 0;
    let mut run_sum = 0i64;
    for (i, p) in paras.iter().enumerate() {
        if run_sum <= 0 {
            run_start = i;
            run_sum = 0;
        }
        run_sum += score(p);
        if best.is_none_or(|(s, _, _)| run_sum > s) {
            best = Some((run_sum, run_start, i));
        }
    }
    best.filter(|&(s, _, _)| s > 0).map(|(_, a, b)| (a, b))
}
