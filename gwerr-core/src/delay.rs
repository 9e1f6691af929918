//! The server's retry delay as a response writes it: `Retry-After`'s
//! seconds or HTTP date in any of its three forms (RFC 9110, 10.2.3 and
//! 5.6.7), or a body's delay in seconds
//! (`30`) or as a duration (`"30s"`, `"1.5s"`, as JSON APIs write
//! protobuf's `Duration`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The longest wait a server's delay is taken for: an hour. A longer
/// delay (or a date further ahead) is cut to it, so that a hostile or
/// broken response cannot park a client for days.
pub const MAX_SERVER_DELAY: Duration = Duration::from_secs(3600);

/// The delay `text` asks for, counted from `now` for a date; `None` for a
/// text that is none of the forms (a date in the past is no wait).
pub(crate) fn parse(text: &str, now: SystemTime) -> Option<Duration> {
    let text = text.trim_matches(|c: char| c.is_ascii_whitespace());
    if let Some(seconds) = seconds(text) {
        return Some(seconds);
    }
    let seconds = text.strip_suffix('s').and_then(seconds);
    if seconds.is_some() {
        return seconds;
    }
    let date = http_date(text)?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `30` or `1.5`: seconds, at most nine decimals; too many seconds are
/// the longest duration.
fn seconds(text: &str) -> Option<Duration> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 9 {
        return None;
    }
    if text.ends_with('.') {
        return None;
    }
    let whole: u64 = whole.parse().unwrap_or(u64::MAX);
    let nanos: u32 = format!("{fraction:0<9}").parse().ok()?;
    Some(Duration::new(whole, nanos))
}

/// An HTTP date in any of the three forms RFC 9110 (5.6.7) asks
/// recipients to read: the IMF-fixdate senders use (`Sun, 06 Nov 1994
/// 08:49:37 GMT`), and the obsolete RFC 850 (`Sunday, 06-Nov-94 08:49:37
/// GMT`, a two-digit year read as 1970 to 2069) and asctime (`Sun Nov  6
/// 08:49:37 1994`) forms.
fn http_date(text: &str) -> Option<SystemTime> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month_of = |name: &str| Some(MONTHS.iter().position(|m| *m == name)? as u64 + 1);
    let (day, month, year, clock) = if let Some((_weekday, rest)) = text.split_once(", ") {
        let words: Vec<&str> = rest.split(' ').collect();
        match words.as_slice() {
            // IMF-fixdate.
            [day, month, year, clock, "GMT"] => {
                (number(day, 2)?, month_of(month)?, number(year, 4)?, *clock)
            }
            // RFC 850.
            [date, clock, "GMT"] => {
                let mut parts = date.split('-');
                let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
                if parts.next().is_some() {
                    return None;
                }
                let year = number(year, 2)?;
                let year = if year < 70 { 2000 + year } else { 1900 + year };
                (number(day, 2)?, month_of(month)?, year, *clock)
            }
            _ => return None,
        }
    } else {
        // asctime: the day of the month is padded with a space.
        let words: Vec<&str> = text.split_whitespace().collect();
        let [_weekday, month, day, clock, year] = words.as_slice() else {
            return None;
        };
        let day = number(day, 1).or_else(|| number(day, 2))?;
        (day, month_of(month)?, number(year, 4)?, *clock)
    };
    let mut clock = clock.split(':');
    let hour: u64 = number(clock.next()?, 2)?;
    let minute: u64 = number(clock.next()?, 2)?;
    let second: u64 = number(clock.next()?, 2)?;
    if clock.next().is_some() {
        return None;
    }
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 || year < 1970 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second;
    UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

/// A number of exactly `width` digits.
fn number(text: &str, width: usize) -> Option<u64> {
    (text.len() == width && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`), for years from 1970 on.
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn seconds_durations_and_dates() {
        let now = at(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse("120", now), Some(Duration::from_secs(120)));
        assert_eq!(parse(" 30s ", now), Some(Duration::from_secs(30)));
        assert_eq!(parse("1.5s", now), Some(Duration::from_millis(1500)));
        assert_eq!(
            parse("Sun, 06 Nov 1994 08:51:37 GMT", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse("Sun, 06 Nov 1994 08:49:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn anything_else_is_none() {
        let now = at(0);
        for text in [
            "",
            "s",
            "-5",
            "1.",
            ".5",
            "1e3",
            "30 s",
            "1.1234567891s",
            "soon",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun Nov 6 08:49:37 94",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
        ] {
            assert_eq!(parse(text, now), None, "{text:?}");
        }
        // Too many seconds are the longest duration, not a fault.
        assert_eq!(
            parse(&"9".repeat(40), now).map(|d| d.as_secs()),
            Some(u64::MAX)
        );
    }
}
