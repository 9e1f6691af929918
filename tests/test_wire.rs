//! Gateway responses on the wire: written by a server, classified by a
//! client.

mod common;

use common::carried_in;
use gwerr_core::wire::{self, GatewayResponse, Identified, Outcome, Problem};
use gwerr_core::{
    AnyCode, AnyError, ClassicError, ClassicErrorCode, CommonError, ErrorCode, ErrorFamily,
    ManagementError, Row, VpcError, VpcErrorCode,
};
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::{Response, StatusCode};

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.append(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(value).unwrap(),
        );
    }
    map
}

fn classify(status: u16, pairs: &[(&str, &str)]) -> GatewayResponse {
    GatewayResponse::classify(StatusCode::from_u16(status).unwrap(), &headers(pairs))
}

/// A value of each field of a row, as text: `GET` for a method, else
/// `value` with the field's index.
fn sample_fields(row: &Row, value: &str) -> Vec<String> {
    row.fields
        .iter()
        .enumerate()
        .map(|(i, field)| match field.ty {
            "http::Method" => String::from("GET"),
            _ => format!("{value}{i}"),
        })
        .collect()
}

fn round_trip<E>(error: &E) -> GatewayResponse
where
    E: ErrorFamily,
{
    let response: Response<()> = wire::response(error, Some("req-1"));
    GatewayResponse::from_response(&response)
}

#[test]
fn every_vpc_code_reads_back_from_its_response() {
    for &code in VpcErrorCode::ALL {
        let texts = sample_fields(code.row(), "v");
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = VpcError::from_fields(code, &texts).unwrap();
        let reading = round_trip(&error);
        assert_eq!(reading.status(), code.status());
        assert_eq!(reading.raw_code().unwrap(), code.as_str());
        assert_eq!(
            reading.outcome(),
            &Outcome::Gateway {
                code: AnyCode::Vpc(code),
                identified: Identified::ByCode,
                error: Ok(AnyError::Vpc(error.clone())),
            },
            "{code}"
        );
        assert!(!reading.status_mismatch());
        assert_eq!(reading.request_id(), Some("req-1"));
    }
}

#[test]
fn every_classic_phrase_is_sent_as_a_message_alone_and_reads_back() {
    for &code in ClassicErrorCode::ALL {
        let texts = sample_fields(code.row(), "k");
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = ClassicError::from_fields(code, &texts).unwrap();
        let response: Response<()> = wire::response(&error, None);
        assert!(response.headers().get("x-ca-error-code").is_none());
        let reading = GatewayResponse::from_response(&response);
        assert_eq!(reading.error(), Some(&AnyError::Classic(error)), "{code}");
        assert!(matches!(
            reading.outcome(),
            Outcome::Gateway {
                identified: Identified::ByMessage,
                ..
            }
        ));
    }
}

#[test]
fn templated_management_and_common_codes_read_back() {
    let error = ManagementError::Missing {
        parameter: "AppId".into(),
    };
    let reading = round_trip(&error);
    assert_eq!(reading.raw_code().unwrap(), "MissingAppId");
    assert_eq!(reading.error(), Some(&AnyError::Management(error)));

    // The same code, with section 3.3's message: the message decides.
    let error = CommonError::Missing {
        parameter_name: "AppId".into(),
    };
    assert_eq!(round_trip(&error).error(), Some(&AnyError::Common(error)));
}

#[test]
fn header_names_are_case_insensitive() {
    let reading = classify(
        413,
        &[
            ("X-CA-ERROR-CODE", "I413RL"),
            ("x-ca-error-message", "Request body too Large"),
            ("X-Ca-Request-Id", "abc"),
        ],
    );
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::RequestBodyTooLarge))
    );
    assert_eq!(reading.request_id(), Some("abc"));
}

#[test]
fn no_code_means_the_backend_answered() {
    assert_eq!(classify(502, &[]).outcome(), &Outcome::Backend);
    assert_eq!(
        classify(404, &[("x-ca-error-code", "")]).outcome(),
        &Outcome::Backend
    );
    assert_eq!(
        classify(500, &[("x-ca-error-code", "  ")]).outcome(),
        &Outcome::Backend
    );
    assert_eq!(
        classify(302, &[("location", "/x")]).outcome(),
        &Outcome::Backend
    );
    // The backend's own error gets the advice of its status alone.
    assert!(classify(503, &[]).is_retryable());
    assert!(!classify(502, &[]).is_retryable());
}

#[test]
fn success_with_an_ok_message_is_a_success() {
    assert_eq!(
        classify(200, &[("x-ca-error-message", "OK")]).outcome(),
        &Outcome::Success
    );
    assert_eq!(classify(204, &[]).outcome(), &Outcome::Success);
}

