//! `document::diff` on the variations a copy-paste brings: what is harmless
//! is tolerated, what is ambiguous is reported, nothing is dropped.

mod common;

use gwerr_core::document::{self, Change};
use gwerr_core::{Table, FAMILIES};

fn tables() -> Vec<&'static Table> {
    FAMILIES.iter().flat_map(|family| family.tables).collect()
}

fn diff(text: &str) -> Vec<Change> {
    document::diff(tables(), &document::parse(text))
}

fn ambiguous(changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .filter(|c| matches!(c, Change::Ambiguous { .. }))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_document_itself_has_no_difference() {
    assert_eq!(diff(common::UPSTREAM), []);
}

#[test]
fn spaces_after_the_last_pipe_a_bom_and_crlf_are_harmless() {
    let spaced: String = common::UPSTREAM
        .lines()
        .map(|line| format!("{line}  \t\n"))
        .collect();
    assert_eq!(diff(&spaced), []);
    let bom = format!(
        "\u{feff}{}",
        common::UPSTREAM
            .trim_start_matches("This topic describes the error codes of API Gateway.\n")
    );
    assert!(bom.starts_with("\u{feff}1. Error codes"));
    assert_eq!(diff(&bom), []);
    let crlf = common::UPSTREAM.replace('\n', "\r\n");
    assert_eq!(diff(&crlf), []);
}

#[test]
fn a_line_inside_a_table_is_reported_and_the_table_goes_on() {
    let mut lines: Vec<&str> = common::UPSTREAM.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("I404NF |"))
        .unwrap();
    lines.insert(
        at,
        "Note: the following codes apply to dedicated instances only.",
    );
    let text = lines.join("\n");
    let changes = diff(&text);
    assert_eq!(
        changes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["\"1. Error codes for API Gateway instances of the VPC type\": ambiguous: a line inside the table: \"Note: the following codes apply to dedicated instances only.\""]
    );
    // A page break that repeats the header is reported the same way, and
    // the header is not read as a row.
    let header = lines[lines
        .iter()
        .position(|l| l.starts_with("Error code |"))
        .unwrap()];
    let mut lines: Vec<&str> = common::UPSTREAM.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("I404NF |"))
        .unwrap();
    lines.insert(at, header);
    lines.insert(at, "");
    let changes = diff(&lines.join("\n"));
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(changes[0]
        .to_string()
        .contains("a line inside the table: \"Error code | HTTP status code"));
}

#[test]
fn a_repeated_title_and_a_repeated_code_are_reported() {
    let section = "2.1. Error codes for servers";
    let start = common::UPSTREAM.find(section).unwrap();
    let end = common::UPSTREAM
        .find("2.2. Error codes for clients")
        .unwrap();
    let repeated = format!(
        "{}{}",
        &common::UPSTREAM[..end],
        common::UPSTREAM[start..end].replace("| 500 |", "| 502 |")
    ) + &common::UPSTREAM[end..];
    let changes = ambiguous(&diff(&repeated));
    assert_eq!(
        changes,
        ["\"2.1. Error codes for servers\": ambiguous: the document has 2 tables with this title; only the first is compared"]
    );

    let row = common::UPSTREAM
        .lines()
        .find(|l| l.starts_with("I413RL |"))
        .unwrap();
    let twice = common::UPSTREAM.replace(
        row,
        &format!("{row}\n{}", row.replace("| 413 |", "| 400 |")),
    );
    // A code may name several rows: the row the family declares is
    // paired with its same, and the other is a row added.
    let changes = diff(&twice);
    let added = row.replace("| 413 |", "| 400 |");
    assert_eq!(
        changes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "\"1. Error codes for API Gateway instances of the VPC type\": row added: {}",
            added.trim_end()
        )]
    );
}

