//! The `serde` feature: what the expansion's `Serialize` and `Deserialize`
//! impls call, written once for every family.
//!
//! A typed error is a map: `code` (the code as sent on the wire), `status`,
//! `message`, and, for a row with fields, `fields`: a map of each field's
//! name to its text. The fields are nested so that no placeholder name can
//! repeat a key of the error's own. A code is its documented code string.

use std::collections::BTreeMap;
use std::fmt::{self, Display};
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::field::Field;
use crate::{ErrorCode, ErrorFamily};

/// Serializes a typed error as the module's docs describe.
pub fn serialize_error<E, S>(
    error: &E,
    serializer: S,
    fields: &[(&str, &dyn Field)],
) -> Result<S::Ok, S::Error>
where
    E: ErrorFamily,
    S: Serializer,
{
    let len = if fields.is_empty() { 3 } else { 4 };
    let mut map = serializer.serialize_map(Some(len))?;
    map.serialize_entry("code", &*error.wire_code())?;
    map.serialize_entry("status", &error.status().as_u16())?;
    map.serialize_entry("message", &Displayed(error))?;
    if !fields.is_empty() {
        map.serialize_entry("fields", &Fields(fields))?;
    }
    map.end()
}

/// Serializes a value as the string its `Display` writes.
struct Displayed<'a, T: ?Sized>(&'a T);

impl<T: Display + ?Sized> Serialize for Displayed<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// A row's fields, as a map of name to text.
struct Fields<'a>(&'a [(&'a str, &'a dyn Field)]);

impl Serialize for Fields<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, &Displayed(*value))?;
        }
        map.end()
    }
}

/// Deserializes a code from its code string: the documented code
/// (`Missing%s`), or a code as sent on the wire (`MissingAppId`).
pub fn deserialize_code<'de, C, D>(deserializer: D) -> Result<C, D::Error>
where
    C: ErrorCode,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(CodeVisitor(PhantomData))
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: ErrorCode> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a code of {}", C::FAMILY.name)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<C, E> {
        if let Some(code) = C::ALL.iter().find(|code| code.as_str() == text) {
            return Ok(*code);
        }
        text.parse().map_err(E::custom)
    }
}

/// Deserializes a typed error from what [`serialize_error`] writes. The
/// code names the row; the fields are parsed with their types' `FromStr`;
/// the status and message, when present, must be the ones the error has.
pub fn deserialize_error<'de, E, D>(deserializer: D) -> Result<E, D::Error>
where
    E: ErrorFamily,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(ErrorVisitor(PhantomData))
}

struct ErrorVisitor<E>(PhantomData<E>);

impl<'de, E: ErrorFamily> Visitor<'de> for ErrorVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a map of code, status, message and fields of {}",
            <E::Code as ErrorCode>::FAMILY.name
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<E, A::Error> {
        let mut code: Option<String> = None;
        let mut status: Option<u16> = None;
        let mut message: Option<String> = None;
        let mut fields: Option<BTreeMap<String, String>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Code => set(&mut code, map.next_value()?, "code")?,
                Key::Status => set(&mut status, map.next_value()?, "status")?,
                Key::Message => set(&mut message, map.next_value()?, "message")?,
                Key::Fields => set(&mut fields, map.next_value::<FieldMap>()?.0, "fields")?,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
        let fields = fields.unwrap_or_default();
        // The row the code reads as first, then any other row the code
        // names (a code on several rows, a template whose filled-in text
        // spells a fixed code): the first whose fields, status and message
        // agree is the error; else the first row's disagreement is said.
        let parsed: E::Code = code.parse().map_err(de::Error::custom)?;
        let others = <E::Code as ErrorCode>::ALL.iter().copied().filter(|other| {
            let row = other.row();
            *other != parsed
                && if row.code.is_fixed() {
                    row.code.text == code
                } else {
                    row.code.captured(&code).is_some()
                }
        });
        let mut first = None;
        for candidate in std::iter::once(parsed).chain(others) {
            match build::<E>(candidate, &code, status, message.as_deref(), &fields) {
                Ok(error) => return Ok(error),
                Err(why) => {
                    first.get_or_insert(why);
                }
            }
        }
        Err(de::Error::custom(first.unwrap_or_default()))
    }
}

