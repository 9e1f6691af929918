// A user's code against a non-exhaustive family a row is added to: its
// `match` has the `_` arm another crate needs.
pub fn main() {
    let code: family::Code = "Busy".parse().unwrap();
    let n = match code {
        family::Code::Busy => 1,
        family::Code::Gone => 2,
        _ => 0,
    };
    assert_eq!(n, 1);
}
