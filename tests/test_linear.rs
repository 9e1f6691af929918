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

/// Writes a document of about the size given.
type Shape = fn(usize) -> String;

/// The shapes of a hostile Markdown document, by size in bytes: pipes on
/// one line, a table of many narrow rows, a table of wide rows, and runs of
/// the characters an inline parser keeps items for.
const MARKDOWN_SHAPES: [(&str, Shape); 6] = [
    ("a line of pipes", |size| "| a ".repeat(size / 4)),
    ("narrow rows", |size| {
        format!("| a | b |\n|---|---|\n{}", "|a|b|\n".repeat(size / 6))
    }),
    ("wide rows", |size| {
        let row = format!("|{}\n", "b|".repeat(1000));
        format!(
            "|{}\n|{}\n{}",
            "a|".repeat(1000),
            "-|".repeat(1000),
            row.repeat(size / row.len())
        )
    }),
    ("brackets", |size| "[".repeat(size)),
    ("emphasis", |size| "*a".repeat(size / 2)),
    ("a published table", |size| {
        let row = "| Code | 400 | The request is not valid: `x` is missing \\| here. |\n";
        format!(
            "## 1. Errors\n\n| Code | Status | Message |\n|---|---|---|\n{}",
            row.repeat(size / row.len())
        )
    }),
];

/// The most bytes reading a Markdown document may allocate in all (freed
/// or not) a byte of input. Measured: 2.5 for a line of pipes, 28 for a
/// published table, 125 for a table of one-byte cells, 224 for a run of
/// brackets (the parser keeps an item for each cell and each inline
/// delimiter, the reader a `String` for each cell). The peak is lower:
/// BENCHMARKS.md, "Reading a Markdown document".
const BOUND: f64 = 256.0;

/// Reading a Markdown document allocates linearly in its size, and within
/// [`BOUND`] bytes a byte of it.
#[test]
fn reading_markdown_is_linear_and_bounded() {
    for (name, make) in MARKDOWN_SHAPES {
        let small = make(SMALL);
        let large = make(8 * SMALL);
        assert_linear_allocations(name, SMALL, 8, 1.5, |size| {
            let text = if size == SMALL { &small } else { &large };
            std::hint::black_box(gwerr_core::document::parse_any(text));
        });
        let used = allocated(|| drop(gwerr_core::document::parse_any(&large)));
        let ratio = used.bytes as f64 / large.len() as f64;
        assert!(ratio <= BOUND, "{name}: {ratio:.1} bytes a byte");
    }
}

/// A document of one table with the rows `row(i)` for `i` from 0, up to
/// `size` bytes.
fn document_of(size: usize, row: impl Fn(usize) -> String) -> Vec<gwerr_core::document::DocTable> {
    let mut text = String::from("1. Errors\nError code | HTTP status code | Message |\n");
    let mut i = 0;
    while text.len() < size {
        text += &row(i);
        text.push('\n');
        i += 1;
    }
    gwerr_core::document::parse(&text)
}

/// A document of a shape, at a size.
type DocumentShape = dyn Fn(usize) -> Vec<gwerr_core::document::DocTable>;

#[test]
fn importing_is_linear() {
    const SMALL: usize = 64 * 1024;
    let shapes: [(&str, &DocumentShape); 4] = [
        ("one long templated code", &|size| {
            let half = "A".repeat(size / 2);
            document_of(size, |_| format!("{half}%s{half} | 400 | Bad %s |"))
        }),
        ("templated codes of one weight", &|size| {
            document_of(size, |i| format!("{i:08}%s | 400 | Bad %s |"))
        }),
        ("many rows", &|size| {
            document_of(size, |i| format!("E{i} | 404 | No ${{Item}} number {i} |"))
        }),
        ("unclosed openings", &|size| {
            document_of(size, |i| format!("E{i} | 400 | {} |", "${{".repeat(64)))
        }),
    ];
    for (name, shape) in shapes {
        let (small, large) = (shape(SMALL), shape(8 * SMALL));
        assert_linear_allocations(name, SMALL, 8, 1.5, |size| {
            let tables = if size == SMALL { &small } else { &large };
            std::hint::black_box(gwerr_core::document::import(tables));
        });
    }
}

#[test]
fn patching_is_linear() {
    use gwerr_core::{document, VpcErrorCode, FAMILIES};
    const SMALL: usize = 64 * 1024;
    const VPC_SOURCE: &str = include_str!("../gwerr-core/src/vpc.rs");
    let rendered = document::render_titled(VpcErrorCode::FAMILY.tables);
    // Rows added after every row, and one message as long as the rest.
    let newer = |size: usize| {
        let mut text = String::new();
        let mut added = 0;
        for line in rendered.lines() {
            text += line;
            text.push('\n');
            if line.starts_with("I400") && line.contains("Invalid Stage") {
                text = text.replace(
                    "Invalid Stage |",
                    &format!("Invalid Stage {} |", "x".repeat(size / 2)),
                );
            }
        }
        while text.len() < size {
            text += &format!("X599{added:02} | 599 | Added number {added} |\n");
            added += 1;
        }
        document::parse(&text)
    };
    let (small, large) = (newer(SMALL), newer(8 * SMALL));
    assert_linear_allocations("patch", SMALL, 8, 1.5, |size| {
        let tables = if size == SMALL { &small } else { &large };
        std::hint::black_box(document::patch(VPC_SOURCE, FAMILIES, tables));
    });
}
