//! What a table says, kept at run time: titles, columns, rows, templates.
//!
//! `error_table!` builds these as constants; a program reads them to render
//! the tables back, explain a code or match a message against its template.
//! A family's are [`ErrorCode::FAMILY`](crate::ErrorCode::FAMILY), the
//! gateway's [`FAMILIES`](crate::FAMILIES).
//!
//! # Example
//! ```
//! use gwerr_core::meta::ColumnKind;
//! use gwerr_core::{ErrorCode, VpcErrorCode};
//!
//! let row = VpcErrorCode::InvalidHeader.row();
//! assert_eq!(row.code.text, "I400HD");
//! let table = VpcErrorCode::FAMILY.tables[0];
//! assert_eq!(table.columns[0].kind, ColumnKind::Code);
//! ```

use std::fmt::{self, Display};
use std::time::Duration;

use http::StatusCode;

use crate::small::Small;

/// A family of errors: one `error_table!` invocation, one or more tables.
///
/// Built by `error_table!` (or [`Family::new`]): more fields may be added
/// without a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Family {
    /// The name of the error enum (`VpcError`).
    pub name: &'static str,
    /// The name of the code enum (`VpcErrorCode`).
    pub code_name: &'static str,
    /// The tables, in the order they are declared.
    pub tables: &'static [Table],
    /// The page of each code, `{code}` standing where the code goes (the
    /// `url` option), if the family has one.
    pub url: Option<&'static str>,
    /// The placeholder syntaxes of its codes and messages, as the
    /// `placeholders` option spells them (`"${Name}"`, `"%s"`).
    pub placeholders: &'static [&'static str],
    /// Whether a `match` on its enums may name every variant: `false`
    /// when both the error and the code enum are `#[non_exhaustive]`, so
    /// that a row added is no breaking change for another crate.
    pub exhaustive: bool,
}

impl Family {
    /// A family of the given names and tables, without a `url`, with the
    /// default placeholder syntaxes (`"${Name}"`, `"{Name}"`, `"%s"`),
    /// exhaustive.
    pub const fn new(
        name: &'static str,
        code_name: &'static str,
        tables: &'static [Table],
    ) -> Self {
        Family {
            name,
            code_name,
            tables,
            url: None,
            placeholders: &["${Name}", "{Name}", "%s"],
            exhaustive: true,
        }
    }

