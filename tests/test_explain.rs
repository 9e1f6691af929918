//! Runs the `explain` example as a user would.

mod common;

use common::{run_example, stderr, stdout};
use std::process::Output;

fn explain(args: &[&str]) -> Output {
    run_example("explain", args)
}

#[test]
fn explains_a_vpc_code() {
    let output = explain(&["I400HD"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "I400HD: VpcError::InvalidHeader\n\
         section:     1. Error codes for API Gateway instances of the VPC type\n\
         status:      400 Bad Request\n\
         message:     Invalid Header `${HeaderName}` ${Reason}\n\
         fields:      header_name: String (HeaderName)\n\
         \x20            reason: String (Reason)\n\
         description: The error message returned because an HTTP request header is invalid.\n"
    );
}

#[test]
fn shows_declared_field_types() {
    let output = explain(&["I404CO"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("fields:      method: http::Method (Method)\n"));
}

#[test]
fn unknown_code_fails_and_suggests() {
    let output = explain(&["I400HX"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "error: unknown error code `I400HX`\nnearest known codes: I400HD, I400BD, I400CT\n"
    );
}

#[test]
fn usage_error_without_a_code() {
    let output = explain(&[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "usage: explain CODE | explain --list\n");
}

#[test]
fn explains_a_classic_phrase() {
    let output = explain(&["Throttled by APP Flow Control"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "Throttled by APP Flow Control: ClassicError::ThrottledByAppFlowControl\n\
         section:     2.2. Error codes for clients\n\
         status:      403 Forbidden\n\
         message:     Throttled by APP Flow Control\n\
         description: The error code returned because throttling for the app is triggered.\n\
         solution:    Contact the API provider to modify the value of the appDefault parameter.\n"
    );
}

#[test]
fn resolves_a_templated_code_in_every_family_it_matches() {
    let output = explain(&["MissingAppId"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let headings: Vec<&str> = text
        .split("\n\n")
        .filter_map(|block| block.lines().next())
        .collect();
    assert_eq!(
        headings,
        [
            "Missing%s: ManagementError::Missing",
            "Missing{ParameterName}: CommonError::Missing"
        ]
    );
    assert!(text.contains("code:        MissingAppId: Parameter = AppId\n"));
    assert!(text.contains("code:        MissingAppId: ParameterName = AppId\n"));
    assert!(text.contains("suggestion:  Specify the required parameter.\n"));
}

#[test]
fn a_fixed_code_wins_over_other_families_templates() {
    let output = explain(&["InvalidApi.NotFound"]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("InvalidApi.NotFound: CommonError::InvalidApiNotFound\n"));
    assert!(!stdout(&output).contains("ManagementError"));
}

#[test]
fn lists_every_code() {
    let output = explain(&["--list"]);
    assert!(output.status.success());
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 160);
    let first: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(first, ["I400HD", "400", "VpcError"]);
    assert!(lines
        .iter()
        .any(|l| l.starts_with("Throttled by APP Flow Control ")
            && l.ends_with("  403  ClassicError")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("Missing%s ") && l.ends_with("  400  ManagementError")));
    assert!(lines.last().unwrap().starts_with("MissingSecurityToken "));
    assert!(lines.last().unwrap().ends_with("  400  CommonError"));
}
