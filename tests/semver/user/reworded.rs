// A user's code against the family of a message reworded.
pub fn main() {
    let error = family::Error::Busy;
    assert_eq!(error.code(), family::Code::Busy);
    assert_eq!(error.status().as_u16(), 503);
}
