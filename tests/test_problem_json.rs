//! RFC 9457 problem details both ways: every row of the gateway's families
//! and of a family of one's own written as a problem object and read back
//! as the same error; fields typed as declared; hostile bodies refused.

use gwerr_core::wire::{self, PROBLEM_JSON};
use gwerr_core::{ClassicError, CommonError, ErrorCode, ErrorFamily, ManagementError, VpcError};

/// An error of each row of `E`, its fields filled with a sample.
fn errors<E: ErrorFamily>() -> Vec<E> {
    <E::Code as ErrorCode>::ALL
        .iter()
        .map(|&code| {
            let row = code.row();
            let values: Vec<String> = row
                .fields
                .iter()
                .enumerate()
                .map(|(i, field)| match field.ty {
                    "http::Method" => "PUT".to_owned(),
                    "u32" => (7 + i).to_string(),
                    _ => format!("v{i} \"q\" {{b}}"),
                })
                .collect();
            let values: Vec<&str> = values.iter().map(String::as_str).collect();
            E::from_fields(code, &values).unwrap()
        })
        .collect()
}

fn round_trip<E>()
where
    E: ErrorFamily + serde::Serialize + std::fmt::Debug + PartialEq + Send + Sync,
{
    for error in errors::<E>() {
        let response: http::Response<Vec<u8>> =
            wire::problem_response(&error, Some("/orders/7"), Some("r-1"));
        let problem: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
        let row = error.code().row();
        assert_eq!(problem["status"], error.status().as_u16());
        assert_eq!(problem["title"], row.message.text);
        assert_eq!(problem["detail"], error.to_string());
        assert_eq!(problem["instance"], "/orders/7");
        assert_eq!(problem["code"], &*error.wire_code());
        assert_eq!(problem["request_id"], "r-1");
        assert!(problem["type"]
            .as_str()
            .unwrap()
            .starts_with("tag:gwerr,2026:"));
        let read = wire::check_response::<E, _>(&PROBLEM_JSON, &response).unwrap_err();
        assert_eq!(read.typed(), Some(&error), "{problem}");
        assert_eq!(read.request_id().as_deref(), Some("r-1"));
    }
}

#[test]
fn every_gateway_row_reads_back_from_its_problem() {
    round_trip::<VpcError>();
    round_trip::<ClassicError>();
    round_trip::<ManagementError>();
    round_trip::<CommonError>();
}

gwerr_core::error_table! {
    /// A family of one's own, with typed fields and a page per code.
    pub enum Shop {
        url = "https://docs.example.com/errors/{code}";
        placeholders = "{Name}";
        type Count = u32;
        type Open = bool;

        table "Errors" {
        | Code | Status | Message |
        | "Low{Item}" as Low | 409 | "Only {Count} of {Item} left, open {Open}" |
        | Closed | 503 | "The shop is closed." |
        }
    }
}

#[test]
fn a_familys_own_problem_is_typed_and_reads_back() {
    let error = Shop::Low {
        item: "pen".into(),
        count: 3,
        open: true,
    };
    let bytes = wire::problem_json(&error, None, None);
    let problem: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        problem["type"],
        "https://docs.example.com/errors/Low%7BItem%7D"
    );
    assert_eq!(
        problem["fields"],
        serde_json::json!({"item": "pen", "count": 3, "open": true})
    );
    assert!(problem.get("instance").is_none());
    assert_eq!(problem["code"], "Lowpen");
    let response: http::Response<Vec<u8>> = wire::problem_response(&error, None, None);
    let read = wire::check_response::<Shop, _>(&PROBLEM_JSON, &response).unwrap_err();
    assert_eq!(read.typed(), Some(&error));
    assert_eq!(read.status().as_u16(), 409);
}

