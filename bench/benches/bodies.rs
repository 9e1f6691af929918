//! Reading a typed error from a JSON and from an XML body: gwerr's
//! `check_response` beside a hand-written reader of the same body with the
//! same parser (serde_json's derive into borrowed fields; quick-xml's
//! events), which then reads the code and message with `wire::read`, as a
//! user would. One response per row of a 20-row family, each body with
//! members the reader has to skip.

use std::borrow::Cow;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gwerr_core::wire::{self, Convention, Place};
use http::Response;

gwerr_core::error_table! {
    pub enum Store {
        placeholders = "<Name>";
        table "Errors" {
        | Code | Status | Message |
        | NoSuchBlob | 404 | "The blob <blobName> is not there." |
        | NoSuchContainer | 404 | "The container <containerName> is not there." |
        | BlobTooLarge | 413 | "The blob is over <maxBytes> bytes." |
        | AccountDisabled | 403 | "The account <accountName> is switched off." |
        | AuthFailed | 403 | "The signature does not match." |
        | BadRange | 416 | "The range <range> is outside the blob." |
        | LeaseHeld | 409 | "The blob has a lease <leaseId>." |
        | LeaseMissing | 412 | "No lease is held on the blob." |
        | QuotaSpent | 403 | "The account's quota is spent." |
        | ServerBusy | 503 | "The server is busy." |
        | Timeout | 500 | "The operation took longer than <seconds> seconds." |
        | BadHeader | 400 | "The header <headerName> is malformed." |
        | BadQuery | 400 | "The query parameter <parameter> is malformed." |
        | MissingHeader | 400 | "The header <headerName> is missing." |
        | BadVersion | 400 | "The version <version> is not supported." |
        | Conflict | 409 | "Another request changed the blob." |
        | Gone | 410 | "The blob was deleted." |
        | TooMany | 429 | "Too many requests from <client>." |
        | Internal | 500 | "The server hit a fault." |
        | Unavailable | 503 | "The service is unavailable." |
        }
    }
}

const JSON: Convention = Convention::at(
    Place::Json(&["error", "code"]),
    Place::Json(&["error", "message"]),
    Place::Nowhere,
);

const XML: Convention = Convention::at(
    Place::Xml(&["Error", "Code"]),
    Place::Xml(&["Error", "Message"]),
    Place::Nowhere,
);

/// Each row's message with its placeholders filled.
fn messages() -> Vec<(u16, &'static str, String)> {
    StoreCode::ALL
        .iter()
        .map(|code| {
            let row = code.row();
            let mut message = row.message.text.to_owned();
            for field in row.fields {
                message = message.replace(&format!("<{}>", field.placeholder), "value-1");
            }
            (row.status.as_u16(), row.code.text, message)
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct JsonBody<'a> {
    #[serde(borrow)]
    error: JsonError<'a>,
}

#[derive(serde::Deserialize)]
struct JsonError<'a> {
    #[serde(borrow)]
    code: Cow<'a, str>,
    #[serde(borrow)]
    message: Cow<'a, str>,
}

fn hand_json(response: &Response<String>) -> Option<Store> {
    let body: JsonBody = serde_json::from_str(response.body()).ok()?;
    wire::read::<Store>(&body.error.code, Some(&body.error.message)).ok()
}

fn hand_xml(response: &Response<String>) -> Option<Store> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(response.body());
    let (mut code, mut message) = (String::new(), String::new());
    let mut depth = 0;
    let mut inside = 0u8;
    loop {
        match reader.read_event().ok()? {
            Event::Start(start) => {
                depth += 1;
                inside = match (depth, start.local_name().as_ref()) {
                    (2, "Code") => 1,
                    (2, "Message") => 2,
                    _ => 0,
                };
            }
            Event::End(_) => {
                depth -= 1;
                inside = 0;
            }
            Event::Text(text) => match inside {
                1 => code.push_str(&text.xml10_content()),
                2 => message.push_str(&text.xml10_content()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    wire::read::<Store>(&code, Some(&message)).ok()
}

fn bodies(c: &mut Criterion) {
    let json: Vec<Response<String>> = messages()
        .into_iter()
        .map(|(status, code, message)| {
            let body = format!(
                r#"{{"error": {{"code": "{code}", "message": "{message}", "details": [{{"reason": "r", "metadata": {{"a": "b"}}}}]}}, "trace": "t-1"}}"#
            );
            Response::builder().status(status).body(body).unwrap()
        })
        .collect();
    let xml: Vec<Response<String>> = messages()
        .into_iter()
        .map(|(status, code, message)| {
            let body = format!(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{code}</Code><Message>{message}</Message><Detail><Reason>r</Reason></Detail></Error>"
            );
            Response::builder().status(status).body(body).unwrap()
        })
        .collect();
    for response in &json {
        let by_gwerr = wire::check_response::<Store, _>(&JSON, response).unwrap_err();
        assert_eq!(by_gwerr.typed(), hand_json(response).as_ref());
    }
    for response in &xml {
        let by_gwerr = wire::check_response::<Store, _>(&XML, response).unwrap_err();
        assert_eq!(by_gwerr.typed(), hand_xml(response).as_ref());
    }

    let mut group = c.benchmark_group("read bodies");
    group.throughput(Throughput::Elements(json.len() as u64));
    group.bench_function("JSON, hand-written serde_json reader", |b| {
        b.iter(|| {
            json.iter()
                .for_each(|r| drop(black_box(hand_json(black_box(r)))))
        })
    });
    group.bench_function("JSON, check_response", |b| {
        b.iter(|| {
            json.iter().for_each(|r| {
                drop(black_box(wire::check_response::<Store, _>(
                    &JSON,
                    black_box(r),
                )))
            })
        })
    });
    group.bench_function("XML, hand-written quick-xml reader", |b| {
        b.iter(|| {
            xml.iter()
                .for_each(|r| drop(black_box(hand_xml(black_box(r)))))
        })
    });
    group.bench_function("XML, check_response", |b| {
        b.iter(|| {
            xml.iter().for_each(|r| {
                drop(black_box(wire::check_response::<Store, _>(
                    &XML,
                    black_box(r),
                )))
            })
        })
    });
    group.finish();
}

criterion_group!(benches, bodies);
criterion_main!(benches);
