use std::error::Error;
use std::fmt::{self, Display};
use std::sync::Arc;

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
#[derive(Clone)]
pub struct UnknownCode {
    input: Input,
}

/// The input of an [`UnknownCode`]: short inputs (as codes are) stay
/// inline, so that reading an unknown code does not allocate.
#[derive(Clone)]
enum Input {
    Inline { len: u8, bytes: [u8; Input::INLINE] },
    Heap(Box<str>),
}

impl Input {
    const INLINE: usize = 30;
}

impl UnknownCode {
    /// An error for `input`.
    pub fn new(input: &str) -> Self {
        let input = match u8::try_from(input.len()) {
            Ok(len) if input.len() <= Input::INLINE => {
                let mut bytes = [0; Input::INLINE];
                bytes[..input.len()].copy_from_slice(input.as_bytes());
                Input::Inline { len, bytes }
            }
            _ => Input::Heap(input.into()),
        };
        UnknownCode { input }
    }

    /// The text that was not a known code.
    pub fn input(&self) -> &str {
        match &self.input {
            // The bytes were copied from a `str`, whole.
            Input::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Input::Heap(text) => text,
        }
    }

    /// Takes the text back.
    pub fn into_input(self) -> String {
        match self.input {
            Input::Heap(text) => text.into(),
            Input::Inline { .. } => self.input().to_owned(),
        }
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("input", &self.input())
            .finish()
    }
}

impl PartialEq for UnknownCode {
    fn eq(&self, other: &Self) -> bool {
        self.input() == other.input()
    }
}

impl Eq for UnknownCode {}

impl std::hash::Hash for UnknownCode {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.input().hash(state);
    }
}

impl Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code `{}`", self.input().escape_debug())
    }
}

impl Error for UnknownCode {}

/// The error of building a typed error from the text of its fields
/// ([`ErrorFamily::from_fields`](crate::ErrorFamily::from_fields)).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum FieldError {
    /// The row has `expected` fields but `found` texts were given.
    #[non_exhaustive]
    Count {
        /// The row's code.
        code: &'static str,
        /// How many fields the row has.
        expected: usize,
        /// How many texts were given.
        found: usize,
    },
    /// A text did not parse as its field's type.
    #[non_exhaustive]
    Parse {
        /// The row's code.
        code: &'static str,
        /// The field's name.
        field: &'static str,
        /// The field's type.
        ty: &'static str,
        /// The text.
        input: String,
        /// The error of the type's `FromStr`, which
        /// [`source`](Error::source) returns.
        source: Arc<dyn Error + Send + Sync + 'static>,
    },
}

/// Two field errors are equal when they say the same thing of the same
/// text; the type's own errors are not compared (they need not be `Eq`).
impl PartialEq for FieldError {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (
                FieldError::Count {
                    code,
                    expected,
                    found,
                },
                FieldError::Count {
                    code: code2,
                    expected: expected2,
                    found: found2,
                },
            ) => (code, expected, found) == (code2, expected2, found2),
            (
                FieldError::Parse {
                    code,
                    field,
                    ty,
                    input,
                    ..
                },
                FieldError::Parse {
                    code: code2,
                    field: field2,
                    ty: ty2,
                    input: input2,
                    ..
                },
            ) => (code, field, ty, input) == (code2, field2, ty2, input2),
            _ => false,
        }
    }
}

impl Eq for FieldError {}

impl FieldError {
    /// A row with `expected` fields was given `found` texts.
    pub(crate) fn count(code: &'static str, expected: usize, found: usize) -> Self {
        FieldError::Count {
            code,
            expected,
            found,
        }
    }

    /// The text `input` of a field did not parse.
    pub(crate) fn parse(
        code: &'static str,
        field: &'static str,
        ty: &'static str,
        input: &str,
        source: Box<dyn Error + Send + Sync + 'static>,
    ) -> Self {
        FieldError::Parse {
            code,
            field,
            ty,
            input: input.to_owned(),
            source: Arc::from(source),
        }
    }
}

impl Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Count {
                code,
                expected,
                found,
            } => write!(f, "`{code}` has {expected} field(s), {found} given"),
            FieldError::Parse {
                code,
                field,
                ty,
                input,
                ..
            } => write!(
                f,
                "field `{field}` of `{code}` is not a valid {ty}: {:?}",
                input
            ),
        }
    }
}

impl Error for FieldError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            FieldError::Parse { source, .. } => Some(&**source),
            FieldError::Count { .. } => None,
        }
    }
}
