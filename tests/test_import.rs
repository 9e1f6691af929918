//! `document::import`: a vendor's document written as `error_table!`
//! source, which compiles (the snapshots below are compiled into this
//! test) and renders the document's tables back byte for byte.
//!
//! `GWERR_SNAPSHOTS=overwrite cargo test --test test_import` writes the
//! snapshots again.

mod common;

use gwerr_core::document::{self, Change, DocTable};
use gwerr_core::Table;

/// The gateway's document, imported (`tests/imported/gateway.rs`).
#[allow(dead_code)]
mod gateway {
    include!("imported/gateway.rs");
}

/// Another vendor's Markdown page, imported (`tests/imported/vendor.rs`).
#[allow(dead_code)]
mod vendor {
    include!("imported/vendor.rs");
}

/// A page titled in its vendor's own words, with markup in its cells
/// (`tests/imported/markup.rs`).
#[allow(dead_code)]
mod markup {
    include!("imported/markup.rs");
}

const VENDOR: &str = include_str!("fixtures/import-vendor.md");
const MARKUP: &str = include_str!("fixtures/import-markup.md");

/// The import of `text`, held to the snapshot at `path`.
fn snapshot(text: &str, path: &str) -> document::Import {
    let import = document::import(&document::parse_any(text));
    common::assert_snapshot(path, &import.source);
    import
}

/// The lines a document's tables render as: each table's header and rows,
/// a blank line between tables, as `document::render` writes them.
fn table_lines(tables: &[&DocTable]) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for cells in std::iter::once(&table.header).chain(&table.rows) {
            out += &document::line(cells);
            out.push('\n');
        }
    }
    out
}

fn gateway_tables() -> Vec<&'static Table> {
    use gateway::*;
    [
        ApiGatewayInstancesErrorCode::FAMILY,
        ServersErrorCode::FAMILY,
        ClientsErrorCode::FAMILY,
        ServersError2Code::FAMILY,
        ClientsError2Code::FAMILY,
        CommonClientsErrorCode::FAMILY,
    ]
    .iter()
    .flat_map(|family| family.tables)
    .collect()
}

#[test]
fn the_gateway_document_imports_as_source_that_renders_it_byte_for_byte() {
    let import = snapshot(common::UPSTREAM, "tests/imported/gateway.rs");
    let docs = document::parse(common::UPSTREAM);
    let rendered = document::render(gateway_tables());
    // The document's own lines, not the reader's reading of them.
    let lines: Vec<&str> = common::UPSTREAM
        .lines()
        .filter(|line| document::cells(line).is_some())
        .collect();
    assert_eq!(lines.len(), 166);
    let rendered_lines: Vec<&str> = rendered.lines().filter(|line| !line.is_empty()).collect();
    assert_eq!(rendered_lines, lines);
    assert_eq!(rendered, table_lines(&docs.iter().collect::<Vec<_>>()));
    assert_eq!(document::diff(gateway_tables(), &docs), []);
    // Every decision left to a person is named: the six families' names
    // and the `%s` names; no row or table is left out.
    assert!(import.notes.iter().all(|note| !note.contains("left out")));
    assert_eq!(
        import
            .notes
            .iter()
            .filter(|n| n.starts_with("the family"))
            .count(),
        6
    );
}

#[test]
fn the_imported_gateway_reads_and_writes_like_the_shipped_one() {
    use gateway::*;
    let error = ApiGatewayInstancesError::I400HD {
        header_name: "X-Ca-Key".into(),
        reason: "is empty".into(),
    };
    assert_eq!(error.to_string(), "Invalid Header `X-Ca-Key` is empty");
    assert_eq!(error.status(), http::StatusCode::BAD_REQUEST);
    assert_eq!("MissingAppId".parse(), Ok(ClientsError2Code::Missing));
    assert_eq!(
        "Throttled by APP Flow Control".parse(),
        Ok(ClientsErrorCode::ThrottledByAppFlowControl)
    );
    // The same rows as the shipped families, code for code.
    let shipped: Vec<&str> = gwerr_core::FAMILIES
        .iter()
        .flat_map(|family| family.rows())
        .map(|row| row.code.text)
        .collect();
    let imported: Vec<&str> = gateway_tables()
        .iter()
        .flat_map(|table| table.rows)
        .map(|row| row.code.text)
        .collect();
    assert_eq!(imported, shipped);
}

