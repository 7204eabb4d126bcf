//! Finds date expressions in text and resolves them against the article's own date.
//!
//! "on Wednesday" is the latest Wednesday on or before the article's date; "in August" is the
//! latest August on or before it; "mid-April last year" is April of the year before; a bare
//! month that only names something ("their August agreement") is not a date.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::{Datelike, Duration, Weekday};
use regex::Regex;

use super::clean::Article;
use crate::date::PartialDate;

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// Byte offsets into the text searched.
    pub range: Range<usize>,
    /// What it resolves to; `None` when it needs an article date the document does not have.
    pub date: Option<PartialDate>,
}

const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

struct Patterns {
    iso: Regex,
    /// "from 27 to 29 April 2024", "27-29 April": a span, dated by its first day.
    day_span_month: Regex,
    /// "April 27-29, 2024", "April 27 to 29".
    month_day_span: Regex,
    month_day_year: Regex,
    day_month_year: Regex,
    month_year: Regex,
    month_day: Regex,
    day_month: Regex,
    month_alone: Regex,
    weekday: Regex,
    relative: Regex,
    year: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(&s.replace("MONTH", MONTH)).expect("valid date regex");
        Patterns {
            iso: re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)"),
            day_span_month: re(
                r"(?-u:\b)(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH(?:,?\s+(\d{4}))?(?-u:\b)",
            ),
            month_day_span: re(
                r"(?-u:\b)MONTH\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?-u:\b)",
            ),
            month_day_year: re(r"(?-u:\b)MONTH\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?-u:\b)"),
            day_month_year: re(r"(?-u:\b)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH,?\s+(\d{4})(?-u:\b)"),
            month_year: re(r"(?-u:\b)MONTH,?\s+(\d{4})(?-u:\b)"),
            month_day: re(r"(?-u:\b)MONTH\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)"),
            day_month: re(r"(?-u:\b)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH(?-u:\b)"),
            month_alone: re(
                r"(?-u:\b)(?i:in|since|during|by|until|till|from|through|early|late|mid|end of|beginning of|the end of)[\s-]+(?:(?i:early|mid|late|the end of|the beginning of|the middle of)[\s-]+)?MONTH(?:\s+((?i:last|this|next))\s+year)?(?-u:\b)",
            ),
            weekday: Regex::new(r"(?-u:\b)((?i:on|last|this|next)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)")
                .expect("valid weekday regex"),
            relative: Regex::new(r"(?i)(?-u:\b)((?:earlier|later)\s+)?(today|yesterday|this month|last month|this year|last year|earlier this year|last week|this week)(?-u:\b)")
                .expect("valid relative-date regex"),
            year: Regex::new(r"(?-u:\b)(?i:in|since|during|by|until|from|of)\s+((?:19|20)\d{2})(?-u:\b)")
                .expect("valid year regex"),
        }
    })
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_ascii_lowercase();
    let key = key.get(..3)?;
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == key).map(|i| i as u32 + 1)
}

/// The year of a month (and day) that the text gives without one: the latest on or before `published`.
fn infer_year(published: Option<PartialDate>, month: u32, day: Option<u32>) -> Option<i32> {
    let p = published?;
    let pm = p.month.unwrap_or(12);
    let pd = p.day.unwrap_or(31);
    let later = month > pm || (month == pm && day.unwrap_or(1) > pd);
    Some(if later { p.year - 1 } else { p.year })
}

/// "March", "last March", "next March": the month of the year the prefix says, or the latest on
/// or before `published`.
fn month_alone(
    published: Option<PartialDate>,
    month: u32,
    prefix: Option<&str>,
) -> Option<PartialDate> {
    match prefix.map(str::to_ascii_lowercase) {
        Some(rel) => published.and_then(|p| {
            let y = match rel.as_str() {
                "last" => p.year - 1,
                "next" => p.year + 1,
                _ => p.year,
            };
            PartialDate::ym(y, month)
        }),
        None => infer_year(published, month, None).and_then(|y| PartialDate::ym(y, month)),
    }
}

