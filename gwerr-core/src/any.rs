//! One type for an error, or a code, of any of the gateway's families.

use std::borrow::Cow;
use std::error::Error;
use std::fmt::{self, Display};

use http::StatusCode;

use crate::{
    ClassicError, ClassicErrorCode, CommonError, CommonErrorCode, Family, ManagementError,
    ManagementErrorCode, Row, VpcError, VpcErrorCode,
};

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
    /// A gateway of the VPC type.
    Vpc(VpcError),
    /// A gateway of the classic network type.
    Classic(ClassicError),
    /// The management API.
    Management(ManagementError),
    /// The errors common to Alibaba Cloud APIs.
    Common(CommonError),
}

/// The code of any family this crate declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnyCode {
    /// A gateway of the VPC type.
    Vpc(VpcErrorCode),
    /// A gateway of the classic network type.
    Classic(ClassicErrorCode),
    /// The management API.
    Management(ManagementErrorCode),
    /// The errors common to Alibaba Cloud APIs.
    Common(CommonErrorCode),
}

macro_rules! each {
    ($value:expr, $inner:ident => $body:expr) => {
        match $value {
            Self::Vpc($inner) => $body,
            Self::Classic($inner) => $body,
            Self::Management($inner) => $body,
            Self::Common($inner) => $body,
        }
    };
}

impl AnyError {
    /// The error's code.
    pub fn code(&self) -> AnyCode {
        match self {
            AnyError::Vpc(e) => AnyCode::Vpc(e.code()),
            AnyError::Classic(e) => AnyCode::Classic(e.code()),
            AnyError::Management(e) => AnyCode::Management(e.code()),
            AnyError::Common(e) => AnyCode::Common(e.code()),
        }
    }

    /// The code as sent on the wire.
    pub fn wire_code(&self) -> Cow<'static, str> {
        each!(self, e => e.wire_code())
    }

    /// The documented HTTP status.
    pub fn status(&self) -> StatusCode {
        self.code().row().status
    }

    /// Whether a caller may retry (see [`Row::retryable`]).
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

    /// The code's family.
    pub fn family(self) -> &'static Family {
        match self {
            AnyCode::Vpc(_) => VpcErrorCode::FAMILY,
            AnyCode::Classic(_) => ClassicErrorCode::FAMILY,
            AnyCode::Management(_) => ManagementErrorCode::FAMILY,
            AnyCode::Common(_) => CommonErrorCode::FAMILY,
        }
    }
}

impl Display for AnyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.row().code.text)
    }
}

macro_rules! from {
    ($($variant:ident($error:ty, $code:ty)),*) => {$(
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
    )*};
}

from!(
    Vpc(VpcError, VpcErrorCode),
    Classic(ClassicError, ClassicErrorCode),
    Management(ManagementError, ManagementErrorCode),
    Common(CommonError, CommonErrorCode)
);

#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for AnyError {
    fn into_response(self) -> axum_core::response::Response {
        each!(self, e => axum_core::response::IntoResponse::into_response(e))
    }
}
