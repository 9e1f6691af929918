//! The DSL's features, each on a family declared for the test.

use std::borrow::Cow;

use gwerr_core::{error_table, ColumnKind, ErrorCode, Part};
use http::StatusCode;

error_table! {
    /// Management-style codes: printf and brace placeholders, templated codes.
    #[derive(Hash)]
    pub enum MgmtError {
        code = MgmtCode;
        placeholders = "%s" | "{Name}";

        /// Servers.
        table "Servers" (5XX) {
        | Error code | Error message | HTTP status code | Description | Solution |
        | ServiceUnavailable | "The request has failed due to a temporary failure of the server." | 503 | "Unavailable." | "Try again later." |
        }

        table "Clients" (4XX) {
        | Error code | Error message | HTTP status code | Description | Solution |
        | "Missing%s" % ParameterName | "The %s is mandatory for this action." % ParameterName | 400 | "The %s parameter is not specified." | "" |
        | MissingAppIdOrAppOwner | "AppId or AppOwner must have a valid value." | 400 | "" | "" |
        | "Invalid%s" % Parameter | "The specified parameter %s value is not valid." % Parameter | 400 | "" | "" |
        | "InvalidFormat%s" % Parameter | "The specified parameter %s value is not well formatted." % Parameter | 400 | "" | "" |
        | "Invalid%s.LengthLimit" % Parameter | "The parameter %s length exceeds the limit." % Parameter | 400 | "" | "" |
        | "DependencyViolation%s" % Parameter | "The specified %s has %s definitions." % (Parameter, Dependency) | 400 | "" | "" |
        | "Api.NotFound" | "Specified api is not found, please check your url and method." | 404 | "" | "" |
        | "Required{ParameterName}" as RequiredParameter | "{ParameterName} is mandatory for this action." | 400 | "" | "" |
        }
    }
}

error_table! {
    /// Phrase codes: the code is the message.
    pub(crate) enum PhraseError {
        default_type = u32;

        table "Phrases" {
        | Error code | HTTP status code | Description | Solution |
        | "Throttled by APP Flow Control" | 403 | "Throttling for the app." | "Contact the API provider." |
        | "Invalid Content-MD5" | 400 | "" | "" |
        | "Verify Fail: 243, Not found by keyId:%s" % KeyId | 401 | "" | "" |
        /// Gone from the current docs; older gateways still send it.
        #[deprecated = "removed from the docs"]
        | "Api Prov" as ApiProv | 403 | "" | "" |
        }
    }
}

#[test]
fn templated_codes_fill_their_fields() {
    let error = MgmtError::Missing {
        parameter_name: "AppId".into(),
    };
    assert_eq!(error.wire_code(), "MissingAppId");
    assert!(matches!(error.wire_code(), Cow::Owned(_)));
    assert_eq!(error.to_string(), "The AppId is mandatory for this action.");
    assert_eq!(error.code().as_str(), "Missing%s");

    let error = MgmtError::DependencyViolation {
        parameter: "Api".into(),
        dependency: "3 stage".into(),
    };
    assert_eq!(error.wire_code(), "DependencyViolationApi");
    assert_eq!(
        error.to_string(),
        "The specified Api has 3 stage definitions."
    );

    let error = MgmtError::RequiredParameter {
        parameter_name: "Action".into(),
    };
    assert_eq!(error.wire_code(), "RequiredAction");
    assert_eq!(error.to_string(), "Action is mandatory for this action.");
}

#[test]
fn fixed_codes_win_over_templates() {
    assert_eq!(
        "MissingAppIdOrAppOwner".parse(),
        Ok(MgmtCode::MissingAppIdOrAppOwner)
    );
    assert_eq!("MissingAppId".parse(), Ok(MgmtCode::Missing));
    assert_eq!(
        "ServiceUnavailable".parse(),
        Ok(MgmtCode::ServiceUnavailable)
    );
    assert_eq!("Api.NotFound".parse(), Ok(MgmtCode::ApiNotFound));
}

#[test]
fn longer_templates_win_over_shorter_ones() {
    assert_eq!("InvalidName".parse(), Ok(MgmtCode::Invalid));
    assert_eq!("InvalidFormatName".parse(), Ok(MgmtCode::InvalidFormat));
    assert_eq!(
        "InvalidName.LengthLimit".parse(),
        Ok(MgmtCode::InvalidLengthLimit)
    );
    assert_eq!(
        "InvalidFormatX.LengthLimit".parse(),
        Ok(MgmtCode::InvalidLengthLimit)
    );
}

