//! What a newer document means for the crate that declares its families:
//! each change's release, and the highest.

use std::fmt::{self, Display};

use super::diff::Change;
use super::import::renames_in_role;
use super::source::{self, Syntax};
use crate::{ColumnKind, Family};

/// The release a change asks for, under Cargo's semver rules for the
/// crate that declares the family: the least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    /// Nothing to release: a row deprecated earlier stays gone.
    None,
    /// A patch release: a text reworded with the same placeholders, a
    /// column renamed in its role.
    Patch,
    /// A minor release: a row added to a `#[non_exhaustive]` family, a
    /// row deprecated.
    Minor,
    /// A major release: a placeholder added, removed or renamed (a
    /// variant's fields), a code changed, a row added to an exhaustive
    /// family.
    Major,
}

impl Bump {
    /// `none`, `patch`, `minor` or `major`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

impl Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What one change means: its release, whether it changes the API's
/// contract whatever the release (a status), whether a person must look
/// at it, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Impact {
    /// The release it asks for.
    pub bump: Bump,
    /// Whether it changes what the service answers (a status): a change
    /// of the API's contract, whatever the release says.
    pub contract: bool,
    /// Whether a person must decide what it means (a header, a line
    /// inside a table, a text whose placeholders do not read).
    pub review: bool,
    /// Why, in a few words.
    pub reason: &'static str,
}

impl Impact {
    const fn new(bump: Bump, reason: &'static str) -> Impact {
        Impact {
            bump,
            contract: false,
            review: false,
            reason,
        }
    }

    const fn reviewed(mut self) -> Impact {
        self.review = true;
        self
    }
}

impl Display for Impact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.bump, self.reason)?;
        if self.contract {
            f.write_str("; the API's contract changes")?;
        }
        if self.review {
            f.write_str("; review it")?;
        }
        Ok(())
    }
}

/// What a change of [`diff`](super::diff) means for the crate declaring
/// `families` (the families whose tables were compared): a text reworded
/// with the same placeholders is a patch; a row added to a family whose
/// enums are both `#[non_exhaustive]`, or a row gone (deprecated, never
/// deleted, and still read) is minor; a placeholder added, removed or
/// renamed (the variant's fields), a code changed, a row added to an
/// exhaustive family, or a row gone from a table declared from a file
/// (whose rows are the file's) is major. A status changed is a patch of the crate
/// and a change of the API's contract ([`Impact::contract`]). A message's
/// placeholders are read with the family's own syntaxes
/// ([`Family::placeholders`]).
///
/// # Example
/// ```
/// use gwerr_core::{document, VpcErrorCode};
///
/// let vpc = VpcErrorCode::FAMILY;
/// let newer = document::render_titled(vpc.tables)
///     .replace("Invalid Stage |", "Invalid Stage `${Stage}` |");
/// let changes = document::diff(vpc.tables, &document::parse(&newer));
/// let impact = document::impact(&[vpc], &changes[0]);
/// assert_eq!(impact.bump, document::Bump::Major);
/// assert_eq!(impact.reason, "a placeholder added, removed or renamed: the variant's fields change");
/// ```
pub fn impact(families: &[&Family], change: &Change) -> Impact {
    let family_of = |title: &str| {
        families
            .iter()
            .find_map(|family| Some((*family, family.tables.iter().find(|t| t.title == title)?)))
    };
    match change {
        Change::TableAdded { .. } => Impact::new(
            Bump::Minor,
            "a table added: a family of its own, or rows added",
        )
        .reviewed(),
        Change::TableRemoved { title } | Change::RowRemoved { title, .. }
            if family_of(title).is_some_and(|(_, table)| table.from_file) =>
        {
            Impact::new(
                Bump::Major,
                "a row gone from a table declared from a file: its variant goes with it",
            )
        }
        Change::TableRemoved { .. } => {
            Impact::new(Bump::Minor, "a table gone: its rows deprecated, still read")
        }
        Change::HeaderChanged { title, new, .. }
            if family_of(title).is_some_and(|(_, table)| renames_in_role(table.columns, new)) =>
        {
            Impact::new(Bump::Patch, "a column renamed, its role kept")
        }
        Change::HeaderChanged { .. } => Impact::new(Bump::Minor, "the columns changed").reviewed(),
        Change::Ambiguous { .. } => Impact::new(Bump::None, "the document is ambiguous").reviewed(),
        Change::RowDeprecated { .. } => Impact::new(Bump::None, "a deprecated row stays gone"),
        Change::RowRemoved { .. } => Impact::new(Bump::Minor, "a row gone: deprecated, still read"),
        Change::CodeChanged { .. } => Impact::new(
            Bump::Major,
            "a code changed: its variant and what reads it change",
        ),
        Change::RowAdded { title, .. } => match family_of(title) {
            Some((family, _)) if !family.exhaustive => {
                Impact::new(Bump::Minor, "a row added to a non-exhaustive family")
            }
            Some(_) => Impact::new(
                Bump::Major,
                "a row added to an exhaustive family: a match on it no longer covers it",
            ),
            None => {
                Impact::new(Bump::Major, "a row added to a table of no family given").reviewed()
            }
        },
        Change::CellChanged {
            title,
            column,
            old,
            new,
            ..
        } => {
            let Some((family, table)) = family_of(title) else {
                return Impact::new(Bump::Patch, "a cell of a table of no family given").reviewed();
            };
            let kind = table
                .columns
                .iter()
                .find(|c| c.title == column)
                .map(|c| c.kind);
            match kind {
                Some(ColumnKind::Status) => Impact {
                    contract: true,
                    ..Impact::new(Bump::Patch, "a status changed")
                },
                Some(ColumnKind::Message) => message_change(family, old, new),
                Some(ColumnKind::Code) => Impact::new(
                    Bump::Major,
                    "a code changed: its variant and what reads it change",
                ),
                Some(_) => Impact::new(Bump::Patch, "a text reworded"),
                None => Impact::new(Bump::None, "a row's cells do not line up with the header")
                    .reviewed(),
            }
        }
    }
}