#[test]
fn a_line_of_pipes_is_prose_not_a_million_cells() {
    let pipes = "|".repeat(1_000_000);
    let text = format!("1. Errors\n{pipes}\n");
    let parsed = document::parse(&text);
    assert!(
        parsed.is_empty(),
        "a line of {} pipes is not a table",
        pipes.len()
    );
    // A real table with many (but fewer than 256) columns still reads.
    let wide = format!("1. Wide\n{}\n", "c |".repeat(200));
    assert_eq!(document::parse(&wide)[0].header.len(), 200);
}

gwerr_core::error_table! {
    /// A family of one's own, titled without numbers, with a column of its
    /// own and pipes and backslashes in its texts.
    pub enum ShopError {
        placeholders = "{Name}";

        table "Client errors" (4XX) {
        | Code | HTTP status code | Message | Since version |
        | OutOfStock | 409 Conflict | "Item {Item} is out of stock" | "1.2" |
        | BadPipe | 400 | "a | b \\ c" | "" |
        }

        table "Server errors" (5XX) {
        | Code | HTTP status code | Message |
        | Down | 503 | "Down" |
        }
    }
}

gwerr_core::error_table! {
    /// Titled without numbers, with no pipe in its texts: the plain layout
    /// has no way to write a pipe inside a cell (the vendor's document has
    /// none), so a family with one round-trips through Markdown only.
    pub enum TidyError {
        table "Client errors" (4XX) {
        | Code | HTTP status code | Message | Since version |
        | OutOfStock | 409 Conflict | "Out of stock" | "1.2" |
        }

        table "Server errors" (5XX) {
        | Code | HTTP status code | Message |
        | Down | 503 | "Down" |
        }
    }
}

#[test]
fn any_family_renders_parses_and_diffs_clean_in_both_layouts() {
    let families = [
        ShopErrorCode::FAMILY,
        TidyErrorCode::FAMILY,
        gwerr_core::VpcErrorCode::FAMILY,
        gwerr_core::ClassicErrorCode::FAMILY,
        gwerr_core::ManagementErrorCode::FAMILY,
        gwerr_core::CommonErrorCode::FAMILY,
    ];
    for family in families {
        if family.name != "ShopError" {
            let plain = document::render_titled(family.tables);
            assert!(!document::is_markdown(&plain));
            assert_eq!(
                document::diff(family.tables, &document::parse_any(&plain)),
                [],
                "{}",
                family.name
            );
        }
        let markdown = document::render_markdown(family.tables);
        assert!(document::is_markdown(&markdown));
        assert_eq!(
            document::diff(family.tables, &document::parse_any(&markdown)),
            [],
            "{}",
            family.name
        );
    }
}

#[test]
fn markdown_as_it_is_published() {
    let text = "# Errors\n\nSome prose.\n\n## Client errors\n\nCode | HTTP status code | Message | Since version\n:--- | ---: | --- | :-:\n`OutOfStock` | 409 Conflict | Item {Item} is out of stock | 1.2\n| BadPipe | 400 | a \\| b \\ c |  |\n\n## Server errors\n| Code | HTTP status code | Message |\n|---|---|---|\n| Down | 503 | Down |\n";
    let tables = document::parse_markdown(text);
    assert_eq!(tables.len(), 2);
    assert_eq!(tables[0].title, "Client errors");
    assert_eq!(
        tables[0].rows[0],
        [
            "OutOfStock",
            "409 Conflict",
            "Item {Item} is out of stock",
            "1.2"
        ]
    );
    assert_eq!(tables[0].rows[1], ["BadPipe", "400", "a | b \\ c", ""]);
    assert_eq!(document::diff(ShopErrorCode::FAMILY.tables, &tables), []);
    let changed = text.replace("| 503 |", "| 502 |");
    let changes = document::diff(ShopErrorCode::FAMILY.tables, &document::parse_any(&changed));
    assert_eq!(
        changes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["\"Server errors\": Down: HTTP status code changed: \"503\" -> \"502\""]
    );
}

gwerr_core::error_table! {
    /// A family whose texts hold the plain layout's own characters.
    pub enum Piped {
        table "Piped" {
            | Error code | HTTP status code | Message | Description |
            | E400PA | 400 | "Either a | b" | r"A backslash \ and \| and a last \" |
            | E400PB | 400 | "Plain" | "" |
        }
    }
}

