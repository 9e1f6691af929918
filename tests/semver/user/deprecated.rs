// A user's code naming the row that is gone from the document.
pub fn main() {
    let error = family::Error::Gone;
    assert_eq!(error.code().as_str(), "Gone");
}
