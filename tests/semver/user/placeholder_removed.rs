// A user's code building the error whose message loses its placeholder.
pub fn main() {
    let error = family::Error::NoItem { item: "pen".into() };
    assert_eq!(error.status().as_u16(), 404);
}
