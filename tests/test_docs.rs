//! All six tables of the document, declared verbatim and read back.

mod common;

use gwerr_core::{
    ClassicError, ClassicErrorCode, CommonError, CommonErrorCode, ErrorCode, Family,
    ManagementError, ManagementErrorCode, Part, Row, Table, VpcErrorCode, FAMILIES,
};

fn tables() -> Vec<&'static Table> {
    FAMILIES.iter().flat_map(|family| family.tables).collect()
}

#[test]
fn every_table_is_the_documents_table() {
    let docs = gwerr_core::document::parse(common::UPSTREAM);
    let ours = tables();
    assert_eq!(ours.len(), 6);
    assert_eq!(docs.len(), 6);
    for (table, doc) in ours.iter().zip(&docs) {
        let titles: Vec<&str> = table.columns.iter().map(|c| c.title).collect();
        assert_eq!(titles, doc.header, "{}", table.title);
        assert_eq!(table.rows.len(), doc.rows.len(), "{}", table.title);
        for (row, doc_row) in table.rows.iter().zip(&doc.rows) {
            let cells: Vec<String> = table
                .columns
                .iter()
                .map(|c| row.cell(c.kind).into_owned())
                .collect();
            assert_eq!(&cells, doc_row, "{}", table.title);
        }
    }
    let rows: usize = ours.iter().map(|t| t.rows.len()).sum();
    assert_eq!(rows, 160);
}

#[test]
fn table_titles_are_the_documents_headings() {
    let lines: Vec<&str> = common::UPSTREAM.lines().collect();
    let headers: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].ends_with('|') && (i == 0 || !lines[i - 1].ends_with('|')))
        .collect();
    let titles: Vec<&str> = tables().iter().map(|t| t.title).collect();
    // The VPC table's heading is the section's; the others' stand two
    // lines above their header, a paragraph between.
    assert_eq!(titles[0], lines[1]);
    for (title, &header) in titles.iter().zip(&headers).skip(1) {
        assert_eq!(*title, lines[header - 2]);
    }
    assert_eq!(titles[3], "3.1.Error codes for servers");
}

/// The code of a row as the wire carries it, each placeholder filled.
fn sample_code(row: &Row, value: &str) -> String {
    row.code
        .parts
        .iter()
        .map(|part| match part {
            Part::Literal(text) => *text,
            Part::Placeholder(_) => value,
        })
        .collect()
}

fn reads_back<C: ErrorCode>() {
    let family: &Family = C::FAMILY;
    for &code in C::ALL {
        let row = code.row();
        for value in ["AppId", "X", "Name.With.Dots"] {
            let wire = sample_code(row, value);
            if row.code.is_fixed() && value != "AppId" {
                continue;
            }
            let parsed: C = wire.parse().unwrap_or_else(|e| panic!("{e}"));
            // A templated code filled with some values is another row's
            // fixed code (`Invalid%s` with `ApiDefault`); the sample values
            // here avoid those.
            assert_eq!(parsed, code, "{wire:?}");
            assert_eq!(family.find(&wire), Some(row), "{wire:?}");
        }
    }
}

#[test]
fn every_code_of_every_table_reads_back_to_its_row() {
    reads_back::<VpcErrorCode>();
    reads_back::<ClassicErrorCode>();
    reads_back::<ManagementErrorCode>();
    reads_back::<CommonErrorCode>();
    let codes = VpcErrorCode::ALL.len()
        + ClassicErrorCode::ALL.len()
        + ManagementErrorCode::ALL.len()
        + CommonErrorCode::ALL.len();
    assert_eq!(codes, 160);
}

#[test]
fn fixed_codes_win_over_the_templates_that_match_them() {
    use ManagementErrorCode as M;
    assert_eq!(
        "MissingAppIdOrAppOwner".parse(),
        Ok(M::MissingAppIdOrAppOwner)
    );
    assert_eq!("MissingAppId".parse(), Ok(M::Missing));
    assert_eq!("InvalidApiDefault".parse(), Ok(M::InvalidApiDefault));
    assert_eq!("InvalidICPLicense".parse(), Ok(M::InvalidICPLicense));
    assert_eq!("RepeatedCommit".parse(), Ok(M::RepeatedCommit));
    assert_eq!("RepeatedApiName".parse(), Ok(M::Repeated));
    assert_eq!(
        "MissingSecurityToken".parse(),
        Ok(CommonErrorCode::MissingSecurityToken)
    );
    assert_eq!("MissingAppId".parse(), Ok(CommonErrorCode::Missing));
    assert_eq!(
        "InvalidApi.NotFound".parse(),
        Ok(CommonErrorCode::InvalidApiNotFound)
    );
    assert_eq!(
        "InvalidSignatureMethod".parse(),
        Ok(CommonErrorCode::InvalidSignatureMethod)
    );
    assert_eq!("InvalidRegionId".parse(), Ok(CommonErrorCode::Invalid));
}

