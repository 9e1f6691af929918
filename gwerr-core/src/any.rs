//! One type for an error, or a code, of any of the gateway's families,
//! generated from the one list of families (`with_gateway_families!`).

use std::borrow::Cow;
use std::error::Error;
use std::fmt::{self, Display};

use http::StatusCode;

use crate::{
    ClassicError, ClassicErrorCode, CommonError, CommonErrorCode, Family, ManagementError,
    ManagementErrorCode, Retry, Row, VpcError, VpcErrorCode,
};

macro_rules! any_types {
    ($($(#[$doc:meta])* $variant:ident($error:ident, $code:ident, message_only: $message_only:literal),)*) => {
        /// A typed error of any family this crate declares.
        ///
        /// # Example
        /// ```
        /// use gwerr_core::{AnyError, ClassicError};
        ///
        /// let error = AnyError::from(ClassicError::ThrottledByAppFlowControl);
        /// assert_eq!(error.wire_code(), "Throttled by APP Flow Control");
        /// assert_eq!(error.status().as_u16(), 403);
        /// assert_eq!(error.family().name, "ClassicError");
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum AnyError {
            $($(#[$doc])* $variant($error),)*
        }

        /// The code of any family this crate declares.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum AnyCode {
            $($(#[$doc])* $variant($code),)*
        }

        /// Applies `$body` to the error or code inside, whatever its family.
        macro_rules! each {
            ($value:expr, $inner:ident => $body:expr) => {
                match $value {
                    $(Self::$variant($inner) => $body,)*
                }
            };
        }

        impl AnyError {
            /// The error's code.
            pub fn code(&self) -> AnyCode {
                match self {
                    $(AnyError::$variant(e) => AnyCode::$variant(e.code()),)*
                }
            }
        }

        impl AnyCode {
            /// The code's family.
            pub fn family(self) -> &'static Family {
                match self {
                    $(AnyCode::$variant(_) => $code::FAMILY,)*
                }
            }
        }

        $(
            impl From<$error> for AnyError {
                fn from(error: $error) -> Self {
                    AnyError::$variant(error)
                }
            }

            impl From<$code> for AnyCode {
                fn from(code: $code) -> Self {
                    AnyCode::$variant(code)
                }
            }
        )*
    };
}

with_gateway_families!(any_types);

impl AnyError {
    /// The code as sent on the wire.
    pub fn wire_code(&self) -> Cow<'static, str> {
        each!(self, e => e.wire_code())
    }

    /// The documented HTTP status.
    pub fn status(&self) -> StatusCode {
        self.code().row().status
    }

    /// Whether, and how, a caller may retry (see [`Row::retry`]).
    pub fn retry(&self) -> Retry {
        self.code().row().retry
    }

    /// Whether a caller may retry at all.
    pub fn is_retryable(&self) -> bool {
        self.code().row().retryable
    }

    /// The family's tables.
    pub fn family(&self) -> &'static Family {
        self.code().family()
    }
}

impl Display for AnyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        each!(self, e => Display::fmt(e, f))
    }
}

impl Error for AnyError {}

impl AnyCode {
    /// The code's row.
    pub fn row(self) -> &'static Row {
        each!(self, c => c.row())
    }
}

impl Display for AnyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.row().code.text)
    }
}

#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for AnyError {
    fn into_response(self) -> axum_core::response::Response {
        each!(self, e => axum_core::response::IntoResponse::into_response(e))
    }
}
