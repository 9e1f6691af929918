//! The `tracing` feature: an error's fields under OpenTelemetry's names, on
//! an event and on a span, read back by a subscriber that keeps them; and
//! `error.type` bounded by the tables whatever the responses.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use gwerr_core::wire::GatewayResponse;
use gwerr_core::{Error, ManagementError, VpcError, FAMILIES};
use http::{HeaderMap, HeaderValue, StatusCode};
use tracing::field::{Empty, Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

type Fields = BTreeMap<String, String>;

/// A subscriber that keeps every event's fields and every span's.
#[derive(Clone, Default)]
struct Keep {
    events: Arc<Mutex<Vec<Fields>>>,
    spans: Arc<Mutex<BTreeMap<u64, Fields>>>,
    next: Arc<AtomicU64>,
}

struct FieldsOf<'a>(&'a mut Fields);

impl Visit for FieldsOf<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Keep {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let mut fields = Fields::new();
        span.record(&mut FieldsOf(&mut fields));
        self.spans.lock().unwrap().insert(id, fields);
        Id::from_u64(id)
    }

    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.spans.lock().unwrap();
        values.record(&mut FieldsOf(spans.entry(span.into_u64()).or_default()));
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields::new();
        event.record(&mut FieldsOf(&mut fields));
        self.events.lock().unwrap().push(fields);
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

fn fields(pairs: &[(&str, &str)]) -> Fields {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn an_event_carries_the_errors_fields() {
    let keep = Keep::default();
    tracing::subscriber::with_default(keep.clone(), || {
        let mut headers = HeaderMap::new();
        headers.insert("x-ca-error-code", HeaderValue::from_static("MissingAppId"));
        headers.insert("x-ca-request-id", HeaderValue::from_static("5F0C-17"));
        let error: Error<ManagementError> =
            gwerr_core::wire::check(StatusCode::BAD_REQUEST, &headers).unwrap_err();
        error.trace();
    });
    let events = keep.events.lock().unwrap();
    assert_eq!(events.len(), 1);
    let mut event = events[0].clone();
    let message = event.remove("message").unwrap();
    assert!(message.contains("MissingAppId"), "{message}");
    assert_eq!(
        event,
        fields(&[
            ("error.type", "Missing%s"),
            ("http.response.status_code", "400"),
            ("gwerr.request_id", "5F0C-17"),
            ("gwerr.retry", "never"),
        ])
    );
}

#[test]
fn a_span_that_declares_the_fields_gets_them() {
    let keep = Keep::default();
    tracing::subscriber::with_default(keep.clone(), || {
        let span = tracing::info_span!(
            "call",
            error.type = Empty,
            http.response.status_code = Empty,
            gwerr.request_id = Empty,
            gwerr.retry = Empty,
        );
        Error::new(VpcError::CircuitBreakerBusy).record(&span);
    });
    let spans = keep.spans.lock().unwrap();
    assert_eq!(
        spans.values().next().unwrap(),
        &fields(&[
            ("error.type", "D503BB"),
            ("http.response.status_code", "503"),
            ("gwerr.retry", "throttled"),
        ])
    );
}

/// A stream of made-up responses (real codes, templated codes filled in,
/// noise, messages alone, any status): `error.type` takes no value but a
/// row's code and `_OTHER`.
#[test]
fn error_type_is_bounded_by_the_tables() {
    let codes: Vec<&str> = FAMILIES
        .iter()
        .flat_map(|family| family.rows())
        .map(|row| row.code.text)
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut seen = BTreeSet::new();
    for _ in 0..5_000 {
        let pick = next();
        let mut headers = HeaderMap::new();
        let code = match pick % 5 {
            0 => codes[(next() % codes.len() as u64) as usize].to_owned(),
            1 => format!("Missing{}", next() % 1000),
            2 => format!("Invalid{}.NotFound", next() % 1000),
            3 => format!("Z{}", next()),
            _ => String::new(),
        };
        if let Ok(value) = HeaderValue::from_str(&code) {
            if !code.is_empty() {
                headers.insert("x-ca-error-code", value);
            }
        }
        if pick % 7 == 0 {
            headers.insert(
                "x-ca-error-message",
                HeaderValue::from_static("Loop Detected"),
            );
        }
        let status = StatusCode::from_u16(400 + (next() % 200) as u16).unwrap();
        if let Err(error) = GatewayResponse::classify(status, &headers).into_result() {
            seen.insert(error.error_type());
        }
    }
    let allowed: BTreeSet<&str> = codes.iter().copied().chain(["_OTHER"]).collect();
    assert!(
        seen.is_subset(&allowed),
        "{:?}",
        seen.difference(&allowed).collect::<Vec<_>>()
    );
    assert!(seen.len() <= codes.len() + 1);
    // The stream did meet templated rows and the unrecognised.
    assert!(
        seen.contains("Missing%s") && seen.contains("_OTHER"),
        "{seen:?}"
    );
}
