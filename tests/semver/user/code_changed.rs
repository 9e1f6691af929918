// A user's code naming the code that changes.
pub fn main() {
    let code = family::Code::E1;
    assert_eq!(code.status().as_u16(), 400);
}
