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
         retry:       never\n\
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
    assert_eq!(
        stderr(&output),
        "usage: explain CODE | explain [--status STATUS] --message MESSAGE | explain --list | explain --help\n"
    );
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
         retry:       throttled (first backoff 1s)\n\
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

#[test]
fn help_prints_usage_instead_of_looking_it_up() {
    for flag in ["--help", "-h"] {
        let output = explain(&[flag]);
        assert!(output.status.success());
        assert!(stdout(&output).starts_with("Explains an error of Alibaba Cloud API Gateway.\n"));
        assert!(stdout(&output).contains("usage: explain CODE\n"));
    }
}

/// `explain` on a message reads it as `GatewayResponse` reads a response
/// that carries it without a code.
#[test]
fn a_message_is_read_as_the_wire_reader_reads_it() {
    use gwerr_core::wire::{self, GatewayResponse, Outcome};
    let cases = [
        (Some(400), "Invalid Header `X-Ca-Key` is empty"),
        (Some(404), "API not found"),
        (Some(404), "Stage not found"),
        (Some(400), "Invalid Content-MD5"),
        (Some(403), "Throttled by APP Flow Control"),
        (Some(429), "Throttled by API Flow Control"),
        (None, "Invalid AppCode"),
        (None, "Header `X-Ca-Key` is Required"),
    ];
    for (status, message) in cases {
        let mut args = Vec::new();
        let status_text = status.map(|s: u16| s.to_string());
        if let Some(status) = &status_text {
            args.extend(["--status", status.as_str()]);
        }
        args.extend(["--message", message]);
        let output = explain(&args);
        assert!(output.status.success(), "{message}: {}", stderr(&output));
        let text = stdout(&output);

        let mut headers = http::HeaderMap::new();
        headers.insert(wire::X_CA_ERROR_MESSAGE, wire::encode(message));
        let status = http::StatusCode::from_u16(status.unwrap_or(599)).unwrap();
        let reading = GatewayResponse::classify(status, &headers);
        let Outcome::Gateway { code, .. } = reading.outcome() else {
            panic!("{message}: {:?}", reading.outcome());
        };
        let expected = format!(
            "read as:     {}: {}::{}\n",
            code.row().code.text,
            code.family().name,
            code.row().variant
        );
        assert!(text.contains(&expected), "{message}:\n{text}");
        assert!(
            text.contains(&format!("retry:       {}", reading.retry())),
            "{text}"
        );
    }
}

#[test]
fn a_message_shows_the_fields_it_read() {
    let output = explain(&["--status", "404", "--message", "API not found"]);
    assert_eq!(
        stdout(&output).lines().take(5).collect::<Vec<_>>(),
        [
            "message:     API not found",
            "status:      404",
            "read as:     I404NF: VpcError::ApiNotFound",
            "read fields: reason = (empty)",
            "retry:       never",
        ]
    );
    // A bare argument that is no code is read as a message.
    let output = explain(&["Header `X-Ca-Key` is Required"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("read fields: header_name = X-Ca-Key\n"));
}

#[test]
fn echoes_of_the_argument_escape_control_characters() {
    let output = explain(&["Missing\u{1b}]0;pwned\u{7}"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains(
        "code:        Missing\\u{1b}]0;pwned\\u{7}: Parameter = \\u{1b}]0;pwned\\u{7}\n"
    ));
    let output = explain(&["--message", "bad\u{1b}[2J"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stdout(&output).contains('\u{1b}'));
}

#[test]
fn a_bad_status_or_flag_is_a_usage_error() {
    for args in [
        &["--status", "abc", "--message", "x"][..],
        &["--status", "99", "--message", "x"],
        &["--bogus"],
    ] {
        let output = explain(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains("usage: explain"));
    }
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_a_clear_error() {
    use std::os::unix::ffi::OsStrExt;
    let path = {
        let mut path = std::env::current_exe().unwrap();
        path.pop();
        if path.ends_with("deps") {
            path.pop();
        }
        path.join("examples").join("explain")
    };
    let arg = std::ffi::OsStr::from_bytes(b"I400HD\xff");
    let output = std::process::Command::new(path).arg(arg).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("error: the argument `I400HD\u{fffd}` is not UTF-8\n"));
}

#[test]
fn a_long_argument_is_answered_quickly() {
    // The nearest-code search compares only codes of a comparable length,
    // so a long argument costs a scan, not an edit distance against every
    // code (a timing bound belongs in a benchmark; this checks the answer).
    let long = "x".repeat(120_000);
    let output = explain(&[&long]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr(&output).contains("nearest known codes"));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = examples_dir();
    for (name, args) in [("explain", &["--list"][..]), ("docs", &[][..])] {
        let mut child = Command::new(dir.join(name))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before the program writes a byte.
        drop(child.stdout.take());
        let status = child.wait().unwrap();
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(
            status.code().is_some(),
            "{name} died of a signal: {status:?}"
        );
    }
}

/// An unknown argument of 120,000 bytes is answered with exit code 1 and
/// no panic. Its cost is not timed here (no clock in the test run): the
/// nearest-code search is bounded by its own design, and the timed check
/// belongs with the benchmarks.
#[test]
fn a_long_argument_is_an_unknown_code() {
    let arg = "Q".repeat(120_000);
    let output = explain(&[&arg]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

/// Both CLIs mean the same by a failed write: a full disk is said on
/// stderr and exits 2, whatever the answer was.
#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_exits_2_in_both_clis() {
    use std::process::{Command, Stdio};
    let dir = examples_dir();
    for (name, args) in [("explain", &["I400HD"][..]), ("docs", &[][..])] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(dir.join(name))
            .args(args)
            .stdout(Stdio::from(full))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.starts_with("error: "), "{name}: {err}");
    }
}

/// Where `cargo test` puts the examples it builds.
#[cfg(unix)]
fn examples_dir() -> std::path::PathBuf {
    let mut path = std::env::current_exe().unwrap();
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.join("examples")
}
