//! The `serde` feature: a typed error is a map of its code, status, message
//! and (nested, so that no placeholder name can repeat a key) fields; a code
//! is its code string. Both read back.

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
            "fields": {
                "header_name": "X-Ca-Key",
                "reason": "is empty",
            },
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
    assert_eq!(
        serde_json::to_value(&error).unwrap()["fields"]["method"],
        "DELETE"
    );
}

#[test]
fn templated_codes_serialize_filled_in() {
    let error = ManagementError::DependencyViolation {
        resource: "Api".into(),
        dependent: "Stage".into(),
    };
    assert_eq!(
        serde_json::to_string(&error).unwrap(),
        r#"{"code":"DependencyViolationApi","status":400,"message":"The specified Api has Stage definitions.","fields":{"resource":"Api","dependent":"Stage"}}"#
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

/// Sample text for every field of a row, of the field's type.
fn sample_fields(row: &gwerr_core::Row) -> Vec<String> {
    row.fields
        .iter()
        .enumerate()
        .map(|(i, field)| match field.ty {
            "http::Method" => String::from("PUT"),
            _ => format!("v{i} \"q\" {{b}} %s"),
        })
        .collect()
}

fn round_trip<E>()
where
    E: gwerr_core::ErrorFamily + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug,
    E::Code: serde::Serialize + serde::de::DeserializeOwned,
{
    use gwerr_core::ErrorCode;
    for &code in <E::Code as ErrorCode>::ALL {
        let texts = sample_fields(code.row());
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = E::from_fields(code, &texts).unwrap();
        let json = serde_json::to_string(&error).unwrap();
        let back: E = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(back, error, "{json}");
        let json = serde_json::to_string(&code).unwrap();
        let back: E::Code = serde_json::from_str(&json).unwrap();
        assert!(back == code, "{json}");
    }
}

#[test]
fn every_row_of_every_family_reads_back() {
    round_trip::<VpcError>();
    round_trip::<ClassicError>();
    round_trip::<ManagementError>();
    round_trip::<gwerr_core::CommonError>();
}

#[test]
fn codes_read_back_from_their_wire_form_too() {
    let code: ManagementErrorCode = serde_json::from_str(r#""MissingAppId""#).unwrap();
    assert_eq!(code, ManagementErrorCode::Missing);
    let error: ManagementError =
        serde_json::from_str(r#"{"code":"MissingAppId","fields":{"parameter":"AppId"}}"#).unwrap();
    assert_eq!(
        error,
        ManagementError::Missing {
            parameter: "AppId".into()
        }
    );
}

#[test]
fn bad_input_is_a_clear_error() {
    let cases = [
        (r#""I999ZZ""#, "unknown error code `I999ZZ`"),
        (r#"17"#, "a code of VpcError"),
    ];
    for (json, expected) in cases {
        let error = serde_json::from_str::<VpcErrorCode>(json).unwrap_err();
        assert!(error.to_string().contains(expected), "{error}");
    }
    let cases = [
        (r#"{"status":400}"#, "missing field `code`"),
        (r#"{"code":"I400HD"}"#, "missing field `header_name`"),
        (
            r#"{"code":"I400HD","fields":{"header_name":"a","reason":"b"},"status":500}"#,
            "status 500 is not the status of `I400HD`, 400",
        ),
        (
            r#"{"code":"I400HD","fields":{"header_name":"a","reason":"b"},"message":"x"}"#,
            "message \"x\" is not what",
        ),
        (
            r#"{"code":"I404CO","fields":{"method":"G T","path":"/"}}"#,
            "field `method` of `I404CO` is not a valid http::Method",
        ),
        (
            r#"{"code":"I508LD","code":"I508LD"}"#,
            "duplicate field `code`",
        ),
        (
            r#"{"code":"I400HD","fields":{"header_name":"a","header_name":"b","reason":"c"}}"#,
            "a field is given twice",
        ),
        (
            r#"[1,2]"#,
            "a map of code, status, message and fields of VpcError",
        ),
    ];
    for (json, expected) in cases {
        let error = serde_json::from_str::<VpcError>(json).unwrap_err();
        assert!(error.to_string().contains(expected), "{json}: {error}");
    }
    let mismatch = serde_json::from_str::<ManagementError>(
        r#"{"code":"MissingAppId","fields":{"parameter":"Other"}}"#,
    )
    .unwrap_err();
    assert!(
        mismatch
            .to_string()
            .contains("code `MissingAppId` and fields disagree"),
        "{mismatch}"
    );
}

gwerr_core::error_table! {
    /// Placeholders named like the error's own keys.
    enum Clashing {
        placeholders = "{Name}";

        table "Clashing" {
        | Code | Status | Message |
        | E1 | 400 | "{Code} {Status} {Message} {Fields}" |
        }
    }
}

#[test]
fn placeholders_named_like_the_keys_never_repeat_a_key() {
    let error = Clashing::E1 {
        code: "E9".into(),
        status: "200".into(),
        message: "forged".into(),
        fields: "{}".into(),
    };
    let json = serde_json::to_string(&error).unwrap();
    assert_eq!(
        json,
        r#"{"code":"E1","status":400,"message":"E9 200 forged {}","fields":{"code":"E9","status":"200","message":"forged","fields":"{}"}}"#
    );
    let back: Clashing = serde_json::from_str(&json).unwrap();
    assert_eq!(back, error);
}

gwerr_core::error_table! {
    /// A template whose filled-in code spells a fixed code of the family.
    pub enum Shadowed {
        table "Errors" {
        | Code | Status | Message |
        | MissingAppId | 400 | "Missing AppId" |
        | "Missing%s" % Name as Missing | 400 | "Missing %s" % Name |
        }
    }
}

#[test]
fn a_template_that_spells_a_fixed_code_reads_back_as_itself() {
    for error in [
        Shadowed::MissingAppId,
        Shadowed::Missing {
            name: "AppId".into(),
        },
        Shadowed::Missing { name: "Key".into() },
    ] {
        let json = serde_json::to_string(&error).unwrap();
        let back: Shadowed = serde_json::from_str(&json).unwrap();
        assert_eq!(back, error, "{json}");
    }
}

#[test]
fn a_field_the_row_does_not_have_is_refused() {
    let json = r#"{"code": "MissingKey", "fields": {"name": "Key", "extra": "x"}}"#;
    let error = serde_json::from_str::<Shadowed>(json).unwrap_err();
    assert!(
        error.to_string().contains("has no field `extra`"),
        "{error}"
    );
}
