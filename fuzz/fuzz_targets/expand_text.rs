//! Any text that lexes as Rust tokens, fed to the expansion.

#![no_main]

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
    let _ = gwerr_codegen::expand(tokens);
});
