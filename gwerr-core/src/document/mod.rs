//! A vendor's document: its tables read, a family's printed back, the two
//! compared; and a vendor's update as a reviewed change: a document
//! written as `error_table!` source ([`import`]), a newer copy's changes
//! written into a family's source ([`patch`]), and the release they ask
//! for ([`verdict`]).
//!
//! Two layouts are read: Markdown as GitHub reads it ([`parse_markdown`])
//! and the plain layout ([`parse`]); [`parse_any`] picks. The plain
//! layout is the one of the API Gateway error-code document: prose
//! lines, and tables whose lines are cells separated by ` | ` and closed by
//! ` |` (an empty cell closes with a bare `|`), the first line of each table
//! being its header. A table's title is the nearest numbered heading above
//! it (`2.1. Error codes for servers`).
//!
//! What a copy-paste adds is tolerated where it is harmless (spaces after a
//! line's last `|`, a byte-order mark, CRLF line ends) and reported where
//! it is ambiguous: a line inside a table (the table goes on after it, and
//! [`diff`] names the line), a title or a code given twice
//! ([`Change::Ambiguous`]).
//!
//! # Example
//! ```
//! use gwerr_core::document;
//!
//! let text = "1. Errors\nError code | HTTP status code | Message |\nE1 | 400 | Bad | |\n";
//! let tables = document::parse(text);
//! assert_eq!(tables[0].title, "1. Errors");
//! assert_eq!(tables[0].rows[0], ["E1", "400", "Bad", ""]);
//! ```

// The macro's case rules (a link to gwerr-codegen's `case.rs`), so that
// a name the importer writes is the one the macro derives.
mod case;
mod diff;
mod import;
mod index;
#[cfg(feature = "json")]
pub(crate) mod openapi;
mod patch;
mod render;
mod semver;
mod source;
mod tables;

pub use diff::{diff, Change};
pub use import::{import, Import};
pub use index::{index, Page};
#[cfg(feature = "json")]
pub use openapi::openapi;
pub use patch::{patch, Patch};
pub use render::{render, render_markdown, render_titled, row_cells};
pub use semver::{impact, verdict, Bump, Impact, Verdict};
pub use tables::{
    cells, is_markdown, line, markdown_line, parse, parse_any, parse_markdown, DocTable,
};