#[test]
fn a_markdown_page_of_another_vendor_imports_with_what_it_lacks_named() {
    let import = snapshot(VENDOR, "tests/imported/vendor.rs");
    let docs = document::parse_markdown(VENDOR);
    let tables: Vec<&Table> = [
        vendor::RequestsErrorCode::FAMILY,
        vendor::ServiceErrorCode::FAMILY,
    ]
    .iter()
    .flat_map(|family| family.tables)
    .collect();
    // Every row that could be declared renders back byte for byte; the
    // one that could not, and the table without statuses, are named.
    let mut expected: Vec<DocTable> = docs[1..].to_vec();
    let pending = expected[0].rows.pop().unwrap();
    assert_eq!(pending[0], "PendingReview");
    assert_eq!(
        document::render(tables.iter().copied()),
        table_lines(&expected.iter().collect::<Vec<_>>())
    );
    let changes = document::diff(tables.iter().copied(), &docs);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert!(matches!(&changes[0], Change::RowAdded { cells, .. } if cells[0] == "PendingReview"));
    assert!(
        matches!(&changes[1], Change::TableAdded { title, .. } if title == "Request parameters")
    );
    let left_out: Vec<&String> = import
        .notes
        .iter()
        .filter(|n| n.contains("left out"))
        .collect();
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    assert!(left_out[0].starts_with("table \"Request parameters\" is left out"));
    assert!(left_out[1].contains("\"n/a\" is not a status"));
}

#[test]
fn the_imported_vendor_family_reads_its_codes_and_statuses() {
    use vendor::*;
    let error = RequestsError::Code40002 {
        value: "-1".into(),
        field: "amount".into(),
    };
    assert_eq!(
        error.to_string(),
        "The value `-1` of amount is not allowed."
    );
    assert_eq!(
        "InvalidParameter.Format".parse(),
        Ok(RequestsErrorCode::InvalidParameterFormat)
    );
    assert_eq!(RequestsErrorCode::QuotaExceeded.status().as_u16(), 429);
    assert_eq!(RequestsErrorCode::Code20701.status().as_u16(), 207);
    assert_eq!(RequestsErrorCode::NotFound2.status().as_u16(), 410);
    assert_eq!(ServiceErrorCode::Type.as_str(), "type");
    assert_eq!(
        RequestsErrorCode::LedgerLocked.message_template(),
        "The ledger {Ledger} is locked | try again later."
    );
}

#[test]
fn a_page_in_its_vendors_words_imports_with_its_markup_as_text_and_said() {
    let import = snapshot(MARKUP, "tests/imported/markup.rs");
    let docs = document::parse_markdown(MARKUP);
    let tables: Vec<&Table> = [
        markup::FehlerDerAnfragenErrorCode::FAMILY,
        markup::FehlerDesDienstesErrorCode::FAMILY,
    ]
    .iter()
    .flat_map(|family| family.tables)
    .collect();
    // Every row renders back byte for byte, the markup with it.
    assert_eq!(
        document::render(tables.iter().copied()),
        table_lines(&docs.iter().collect::<Vec<_>>())
    );
    // The diff, too, names the text beyond a row's cells, and only that.
    let changes = document::diff(tables.iter().copied(), &docs);
    assert!(
        matches!(changes.as_slice(), [Change::Ambiguous { reason, .. }] if reason.contains("\"v2\"")),
        "{changes:#?}"
    );

    // The column titled `Meldung` holds the messages: its `%s` are fields.
    let error = markup::FehlerDerAnfragenError::ArchiveMissing { value: "a7".into() };
    assert_eq!(error.to_string(), "Das Archiv a7 fehlt.");
    // `<Range>` and `[Limit]` stay text, as `<br>` and a link's
    // `[Grenzen]` would otherwise be fields; the text Markdown drops
    // beyond a row's cells, and the table without messages, are named.
    assert_eq!(
        markup::FehlerDerAnfragenErrorCode::BadRange.message_template(),
        "Bereich <Range> passt nicht.<br>Siehe Größe."
    );
    let said = |words: &str| import.notes.iter().filter(|n| n.contains(words)).count();
    assert_eq!(said("column \"Meldung\" is read as the messages"), 1);
    assert_eq!(said("placeholders written <Name> are kept as text"), 1);
    assert_eq!(said("placeholders written [Name] are kept as text"), 1);
    assert_eq!(said("\"v2\", is not in the table"), 1);
    assert_eq!(
        said("\"2. Fehler des Dienstes\": no column is titled as the messages"),
        1
    );
    assert_eq!(said("left out"), 0);
}

