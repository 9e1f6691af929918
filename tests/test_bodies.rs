//! A family whose errors come in the response body, JSON or XML, or in
//! headers: one call on an `http::Response` reads them all, and the error
//! keeps what was received. The texts are the project's own.

use gwerr_core::wire::{self, Convention, Place};
use gwerr_core::Kind;
use http::header::HeaderName;
use http::Response;

#[path = "fixtures/storage.rs"]
mod storage;
use storage::Store;

const JSON: Convention = Convention::at(
    Place::Json(&["error", "code"]),
    Place::Json(&["error", "message"]),
    Place::Header(HeaderName::from_static("x-request-id")),
);

/// The code in a header too, and the code and message in an XML body, as
/// a storage vendor sends them.
const XML: Convention = Convention::at(
    Place::Xml(&["Error", "Code"]),
    Place::Xml(&["Error", "Message"]),
    Place::Xml(&["Error", "RequestId"]),
);

const HEADERS: Convention = Convention::new(
    HeaderName::from_static("x-error-code"),
    HeaderName::from_static("x-error-message"),
    HeaderName::from_static("x-request-id"),
);

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> Response<String> {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.to_owned()).unwrap()
}

#[test]
fn one_call_reads_json_xml_and_headers() {
    let json = response(
        404,
        &[("x-request-id", "r-1")],
        r#"{"error": {"code": "NoSuchBlob", "message": "The blob a.txt is not there.", "details": []}}"#,
    );
    let xml = response(
        404,
        &[("x-error-code", "NoSuchBlob")],
        "<?xml version=\"1.0\"?><Error><Code>NoSuchBlob</Code>\
         <Message>The blob a.txt is not there.</Message><RequestId>r-1</RequestId></Error>",
    );
    let headers = response(
        404,
        &[
            ("x-error-code", "NoSuchBlob"),
            ("x-error-message", "The blob a.txt is not there."),
            ("x-request-id", "r-1"),
        ],
        "",
    );
    let expected = Store::NoSuchBlob {
        blob_name: "a.txt".into(),
    };
    for (convention, response) in [(&JSON, json), (&XML, xml), (&HEADERS, headers)] {
        let error = wire::check_response::<Store, _>(convention, &response).unwrap_err();
        assert_eq!(error.typed(), Some(&expected), "{convention:?}");
        assert_eq!(error.request_id().as_deref(), Some("r-1"));
        assert_eq!(
            error.to_string(),
            "The blob a.txt is not there. (NoSuchBlob, HTTP 404, request id r-1)"
        );
        let received = error.received().unwrap();
        assert_eq!(
            received.message().as_deref(),
            Some("The blob a.txt is not there.")
        );
    }
}

#[test]
fn the_row_of_a_repeated_code_is_picked_by_the_status_in_a_body_too() {
    let body = r#"{"error": {"code": "ConditionNotMet", "message": "The condition was not met."}}"#;
    for (status, expected) in [(412, Store::PreconditionFailed), (304, Store::NotModified)] {
        let error =
            wire::check_response::<Store, _>(&JSON, &response(status, &[], body)).unwrap_err();
        assert_eq!(error.typed(), Some(&expected));
        assert_eq!(error.status().as_u16(), status);
    }
}

#[test]
fn a_code_in_a_json_number_reads_as_its_text() {
    gwerr_core::error_table! {
        pub enum Numbered {
            table "Errors" {
            | Code | Status | Message |
            | "404" as NotFound | 404 | "Not found" |
            }
        }
    }
    let body = r#"{"error": {"code": 404, "message": "Not found"}}"#;
    let error = wire::check_response::<Numbered, _>(&JSON, &response(404, &[], body)).unwrap_err();
    assert_eq!(error.typed(), Some(&Numbered::NotFound));
}

#[test]
fn hostile_bodies_are_errors_that_keep_the_status() {
    let deep = "[".repeat(200_000);
    let nested = "<a>".repeat(50_000);
    let huge = format!("{{\"error\": {{\"code\": \"{}\"}}}}", "x".repeat(1 << 20));
    let cases = [
        ("not json at all", &JSON),
        (deep.as_str(), &JSON),
        (huge.as_str(), &JSON),
        ("<Error><Code>NoSuchBlob</Code><Message>cut", &XML),
        (nested.as_str(), &XML),
        ("", &XML),
    ];
    for (body, convention) in cases {
        let error = wire::check_response::<Store, _>(convention, &response(500, &[], body))
            .expect_err("a 500 is an error");
        assert_eq!(error.received_status().map(|s| s.as_u16()), Some(500));
        assert!(
            !matches!(error.kind(), Kind::Typed(_)),
            "{:?}",
            &body[..body.len().min(40)]
        );
    }
    // A code without its message in a cut body: the row, unreadable.
    let cut = response(404, &[], "<Error><Code>NoSuchBlob</Code><Message>cut");
    let error = wire::check_response::<Store, _>(&XML, &cut).unwrap_err();
    assert!(
        matches!(error.kind(), Kind::Unreadable { .. }),
        "{:?}",
        error.kind()
    );
}

#[test]
fn a_success_is_ok_whatever_the_body() {
    let ok = response(200, &[], r#"{"items": []}"#);
    assert!(wire::check_response::<Store, _>(&JSON, &ok).is_ok());
}

#[test]
fn what_response_with_writes_reads_back_in_every_convention() {
    let errors = [
        Store::NoSuchBlob {
            blob_name: "a <b> & \"c\"".into(),
        },
        Store::PreconditionFailed,
        Store::OperationsBusy,
    ];
    for convention in [&JSON, &XML, &HEADERS] {
        for error in &errors {
            let response: Response<Vec<u8>> = wire::response_with(convention, error, Some("r-9"));
            assert_eq!(response.status(), error.status());
            let read = wire::check_response::<Store, _>(convention, &response).unwrap_err();
            assert_eq!(read.typed(), Some(error), "{convention:?}");
            assert_eq!(read.request_id().as_deref(), Some("r-9"), "{convention:?}");
        }
    }
    let xml: Response<Vec<u8>> = wire::response_with(&XML, &errors[0], None);
    assert_eq!(
        std::str::from_utf8(xml.body()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>NoSuchBlob</Code>\
         <Message>The blob a &lt;b&gt; &amp; &quot;c&quot; is not there.</Message></Error>"
    );
}

#[test]
fn what_the_body_carries_beyond_code_and_message_stays_reachable() {
    let body = r#"{"error": {"code": "NoSuchBlob", "message": "The blob a is not there.",
        "details": [{"reason": "BLOB_MISSING", "domain": "store.example", "metadata": {"blob": "a"}}]}}"#;
    let error = wire::check_response::<Store, _>(&JSON, &response(404, &[], body)).unwrap_err();
    let kept = error
        .received()
        .and_then(|received| received.body())
        .unwrap();
    let details: serde_json::Value = serde_json::from_slice(kept).unwrap();
    assert_eq!(details["error"]["details"][0]["reason"], "BLOB_MISSING");
    assert_eq!(details["error"]["details"][0]["metadata"]["blob"], "a");
    // A convention of headers keeps no body.
    let headers = response(404, &[("x-error-code", "NoSuchBlob")], "ignored");
    let error = wire::check_response::<Store, _>(&HEADERS, &headers).unwrap_err();
    assert_eq!(error.received().unwrap().body(), None);
}

#[test]
fn an_error_read_from_a_body_serializes_what_was_received() {
    let body = r#"{"error": {"code": "NoSuchBlob", "message": "The blob a.txt is not there."}}"#;
    let response = response(404, &[("x-request-id", "r-3")], body);
    let error = wire::check_response::<Store, _>(&JSON, &response).unwrap_err();
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(json["code"], "NoSuchBlob");
    assert_eq!(json["status"], 404);
    assert_eq!(json["message"], "The blob a.txt is not there.");
    assert_eq!(json["request_id"], "r-3");
    assert_eq!(json["error"]["fields"]["blob_name"], "a.txt");
}
