//! The `serde` feature: what the expansion's `Serialize` and `Deserialize`
//! impls call, written once for every family.
//!
//! A typed error is a map: `code` (the code as sent on the wire), `status`,
//! `message`, and, for a row with fields, `fields`: a map of each field's
//! name to its text. The fields are nested so that no placeholder name can
//! repeat a key of the error's own. A code is its documented code string.
//! The crate root's "Features" says what reading accepts beyond that.

use std::collections::BTreeMap;
use std::fmt::{self, Display};

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

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
/// (`Missing%s`), or a code as sent on the wire (`MissingAppId`). A code
/// written as a JSON number (`1001`) reads as its digits.
pub fn deserialize_code<'de, C, D>(deserializer: D) -> Result<C, D::Error>
where
    C: ErrorCode,
    D: Deserializer<'de>,
{
    let text = deserializer.deserialize_any(TextVisitor("a code"))?.0;
    code_of::<C>(&text).map_err(de::Error::custom)
}

/// The code a text names: a documented code string first, then what
/// `FromStr` reads.
pub(crate) fn code_of<C: ErrorCode>(text: &str) -> Result<C, crate::UnknownCode> {
    match C::ALL.iter().find(|code| code.as_str() == text) {
        Some(code) => Ok(*code),
        None => text.parse(),
    }
}

/// Deserializes a typed error from what [`serialize_error`] writes. The
/// code names the row; the fields are parsed with their types' `FromStr`
/// (a field's value may be a string, or a JSON number or boolean, read as
/// the text it writes); the status and message, when present, must be the
/// ones the error has; a `family`, when present, must be the family's
/// name.
pub fn deserialize_error<'de, E, D>(deserializer: D) -> Result<E, D::Error>
where
    E: ErrorFamily,
    D: Deserializer<'de>,
{
    let family = <E::Code as ErrorCode>::FAMILY.name;
    let parts = deserializer.deserialize_map(PartsVisitor(Some(family)))?;
    from_parts(&parts).map_err(de::Error::custom)
}

/// What a serialized error holds, before a family reads it.
#[derive(Default)]
pub(crate) struct Parts {
    code: Option<String>,
    status: Option<u16>,
    message: Option<String>,
    fields: BTreeMap<String, String>,
    pub(crate) family: Option<String>,
}

impl<'de> de::Deserialize<'de> for Parts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PartsVisitor(None))
    }
}