#[test]
fn a_pipe_or_a_backslash_in_a_cell_round_trips_in_both_layouts() {
    let declared = PipedCode::FAMILY.tables;
    let plain = document::render_titled(declared);
    assert!(plain.contains(r"Either a \| b"), "{plain}");
    assert_eq!(document::diff(declared, &document::parse(&plain)), []);
    let markdown = document::render_markdown(declared);
    assert_eq!(
        document::diff(declared, &document::parse_markdown(&markdown)),
        []
    );
}

#[test]
fn cells_and_line_are_inverses_for_any_text() {
    let texts = [
        "",
        "a",
        "a|b",
        "|",
        "\\",
        "\\|",
        "\\\\",
        "a\\",
        "ends with \\",
        "x | y \\ z",
        " spaced ",
    ];
    for a in texts {
        for b in texts {
            // A cell's spaces at either end are the layout's own.
            let cells = vec![a.trim().to_owned(), b.trim().to_owned()];
            let line = document::line(&cells);
            assert_eq!(document::cells(&line), Some(cells.clone()), "{line}");
        }
    }
    // A lone backslash is itself: the document's texts stay as written.
    assert_eq!(
        document::cells(r"a \n b | c |"),
        Some(vec![r"a \n b".to_owned(), "c".to_owned()])
    );
    // An escaped last pipe does not end a row.
    assert_eq!(document::cells(r"a | b \|"), None);
}

#[test]
fn a_rule_of_dashes_is_prose_not_a_markdown_table() {
    // A plain document with a horizontal rule and a signature line of
    // dashes is still read in the plain layout.
    let text = format!("{}\n-----------\nThe support team\n---\n", common::UPSTREAM);
    assert!(!document::is_markdown(&text));
    let tables = document::parse_any(&text);
    assert_eq!(tables.len(), document::parse(common::UPSTREAM).len());
}

/// A table of the given title and column titles, with no rows, for the
/// writers' round trips.
fn rowless(title: &str, headers: &[String]) -> gwerr_core::Table {
    let columns: Vec<gwerr_core::Column> = headers
        .iter()
        .map(|header| {
            let title = Box::leak(header.clone().into_boxed_str());
            gwerr_core::Column::new(gwerr_core::ColumnKind::Description, title)
        })
        .collect();
    let title = Box::leak(title.to_owned().into_boxed_str());
    gwerr_core::Table::new(title, Box::leak(columns.into_boxed_slice()), &[])
}

proptest::proptest! {
    /// `render_titled` → `parse` gives back every title a table accepts
    /// (one line, no blank or byte-order mark at an end, no `|` at its
    /// end) and every header cell.
    #[test]
    fn the_plain_layout_reads_back_titles_and_cells(
        title in r"([^\s\u{feff}]([^\r\n]{0,10}[^\s\u{feff}|])?)?",
        cells in proptest::collection::vec(r"[ \t\\|#a.1-]{0,8}", 1..4),
    ) {
        proptest::prop_assume!(!title.ends_with('|'));
        let table = rowless(&title, &cells);
        let text = document::render_titled([&table]);
        let tables = document::parse(&text);
        proptest::prop_assert_eq!(tables.len(), 1, "{}", text);
        proptest::prop_assert_eq!(&tables[0].title, &title, "{}", text);
        proptest::prop_assert_eq!(&tables[0].header, &cells, "{}", text);
    }
}

/// Escaped pipes are a cell's text, not cells: they do not count toward
/// the cap on a line's cells.
#[test]
fn escaped_pipes_do_not_count_toward_the_cell_cap() {
    let text = "a \\|".repeat(300);
    let cells = document::cells(&format!("E1 | {text} |")).expect("a table line");
    assert_eq!(cells, ["E1".to_owned(), text.replace("\\|", "|")]);
    // Unescaped, as many pipes make a line of prose.
    assert_eq!(document::cells(&"a |".repeat(300)), None);
}
