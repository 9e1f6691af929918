// A user's code against the family whose column is renamed, its role kept.
pub fn main() {
    use gwerr_core::ErrorCode;
    let code = family::Code::Busy;
    assert_eq!(code.row().solution, "Retry later");
    assert_eq!(family::Error::Busy.status().as_u16(), 503);
}
