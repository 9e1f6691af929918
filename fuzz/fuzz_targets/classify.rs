//! Any status and any header names and bytes, read as a gateway response.

#![no_main]

use arbitrary::Arbitrary;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::StatusCode;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    status: u16,
    /// Which of the gateway's header names (or another) each header uses.
    headers: Vec<(u8, Vec<u8>)>,
}

const NAMES: [&str; 4] = [
    "x-ca-error-code",
    "x-ca-error-message",
    "x-ca-request-id",
    "content-type",
];

fuzz_target!(|input: Input| {
    let Ok(status) = StatusCode::from_u16(input.status) else {
        return;
    };
    let mut headers = HeaderMap::new();
    for (name, value) in &input.headers {
        let name = HeaderName::from_static(NAMES[usize::from(*name) % NAMES.len()]);
        if let Ok(value) = HeaderValue::from_bytes(value) {
            headers.append(name, value);
        }
    }
    let reading = gwerr_core::wire::GatewayResponse::classify(status, &headers);
    let _ = (
        reading.code_text(),
        reading.message_text(),
        reading.is_retryable(),
    );
    let _ = reading.status_mismatch();
});
