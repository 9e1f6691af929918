use std::borrow::Cow;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use http::StatusCode;

use crate::{Family, FieldError, Retry, Row, UnknownCode};

/// The fieldless code enum of a family, one variant per row (like
/// [`std::io::ErrorKind`]). `error_table!` implements it; each method is
/// also an inherent `const fn` of the enum.
///
/// # Example
/// ```
/// use gwerr_core::{ErrorCode, VpcErrorCode};
///
/// fn describe<C: ErrorCode>(code: &str) -> Option<(u16, &'static str)> {
///     let code: C = code.parse().ok()?;
///     Some((code.status().as_u16(), code.message_template()))
/// }
///
/// assert_eq!(
///     describe::<VpcErrorCode>("I404NF"),
///     Some((404, "API not found ${Reason}"))
/// );
/// ```
pub trait ErrorCode:
    Copy + Eq + Ord + Hash + Debug + Display + FromStr<Err = UnknownCode> + 'static
{
    /// The family's tables.
    const FAMILY: &'static Family;
    /// Every code, in table order.
    const ALL: &'static [Self];

    /// The code's row.
    fn row(self) -> &'static Row;

    /// The code as documented (`I400HD`; `Missing%s` for a templated code).
    fn as_str(self) -> &'static str {
        self.row().code.text
    }

    /// The documented HTTP status.
    fn status(self) -> StatusCode {
        self.row().status
    }

    /// The documented message template.
    fn message_template(self) -> &'static str {
        self.row().message.text
    }

    /// The documented description, empty where the docs give none.
    fn description(self) -> &'static str {
        self.row().description
    }

    /// Whether, and how, a caller may retry (see [`Row::retry`]).
    fn retry(self) -> Retry {
        self.row().retry
    }

    /// Whether a caller may retry at all.
    fn is_retryable(self) -> bool {
        self.row().retryable
    }
}

/// The typed error enum of a family: one variant per row, one field per
/// placeholder. `error_table!` implements it.
///
/// # Example
/// ```
/// use gwerr_core::{ErrorFamily, VpcError};
///
/// fn log_line<E: ErrorFamily>(error: &E) -> String {
///     format!("{} {} {}", error.status().as_u16(), error.wire_code(), error)
/// }
///
/// let error = VpcError::MissingHeader { header_name: "X-Ca-Key".into() };
/// assert_eq!(log_line(&error), "400 I400MH Header `X-Ca-Key` is Required");
/// ```
pub trait ErrorFamily: std::error::Error + Clone + Eq + 'static {
    /// The family's code enum.
    type Code: ErrorCode;

    /// The code of this error's row.
    fn code(&self) -> Self::Code;

    /// Builds the error of `code`'s row from the text of each of its fields,
    /// in the order of [`Row::fields`], each parsed with its type's `FromStr`.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{ErrorFamily, VpcError, VpcErrorCode};
    ///
    /// let error = VpcError::from_fields(VpcErrorCode::CrossOriginApiNotFound, &["GET", "/a"]);
    /// assert_eq!(
    ///     error,
    ///     Ok(VpcError::CrossOriginApiNotFound { method: http::Method::GET, path: "/a".into() })
    /// );
    /// assert!(VpcError::from_fields(VpcErrorCode::CrossOriginApiNotFound, &["GET"]).is_err());
    /// ```
    fn from_fields(code: Self::Code, fields: &[&str]) -> Result<Self, FieldError>;

    /// The code as sent on the wire: the documented code, with the fields
    /// filled in for a templated code (`MissingAppId` for `Missing%s`).
    fn wire_code(&self) -> Cow<'static, str>;

    /// The documented HTTP status.
    fn status(&self) -> StatusCode {
        self.code().status()
    }

    /// Whether, and how, a caller may retry (see [`Row::retry`]).
    fn retry(&self) -> Retry {
        self.code().retry()
    }

    /// Whether a caller may retry at all.
    fn is_retryable(&self) -> bool {
        self.code().is_retryable()
    }

    /// The retry advice the family declares for a response of `status`
    /// that no row names (`advice = { 502: transient };`); `None` where it
    /// declares none, and the advice comes from its rows of that status
    /// ([`TypedError::advice_for`](crate::TypedError::advice_for)).
    fn declared_advice(status: StatusCode) -> Option<Retry> {
        let _ = status;
        None
    }

    /// Where the family's service sends its errors: the family's
    /// `convention = PATH;` option (the path of a `const`), else the
    /// gateway's `X-Ca-Error-*` headers. The `axum` feature answers in it.
    fn convention() -> &'static crate::wire::Convention {
        static GATEWAY: crate::wire::Convention = crate::wire::Convention::GATEWAY;
        &GATEWAY
    }
}
