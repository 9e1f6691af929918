use std::error::Error;
use std::fmt::{self, Display};

/// The error of parsing a code that no row of the family has.
///
/// It keeps the input, so that the caller can still log or forward it.
///
/// # Example
/// ```
/// use gwerr_core::VpcErrorCode;
///
/// let err = "I999ZZ".parse::<VpcErrorCode>().unwrap_err();
/// assert_eq!(err.input(), "I999ZZ");
/// assert_eq!(err.to_string(), "unknown error code `I999ZZ`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    input: String,
}

impl UnknownCode {
    /// An error for `input`.
    pub fn new(input: &str) -> Self {
        UnknownCode {
            input: input.to_owned(),
        }
    }

    /// The text that was not a known code.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Takes the text back.
    pub fn into_input(self) -> String {
        self.input
    }
}

impl Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code `{}`", self.input.escape_debug())
    }
}

impl Error for UnknownCode {}
