// A user's code against the family whose row changes its status.
pub fn main() {
    let error = family::Error::Busy;
    assert!(error.status().is_server_error());
}
