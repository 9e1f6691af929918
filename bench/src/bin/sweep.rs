//! The expansion's time over table sizes, the macro built as `cargo check`
//! builds it (unoptimised: see the profile overrides in `Cargo.toml`): N
//! from 500 to 10,000 rows in steps of 500, each size over three random
//! code sets, then the least-squares line through the origin and each
//! point's ratio to it. `cargo run --release --bin sweep [MAX]`.

use std::str::FromStr;
use std::time::Instant;

use gwerr_bench::inputs::Rng;
use proc_macro2::TokenStream;

/// A family of `rows` rows with random six-character codes (letters and
/// digits), each message with two placeholders.
fn random_table(rows: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut seen = std::collections::HashSet::new();
    let mut out = String::from(
        "pub enum Swept { placeholders = \"{Name}\"; table \"Swept\" {\n| Code | Status | Message |\n",
    );
    while seen.len() < rows {
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let code: String = (0..6)
            .map(|i| {
                if i == 0 {
                    'E'
                } else {
                    char::from(CHARS[rng.below(CHARS.len())])
                }
            })
            .collect();
        if seen.insert(code.clone()) {
            out += &format!("| {code} | 400 | \"Bad {{Thing}} at {{Place}}\" |\n");
        }
    }
    out + "} }"
}

fn main() {
    let max: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(10_000);
    let mut points = Vec::new();
    println!("| rows | set | time (ms) | per row (µs) |");
    println!("|---:|---:|---:|---:|");
    for rows in (500..=max).step_by(500) {
        for set in 0..3u64 {
            let tokens = TokenStream::from_str(&random_table(rows, 0x5EED + set)).unwrap();
            let start = Instant::now();
            let out = gwerr_codegen::expand(tokens);
            let elapsed = start.elapsed().as_secs_f64();
            assert!(!out.to_string().contains("compile_error"));
            points.push((rows as f64, elapsed));
            println!(
                "| {rows} | {set} | {:.1} | {:.1} |",
                elapsed * 1e3,
                elapsed * 1e6 / rows as f64
            );
        }
    }
    // Least squares through the origin: time = slope * rows.
    let slope = points.iter().map(|(n, t)| n * t).sum::<f64>()
        / points.iter().map(|(n, _)| n * n).sum::<f64>();
    let worst = points
        .iter()
        .map(|(n, t)| t / (slope * n))
        .fold(0.0f64, f64::max);
    println!(
        "\nlinear fit: {:.1} µs per row; the worst point is {worst:.2}x the fit",
        slope * 1e6
    );
}
