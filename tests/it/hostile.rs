//! Hostile inputs: arbitrary text (property tests), the fuzzers' finds, documents and
//! gazetteers built to break things. None may panic, hang or lose the other records.

use std::fs;
use std::sync::OnceLock;

use proptest::prelude::*;
use whomet::input::{self, InputFormat, Item, Source};
use whomet::output::records;
use whomet::{Document, Extractor, PartialDate};

use crate::{root, scratch, whomet};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builtin().unwrap())
}

/// Extracts `text` and checks every guarantee: the extraction's own (`Extraction::check`), and
/// that every mention record's `text` is the document's bytes `start..end`.
fn holds(text: &str) -> Result<(), String> {
    let doc = Document {
        id: "p".into(),
        text: text.to_string(),
        published: PartialDate::parse("2025-10-29"),
        url: None,
    };
    let x = extractor().extract(&doc);
    x.check(&doc.text)?;
    for m in records::mentions(&x, &doc.text) {
        let bytes = doc.text.get(m.start..m.end);
        if bytes != Some(&*m.text) {
            return Err(format!("mention {:?} at {}..{}", m.text, m.start, m.end));
        }
    }
    Ok(())
}

/// Pieces articles are made of, and pieces that break naive code.
const PIECES: &[&str] = &[
    "Interior Minister Mohsin Naqvi",
    " met ",
    "Iranian President Masoud Pezeshkian",
    " in Tehran",
    " on Wednesday",
    ". ",
    "“We are partners,” ",
    "he said",
    "Field Marshal Asim Munir",
    " and ",
    "signed three memoranda of understanding",
    "Pakistan",
    "Iran’s",
    "\n\n",
    "\r\n",
    "\r",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    " – ",
    "-",
    "TEHRAN, Oct. 29 (IRNA) - ",
    "\u{200f}",
    "\u{202e}",
    "وزیر کشور",
    "ہم",
    "\u{feff}",
    "é",
    "\u{0}",
    "İ",
    "Mr ",
    "Dar",
    " (ECO) ",
    "12 ",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn extraction_keeps_its_guarantees_on_any_text(text in article()) {
        prop_assert_eq!(holds(&text), Ok(()));
    }

    #[test]
    fn any_bytes_read_as_any_format_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for format in [InputFormat::Text, InputFormat::Html, InputFormat::Jsonl] {
            let mut stdin: &[u8] = &bytes;
            let source = Source { path: None, size: None };
            input::read(&source, format, None, 4096, &mut stdin, &mut |item| {
                if let Item::Document(d) = item {
                    assert_eq!(holds(&d.text), Ok(()));
                }
            });
        }
    }
}

#[test]
fn the_fuzzers_finds_stay_fixed() {
    let dir = root().join("tests/data/fuzz");
    let mut n = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(holds(&text), Ok(()), "{}", path.display());
        n += 1;
    }
    assert!(n >= 2, "the regression inputs are missing");
}

/// A name, the document's bytes, extra arguments, the exit code, and what standard error must
/// say (empty: anything).
type Case = (
    &'static str,
    Vec<u8>,
    &'static [&'static str],
    i32,
    &'static str,
);

