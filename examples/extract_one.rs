//! Extract the who-met-whom records of one article in a few lines.
//!
//! Run with `cargo run --example extract_one`.

use whomet::output::records;
use whomet::{Document, Extractor, PartialDate};

fn main() -> anyhow::Result<()> {
    let extractor = Extractor::builtin()?;
    let doc = Document {
        id: "example".into(),
        text: "Pakistan's Foreign Minister Ishaq Dar met his Afghan counterpart Amir Khan Muttaqi \
               in Kabul on Tuesday. \"We agreed to reopen the crossing,\" Dar said."
            .into(),
        published: PartialDate::parse("2025-11-05"),
        url: None,
    };
    let x = extractor.extract(&doc);
    for record in records::events(&x, &doc.text) {
        println!("{}", serde_json::to_string(&record)?);
    }
    Ok(())
}
