//! RFC 9457 problem details (`application/problem+json`), written from a
//! typed error and read back through [`PROBLEM_JSON`], a convention like
//! any other.

use http::header::{HeaderValue, CONTENT_TYPE};
use http::Response;
use serde::Serialize;
use serde_json::{Map, Value};

use std::borrow::Cow;

use http::StatusCode;

use super::{Convention, Place};
use crate::carrier::TypedError;
use crate::meta::{Family, Row};
use crate::{Error, ErrorCode, ErrorFamily};

/// The media type of a problem object.
pub const PROBLEM_JSON_TYPE: &str = "application/problem+json";

/// Where a problem object holds what a reader needs: the code in the
/// `code` member, the message in `detail`, the request id in
/// `request_id`. [`check_response`](super::check_response) reads a typed
/// error from it (the code picks the row, `detail` gives the fields
/// through the template); a family whose `convention` is this one
/// answers in problem+json with the `axum` feature.
pub const PROBLEM_JSON: Convention = Convention::at(
    Place::Json(&["code"]),
    Place::Json(&["detail"]),
    Place::Json(&["request_id"]),
);

/// The problem object of an error, as RFC 9457 writes one:
///
/// | member | value |
/// |---|---|
/// | `type` | the page of the code, from the family's `url` option; else `tag:gwerr,2026:Family/CODE`, the code percent-encoded (a templated row's template) |
/// | `title` | the row's message template |
/// | `status` | the row's status |
/// | `detail` | the message |
/// | `instance` | `instance`, when given |
/// | `code` | the code as sent (a templated code filled in) |
/// | `fields` | each placeholder's value, typed as declared: integers as JSON numbers, `bool` as a boolean, anything else a string |
/// | `request_id` | `request_id`, when given |
/// | `retry` | the retry advice: `never`, `throttled` or `transient` |
///
/// The fields are one member of their own, so that no placeholder's name
/// can take the place of a member of the problem's.
///
/// # Example
/// ```
/// use gwerr_core::wire;
/// use gwerr_core::VpcError;
///
/// let error = VpcError::MissingHeader { header_name: "X-Ca-Key".into() };
/// let problem: serde_json::Value = serde_json::from_slice(&wire::problem_json(&error, None, Some("5F0C-17"))).unwrap();
/// assert_eq!(problem["type"], "tag:gwerr,2026:VpcError/I400MH");
/// assert_eq!(problem["status"], 400);
/// assert_eq!(problem["detail"], "Header `X-Ca-Key` is Required");
/// assert_eq!(problem["fields"]["header_name"], "X-Ca-Key");
/// ```
pub fn problem_json<E: ErrorFamily + Serialize>(
    error: &E,
    instance: Option<&str>,
    request_id: Option<&str>,
) -> Vec<u8> {
    let row = error.code().row();
    let family = <E::Code as ErrorCode>::FAMILY;
    let problem = Problem {
        row: Some((family, row)),
        status: error.status(),
        detail: Some(error.to_string()),
        code: Some(error.wire_code().into_owned()),
        fields: fields_of(error),
        instance,
        request_id,
    };
    problem.into_json()
}

/// The `fields` object of an error's serialization: a family error's own,
/// or the one inside `AnyError`'s `error`.
fn fields_of(error: &impl Serialize) -> Option<Map<String, Value>> {
    let mut value = serde_json::to_value(error).ok()?;
    let fields = match value.get_mut("fields") {
        Some(fields) => fields.take(),
        None => value.get_mut("error")?.get_mut("fields")?.take(),
    };
    match fields {
        Value::Object(fields) => Some(fields),
        _ => None,
    }
}

/// What a problem object says, before it is written.
struct Problem<'a> {
    row: Option<(&'static Family, &'static Row)>,
    status: StatusCode,
    detail: Option<String>,
    code: Option<String>,
    fields: Option<Map<String, Value>>,
    instance: Option<&'a str>,
    request_id: Option<&'a str>,
}

impl Problem<'_> {
    fn into_json(self) -> Vec<u8> {
        let mut problem = Map::new();
        match self.row {
            Some((family, row)) => {
                problem.insert("type".into(), family.problem_type(row.code.text).into());
                problem.insert("title".into(), row.message.text.into());
            }
            // RFC 9457: no type beyond the status's own.
            None => {
                problem.insert("type".into(), "about:blank".into());
                let reason = self.status.canonical_reason().unwrap_or("");
                problem.insert("title".into(), reason.into());
            }
        }
        problem.insert("status".into(), self.status.as_u16().into());
        if let Some(detail) = self.detail {
            problem.insert("detail".into(), detail.into());
        }
        if let Some(instance) = self.instance {
            problem.insert("instance".into(), instance.into());
        }
        if let Some(code) = self.code {
            problem.insert("code".into(), code.into());
        }
        if let (Some(fields), Some((_, row))) = (self.fields, self.row) {
            let typed = fields
                .into_iter()
                .map(|(name, text)| {
                    let ty = row
                        .fields
                        .iter()
                        .find(|f| f.name == name)
                        .map_or("", |f| f.ty);
                    (name, typed(ty, text))
                })
                .collect::<Map<String, Value>>();
            problem.insert("fields".into(), Value::Object(typed));
        }
        if let Some(id) = self.request_id {
            problem.insert("request_id".into(), id.into());
        }
        if let Some((_, row)) = self.row {
            problem.insert("retry".into(), row.retry.as_str().into());
        }
        serde_json::to_vec(&Value::Object(problem)).unwrap_or_default()
    }
}

