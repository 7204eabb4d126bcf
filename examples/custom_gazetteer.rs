//! Add a person the built-in gazetteers do not know, without files on disk.
//!
//! Run with `cargo run --example custom_gazetteer`. On the command line the same is
//! `whomet extract --gazetteers DIR`, with DIR holding a `people.csv` of the same columns.

use whomet::{Document, Extractor, Gazetteer};

fn main() -> anyhow::Result<()> {
    let people = "id,name,aliases,country,role,organisation,from,to\n\
                  pk-jane-example,Jane Example,J. Example,PK,Ambassador,,2025-01-01,\n";
    let gazetteer = Gazetteer::builtin_with(&[("people.csv", people)])?;
    let extractor = Extractor::new(gazetteer)?;
    let doc = Document {
        id: "custom".into(),
        text: "Ambassador Jane Example met Iranian President Masoud Pezeshkian in Tehran.".into(),
        published: None,
        url: None,
    };
    let x = extractor.extract(&doc);
    for m in &x.doc.mentions {
        let e = &x.doc.entities[m.entity].entity;
        println!(
            "{:<40} -> {:?} {:?} ({:?})",
            &doc.text[m.range.clone()],
            e.id,
            e.name,
            e.role
        );
    }
    Ok(())
}
