//! The families as OpenAPI 3.1 components: the output is read by an
//! OpenAPI model (utoipa's), every gateway row has its schema and appears
//! in exactly one response, and fields are typed as declared.

use std::collections::BTreeMap;

use gwerr_core::{document, FAMILIES};
use serde_json::Value;

#[test]
fn the_gateways_description_is_openapi_with_every_row_once() {
    let text = document::openapi(FAMILIES);
    let model: utoipa::openapi::OpenApi = serde_json::from_str(&text).expect("OpenAPI 3.1");
    let components = model.components.expect("components");
    let rows: usize = FAMILIES.iter().map(|family| family.rows().count()).sum();
    assert_eq!(components.schemas.len(), rows);
    // Every schema is named in exactly one response.
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut named: BTreeMap<String, usize> = BTreeMap::new();
    for response in value["components"]["responses"]
        .as_object()
        .unwrap()
        .values()
    {
        let schema = &response["content"]["application/problem+json"]["schema"];
        for reference in schema["oneOf"].as_array().unwrap() {
            let name = reference["$ref"]
                .as_str()
                .unwrap()
                .trim_start_matches("#/components/schemas/");
            *named.entry(name.to_owned()).or_default() += 1;
        }
    }
    assert_eq!(named.len(), rows);
    assert!(named.values().all(|&count| count == 1), "{named:?}");
    for name in components.schemas.keys() {
        assert!(named.contains_key(name.as_str()), "{name}");
    }
    // The discriminator maps a fixed code to its row; a templated code is
    // told apart by its pattern.
    let response = &value["components"]["responses"]["ManagementError.400"];
    let schema = &response["content"]["application/problem+json"]["schema"];
    assert_eq!(
        schema["discriminator"]["mapping"]["MissingAppIdOrAppOwner"],
        "#/components/schemas/ManagementError.MissingAppIdOrAppOwner"
    );
    let missing = &value["components"]["schemas"]["ManagementError.Missing"];
    assert_eq!(missing["properties"]["code"]["pattern"], "^Missing.+$");
    assert_eq!(
        response["headers"]["X-Ca-Error-Code"]["schema"]["enum"]
            .as_array()
            .unwrap()
            .len(),
        FAMILIES[2]
            .rows()
            .filter(|row| row.status.as_u16() == 400)
            .count()
    );
}

gwerr_core::error_table! {
    /// A family with typed fields.
    pub enum Shop {
        placeholders = "{Name}";
        type Count = u32;
        type Open = bool;

        table "Errors" {
        | Code | Status | Message | Description |
        | Low as Low | 409 | "Only {Count} of {Item} left, open {Open}" | "Stock is low." |
        }
    }
}

#[test]
fn fields_are_typed_as_declared() {
    let text = document::openapi(&[ShopCode::FAMILY]);
    let value: Value = serde_json::from_str(&text).unwrap();
    let schema = &value["components"]["schemas"]["Shop.Low"];
    let fields = &schema["properties"]["fields"];
    assert_eq!(fields["properties"]["count"]["type"], "integer");
    assert_eq!(fields["properties"]["open"]["type"], "boolean");
    assert_eq!(fields["properties"]["item"]["type"], "string");
    assert_eq!(
        fields["required"],
        serde_json::json!(["count", "item", "open"])
    );
    assert_eq!(schema["description"], "Stock is low.");
    // What `problem_json` writes is an instance of the schema's members.
    let error = Shop::Low {
        count: 2,
        item: "pen".into(),
        open: false,
    };
    let problem: Value =
        serde_json::from_slice(&gwerr_core::wire::problem_json(&error, None, None)).unwrap();
    for (member, value) in problem.as_object().unwrap() {
        let property = &schema["properties"][member];
        assert!(property.is_object(), "{member}");
        if let Some(constant) = property.get("const") {
            assert_eq!(constant, value, "{member}");
        }
    }
}
