//! What every extraction fuzz target does: read the bytes as one input format, extract every
//! document with the built-in gazetteers, check the extraction's guarantees and write every
//! table in every format.

use std::sync::OnceLock;

use whomet::input::{self, InputFormat, Item, Source};
use whomet::output::{records, Batch, Format, Table};
use whomet::{Extractor, PartialDate};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builtin().expect("built-in gazetteers"))
}

pub fn run(data: &[u8], format: InputFormat) {
    let ex = extractor();
    let source = Source {
        path: None,
        size: None,
    };
    let mut stdin = data;
    input::read(
        &source,
        format,
        PartialDate::parse("2025-10-29"),
        4096,
        &mut stdin,
        &mut |item| {
            if let Item::Document(d) = item {
                let x = ex.extract(&d);
                if let Err(e) = x.check(&d.text) {
                    panic!("{e}");
                }
                for f in [Format::Jsonl, Format::Csv] {
                    Batch::render(f, &records::events(&x, &d.text)).unwrap();
                    Batch::render(f, &records::mentions(&x, &d.text)).unwrap();
                    Batch::render(f, &records::pairs(&x, &d.text, 10).0).unwrap();
                    Batch::render(f, &records::of_kind(&x, &d.text, Table::Meetings)).unwrap();
                }
            }
        },
    );
}
