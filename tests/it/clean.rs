//! Named, table-driven tests of the page cleaner: what each kind of page keeps as prose and
//! what it drops, on invented articles from many countries.

use std::sync::OnceLock;

use whomet::text::clean::{self, BlockKind, CleanRules};
use whomet::Gazetteer;

use crate::wrap;

fn rules() -> &'static CleanRules {
    static RULES: OnceLock<CleanRules> = OnceLock::new();
    RULES.get_or_init(|| CleanRules::new(&Gazetteer::builtin().expect("gazetteers").words))
}

/// The blocks of the article of `page` of `kind`, line breaks as spaces.
fn blocks(page: &str, kind: BlockKind) -> Vec<String> {
    clean::article(page, rules())
        .body
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| {
            page[b.range.clone()]
                .replace(['\r', '\n'], " ")
                .replace("  ", " ")
        })
        .collect()
}

const KENYA: &str = "Kenyan Foreign Minister Musalia Mudavadi met his Ethiopian counterpart in Nairobi on Monday, and the two sides agreed to reopen the border crossing at Moyale.";
const KENYA2: &str = "They also discussed a power line that will carry electricity from the Grand Renaissance Dam to the Kenyan grid by next year.";
const CHILE: &str = "Chile and Argentina signed an agreement on the shared use of mountain passes, the foreign ministry in Santiago said in a statement.";
const POLAND: &str = "The Polish defence minister told reporters in Warsaw that the new air-defence system would be deployed along the eastern border.";

/// (name, page, prose the article must hold, text no kept block may hold)
fn cases() -> Vec<(&'static str, String, Vec<&'static str>, Vec<&'static str>)> {
    vec![
        (
            "menu_line_inside_prose",
            format!("{KENYA}\n\nHome | World | Business | Sport | Opinion\n\n{KENYA2}\n"),
            vec![KENYA, KENYA2],
            vec!["Home"],
        ),
        (
            "menu_items_one_a_line_inside_prose",
            format!("{CHILE}\nHome\nNews\nSports\nContact us\n{POLAND}\n"),
            vec![CHILE, POLAND],
            vec!["Home", "Sports"],
        ),
        (
            "url_line_inside_prose",
            format!("{POLAND}\n\nhttps://www.example.pl/news/2025/10/29/air-defence-east\n\n{CHILE}\n"),
            vec![POLAND, CHILE],
            vec!["https://"],
        ),
        (
            "caption_inside_prose",
            format!("{KENYA}\n\nPhoto: Reuters\n\nThe ministers at the talks in Nairobi. (AP Photo/Jane Doe)\n\n{KENYA2}\n"),
            vec![KENYA, KENYA2],
            vec!["Reuters", "Jane Doe"],
        ),
        (
            "long_agency_caption_opening_with_a_bracketed_marker",
            format!("{KENYA}\n\n(FILE) Kenyan President William Ruto addresses delegates during the opening session of the African Union summit at the headquarters in Addis Ababa, Ethiopia, 18 February 2024, where leaders of the continent discussed trade, security and the financing of peace missions across the region. EFE/EPA/STR\n\n{KENYA2}\n"),
            vec![KENYA, KENYA2],
            vec!["William Ruto", "EFE/EPA"],
        ),
        (
            "also_read_line_inside_prose",
            format!("{CHILE}\n\nAlso read: Peru and Bolivia agree on lake patrols\n\nALSO READ\nBrazil hosts river summit\n\n{POLAND}\n"),
            vec![CHILE, POLAND],
            vec!["Peru", "Brazil"],
        ),
        (
            "paragraph_with_a_link_inline_tag_or_formula_is_prose",
            format!("{KENYA}\n\nThe full text of the <b>communiqué</b> is at https://mfa.go.ke/statements/2025-10-29 and says the levy “r = 2% × value” applies to goods in transit.\n\n{KENYA2}\n"),
            vec!["The full text of the <b>communiqué</b> is at", KENYA2],
            vec![],
        ),
        (
            "truncated_last_paragraph",
            format!("{POLAND}\n\n{CHILE}\n\nThe two ministers also agreed to set up a joint committee on border trade that would meet in"),
            vec![POLAND, "The two ministers also agreed to set up a joint committee on border trade that would meet in"],
            vec![],
        ),
        (
            "bracketed_dateline_after_last_paragraph",
            format!("{CHILE}\n\nThe agreement will be sent to both parliaments for ratification before the end of the year\n\n(EFE, Santiago)\n"),
            vec![CHILE, "The agreement will be sent to both parliaments for ratification before the end of the year"],
            vec!["(EFE, Santiago)"],
        ),
        (
            "comment_wall_ends_the_article",
            format!("{KENYA}\n\n{KENYA2}\n\nLeave a Reply\n\nA comment by a reader that is long enough to be prose, sadly for us.\n"),
            vec![KENYA, KENYA2],
            vec!["A comment by a reader"],
        ),
        (
            "comment_form_scraped_on_one_line",
            format!("{KENYA}\n\nLeave a Reply Cancel replyYour email address will not be published. Required fields are marked *\n\nSave my name, email, and website in this browser for the next time I comment.\n"),
            vec![KENYA],
            vec!["Save my name"],
        ),
        (
            "heading_between_prose_is_kept",
            format!("{POLAND}\n\nBackground\n\n{CHILE}\n"),
            vec![POLAND, CHILE],
            vec![],
        ),
        (
            "glossary_far_from_the_article",
            format!("Term\n\nTerm\n\nA short definition of the term that reads like prose.\nOther\n\nOther\n\nAnother definition that also reads like a sentence.\nMenu\nMenu two\nMenu three\n{KENYA}\n{KENYA2}\n{CHILE}\n"),
            vec![KENYA, KENYA2, CHILE],
            vec!["A short definition", "Another definition"],
        ),
        (
            "crlf_page",
            format!("Home\r\nWorld\r\nSports\r\n\r\n{}\r\n\r\nAlso read: Peru and Bolivia agree\r\n\r\n{CHILE}\r\n", wrap(POLAND, 60).replace('\n', "\r\n")),
            vec![POLAND, CHILE],
            vec!["Home", "Peru"],
        ),
    ]
}

