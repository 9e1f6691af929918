//! An error index: one page per code, as `rustc --explain` gives one per
//! error, and one page per family listing its codes, in Markdown and in
//! HTML that a static host serves as files.

use std::fmt::{self, Write};

use crate::meta::{Family, Row, Table};

/// One page of an [`index`]: where it goes, under the index's directory,
/// and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page {
    /// Its path, `/`-separated, relative to the index's directory:
    /// `VpcError/I400HD.md`, `VpcError/index.html`, `index.html`.
    pub path: String,
    /// The page's text.
    pub text: String,
}

/// The error index of `families`: for each family a directory named after
/// it, with a page per code in Markdown (`.md`) and HTML (`.html`), named
/// after the code (`Missing{ParameterName}.html`; percent-encoded where a
/// code could not name a file), and an `index` page listing the codes in
/// order, linked percent-encoded; an `index` page at the top lists the
/// families. A code on several rows has one page, with each row.
///
/// A family whose `url` is `https://host/errors/{code}.html` agrees with
/// an index of it served at `https://host/errors/` from its family's
/// directory.
///
/// # Example
/// ```
/// use gwerr_core::{document, ErrorCode, VpcErrorCode};
///
/// let pages = document::index(&[VpcErrorCode::FAMILY]);
/// let page = pages.iter().find(|p| p.path == "VpcError/I400HD.md").unwrap();
/// assert!(page.text.starts_with("# I400HD\n"));
/// assert!(page.text.contains("| HTTP status | 400 Bad Request |"));
/// assert!(pages.iter().any(|p| p.path == "VpcError/index.html"));
/// ```
pub fn index(families: &[&'static Family]) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut top_md = String::from("# Error index\n\n");
    let mut top_html = html_head("Error index");
    top_html.push_str("<h1>Error index</h1>\n<ul>\n");
    for family in families {
        let _ = writeln!(top_md, "- [{0}]({0}/index.md)", family.name);
        let _ = writeln!(
            top_html,
            "<li><a href=\"{0}/index.html\">{0}</a></li>",
            Html(family.name)
        );
        family_pages(family, &mut pages);
    }
    top_html.push_str("</ul>\n</body>\n</html>\n");
    pages.push(Page {
        path: "index.md".to_owned(),
        text: top_md,
    });
    pages.push(Page {
        path: "index.html".to_owned(),
        text: top_html,
    });
    pages
}

/// The rows of `family` by code, the codes in order, each with its table.
fn by_code(family: &'static Family) -> Vec<(&'static str, Vec<(&'static Table, &'static Row)>)> {
    let mut codes: Vec<(&'static str, Vec<(&'static Table, &'static Row)>)> = Vec::new();
    for table in family.tables {
        for row in table.rows {
            match codes.iter_mut().find(|(code, _)| *code == row.code.text) {
                Some((_, rows)) => rows.push((table, row)),
                None => codes.push((row.code.text, vec![(table, row)])),
            }
        }
    }
    codes.sort_by(|a, b| a.0.cmp(b.0));
    codes
}

fn family_pages(family: &'static Family, pages: &mut Vec<Page>) {
    let codes = by_code(family);
    let name = family.name;
    let mut list_md = format!("# {name}\n\n| Code | HTTP status | Message |\n|---|---|---|\n");
    let mut list_html = html_head(name);
    let _ = write!(
        list_html,
        "<h1>{}</h1>\n<table>\n<tr><th>Code</th><th>HTTP status</th><th>Message</th></tr>\n",
        Html(name)
    );
    for (code, rows) in &codes {
        let file = file_name(code);
        let href = encoded(&file);
        for (_, row) in rows {
            let _ = writeln!(
                list_md,
                "| [{}]({href}.md) | {} | {} |",
                Cell(code),
                row.status.as_u16(),
                Cell(row.message.text)
            );
            let _ = writeln!(
                list_html,
                "<tr><td><a href=\"{href}.html\"><code>{}</code></a></td><td>{}</td><td>{}</td></tr>",
                Html(code),
                row.status.as_u16(),
                Html(row.message.text)
            );
        }
        pages.push(Page {
            path: format!("{name}/{file}.md"),
            text: code_markdown(family, code, rows),
        });
        pages.push(Page {
            path: format!("{name}/{file}.html"),
            text: code_html(family, code, rows),
        });
    }
    list_html.push_str("</table>\n</body>\n</html>\n");
    pages.push(Page {
        path: format!("{name}/index.md"),
        text: list_md,
    });
    pages.push(Page {
        path: format!("{name}/index.html"),
        text: list_html,
    });
}

/// A code's file name, without its extension: the code itself, which a
/// static host finds from the percent-encoded URL a `url` option writes
/// (the host decodes it); percent-encoded where the code could not name a
/// file (a `/` or `\\`, a control character, a leading `.`).
fn file_name(code: &str) -> String {
    let unsafe_name = code.is_empty()
        || code.starts_with('.')
        || code.contains(|c: char| c == '/' || c == '\\' || c.is_control());
    if unsafe_name {
        encoded(code)
    } else {
        code.to_owned()
    }
}

/// Text percent-encoded, for a link.
fn encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let _ = crate::meta::write_encoded(&mut out, text);
    out
}

/// The facts of a row, label and text, in the order a page gives them.
fn facts(
    family: &'static Family,
    table: &'static Table,
    row: &'static Row,
) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        ("Family", family.name.to_owned()),
        ("Section", table.title.to_owned()),
        ("Variant", format!("{}::{}", family.name, row.variant)),
        (
            "HTTP status",
            format!(
                "{} {}",
                row.status.as_u16(),
                row.status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_owned(),
        ),
        ("Message", row.message.text.to_owned()),
    ];
    for field in row.fields {
        facts.push((
            "Field",
            format!("`{}: {}` for `{}`", field.name, field.ty, field.placeholder),
        ));
    }
    for (label, text) in [
        ("Description", row.description),
        ("Solution", row.solution),
        ("Scenario", row.scenario),
    ] {
        if !text.is_empty() {
            facts.push((label, text.to_owned()));
        }
    }
    let backoff = row.first_backoff().map_or(String::new(), |delay| {
        format!(", first backoff {} ms", delay.as_millis())
    });
    facts.push(("Retry", format!("{}{backoff}", row.retry)));
    if row.deprecated {
        facts.push((
            "Deprecated",
            "gone from the current document; still read".to_owned(),
        ));
    }
    facts
}

