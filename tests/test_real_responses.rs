//! Responses built the way a real gateway sends them: lowercase header
//! names, values as HTTP carries them (trimmed, not percent-encoded), no
//! code header where the gateway sends none, and a body.

use gwerr_core::wire::{self, GatewayResponse, Identified, Outcome};
use gwerr_core::{AnyError, ClassicError, ErrorCode, Kind, Part, VpcError, VpcErrorCode};
use http::StatusCode;

/// A response as the gateway sends it: each header value trimmed, as HTTP
/// trims it, and a body.
fn response(status: u16, headers: &[(&str, &str)]) -> http::Response<String> {
    let mut response = http::Response::new(String::from("{\"body\":true}"));
    *response.status_mut() = StatusCode::from_u16(status).unwrap();
    for (name, value) in headers {
        response.headers_mut().insert(
            http::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.trim().parse().unwrap(),
        );
    }
    response
}

fn read(status: u16, headers: &[(&str, &str)]) -> GatewayResponse {
    GatewayResponse::from_response(&response(status, headers))
}

#[test]
fn a_reason_phrase_without_a_code_is_the_backends() {
    for (status, phrase) in [
        (404, "Not Found"),
        (502, "Bad Gateway"),
        (500, "Internal Server Error"),
        (429, "Too Many Requests"),
        (400, "bad request"),
    ] {
        let reading = read(
            status,
            &[("x-ca-error-message", phrase), ("x-ca-request-id", "r")],
        );
        assert_eq!(reading.outcome(), &Outcome::Backend, "{status} {phrase}");
        let error = reading.into_result().unwrap_err();
        assert!(matches!(error.kind(), Kind::Backend));
        assert_eq!(error.received_status().unwrap().as_u16(), status);
    }
    // The special case that already held: a 200 with `OK` is a success.
    assert_eq!(
        read(200, &[("x-ca-error-message", "OK")]).outcome(),
        &Outcome::Success
    );
    // A phrase that is not the status's own is still the gateway's.
    let reading = read(404, &[("x-ca-error-message", "Bad Gateway")]);
    assert_eq!(reading.outcome(), &Outcome::Unrecognized);
    // A gateway row that is exactly a reason phrase, with its status, stays
    // the gateway's.
    let reading = read(503, &[("x-ca-error-message", "Service Unavailable")]);
    assert_eq!(
        reading.error(),
        Some(&AnyError::Classic(ClassicError::ServiceUnavailable))
    );
    // A family of one's own follows the same rule.
    let headers = response(404, &[("x-ca-error-message", "Not Found")]);
    let error = wire::check::<VpcError>(headers.status(), headers.headers()).unwrap_err();
    assert!(matches!(error.kind(), Kind::Backend));
}

#[test]
fn a_trimmed_empty_last_field_reads_back() {
    let reading = read(
        401,
        &[
            ("x-ca-error-code", "A401AC"),
            ("x-ca-error-message", "Invalid AppCode "),
        ],
    );
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::InvalidAppCode {
            reason: String::new()
        }))
    );
    let reading = read(401, &[("x-ca-error-message", "Invalid AppCode")]);
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::InvalidAppCode {
            reason: String::new()
        }))
    );
    // The most specific row still wins: `API not found` is the row
    // `API not found ${Reason}`, not `${Resource} not found`.
    let reading = read(404, &[("x-ca-error-message", "API not found")]);
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::ApiNotFound {
            reason: String::new()
        }))
    );
    let reading = read(404, &[("x-ca-error-message", "Stage not found")]);
    assert_eq!(
        reading.error(),
        Some(&AnyError::Vpc(VpcError::ResourceNotFound {
            resource: "Stage".into()
        }))
    );
    // An exact match of as much text beats a trimmed one.
    let reading = read(400, &[("x-ca-error-message", "Invalid Content-MD5")]);
    assert_eq!(
        reading.error(),
        Some(&AnyError::Classic(ClassicError::InvalidContentMd5))
    );
}