#[test]
fn a_message_alone_names_a_vpc_row_by_its_template() {
    let reading = classify(
        400,
        &[("x-ca-error-message", "Invalid Header `X-Ca-Key` is empty")],
    );
    assert_eq!(
        reading.outcome(),
        &Outcome::Gateway {
            code: AnyCode::Vpc(VpcErrorCode::InvalidHeader),
            identified: Identified::ByMessage,
            error: Ok(AnyError::Vpc(VpcError::InvalidHeader {
                header_name: "X-Ca-Key".into(),
                reason: "is empty".into()
            })),
        }
    );
}

#[test]
fn the_status_chooses_between_families_sharing_a_text() {
    let nonce = |status| classify(status, &[("x-ca-error-message", "Nonce Used")]);
    assert_eq!(
        nonce(403).error(),
        Some(&AnyError::Vpc(VpcError::NonceUsed))
    );
    assert_eq!(
        nonce(400).error(),
        Some(&AnyError::Classic(ClassicError::NonceUsed))
    );
    // No status to go by: a response without a code is most likely classic.
    assert_eq!(
        nonce(500).error(),
        Some(&AnyError::Classic(ClassicError::NonceUsed))
    );
    assert!(nonce(500).status_mismatch());

    let vpc = classify(
        403,
        &[(
            "x-ca-error-message",
            "Invalid Signature, Server StringToSign:`GET%0A/`",
        )],
    );
    assert_eq!(vpc.error().map(|e| e.family().name), Some("VpcError"));
    let classic = classify(
        400,
        &[(
            "x-ca-error-message",
            "Invalid Signature, Server StringToSign:GET%0A/",
        )],
    );
    assert_eq!(
        classic.error(),
        Some(&AnyError::Classic(ClassicError::InvalidSignature {
            string_to_sign: "GET\n/".into()
        }))
    );
}

#[test]
fn a_code_without_its_message() {
    let reading = classify(400, &[("x-ca-error-code", "I400HD")]);
    assert_eq!(
        reading.outcome(),
        &Outcome::Gateway {
            code: AnyCode::Vpc(VpcErrorCode::InvalidHeader),
            identified: Identified::ByCode,
            error: Err(Problem::MissingMessage),
        }
    );
    // A row without fields needs no message.
    let reading = classify(508, &[("x-ca-error-code", "I508LD")]);
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::LoopDetected))
    );
}

#[test]
fn a_status_that_differs_from_the_docs_is_kept_and_flagged() {
    let reading = classify(
        500,
        &[
            ("x-ca-error-code", "I404NF"),
            ("x-ca-error-message", "API not found GET /x"),
        ],
    );
    assert_eq!(reading.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(reading.documented_status(), Some(StatusCode::NOT_FOUND));
    assert!(reading.status_mismatch());
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::ApiNotFound {
            reason: "GET /x".into()
        }))
    );
}

#[test]
fn a_message_that_no_longer_matches_is_visible() {
    let reading = classify(
        400,
        &[
            ("x-ca-error-code", "I400MH"),
            ("x-ca-error-message", "Header X-Ca-Key missing"),
        ],
    );
    assert_eq!(
        reading.outcome(),
        &Outcome::Gateway {
            code: AnyCode::Vpc(VpcErrorCode::MissingHeader),
            identified: Identified::ByCode,
            error: Err(Problem::MessageMismatch),
        }
    );
    assert_eq!(reading.message_text().unwrap(), "Header X-Ca-Key missing");
}

#[test]
fn a_field_that_does_not_parse_is_reported() {
    let reading = classify(
        404,
        &[
            ("x-ca-error-code", "I404CO"),
            (
                "x-ca-error-message",
                "Cross origin resource not found G(E)T - /a",
            ),
        ],
    );
    match reading.outcome() {
        Outcome::Gateway {
            error: Err(Problem::Field(field)),
            ..
        } => assert_eq!(
            field.to_string(),
            "field `method` of `I404CO` is not a valid http::Method: \"G(E)T\""
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_codes_and_messages_keep_their_raw_values() {
    let reading = classify(
        418,
        &[
            ("x-ca-error-code", "I418TP"),
            ("x-ca-error-message", "I'm a teapot"),
            ("x-ca-request-id", "r"),
        ],
    );
    assert_eq!(reading.outcome(), &Outcome::Unrecognized);
    assert_eq!(reading.raw_code().unwrap(), "I418TP");
    assert_eq!(reading.raw_message().unwrap(), "I'm a teapot");
    assert_eq!(reading.request_id(), Some("r"));
    let reading = classify(400, &[("x-ca-error-message", "Something new")]);
    assert_eq!(reading.outcome(), &Outcome::Unrecognized);
}

#[test]
fn retrying_follows_the_table() {
    let throttled = classify(
        429,
        &[
            ("x-ca-error-code", "T429IN"),
            ("x-ca-error-message", "Throttled by INSTANCE Flow Control"),
        ],
    );
    assert!(throttled.is_retryable());
    let bad = classify(
        400,
        &[
            ("x-ca-error-code", "I400SG"),
            ("x-ca-error-message", "Invalid Stage"),
        ],
    );
    assert!(!bad.is_retryable());
    assert!(VpcErrorCode::ServiceBusy.is_retryable());
    assert!(!VpcErrorCode::InternalError.is_retryable());
    assert!(ClassicErrorCode::ThrottledByAppFlowControl.is_retryable());
    assert!(ClassicErrorCode::InternalError.is_retryable());
}

/// Counts of the values tried in a family's text fields: (read back, not
/// carried, total).
fn hostile_values<E>() -> (usize, usize, usize)
where
    E: ErrorFamily,
    AnyError: From<E>,
{
    let (mut carried_count, mut skipped, mut total) = (0, 0, 0);
    for &code in <E::Code as ErrorCode>::ALL {
        let row = code.row();
        for (field, meta) in row.fields.iter().enumerate() {
            if meta.ty != "String" {
                continue;
            }
            for c in (0u32..=255)
                .filter_map(char::from_u32)
                .chain(['\u{2028}', '\u{1F600}'])
            {
                total += 1;
                let value = format!("{c}x\r\n{c}");
                let mut texts = sample_fields(row, "v");
                texts[field] = value.clone();
                let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
                let error = E::from_fields(code, &texts).unwrap();
                let response: Response<()> = wire::response(&error, None);
                for value in response.headers().values() {
                    assert!(
                        value.as_bytes().iter().all(|b| (0x20..0x7f).contains(b)),
                        "{value:?}"
                    );
                }
                let wire_code = error.wire_code();
                let code_reads_back = code.row().code.is_fixed()
                    || <E::Code as ErrorCode>::FAMILY.find(&wire_code) == Some(row);
                if !carried_in(&row.message, field, &value) || !code_reads_back {
                    // Named rule: such a value cannot be read back.
                    skipped += 1;
                    continue;
                }
                carried_count += 1;
                let reading = GatewayResponse::from_response(&response);
                assert_eq!(
                    reading.error(),
                    Some(&AnyError::from(error)),
                    "{code} {c:?}"
                );
            }
        }
    }
    (carried_count, skipped, total)
}

#[test]
fn hostile_values_make_valid_headers_and_read_back() {
    let counts = [
        hostile_values::<VpcError>(),
        hostile_values::<ClassicError>(),
        hostile_values::<ManagementError>(),
        hostile_values::<CommonError>(),
    ];
    for (carried_count, skipped, total) in counts {
        assert_eq!(carried_count + skipped, total);
        // The skipped values hold the one character that ends their field
        // (a space, a backtick, a colon): one or two per field.
        assert!(
            skipped * 50 < total,
            "{skipped} of {total} values not carried"
        );
    }
    let total: usize = counts.iter().map(|c| c.2).sum();
    assert!(total > 15_000, "{total}");
}

#[test]
fn encoding_leaves_plain_text_alone_and_survives_edges() {
    assert_eq!(
        wire::encode("Invalid Header `X-Ca-Key` is empty"),
        "Invalid Header `X-Ca-Key` is empty"
    );
    assert_eq!(wire::encode("API not found "), "API not found%20");
    assert_eq!(wire::decode(b"API not found%20"), "API not found ");
    assert_eq!(wire::decode(b"%ff%FE"), "\u{fffd}\u{fffd}");
    assert_eq!(wire::decode(b"%"), "%");
    assert_eq!(wire::decode(b"%4"), "%4");
    let error = VpcError::ApiNotFound {
        reason: String::new(),
    };
    assert_eq!(round_trip(&error).error(), Some(&AnyError::Vpc(error)));
}

#[test]
fn read_one_family_of_your_own() {
    let error: VpcError = wire::read("I400MH", Some("Header `X-Ca-Key` is Required")).unwrap();
    assert_eq!(
        error,
        VpcError::MissingHeader {
            header_name: "X-Ca-Key".into()
        }
    );
    assert_eq!(
        wire::read::<VpcError>("nope", None),
        Err(wire::ReadError::UnknownCode)
    );
    assert_eq!(
        wire::read::<VpcError>("I400MH", None),
        Err(wire::ReadError::Known {
            code: VpcErrorCode::MissingHeader,
            problem: Problem::MissingMessage
        })
    );
}
