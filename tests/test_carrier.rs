//! `gwerr_core::Error`: a typed error with what was received, a request
//! id, a cause and a backtrace, as a running program carries it.

use std::error::Error as StdError;
use std::io;

use gwerr_core::wire::{self, GatewayResponse, Problem, ReadError};
use gwerr_core::{
    AnyError, Error, FieldError, Kind, ResultExt, UnknownCode, VpcError, VpcErrorCode,
};
use http::header::HeaderMap;
use http::StatusCode;

gwerr_core::error_table! {
    /// A library's own family.
    pub enum StoreError {
        placeholders = "{Name}";

        table "Store errors" {
        | Code | Status | Message |
        | StorageFailed | 503 | "Storage failed for {Key}" |
        | NotFound | 404 | "No object {Key}" |
        }
    }
}

/// What a library author writes: an `io::Error` becomes the family's error,
/// with the `io::Error` as its cause, and `?` hands it up.
fn load(key: &str) -> Result<Vec<u8>, Error<StoreError>> {
    let bytes = std::fs::read(format!("/nonexistent/{key}")).or_else_error(|| {
        StoreError::StorageFailed {
            key: key.to_owned(),
        }
    })?;
    Ok(bytes)
}

fn headers(pairs: &[(&str, &[u8])]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.append(
            http::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            http::HeaderValue::from_bytes(value).unwrap(),
        );
    }
    map
}

