// The gateway's families are `#[non_exhaustive]`: the vendor adds codes,
// and a new row is a minor release. A `match` outside gwerr-core needs a
// `_` arm.
use gwerr_core::VpcErrorCode;

fn retry_later(code: VpcErrorCode) -> bool {
    match code {
        VpcErrorCode::ThrottledByServer => true,
        VpcErrorCode::InvalidHeader => false,
    }
}

fn main() {
    let _ = retry_later(VpcErrorCode::InvalidHeader);
}