#[test]
fn a_placeholder_stands_for_at_least_one_byte() {
    for input in ["Missing", "Invalid", "Required"] {
        let err = input.parse::<MgmtCode>().unwrap_err();
        assert_eq!(err.input(), input);
    }
    // With an empty placeholder ruled out, these fall to the shorter template.
    assert_eq!("Invalid.LengthLimit".parse(), Ok(MgmtCode::Invalid));
    assert_eq!("InvalidFormat".parse(), Ok(MgmtCode::Invalid));
    assert_eq!("Missing%s".parse(), Ok(MgmtCode::Missing));
}

#[test]
fn tables_keep_their_classes_and_columns() {
    let family = MgmtCode::FAMILY;
    assert_eq!(family.name, "MgmtError");
    assert_eq!(family.code_name, "MgmtCode");
    assert_eq!(family.tables.len(), 2);
    assert_eq!(family.tables[0].title, "Servers");
    let kinds: Vec<ColumnKind> = family.tables[1].columns.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ColumnKind::Code,
            ColumnKind::Message,
            ColumnKind::Status,
            ColumnKind::Description,
            ColumnKind::Solution
        ]
    );
    assert_eq!(
        MgmtCode::ServiceUnavailable.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(MgmtCode::ALL.len(), 9);
    assert_eq!(MgmtCode::Missing.row().solution, "");
    assert_eq!(
        MgmtCode::DependencyViolation.row().message.parts,
        [
            Part::Literal("The specified "),
            Part::Placeholder(0),
            Part::Literal(" has "),
            Part::Placeholder(1),
            Part::Literal(" definitions."),
        ]
    );
    assert_eq!(
        MgmtCode::DependencyViolation.row().code.parts,
        [Part::Literal("DependencyViolation"), Part::Placeholder(0)]
    );
}

#[test]
fn user_derives_are_kept() {
    use std::collections::HashSet;
    let set: HashSet<MgmtError> =
        [MgmtError::ServiceUnavailable, MgmtError::ServiceUnavailable].into();
    assert_eq!(set.len(), 1);
}

#[test]
#[allow(deprecated)]
fn phrase_codes_are_their_own_message() {
    assert_eq!(
        PhraseError::ThrottledByAppFlowControl.to_string(),
        "Throttled by APP Flow Control"
    );
    assert_eq!(
        PhraseError::InvalidContentMd5.wire_code(),
        "Invalid Content-MD5"
    );
    let error = PhraseError::VerifyFail243NotFoundByKeyId { key_id: 7 };
    assert_eq!(error.to_string(), "Verify Fail: 243, Not found by keyId:7");
    assert_eq!(error.wire_code(), "Verify Fail: 243, Not found by keyId:7");
    assert_eq!(error.code().row().fields[0].ty, "u32");
    assert_eq!(
        "Verify Fail: 243, Not found by keyId:abc".parse(),
        Ok(PhraseErrorCode::VerifyFail243NotFoundByKeyId)
    );
    assert!(PhraseErrorCode::ApiProv.row().deprecated);
    assert_eq!(PhraseError::ApiProv.code(), PhraseErrorCode::ApiProv);
    assert_eq!("Api Prov".parse(), Ok(PhraseErrorCode::ApiProv));
    let columns = <PhraseErrorCode as ErrorCode>::FAMILY.tables[0].columns;
    assert!(!columns.iter().any(|c| c.kind == ColumnKind::Message));
    assert_eq!(
        PhraseErrorCode::ThrottledByAppFlowControl.message_template(),
        "Throttled by APP Flow Control"
    );
}

#[test]
fn metadata_lookup_agrees_with_from_str() {
    let mut inputs: Vec<&str> = MgmtCode::ALL.iter().map(|c| c.as_str()).collect();
    inputs.extend([
        "MissingAppId",
        "MissingAppIdOrAppOwner",
        "InvalidFormatX.LengthLimit",
        "Invalid.LengthLimit",
        "InvalidFormat",
        "InvalidFormatName",
        "DependencyViolationApi",
        "RequiredAction",
        "Missing",
        "Api.NotFound.",
        "",
    ]);
    for input in inputs {
        let by_metadata = MgmtCode::FAMILY.find(input).map(|row| row.variant);
        let by_from_str = input
            .parse::<MgmtCode>()
            .ok()
            .map(|code| code.row().variant);
        assert_eq!(by_metadata, by_from_str, "{input:?}");
    }
}