/// "on Tuesday": the latest such weekday on or before `published`.
fn last_weekday(published: Option<PartialDate>, wd: Weekday) -> Option<PartialDate> {
    published.and_then(PartialDate::to_naive).map(|p| {
        let back = (7 + p.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        PartialDate::from_naive(p - Duration::days(back as i64))
    })
}

/// "today", "yesterday", "this month", "last year"… against `published`.
fn relative(published: Option<PartialDate>, what: &str) -> Option<PartialDate> {
    published.and_then(|p| match what {
        "today" => p.day.map(|_| p),
        "yesterday" => p
            .to_naive()
            .map(|d| PartialDate::from_naive(d - Duration::days(1))),
        "this month" => p.month.and_then(|m| PartialDate::ym(p.year, m)),
        "last month" => p.month.and_then(|m| {
            if m == 1 {
                PartialDate::ym(p.year - 1, 12)
            } else {
                PartialDate::ym(p.year, m - 1)
            }
        }),
        "this year" | "earlier this year" => Some(PartialDate::y(p.year)),
        "last year" => Some(PartialDate::y(p.year - 1)),
        _ => None,
    })
}

/// Every date expression in `text`, in order, longest forms first where they overlap.
pub fn find(text: &str, published: Option<PartialDate>) -> Vec<DateExpr> {
    let p = patterns();
    let mut out: Vec<DateExpr> = Vec::new();
    let push = |out: &mut Vec<DateExpr>, range: Range<usize>, date: Option<PartialDate>| {
        if !out
            .iter()
            .any(|e| e.range.start < range.end && range.start < e.range.end)
        {
            out.push(DateExpr { range, date });
        }
    };
    let num = |s: &str| s.parse::<u32>().ok();
    // Every numeric form needs a digit; most sentences have none, and then only the three
    // word-only patterns run.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    let numeric = |re: &'static Regex| re.captures_iter(if digits { text } else { "" });
    for c in numeric(&p.iso) {
        let d = c[1]
            .parse()
            .ok()
            .and_then(|y| PartialDate::ymd(y, num(&c[2])?, num(&c[3])?));
        push(&mut out, c.get(0).unwrap().range(), d);
    }
    // A span is dated by its first day.
    for (re, day_at, month_at) in [(&p.day_span_month, 1, 2), (&p.month_day_span, 2, 1)] {
        for c in numeric(re) {
            let (Some(m), Some(day)) = (month_number(&c[month_at]), num(&c[day_at])) else {
                continue;
            };
            let year = match c.get(3) {
                Some(y) => y.as_str().parse().ok(),
                None => infer_year(published, m, Some(day)),
            };
            let d = year.and_then(|y| PartialDate::ymd(y, m, day));
            if d.is_some() {
                push(&mut out, c.get(0).unwrap().range(), d);
            }
        }
    }
    for c in numeric(&p.month_day_year) {
        let d =
            month_number(&c[1]).and_then(|m| PartialDate::ymd(c[3].parse().ok()?, m, num(&c[2])?));
        if d.is_some() {
            push(&mut out, c.get(0).unwrap().range(), d);
        }
    }
    for c in numeric(&p.day_month_year) {
        let d =
            month_number(&c[2]).and_then(|m| PartialDate::ymd(c[3].parse().ok()?, m, num(&c[1])?));
        if d.is_some() {
            push(&mut out, c.get(0).unwrap().range(), d);
        }
    }
    for c in numeric(&p.month_year) {
        let d = month_number(&c[1]).and_then(|m| PartialDate::ym(c[2].parse().ok()?, m));
        push(&mut out, c.get(0).unwrap().range(), d);
    }
    for c in numeric(&p.month_day) {
        let (Some(m), Some(day)) = (month_number(&c[1]), num(&c[2])) else {
            continue;
        };
        if day == 0 || day > 31 {
            continue;
        }
        let d = infer_year(published, m, Some(day)).and_then(|y| PartialDate::ymd(y, m, day));
        push(&mut out, c.get(0).unwrap().range(), d);
    }
    for c in numeric(&p.day_month) {
        let (Some(m), Some(day)) = (month_number(&c[2]), num(&c[1])) else {
            continue;
        };
        if day == 0 || day > 31 {
            continue;
        }
        let d = infer_year(published, m, Some(day)).and_then(|y| PartialDate::ymd(y, m, day));
        push(&mut out, c.get(0).unwrap().range(), d);
    }
    for c in p.month_alone.captures_iter(text) {
        if let Some(m) = month_number(&c[1]) {
            let d = month_alone(published, m, c.get(2).map(|g| g.as_str()));
            push(&mut out, c.get(0).unwrap().range(), d);
        }
    }
    for c in p.weekday.captures_iter(text) {
        let prefix = c.get(1).map(|g| g.as_str().trim().to_ascii_lowercase());
        if prefix.as_deref() == Some("next") {
            continue;
        }
        if let Ok(wd) = c[2].parse::<Weekday>() {
            push(
                &mut out,
                c.get(0).unwrap().range(),
                last_weekday(published, wd),
            );
        }
    }
    for c in p.relative.captures_iter(text) {
        let d = relative(published, &c[2].to_ascii_lowercase());
        push(&mut out, c.get(0).unwrap().range(), d);
    }
    for c in numeric(&p.year) {
        let d = c[1].parse().ok().map(PartialDate::y);
        push(&mut out, c.get(1).unwrap().range(), d);
    }
    out.sort_by_key(|e| e.range.start);
    out
}

/// The article's own date from its dateline: the first full date (from the last line back) in
/// the short lines before the body, or in the first 60 characters of its first block.
pub fn of_article(text: &str, article: &Article) -> Option<PartialDate> {
    let mut lines = article.preamble.clone();
    if let Some(first) = article.body.first() {
        let end = text[first.range.clone()]
            .char_indices()
            .nth(60)
            .map_or(first.range.end, |(i, _)| first.range.start + i);
        lines.push(first.range.start..end);
    }
    published(text, &lines)
}

/// The article's own date from its dateline: the first full date in the given short lines.
pub fn published(text: &str, lines: &[Range<usize>]) -> Option<PartialDate> {
    lines.iter().rev().find_map(|r| {
        let line = &text[r.clone()];
        if line.split_whitespace().count() > 14 {
            return None;
        }
        find(line, None)
            .into_iter()
            .find_map(|e| e.date.filter(|d| d.day.is_some()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_against_the_article_date() {
        let published = PartialDate::parse("2025-10-29"); // a Wednesday
        let cases = [
            ("met on Wednesday in Tehran", Some("2025-10-29")),
            ("met on Tuesday", Some("2025-10-28")),
            ("visited Islamabad on Monday", Some("2025-10-27")),
            ("in August 2025", Some("2025-08")),
            ("signed on October 11", Some("2025-10-11")),
            ("an October 11 assault", Some("2025-10-11")),
            ("in mid-April last year", Some("2024-04")),
            ("in June", Some("2025-06")),
            ("in December", Some("2024-12")),
            ("confirmed earlier today", Some("2025-10-29")),
            ("said yesterday", Some("2025-10-28")),
            ("29 October 2025", Some("2025-10-29")),
            ("Oct. 29, 2025", Some("2025-10-29")),
            ("since 1947", Some("1947")),
            (
                "held in Riyadh from 27 to 29 April 2024",
                Some("2024-04-27"),
            ),
            ("the summit of 6-10 May", Some("2025-05-06")),
            ("talks on March 3–5, 2023 in Lima", Some("2023-03-03")),
            ("between 12 and 14 September", Some("2025-09-12")),
            ("their August agreement", None),
            ("nothing here", None),
        ];
        for (text, want) in cases {
            let got = find(text, published)
                .into_iter()
                .find_map(|e| e.date)
                .map(|d| d.to_string());
            assert_eq!(got.as_deref(), want, "text {text:?}");
        }
    }

    #[test]
    fn relative_dates_need_an_article_date() {
        let got = find("met on Tuesday", None);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].date, None);
    }

    #[test]
    fn finds_the_dateline() {
        let text = "Headline words here\nTEHRAN / ISLAMABAD — October 29, 2025:\nWednesday 22 January 2025";
        let lines = crate::text::clean::lines(text);
        assert_eq!(
            published(text, &lines[..2])
                .map(|d| d.to_string())
                .as_deref(),
            Some("2025-10-29")
        );
        assert_eq!(
            published(text, &lines).map(|d| d.to_string()).as_deref(),
            Some("2025-01-22")
        );
    }
}
