//! Writes one of the `Display` benchmark's messages 100,000 times, for
//! `display-instructions.sh` to count the instructions under valgrind:
//! a figure that does not move with the machine's load, where criterion's
//! times of a few nanoseconds do.
//!
//! `display_count KIND CASE`: KIND is `gwerr`, `hand`, `thiserror` or
//! `none` (the loop alone); CASE is 0 (no placeholder), 1 (one
//! placeholder) or 2 (two placeholders, long values), as in
//! `benches/runtime.rs`.

use std::fmt::Write;
use std::hint::black_box;
use std::process::ExitCode;

use gwerr_bench::{baselines, inputs};
use gwerr_core::VpcErrorCode;

/// How many times the message is written.
const TIMES: usize = 100_000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(case)) = (args.first(), args.get(1)) else {
        eprintln!("usage: display_count gwerr|hand|thiserror|none 0|1|2");
        return ExitCode::FAILURE;
    };
    let codes = [
        VpcErrorCode::LoopDetected,
        VpcErrorCode::InvalidBody,
        VpcErrorCode::InvalidHeader,
    ];
    let Some(&code) = case.parse::<usize>().ok().and_then(|case| codes.get(case)) else {
        eprintln!("display_count: CASE is 0, 1 or 2, not {case:?}");
        return ExitCode::FAILURE;
    };
    let error = inputs::sample(code, code == VpcErrorCode::InvalidHeader);
    let hand = baselines::hand_from(&error);
    let this = baselines::this_from(&error);
    let mut out = String::with_capacity(1024);
    for _ in 0..TIMES {
        out.clear();
        let written = match kind.as_str() {
            "gwerr" => write!(out, "{}", black_box(&error)),
            "hand" => write!(out, "{}", black_box(&hand)),
            "thiserror" => write!(out, "{}", black_box(&this)),
            "none" => Ok(()),
            _ => {
                eprintln!("display_count: KIND is gwerr, hand, thiserror or none, not {kind:?}");
                return ExitCode::FAILURE;
            }
        };
        if written.is_err() {
            return ExitCode::FAILURE;
        }
    }
    black_box(&out);
    ExitCode::SUCCESS
}
