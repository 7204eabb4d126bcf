//! Extraction from arbitrary bytes read as text input.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use whomet::input::InputFormat;

fuzz_target!(|data: &[u8]| common::run(data, InputFormat::Text));