/// A message reworded: a patch when its placeholders are the same (by
/// name; `%s` by count), else the variant's fields change.
fn message_change(family: &Family, old: &str, new: &str) -> Impact {
    let syntaxes: Vec<Syntax> = family
        .placeholders
        .iter()
        .filter_map(|s| Syntax::new(s))
        .collect();
    let fields = |text: &str| {
        source::placeholders(text, &syntaxes).map(|found| {
            let mut names: Vec<String> = found
                .into_iter()
                .enumerate()
                .map(|(n, f)| f.name.unwrap_or_else(|| format!("%s {n}")))
                .collect();
            names.sort_unstable();
            names.dedup();
            names
        })
    };
    match (fields(old), fields(new)) {
        (Ok(old), Ok(new)) if old == new => {
            Impact::new(Bump::Patch, "a message reworded with the same placeholders")
        }
        (Ok(_), Ok(_)) => Impact::new(
            Bump::Major,
            "a placeholder added, removed or renamed: the variant's fields change",
        ),
        _ => Impact::new(Bump::Major, "a message whose placeholders do not read").reviewed(),
    }
}

/// The highest release of all `changes`, whether any changes the API's
/// contract or asks for a person, and why: the reasons of the changes
/// that decide the release.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Verdict {
    /// The highest release.
    pub bump: Bump,
    /// Whether any change changes the API's contract (a status).
    pub contract: bool,
    /// Whether any change asks for a person.
    pub review: bool,
    /// The reasons of the changes whose release is the highest, each once.
    pub reasons: Vec<&'static str>,
}

/// The [`Verdict`] on all of `changes`.
///
/// # Example
/// ```
/// use gwerr_core::{document, VpcErrorCode};
///
/// let vpc = VpcErrorCode::FAMILY;
/// let newer = document::render_titled(vpc.tables).replace("I413RL | 413 |", "I413RL | 400 |");
/// let changes = document::diff(vpc.tables, &document::parse(&newer));
/// let verdict = document::verdict(&[vpc], &changes);
/// assert_eq!(verdict.to_string(), "patch (a status changed); the API's contract changes");
/// ```
pub fn verdict(families: &[&Family], changes: &[Change]) -> Verdict {
    let mut verdict = Verdict {
        bump: Bump::None,
        contract: false,
        review: false,
        reasons: Vec::new(),
    };
    for change in changes {
        let impact = impact(families, change);
        verdict.contract |= impact.contract;
        verdict.review |= impact.review;
        if impact.bump > verdict.bump {
            verdict.bump = impact.bump;
            verdict.reasons.clear();
        }
        if impact.bump == verdict.bump && !verdict.reasons.contains(&impact.reason) {
            verdict.reasons.push(impact.reason);
        }
    }
    verdict
}

impl Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.bump)?;
        if !self.reasons.is_empty() {
            write!(f, " ({})", self.reasons.join("; "))?;
        }
        if self.contract {
            f.write_str("; the API's contract changes")?;
        }
        if self.review {
            f.write_str("; some changes need review")?;
        }
        Ok(())
    }
}
