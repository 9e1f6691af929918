//! Families described as OpenAPI 3.1 components: a schema per error and a
//! response per status, for an API's description to refer to.

use serde_json::{json, Map, Value};

use crate::meta::{Family, Row, Template};

/// The OpenAPI 3.1 document of `families`' errors, as JSON: no paths, and
/// components an API's operations refer to.
///
/// - `components.schemas`: one schema per row, named `Family.Variant`: the
///   problem object [`wire::problem_json`](crate::wire::problem_json)
///   writes, its `code` a `const` (a templated row's a `pattern`), its
///   `status`, `title` and `type` `const`s, its `fields` typed as declared
///   (integers as `integer`, `bool` as `boolean`, anything else `string`),
///   described by the row's description and solution.
/// - `components.responses`: one response per family and status,
///   `Family.404`, whose `application/problem+json` content is the `oneOf`
///   of that status's rows, with a discriminator on `code` mapping each
///   fixed code to its row (a templated row's code is not a value a
///   discriminator can name: its pattern tells it apart); and the headers
///   of the gateway's convention, `X-Ca-Error-Code` listing the codes.
///
/// # Example
/// ```
/// use gwerr_core::{document, ErrorCode, VpcErrorCode};
///
/// let openapi: serde_json::Value =
///     serde_json::from_str(&document::openapi(&[VpcErrorCode::FAMILY])).unwrap();
/// assert_eq!(openapi["openapi"], "3.1.0");
/// let schema = &openapi["components"]["schemas"]["VpcError.InvalidHeader"];
/// assert_eq!(schema["properties"]["code"]["const"], "I400HD");
/// assert_eq!(schema["properties"]["status"]["const"], 400);
/// ```
pub fn openapi(families: &[&'static Family]) -> String {
    let mut schemas = Map::new();
    let mut responses = Map::new();
    for family in families {
        let mut statuses: Vec<u16> = family.rows().map(|row| row.status.as_u16()).collect();
        statuses.sort_unstable();
        statuses.dedup();
        for row in family.rows() {
            schemas.insert(schema_name(family, row), schema(family, row));
        }
        for status in statuses {
            let rows: Vec<&Row> = family
                .rows()
                .filter(|row| row.status.as_u16() == status)
                .collect();
            responses.insert(
                format!("{}.{status}", family.name),
                response(family, status, &rows),
            );
        }
    }
    let document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Errors",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "paths": {},
        "components": {
            "schemas": schemas,
            "responses": responses,
        },
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// The JSON type of a field of a declared type: `integer` for Rust's
/// integers, `boolean` for `bool`, `string` for anything else (a field's
/// type is `Eq`, so never a float). The problem object writes the field as
/// this type says, and its schema declares it.
pub(crate) fn json_type(ty: &str) -> &'static str {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => "integer",
        "bool" => "boolean",
        _ => "string",
    }
}

/// A component's name: `Family.Variant`.
fn schema_name(family: &Family, row: &Row) -> String {
    format!("{}.{}", family.name, row.variant)
}

fn schema(family: &Family, row: &'static Row) -> Value {
    let mut fields = Map::new();
    for field in row.fields {
        let kind = json_type(field.ty);
        fields.insert(
            field.name.into(),
            json!({ "type": kind, "description": format!("The value of `{}`.", field.placeholder) }),
        );
    }
    let required: Vec<&str> = row.fields.iter().map(|field| field.name).collect();
    let code = if row.code.is_fixed() {
        json!({ "type": "string", "const": row.code.text })
    } else {
        json!({ "type": "string", "pattern": pattern(&row.code) })
    };
    let kind = family.problem_type(row.code.text);
    let description = [row.description, row.solution]
        .iter()
        .filter(|text| !text.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut schema = json!({
        "type": "object",
        "properties": {
            "type": { "type": "string", "const": kind },
            "title": { "type": "string", "const": row.message.text },
            "status": { "type": "integer", "const": row.status.as_u16() },
            "detail": { "type": "string" },
            "instance": { "type": "string" },
            "code": code,
            "fields": {
                "type": "object",
                "properties": fields,
                "required": required,
                "additionalProperties": false,
            },
            "request_id": { "type": "string" },
            "retry": { "type": "string", "const": row.retry.as_str() },
        },
        "required": ["type", "title", "status", "code"],
    });
    if !description.is_empty() {
        schema["description"] = description.into();
    }
    if row.deprecated {
        schema["deprecated"] = true.into();
    }
    schema
}

/// A templated code as a regular expression: its literal text escaped, a
/// placeholder any text.
fn pattern(code: &Template) -> String {
    let mut out = String::from("^");
    for part in code.parts {
        match part {
            crate::meta::Part::Literal(text) => {
                for c in text.chars() {
                    if "\\.+*?()|[]{}^$".contains(c) {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            crate::meta::Part::Placeholder(_) => out.push_str(".+"),
        }
    }
    out.push('$');
    out
}

fn response(family: &Family, status: u16, rows: &[&'static Row]) -> Value {
    let refs: Vec<Value> = rows
        .iter()
        .map(|row| json!({ "$ref": format!("#/components/schemas/{}", schema_name(family, row)) }))
        .collect();
    let mut mapping = Map::new();
    for row in rows.iter().filter(|row| row.code.is_fixed()) {
        // A code on several rows of one status is named once, by its
        // first row; the others are told apart by their titles.
        mapping
            .entry(row.code.text.to_owned())
            .or_insert_with(|| format!("#/components/schemas/{}", schema_name(family, row)).into());
    }
    let codes: Vec<&str> = rows.iter().map(|row| row.code.text).collect();
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("");
    json!({
        "description": format!("{} {status} {reason}", family.name).trim_end().to_owned(),
        "headers": {
            "X-Ca-Error-Code": {
                "description": "The code, in the gateway's convention.",
                "schema": { "type": "string", "enum": codes },
            },
            "X-Ca-Error-Message": {
                "description": "The message, percent-encoded where it holds other than visible ASCII.",
                "schema": { "type": "string" },
            },
            "X-Ca-Request-Id": {
                "description": "The request id.",
                "schema": { "type": "string" },
            },
        },
        "content": {
            "application/problem+json": {
                "schema": {
                    "oneOf": refs,
                    "discriminator": { "propertyName": "code", "mapping": mapping },
                },
            },
        },
    })
}