#[test]
fn the_cleaner_keeps_every_prose_paragraph_and_drops_furniture() {
    for (name, page, prose, dropped) in cases() {
        let kept = blocks(&page, BlockKind::Prose);
        for p in prose {
            assert!(
                kept.iter().any(|b| b.contains(p)),
                "{name}: {p:?} is not prose in {kept:#?}"
            );
        }
        let all: Vec<String> = [BlockKind::Prose, BlockKind::Heading, BlockKind::Bullet]
            .into_iter()
            .flat_map(|k| blocks(&page, k))
            .collect();
        for d in dropped {
            assert!(
                !all.iter().any(|b| b.contains(d)),
                "{name}: {d:?} kept in {all:#?}"
            );
        }
    }
}

#[test]
fn hard_wrapped_paragraphs_are_one_block_each() {
    let page =
        format!("Ministers meet in Nairobi\n\n{KENYA} {KENYA2}\n\n{CHILE}\n\n{POLAND} {CHILE}\n");
    let unwrapped = blocks(&page, BlockKind::Prose);
    assert_eq!(unwrapped.len(), 3, "{unwrapped:#?}");
    for width in [60, 72, 100] {
        let wrapped = wrap(&page, width);
        assert_ne!(wrapped, page);
        assert_eq!(
            blocks(&wrapped, BlockKind::Prose),
            unwrapped,
            "width {width}"
        );
        let a = clean::article(&wrapped, rules());
        assert_eq!(
            clean::reading(&wrapped, &a).as_ref(),
            page.as_str(),
            "width {width}"
        );
    }
}

#[test]
fn a_page_of_menus_keeps_no_prose() {
    let page = "Home\nWorld\nBusiness\nSports\nContact Us\nPrivacy Policy\n\nAbout | Careers | Advertise | Terms\n";
    assert!(blocks(page, BlockKind::Prose).is_empty());
    // A headline alone is still read.
    assert_eq!(
        blocks("Ruto meets Abiy in Addis Ababa", BlockKind::Prose),
        ["Ruto meets Abiy in Addis Ababa"]
    );
    assert!(clean::article("", rules()).body.is_empty());
}

#[test]
fn most_words_dropped_is_noted() {
    let menus =
        "Home | World | Business | Sport | Opinion | Video | Podcasts | Weather\n".repeat(40);
    let page = format!("{menus}\n{KENYA}\n");
    let a = clean::article(&page, rules());
    let note = a.words.note("doc-1").expect("a note");
    assert!(note.contains("doc-1"), "{note}");
    let kept = clean::article(&format!("{KENYA}\n\n{KENYA2}\n").repeat(6), rules());
    assert_eq!(kept.words.note("doc-2"), None);
}
