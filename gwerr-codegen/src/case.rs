//! Names: placeholder names become snake_case fields, phrase codes become
//! CamelCase variants. No dependency on the rest of the crate: gwerr-core
//! compiles it too (its `document/case.rs` is a link to it), so that the
//! source its importer writes names what the macro names.

/// `HeaderName` → `header_name`, `JWT` → `jwt`, `HTTPMethod` → `http_method`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                _ => false,
            };
            if boundary {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `Throttled by APP Flow Control` → `ThrottledByAppFlowControl`,
/// `InvalidApi.NotFound` → `InvalidApiNotFound`.
///
/// Words are the runs of ASCII letters and digits; a word written in capitals
/// is title-cased, any other keeps its inner capitals. Placeholders must have
/// been removed by the caller.
pub fn camel_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        let Some(first) = chars.next() else { continue };
        out.push(first.to_ascii_uppercase());
        let shouting = word.len() > 1 && !word.chars().any(|c| c.is_ascii_lowercase());
        for c in chars {
            out.push(if shouting { c.to_ascii_lowercase() } else { c });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake() {
        assert_eq!(snake_case("HeaderName"), "header_name");
        assert_eq!(snake_case("JWT"), "jwt");
        assert_eq!(snake_case("kid"), "kid");
        assert_eq!(snake_case("StringToSign"), "string_to_sign");
        assert_eq!(snake_case("HTTPMethod"), "http_method");
        assert_eq!(snake_case("Md5Value"), "md5_value");
        assert_eq!(snake_case("already_snake"), "already_snake");
    }

    #[test]
    fn camel() {
        assert_eq!(
            camel_case("Throttled by APP Flow Control"),
            "ThrottledByAppFlowControl"
        );
        assert_eq!(camel_case("InvalidApi.NotFound"), "InvalidApiNotFound");
        assert_eq!(camel_case("Invalid Content-MD5"), "InvalidContentMd5");
        assert_eq!(
            camel_case("Invalid Signature, Server StringToSign:"),
            "InvalidSignatureServerStringToSign"
        );
        assert_eq!(
            camel_case("OpenID Connect Verify Fail: 243"),
            "OpenIDConnectVerifyFail243"
        );
        assert_eq!(camel_case("Invalid.LengthLimit"), "InvalidLengthLimit");
        assert_eq!(camel_case("..."), "");
    }
}
