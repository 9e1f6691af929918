//! The reason phrases of HTTP statuses, as the IANA registry and the RFCs
//! that renamed some of them give them: a status cell written as the docs
//! write it (`403 Forbidden`) is checked against them.

/// The phrases a status is known by (the current one first), or `None`
/// for a status without a registered phrase.
pub fn phrases(status: u16) -> Option<&'static [&'static str]> {
    Some(match status {
        100 => &["Continue"],
        101 => &["Switching Protocols"],
        102 => &["Processing"],
        103 => &["Early Hints"],
        200 => &["OK"],
        201 => &["Created"],
        202 => &["Accepted"],
        203 => &["Non-Authoritative Information"],
        204 => &["No Content"],
        205 => &["Reset Content"],
        206 => &["Partial Content"],
        207 => &["Multi-Status"],
        208 => &["Already Reported"],
        226 => &["IM Used"],
        300 => &["Multiple Choices"],
        301 => &["Moved Permanently"],
        302 => &["Found", "Moved Temporarily"],
        303 => &["See Other"],
        304 => &["Not Modified"],
        305 => &["Use Proxy"],
        307 => &["Temporary Redirect"],
        308 => &["Permanent Redirect"],
        400 => &["Bad Request"],
        401 => &["Unauthorized"],
        402 => &["Payment Required"],
        403 => &["Forbidden"],
        404 => &["Not Found"],
        405 => &["Method Not Allowed"],
        406 => &["Not Acceptable"],
        407 => &["Proxy Authentication Required"],
        408 => &["Request Timeout"],
        409 => &["Conflict"],
        410 => &["Gone"],
        411 => &["Length Required"],
        412 => &["Precondition Failed"],
        413 => &[
            "Content Too Large",
            "Payload Too Large",
            "Request Entity Too Large",
        ],
        414 => &["URI Too Long", "Request-URI Too Long"],
        415 => &["Unsupported Media Type"],
        416 => &["Range Not Satisfiable", "Requested Range Not Satisfiable"],
        417 => &["Expectation Failed"],
        418 => &["I'm a teapot"],
        421 => &["Misdirected Request"],
        422 => &["Unprocessable Content", "Unprocessable Entity"],
        423 => &["Locked"],
        424 => &["Failed Dependency"],
        425 => &["Too Early"],
        426 => &["Upgrade Required"],
        428 => &["Precondition Required"],
        429 => &["Too Many Requests"],
        431 => &["Request Header Fields Too Large"],
        451 => &["Unavailable For Legal Reasons"],
        500 => &["Internal Server Error"],
        501 => &["Not Implemented"],
        502 => &["Bad Gateway"],
        503 => &["Service Unavailable"],
        504 => &["Gateway Timeout"],
        505 => &["HTTP Version Not Supported"],
        506 => &["Variant Also Negotiates"],
        507 => &["Insufficient Storage"],
        508 => &["Loop Detected"],
        510 => &["Not Extended"],
        511 => &["Network Authentication Required"],
        _ => return None,
    })
}

/// Whether `phrase` is a reason phrase of `status`, ignoring ASCII case;
/// any phrase goes for a status without a registered one.
pub fn is_reason_of(status: u16, phrase: &str) -> bool {
    phrases(status).is_none_or(|known| known.iter().any(|known| known.eq_ignore_ascii_case(phrase)))
}