impl<E: TypedError + Serialize> Error<E> {
    /// The problem object of the error, as [`problem_json`] writes a typed
    /// error's, from what was received: the status received, the message
    /// received (else the typed error's), the code received, the request
    /// id. An error no row describes is `type: about:blank`, titled by its
    /// status.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{Error, VpcError};
    ///
    /// let error = Error::new(VpcError::LoopDetected).with_request_id("r-1");
    /// let problem: serde_json::Value = serde_json::from_slice(&error.problem_json(None)).unwrap();
    /// assert_eq!(problem["code"], "I508LD");
    /// assert_eq!(problem["status"], 508);
    /// assert_eq!(problem["request_id"], "r-1");
    /// ```
    pub fn problem_json(&self, instance: Option<&str>) -> Vec<u8> {
        let typed = self.typed();
        let request_id = self.request_id();
        let received = self.received().and_then(crate::Received::message);
        let problem = Problem {
            row: typed.map(|error| (error.family(), error.row())),
            status: self.status(),
            detail: received
                .map(Cow::into_owned)
                .or_else(|| typed.map(ToString::to_string)),
            code: self.code().map(Cow::into_owned),
            fields: typed.and_then(fields_of),
            instance,
            request_id: request_id.as_deref(),
        };
        problem.into_json()
    }
}

/// A field's text as the JSON value of its declared type
/// ([`json_type`](crate::document::openapi::json_type)): a number, a
/// boolean, or the text.
fn typed(ty: &str, text: Value) -> Value {
    let Value::String(text) = text else {
        return text;
    };
    let value = match crate::document::openapi::json_type(ty) {
        "integer" => serde_json::from_str::<serde_json::Number>(&text)
            .ok()
            .map(Value::Number),
        "boolean" => text.parse::<bool>().ok().map(Value::Bool),
        _ => None,
    };
    value.unwrap_or(Value::String(text))
}

/// The response of an error as a problem object ([`problem_json`]), with
/// its status and `Content-Type: application/problem+json`.
///
/// # Example
/// ```
/// use gwerr_core::{wire, VpcError};
///
/// let error = VpcError::LoopDetected;
/// let response: http::Response<Vec<u8>> = wire::problem_response(&error, None, None);
/// assert_eq!(response.status().as_u16(), 508);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// let read = wire::check_response::<VpcError, _>(&wire::PROBLEM_JSON, &response).unwrap_err();
/// assert_eq!(read.typed(), Some(&error));
/// ```
pub fn problem_response<E: ErrorFamily + Serialize, B: From<Vec<u8>>>(
    error: &E,
    instance: Option<&str>,
    request_id: Option<&str>,
) -> Response<B> {
    let mut response = Response::new(B::from(problem_json(error, instance, request_id)));
    *response.status_mut() = error.status();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON_TYPE));
    response
}

/// The error a problem object's `fields` member gives for `code`: the row
/// the code names, of the status received where the code is on several
/// rows, each field read from its member (a string, or a number or boolean
/// as the text it writes). `None` where the object has no such member, a
/// field is missing, or the values do not make the code.
pub(super) fn from_members<F: ErrorFamily>(
    body: &[u8],
    code: &str,
    status: http::StatusCode,
) -> Option<F> {
    let problem: Value = serde_json::from_slice(body).ok()?;
    let fields = problem.get("fields")?.as_object()?;
    let rows = <F::Code as ErrorCode>::ALL
        .iter()
        .copied()
        .filter(|candidate| {
            let row = candidate.row();
            (row.code.text == code || row.code.captured(code).is_some())
                && (!row.code_repeats || row.status == status)
        });
    for candidate in rows {
        let Some(texts) = member_texts(fields, candidate.row()) else {
            continue;
        };
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        if let Ok(error) = F::from_fields(candidate, &texts) {
            if error.wire_code() == code {
                return Some(error);
            }
        }
    }
    None
}

/// The row a problem object's `type` names, for an object without a
/// `code` member: the family's `url` with the code in it, or the
/// `tag:gwerr,2026:Family/CODE` this crate writes; the code read back from
/// it percent-decoded, a templated row's template.
pub(super) fn from_type<F: ErrorFamily>(body: &[u8], status: http::StatusCode) -> Option<F> {
    let problem: Value = serde_json::from_slice(body).ok()?;
    let kind = problem.get("type")?.as_str()?;
    let family = <F::Code as ErrorCode>::FAMILY;
    let encoded = match family.url.and_then(|url| url.split_once("{code}")) {
        Some((before, after)) => kind.strip_prefix(before)?.strip_suffix(after)?,
        None => kind
            .strip_prefix("tag:gwerr,2026:")?
            .strip_prefix(family.name)?
            .strip_prefix('/')?,
    };
    let code = super::decode(encoded.as_bytes());
    let candidate = <F::Code as ErrorCode>::ALL
        .iter()
        .copied()
        .find(|candidate| {
            let row = candidate.row();
            row.code.text == code && (!row.code_repeats || row.status == status)
        })?;
    let fields = problem.get("fields").and_then(Value::as_object)?;
    let texts = member_texts(fields, candidate.row())?;
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    F::from_fields(candidate, &texts).ok()
}

/// The text of each of a row's fields from a problem object's `fields`
/// member: a string as it is, a number or a boolean as the text it writes;
/// `None` where one is missing or of another kind.
fn member_texts(fields: &Map<String, Value>, row: &Row) -> Option<Vec<String>> {
    row.fields
        .iter()
        .map(|field| match fields.get(field.name)? {
            Value::String(text) => Some(text.clone()),
            value @ (Value::Number(_) | Value::Bool(_)) => Some(value.to_string()),
            _ => None,
        })
        .collect()
}
