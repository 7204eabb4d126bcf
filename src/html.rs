//! Reads a saved web page as text with a real HTML parser: markup, scripts, styles and page chrome never reach the extractor.
//!
//! Block elements become lines (paragraphs separated by a blank line, list items marked with
//! "• ") so that the article finder sees the page's structure; `script`, `style`, `nav`,
//! `footer`, `form` and the like are dropped whole. Offsets in the output refer to this text
//! (`whomet text PAGE.html` prints it).

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const SKIPPED: [&str; 16] = [
    "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "footer", "aside",
    "form", "button", "select", "textarea", "canvas", "object",
];

/// Elements that start a new line.
const BLOCKS: [&str; 33] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "hr",
    "br",
    "address",
    "details",
    "summary",
    "caption",
    "body",
];

/// Whether `bytes` look like an HTML document rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<') && head.contains("<body"))
}

/// The text of an HTML page: its title, then its body, one block a paragraph.
pub fn to_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = Text::default();
    let title = doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|t| t.text().collect::<String>());
    if let Some(t) = title {
        out.push(&t);
        out.paragraph();
    }
    walk(doc.root_element(), &mut out);
    out.finish()
}

#[derive(Default)]
struct Text {
    done: String,
    line: String,
}

impl Text {
    fn push(&mut self, s: &str) {
        for (i, part) in s.split_whitespace().enumerate() {
            let starts_with_space = i > 0 || s.starts_with(char::is_whitespace);
            if starts_with_space && !self.line.is_empty() && !self.line.ends_with(' ') {
                self.line.push(' ');
            }
            self.line.push_str(part);
        }
        if s.ends_with(char::is_whitespace) && !self.line.is_empty() && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
    }

    fn paragraph(&mut self) {
        let line = self.line.trim();
        if !line.is_empty() {
            self.done.push_str(line);
            self.done.push_str("\n\n");
        }
        self.line.clear();
    }

    fn finish(mut self) -> String {
        self.paragraph();
        let trimmed = self.done.trim_end().len();
        self.done.truncate(trimmed);
        self.done.push('\n');
        self.done
    }
}

/// Writes the text under `root`, block by block. Walks the tree with an explicit traversal
/// rather than recursion, so 100,000 nested elements cost time, not the stack.
fn walk(root: ElementRef, out: &mut Text) {
    // How many open elements are skipped (scripts, styles, hidden) around the current node.
    let mut skipping = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if skipping > 0 || SKIPPED.contains(&name) || e.attr("hidden").is_some() {
                        skipping += 1;
                        continue;
                    }
                    if BLOCKS.contains(&name) {
                        out.paragraph();
                    }
                    if name == "li" {
                        out.push("• ");
                    }
                }
                Node::Text(t) if skipping == 0 => out.push(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if skipping > 0 {
                        skipping -= 1;
                    } else if BLOCKS.contains(&e.name()) {
                        out.paragraph();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_drops_markup() {
        // (page, text that must be there, text that must not)
        let cases: [(&str, &[&str], &[&str]); 3] = [
            (
                "<html><head><title>Naqvi in Tehran</title><style>p{color:red}</style><script>var naqvi = 1;</script></head><body><nav><a>Home</a> <a>World</a></nav><article><p>Interior Minister <b>Mohsin Naqvi</b> met Iranian officials.</p><p>He said &ldquo;we are partners&rdquo;.</p></article><footer>Copyright</footer></body></html>",
                &["Naqvi in Tehran", "Interior Minister Mohsin Naqvi met Iranian officials.", "He said “we are partners”."],
                &["color:red", "var naqvi", "Home", "Copyright", "<b>"],
            ),
            (
                "<!DOCTYPE html><body><ul><li>First point</li><li>Second point</li></ul></body>",
                &["• First point", "• Second point"],
                &["<li>"],
            ),
            ("<p>Broken <i>markup", &["Broken markup"], &["<i>"]),
        ];
        for (page, wanted, unwanted) in cases {
            let text = to_text(page);
            for w in wanted {
                assert!(text.lines().any(|l| l == *w), "{w:?} missing from {text:?}");
            }
            for u in unwanted {
                assert!(!text.contains(u), "{u:?} leaked into {text:?}");
            }
        }
    }

    #[test]
    fn recognises_pages() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("Naqvi met <someone> in Tehran."));
    }
}
