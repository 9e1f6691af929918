/work/main/tests/outside-crate/target/debug/deps/gwerr_macros-9c15970af3809c96.d: /work/main/gwerr-macros/src/lib.rs

/work/main/tests/outside-crate/target/debug/deps/libgwerr_macros-9c15970af3809c96.so: /work/main/gwerr-macros/src/lib.rs

/work/main/gwerr-macros/src/lib.rs:
