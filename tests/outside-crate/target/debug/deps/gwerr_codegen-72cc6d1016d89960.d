/work/main/tests/outside-crate/target/debug/deps/gwerr_codegen-72cc6d1016d89960.d: /work/main/gwerr-codegen/src/lib.rs /work/main/gwerr-codegen/src/aliases.rs /work/main/gwerr-codegen/src/ast.rs /work/main/gwerr-codegen/src/attr.rs /work/main/gwerr-codegen/src/case.rs /work/main/gwerr-codegen/src/check.rs /work/main/gwerr-codegen/src/ctxt.rs /work/main/gwerr-codegen/src/doc_tables.rs /work/main/gwerr-codegen/src/docs.rs /work/main/gwerr-codegen/src/emit.rs /work/main/gwerr-codegen/src/expand/mod.rs /work/main/gwerr-codegen/src/expand/code_impls.rs /work/main/gwerr-codegen/src/expand/common.rs /work/main/gwerr-codegen/src/expand/display.rs /work/main/gwerr-codegen/src/expand/enums.rs /work/main/gwerr-codegen/src/expand/error_impls.rs /work/main/gwerr-codegen/src/expand/features.rs /work/main/gwerr-codegen/src/expand/from_fields.rs /work/main/gwerr-codegen/src/expand/from_str.rs /work/main/gwerr-codegen/src/expand/metadata.rs /work/main/gwerr-codegen/src/fallback.rs /work/main/gwerr-codegen/src/format.rs /work/main/gwerr-codegen/src/hash.rs /work/main/gwerr-codegen/src/map.rs /work/main/gwerr-codegen/src/naming.rs /work/main/gwerr-codegen/src/params.rs /work/main/gwerr-codegen/src/parse/mod.rs /work/main/gwerr-codegen/src/parse/bodies.rs /work/main/gwerr-codegen/src/parse/cells.rs /work/main/gwerr-codegen/src/parse/from_file.rs /work/main/gwerr-codegen/src/parse/header.rs /work/main/gwerr-codegen/src/parse/options.rs /work/main/gwerr-codegen/src/parse/rows.rs /work/main/gwerr-codegen/src/parse/syntax.rs /work/main/gwerr-codegen/src/reason.rs /work/main/gwerr-codegen/src/retry.rs /work/main/gwerr-codegen/src/suggest.rs /work/main/gwerr-codegen/src/template.rs

/work/main/tests/outside-crate/target/debug/deps/libgwerr_codegen-72cc6d1016d89960.rlib: /work/main/gwerr-codegen/src/lib.rs /work/main/gwerr-codegen/src/aliases.rs /work/main/gwerr-codegen/src/ast.rs /work/main/gwerr-codegen/src/attr.rs /work/main/gwerr-codegen/src/case.rs /work/main/gwerr-codegen/src/check.rs /work/main/gwerr-codegen/src/ctxt.rs /work/main/gwerr-codegen/src/doc_tables.rs /work/main/gwerr-codegen/src/docs.rs /work/main/gwerr-codegen/src/emit.rs /work/main/gwerr-codegen/src/expand/mod.rs /work/main/gwerr-codegen/src/expand/code_impls.rs /work/main/gwerr-codegen/src/expand/common.rs /work/main/gwerr-codegen/src/expand/display.rs /work/main/gwerr-codegen/src/expand/enums.rs /work/main/gwerr-codegen/src/expand/error_impls.rs /work/main/gwerr-codegen/src/expand/features.rs /work/main/gwerr-codegen/src/expand/from_fields.rs /work/main/gwerr-codegen/src/expand/from_str.rs /work/main/gwerr-codegen/src/expand/metadata.rs /work/main/gwerr-codegen/src/fallback.rs /work/main/gwerr-codegen/src/format.rs /work/main/gwerr-codegen/src/hash.rs /work/main/gwerr-codegen/src/map.rs /work/main/gwerr-codegen/src/naming.rs /work/main/gwerr-codegen/src/params.rs /work/main/gwerr-codegen/src/parse/mod.rs /work/main/gwerr-codegen/src/parse/bodies.rs /work/main/gwerr-codegen/src/parse/cells.rs /work/main/gwerr-codegen/src/parse/from_file.rs /work/main/gwerr-codegen/src/parse/header.rs /work/main/gwerr-codegen/src/parse/options.rs /work/main/gwerr-codegen/src/parse/rows.rs /work/main/gwerr-codegen/src/parse/syntax.rs /work/main/gwerr-codegen/src/reason.rs /work/main/gwerr-codegen/src/retry.rs /work/main/gwerr-codegen/src/suggest.rs /work/main/gwerr-codegen/src/template.rs