    /// The family with these placeholder syntaxes.
    pub const fn with_placeholders(mut self, placeholders: &'static [&'static str]) -> Self {
        self.placeholders = placeholders;
        self
    }

    /// The family with both enums `#[non_exhaustive]`.
    pub const fn non_exhaustive(mut self) -> Self {
        self.exhaustive = false;
        self
    }

    /// The family with the page of each code at `url`, `{code}` standing
    /// where the code goes.
    pub const fn with_url(mut self, url: &'static str) -> Self {
        self.url = Some(url);
        self
    }

    /// The page of a row's code, from [`url`](Self::url): the code
    /// percent-encoded where `{code}` stands (a templated row's template,
    /// `Missing%7BParameterName%7D`). Written as it is displayed, with no
    /// allocation.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::meta::Family;
    ///
    /// const DOCS: Family =
    ///     Family::new("E", "C", &[]).with_url("https://docs.example.com/errors/{code}");
    /// let url = DOCS.code_url("Missing{ParameterName}").unwrap();
    /// assert_eq!(url.to_string(), "https://docs.example.com/errors/Missing%7BParameterName%7D");
    /// ```
    pub fn code_url(&self, code: &'static str) -> Option<CodeUrl> {
        self.url.map(|template| CodeUrl { template, code })
    }

    /// A problem object's `type` for a row's code: its page
    /// ([`code_url`](Self::code_url)), else `tag:gwerr,2026:Family/CODE`,
    /// the code percent-encoded.
    #[cfg(feature = "json")]
    pub(crate) fn problem_type(&self, code: &'static str) -> String {
        match self.code_url(code) {
            Some(url) => url.to_string(),
            None => {
                let mut tag = format!("tag:gwerr,2026:{}/", self.name);
                let _ = write_encoded(&mut tag, code);
                tag
            }
        }
    }

    /// Up to `at_most` of the codes of `families` closest to `text` by
    /// edit distance, ignoring case, nearest first (an equal distance in
    /// the codes' alphabetical order): the "did you mean" of
    /// an unknown code. A code is offered only within half its own length
    /// of edits, and the cost is bounded by the codes' lengths, whatever
    /// the length of `text`.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{Family, FAMILIES};
    ///
    /// assert_eq!(Family::nearest_codes(FAMILIES, "i400hx", 1), ["I400HD"]);
    /// assert!(Family::nearest_codes(FAMILIES, "nothing like a code", 3).is_empty());
    /// ```
    pub fn nearest_codes(families: &[&Family], text: &str, at_most: usize) -> Vec<&'static str> {
        let codes = families
            .iter()
            .flat_map(|family| family.rows())
            .map(|row| row.code.text);
        let mut near = crate::suggest::near(text, codes, crate::suggest::HALF_THE_CODE);
        near.sort_unstable();
        near.dedup();
        near.into_iter()
            .take(at_most)
            .map(|(_, code)| code)
            .collect()
    }

    /// Every row of every table, in table order.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::VpcErrorCode;
    ///
    /// assert_eq!(VpcErrorCode::FAMILY.rows().count(), 81);
    /// ```
    pub fn rows(&self) -> impl Iterator<Item = &'static Row> {
        let tables: &'static [Table] = self.tables;
        tables.iter().flat_map(|table| table.rows.iter())
    }

    /// The table that holds `row`.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::ManagementErrorCode;
    ///
    /// let family = ManagementErrorCode::FAMILY;
    /// let row = ManagementErrorCode::InternalError.row();
    /// assert_eq!(family.table_of(row).unwrap().title, "3.1.Error codes for servers");
    /// ```
    pub fn table_of(&self, row: &Row) -> Option<&'static Table> {
        let tables: &'static [Table] = self.tables;
        tables.iter().find(|table| table.rows.contains(row))
    }

    /// The row of a code, found as the code enum's `FromStr` finds it: an
    /// exact match of a fixed code first, then the templated codes, longest
    /// literal text first, a placeholder standing for at least one byte.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::VpcErrorCode;
    ///
    /// let row = VpcErrorCode::FAMILY.find("I404NF").unwrap();
    /// assert_eq!(row.variant, "ApiNotFound");
    /// assert!(VpcErrorCode::FAMILY.find("I404XX").is_none());
    /// ```
    pub fn find(&self, code: &str) -> Option<&'static Row> {
        if let Some(row) = self
            .rows()
            .find(|row| row.code.is_fixed() && row.code.text == code)
        {
            return Some(row);
        }
        self.rows()
            .filter_map(|row| Some((row, row.code.affixes()?)))
            .filter(|(_, (prefix, suffix))| {
                code.len() > prefix.len() + suffix.len()
                    && code.starts_with(prefix)
                    && code.ends_with(suffix)
            })
            // error_table! refuses templates of equal length that overlap, so
            // the longest match is unique.
            .max_by_key(|(_, (prefix, suffix))| prefix.len() + suffix.len())
            .map(|(row, _)| row)
    }
}

/// One table: its section title, header and rows.
///
/// Built by `error_table!` (or [`Table::new`]): more fields may be added
/// without a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Table {
    /// The section title as the docs write it.
    pub title: &'static str,
    /// The header, in the docs' order and with the docs' titles.
    pub columns: &'static [Column],
    /// The rows, in the docs' order.
    pub rows: &'static [Row],
    /// Whether the table is declared from a document file (`table "..."
    /// from "errors.md"`): its rows are the file's, so that a row gone
    /// from the document is gone from the family, variant and all.
    pub from_file: bool,
}

