// The README is this package's documentation, so that its examples are
// compiled and run by `cargo test`. The package holds the workspace's
// examples and integration tests; the library itself is `gwerr-core`.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
