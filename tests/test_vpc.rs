mod common;

use gwerr_core::{ColumnKind, ErrorCode, ErrorFamily, Part, VpcError, VpcErrorCode};
use http::{Method, StatusCode};

#[test]
fn all_lists_every_code_in_table_order() {
    let docs = gwerr_core::document::parse(common::UPSTREAM);
    let codes: Vec<&str> = VpcErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let doc_codes: Vec<&str> = docs[0].rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(codes, doc_codes);
    assert_eq!(<VpcErrorCode as ErrorCode>::ALL, VpcErrorCode::ALL);
}

#[test]
fn status_of_every_code_is_the_one_it_spells() {
    for &code in VpcErrorCode::ALL {
        let spelled: u16 = code.as_str()[1..4].parse().unwrap();
        assert_eq!(code.status().as_u16(), spelled, "{code}");
        assert!(code.status().is_client_error() || code.status().is_server_error());
    }
    assert_eq!(
        VpcErrorCode::InvalidHeader.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        VpcErrorCode::UnsupportedMethod.status(),
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(
        VpcErrorCode::InvalidGroupInstance.status(),
        StatusCode::GONE
    );
    assert_eq!(
        VpcErrorCode::DomainUnavailableForLegalReasons.status(),
        StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS
    );
    assert_eq!(
        VpcErrorCode::TooManyRequests.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        VpcErrorCode::LoopDetected.status(),
        StatusCode::LOOP_DETECTED
    );
    assert_eq!(
        VpcErrorCode::ServiceTimeout.status(),
        StatusCode::GATEWAY_TIMEOUT
    );
}

#[test]
fn const_accessors() {
    const CODE: &str = VpcErrorCode::InvalidHeader.as_str();
    const STATUS: StatusCode = VpcErrorCode::RequestBodyTooLarge.status();
    const TEMPLATE: &str = VpcErrorCode::InvalidDomain.message_template();
    assert_eq!(CODE, "I400HD");
    assert_eq!(STATUS, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(TEMPLATE, "Invalid Domain `${DomainName}`");
}

#[test]
fn every_code_parses_back_to_itself() {
    for &code in VpcErrorCode::ALL {
        assert_eq!(code.as_str().parse::<VpcErrorCode>(), Ok(code));
        assert_eq!(code.to_string(), code.as_str());
    }
}

#[test]
fn unknown_codes_keep_their_input() {
    for input in [
        "",
        "I400H",
        "I400HDX",
        "i400hd",
        " I400HD",
        "I400HD ",
        "X-Ca-Error",
        "İ400HD",
        "I999ZZ",
    ] {
        let err = input.parse::<VpcErrorCode>().unwrap_err();
        assert_eq!(err.input(), input);
        assert_eq!(err.clone().into_input(), input);
    }
    let long = "I".repeat(1 << 16);
    assert_eq!(long.parse::<VpcErrorCode>().unwrap_err().input(), long);
}

#[test]
fn display_fills_the_message_template() {
    let cases = [
        (
            VpcError::InvalidHeader {
                header_name: "X-Ca-Timestamp".into(),
                reason: "is not a number".into(),
            },
            "Invalid Header `X-Ca-Timestamp` is not a number",
        ),
        (
            VpcError::MissingHeader {
                header_name: "X-Ca-Key".into(),
            },
            "Header `X-Ca-Key` is Required",
        ),
        (VpcError::RequestBodyTooLarge, "Request body too Large"),
        (
            VpcError::AuthorizationRequired,
            "Need authorization, `X-Ca-Key` or `Authorization: APPCODE ...` is required",
        ),
        (
            VpcError::CrossOriginApiNotFound {
                method: Method::PATCH,
                path: "/v1/users".into(),
            },
            "Cross origin resource not found PATCH - /v1/users",
        ),
        (
            VpcError::FunctionComputeAssumeRoleFailed {
                request_id: "5F0C7D1C-0E1B".into(),
                reason: "AccessDenied".into(),
            },
            "Function Compute AssumeRole failed 5F0C7D1C-0E1B:AccessDenied",
        ),
        (
            VpcError::NoMatchingJwk { kid: "k-17".into() },
            "No matching JWK, `k-17` not found",
        ),
        (
            VpcError::InvalidJwtPluginConfig { jwt: "{}".into() },
            "Invalid JWT plugin config: {}",
        ),
        (
            VpcError::BackendDomainIllegalAddress {
                domain: "backend.internal".into(),
                address: "127.0.0.1".into(),
            },
            "Backend domain `backend.internal` resolve to illegal address `127.0.0.1`",
        ),
    ];
    for (error, expected) in cases {
        assert_eq!(error.to_string(), expected);
    }
}

#[test]
fn display_writes_into_a_reused_string() {
    use std::fmt::Write;
    let mut out = String::new();
    for reason in ["a", "bb"] {
        out.clear();
        write!(
            out,
            "{}",
            VpcError::InvalidBody {
                reason: reason.into()
            }
        )
        .unwrap();
        assert_eq!(out, format!("Invalid Body: {reason}"));
    }
}

#[test]
fn typed_error_knows_its_row() {
    let error = VpcError::ThrottledByInnerDomain {
        domain: "example.test".into(),
    };
    assert_eq!(error.code(), VpcErrorCode::ThrottledByInnerDomain);
    assert_eq!(error.wire_code(), "T429ID");
    assert!(matches!(error.wire_code(), std::borrow::Cow::Borrowed(_)));
    assert_eq!(error.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        error.message_template(),
        "Throttled by INNER DOMAIN Flow Control, ${Domain} is a test domain, only 1000 requests per day"
    );
    assert!(error
        .description()
        .starts_with("The error message returned because a system-assigned"));
    assert_eq!(
        VpcError::OAuth2LoginFailed {
            reason: String::new()
        }
        .description(),
        ""
    );

    let row = error.code().row();
    assert_eq!(row.variant, "ThrottledByInnerDomain");
    assert_eq!(row.fields.len(), 1);
    assert_eq!(row.fields[0].placeholder, "Domain");
    assert_eq!(row.fields[0].name, "domain");
    assert_eq!(row.fields[0].ty, "String");
    assert_eq!(
        row.message.parts,
        [
            Part::Literal("Throttled by INNER DOMAIN Flow Control, "),
            Part::Placeholder(0),
            Part::Literal(" is a test domain, only 1000 requests per day"),
        ]
    );
}

#[test]
fn declared_placeholder_types_are_used() {
    let row = VpcErrorCode::CrossOriginApiNotFound.row();
    let types: Vec<(&str, &str)> = row.fields.iter().map(|f| (f.name, f.ty)).collect();
    assert_eq!(types, [("method", "http::Method"), ("path", "String")]);
}

#[test]
fn generic_code_over_families() {
    fn summary<E: ErrorFamily>(error: &E) -> String {
        let row = error.code().row();
        format!(
            "{} {} {}: {}",
            error.status().as_u16(),
            error.wire_code(),
            row.variant,
            error
        )
    }
    let error = VpcError::ApiNotFound {
        reason: "GET /x".into(),
    };
    assert_eq!(
        summary(&error),
        "404 I404NF ApiNotFound: API not found GET /x"
    );
    let source: &dyn std::error::Error = &error;
    assert!(source.source().is_none());
}

#[test]
fn rows_answer_every_column() {
    let row = VpcErrorCode::InvalidAppKey.row();
    assert_eq!(row.cell(ColumnKind::Code), "A400IK");
    assert_eq!(row.cell(ColumnKind::Status), "400");
    assert_eq!(row.cell(ColumnKind::Message), "Invalid AppKey");
    assert_eq!(row.cell(ColumnKind::Solution), "");
    assert!(!row.deprecated);
}
