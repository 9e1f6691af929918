//! The `docs` example: the tables printed back, and compared with edited
//! copies of the document.

mod common;

use common::{run_example, stderr, stdout, table_lines, UPSTREAM};
use gwerr_core::document::{self, Change};
use gwerr_core::error_table;
use std::path::PathBuf;

#[test]
fn render_is_the_documents_tables_byte_for_byte() {
    let output = run_example("docs", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), table_lines(UPSTREAM));
    assert_eq!(stderr(&output), "");
}

#[test]
fn render_pipe_is_the_default_format() {
    let output = run_example("docs", &["--format", "pipe"]);
    assert_eq!(stdout(&output), table_lines(UPSTREAM));
}

#[test]
fn render_markdown_has_every_table() {
    let output = run_example("docs", &["--format", "markdown"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with(
        "## 1. Error codes for API Gateway instances of the VPC type\n\n\
         | Error code | HTTP status code | Message | Description |\n\
         |---|---|---|---|\n\
         | I400HD | 400 | Invalid Header `${HeaderName}` ${Reason} | The error message returned because an HTTP request header is invalid. |\n"
    ));
    assert!(text.contains("| A403OL | 403 | OAuth2 Login failed: ${Reason} |  |\n"));
    assert!(text.contains("\n## 3.3. Common error codes for clients\n\n| Scenario | Error code | Error message | Status code | Suggestion |\n"));
    assert_eq!(text.lines().filter(|l| l.starts_with("|---|")).count(), 6);
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("---"))
        .count();
    assert_eq!(rows, 160 + 6);
}

#[test]
fn render_json_has_every_row_with_its_fields() {
    let output = run_example("docs", &["--format", "json"]);
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(rows.len(), 160);
    assert_eq!(
        rows[0],
        serde_json::json!({
            "family": "VpcError",
            "table": "1. Error codes for API Gateway instances of the VPC type",
            "variant": "InvalidHeader",
            "code": "I400HD",
            "status": 400,
            "message": "Invalid Header `${HeaderName}` ${Reason}",
            "description": "The error message returned because an HTTP request header is invalid.",
            "solution": "",
            "scenario": "",
            "deprecated": false,
            "retry": "never",
            "extras": {},
            "fields": [
                { "placeholder": "HeaderName", "name": "header_name", "type": "String" },
                { "placeholder": "Reason", "name": "reason", "type": "String" }
            ]
        })
    );
    let cors = rows.iter().find(|r| r["code"] == "I404CO").unwrap();
    assert_eq!(cors["fields"][0]["type"], "http::Method");
}

#[test]
fn render_rejects_an_unknown_format() {
    let output = run_example("docs", &["--format", "html"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).starts_with("usage: docs"));
}

/// Writes an edited copy of the document and diffs it with `docs --diff`.
fn diff_with(name: &str, edit: impl FnOnce(&str) -> String) -> (Option<i32>, String) {
    let edited = edit(UPSTREAM);
    assert_ne!(edited, UPSTREAM, "the edit must change the document");
    let path: PathBuf =
        std::env::temp_dir().join(format!("gwerr-{}-{name}.txt", std::process::id()));
    std::fs::write(&path, edited).unwrap();
    let output = run_example("docs", &["--diff", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    (output.status.code(), stdout(&output).to_owned())
}

const VPC: &str = "\"1. Error codes for API Gateway instances of the VPC type\"";

#[test]
fn diff_of_the_same_document_is_empty() {
    let path = std::env::temp_dir().join(format!("gwerr-{}-same.txt", std::process::id()));
    std::fs::write(&path, UPSTREAM).unwrap();
    let output = run_example("docs", &["--diff", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "");
}

#[test]
fn diff_finds_a_changed_status() {
    let (code, out) = diff_with("status", |doc| {
        doc.replace("I413RL | 413 |", "I413RL | 400 |")
    });
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        format!(
            "{VPC}: I413RL: HTTP status code changed: \"413\" -> \"400\"\n  \
             patch: a status changed; the API's contract changes\n\
             verdict: patch (a status changed); the API's contract changes\n"
        )
    );
}

#[test]
fn diff_finds_a_reworded_message() {
    let (code, out) = diff_with("message", |doc| {
        doc.replace("| Invalid AppKey |", "| Invalid or unknown AppKey |")
    });
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        format!(
            "{VPC}: A400IK: Message changed: \"Invalid AppKey\" -> \"Invalid or unknown AppKey\"\n  \
             patch: a message reworded with the same placeholders\n\
             verdict: patch (a message reworded with the same placeholders)\n"
        )
    );
}

#[test]
fn diff_finds_a_new_row() {
    let (code, out) = diff_with("added", |doc| {
        doc.replace(
            "X504TO | 504 | Service timeout |",
            "X504XX | 504 | Upstream gone | |\nX504TO | 504 | Service timeout |",
        )
    });
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        format!(
            "{VPC}: row added: X504XX | 504 | Upstream gone | |\n  \
             minor: a row added to a non-exhaustive family\n\
             verdict: minor (a row added to a non-exhaustive family)\n"
        )
    );
}

