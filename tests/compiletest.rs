//! Every diagnostic of `error_table!`, with the compiler's exact output,
//! and the expansion compiling in unfriendly crates (`tests/ui-pass`).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui-pass/*.rs");
}