/// The error of `code`'s row from the serialized values, or why they
/// disagree with it.
fn build<E: ErrorFamily>(
    parsed: E::Code,
    code: &str,
    status: Option<u16>,
    message: Option<&str>,
    fields: &BTreeMap<String, String>,
) -> Result<E, String> {
    let row = parsed.row();
    let mut values = Vec::with_capacity(row.fields.len());
    for field in row.fields {
        let value = fields
            .get(field.name)
            .ok_or_else(|| format!("missing field `{}`", field.name))?;
        values.push(value.as_str());
    }
    // A name the row has no field of is refused, never ignored: it says
    // the values are another row's.
    if let Some(unknown) = fields
        .keys()
        .find(|name| !row.fields.iter().any(|f| f.name == *name))
    {
        return Err(format!("`{code}` has no field `{unknown}`"));
    }
    let error = E::from_fields(parsed, &values).map_err(|e| e.to_string())?;
    if error.wire_code() != code {
        return Err(format!(
            "code `{code}` and fields disagree: they make `{}`",
            error.wire_code()
        ));
    }
    if let Some(status) = status.filter(|s| *s != error.status().as_u16()) {
        return Err(format!(
            "status {status} is not the status of `{code}`, {}",
            error.status().as_u16()
        ));
    }
    if let Some(message) = message.filter(|m| *m != error.to_string()) {
        return Err(format!(
            "message {message:?} is not what `{code}` with these fields says"
        ));
    }
    Ok(error)
}

/// Sets a key's value once: a repeated key is an error, not a silent
/// overwrite.
fn set<T, Err: de::Error>(slot: &mut Option<T>, value: T, key: &'static str) -> Result<(), Err> {
    if slot.is_some() {
        return Err(Err::duplicate_field(key));
    }
    *slot = Some(value);
    Ok(())
}

enum Key {
    Code,
    Status,
    Message,
    Fields,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "code" => Key::Code,
                    "status" => Key::Status,
                    "message" => Key::Message,
                    "fields" => Key::Fields,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The `fields` map, each name once.
struct FieldMap(BTreeMap<String, String>);

impl<'de> de::Deserialize<'de> for FieldMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldMapVisitor;
        impl<'de> Visitor<'de> for FieldMapVisitor {
            type Value = FieldMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of field names to their text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldMap, A::Error> {
                let mut fields = BTreeMap::new();
                while let Some((name, value)) = map.next_entry::<String, String>()? {
                    if fields.insert(name, value).is_some() {
                        return Err(de::Error::custom("a field is given twice"));
                    }
                }
                Ok(FieldMap(fields))
            }
        }
        deserializer.deserialize_map(FieldMapVisitor)
    }
}

/// An [`Error`](crate::Error) as what was received and what it means: the
/// code (the typed error's as sent, else the one received), the status
/// received (else the documented one), the message received (else the
/// typed error's), the request id, and the typed error itself where there
/// is one (its own code, documented status, message and fields). Keys
/// without a value are left out.
///
/// # Example
/// ```
/// # #[cfg(feature = "json")] {
/// use gwerr_core::{Error, VpcError};
///
/// let error = Error::new(VpcError::LoopDetected).with_request_id("r-1");
/// let json = serde_json::to_value(&error).unwrap();
/// assert_eq!(json["code"], "I508LD");
/// assert_eq!(json["status"], 508);
/// assert_eq!(json["request_id"], "r-1");
/// assert_eq!(json["error"]["message"], "Loop Detected");
/// # }
/// ```
impl<E> Serialize for crate::Error<E>
where
    E: crate::TypedError + Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let received = self.received();
        let code = self.code();
        let status = self.received_status().unwrap_or_else(|| self.status());
        let message = received.and_then(crate::Received::message);
        let request_id = self.request_id();
        let mut map = serializer.serialize_map(None)?;
        if let Some(code) = &code {
            map.serialize_entry("code", &**code)?;
        }
        map.serialize_entry("status", &status.as_u16())?;
        match (&message, self.typed()) {
            (Some(message), _) => map.serialize_entry("message", &**message)?,
            (None, Some(error)) => map.serialize_entry("message", &Displayed(error))?,
            (None, None) => {}
        }
        if let Some(id) = &request_id {
            map.serialize_entry("request_id", &**id)?;
        }
        if let Some(error) = self.typed() {
            map.serialize_entry("error", error)?;
        }
        map.end()
    }
}
