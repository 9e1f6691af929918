// A user's code building the error whose placeholder is renamed.
pub fn main() {
    let error = family::Error::NoItem { item: "pen".into() };
    assert_eq!(error.status().as_u16(), 404);
}