fn code_markdown(
    family: &'static Family,
    code: &str,
    rows: &[(&'static Table, &'static Row)],
) -> String {
    let mut out = format!("# {}\n", Cell(code));
    for (table, row) in rows {
        out.push_str("\n| | |\n|---|---|\n");
        for (label, text) in facts(family, table, row) {
            let _ = writeln!(out, "| {label} | {} |", Cell(&text));
        }
    }
    let _ = write!(out, "\n[All codes of {0}](index.md)\n", family.name);
    out
}

fn code_html(
    family: &'static Family,
    code: &str,
    rows: &[(&'static Table, &'static Row)],
) -> String {
    let mut out = html_head(code);
    let _ = writeln!(out, "<h1><code>{}</code></h1>", Html(code));
    for (table, row) in rows {
        out.push_str("<table>\n");
        for (label, text) in facts(family, table, row) {
            let _ = writeln!(out, "<tr><th>{label}</th><td>{}</td></tr>", Html(&text));
        }
        out.push_str("</table>\n");
    }
    let _ = write!(
        out,
        "<p><a href=\"index.html\">All codes of {}</a></p>\n</body>\n</html>\n",
        Html(family.name)
    );
    out
}

fn html_head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n",
        Html(title)
    )
}

/// Text escaped for HTML.
struct Html<'a>(&'a str);

impl fmt::Display for Html<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&#39;")?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// Text in a Markdown table's cell: a pipe escaped, a line break a space.
struct Cell<'a>(&'a str);

impl fmt::Display for Cell<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '|' => f.write_str("\\|")?,
                '\n' | '\r' => f.write_char(' ')?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}