impl Table {
    /// A table of the given title, columns and rows (rows come from a
    /// family: a table of one's own has none, or another table's).
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{document, Column, ColumnKind, Table};
    ///
    /// const COLUMNS: &[Column] = &[
    ///     Column::new(ColumnKind::Code, "Code"),
    ///     Column::new(ColumnKind::Message, "Message"),
    /// ];
    /// const EMPTY: Table = Table::new("Errors", COLUMNS, &[]);
    /// assert_eq!(document::render_markdown([&EMPTY]), "## Errors\n\n| Code | Message |\n|---|---|\n");
    /// ```
    pub const fn new(
        title: &'static str,
        columns: &'static [Column],
        rows: &'static [Row],
    ) -> Self {
        Table {
            title,
            columns,
            rows,
            from_file: false,
        }
    }

    /// The table, declared from a document file.
    pub const fn declared_from_file(mut self) -> Self {
        self.from_file = true;
        self
    }
}

/// One column of a table's header.
///
/// Built by `error_table!` (or [`Column::new`]): more fields may be added
/// without a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Column {
    /// What the column holds.
    pub kind: ColumnKind,
    /// Its title as the docs write it (`HTTP status code`).
    pub title: &'static str,
}

impl Column {
    /// A column of the given kind and title.
    pub const fn new(kind: ColumnKind, title: &'static str) -> Self {
        Column { kind, title }
    }
}

pub use crate::format::ColumnKind;

/// One row of a table.
///
/// Built by `error_table!` only: more columns may be added to it without a
/// breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Row {
    /// The name of the row's variant in both enums (`InvalidHeader`).
    pub variant: &'static str,
    /// The code as documented (`I400HD`, `Missing%s`).
    pub code: Template,
    /// The documented HTTP status.
    pub status: StatusCode,
    /// The reason phrase the table writes after the status (`Forbidden` in
    /// `403 Forbidden`), empty where it writes the number alone; checked
    /// to be the status's own (a vendor's own phrase, written as a string
    /// literal in the table, is kept as written).
    pub status_phrase: &'static str,
    /// Whether the table writes the phrase first and the number after it
    /// in parentheses (`Forbidden (403)`).
    pub phrase_first: bool,
    /// Whether other rows of the family have this row's code, with another
    /// status or message (a vendor lists such a code once per status or
    /// message). The code parses as the first of them; a reader of a
    /// response picks among them by the status and message received.
    pub code_repeats: bool,
    /// The first backoff the row declares (`#[retry(throttled, after =
    /// 30s)]`), where the vendor documents one; `None` for its kind's own
    /// ([`Retry::backoff`]). [`Row::first_backoff`] gives the one to use.
    pub backoff: Option<Duration>,
    /// The message template; in a table without a message column, the code.
    pub message: Template,
    /// The description, empty where the docs give none.
    pub description: &'static str,
    /// The solution or suggestion, empty where the docs give none.
    pub solution: &'static str,
    /// The scenario, empty where the docs give none.
    pub scenario: &'static str,
    /// The texts of the table's columns of its own ([`ColumnKind::Extra`]),
    /// in their order.
    pub extras: &'static [&'static str],
    /// The fields of the variant, one per distinct placeholder.
    pub fields: &'static [Field],
    /// Whether, and how, a caller may retry: declared on the row with
    /// `#[retry(kind)]`, else the advice of its status
    /// ([`Retry::from_status`]).
    pub retry: Retry,
    /// Whether a caller may retry at all (`retry` is not [`Retry::Never`]).
    pub retryable: bool,
    /// Whether the code is what the client sees (a table without a message
    /// column, such as the classic gateways' phrases): such a code is sent
    /// as the message alone.
    pub code_is_message: bool,
    /// Whether the row is marked `#[deprecated]`: gone from the current docs
    /// but still read, since older gateways still send it.
    pub deprecated: bool,
}

impl Row {
    /// The wait before the first retry of this row's error: its declared
    /// backoff, else its kind's ([`Retry::backoff`]); `None` when it
    /// should not be retried.
    pub const fn first_backoff(&self) -> Option<Duration> {
        match (self.retry.is_retryable(), self.backoff) {
            (false, _) => None,
            (true, Some(declared)) => Some(declared),
            (true, None) => self.retry.backoff(),
        }
    }

