//! Reading a response takes time linear in its headers: the same reading at
//! 1x and 8x the input, in one run, must cost about 8x, far from the 64x of
//! a quadratic reader. A ratio, not a wall-clock bound; each size is timed
//! as the best of several runs to keep a busy machine from skewing it.

use std::time::{Duration, Instant};

use gwerr_core::wire::{GatewayResponse, X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE};
use http::header::{HeaderMap, HeaderValue};
use http::StatusCode;

const SMALL: usize = 128 * 1024;
const LARGE: usize = 8 * SMALL; // 1 MiB

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// The time to classify a response whose headers `make` builds for a
/// message of `size` bytes.
fn time(size: usize, make: &dyn Fn(usize) -> HeaderMap) -> Duration {
    let headers = make(size);
    best_of(5, || {
        let reading = GatewayResponse::classify(StatusCode::BAD_REQUEST, &headers);
        std::hint::black_box(reading);
    })
}

fn assert_linear(name: &str, make: &dyn Fn(usize) -> HeaderMap) {
    let small = time(SMALL, make);
    let large = time(LARGE, make);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-9);
    // Linear is about 8; quadratic would be about 64.
    assert!(
        ratio < 24.0,
        "{name}: 8x the input took {ratio:.1}x the time ({small:?} -> {large:?})"
    );
}

fn message_only(text: impl Fn(usize) -> String) -> impl Fn(usize) -> HeaderMap {
    move |size| {
        let mut headers = HeaderMap::new();
        headers.insert(
            X_CA_ERROR_MESSAGE,
            HeaderValue::from_str(&text(size)).unwrap(),
        );
        headers
    }
}

#[test]
fn a_message_that_almost_matches_every_template() {
    // Opens the VPC templates' first literal, then never closes it.
    assert_linear(
        "unclosed",
        &message_only(|size| format!("Invalid Header `{}", "a` ".repeat(size / 3))),
    );
}

#[test]
fn a_message_of_escapes() {
    assert_linear("escapes", &message_only(|size| "%4".repeat(size / 2)));
    assert_linear("decoded", &message_only(|size| "%41".repeat(size / 3)));
}

#[test]
fn a_long_code_and_message() {
    assert_linear("code", &|size| {
        let mut headers = HeaderMap::new();
        let code = format!("Missing{}", "A".repeat(size));
        headers.insert(X_CA_ERROR_CODE, HeaderValue::from_str(&code).unwrap());
        let message = format!("The {} is mandatory for this action.", "A".repeat(size));
        headers.insert(X_CA_ERROR_MESSAGE, HeaderValue::from_str(&message).unwrap());
        headers
    });
}
