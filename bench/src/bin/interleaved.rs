//! gwerr beside its baselines, interleaved: rounds of each contender in
//! turn, keeping each one's best round, so that a slow spell of the
//! machine cannot fall on one contender only (criterion measures each in a
//! window of its own, and this machine's speed swings by a third between
//! windows). Two comparisons: reading the 81 VPC responses (50 passes a
//! round) against the hand-written typed reader, and `Display` of a
//! shuffled stream of 4,096 VPC errors against thiserror and hand-written
//! `write!`. `cargo run --release --bin interleaved [ROUNDS]` (default 200).

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;

use gwerr_bench::baselines::{self, hand_read};
use gwerr_bench::inputs;
use gwerr_core::wire::{GatewayResponse, X_CA_ERROR_CODE};
use gwerr_core::{VpcError, VpcErrorCode};

/// Each contender's best time over `rounds` rounds taken in turn, in µs.
fn best_of(rounds: usize, contenders: &mut [(&str, &mut dyn FnMut())]) -> Vec<f64> {
    let mut best = vec![f64::MAX; contenders.len()];
    for _ in 0..rounds {
        for ((_, run), best) in contenders.iter_mut().zip(&mut best) {
            let start = Instant::now();
            run();
            *best = best.min(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    best
}

/// Prints each contender's best time and its ratio to the first's.
fn report(title: &str, names: &[&str], best: &[f64]) {
    println!("{title}");
    for (name, time) in names.iter().zip(best) {
        println!(
            "{name:>34}: {time:9.2} µs, {:.2}x {}",
            time / best[0],
            names[0]
        );
    }
}

fn main() {
    let rounds: usize = match std::env::args().nth(1) {
        None => 200,
        Some(text) => match text.parse() {
            Ok(rounds) if rounds > 0 => rounds,
            _ => {
                eprintln!("usage: interleaved [ROUNDS], ROUNDS a positive number (got {text:?})");
                std::process::exit(2);
            }
        },
    };

    let responses: Vec<_> = VpcErrorCode::ALL
        .iter()
        .map(|&code| {
            let headers = inputs::response_headers(&inputs::sample(code, false));
            (code.status(), headers)
        })
        .collect();
    let without_code: Vec<_> = responses
        .iter()
        .map(|(status, headers)| {
            let mut headers = headers.clone();
            headers.remove(X_CA_ERROR_CODE);
            (*status, headers)
        })
        .collect();
    const PASSES: usize = 50;
    let names = [
        "hand-written typed reader",
        "classify, by code",
        "classify, by the message alone",
    ];
    let best = best_of(
        rounds,
        &mut [
            (names[0], &mut || {
                for _ in 0..PASSES {
                    for (_, headers) in &responses {
                        black_box(hand_read(black_box(headers)));
                    }
                }
            }),
            (names[1], &mut || {
                for _ in 0..PASSES {
                    for (status, headers) in &responses {
                        black_box(GatewayResponse::classify(*status, black_box(headers)));
                    }
                }
            }),
            (names[2], &mut || {
                for _ in 0..PASSES {
                    for (status, headers) in &without_code {
                        black_box(GatewayResponse::classify(*status, black_box(headers)));
                    }
                }
            }),
        ],
    );
    let per_pass: Vec<f64> = best.iter().map(|t| t / PASSES as f64).collect();
    report(
        &format!("reading the 81 VPC responses, best of {rounds} interleaved rounds:"),
        &names,
        &per_pass,
    );

    let mut rng = inputs::Rng::new(7);
    let stream: Vec<VpcError> = (0..4096)
        .map(|_| inputs::sample(VpcErrorCode::ALL[rng.below(81)], false))
        .collect();
    let hand: Vec<_> = stream.iter().map(baselines::hand_from).collect();
    let this: Vec<_> = stream.iter().map(baselines::this_from).collect();
    let mut out = String::new();
    let out = std::cell::RefCell::new(&mut out);
    let names = ["thiserror", "hand-written write!", "gwerr"];
    let best = best_of(
        rounds,
        &mut [
            (names[0], &mut || {
                let mut out = out.borrow_mut();
                for error in &this {
                    out.clear();
                    let _ = write!(out, "{}", black_box(error));
                }
            }),
            (names[1], &mut || {
                let mut out = out.borrow_mut();
                for error in &hand {
                    out.clear();
                    let _ = write!(out, "{}", black_box(error));
                }
            }),
            (names[2], &mut || {
                let mut out = out.borrow_mut();
                for error in &stream {
                    out.clear();
                    let _ = write!(out, "{}", black_box(error));
                }
            }),
        ],
    );
    report(
        &format!("Display of 4,096 shuffled VPC errors, best of {rounds} interleaved rounds:"),
        &names,
        &best,
    );
}
