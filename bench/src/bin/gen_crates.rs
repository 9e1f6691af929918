//! Writes three crates holding the same synthetic family of N variants, for
//! `check-cost.sh` to time `cargo check` on: gwerr's table, a thiserror
//! enum, and a hand-written enum with `impl Display`.
//!
//! `cargo run --release --bin gen_crates -- DIR ROWS [SHAPE]`
//!
//! SHAPE is `placeholders` (the default: each message has two
//! placeholders of two types, so each variant two fields) or `phrases`
//! (each message a phrase, each variant without fields).

use std::path::Path;

use gwerr_bench::scratch::{gwerr_core_dependency, write_crate, Target};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = || -> ! {
        eprintln!("usage: gen_crates DIR ROWS [placeholders|phrases]");
        std::process::exit(2);
    };
    let (Some(dir), Some(rows)) = (args.next(), args.next()) else {
        usage()
    };
    let Ok(rows) = rows.parse::<usize>() else {
        usage()
    };
    let phrases = match args.next().as_deref() {
        None | Some("placeholders") => false,
        Some("phrases") => true,
        Some(_) => usage(),
    };
    let dir = Path::new(&dir);
    let table = if phrases {
        gwerr_bench::inputs::phrase_table(rows)
    } else {
        gwerr_bench::inputs::synthetic_table(rows)
    };
    write_crate(
        dir,
        "synthetic",
        "gwerr",
        &gwerr_core_dependency()?,
        Target::Lib,
        &format!("gwerr_core::error_table! {{\n{table}}}\n"),
    )?;

    let mut this = String::from(
        "#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]\npub enum Synthetic {\n",
    );
    let mut hand = String::from("#[derive(Debug, Clone, PartialEq, Eq)]\npub enum Synthetic {\n");
    let mut hand_display = String::from(
        "impl std::fmt::Display for Synthetic {\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        match self {\n",
    );
    for i in 0..rows {
        if phrases {
            this.push_str(&format!(
                "    #[error(\"Error {i} failed\")]\n    Variant{i},\n"
            ));
            hand.push_str(&format!("    Variant{i},\n"));
            hand_display.push_str(&format!(
                "            Self::Variant{i} => f.write_str(\"Error {i} failed\"),\n"
            ));
            continue;
        }
        this.push_str(&format!(
            "    #[error(\"Error {i}: {{count}} of `{{item}}` failed\")]\n    Variant{i} {{ count: u32, item: String }},\n"
        ));
        hand.push_str(&format!("    Variant{i} {{ count: u32, item: String }},\n"));
        hand_display.push_str(&format!(
            "            Self::Variant{i} {{ count, item }} => write!(f, \"Error {i}: {{count}} of `{{item}}` failed\"),\n"
        ));
    }
    this.push_str("}\n");
    hand.push_str("}\n\n");
    hand_display.push_str("        }\n    }\n}\n\nimpl std::error::Error for Synthetic {}\n");
    write_crate(
        dir,
        "synthetic",
        "thiserror",
        "thiserror = \"2\"\n",
        Target::Lib,
        &this,
    )?;
    write_crate(
        dir,
        "synthetic",
        "hand",
        "",
        Target::Lib,
        &(hand + &hand_display),
    )?;
    Ok(())
}
