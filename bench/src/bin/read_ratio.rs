//! Reading responses beside the hand-written typed reader, interleaved:
//! rounds of each reader in turn, each round timing 50 passes over the 81
//! VPC responses, and each reader's best round, so that a slow spell of
//! the machine cannot fall on one reader only (criterion measures each in
//! a window of its own). `cargo run --release --bin read_ratio [ROUNDS]`.

use std::hint::black_box;
use std::time::Instant;

use gwerr_bench::baselines::hand_read;
use gwerr_bench::inputs;
use gwerr_core::wire::{GatewayResponse, X_CA_ERROR_CODE};
use gwerr_core::VpcErrorCode;

fn main() {
    let rounds: usize = match std::env::args().nth(1) {
        None => 200,
        Some(text) => match text.parse() {
            Ok(rounds) if rounds > 0 => rounds,
            _ => {
                eprintln!("usage: read_ratio [ROUNDS], ROUNDS a positive number (got {text:?})");
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
    const PASSES: u32 = 50;
    let readers: [(&str, &dyn Fn()); 3] = [
        ("hand-written typed reader", &|| {
            for (_, headers) in &responses {
                black_box(hand_read(black_box(headers)));
            }
        }),
        ("classify, by code", &|| {
            for (status, headers) in &responses {
                black_box(GatewayResponse::classify(*status, black_box(headers)));
            }
        }),
        ("classify, by the message alone", &|| {
            for (status, headers) in &without_code {
                black_box(GatewayResponse::classify(*status, black_box(headers)));
            }
        }),
    ];
    let mut best = [f64::MAX; 3];
    for _ in 0..rounds {
        for ((_, read), best) in readers.iter().zip(&mut best) {
            let start = Instant::now();
            for _ in 0..PASSES {
                read();
            }
            let micros = start.elapsed().as_secs_f64() * 1e6 / f64::from(PASSES);
            *best = best.min(micros);
        }
    }
    println!("81 VPC responses, best of {rounds} interleaved rounds:");
    for ((name, _), best_time) in readers.iter().zip(best) {
        println!(
            "{name:>32}: {best_time:8.2} µs, {:.2}x the hand-written reader",
            best_time / best[0]
        );
    }
}
