//! The `serde` feature: a typed error is a map of its code, status, message
//! and fields; a code is its code string.

use gwerr_core::{ClassicError, ManagementError, ManagementErrorCode, VpcError, VpcErrorCode};
use http::Method;
use serde_json::json;

#[test]
fn typed_errors_serialize_as_code_status_message_and_fields() {
    let error = VpcError::InvalidHeader {
        header_name: "X-Ca-Key".into(),
        reason: "is empty".into(),
    };
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        json!({
            "code": "I400HD",
            "status": 400,
            "message": "Invalid Header `X-Ca-Key` is empty",
            "header_name": "X-Ca-Key",
            "reason": "is empty",
        })
    );
    assert_eq!(
        serde_json::to_string(&VpcError::LoopDetected).unwrap(),
        r#"{"code":"I508LD","status":508,"message":"Loop Detected"}"#
    );
}

#[test]
fn fields_serialize_as_their_text() {
    let error = VpcError::CrossOriginApiNotFound {
        method: Method::DELETE,
        path: "/a".into(),
    };
    assert_eq!(serde_json::to_value(&error).unwrap()["method"], "DELETE");
}

#[test]
fn templated_codes_serialize_filled_in() {
    let error = ManagementError::DependencyViolation {
        resource: "Api".into(),
        dependent: "Stage".into(),
    };
    assert_eq!(
        serde_json::to_string(&error).unwrap(),
        r#"{"code":"DependencyViolationApi","status":400,"message":"The specified Api has Stage definitions.","resource":"Api","dependent":"Stage"}"#
    );
    let error = ClassicError::InvalidSignature {
        string_to_sign: "GET\n/".into(),
    };
    assert_eq!(
        serde_json::to_value(&error).unwrap()["code"],
        "Invalid Signature, Server StringToSign:GET\n/"
    );
}

#[test]
fn codes_serialize_as_their_code_string() {
    assert_eq!(
        serde_json::to_string(&VpcErrorCode::InvalidHeader).unwrap(),
        r#""I400HD""#
    );
    assert_eq!(
        serde_json::to_string(&ManagementErrorCode::Missing).unwrap(),
        r#""Missing%s""#
    );
}
