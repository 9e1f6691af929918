// A `match` on a gateway family in another crate names every row and
// still needs a `_` arm: the families are `#[non_exhaustive]`, so that a
// row the vendor adds is a minor release of gwerr-core.
use gwerr_core::CommonErrorCode;

fn kind(code: CommonErrorCode) -> &'static str {
    match code {
        CommonErrorCode::InvalidApiNotFound => "InvalidApiNotFound",
        CommonErrorCode::Missing => "Missing",
        CommonErrorCode::InvalidAccessKeyIdNotFound => "InvalidAccessKeyIdNotFound",
        CommonErrorCode::InvalidAccessKeyIdInactive => "InvalidAccessKeyIdInactive",
        CommonErrorCode::InvalidTimeStampFormat => "InvalidTimeStampFormat",
        CommonErrorCode::InvalidTimeStampExpired => "InvalidTimeStampExpired",
        CommonErrorCode::SignatureNonceUsed => "SignatureNonceUsed",
        CommonErrorCode::InvalidParameterFormat => "InvalidParameterFormat",
        CommonErrorCode::Invalid => "Invalid",
        CommonErrorCode::UnsupportedHTTPMethod => "UnsupportedHTTPMethod",
        CommonErrorCode::InvalidSignatureMethod => "InvalidSignatureMethod",
        CommonErrorCode::SignatureDoesNotMatch => "SignatureDoesNotMatch",
        CommonErrorCode::ThrottlingUser => "ThrottlingUser",
        CommonErrorCode::ThrottlingApi => "ThrottlingApi",
        CommonErrorCode::MissingSecurityToken => "MissingSecurityToken",
    }
}

fn main() {
    assert_eq!(kind(CommonErrorCode::Missing), "Missing");
}
