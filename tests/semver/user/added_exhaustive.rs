// A user's code matching every variant of an exhaustive family a row is
// added to.
pub fn main() {
    let code: family::Code = "Busy".parse().unwrap();
    let n = match code {
        family::Code::Busy => 1,
        family::Code::Gone => 2,
    };
    assert_eq!(n, 1);
}