/work/main/tests/outside-crate/target/debug/deps/libgwerr_codegen-72cc6d1016d89960.rmeta: /work/main/gwerr-codegen/src/lib.rs /work/main/gwerr-codegen/src/aliases.rs /work/main/gwerr-codegen/src/ast.rs /work/main/gwerr-codegen/src/attr.rs /work/main/gwerr-codegen/src/case.rs /work/main/gwerr-codegen/src/check.rs /work/main/gwerr-codegen/src/ctxt.rs /work/main/gwerr-codegen/src/doc_tables.rs /work/main/gwerr-codegen/src/docs.rs /work/main/gwerr-codegen/src/emit.rs /work/main/gwerr-codegen/src/expand/mod.rs /work/main/gwerr-codegen/src/expand/code_impls.rs /work/main/gwerr-codegen/src/expand/common.rs /work/main/gwerr-codegen/src/expand/display.rs /work/main/gwerr-codegen/src/expand/enums.rs /work/main/gwerr-codegen/src/expand/error_impls.rs /work/main/gwerr-codegen/src/expand/features.rs /work/main/gwerr-codegen/src/expand/from_fields.rs /work/main/gwerr-codegen/src/expand/from_str.rs /work/main/gwerr-codegen/src/expand/metadata.rs /work/main/gwerr-codegen/src/fallback.rs /work/main/gwerr-codegen/src/format.rs /work/main/gwerr-codegen/src/hash.rs /work/main/gwerr-codegen/src/map.rs /work/main/gwerr-codegen/src/naming.rs /work/main/gwerr-codegen/src/params.rs /work/main/gwerr-codegen/src/parse/mod.rs /work/main/gwerr-codegen/src/parse/bodies.rs /work/main/gwerr-codegen/src/parse/cells.rs /work/main/gwerr-codegen/src/parse/from_file.rs /work/main/gwerr-codegen/src/parse/header.rs /work/main/gwerr-codegen/src/parse/options.rs /work/main/gwerr-codegen/src/parse/rows.rs /work/main/gwerr-codegen/src/parse/syntax.rs /work/main/gwerr-codegen/src/reason.rs /work/main/gwerr-codegen/src/retry.rs /work/main/gwerr-codegen/src/suggest.rs /work/main/gwerr-codegen/src/template.rs

/work/main/gwerr-codegen/src/lib.rs:
/work/main/gwerr-codegen/src/aliases.rs:
/work/main/gwerr-codegen/src/ast.rs:
/work/main/gwerr-codegen/src/attr.rs:
/work/main/gwerr-codegen/src/case.rs:
/work/main/gwerr-codegen/src/check.rs:
/work/main/gwerr-codegen/src/ctxt.rs:
/work/main/gwerr-codegen/src/doc_tables.rs:
/work/main/gwerr-codegen/src/docs.rs:
/work/main/gwerr-codegen/src/emit.rs:
/work/main/gwerr-codegen/src/expand/mod.rs:
/work/main/gwerr-codegen/src/expand/code_impls.rs:
/work/main/gwerr-codegen/src/expand/common.rs:
/work/main/gwerr-codegen/src/expand/display.rs:
/work/main/gwerr-codegen/src/expand/enums.rs:
/work/main/gwerr-codegen/src/expand/error_impls.rs:
/work/main/gwerr-codegen/src/expand/features.rs:
/work/main/gwerr-codegen/src/expand/from_fields.rs:
/work/main/gwerr-codegen/src/expand/from_str.rs:
/work/main/gwerr-codegen/src/expand/metadata.rs:
/work/main/gwerr-codegen/src/fallback.rs:
/work/main/gwerr-codegen/src/format.rs:
/work/main/gwerr-codegen/src/hash.rs:
/work/main/gwerr-codegen/src/map.rs:
/work/main/gwerr-codegen/src/naming.rs:
/work/main/gwerr-codegen/src/params.rs:
/work/main/gwerr-codegen/src/parse/mod.rs:
/work/main/gwerr-codegen/src/parse/bodies.rs:
/work/main/gwerr-codegen/src/parse/cells.rs:
/work/main/gwerr-codegen/src/parse/from_file.rs:
/work/main/gwerr-codegen/src/parse/header.rs:
/work/main/gwerr-codegen/src/parse/options.rs:
/work/main/gwerr-codegen/src/parse/rows.rs:
/work/main/gwerr-codegen/src/parse/syntax.rs:
/work/main/gwerr-codegen/src/reason.rs:
/work/main/gwerr-codegen/src/retry.rs:
/work/main/gwerr-codegen/src/suggest.rs:
/work/main/gwerr-codegen/src/template.rs:
