//! The `miette` feature: `miette::Diagnostic` for [`Error`] here, and for
//! every family through the expansion, which calls the row's answers
//! written once below. Each answer allocates only the box that miette's
//! signatures ask for.

use std::fmt::Display;

use miette::{Diagnostic, Severity};

use crate::carrier::TypedError;
use crate::{Error, Family, Row};

/// The row's code as documented: a templated row's template
/// (`Missing{ParameterName}`), so that a code names a row, not an instance.
pub fn code(row: &'static Row) -> Option<Box<dyn Display>> {
    Some(Box::new(row.code.text))
}

/// The row's solution, else its description; none when both are empty.
pub fn help(row: &'static Row) -> Option<Box<dyn Display>> {
    let text = if row.solution.is_empty() {
        row.description
    } else {
        row.solution
    };
    (!text.is_empty()).then(|| Box::new(text) as Box<dyn Display>)
}

/// The page of the row's code, from the family's `url` option.
pub fn url(family: &'static Family, row: &'static Row) -> Option<Box<dyn Display>> {
    family
        .code_url(row.code.text)
        .map(|url| Box::new(url) as Box<dyn Display>)
}

/// A typed error answers from its row; an error no row describes (the
/// backend's, an unrecognised response) gives the code it received, and no
/// help or page.
///
/// # Example
/// ```
/// use gwerr_core::{Error, VpcError};
/// use miette::Diagnostic;
///
/// let error = Error::new(VpcError::LoopDetected);
/// assert_eq!(error.code().unwrap().to_string(), "I508LD");
/// assert_eq!(
///     error.help().unwrap().to_string(),
///     "The error message returned because a loopback call is detected."
/// );
/// ```
impl<E: TypedError> Diagnostic for Error<E> {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        match self.typed() {
            Some(error) => code(error.row()),
            None => Error::code(self).map(|code| Box::new(code) as Box<dyn Display + 'a>),
        }
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        help(self.typed()?.row())
    }

    fn url<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        let error = self.typed()?;
        url(error.family(), error.row())
    }

    fn severity(&self) -> Option<Severity> {
        Some(Severity::Error)
    }
}