/// Every VPC row whose message ends with a field after a space reads back,
/// by its code and by its message alone, with that field empty and the
/// space trimmed away.
#[test]
fn every_row_with_an_empty_last_field_survives_trimming() {
    let mut checked = 0;
    for &code in VpcErrorCode::ALL {
        let row = code.row();
        let parts = row.message.parts;
        let ends_with_spaced_field = matches!(
            parts,
            [.., Part::Literal(text), Part::Placeholder(_)] if text.ends_with(' ')
        );
        if !ends_with_spaced_field {
            continue;
        }
        let Some(Part::Placeholder(last)) = parts.last() else {
            unreachable!()
        };
        let texts: Vec<&str> = (0..row.fields.len())
            .map(|i| {
                if i == *last {
                    ""
                } else if row.fields[i].ty == "http::Method" {
                    "GET"
                } else {
                    "x"
                }
            })
            .collect();
        let error = VpcError::from_fields(code, &texts).unwrap();
        let message = error.to_string();
        assert!(message.ends_with(' '), "{message:?}");
        let status = code.status().as_u16();
        let by_code = read(
            status,
            &[
                ("x-ca-error-code", code.as_str()),
                ("x-ca-error-message", &message),
            ],
        );
        assert_eq!(
            by_code.error(),
            Some(&AnyError::Vpc(error.clone())),
            "{message:?}"
        );
        let by_message = read(status, &[("x-ca-error-message", &message)]);
        match by_message.error() {
            Some(AnyError::Vpc(read)) => assert_eq!(read, &error, "{message:?}"),
            // Where another row's whole message is the trimmed text (the
            // classic phrase `Invalid Content-MD5`), its exact match wins.
            Some(other) => assert_eq!(other.code().row().message.text, message.trim_end()),
            None => panic!("{message:?} did not read"),
        }
        checked += 1;
    }
    assert!(checked >= 10, "{checked}");
}

#[test]
fn a_row_without_fields_reads_by_its_code_whatever_the_wording() {
    let reading = read(
        508,
        &[
            ("x-ca-error-code", "I508LD"),
            ("x-ca-error-message", "Loop detected, request refused"),
        ],
    );
    match reading.outcome() {
        Outcome::Gateway {
            identified, error, ..
        } => {
            assert_eq!(*identified, Identified::ByCode);
            assert_eq!(error, &Ok(AnyError::Vpc(VpcError::LoopDetected)));
        }
        other => panic!("{other:?}"),
    }
    assert!(reading.message_mismatch());
    assert_eq!(
        reading.message_text().as_deref(),
        Some("Loop detected, request refused")
    );
    let error = reading.into_result().unwrap_err();
    assert_eq!(
        error.received().unwrap().message().as_deref(),
        Some("Loop detected, request refused")
    );
    // The documented wording is no mismatch.
    let reading = read(
        508,
        &[
            ("x-ca-error-code", "I508LD"),
            ("x-ca-error-message", "Loop Detected"),
        ],
    );
    assert!(!reading.message_mismatch());
    // wire::read agrees.
    assert_eq!(
        wire::read::<VpcError>("I508LD", Some("something else")),
        Ok(VpcError::LoopDetected)
    );
    // A row with fields still needs its message.
    assert!(wire::read::<VpcError>("I400HD", Some("something else")).is_err());
}

#[test]
fn a_hand_built_template_never_panics() {
    let adjacent = gwerr_core::Template {
        text: "",
        parts: &[
            Part::Placeholder(0),
            Part::Placeholder(1),
            Part::Literal("x"),
        ],
    };
    assert_eq!(adjacent.captures("abx"), None);
    assert_eq!(adjacent.captures_trimmed("abx"), None);
    let huge = gwerr_core::Template {
        text: "",
        parts: &[
            Part::Placeholder(usize::MAX),
            Part::Literal(" "),
            Part::Placeholder(usize::MAX),
        ],
    };
    assert_eq!(huge.captures("a a"), Some(vec!["a", "a"]));
    assert_eq!(huge.captures("a b"), None);
    assert_eq!(huge.captures_trimmed("a"), None);
    let empty = gwerr_core::Template {
        text: "",
        parts: &[],
    };
    assert_eq!(empty.captures(""), Some(vec![]));
    assert_eq!(empty.captures("x"), None);
    let _ = ErrorCode::row(VpcErrorCode::LoopDetected);
    let _ = VpcError::LoopDetected.retry();
}

#[test]
fn a_request_id_reads_back_as_written() {
    let response: http::Response<()> = wire::response(&VpcError::LoopDetected, Some("req-é 100%"));
    assert_eq!(response.headers()["x-ca-request-id"], "req-%C3%A9 100%25");
    let reading = GatewayResponse::from_response(&response);
    assert_eq!(reading.request_id(), Some("req-é 100%"));
    let error = reading.into_result().unwrap_err();
    assert_eq!(error.request_id().as_deref(), Some("req-é 100%"));

    // Bytes that are not UTF-8 are still reachable raw.
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "x-ca-request-id",
        http::HeaderValue::from_bytes(b"id-\xff").unwrap(),
    );
    let reading = GatewayResponse::classify(StatusCode::BAD_GATEWAY, &headers);
    assert_eq!(reading.request_id(), Some("id-\u{fffd}"));
    assert_eq!(reading.raw_request_id().unwrap().as_bytes(), b"id-\xff");
    let error = reading.into_result().unwrap_err();
    assert_eq!(
        error
            .received()
            .unwrap()
            .raw_request_id()
            .unwrap()
            .as_bytes(),
        b"id-\xff"
    );
    // A plain id is borrowed as it came.
    let reading = read(502, &[("x-ca-request-id", "5F0C-17")]);
    assert_eq!(reading.request_id(), Some("5F0C-17"));
}