#[test]
fn hostile_documents_are_read_or_refused_clearly() {
    let article = fs::read_to_string(root().join("seeds/001_392963241f4bdaee.txt")).unwrap();
    let names: Vec<String> = fs::read_to_string(root().join("gazetteers/people.csv"))
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1).map(str::to_string))
        .collect();
    let officials = format!(
        "On Tuesday {} and Mohsin Naqvi met in Tehran.",
        names
            .iter()
            .cycle()
            .take(2000)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    let delegation = format!(
        "On Tuesday {} and Mohsin Naqvi met in Tehran.",
        names
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    let nested = format!(
        "{}Naqvi met Larijani.{}",
        "<div>".repeat(3000),
        "</div>".repeat(3000)
    );
    let cases: Vec<Case> = vec![
        ("empty", vec![], &[], 0, ""),
        ("whitespace", b"  \n\t\r\n ".to_vec(), &[], 0, ""),
        ("byte-order mark", [b"\xef\xbb\xbf".as_slice(), article.as_bytes()].concat(), &[], 0, ""),
        ("CRLF", article.replace('\n', "\r\n").into_bytes(), &[], 0, ""),
        ("lone CR", article.replace('\n', "\r").into_bytes(), &[], 0, ""),
        ("NUL bytes", b"Naqvi met Larijani.\0\0\x01\x02".to_vec(), &[], 0, "binary file (NUL byte at offset 19); skipped"),
        ("invalid UTF-8", b"Naqvi \xff\xfe met Larijani.".to_vec(), &[], 0, "not valid UTF-8"),
        ("over the size limit", article.clone().into_bytes(), &["--max-doc-size", "1K"], 1, "over the 1024-byte document limit"),
        ("unbalanced quotes", "“He said, “we will” ".repeat(500).into_bytes(), &[], 0, ""),
        ("thousands of quotation marks", "\"".repeat(20_000).into_bytes(), &[], 0, ""),
        ("right-to-left and other scripts", "Mohsin Naqvi \u{200f}\u{202e}وزیر کشور\u{202c} met وزير الداخلية Masoud Pezeshkian. “ہم شراکت دار ہیں،” Naqvi said.".as_bytes().to_vec(), &[], 0, ""),
        ("2,000 officials in one sentence", officials.into_bytes(), &["--table", "pairs"], 0, ""),
        ("31 officials listed", delegation.into_bytes(), &["--table", "pairs", "--max-pairs", "50"], 0, ""),
        ("a name repeated", "Naqvi ".repeat(20_000).into_bytes(), &[], 0, ""),
        ("deeply nested HTML", nested.into_bytes(), &["--input", "html"], 0, ""),
    ];
    let dir = scratch("hostile-documents");
    for (name, bytes, args, code, says) in cases {
        let path = dir.join(format!("{}.txt", name.replace(' ', "-")));
        fs::write(&path, &bytes).unwrap();
        let out = whomet(
            &[
                &["extract", "--format", "jsonl"][..],
                args,
                &[path.to_str().unwrap()],
            ]
            .concat(),
            b"",
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(stderr.contains(says), "{name}: wanted {says:?} in {stderr}");
        // What was read is written whole: every line is a record.
        crate::json_lines(&out.stdout);
    }
}

#[test]
fn pairs_are_capped_per_meeting_and_the_rest_counted() {
    use whomet::event::{Event, Meeting};
    let ex = extractor();
    let text = "Mohsin Naqvi met Masoud Pezeshkian in Tehran.";
    let doc = Document {
        id: "many".into(),
        text: text.into(),
        published: None,
        url: None,
    };
    let mut x = ex.extract(&doc);
    // A meeting of 40 countries: 780 pairs.
    let codes: Vec<String> = ex
        .gazetteer()
        .places
        .iter()
        .filter_map(|p| p.country.clone())
        .filter(|c| ex.gazetteer().is_country(c))
        .take(40)
        .collect();
    let participants: Vec<usize> = codes
        .iter()
        .filter_map(|c| x.doc.country_entity(ex.gazetteer(), c))
        .collect();
    assert_eq!(participants.len(), 40);
    x.events.push(Event::Meeting(Meeting {
        participants,
        also_present: vec![],
        location: None,
        date: None,
        mode: whomet::gazetteer::Mode::InPerson,
        evidence: 0..text.len(),
    }));
    // (cap, pairs written, pairs left out), the sentence's own meeting counted in.
    let own = records::pairs(&x, text, usize::MAX).0.len() - 780;
    for (cap, written, left_out) in [(usize::MAX, 780, 0), (100, 100, 680), (0, 0, 780)] {
        let (pairs, dropped) = records::pairs(&x, text, cap);
        assert_eq!(pairs.len(), written + own.min(cap), "cap {cap}");
        assert_eq!(dropped, left_out + own.saturating_sub(cap), "cap {cap}");
    }
}

#[test]
fn an_overlong_json_lines_record_is_skipped_and_the_rest_read() {
    let big = serde_json::json!({"id": "big", "text": "x ".repeat(3000)}).to_string();
    let small = serde_json::json!({"id": "small", "text": "Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran on Wednesday."}).to_string();
    let input = format!("{big}\n{small}\n{big}");
    let out = whomet(
        &[
            "extract",
            "--input",
            "jsonl",
            "--max-doc-size",
            "2K",
            "--table",
            "mentions",
            "-",
        ],
        input.as_bytes(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("-:1: a 6022-byte record, over the 2048-byte document limit"),
        "{stderr}"
    );
    assert!(stderr.contains("-:3: a 6022-byte record"), "{stderr}");
    let records = crate::json_lines(&out.stdout);
    assert!(!records.is_empty() && records.iter().all(|r| r["doc"] == "small"));
}

/// Each case: a name, the people.csv text, the exit code, and the start of the message
/// (`people.csv:LINE:COLUMN: ...`) for a refusal.
#[test]
fn hostile_gazetteers_are_accepted_or_refused_with_file_line_and_column() {
    const HEAD: &str = "id,name,aliases,country,role,title,organisation,from,to\n";
    let cases: [(&str, String, i32, &str); 12] = [
        ("missing column", "id,name,aliases,country,role\npk-x,X Y,,PK,Ambassador\n".into(), 2, "people.csv:1:1: missing column `organisation`"),
        ("extra column", "id,name,aliases,country,role,title,organisation,from,to,extra\npk-x,Xavier Yusufzai,,PK,Ambassador,,,2020,,z\n".into(), 0, ""),
        ("no header", "pk-x,X Y,,PK,Ambassador,,,2020,\n".into(), 2, "people.csv:1:1: missing column `id`"),
        ("bad date", format!("{HEAD}pk-x,X Y,,PK,Ambassador,,,2020-13-45,\n"), 2, "people.csv:2:8: `from` is \"2020-13-45\", not a date"),
        ("unknown country", format!("{HEAD}zz-x,X Y,,ZZ,Ambassador,,,2020,\n"), 2, "people.csv:2"),
        ("duplicate id", format!("{HEAD}pk-x,X Y,,PK,Ambassador,,,2020,\npk-x,Z W,,PK,Ambassador,,,2021,\n"), 2, "people.csv:3:"),
        ("empty alias", format!("{HEAD}pk-x,Xavier Yusufzai,Xavi Yusufzai||,PK,Ambassador,,,2020,\n"), 0, ""),
        ("one-character alias", format!("{HEAD}pk-x,X Y,X,PK,Ambassador,,,2020,\n"), 2, "people.csv:2:3: `aliases` item \"X\" is shorter than two characters"),
        ("line break in a field", format!("{HEAD}pk-x,\"X\nY\",,PK,Ambassador,,,2020,\n"), 2, "people.csv:2:2: a line break inside the `name` cell"),
        ("unbalanced quote", format!("{HEAD}pk-x,\"X Y,,PK,Ambassador,,,2020,\n"), 2, "people.csv:2:1:"),
        ("not UTF-8", format!("{HEAD}pk-x,X \u{fffd} Y,,PK,Ambassador,,,2020,\n"), 2, "people.csv:2:1: the file is not valid UTF-8"),
        ("empty file", String::new(), 0, ""),
    ];
    for (name, text, code, says) in cases {
        let dir = scratch(&format!("hostile-gazetteer-{}", name.replace(' ', "-")));
        let mut bytes = text.into_bytes();
        if name == "not UTF-8" {
            // The replacement character stands where a raw invalid byte goes.
            let at = bytes
                .windows(3)
                .position(|w| w == "\u{fffd}".as_bytes())
                .unwrap();
            bytes.splice(at..at + 3, [0xff]);
        }
        fs::write(dir.join("people.csv"), bytes).unwrap();
        let out = whomet(
            &[
                "extract",
                "--gazetteers",
                dir.to_str().unwrap(),
                "seeds/001_392963241f4bdaee.txt",
            ],
            b"",
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        if code == 2 {
            let at = format!("{}/{says}", dir.display());
            assert!(stderr.contains(&at), "{name}: wanted {at:?} in {stderr}");
        }
    }
}

/// Mangled articles (cut anywhere, words shuffled, punctuation sprinkled in) never make the
/// extractor panic, and every mention still points at its own text.
#[test]
fn mangled_articles_never_panic() {
    let mut texts: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(crate::root().join("seeds")).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    // A small deterministic generator (a linear congruential one) keeps the cases the same on
    // every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n.max(1)
    };
    let noise = [
        " ", ".", ",", "“", "”", "\"", "’", "-", "–", "\n", "(", ")", ":", "İ", "ه", "Tehran",
        "said", "met", "the",
    ];
    for round in 0..400 {
        let t = &texts[next(texts.len())];
        let chars: Vec<char> = t.chars().collect();
        let doc_text: String = match round % 4 {
            0 => {
                let a = next(chars.len());
                let b = a + next(chars.len() - a + 1);
                chars[a..b].iter().collect()
            }
            1 => {
                let mut ws: Vec<&str> = t.split(' ').collect();
                for i in (1..ws.len()).rev() {
                    ws.swap(i, next(i + 1));
                }
                ws.join(" ")
            }
            2 => t
                .split(' ')
                .map(|w| {
                    if next(10) == 0 {
                        noise[next(noise.len())]
                    } else {
                        w
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
            _ => chars
                .iter()
                .map(|c| {
                    if next(15) == 0 {
                        noise[next(noise.len())].to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect(),
        };
        let doc = Document {
            id: round.to_string(),
            text: doc_text.clone(),
            published: PartialDate::parse("2025-10-29"),
            url: None,
        };
        let x = extractor().extract(&doc);
        for m in &x.doc.mentions {
            assert!(
                doc_text.get(m.range.clone()).is_some(),
                "mention off a boundary in round {round}"
            );
        }
        let _ = whomet::output::records::events(&x, &doc_text);
    }
}