#[test]
fn overlapping_templates_take_the_longest_literal_text() {
    use ManagementErrorCode as M;
    assert_eq!("InvalidGroupId".parse(), Ok(M::Invalid));
    assert_eq!("InvalidFormatGroupId".parse(), Ok(M::InvalidFormat));
    assert_eq!(
        "InvalidGroupId.LengthLimit".parse(),
        Ok(M::InvalidLengthLimit)
    );
    assert_eq!(
        "InvalidFormatGroupId.LengthLimit".parse(),
        Ok(M::InvalidLengthLimit)
    );
    assert_eq!(
        "DependencyViolationStage".parse(),
        Ok(M::DependencyViolation)
    );
    // A placeholder is at least one byte: the bare prefix is no code.
    assert_eq!("Invalid".parse::<M>().unwrap_err().input(), "Invalid");
    assert_eq!("InvalidFormat".parse(), Ok(M::Invalid));
}

#[test]
fn templated_codes_on_the_wire() {
    let error = ManagementError::Missing {
        parameter: "AppId".into(),
    };
    assert_eq!(error.wire_code(), "MissingAppId");
    assert_eq!(error.to_string(), "The AppId is mandatory for this action.");
    let error = ManagementError::DependencyViolation {
        resource: "Api".into(),
        dependent: "Stage".into(),
    };
    assert_eq!(error.wire_code(), "DependencyViolationApi");
    assert_eq!(
        error.to_string(),
        "The specified Api has Stage definitions."
    );
    let error = ManagementError::InvalidLengthLimit {
        parameter: "ApiName".into(),
    };
    assert_eq!(error.wire_code(), "InvalidApiName.LengthLimit");
    let error = CommonError::Missing {
        parameter_name: "Action".into(),
    };
    assert_eq!(error.wire_code(), "MissingAction");
    assert_eq!(error.to_string(), "Action is mandatory for this action.");
    assert_eq!(CommonError::ThrottlingApi.wire_code(), "Throttling.API");
}

#[test]
fn classic_phrases_are_code_and_message() {
    let error = ClassicError::ThrottledByAppFlowControl;
    assert_eq!(error.wire_code(), "Throttled by APP Flow Control");
    assert_eq!(error.to_string(), "Throttled by APP Flow Control");
    assert_eq!(error.status(), http::StatusCode::FORBIDDEN);
    let error = ClassicError::InvalidSignature {
        string_to_sign: "GET\n/path".into(),
    };
    assert_eq!(
        error.to_string(),
        "Invalid Signature, Server StringToSign:GET\n/path"
    );
    assert_eq!(error.wire_code(), error.to_string());
    assert_eq!(
        "OpenID Connect Verify Fail: 243, Not found by keyId:k1".parse(),
        Ok(ClassicErrorCode::OpenIdConnectVerifyFailed)
    );
    assert_eq!(
        ClassicErrorCode::InternalError.status(),
        http::StatusCode::INTERNAL_SERVER_ERROR
    );
    assert_eq!(
        ClassicErrorCode::AsyncService.status(),
        http::StatusCode::GATEWAY_TIMEOUT
    );
}

#[test]
fn the_documents_oddities_are_kept() {
    assert_eq!("Api Prov".parse(), Ok(ClassicErrorCode::ApiProv));
    assert_eq!(
        ManagementErrorCode::ServiceInDept.message_template(),
        "Your API Gateway service is in dept."
    );
    assert_eq!(
        CommonErrorCode::UnsupportedHTTPMethod.message_template(),
        CommonErrorCode::SignatureDoesNotMatch.message_template()
    );
    assert_eq!(
        ClassicErrorCode::InvalidDomain.description(),
        "The error code returned because the domain name is valid."
    );
    assert_eq!(CommonErrorCode::SignatureNonceUsed.row().solution, "");
    assert_eq!(
        CommonErrorCode::InvalidApiNotFound.row().scenario,
        "The specified API cannot be found."
    );
}

#[test]
fn classes_follow_the_sections() {
    for family in FAMILIES {
        for table in family.tables {
            let server = table.title.contains("servers");
            let client = table.title.contains("clients");
            for row in table.rows {
                assert!(!server || row.status.is_server_error(), "{}", row.code.text);
                assert!(!client || row.status.is_client_error(), "{}", row.code.text);
            }
        }
    }
}