    /// The text of a column of this row, as the docs write it.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{ColumnKind, VpcErrorCode};
    ///
    /// let row = VpcErrorCode::InvalidHeader.row();
    /// assert_eq!(row.cell(ColumnKind::Status), "400");
    /// assert_eq!(row.cell(ColumnKind::Code), "I400HD");
    /// ```
    pub fn cell(&self, column: ColumnKind) -> std::borrow::Cow<'static, str> {
        use std::borrow::Cow;
        match column {
            ColumnKind::Scenario => Cow::Borrowed(self.scenario),
            ColumnKind::Code => Cow::Borrowed(self.code.text),
            ColumnKind::Message => Cow::Borrowed(self.message.text),
            ColumnKind::Status if self.status_phrase.is_empty() => {
                Cow::Owned(self.status.as_u16().to_string())
            }
            ColumnKind::Status if self.phrase_first => {
                Cow::Owned(format!("{} ({})", self.status_phrase, self.status.as_u16()))
            }
            ColumnKind::Status => {
                Cow::Owned(format!("{} {}", self.status.as_u16(), self.status_phrase))
            }
            ColumnKind::Description => Cow::Borrowed(self.description),
            ColumnKind::Solution => Cow::Borrowed(self.solution),
            ColumnKind::Extra(index) => {
                Cow::Borrowed(self.extras.get(index).copied().unwrap_or(""))
            }
        }
    }
}

/// A code or message, as written and cut at its placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// The text as the docs write it.
    pub text: &'static str,
    /// The text cut into literal pieces and fields.
    pub parts: &'static [Part],
}

impl Template {
    /// Whether the text holds no placeholder.
    pub fn is_fixed(&self) -> bool {
        !self
            .parts
            .iter()
            .any(|part| matches!(part, Part::Placeholder(_)))
    }

    /// Matches `text` against this template and returns the text of each
    /// field, in the order of [`Template::parts`] (a field used twice is
    /// captured twice, and both must be equal).
    ///
    /// Literal pieces anchor the fields: a field ends at the first
    /// occurrence of the literal text that follows it, and the last piece
    /// must end the text. A value that itself holds the literal text after
    /// its field cannot be read back, nor can two fields with no literal
    /// text between them (`None`). Matching takes time linear in `text`,
    /// and never panics, whatever the parts.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::VpcErrorCode;
    ///
    /// let template = VpcErrorCode::InvalidHeader.row().message;
    /// assert_eq!(
    ///     template.captures("Invalid Header `X-Ca-Key` is empty"),
    ///     Some(vec!["X-Ca-Key", "is empty"])
    /// );
    /// assert_eq!(template.captures("Invalid Body: x"), None);
    /// ```
    pub fn captures<'a>(&self, text: &'a str) -> Option<Vec<&'a str>> {
        self.captured(text).map(Small::into_vec)
    }

    /// [`Template::captures`], held without allocating for up to four
    /// fields.
    pub(crate) fn captured<'a>(&self, text: &'a str) -> Option<Small<&'a str>> {
        captures_in(self.parts, text, false)
    }

    /// [`Template::captures`] for a text that crossed HTTP, which trims a
    /// header value's trailing whitespace: where the template ends with
    /// whitespace, or with whitespace and then a field, a text without that
    /// whitespace matches too, the field empty (`Invalid AppCode` for
    /// ``Invalid AppCode ${Reason}``).
    ///
    /// # Example
    /// ```
    /// use gwerr_core::VpcErrorCode;
    ///
    /// let template = VpcErrorCode::InvalidAppCode.row().message;
    /// assert_eq!(template.captures("Invalid AppCode"), None);
    /// assert_eq!(template.captures_trimmed("Invalid AppCode"), Some(vec![""]));
    /// assert_eq!(template.captures_trimmed("Invalid AppCode bad"), Some(vec!["bad"]));
    /// ```
    pub fn captures_trimmed<'a>(&self, text: &'a str) -> Option<Vec<&'a str>> {
        self.captured_trimmed(text).map(Small::into_vec)
    }

    /// [`Template::captures_trimmed`], held without allocating for up to
    /// four fields.
    pub(crate) fn captured_trimmed<'a>(&self, text: &'a str) -> Option<Small<&'a str>> {
        self.captured(text)
            .or_else(|| self.captured_without_trailing_space(text))
    }

    /// The second half of [`Template::captures_trimmed`]: the match of a
    /// text that lost the template's trailing whitespace, for a caller
    /// that has already tried [`Template::captures`].
    pub(crate) fn captured_without_trailing_space<'a>(
        &self,
        text: &'a str,
    ) -> Option<Small<&'a str>> {
        match self.parts {
            [.., Part::Literal(literal)] if literal.trim_end() != *literal => {
                captures_in(self.parts, text, true)
            }
            [rest @ .., Part::Literal(literal), Part::Placeholder(_)]
                if literal.trim_end() != *literal =>
            {
                let parts = &self.parts[..rest.len() + 1];
                let mut captures = captures_in(parts, text, true)?;
                captures.push("");
                same_fields_agree(self.parts, &captures).then_some(captures)
            }
            _ => None,
        }
    }

    /// The literal text around the one placeholder of a templated code
    /// (`("Invalid", ".LengthLimit")` for `Invalid%s.LengthLimit`); `None`
    /// for a text with no placeholder or with several.
    pub fn affixes(&self) -> Option<(&'static str, &'static str)> {
        let literal = |part: Option<&Part>| match part {
            Some(Part::Literal(text)) => *text,
            _ => "",
        };
        let mut holes = self
            .parts
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Part::Placeholder(_)));
        let (hole, _) = holes.next()?;
        if holes.next().is_some() {
            return None;
        }
        let prefix = if hole > 0 {
            literal(self.parts.get(hole - 1))
        } else {
            ""
        };
        Some((prefix, literal(self.parts.get(hole + 1))))
    }
}

