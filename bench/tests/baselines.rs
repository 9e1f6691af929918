//! The baselines are what `src/generate.rs` writes from the VPC table, and
//! each gives the same message and the same code lookup as gwerr.

use std::str::FromStr;

use gwerr_bench::baselines::{
    hand_from, match_code, packed_match_code, this_from, StrumCode, PHF_CODES,
};
use gwerr_core::{VpcError, VpcErrorCode};

#[test]
fn baselines_are_generated() {
    let committed = include_str!("../src/baselines.rs");
    assert!(
        committed == gwerr_bench::generate::baselines(),
        "src/baselines.rs is stale: run `cargo run --bin gen_baselines > src/baselines.rs` in bench/"
    );
}

/// Sample text for a field of type `ty`.
fn sample(ty: &str, index: usize) -> String {
    match ty {
        "http::Method" => String::from("PATCH"),
        _ => format!("value {index} with `ticks`, {{braces}} and \"quotes\""),
    }
}

#[test]
fn every_baseline_displays_and_looks_up_as_gwerr_does() {
    for &code in VpcErrorCode::ALL {
        let row = code.row();
        let texts: Vec<String> = row
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| sample(f.ty, i))
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = VpcError::from_fields(code, &texts).unwrap();
        let expected = error.to_string();
        assert_eq!(hand_from(&error).to_string(), expected, "{}", row.code.text);
        assert_eq!(this_from(&error).to_string(), expected, "{}", row.code.text);

        let name = |found: Option<StrumCode>| found.map(|c| format!("{c:?}"));
        let text = row.code.text;
        let variant = Some(row.variant.to_owned());
        assert_eq!(name(StrumCode::from_str(text).ok()), variant);
        assert_eq!(name(match_code(text)), variant);
        assert_eq!(name(packed_match_code(text)), variant);
        assert_eq!(name(PHF_CODES.get(text).copied()), variant);
    }
    for unknown in ["I400XX", "", "I400HDX", "i400hd"] {
        assert!(match_code(unknown).is_none());
        assert!(packed_match_code(unknown).is_none());
        assert!(PHF_CODES.get(unknown).is_none());
        assert!(StrumCode::from_str(unknown).is_err());
        assert!(unknown.parse::<VpcErrorCode>().is_err());
    }
}

#[test]
fn the_hand_written_templated_match_agrees_with_gwerr() {
    use gwerr_bench::baselines::hand_management_code;
    use gwerr_core::ManagementErrorCode;
    let codes = [
        "MissingAppId",
        "MissingAppIdOrAppOwner",
        "InvalidApiName.LengthLimit",
        "InvalidFormatStageName",
        "DependencyViolationApi",
        "InternalError",
        "Missing",
        "Nope",
    ];
    for code in codes {
        assert_eq!(
            hand_management_code(code),
            code.parse::<ManagementErrorCode>().ok(),
            "{code}"
        );
    }
    for &code in ManagementErrorCode::ALL {
        if code.row().code.is_fixed() {
            assert_eq!(hand_management_code(code.as_str()), Some(code));
        }
    }
}

#[test]
fn the_hand_written_reader_reads_every_vpc_response_as_gwerr_does() {
    use gwerr_bench::baselines::hand_read;
    for &code in VpcErrorCode::ALL {
        let row = code.row();
        let texts: Vec<String> = row
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| match f.ty {
                "http::Method" => String::from("GET"),
                _ => format!("value-{i}"),
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = VpcError::from_fields(code, &texts).unwrap();
        for request_id in [None, Some("req-1")] {
            let response: http::Response<()> = gwerr_core::wire::response(&error, request_id);
            assert_eq!(
                hand_read(response.headers()),
                Some((hand_from(&error), request_id)),
                "{}",
                row.code.text
            );
        }
    }
}
