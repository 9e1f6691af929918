//! What a row says about retrying: derived from the table's own words.

use crate::ast::Row;

/// Why a caller may retry `row`'s error, derived from the table (and kept
/// in [`Row::retry`] once the row is read): a status that says so (429,
/// 503, 504), the docs' own advice to try again later, or throttling named
/// in the code or message. `None`: retrying the same request will not help.
pub fn reason(row: &Row) -> Option<&'static str> {
    let advice = format!("{} {}", row.description, row.solution).to_ascii_lowercase();
    let (message, _) = row.message_template();
    let wording = format!("{} {}", row.code.text, message).to_ascii_lowercase();
    match row.status.value {
        429 => Some("its status is 429 Too Many Requests"),
        503 | 504 => Some("its status says the service is unavailable or timed out"),
        _ if advice.contains("try again later") => Some("the docs advise to try again later"),
        _ if wording.contains("throttl") || wording.contains("flow control") => {
            Some("it reports throttling")
        }
        _ => None,
    }
}