/// Every `error_table!` invocation of `source`, checked by the macro's
/// pipeline: the errors, as text.
fn refusals(source: &str) -> Vec<String> {
    gwerr_codegen::__private::validate_source(source, "error_table")
        .expect("the import lexes")
        .into_iter()
        .map(|error| error.to_string())
        .collect()
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// A cell of any of the texts that trouble a writer of Rust source or
    /// of a template: quotes, backslashes, pipes, placeholder openings,
    /// control characters, keywords, digits, non-ASCII.
    fn cell() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            "_",
            "1",
            "404",
            " ",
            "  ",
            "\"",
            "\\",
            "|",
            "{",
            "}",
            "${",
            "{A}",
            "${B}",
            "%s",
            "%",
            "<",
            ">",
            "<C>",
            "[D]",
            "[",
            "<br>",
            "(u)",
            "\t",
            "\n",
            "\u{1b}",
            "\u{feff}",
            "é",
            "✓",
            "type",
            "self",
            "r#",
            "as",
            "#",
            "//",
            "/*",
            "403 Forbidden",
            "Not Found (404)",
            ".",
            "Code",
            "Status",
            "Message",
            "Description",
            "message",
            "Solution",
            "Suggestion",
        ]);
        prop::collection::vec(pieces, 0..5).prop_map(|pieces| pieces.concat())
    }

    /// A column title: any cell, or a title the macro gives a role to,
    /// in any case.
    fn column_title() -> impl Strategy<Value = String> {
        let known = prop::sample::select(vec![
            "Error code",
            "Code",
            "HTTP status code",
            "Status",
            "STATUS CODE",
            "Message",
            "Error message",
            "User message",
            "Description",
            "Solution",
            "Suggestion",
            "Scenario",
        ]);
        prop_oneof![cell(), known.prop_map(str::to_owned)]
    }

    fn table() -> impl Strategy<Value = DocTable> {
        (1usize..5, cell())
            .prop_flat_map(|(columns, title)| {
                (
                    Just(title),
                    prop::collection::vec(column_title(), columns),
                    prop::collection::vec(
                        (
                            prop::collection::vec(column_title(), columns),
                            100u16..1000,
                            any::<bool>(),
                        ),
                        0..6,
                    ),
                    0..columns,
                )
            })
            .prop_map(|(title, header, rows, status_at)| {
                let rows = rows
                    .into_iter()
                    .map(|(mut cells, status, good)| {
                        if good {
                            cells[status_at] = status.to_string();
                        }
                        cells
                    })
                    .collect();
                let text = table_text(&title, &header, &rows);
                document::parse(&text)
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| document::parse("1. t\na | b |\n").remove(0))
            })
    }

    /// A plain document holding one table.
    fn table_text(title: &str, header: &[String], rows: &Vec<Vec<String>>) -> String {
        let one_line = |text: &str| text.replace(['\n', '\r'], " ");
        let mut text = format!("1. {}\n", one_line(title));
        for cells in std::iter::once(&header.to_vec()).chain(rows) {
            let cells: Vec<String> = cells.iter().map(|c| one_line(c)).collect();
            text += &document::line(&cells);
            text.push('\n');
        }
        text
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever the tables hold, the import is source the macro
        /// takes: a row it cannot declare is left out and named, never
        /// written wrong.
        #[test]
        fn any_table_imports_as_source_the_macro_takes(tables in prop::collection::vec(table(), 1..3)) {
            let import = document::import(&tables);
            let refused = refusals(&import.source);
            prop_assert!(refused.is_empty(), "{refused:#?}\n{}", import.source);
        }
    }
}

