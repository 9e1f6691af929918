//! Properties of the wire, over generated values: what a server writes, a
//! client reads back the same, for every row of every family; and no input
//! makes the reader fail or panic.
//!
//! A value reads back unless it cannot be carried, by the documented rules:
//! a field's value must not hold the literal text that follows the field in
//! its template (that text ends the field), and a templated code filled in
//! must not be another row's code (fixed codes and longer templates come
//! first). Such values are left out with `prop_assume!`.

use gwerr_core::wire::{self, GatewayResponse, Outcome};
use gwerr_core::{
    AnyError, ClassicError, CommonError, ErrorCode, ErrorFamily, Family, ManagementError, Part,
    Row, Template, VpcError,
};
use http::header::{HeaderMap, HeaderValue};
use http::{Response, StatusCode};
use proptest::prelude::*;

/// Whether `value` can be carried in field `field` of `template`.
fn carried_in(template: &Template, field: usize, value: &str) -> bool {
    let parts = template.parts;
    parts
        .iter()
        .enumerate()
        .all(|(i, part)| match (part, parts.get(i + 1)) {
            (Part::Field(f), Some(Part::Literal(next))) if *f == field => !value.contains(next),
            _ => true,
        })
}

const METHODS: [&str; 5] = ["GET", "POST", "PUT", "DELETE", "PATCH"];

/// Any text, control characters and non-ASCII included, up to 40 chars.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..40).prop_map(|chars| chars.into_iter().collect())
}

/// A row of `family` and a text for each of its fields.
fn row_and_values(family: &'static Family) -> impl Strategy<Value = (&'static Row, Vec<String>)> {
    let rows: Vec<&'static Row> = family.rows().collect();
    (0..rows.len()).prop_flat_map(move |index| {
        let row = rows[index];
        let values: Vec<BoxedStrategy<String>> = row
            .fields
            .iter()
            .map(|field| match field.ty {
                "http::Method" => prop::sample::select(&METHODS[..])
                    .prop_map(String::from)
                    .boxed(),
                _ => text().boxed(),
            })
            .collect();
        (Just(row), values)
    })
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn vpc_errors_read_back((row, values) in row_and_values(gwerr_core::VpcErrorCode::FAMILY)) {
        check_round_trip::<VpcError>(gwerr_core::VpcErrorCode::FAMILY, row, &values)?;
    }

    #[test]
    fn classic_errors_read_back((row, values) in row_and_values(gwerr_core::ClassicErrorCode::FAMILY)) {
        check_round_trip::<ClassicError>(gwerr_core::ClassicErrorCode::FAMILY, row, &values)?;
    }

    #[test]
    fn management_errors_read_back((row, values) in row_and_values(gwerr_core::ManagementErrorCode::FAMILY)) {
        check_round_trip::<ManagementError>(gwerr_core::ManagementErrorCode::FAMILY, row, &values)?;
    }

    #[test]
    fn common_errors_read_back((row, values) in row_and_values(gwerr_core::CommonErrorCode::FAMILY)) {
        check_round_trip::<CommonError>(gwerr_core::CommonErrorCode::FAMILY, row, &values)?;
    }

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
