// A user's code naming the row that is gone from the family's file.
pub fn main() {
    let error = family::Error::Gone;
    assert_eq!(error.status().as_u16(), 410);
}