/// Reads [`Parts`]; names the family expected, when there is one.
struct PartsVisitor(Option<&'static str>);

impl<'de> Visitor<'de> for PartsVisitor {
    type Value = Parts;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of code, status, message and fields")?;
        match self.0 {
            Some(family) => write!(f, " of {family}"),
            None => Ok(()),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parts, A::Error> {
        let mut parts = Parts::default();
        let mut fields = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Code => {
                    let code = map.next_value::<Text>()?.0;
                    set(&mut parts.code, code, "code")?;
                }
                Key::Status => set(&mut parts.status, map.next_value()?, "status")?,
                Key::Message => set(&mut parts.message, map.next_value()?, "message")?,
                Key::Fields => set(&mut fields, map.next_value::<FieldMap>()?.0, "fields")?,
                Key::Family => set(&mut parts.family, map.next_value()?, "family")?,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if parts.code.is_none() {
            return Err(de::Error::missing_field("code"));
        }
        parts.fields = fields.unwrap_or_default();
        Ok(parts)
    }
}

/// The error of family `E` that `parts` describe, or why there is none.
///
/// The row the code reads as first, then any other row the code names (a
/// code on several rows, a template whose filled-in text spells a fixed
/// code): the first whose fields, status and message agree is the error;
/// else the first row's disagreement is said.
pub(crate) fn from_parts<E: ErrorFamily>(parts: &Parts) -> Result<E, String> {
    let name = <E::Code as ErrorCode>::FAMILY.name;
    if let Some(family) = parts.family.as_deref().filter(|family| *family != name) {
        return Err(format!("family {family:?} is not {name}"));
    }
    let code = parts.code.as_deref().unwrap_or_default();
    let parsed: E::Code = code_of(code).map_err(|e| e.to_string())?;
    let others = <E::Code as ErrorCode>::ALL.iter().copied().filter(|other| {
        let row = other.row();
        *other != parsed
            && if row.code.is_fixed() {
                row.code.text == code
            } else {
                row.code.captured(code).is_some()
            }
    });
    let mut first = None;
    for candidate in std::iter::once(parsed).chain(others) {
        match build::<E>(candidate, code, parts) {
            Ok(error) => return Ok(error),
            Err(why) => {
                first.get_or_insert(why);
            }
        }
    }
    Err(first.unwrap_or_default())
}

/// The error of `code`'s row from the serialized values, or why they
/// disagree with it.
fn build<E: ErrorFamily>(parsed: E::Code, code: &str, parts: &Parts) -> Result<E, String> {
    let row = parsed.row();
    let mut values = Vec::with_capacity(row.fields.len());
    for field in row.fields {
        let value = parts
            .fields
            .get(field.name)
            .ok_or_else(|| format!("missing field `{}`", field.name))?;
        values.push(value.as_str());
    }
    // A name the row has no field of is refused, never ignored: it says
    // the values are another row's.
    if let Some(unknown) = parts
        .fields
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
    if let Some(status) = parts.status.filter(|s| *s != error.status().as_u16()) {
        return Err(format!(
            "status {status} is not the status of `{code}`, {}",
            error.status().as_u16()
        ));
    }
    if let Some(message) = parts.message.as_deref().filter(|m| *m != error.to_string()) {
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
    Family,
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
                    "family" => Key::Family,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// A value read as text: a string as it is, a number or a boolean as the
/// text it writes (`7`, `-1`, `2.5`, `true`).
struct Text(String);

impl<'de> de::Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor("a string, a number or a boolean"))
    }
}

/// Reads [`Text`]; says what it expected.
struct TextVisitor(&'static str);

impl Visitor<'_> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text(text))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Text, E> {
        Ok(Text(value.to_string()))
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
                f.write_str("a map of field names to their values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldMap, A::Error> {
                let mut fields = BTreeMap::new();
                while let Some((name, value)) = map.next_entry::<String, Text>()? {
                    if fields.insert(name, value.0).is_some() {
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

/// A list of family names, for the errors that name several.
fn names(names: &[&str]) -> String {
    names.join(", ")
}

macro_rules! any_serde {
    ($($(#[$doc:meta])* $variant:ident($error:ident, $code:ident, message_only: $message_only:literal),)*) => {
        use crate::{AnyCode, AnyError};
        $(use crate::{$error, $code};)*

        /// `{"family": "VpcError", "error": {...}}`: the family's name, and
        /// the error as its family serializes it.
        impl Serialize for AnyError {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("family", self.family().name)?;
                match self {
                    $(AnyError::$variant(error) => map.serialize_entry("error", error)?,)*
                }
                map.end()
            }
        }

        /// Reads what [`Serialize`] writes. Without `family`, the error is
        /// the one family's that reads it; a text that several families
        /// read is refused, naming them.
        impl<'de> Deserialize<'de> for AnyError {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct AnyVisitor;
                impl<'de> Visitor<'de> for AnyVisitor {
                    type Value = AnyError;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a map of an error's family and the error")
                    }

                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyError, A::Error> {
                        let mut family: Option<String> = None;
                        let mut parts: Option<Parts> = None;
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                "family" => set(&mut family, map.next_value()?, "family")?,
                                "error" => set(&mut parts, map.next_value()?, "error")?,
                                _ => {
                                    map.next_value::<IgnoredAny>()?;
                                }
                            }
                        }
                        let mut parts = parts.ok_or_else(|| de::Error::missing_field("error"))?;
                        if family.is_some() {
                            if parts.family.is_some() && parts.family != family {
                                return Err(de::Error::custom("the error names another family"));
                            }
                            parts.family = family;
                        }
                        let mut found: Vec<AnyError> = Vec::new();
                        let mut why: Vec<String> = Vec::new();
                        $(
                            match from_parts::<$error>(&parts) {
                                Ok(error) => found.push(error.into()),
                                Err(reason) => why.push(format!("{}: {reason}", $code::FAMILY.name)),
                            }
                        )*
                        match found.len() {
                            1 => Ok(found.remove(0)),
                            0 => Err(de::Error::custom(format!("no family reads it ({})", why.join("; ")))),
                            _ => {
                                let families: Vec<&str> = found.iter().map(|e| e.family().name).collect();
                                Err(de::Error::custom(format!(
                                    "several families read it ({}): give `family`",
                                    names(&families)
                                )))
                            }
                        }
                    }
                }
                deserializer.deserialize_map(AnyVisitor)
            }
        }

        /// `{"family": "VpcError", "code": "I400HD"}`.
        impl Serialize for AnyCode {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("family", self.family().name)?;
                match self {
                    $(AnyCode::$variant(code) => map.serialize_entry("code", code)?,)*
                }
                map.end()
            }
        }

        /// Reads what [`Serialize`] writes, or a code alone (a string, or
        /// a number read as its digits) when one family alone has it.
        impl<'de> Deserialize<'de> for AnyCode {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct AnyCodeVisitor;

                impl AnyCodeVisitor {
                    fn read<E: de::Error>(family: Option<&str>, text: &str) -> Result<AnyCode, E> {
                        let mut found: Vec<AnyCode> = Vec::new();
                        $(
                            if family.is_none_or(|family| family == $code::FAMILY.name) {
                                if let Ok(code) = code_of::<$code>(text) {
                                    found.push(code.into());
                                }
                            }
                        )*
                        match (found.len(), family) {
                            (1, _) => Ok(found.remove(0)),
                            (0, Some(family)) if !crate::FAMILIES.iter().any(|f| f.name == family) => {
                                Err(E::custom(format!("no family is named {family:?}")))
                            }
                            (0, _) => Err(E::custom(format!("no family has the code {text:?}"))),
                            _ => {
                                let families: Vec<&str> = found.iter().map(|c| c.family().name).collect();
                                Err(E::custom(format!(
                                    "several families have the code {text:?} ({}): give `family`",
                                    names(&families)
                                )))
                            }
                        }
                    }
                }

                impl<'de> Visitor<'de> for AnyCodeVisitor {
                    type Value = AnyCode;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a code, or a map of a family and a code")
                    }

                    fn visit_str<E: de::Error>(self, text: &str) -> Result<AnyCode, E> {
                        Self::read(None, text)
                    }

                    fn visit_u64<E: de::Error>(self, value: u64) -> Result<AnyCode, E> {
                        Self::read(None, &value.to_string())
                    }

                    fn visit_i64<E: de::Error>(self, value: i64) -> Result<AnyCode, E> {
                        Self::read(None, &value.to_string())
                    }

                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyCode, A::Error> {
                        let mut family: Option<String> = None;
                        let mut code: Option<String> = None;
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                "family" => set(&mut family, map.next_value()?, "family")?,
                                "code" => set(&mut code, map.next_value::<Text>()?.0, "code")?,
                                _ => {
                                    map.next_value::<IgnoredAny>()?;
                                }
                            }
                        }
                        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
                        Self::read(family.as_deref(), &code)
                    }
                }
                deserializer.deserialize_any(AnyCodeVisitor)
            }
        }
    };
}

with_gateway_families!(any_serde);
