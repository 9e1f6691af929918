//! Any text parsed as a code of every family, matched against every
//! template, decoded, and read as a code and message.

#![no_main]

use gwerr_core::wire;
use gwerr_core::{
    ClassicError, ClassicErrorCode, CommonError, CommonErrorCode, ManagementError,
    ManagementErrorCode, VpcError, VpcErrorCode, FAMILIES,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = wire::decode(data);
    let (code, message) = text.split_once('\n').unwrap_or((&text, ""));
    let _ = code.parse::<VpcErrorCode>();
    let _ = code.parse::<ClassicErrorCode>();
    let _ = code.parse::<ManagementErrorCode>();
    let _ = code.parse::<CommonErrorCode>();
    for family in FAMILIES {
        let _ = family.find(code);
        for row in family.rows() {
            let _ = row.message.captures(message);
            let _ = row.code.captures(code);
        }
    }
    let _ = wire::read::<VpcError>(code, Some(message));
    let _ = wire::read::<ClassicError>(code, Some(message));
    let _ = wire::read::<ManagementError>(code, Some(message));
    let _ = wire::read::<CommonError>(code, None);
    let _ = wire::encode(&text);
});
