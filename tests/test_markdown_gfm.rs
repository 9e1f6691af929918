//! `document::parse_markdown` held to GitHub-Flavored Markdown: each test
//! names the rule of the GFM specification (version 0.29-gfm) it is
//! written from; the inputs are our own.

use gwerr_core::document::{self, Change, DocTable};
use gwerr_core::{Column, ColumnKind, Table};

/// The tables of a text: title, header and rows.
fn read(text: &str) -> Vec<(String, Vec<String>, Vec<Vec<String>>)> {
    document::parse_markdown(text)
        .into_iter()
        .map(|t| (t.title, t.header, t.rows))
        .collect()
}

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|&cell| cell.to_owned()).collect()
}

const TABLE: &str = "| Code | Status |\n|---|---|\n| E1 | 400 |\n";

// 1. Code blocks are block structure.

/// "Fenced code blocks": the content of a fence is literal text, with an
/// info string or not, backticks or tildes.
#[test]
fn a_table_inside_a_fence_is_text() {
    for fence in ["```", "```markdown", "~~~", "~~~ text", "````"] {
        let close = &fence[..fence.find(' ').unwrap_or(fence.len())];
        let close = close.trim_end_matches(char::is_alphabetic);
        let text = format!("# Title\n\n{fence}\n# comment\n{TABLE}{close}\n");
        assert_eq!(read(&text), [], "{text}");
    }
}

/// "Fenced code blocks": a fence left open runs to the end of the
/// document.
#[test]
fn a_fence_left_open_holds_the_rest_of_the_document() {
    assert_eq!(read(&format!("```\n{TABLE}\n{TABLE}")), []);
}

/// "Fenced code blocks": the closing fence is of the same character as the
/// opening one, at least as long.
#[test]
fn a_fence_closes_only_on_its_own_kind() {
    // Neither a tilde fence nor a shorter run closes a backtick fence.
    assert_eq!(read(&format!("````\n~~~~\n```\n{TABLE}")), []);
    // A longer run of the same character does.
    let tables = read(&format!("~~~\n```\n~~~~~\n{TABLE}"));
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].2, [strings(["E1", "400"])]);
}

/// "Indented code blocks": lines indented four spaces are code.
#[test]
fn a_table_in_an_indented_code_block_is_text() {
    let indented: String = TABLE.lines().map(|l| format!("    {l}\n")).collect();
    assert_eq!(read(&format!("Prose.\n\n{indented}")), []);
}

/// A `#` comment inside a fence does not title the table after it.
#[test]
fn a_comment_in_a_fence_is_not_a_title() {
    let text = format!("## Real\n\n```sh\n# not a heading\n```\n\n{TABLE}");
    assert_eq!(read(&text)[0].0, "Real");
}

// 2. Headings.

/// "ATX headings": `#` needs a space or the end of the line after it, one
/// to six of them, indented at most three spaces; anything else is not a
/// heading and titles nothing.
#[test]
fn only_atx_headings_title_a_table() {
    for not_heading in ["#5 is not a heading", "####### seven", "    # indented"] {
        let text = format!("## Real\n\n{not_heading}\n\n{TABLE}");
        assert_eq!(read(&text)[0].0, "Real", "{not_heading:?}");
    }
    for (heading, title) in [
        ("# One", "One"),
        ("###### Six", "Six"),
        ("   ## Indented three", "Indented three"),
        ("##", ""),
    ] {
        let text = format!("{heading}\n\n{TABLE}");
        assert_eq!(read(&text)[0].0, title, "{heading:?}");
    }
}

/// "ATX headings": the closing sequence is a run of `#` after a space; a
/// `#` that is part of the text stays.
#[test]
fn a_title_keeps_the_hashes_that_are_its_own() {
    for (heading, title) in [
        ("## Errors ##", "Errors"),
        ("## Errors #####   ", "Errors"),
        ("## C#", "C#"),
        ("## Errors # #", "Errors #"),
        (r"## Errors \#", r"Errors \#"),
    ] {
        let text = format!("{heading}\n\n{TABLE}");
        assert_eq!(read(&text)[0].0, title, "{heading:?}");
    }
}

/// "Setext headings": a line underlined by `=` or `-` is a heading, and
/// titles the table below it.
#[test]
fn a_setext_heading_titles_a_table() {
    assert_eq!(read(&format!("Errors\n======\n\n{TABLE}"))[0].0, "Errors");
    assert_eq!(
        read(&format!("Client errors\n---\n\n{TABLE}"))[0].0,
        "Client errors"
    );
}

/// "Tables (extension)": a line starting with `#` that is not a heading,
/// right under a table, is one of its rows (a table ends at a blank line
/// or at the start of another block, and that line starts none).
#[test]
fn a_hash_line_that_is_no_heading_is_a_row() {
    let tables = read(&format!("{TABLE}#hashtag\n"));
    assert_eq!(
        tables[0].2,
        [strings(["E1", "400"]), strings(["#hashtag", ""])]
    );
    // A heading right under a table ends it and titles nothing before it.
    let tables = read(&format!("{TABLE}## Next\n| E2 | 500 |\n"));
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].2, [strings(["E1", "400"])]);
}

// 3. What is a table.

/// "Tables (extension)": "The header row must match the delimiter row in
/// the number of cells. If not, a table will not be recognized."
#[test]
fn a_header_and_a_delimiter_row_of_other_counts_are_no_table() {
    assert_eq!(read("| a | b |\n|---|\n| 1 | 2 |\n"), []);
    assert_eq!(read("a | b | c\n---|---\n"), []);
    // A prose line with pipes underlined by dashes is a setext heading.
    let text = format!("a | b | c\n---\n\n{TABLE}");
    assert_eq!(read(&text)[0].0, "a | b | c");
}

/// "Tables (extension)": a delimiter cell is dashes with at most one colon
/// at each end.
#[test]
fn a_delimiter_cell_has_at_most_one_colon_at_an_end() {
    assert_eq!(read("| a | b |\n|:-:|--:|\n")[0].1, strings(["a", "b"]));
    assert_eq!(read("| a | b |\n|::-|---|\n"), []);
    assert_eq!(read("| a | b |\n|---|-::|\n"), []);
}

/// "Tables (extension)": outer pipes are optional and cells need not line
/// up.
#[test]
fn outer_pipes_are_optional() {
    let tables = read("Code | Status\n:-- | --:\nE1 | 400\n| E2 | 500 |\n");
    assert_eq!(tables[0].1, strings(["Code", "Status"]));
    assert_eq!(
        tables[0].2,
        [strings(["E1", "400"]), strings(["E2", "500"])]
    );
}

// 4. Where a table ends and what a row is.

/// "Tables (extension)": "The table is broken at the first empty line, or
/// beginning of another block-level structure"; a line of text right
/// under it is a row of one cell.
#[test]
fn a_line_without_a_pipe_under_a_table_is_a_row() {
    let tables = read(&format!("{TABLE}plain words\n\nafter\n"));
    assert_eq!(
        tables[0].2,
        [strings(["E1", "400"]), strings(["plain words", ""])]
    );
}

/// The same rule: a block quote or a list item starts a block of its own,
/// even when its line holds pipes.
#[test]
fn a_quote_or_a_list_item_ends_a_table() {
    for block in ["> | E2 | 500 |", "- | E2 | 500 |", "1. | E2 | 500 |"] {
        let tables = read(&format!("{TABLE}{block}\n"));
        assert_eq!(tables.len(), 1, "{block:?}");
        assert_eq!(tables[0].2, [strings(["E1", "400"])], "{block:?}");
    }
}

/// "Tables (extension)": "The remainder of the table's rows may vary in
/// the number of cells. If a number of cells fewer than the number of
/// cells in the header row, empty cells are inserted. If greater, the
/// excess is ignored". The excess is kept aside, for the diff to show.
#[test]
fn a_ragged_row_is_padded_or_cut_and_what_is_cut_is_kept() {
    let text = "## T\n\n| Code | Status | Message |\n|---|---|---|\n| E1 |\n| E2 | 500 | m | extra | more |\n";
    let tables = document::parse_markdown(text);
    assert_eq!(
        tables[0].rows,
        [strings(["E1", "", ""]), strings(["E2", "500", "m"])]
    );
    assert_eq!(tables[0].overflow, [(1, "extra | more".to_owned())]);
}

/// "Block quotes" and "List items" hold blocks, tables among them.
#[test]
fn tables_in_quotes_and_list_items_are_read() {
    let quoted: String = TABLE.lines().map(|l| format!("> {l}\n")).collect();
    let tables = read(&format!("## Q\n\n{quoted}"));
    assert_eq!(
        (tables[0].0.as_str(), &tables[0].2),
        ("Q", &vec![strings(["E1", "400"])])
    );
    let listed: String = TABLE.lines().map(|l| format!("   {l}\n")).collect();
    let tables = read(&format!("1. Codes:\n\n{listed}"));
    assert_eq!(tables[0].2, [strings(["E1", "400"])]);
}

// 5. Cells.

/// "Tables (extension)": a pipe inside a cell is escaped, also inside a
/// code span; the table takes one backslash before each escaped pipe.
#[test]
fn an_escaped_pipe_is_a_pipe_in_text_and_code() {
    let tables = read("| a | b | c |\n|---|---|---|\n| x \\| y | `x\\|y` | say `x\\|y` here |\n");
    assert_eq!(tables[0].2, [strings(["x | y", "x|y", "say `x|y` here"])]);
}

/// GFM (and GitHub) take any backslash before a pipe as its escape: `\\|`
/// does not end a cell, and the table takes one backslash, leaving `\|`.
#[test]
fn a_run_of_backslashes_before_a_pipe_escapes_it() {
    let tables = read("| a | b |\n|---|---|\n| E1 | a\\\\|\n| E2 | a\\\\\\|\n");
    assert_eq!(
        tables[0].2,
        [strings(["E1", "a\\|"]), strings(["E2", "a\\\\|"])]
    );
}

/// "Code spans": a span is delimited by runs of equal length; one space is
/// stripped at both ends when both are spaces and the content is not all
/// spaces; backslash escapes do not work inside it.
#[test]
fn a_cell_that_is_one_code_span_is_its_content() {
    for (cell, text) in [
        ("`E1`", "E1"),
        ("``E1``", "E1"),
        ("`` a`b ``", "a`b"),
        ("` E1 `", "E1"),
        ("`  E1 `", " E1"),
        ("` E1`", " E1"),
        ("` `", " "),
        ("`   `", "   "),
        (r"`a\\b`", r"a\\b"),
        (r"`a\*b`", r"a\*b"),
    ] {
        let tables = read(&format!("| h |\n|---|\n| {cell} |\n"));
        assert_eq!(tables[0].2, [strings([text])], "{cell:?}");
    }
}

/// A cell that is more than one span keeps its backticks and escapes as
/// written (the deliberate difference from GFM's rendering: the text is
/// the source, which is what a person copies into a declaration).
#[test]
fn a_cell_with_more_than_a_span_is_its_source() {
    for cell in [
        "`a` and `b`",
        r"a \* b",
        "*em* &amp; <br>",
        r"\`not code\`",
        "``",
    ] {
        let tables = read(&format!("| h |\n|---|\n| {cell} |\n"));
        assert_eq!(tables[0].2, [strings([cell])], "{cell:?}");
    }
}

// The writer.

fn table_of(title: &str, headers: &[String]) -> Table {
    let columns: Vec<Column> = headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let kind = [ColumnKind::Code, ColumnKind::Message]
                .get(i)
                .copied()
                .unwrap_or(ColumnKind::Description);
            Column::new(kind, Box::leak(header.clone().into_boxed_str()))
        })
        .collect();
    let title = Box::leak(title.to_owned().into_boxed_str());
    Table::new(title, Box::leak(columns.into_boxed_slice()), &[])
}

/// Reads back what `render_markdown` wrote of a table's title and header
/// cells (the writer of every cell).
fn round_trip(title: &str, cells: &[String]) -> DocTable {
    let table = table_of(title, cells);
    let text = document::render_markdown([&table]);
    let mut tables = document::parse_markdown(&text);
    assert_eq!(tables.len(), 1, "{text}");
    tables.remove(0)
}

#[test]
fn the_writer_protects_what_the_reader_would_unwrap_or_trim() {
    let cells = strings([
        "`E1`",
        "``",
        "` `",
        " lead",
        "trail\t",
        "  ",
        "a|b",
        r"a\|b",
        r"\",
        "`a` and `b`",
        "``x``",
        "`a|b`",
    ]);
    let doc = round_trip("Title #", &cells);
    assert_eq!(doc.title, "Title #");
    assert_eq!(doc.header, cells);
    // An escape at the start of a title is its text too.
    assert_eq!(round_trip(r"\!0", &cells).title, r"\!0");
}

proptest::proptest! {
    /// `render_markdown` → `parse_markdown` is the identity for every text
    /// a cell accepts (one line; any of Markdown's active characters) and
    /// every title without blanks at its ends.
    #[test]
    fn render_then_parse_is_the_identity(
        title in r"([^\s]([^\r\n]{0,10}[^\s])?)?",
        cells in proptest::collection::vec(r"[ \t`\\|#*_<>\[\]()!&:a-]{0,10}", 1..4),
    ) {
        let doc = round_trip(&title, &cells);
        proptest::prop_assert_eq!(doc.title, title);
        proptest::prop_assert_eq!(doc.header, cells);
    }
}

/// A ragged row's excess shows in the diff: the person updating the table
/// sees the cell the vendor added.
#[test]
fn the_diff_names_a_ragged_rows_excess() {
    let table = table_of("T", &strings(["Code", "Message"]));
    let text = "## T\n\n| Code | Message |\n|---|---|\n| E1 | m | added |\n";
    let changes = document::diff([&table], &document::parse_markdown(text));
    let ambiguous: Vec<String> = changes
        .iter()
        .filter(|c| matches!(c, Change::Ambiguous { .. }))
        .map(ToString::to_string)
        .collect();
    assert_eq!(ambiguous.len(), 1, "{changes:?}");
    assert!(ambiguous[0].contains("added"), "{ambiguous:?}");
}