/// A piece of a [`Template`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Text written as it is.
    Literal(&'static str),
    /// A placeholder: the index of the field it fills, in [`Row::fields`].
    Placeholder(usize),
}

/// A field of a variant, made from a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The placeholder's name as the docs write it (`HeaderName`).
    pub placeholder: &'static str,
    /// The Rust field name (`header_name`).
    pub name: &'static str,
    /// The field's type, as declared in the table (`String`).
    pub ty: &'static str,
}

/// Whether, and how, a caller may retry an error: a property each row
/// declares (`#[retry(kind)]` in its table), else the one its status
/// implies.
///
/// # Example
/// ```
/// use std::time::Duration;
/// use gwerr_core::{Retry, VpcErrorCode};
///
/// assert_eq!(VpcErrorCode::ThrottledByApi.retry(), Retry::Throttled);
/// assert_eq!(Retry::Throttled.backoff(), Some(Duration::from_secs(1)));
/// // A daily quota: the table says not to retry, whatever its 429.
/// assert_eq!(VpcErrorCode::ThrottledByInnerDomain.retry(), Retry::Never);
/// assert_eq!(Retry::from_status(http::StatusCode::SERVICE_UNAVAILABLE), Retry::Transient);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Retry {
    /// Throttled: retry after a backoff.
    Throttled,
    /// A transient fault (a timeout, a service briefly unavailable): retry.
    Transient,
    /// The same request fails again: a quota spent, or a fault of the
    /// configuration, the authorization or the request itself.
    Never,
}

impl Retry {
    /// The advice a status gives alone: 429 is [`Throttled`](Retry::Throttled),
    /// 503 and 504 are [`Transient`](Retry::Transient), any other status is
    /// [`Never`](Retry::Never).
    pub const fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            429 => Retry::Throttled,
            503 | 504 => Retry::Transient,
            _ => Retry::Never,
        }
    }

    /// Whether a caller may retry at all.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }

    /// A suggested wait before the first retry (one second when throttled,
    /// 100 ms after a transient fault; double it for each further attempt);
    /// `None` when the request should not be retried.
    pub const fn backoff(self) -> Option<Duration> {
        match self {
            Retry::Throttled => Some(Duration::from_secs(1)),
            Retry::Transient => Some(Duration::from_millis(100)),
            Retry::Never => None,
        }
    }

    /// The kind's name as a table declares it: `throttled`, `transient` or
    /// `never`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Throttled => "throttled",
            Retry::Transient => "transient",
            Retry::Never => "never",
        }
    }
}

impl Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Matches `text` against `parts` (see [`Template::captures`]); with
/// `trim_last`, the last literal piece without its trailing whitespace.
fn captures_in<'a>(parts: &[Part], text: &'a str, trim_last: bool) -> Option<Small<&'a str>> {
    // A message that does not start with the first literal is turned
    // away before anything is allocated.
    if let Some(Part::Literal(first)) = parts.first() {
        let first: &str = if parts.len() == 1 && trim_last {
            first.trim_end()
        } else {
            first
        };
        if !text.starts_with(first) {
            return None;
        }
    }
    let mut captures = Small::new();
    let mut rest = text;
    let mut open_field = false;
    for (i, part) in parts.iter().enumerate() {
        match part {
            // Two fields in a row: where one ends cannot be told.
            Part::Placeholder(_) if open_field => return None,
            Part::Placeholder(_) => open_field = true,
            Part::Literal(literal) => {
                let last = i + 1 == parts.len();
                let literal: &str = if last && trim_last {
                    literal.trim_end()
                } else {
                    literal
                };
                let at = match (open_field, last) {
                    (false, _) => rest.starts_with(literal).then_some(0)?,
                    (true, false) => rest.find(literal)?,
                    (true, true) => rest
                        .len()
                        .checked_sub(literal.len())
                        .filter(|&at| rest.is_char_boundary(at) && rest[at..] == *literal)?,
                };
                if open_field {
                    captures.push(&rest[..at]);
                    open_field = false;
                }
                rest = &rest[at + literal.len()..];
            }
        }
    }
    if open_field {
        captures.push(rest);
    } else if !rest.is_empty() {
        return None;
    }
    same_fields_agree(parts, &captures).then_some(captures)
}

/// Whether every field captured more than once was captured alike.
/// `captures` holds one text per placeholder of `parts`, in order.
fn same_fields_agree(parts: &[Part], captures: &[&str]) -> bool {
    // Placeholders in rising order (nearly every template) name each field
    // once: nothing to compare, and nothing to allocate.
    let mut last = None;
    let rising = parts.iter().all(|part| match part {
        Part::Placeholder(index) => last.replace(*index).is_none_or(|last| last < *index),
        Part::Literal(_) => true,
    });
    if rising {
        return true;
    }
    let mut fields: Vec<(usize, &str)> = parts
        .iter()
        .filter_map(|part| match part {
            Part::Placeholder(index) => Some(*index),
            Part::Literal(_) => None,
        })
        .zip(captures.iter().copied())
        .collect();
    if fields.len() < 2 {
        return true;
    }
    fields.sort_unstable_by_key(|&(index, _)| index);
    fields
        .windows(2)
        .all(|pair| pair[0].0 != pair[1].0 || pair[0].1 == pair[1].1)
}

/// A code's page, [`Family::code_url`]: the family's `url` with the code,
/// percent-encoded, where `{code}` stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeUrl {
    template: &'static str,
    code: &'static str,
}

impl Display for CodeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.template;
        while let Some((before, after)) = rest.split_once("{code}") {
            f.write_str(before)?;
            write_encoded(f, self.code)?;
            rest = after;
        }
        f.write_str(rest)
    }
}

/// Writes a code percent-encoded for a URL: RFC 3986's unreserved
/// characters as they are, every other byte `%XX`.
pub(crate) fn write_encoded(out: &mut impl fmt::Write, code: &str) -> fmt::Result {
    for &byte in code.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.write_char(char::from(byte))?;
        } else {
            write!(out, "%{byte:02X}")?;
        }
    }
    Ok(())
}