#[test]
fn diff_finds_a_removed_row() {
    let (code, out) = diff_with("removed", |doc| {
        let line = doc.lines().find(|l| l.starts_with("I508LD |")).unwrap();
        doc.replace(&format!("{line}\n"), "")
    });
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        format!(
            "{VPC}: row removed: I508LD\n  \
             minor: a row gone: deprecated, still read\n\
             verdict: minor (a row gone: deprecated, still read)\n"
        )
    );
}

#[test]
fn diff_finds_a_new_table() {
    let (code, out) = diff_with("table", |doc| {
        format!("{doc}\n4. Error codes for plug-ins\nError code | HTTP status code | Message |\nP400XX | 400 | Bad plug-in |\n")
    });
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        "table added: \"4. Error codes for plug-ins\" (1 rows)\n  \
         minor: a table added: a family of its own, or rows added; review it\n\
         verdict: minor (a table added: a family of its own, or rows added); some changes need review\n"
    );
}

#[test]
fn diff_reports_an_unreadable_path() {
    let output = run_example("docs", &["--diff", "/nonexistent/gwerr/document.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("error: cannot read /nonexistent/gwerr/document.txt: "));
}

error_table! {
    enum LegacyError {
        table "1. Errors" {
        | Error code | HTTP status code | Message |
        | E400AA | 400 | "Still documented" |
        /// Dropped from the document; older gateways still send it.
        #[deprecated]
        | E400BB | 400 | "No longer documented" |
        }
    }
}

#[test]
#[allow(deprecated)]
fn diff_reports_deprecated_rows_as_deprecated_not_missing() {
    let newer = document::parse(
        "1. Errors\nError code | HTTP status code | Message |\nE400AA | 400 | Still documented |\n",
    );
    let changes = document::diff(LegacyErrorCode::FAMILY.tables, &newer);
    assert_eq!(
        changes,
        [Change::RowDeprecated {
            title: "1. Errors".into(),
            code: "E400BB".into(),
            repeat: None,
        }]
    );
    assert!(!changes[0].is_difference());
    // The code is still read, and the variant still made.
    assert_eq!("E400BB".parse(), Ok(LegacyErrorCode::E400BB));
    let error = LegacyError::E400BB;
    assert_eq!(error.to_string(), "No longer documented");
    assert!(LegacyErrorCode::E400BB.row().deprecated);
    assert_eq!(LegacyError::E400AA.code(), LegacyErrorCode::E400AA);
    // The render leaves it out: it prints the document as it now is.
    assert_eq!(
        document::render(LegacyErrorCode::FAMILY.tables),
        "Error code | HTTP status code | Message |\nE400AA | 400 | Still documented |\n"
    );
}

gwerr_core::error_table! {
    /// Two tables of one header under titles that are not numbered.
    pub enum ByStatus {
        table "400 - Bad request" {
        | Code | Status | Message |
        | BadInput | 400 | "Bad input" |
        }
        table "401 - Access denied" {
        | Code | Status | Message |
        | NoKey | 401 | "No key" |
        }
    }
}

#[test]
fn tables_under_unnumbered_titles_read_back_as_two() {
    let tables = ByStatusCode::FAMILY.tables;
    let text = document::render_titled(tables);
    let parsed = document::parse(&text);
    let titles: Vec<&str> = parsed.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["400 - Bad request", "401 - Access denied"]);
    assert!(parsed.iter().all(|t| t.interruptions.is_empty()));
    assert!(document::diff(tables, &parsed).is_empty());
}

#[test]
fn diff_escapes_what_it_quotes_from_the_document() {
    let (code, out) = diff_with("escapes", |doc| {
        doc.replace(
            "I413RL | 413 |",
            "I413RL | 413 | \u{1b}[31mred\u{202e}desrever\u{2028}x |\nI413RL | 413 |",
        )
    });
    assert_eq!(code, Some(1));
    assert!(
        !out.chars()
            .any(|c| c == '\u{1b}' || c == '\u{202e}' || c == '\u{2028}'),
        "{out:?}"
    );
    assert!(
        out.contains("\\u{1b}[31mred\\u{202e}desrever\\u{2028}x"),
        "{out}"
    );
}

/// `docs --index DIR` writes the gateway's error index: a Markdown and an
/// HTML page for each code, and an index per family; an unwritable
/// directory is exit 2, with the path.
#[test]
fn docs_writes_the_error_index() {
    let dir = std::env::temp_dir().join(format!("gwerr-index-{}", std::process::id()));
    let output = run_example("docs", &["--index", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pages = gwerr_core::document::index(gwerr_core::FAMILIES);
    for page in &pages {
        let written = std::fs::read_to_string(dir.join(&page.path)).unwrap();
        assert_eq!(written, page.text, "{}", page.path);
    }
    assert!(dir.join("VpcError/I400HD.html").is_file());
    assert!(dir.join("ManagementError/Missing%s.md").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
    // A file where a directory must go.
    let blocked = std::env::temp_dir().join(format!("gwerr-index-file-{}", std::process::id()));
    std::fs::write(&blocked, "").unwrap();
    let output = run_example("docs", &["--index", blocked.to_str().unwrap()]);
    std::fs::remove_file(&blocked).unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot write"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn docs_writes_the_openapi_description() {
    let output = run_example("docs", &["--format", "openapi"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).trim_end(),
        gwerr_core::document::openapi(gwerr_core::FAMILIES)
    );
}
