/work/main/tests/outside-crate/target/debug/deps/outside_crate-9091a8266766240e.d: src/lib.rs src/vendor.rs

/work/main/tests/outside-crate/target/debug/deps/liboutside_crate-9091a8266766240e.rlib: src/lib.rs src/vendor.rs

/work/main/tests/outside-crate/target/debug/deps/liboutside_crate-9091a8266766240e.rmeta: src/lib.rs src/vendor.rs

src/lib.rs:
src/vendor.rs:
