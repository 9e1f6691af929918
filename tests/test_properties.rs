//! Properties of the wire, over generated values: what a server writes, a
//! client reads back the same, for every row of every family; and no input
//! makes the reader fail or panic.
//!
//! A value reads back unless it cannot be carried, by the documented rules:
//! a field's value must not hold the literal text that follows the field in
//! its template (that text ends the field), and a templated code filled in
//! must not be another row's code (fixed codes and longer templates come
//! first). Such values are left out with `prop_assume!`.

mod common;

use common::carried_in;
use gwerr_core::wire::{self, GatewayResponse, Outcome};
use gwerr_core::{
    AnyError, ClassicError, ClassicErrorCode, CommonError, CommonErrorCode, ErrorCode, ErrorFamily,
    Family, ManagementError, ManagementErrorCode, Row, VpcError, VpcErrorCode,
};
use http::header::{HeaderMap, HeaderValue};
use http::{Response, StatusCode};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

const METHODS: [&str; 5] = ["GET", "POST", "PUT", "DELETE", "PATCH"];

/// Characters that matter to the encoding and to the templates, mixed in
/// with any other.
const PALETTE: &[char] = &[
    '%',
    '2',
    '5',
    'A',
    'f',
    '0',
    ' ',
    '\t',
    '\r',
    '\n',
    '\0',
    '\u{7f}',
    '`',
    ':',
    '-',
    '.',
    'é',
    '\u{1F600}',
];

/// Any text, control characters, `%XX` look-alikes and non-ASCII included,
/// up to 40 chars.
fn text() -> impl Strategy<Value = String> {
    let char = prop_oneof![any::<char>(), prop::sample::select(PALETTE)];
    prop::collection::vec(char, 0..40).prop_map(|chars| chars.into_iter().collect())
}

/// A text for each field of `row`.
fn values(row: &'static Row) -> Vec<BoxedStrategy<String>> {
    row.fields
        .iter()
        .map(|field| match field.ty {
            "http::Method" => prop::sample::select(&METHODS[..])
                .prop_map(String::from)
                .boxed(),
            _ => text().boxed(),
        })
        .collect()
}

/// Runs the round trip on every row of a family, 32 generated cases each.
fn every_row<E>(family: &'static Family)
where
    E: ErrorFamily,
    AnyError: From<E>,
{
    for row in family.rows() {
        let config = ProptestConfig {
            cases: 32,
            failure_persistence: None,
            ..ProptestConfig::default()
        };
        let mut runner = TestRunner::new(config);
        let result = runner.run(&values(row), |values| {
            check_round_trip::<E>(family, row, &values)
        });
        if let Err(failure) = result {
            panic!("{}: {failure}", row.code.text);
        }
    }
}

fn check_round_trip<E>(
    family: &'static Family,
    row: &'static Row,
    values: &[String],
) -> Result<(), TestCaseError>
where
    E: ErrorFamily,
    AnyError: From<E>,
{
    for (field, value) in values.iter().enumerate() {
        prop_assume!(carried_in(&row.message, field, value));
        prop_assume!(carried_in(&row.code, field, value));
    }
    let code = <E::Code as ErrorCode>::ALL
        .iter()
        .copied()
        .find(|c| c.row() == row)
        .unwrap();
    let texts: Vec<&str> = values.iter().map(String::as_str).collect();
    let error = E::from_fields(code, &texts).unwrap();
    prop_assume!(family.find(&error.wire_code()) == Some(row));

    let response: Response<()> = wire::response(&error, Some("id"));
    for value in response.headers().values() {
        prop_assert!(value.as_bytes().iter().all(|b| (0x20..0x7f).contains(b)));
    }
    let reading = GatewayResponse::from_response(&response);
    prop_assert_eq!(reading.error(), Some(&AnyError::from(error)));
    prop_assert!(!reading.status_mismatch());
    Ok(())
}

#[test]
fn every_vpc_row_reads_back() {
    every_row::<VpcError>(VpcErrorCode::FAMILY);
}

#[test]
fn every_classic_row_reads_back() {
    every_row::<ClassicError>(ClassicErrorCode::FAMILY);
}

#[test]
fn every_management_row_reads_back() {
    every_row::<ManagementError>(ManagementErrorCode::FAMILY);
}

#[test]
fn every_common_row_reads_back() {
    every_row::<CommonError>(CommonErrorCode::FAMILY);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Arbitrary bytes in the headers (obs-text included) and any status:
    /// the reader answers, keeps the raw values, and never panics.
    #[test]
    fn any_header_bytes_are_read_without_failing(
        status in 100u16..1000,
        code in prop::collection::vec(any::<u8>(), 0..64),
        message in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        let mut headers = HeaderMap::new();
        let code = HeaderValue::from_bytes(&code).ok();
        let message = HeaderValue::from_bytes(&message).ok();
        if let Some(code) = &code {
            headers.insert(wire::X_CA_ERROR_CODE, code.clone());
        }
        if let Some(message) = &message {
            headers.insert(wire::X_CA_ERROR_MESSAGE, message.clone());
        }
        let status = StatusCode::from_u16(status).unwrap();
        let reading = GatewayResponse::classify(status, &headers);
        prop_assert_eq!(reading.raw_code(), code.as_ref());
        prop_assert_eq!(reading.raw_message(), message.as_ref());
        prop_assert_eq!(reading.status(), status);
        if let Outcome::Gateway { code, .. } = reading.outcome() {
            prop_assert_eq!(reading.documented_status(), Some(code.row().status));
        }
    }

    /// Decoding undoes encoding for any text.
    #[test]
    fn decode_undoes_encode(value in text()) {
        let encoded = wire::encode(&value);
        prop_assert_eq!(wire::decode(encoded.as_bytes()), value);
    }
}

/// A long hostile message: every field gets 64 KiB of control bytes,
/// non-ASCII and `%`, and still reads back.
#[test]
fn very_long_hostile_values_read_back() {
    let value: String = "\r\n\0é%\u{7f}\t".repeat(8 * 1024);
    let error = VpcError::InvalidHeader {
        header_name: value.clone(),
        reason: value.clone(),
    };
    let response: Response<()> = wire::response(&error, None);
    let reading = GatewayResponse::from_response(&response);
    assert_eq!(reading.error(), Some(&AnyError::Vpc(error)));
}
