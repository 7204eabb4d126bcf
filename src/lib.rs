//! `whomet` turns English news about diplomacy and security into who-met-whom tables: meetings,
//! statements and agreements, with the officials, organisations, places and agreements involved
//! and the sentence each fact came from.
//!
//! ```
//! use whomet::{Document, Extractor};
//!
//! let extractor = Extractor::builtin().unwrap();
//! let doc = Document {
//!     id: "example".into(),
//!     text: "Interior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian in Tehran on Wednesday.".into(),
//!     published: whomet::PartialDate::parse("2025-10-29"),
//!     url: None,
//! };
//! let x = extractor.extract(&doc);
//! let meetings = whomet::output::records::events(&x, &doc.text);
//! let json = serde_json::to_value(&meetings[0]).unwrap();
//! assert_eq!(json["type"], "meeting");
//! assert_eq!(json["participants"][1]["name"], "Masoud Pezeshkian");
//! assert_eq!(json["date"], "2025-10-29");
//! ```

pub mod date;
pub mod entity;
pub mod eval;
pub mod event;
mod fnv;
pub mod gazetteer;
pub(crate) mod html;
pub mod input;
mod invariants;
pub mod matcher;
pub mod output;
pub mod pipeline;
pub mod resolve;
pub mod suggest;
pub mod text;

pub use date::PartialDate;
pub use entity::{Entity, EntityType};
pub use gazetteer::Gazetteer;
pub use pipeline::{Document, Extraction, Extractor};