#[test]
fn docs_import_prints_the_source_and_its_notes() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import-vendor.md");
    let output = common::run_example("docs", &["--import", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(common::stdout(&output), include_str!("imported/vendor.rs"));
    let notes: Vec<&str> = common::stderr(&output).lines().collect();
    let import = document::import(&document::parse_any(VENDOR));
    assert_eq!(notes.len(), import.notes.len());
    assert!(notes.iter().all(|note| note.starts_with("note: ")));
    assert!(notes[0].contains("\"Request parameters\" is left out"));
}

#[test]
fn docs_import_refuses_a_missing_file() {
    let output = common::run_example("docs", &["--import", "/nonexistent/gwerr/page.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(common::stdout(&output), "");
    assert!(common::stderr(&output).starts_with("error: cannot read /nonexistent/gwerr/page.md"));
}

#[test]
fn docs_import_refuses_a_document_without_a_table() {
    let path = std::env::temp_dir().join(format!("gwerr-{}-empty.md", std::process::id()));
    std::fs::write(&path, "# Errors\n\nThe codes are listed elsewhere.\n").unwrap();
    let output = common::run_example("docs", &["--import", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(common::stdout(&output), "");
    assert_eq!(
        common::stderr(&output),
        format!(
            "error: {} has no table: a Markdown pipe table or lines like `Error code | HTTP status code |`\n",
            path.display()
        )
    );
}

#[test]
fn two_columns_of_one_role_leave_their_table_out() {
    // `Solution` and `Suggestion` are one role to the macro, which would
    // refuse the second column.
    let text = "1. Errors\nCode | Status | Solution | Suggestion |\nE1 | 400 | Retry. | Wait. |\n";
    let import = document::import(&document::parse(text));
    assert_eq!(refusals(&import.source), Vec::<String>::new());
    assert_eq!(import.notes.len(), 1, "{:#?}", import.notes);
    assert!(import.notes[0].contains("\"Suggestion\" is empty or says what another says"));
}

#[test]
fn a_line_between_rows_and_a_title_without_words_of_its_own_are_named() {
    let text = "1. Errors\nError code | HTTP status code | Message |\nE1 | 400 | One |\nA note between the rows.\nE2 | 400 | Two |\n";
    let tables = document::parse(text);
    assert_eq!(tables[0].interruptions, ["A note between the rows."]);
    let import = document::import(&tables);
    assert!(import.source.contains("| E2 | 400 | \"Two\" |"));
    assert_eq!(
        import.notes[..2],
        [
            "the family Table1Error is named after its place, the table's title \"1. Errors\" having no word of its own: name it",
            "table \"1. Errors\": a line between its rows is not part of it: \"A note between the rows.\"",
        ]
    );
    assert_eq!(refusals(&import.source), Vec::<String>::new());
}

#[test]
fn a_title_an_earlier_table_has_is_named() {
    // A table in a quote and one in a list under it: both under the
    // heading "Quoted", which `diff` cannot tell apart.
    let text = "> ## Quoted\n>\n> | Code | Status |\n> |---|---|\n> | Q1 | 500 |\n\n- item\n\n  | Code | Status |\n  |---|---|\n  | L1 | 503 |\n";
    let tables = document::parse_any(text);
    assert_eq!(tables.len(), 2);
    let import = document::import(&tables);
    let repeated: Vec<&String> = import
        .notes
        .iter()
        .filter(|note| note.contains("an earlier table has this title"))
        .collect();
    assert_eq!(repeated, ["table \"Quoted\": an earlier table has this title, and `diff` and `patch` compare only the first table of a title, not this one: merge the two, or leave this one out"]);
    assert!(import.source.contains("| L1 | 503 |"));
    assert_eq!(refusals(&import.source), Vec::<String>::new());
}

#[test]
fn descriptions_that_hold_placeholders_are_the_messages() {
    // No column is titled as the messages; the descriptions are
    // templates, which only a message fills.
    let text = "## Errors\n\n| Error code | Description | HTTP status code |\n|---|---|---|\n| InvalidArgument | The %s argument is wrong. | 400 Bad Request |\n| Denied | No. | 403 |\n";
    let import = document::import(&document::parse_any(text));
    assert!(import
        .source
        .contains("        columns = { message: \"Description\" };\n"));
    assert!(import
        .source
        .contains("| InvalidArgument | \"The %s argument is wrong.\" % Value | 400 Bad Request |"));
    assert!(import.notes.contains(
        &"table \"Errors\": column \"Description\" is read as the messages, as its cells have placeholders".to_owned()
    ));
    assert_eq!(refusals(&import.source), Vec::<String>::new());

    // Words in brackets in a description are prose, not placeholders.
    let prose = text.replace(
        "The %s argument is wrong.",
        "The argument is wrong [Optional].",
    );
    let import = document::import(&document::parse_any(&prose));
    assert!(!import.source.contains("message: \"Description\""));
    assert!(!import
        .notes
        .iter()
        .any(|note| note.contains("read as the messages")));
}