#[test]
fn a_cause_is_the_source_and_anyhow_prints_the_chain() {
    let error = load("a").unwrap_err();
    assert_eq!(
        error.typed(),
        Some(&StoreError::StorageFailed { key: "a".into() })
    );
    let cause = error.source().expect("the io::Error");
    let io = cause.downcast_ref::<io::Error>().expect("an io::Error");
    assert_eq!(io.kind(), io::ErrorKind::NotFound);
    assert_eq!(error.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(error.code().as_deref(), Some("StorageFailed"));
    assert!(error.is_retryable());

    let io_text = io.to_string();
    let any = anyhow::Error::from(error);
    assert_eq!(
        format!("{any:#}"),
        format!("Storage failed for a (StorageFailed, HTTP 503): {io_text}")
    );
    let carried = any.downcast_ref::<Error<StoreError>>().unwrap();
    assert_eq!(
        carried.typed().unwrap().code(),
        StoreErrorCode::StorageFailed
    );
    assert!(any.chain().any(|e| e.downcast_ref::<io::Error>().is_some()));
}

#[test]
fn a_boxed_error_downcasts_to_the_family_error() {
    fn run() -> Result<(), Box<dyn StdError + Send + Sync>> {
        Err(Error::new(VpcError::LoopDetected).with_request_id("r-1"))?;
        Ok(())
    }
    let boxed = run().unwrap_err();
    let carried = boxed.downcast_ref::<Error<VpcError>>().unwrap();
    assert_eq!(carried.typed(), Some(&VpcError::LoopDetected));
    assert_eq!(carried.request_id().as_deref(), Some("r-1"));

    fn plain() -> Result<(), Box<dyn StdError>> {
        Err(VpcError::InvalidStage)?;
        Ok(())
    }
    let boxed = plain().unwrap_err();
    assert_eq!(
        boxed.downcast_ref::<VpcError>(),
        Some(&VpcError::InvalidStage)
    );
}

#[test]
fn display_of_a_gateway_error_with_a_request_id() {
    let sent = VpcError::InvalidHeader {
        header_name: "X-Ca-Key".into(),
        reason: "is empty".into(),
    };
    let response: http::Response<()> = wire::response(&sent, Some("5F0C-17"));
    let error = GatewayResponse::from_response(&response)
        .into_result()
        .unwrap_err();
    assert_eq!(error.typed(), Some(&AnyError::Vpc(sent)));
    let line = "Invalid Header `X-Ca-Key` is empty (I400HD, HTTP 400, request id 5F0C-17)";
    assert_eq!(error.to_string(), line);
    assert_eq!(format!("{error:#}"), line);
    assert_eq!(error.received_status(), Some(StatusCode::BAD_REQUEST));
    assert_eq!(error.received().unwrap().raw_code().unwrap(), "I400HD");
}

#[test]
fn a_documented_status_that_differs_is_shown() {
    let headers = headers(&[
        ("x-ca-error-code", b"I508LD"),
        ("x-ca-error-message", b"Loop Detected"),
    ]);
    let error = GatewayResponse::classify(StatusCode::BAD_GATEWAY, &headers)
        .into_result()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "Loop Detected (I508LD, HTTP 502, documented 508)"
    );
    // The status is the one received; the documented one stays beside it.
    assert_eq!(error.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(error.documented_status(), Some(StatusCode::LOOP_DETECTED));
}

#[test]
fn display_of_a_backend_error() {
    let headers = headers(&[("x-ca-request-id", b"b-7"), ("content-type", b"text/html")]);
    let error = GatewayResponse::classify(StatusCode::BAD_GATEWAY, &headers)
        .into_result()
        .unwrap_err();
    assert!(matches!(error.kind(), Kind::Backend));
    assert_eq!(
        error.to_string(),
        "error without a code (HTTP 502, request id b-7)"
    );
    assert_eq!(format!("{error:#}"), error.to_string());
    assert_eq!(error.status(), StatusCode::BAD_GATEWAY);
    assert!(error.code().is_none());
    assert!(!error.is_retryable());
}

#[test]
fn display_of_an_unrecognized_response() {
    let headers = headers(&[
        ("x-ca-error-code", b"X999ZZ"),
        ("x-ca-error-message", b"Something%0Anew"),
        ("x-ca-request-id", b"u-1"),
    ]);
    let error = GatewayResponse::classify(StatusCode::SERVICE_UNAVAILABLE, &headers)
        .into_result()
        .unwrap_err();
    assert!(matches!(error.kind(), Kind::Unrecognized));
    assert_eq!(
        error.to_string(),
        "unrecognized error: Something\\nnew (X999ZZ, HTTP 503, request id u-1)"
    );
    assert_eq!(error.code().as_deref(), Some("X999ZZ"));
    assert!(error.is_retryable(), "a 503 no row knows may be retried");
}

#[test]
fn an_unreadable_row_keeps_its_problem_and_its_cause() {
    let headers = headers(&[
        ("x-ca-error-code", b"I404CO"),
        (
            "x-ca-error-message",
            b"Cross origin resource not found G E T - /a",
        ),
    ]);
    let error = GatewayResponse::classify(StatusCode::NOT_FOUND, &headers)
        .into_result()
        .unwrap_err();
    assert!(matches!(error.kind(), Kind::Unreadable { .. }));
    assert_eq!(error.row().unwrap().code.text, "I404CO");
    let Kind::Unreadable {
        problem: Problem::Field(field),
        ..
    } = error.kind()
    else {
        panic!("a field's problem: {:?}", error.kind());
    };
    assert!(matches!(field, FieldError::Parse { .. }));
    // The error's text says the problem; its source is what is behind it,
    // the Method's own parse error, so that a chain says each once.
    assert!(error.to_string().contains(&field.to_string()));
    let source = error.source().expect("the Method's own parse error");
    assert_eq!(source.to_string(), field.source().unwrap().to_string());
}

#[test]
fn a_success_is_ok_without_an_error() {
    let reading = GatewayResponse::classify(StatusCode::OK, &HeaderMap::new());
    let ok = reading.into_result().unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
}

#[test]
fn a_family_of_ones_own_reads_into_a_result() {
    let sent = StoreError::NotFound { key: "k".into() };
    let response: http::Response<()> = wire::response(&sent, Some("s-1"));
    let error = wire::check::<StoreError>(response.status(), response.headers()).unwrap_err();
    assert_eq!(error.typed(), Some(&sent));
    assert_eq!(
        error.to_string(),
        "No object k (NotFound, HTTP 404, request id s-1)"
    );

    let headers = headers(&[("x-ca-error-message", b"Not Found")]);
    let backend = wire::check::<StoreError>(StatusCode::NOT_FOUND, &headers).unwrap_err();
    assert!(matches!(backend.kind(), Kind::Backend));

    let headers = headers_of_unknown();
    let unknown = wire::check::<StoreError>(StatusCode::BAD_REQUEST, &headers).unwrap_err();
    assert!(matches!(unknown.kind(), Kind::Unrecognized));
    assert!(wire::check::<StoreError>(StatusCode::OK, &HeaderMap::new()).is_ok());
}

fn headers_of_unknown() -> HeaderMap {
    headers(&[("x-ca-error-code", b"Nope"), ("x-ca-error-message", b"no")])
}

#[test]
fn field_errors_keep_the_types_own_error() {
    let error =
        VpcError::from_fields(VpcErrorCode::CrossOriginApiNotFound, &["G E T", "/"]).unwrap_err();
    let source = error.source().expect("http's InvalidMethod");
    assert!(source
        .downcast_ref::<http::method::InvalidMethod>()
        .is_some());
    assert!(VpcError::from_fields(VpcErrorCode::LoopDetected, &["x"])
        .unwrap_err()
        .source()
        .is_none());
}

#[test]
fn every_public_error_type_is_an_error_with_display() {
    fn is_error<T: StdError + Send + Sync + 'static>(_: &T) {}
    let read: ReadError<VpcErrorCode> = wire::read::<VpcError>("I999ZZ", None).unwrap_err();
    assert_eq!(read.to_string(), "no row of VpcError has this code");
    is_error(&read);
    let known = wire::read::<VpcError>("I400HD", None).unwrap_err();
    assert_eq!(
        known.to_string(),
        "`I400HD`: the code came without its message"
    );
    // Its text says the problem, which has nothing behind it.
    assert!(known.source().is_none());
    is_error(&Problem::MissingMessage);
    is_error(&"x".parse::<VpcErrorCode>().unwrap_err());
    is_error(&VpcError::from_fields(VpcErrorCode::LoopDetected, &["x"]).unwrap_err());
    is_error(&Error::new(VpcError::LoopDetected));
    is_error(&Error::new(AnyError::Vpc(VpcError::LoopDetected)));
    is_error(&UnknownCode::new("x"));
    assert_eq!(
        std::mem::size_of::<Error<VpcError>>(),
        std::mem::size_of::<usize>()
    );
}

#[test]
fn map_keeps_the_context() {
    let error = Error::new(VpcError::LoopDetected)
        .with_request_id("m-1")
        .with_cause(io::Error::other("inner"));
    let any: Error<AnyError> = error.map(AnyError::from);
    assert_eq!(any.typed(), Some(&AnyError::Vpc(VpcError::LoopDetected)));
    assert_eq!(any.request_id().as_deref(), Some("m-1"));
    assert_eq!(any.source().unwrap().to_string(), "inner");
}

#[test]
fn a_log_line_escapes_unicode_line_breaks_and_bidi_controls() {
    // A request id that would forge a second line, or show reversed.
    for id in [
        "a\u{2028}b",
        "a\u{2029}b",
        "a\u{202e}b",
        "a\u{2066}b\u{2069}",
        "a\u{200f}b",
    ] {
        let error = Error::new(VpcError::LoopDetected).with_request_id(id);
        let line = error.to_string();
        assert!(
            !line.chars().any(|c| matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{line:?}"
        );
        assert!(line.contains("\\u{"), "{line:?}");
    }
}

#[test]
fn the_chain_of_causes_is_escaped_too() {
    #[derive(Debug)]
    struct Quoting;
    impl std::fmt::Display for Quoting {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("bad value \"x\r\n\u{1b}[31mforged\u{2028}line\"")
        }
    }
    impl std::error::Error for Quoting {}
    let error = Error::new(VpcError::LoopDetected).with_cause(Quoting);
    let line = format!("{error:#}");
    assert!(
        !line.chars().any(|c| c.is_control() || c == '\u{2028}'),
        "{line:?}"
    );
    assert!(
        line.ends_with(": bad value \"x\\r\\n\\u{1b}[31mforged\\u{2028}line\""),
        "{line:?}"
    );
}

#[test]
fn a_chain_says_each_sentence_once() {
    // A field that does not parse: the row is read, its field refused.
    gwerr_core::error_table! {
        pub enum Counted {
            type Count = u32;
            table "Errors" {
            | Code | Status | Message |
            | TooMany | 400 | "Too many: {Count}" |
            }
        }
    }
    let error = gwerr_core::wire::read::<Counted>("TooMany", Some("Too many: lots")).unwrap_err();
    let mut texts = vec![error.to_string()];
    let mut source = std::error::Error::source(&error);
    while let Some(next) = source {
        texts.push(next.to_string());
        source = next.source();
    }
    // Each error's text is its own: none repeats one further down.
    for (i, text) in texts.iter().enumerate() {
        for later in &texts[i + 1..] {
            assert!(!text.contains(later.as_str()), "{text:?} repeats {later:?}");
        }
    }
    assert!(
        texts.len() >= 2,
        "the parse error is still reachable: {texts:?}"
    );
}
