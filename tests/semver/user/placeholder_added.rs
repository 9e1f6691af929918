// A user's code building the error whose message gains a placeholder.
pub fn main() {
    let error = family::Error::BadStage;
    assert_eq!(error.status().as_u16(), 400);
}
