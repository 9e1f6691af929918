/work/main/tests/outside-crate/target/debug/deps/gwerr_core-4032812a61ad5e77.d: /work/main/gwerr-core/src/lib.rs /work/main/gwerr-core/src/any.rs /work/main/gwerr-core/src/carrier.rs /work/main/gwerr-core/src/classic.rs /work/main/gwerr-core/src/common.rs /work/main/gwerr-core/src/delay.rs /work/main/gwerr-core/src/document/mod.rs /work/main/gwerr-core/src/document/diff.rs /work/main/gwerr-core/src/document/render.rs /work/main/gwerr-core/src/document/tables.rs /work/main/gwerr-core/src/error.rs /work/main/gwerr-core/src/field.rs /work/main/gwerr-core/src/format.rs /work/main/gwerr-core/src/management.rs /work/main/gwerr-core/src/message_index.rs /work/main/gwerr-core/src/meta.rs /work/main/gwerr-core/src/packed.rs /work/main/gwerr-core/src/small.rs /work/main/gwerr-core/src/suggest.rs /work/main/gwerr-core/src/traits.rs /work/main/gwerr-core/src/vpc.rs /work/main/gwerr-core/src/wire/mod.rs /work/main/gwerr-core/src/wire/body.rs /work/main/gwerr-core/src/wire/convention.rs /work/main/gwerr-core/src/wire/encoding.rs /work/main/gwerr-core/src/wire/families.rs /work/main/gwerr-core/src/wire/gateway.rs /work/main/gwerr-core/src/wire/rank.rs /work/main/gwerr-core/src/wire/read.rs /work/main/gwerr-core/src/wire/write.rs /work/main/gwerr-core/src/__private.rs /work/main/gwerr-core/src/../docs/error_table.md

/work/main/tests/outside-crate/target/debug/deps/libgwerr_core-4032812a61ad5e77.rlib: /work/main/gwerr-core/src/lib.rs /work/main/gwerr-core/src/any.rs /work/main/gwerr-core/src/carrier.rs /work/main/gwerr-core/src/classic.rs /work/main/gwerr-core/src/common.rs /work/main/gwerr-core/src/delay.rs /work/main/gwerr-core/src/document/mod.rs /work/main/gwerr-core/src/document/diff.rs /work/main/gwerr-core/src/document/render.rs /work/main/gwerr-core/src/document/tables.rs /work/main/gwerr-core/src/error.rs /work/main/gwerr-core/src/field.rs /work/main/gwerr-core/src/format.rs /work/main/gwerr-core/src/management.rs /work/main/gwerr-core/src/message_index.rs /work/main/gwerr-core/src/meta.rs /work/main/gwerr-core/src/packed.rs /work/main/gwerr-core/src/small.rs /work/main/gwerr-core/src/suggest.rs /work/main/gwerr-core/src/traits.rs /work/main/gwerr-core/src/vpc.rs /work/main/gwerr-core/src/wire/mod.rs /work/main/gwerr-core/src/wire/body.rs /work/main/gwerr-core/src/wire/convention.rs /work/main/gwerr-core/src/wire/encoding.rs /work/main/gwerr-core/src/wire/families.rs /work/main/gwerr-core/src/wire/gateway.rs /work/main/gwerr-core/src/wire/rank.rs /work/main/gwerr-core/src/wire/read.rs /work/main/gwerr-core/src/wire/write.rs /work/main/gwerr-core/src/__private.rs /work/main/gwerr-core/src/../docs/error_table.md

/work/main/tests/outside-crate/target/debug/deps/libgwerr_core-4032812a61ad5e77.rmeta: /work/main/gwerr-core/src/lib.rs /work/main/gwerr-core/src/any.rs /work/main/gwerr-core/src/carrier.rs /work/main/gwerr-core/src/classic.rs /work/main/gwerr-core/src/common.rs /work/main/gwerr-core/src/delay.rs /work/main/gwerr-core/src/document/mod.rs /work/main/gwerr-core/src/document/diff.rs /work/main/gwerr-core/src/document/render.rs /work/main/gwerr-core/src/document/tables.rs /work/main/gwerr-core/src/error.rs /work/main/gwerr-core/src/field.rs /work/main/gwerr-core/src/format.rs /work/main/gwerr-core/src/management.rs /work/main/gwerr-core/src/message_index.rs /work/main/gwerr-core/src/meta.rs /work/main/gwerr-core/src/packed.rs /work/main/gwerr-core/src/small.rs /work/main/gwerr-core/src/suggest.rs /work/main/gwerr-core/src/traits.rs /work/main/gwerr-core/src/vpc.rs /work/main/gwerr-core/src/wire/mod.rs /work/main/gwerr-core/src/wire/body.rs /work/main/gwerr-core/src/wire/convention.rs /work/main/gwerr-core/src/wire/encoding.rs /work/main/gwerr-core/src/wire/families.rs /work/main/gwerr-core/src/wire/gateway.rs /work/main/gwerr-core/src/wire/rank.rs /work/main/gwerr-core/src/wire/read.rs /work/main/gwerr-core/src/wire/write.rs /work/main/gwerr-core/src/__private.rs /work/main/gwerr-core/src/../docs/error_table.md

/work/main/gwerr-core/src/lib.rs:
/work/main/gwerr-core/src/any.rs:
/work/main/gwerr-core/src/carrier.rs:
/work/main/gwerr-core/src/classic.rs:
/work/main/gwerr-core/src/common.rs:
/work/main/gwerr-core/src/delay.rs:
/work/main/gwerr-core/src/document/mod.rs:
/work/main/gwerr-core/src/document/diff.rs:
/work/main/gwerr-core/src/document/render.rs:
/work/main/gwerr-core/src/document/tables.rs:
/work/main/gwerr-core/src/error.rs:
/work/main/gwerr-core/src/field.rs:
/work/main/gwerr-core/src/format.rs:
/work/main/gwerr-core/src/management.rs:
/work/main/gwerr-core/src/message_index.rs:
/work/main/gwerr-core/src/meta.rs:
/work/main/gwerr-core/src/packed.rs:
/work/main/gwerr-core/src/small.rs:
/work/main/gwerr-core/src/suggest.rs:
/work/main/gwerr-core/src/traits.rs:
/work/main/gwerr-core/src/vpc.rs:
/work/main/gwerr-core/src/wire/mod.rs:
/work/main/gwerr-core/src/wire/body.rs:
/work/main/gwerr-core/src/wire/convention.rs:
/work/main/gwerr-core/src/wire/encoding.rs:
/work/main/gwerr-core/src/wire/families.rs:
/work/main/gwerr-core/src/wire/gateway.rs:
/work/main/gwerr-core/src/wire/rank.rs:
/work/main/gwerr-core/src/wire/read.rs:
/work/main/gwerr-core/src/wire/write.rs:
/work/main/gwerr-core/src/__private.rs:
/work/main/gwerr-core/src/../docs/error_table.md:
