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
        // A number is a code's digits, which no code of the family is.
        (r#"17"#, "unknown error code `17`"),
        (r#"[17]"#, "expected a code"),
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

/// Every row of every gateway family reads back through `AnyError` and
/// `AnyCode`, with its family named; without it, a text that one family
/// reads is that family's, and a text that several read is refused.
#[test]
fn any_error_and_any_code_read_back_for_every_row() {
    use gwerr_core::{AnyCode, AnyError, ErrorCode, ErrorFamily};
    fn each<E>()
    where
        E: ErrorFamily + Into<AnyError>,
        E::Code: Into<AnyCode>,
    {
        for &code in <E::Code as ErrorCode>::ALL {
            let texts = sample_fields(code.row());
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let any: AnyError = E::from_fields(code, &texts).unwrap().into();
            let json = serde_json::to_value(&any).unwrap();
            assert_eq!(json["family"], any.family().name);
            let back: AnyError = serde_json::from_value(json.clone()).unwrap();
            assert_eq!(back, any, "{json}");
            // Without the family: the one family that reads it, or a
            // refusal that names every family that does.
            let mut bare = json.clone();
            bare.as_object_mut().unwrap().remove("family");
            match serde_json::from_value::<AnyError>(bare) {
                Ok(back) => assert_eq!(back, any, "{json}"),
                Err(e) => {
                    let e = e.to_string();
                    assert!(
                        e.contains("several families") && e.contains(any.family().name),
                        "{e}"
                    );
                }
            }
            let any_code: AnyCode = code.into();
            let json = serde_json::to_value(any_code).unwrap();
            assert_eq!(
                json,
                json!({"family": any_code.family().name, "code": code.as_str()})
            );
            assert_eq!(serde_json::from_value::<AnyCode>(json).unwrap(), any_code);
        }
    }
    each::<VpcError>();
    each::<ClassicError>();
    each::<ManagementError>();
    each::<gwerr_core::CommonError>();
}

#[test]
fn any_code_reads_a_bare_code_that_one_family_has() {
    use gwerr_core::{AnyCode, ClassicErrorCode};
    let code: AnyCode = serde_json::from_str(r#""I400HD""#).unwrap();
    assert_eq!(code, AnyCode::from(VpcErrorCode::InvalidHeader));
    let code: AnyCode = serde_json::from_str(r#""Throttled by APP Flow Control""#).unwrap();
    assert_eq!(
        code,
        AnyCode::from(ClassicErrorCode::ThrottledByAppFlowControl)
    );
    for (json, says) in [
        (r#""NoSuchCode""#, "no family has the code"),
        (
            r#"{"family": "Nope", "code": "I400HD"}"#,
            "no family is named \"Nope\"",
        ),
        (
            r#"{"family": "ClassicError", "code": "I400HD"}"#,
            "no family has the code",
        ),
        (r#"{"family": "VpcError"}"#, "missing field `code`"),
        ("[1]", "a code, or a map of a family and a code"),
    ] {
        let error = serde_json::from_str::<AnyCode>(json)
            .unwrap_err()
            .to_string();
        assert!(error.contains(says), "{json}: {error}");
    }
}

#[test]
fn any_error_refuses_a_family_that_is_not_the_errors() {
    let json = r#"{"family": "ClassicError", "error": {"code": "I508LD"}}"#;
    let error = serde_json::from_str::<gwerr_core::AnyError>(json).unwrap_err();
    assert!(error.to_string().contains("no family reads it"), "{error}");
    let json = r#"{"family": "ClassicError", "error": {"code": "I508LD", "family": "VpcError"}}"#;
    let error = serde_json::from_str::<gwerr_core::AnyError>(json).unwrap_err();
    assert!(error.to_string().contains("another family"), "{error}");
    // A family error refuses a `family` that is not its own.
    let json = r#"{"code": "I508LD", "family": "ClassicError"}"#;
    let error = serde_json::from_str::<VpcError>(json).unwrap_err();
    assert!(error.to_string().contains("is not VpcError"), "{error}");
    assert!(
        serde_json::from_str::<VpcError>(r#"{"code": "I508LD", "family": "VpcError"}"#).is_ok()
    );
}

gwerr_core::error_table! {
    /// A family whose codes are numbers and whose fields are typed.
    pub enum Numeric {
        placeholders = "{Name}";
        type Seconds = u32;
        type Retry = bool;

        table "Errors" {
        | Code | Status | Message |
        | "1001" as Busy | 503 | "Busy for {Seconds} seconds, retry {Retry}" |
        | "1002" as Gone | 410 | "Gone" |
        }
    }
}

/// A code written as a JSON number reads as its digits; a typed field
/// reads from a JSON number or boolean as from the text it writes.
#[test]
fn numbers_read_as_codes_and_typed_fields() {
    let error: Numeric =
        serde_json::from_str(r#"{"code": 1001, "fields": {"seconds": 7, "retry": true}}"#).unwrap();
    assert_eq!(
        error,
        Numeric::Busy {
            seconds: 7,
            retry: true
        }
    );
    // The same from strings, as the error writes itself.
    let json = serde_json::to_string(&error).unwrap();
    assert_eq!(serde_json::from_str::<Numeric>(&json).unwrap(), error);
    assert_eq!(
        serde_json::from_str::<NumericCode>("1002").unwrap(),
        NumericCode::Gone
    );
    // A number that is not the field's type is refused with the field's
    // error, never wrapped or truncated.
    for json in [
        r#"{"code": 1001, "fields": {"seconds": -1, "retry": true}}"#,
        r#"{"code": 1001, "fields": {"seconds": 4294967296, "retry": true}}"#,
        r#"{"code": 1001, "fields": {"seconds": 2.5, "retry": true}}"#,
        r#"{"code": 1001, "fields": {"seconds": [7], "retry": true}}"#,
        r#"{"code": 1003}"#,
    ] {
        assert!(serde_json::from_str::<Numeric>(json).is_err(), "{json}");
    }
}
