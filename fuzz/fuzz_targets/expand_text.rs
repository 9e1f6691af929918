//! Any text that lexes as Rust tokens, fed to the expansion: compile
//! errors or Rust, never a panic.

#![no_main]

#[path = "../common/expansion.rs"]
mod expansion;

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(tokens) = TokenStream::from_str(text) else {
        return;
    };
    expansion::errors_or_rust(tokens);
});
