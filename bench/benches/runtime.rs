//! What the generated code costs at run time, beside what a user would
//! otherwise write. `cargo bench --bench runtime`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::fmt::Write;
use std::hint::black_box;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gwerr_bench::baselines::{self, HandVpc, StrumCode, ThisVpc};
use gwerr_bench::inputs;
use gwerr_core::wire::GatewayResponse;
use gwerr_core::{ManagementErrorCode, VpcError, VpcErrorCode};
use http::StatusCode;

/// Counts the bytes allocated, for the reading benchmark's report.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn display(c: &mut Criterion) {
    let mut group = c.benchmark_group("display");
    let cases = [
        (
            "no placeholder",
            inputs::sample(VpcErrorCode::LoopDetected, false),
        ),
        (
            "one placeholder",
            inputs::sample(VpcErrorCode::InvalidBody, false),
        ),
        (
            "two placeholders, long value",
            inputs::sample(VpcErrorCode::InvalidHeader, true),
        ),
    ];
    let mut out = String::with_capacity(1024);
    for (name, error) in &cases {
        let hand = baselines::hand_from(error);
        let this = baselines::this_from(error);
        group.bench_with_input(BenchmarkId::new("gwerr", name), error, |b, e| {
            b.iter(|| {
                out.clear();
                write!(out, "{}", black_box(e)).unwrap();
            })
        });
        group.bench_with_input(
            BenchmarkId::new("hand-written write!", name),
            &hand,
            |b, e| {
                b.iter(|| {
                    out.clear();
                    write!(out, "{}", black_box(e)).unwrap();
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("thiserror", name), &this, |b, e| {
            b.iter(|| {
                out.clear();
                write!(out, "{}", black_box(e)).unwrap();
            })
        });
    }
    group.finish();

    // Every variant, in a shuffled stream: dispatch dominates.
    let mut group = c.benchmark_group("display shuffled");
    let mut rng = inputs::Rng::new(7);
    let stream: Vec<VpcError> = (0..4096)
        .map(|_| inputs::sample(VpcErrorCode::ALL[rng.below(81)], false))
        .collect();
    let hand: Vec<HandVpc> = stream.iter().map(baselines::hand_from).collect();
    let this: Vec<ThisVpc> = stream.iter().map(baselines::this_from).collect();
    group.throughput(Throughput::Elements(stream.len() as u64));
    group.bench_function("gwerr", |b| {
        b.iter(|| {
            for e in &stream {
                out.clear();
                write!(out, "{e}").unwrap();
            }
        })
    });
    group.bench_function("hand-written write!", |b| {
        b.iter(|| {
            for e in &hand {
                out.clear();
                write!(out, "{e}").unwrap();
            }
        })
    });
    group.bench_function("thiserror", |b| {
        b.iter(|| {
            for e in &this {
                out.clear();
                write!(out, "{e}").unwrap();
            }
        })
    });
    group.finish();
}

fn lookup_group(c: &mut Criterion, name: &str, stream: &[&str]) {
    let map: HashMap<&str, StrumCode> = VpcErrorCode::ALL
        .iter()
        .map(|c| (c.as_str(), StrumCode::from_str(c.as_str()).unwrap()))
        .collect();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(stream.len() as u64));
    group.bench_function("gwerr FromStr", |b| {
        b.iter(|| {
            for code in stream {
                black_box(VpcErrorCode::from_str(black_box(code)).ok());
            }
        })
    });
    group.bench_function("strum EnumString", |b| {
        b.iter(|| {
            for code in stream {
                black_box(StrumCode::from_str(black_box(code)).ok());
            }
        })
    });
    group.bench_function("HashMap", |b| {
        b.iter(|| {
            for code in stream {
                black_box(map.get(black_box(code)).copied());
            }
        })
    });
    group.bench_function("phf", |b| {
        b.iter(|| {
            for code in stream {
                black_box(baselines::PHF_CODES.get(black_box(code)).copied());
            }
        })
    });
    group.bench_function("match on &str", |b| {
        b.iter(|| {
            for code in stream {
                black_box(baselines::match_code(black_box(code)));
            }
        })
    });
    group.bench_function("match on packed u64", |b| {
        b.iter(|| {
            for code in stream {
                black_box(baselines::packed_match_code(black_box(code)));
            }
        })
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    lookup_group(c, "lookup in table order", &inputs::codes_in_order(81 * 16));
    lookup_group(c, "lookup shuffled", &inputs::codes_shuffled(65_536));
    let unknown = inputs::unknown_codes(65_536);
    let unknown: Vec<&str> = unknown.iter().map(String::as_str).collect();
    lookup_group(c, "lookup unknown", &unknown);
}

fn templated(c: &mut Criterion) {
    let mut rng = inputs::Rng::new(11);
    let names = ["AppId", "ApiName", "GroupId", "StageName", "Description"];
    let kinds = [
        "Missing",
        "Invalid",
        "InvalidFormat",
        "Duplicate",
        "NotFound",
        "Repeated",
    ];
    let codes: Vec<String> = (0..4096)
        .map(|i| match i % 8 {
            0 => String::from("MissingAppIdOrAppOwner"),
            1 => format!("Invalid{}.LengthLimit", names[rng.below(names.len())]),
            _ => format!(
                "{}{}",
                kinds[rng.below(kinds.len())],
                names[rng.below(names.len())]
            ),
        })
        .collect();
    let mut group = c.benchmark_group("templated codes");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("gwerr FromStr", |b| {
        b.iter(|| {
            for code in &codes {
                black_box(ManagementErrorCode::from_str(black_box(code)).ok());
            }
        })
    });
    group.bench_function("hand-written prefix match", |b| {
        b.iter(|| {
            for code in &codes {
                black_box(gwerr_bench::baselines::hand_management_code(black_box(
                    code,
                )));
            }
        })
    });
    let single = "MissingAppId";
    group.bench_function("gwerr FromStr, MissingAppId alone", |b| {
        b.iter(|| black_box(ManagementErrorCode::from_str(black_box(single)).ok()))
    });
    group.bench_function("hand-written prefix match, MissingAppId alone", |b| {
        b.iter(|| {
            black_box(gwerr_bench::baselines::hand_management_code(black_box(
                single,
            )))
        })
    });
    group.finish();
}

fn read_responses(c: &mut Criterion) {
    let responses: Vec<_> = VpcErrorCode::ALL
        .iter()
        .map(|&code| {
            (
                code.status(),
                inputs::response_headers(&inputs::sample(code, false)),
            )
        })
        .collect();

    let messages_only: Vec<_> = responses
        .iter()
        .map(|(status, headers)| {
            let mut headers = headers.clone();
            headers.remove(gwerr_core::wire::X_CA_ERROR_CODE);
            (*status, headers)
        })
        .collect();

    // What each reader allocates, beside what the hand-written one does:
    // the typed error's own `String` fields. Measured on a second pass:
    // the first clone of a header value moves its bytes to a shared
    // buffer (one allocation, once per value, in `bytes`).
    type Responses = [(StatusCode, http::HeaderMap)];
    let allocated = |responses: &Responses, read: &dyn Fn(StatusCode, &http::HeaderMap)| {
        for (status, headers) in responses {
            read(*status, headers);
        }
        let before = ALLOCATED.load(Ordering::Relaxed);
        for (status, headers) in responses {
            read(*status, headers);
        }
        (ALLOCATED.load(Ordering::Relaxed) - before) / responses.len()
    };
    let classify = |status, headers: &http::HeaderMap| {
        black_box(GatewayResponse::classify(status, headers));
    };
    let by_code = allocated(&responses, &classify);
    let by_message = allocated(&messages_only, &classify);
    let hand = allocated(&responses, &|_, headers| {
        black_box(gwerr_bench::baselines::hand_read(headers));
    });
    println!(
        "read responses: bytes allocated per response (means over the 81 VPC codes): {hand} by the hand-written reader, {by_code} by classify, {by_message} by classify from the message alone"
    );

    let mut group = c.benchmark_group("read responses");
    group.throughput(Throughput::Elements(responses.len() as u64));
    group.bench_function("hand-written typed reader, every VPC code", |b| {
        b.iter(|| {
            for (_, headers) in &responses {
                black_box(gwerr_bench::baselines::hand_read(black_box(headers)));
            }
        })
    });
    group.bench_function("classify, every VPC code", |b| {
        b.iter(|| {
            for (status, headers) in &responses {
                black_box(GatewayResponse::classify(*status, black_box(headers)));
            }
        })
    });
    group.bench_function("classify by message alone, every VPC code", |b| {
        b.iter(|| {
            for (status, headers) in &messages_only {
                black_box(GatewayResponse::classify(*status, black_box(headers)));
            }
        })
    });
    // The carrier on the error path: the same readings turned into a
    // `Result`, the error boxed with what was received.
    group.bench_function("classify and into_result, every VPC code", |b| {
        b.iter(|| {
            for (status, headers) in &responses {
                let reading = GatewayResponse::classify(*status, black_box(headers));
                black_box(reading.into_result().err());
            }
        })
    });
    group.finish();
    let _ = StatusCode::OK;
}

criterion_group!(benches, display, lookup, templated, read_responses);
criterion_main!(benches);
