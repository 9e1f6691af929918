//! The examples and integration tests of the gwerr workspace; the library
//! itself is `gwerr-core`.

#![forbid(unsafe_code)]
