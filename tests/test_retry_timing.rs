//! Retry timing: the server's delay (a `Retry-After` header in seconds or
//! as an HTTP date, or a delay in the body) wins, bounded; else the row's
//! declared backoff; else its kind's. A response no row names gets the
//! advice the family's rows of its status agree on.

use std::time::{Duration, SystemTime};

use gwerr_core::wire::{self, Convention, Place};
use gwerr_core::{Retry, MAX_SERVER_DELAY};
use http::Response;

gwerr_core::error_table! {
    /// A cloud API's errors, with the vendor's documented minimum wait.
    pub enum Cloud {
        variants = CamelCase;
        table "Errors" {
        | Code | Status | Message |
        #[retry(throttled, after = 30s)]
        | RESOURCE_EXHAUSTED | 429 | "Quota exceeded" |
        #[retry(transient, after = 250ms)]
        | UNAVAILABLE | 503 | "Try again" |
        #[retry(transient)]
        | BAD_GATEWAY | 502 | "Upstream failed" |
        | NOT_FOUND | 404 | "Not found" |
        }
    }
}

const JSON: Convention = Convention::places(
    Place::Json(&["error", "status"]),
    Place::Json(&["error", "message"]),
    Place::Nowhere,
    Place::Json(&["error", "retryDelay"]),
);

fn read(status: u16, retry_after: Option<&str>, body: &str) -> gwerr_core::Error<Cloud> {
    let mut builder = Response::builder().status(status);
    if let Some(value) = retry_after {
        builder = builder.header("retry-after", value);
    }
    let response = builder.body(body.to_owned()).unwrap();
    let convention = if body.is_empty() {
        Convention::new(
            "x-code".parse().unwrap(),
            "x-message".parse().unwrap(),
            "x-request-id".parse().unwrap(),
        )
    } else {
        JSON
    };
    wire::check_response::<Cloud, _>(&convention, &response).unwrap_err()
}

fn body(code: &str, delay: Option<&str>) -> String {
    match delay {
        Some(delay) => format!(
            r#"{{"error": {{"status": "{code}", "message": "Quota exceeded", "retryDelay": {delay}}}}}"#
        ),
        None => format!(r#"{{"error": {{"status": "{code}", "message": "Quota exceeded"}}}}"#),
    }
}

#[test]
fn a_row_declares_its_first_backoff() {
    let row = CloudCode::ResourceExhausted.row();
    assert_eq!(row.backoff, Some(Duration::from_secs(30)));
    assert_eq!(row.first_backoff(), Some(Duration::from_secs(30)));
    assert_eq!(
        CloudCode::BadGateway.row().first_backoff(),
        Retry::Transient.backoff()
    );
    assert_eq!(CloudCode::NotFound.row().first_backoff(), None);
    let error = read(429, None, &body("RESOURCE_EXHAUSTED", None));
    assert_eq!(error.backoff(), Some(Duration::from_secs(30)));
}

#[test]
fn the_servers_delay_wins() {
    let by_header = read(429, Some("7"), &body("RESOURCE_EXHAUSTED", None));
    assert_eq!(by_header.backoff(), Some(Duration::from_secs(7)));
    let by_body = read(429, None, &body("RESOURCE_EXHAUSTED", Some("\"2.5s\"")));
    assert_eq!(by_body.backoff(), Some(Duration::from_millis(2500)));
    let by_number = read(429, None, &body("RESOURCE_EXHAUSTED", Some("12")));
    assert_eq!(by_number.backoff(), Some(Duration::from_secs(12)));
    // A date, a minute or so ahead.
    let ahead = httpdate(SystemTime::now() + Duration::from_secs(90));
    let by_date = read(429, Some(&ahead), &body("RESOURCE_EXHAUSTED", None));
    let waited = by_date.backoff().unwrap();
    assert!(
        waited > Duration::from_secs(80) && waited <= Duration::from_secs(90),
        "{waited:?}"
    );
}

#[test]
fn the_servers_delay_is_bounded_and_never_makes_a_fault_retryable() {
    let far = read(429, Some("999999999"), &body("RESOURCE_EXHAUSTED", None));
    assert_eq!(far.backoff(), Some(MAX_SERVER_DELAY));
    assert_eq!(
        far.received().unwrap().retry_after(),
        Some(Duration::from_secs(999_999_999))
    );
    let unreadable = read(429, Some("soon"), &body("RESOURCE_EXHAUSTED", None));
    assert_eq!(unreadable.backoff(), Some(Duration::from_secs(30)));
    let not_found = read(404, Some("5"), "");
    assert_eq!(
        (not_found.retry(), not_found.backoff()),
        (Retry::Never, None)
    );
}

#[test]
fn an_unnamed_response_gets_the_advice_its_status_has_in_the_family() {
    // An intermediary's 502 with no code: the family's 502 row is
    // transient, so it is retried; a 500 has no row and is not.
    let proxy = read(502, None, "");
    assert!(proxy.row().is_none());
    assert_eq!(proxy.retry(), Retry::Transient);
    assert_eq!(proxy.backoff(), Retry::Transient.backoff());
    let fault = read(500, None, "");
    assert_eq!(fault.retry(), Retry::Never);
}

/// An IMF-fixdate for `time`.
fn httpdate(time: SystemTime) -> String {
    let secs = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let days = secs / 86_400;
    let (h, m, s) = (secs % 86_400 / 3600, secs % 3600 / 60, secs % 60);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    format!(
        "{}, {d:02} {} {year} {h:02}:{m:02}:{s:02} GMT",
        DAYS[(days % 7) as usize],
        MONTHS[(month - 1) as usize]
    )
}

gwerr_core::error_table! {
    /// A family that declares its backoff per kind.
    pub enum Paced {
        backoff = { throttled: 5s, transient: 300ms };
        table "Errors" {
        | Code | Status | Message |
        | SlowDown | 429 | "Slow down" |
        #[retry(throttled, after = 1min)]
        | QuotaWait | 429 | "Wait for the quota" |
        | Busy | 503 | "Busy" |
        | Gateway | 502 | "Bad gateway" |
        }
    }
}

#[test]
fn a_family_declares_its_backoff_per_kind() {
    assert_eq!(
        PacedCode::SlowDown.row().first_backoff(),
        Some(Duration::from_secs(5))
    );
    assert_eq!(
        PacedCode::QuotaWait.row().first_backoff(),
        Some(Duration::from_secs(60))
    );
    assert_eq!(
        PacedCode::Busy.row().first_backoff(),
        Some(Duration::from_millis(300))
    );
    assert_eq!(
        PacedCode::Gateway.row().first_backoff(),
        None,
        "a 502 is never retried here"
    );
    // A 503 no row names takes the backoff of the family's 503 row.
    let response = Response::builder().status(503).body(String::new()).unwrap();
    let headers = Convention::new(
        "x-code".parse().unwrap(),
        "x-message".parse().unwrap(),
        "x-request-id".parse().unwrap(),
    );
    let unnamed = wire::check_response::<Paced, _>(&headers, &response).unwrap_err();
    assert!(unnamed.row().is_none());
    assert_eq!(unnamed.backoff(), Some(Duration::from_millis(300)));
}

gwerr_core::error_table! {
    /// A family that declares its advice for statuses no row has.
    pub enum Advised {
        advice = { 502: transient, 504: throttled };
        table "Errors" {
        | Code | Status | Message |
        | NotFound | 404 | "Not found" |
        }
    }
}

#[test]
fn a_family_declares_its_advice_for_responses_no_row_names() {
    let read = |status: u16| {
        let response = Response::builder()
            .status(status)
            .body(String::new())
            .unwrap();
        let headers = Convention::new(
            "x-code".parse().unwrap(),
            "x-message".parse().unwrap(),
            "x-request-id".parse().unwrap(),
        );
        wire::check_response::<Advised, _>(&headers, &response).unwrap_err()
    };
    assert_eq!(read(502).retry(), Retry::Transient);
    assert_eq!(read(502).backoff(), Retry::Transient.backoff());
    assert_eq!(read(504).retry(), Retry::Throttled);
    // A status the option does not name: its own advice.
    assert_eq!(read(500).retry(), Retry::Never);
}
