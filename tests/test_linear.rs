//! Reading a response does work linear in its headers: the same reading at
//! 1x and 8x the input allocates about 8x, in calls and bytes, counted by
//! the test's allocator (a measure that no load on the machine changes).
//! The same readings timed are `bench/src/bin/linear.rs`.

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::{allocated, assert_linear_allocations, Counting};
use gwerr_core::wire::{GatewayResponse, X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE};
use http::header::{HeaderMap, HeaderValue};
use http::StatusCode;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SMALL: usize = 128 * 1024;

/// Classifies the response whose headers `make` builds for `size` bytes,
/// at 1x and 8x the size; only the reading is counted.
fn assert_linear(name: &str, make: &dyn Fn(usize) -> HeaderMap) {
    let small = make(SMALL);
    let large = make(8 * SMALL);
    assert_linear_allocations(name, SMALL, 8, 1.5, |size| {
        let headers = if size == SMALL { &small } else { &large };
        let reading = GatewayResponse::classify(StatusCode::BAD_REQUEST, headers);
        std::hint::black_box(reading);
    });
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

#[test]
fn the_counter_sees_quadratic_work() {
    // The measure itself: work that allocates per pair is caught.
    let result = std::panic::catch_unwind(|| {
        assert_linear_allocations("pairs", 64, 8, 1.5, |n| {
            for _ in 0..n * n {
                std::hint::black_box(vec![0u8; 1]);
            }
        })
    });
    assert!(result.is_err());
}

/// Deciding a document's layout judges a line by its bytes before cutting
/// it into cells: a megabyte line of pipes and text allocates nothing.
#[test]
fn layout_detection_does_not_cut_a_long_line_into_cells() {
    let line = "| a ".repeat(250_000);
    let used = allocated(|| assert!(!gwerr_core::document::is_markdown(&line)));
    assert_eq!(used.bytes, 0, "{used:?}");
}
