//! Every diagnostic of `error_table!`, with the compiler's exact output.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