#[test]
fn hostile_problem_bodies_are_errors_that_keep_the_status() {
    let huge = format!(r#"{{"code": "{}", "detail": "x"}}"#, "A".repeat(1 << 20));
    let deep = format!("{}{}", "{\"a\":".repeat(100_000), "1");
    for body in [
        r#"{"code": ["I508LD"], "detail": "Loop Detected"}"#.to_owned(),
        r#"{"detail": "Loop Detected"}"#.to_owned(),
        r#"{"code": "I508LD", "code": "I400HD"}"#.to_owned(),
        r#"{"code": 12, "detail": {}}"#.to_owned(),
        "not json".to_owned(),
        huge,
        deep,
    ] {
        let response = http::Response::builder()
            .status(500)
            .body(body.clone())
            .unwrap();
        let error = wire::check_response::<VpcError, _>(&PROBLEM_JSON, &response).unwrap_err();
        assert_eq!(
            error.received_status().map(|s| s.as_u16()),
            Some(500),
            "{}",
            &body[..body.len().min(40)]
        );
    }
}

/// A problem object another server wrote, without `fields`, or with
/// members of the wrong type: the fields come from `detail`, through the
/// template.
#[test]
fn without_field_members_the_detail_gives_the_fields() {
    for body in [
        r#"{"type": "about:blank", "status": 400, "code": "I400MH", "detail": "Header `X-Ca-Key` is Required"}"#,
        r#"{"code": "I400MH", "detail": "Header `X-Ca-Key` is Required", "fields": {"header_name": ["x"]}}"#,
        r#"{"code": "I400MH", "detail": "Header `X-Ca-Key` is Required", "fields": "none"}"#,
    ] {
        let response = http::Response::builder().status(400).body(body).unwrap();
        let error = wire::check_response::<VpcError, _>(&PROBLEM_JSON, &response).unwrap_err();
        assert_eq!(
            error.typed(),
            Some(&VpcError::MissingHeader {
                header_name: "X-Ca-Key".into()
            }),
            "{body}"
        );
    }
}

/// `Error` writes what was received: the status and message of the
/// response, the row's typed fields; an error no row describes is
/// `about:blank`, titled by its status.
#[test]
fn an_error_read_from_a_response_writes_what_it_received() {
    let mut headers = http::HeaderMap::new();
    headers.insert("x-ca-error-code", http::HeaderValue::from_static("I400MH"));
    headers.insert(
        "x-ca-error-message",
        http::HeaderValue::from_static("Header `X-Ca-Key` is Required"),
    );
    let error: gwerr_core::Error =
        wire::GatewayResponse::classify(http::StatusCode::BAD_GATEWAY, &headers)
            .into_result()
            .unwrap_err();
    let problem: serde_json::Value =
        serde_json::from_slice(&error.problem_json(Some("/x"))).unwrap();
    assert_eq!(problem["status"], 502);
    assert_eq!(problem["code"], "I400MH");
    assert_eq!(problem["fields"]["header_name"], "X-Ca-Key");
    assert_eq!(problem["type"], "tag:gwerr,2026:VpcError/I400MH");
    assert_eq!(problem["instance"], "/x");

    let backend: gwerr_core::Error =
        wire::GatewayResponse::classify(http::StatusCode::NOT_FOUND, &http::HeaderMap::new())
            .into_result()
            .unwrap_err();
    let problem: serde_json::Value = serde_json::from_slice(&backend.problem_json(None)).unwrap();
    assert_eq!(problem["type"], "about:blank");
    assert_eq!(problem["title"], "Not Found");
    assert_eq!(problem["status"], 404);
    assert!(problem.get("fields").is_none() && problem.get("retry").is_none());
}

/// An object without a `code` member names its row by its `type`: the tag
/// this crate writes, or the family's `url` with the code in it.
#[test]
fn the_type_names_the_row_when_the_code_is_missing() {
    let body = r#"{"type": "tag:gwerr,2026:VpcError/I400MH", "detail": "anything", "fields": {"header_name": "X-Ca-Key"}}"#;
    let response = http::Response::builder().status(400).body(body).unwrap();
    let error = wire::check_response::<VpcError, _>(&PROBLEM_JSON, &response).unwrap_err();
    assert_eq!(
        error.typed(),
        Some(&VpcError::MissingHeader {
            header_name: "X-Ca-Key".into()
        })
    );
    let body = r#"{"type": "https://docs.example.com/errors/Low%7BItem%7D", "detail": "x", "fields": {"item": "pen", "count": 2, "open": true}}"#;
    let response = http::Response::builder().status(409).body(body).unwrap();
    let error = wire::check_response::<Shop, _>(&PROBLEM_JSON, &response).unwrap_err();
    assert_eq!(
        error.typed(),
        Some(&Shop::Low {
            item: "pen".into(),
            count: 2,
            open: true
        })
    );
    // Another family's tag names no row of this one.
    let body = r#"{"type": "tag:gwerr,2026:ClassicError/I400MH", "detail": "x", "fields": {"header_name": "k"}}"#;
    let response = http::Response::builder().status(400).body(body).unwrap();
    let error = wire::check_response::<VpcError, _>(&PROBLEM_JSON, &response).unwrap_err();
    assert!(error.typed().is_none());
}

proptest::proptest! {
    /// Any values of a row's fields survive error → problem+json → error,
    /// even where the message's template could not cut them apart.
    #[test]
    fn any_field_values_round_trip(
        row in 0usize..512,
        values in proptest::collection::vec(".{0,12}", 4),
        count in proptest::num::u32::ANY,
        open in proptest::bool::ANY,
    ) {
        let vpc = <gwerr_core::VpcErrorCode as gwerr_core::ErrorCode>::ALL;
        let code = vpc[row % vpc.len()];
        let texts: Vec<&str> = code.row().fields.iter().zip(&values).map(|(field, value)| {
            if field.ty == "http::Method" { "PATCH" } else { value.as_str() }
        }).collect();
        let error = VpcError::from_fields(code, &texts).unwrap();
        let response: http::Response<Vec<u8>> = wire::problem_response(&error, None, None);
        let read = wire::check_response::<VpcError, _>(&PROBLEM_JSON, &response).unwrap_err();
        proptest::prop_assert_eq!(read.typed(), Some(&error));

        let own = Shop::Low { item: values[0].clone(), count, open };
        let response: http::Response<Vec<u8>> = wire::problem_response(&own, None, None);
        let read = wire::check_response::<Shop, _>(&PROBLEM_JSON, &response).unwrap_err();
        proptest::prop_assert_eq!(read.typed(), Some(&own));
    }
}
