//! Gazetteer loading from arbitrary bytes: the first byte picks which of the six files the rest
//! is; a gazetteer that loads must also build a matcher and read a sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whomet::gazetteer::{Gazetteer, FILES};
use whomet::{Document, Extractor};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let file = FILES[pick as usize % FILES.len()];
    let text = String::from_utf8_lossy(rest);
    // Only this file: the loader's checks (columns, dates, codes, ids) meet the bytes directly.
    let layer = FILES
        .iter()
        .map(|f| whomet::gazetteer::Source {
            name: f.to_string(),
            text: if *f == file { text.to_string() } else { String::new() },
        })
        .collect();
    if let Ok(g) = Gazetteer::from_layers(&[layer]) {
        let ex = Extractor::new(g).expect("a loaded gazetteer builds");
        let doc = Document {
            id: "fuzz".into(),
            text: "Interior Minister Mohsin Naqvi met Iran's President in Tehran on Tuesday.".into(),
            published: None,
            url: None,
        };
        let x = ex.extract(&doc);
        if let Err(e) = x.check(&doc.text) {
            panic!("{e}");
        }
    }
});
