//! The error index: a page per code of every family, in Markdown and HTML,
//! every link between pages leading to a page, and a family's `url`
//! option naming each code's page.

use std::collections::BTreeSet;

use gwerr_core::document::{self, Page};
use gwerr_core::FAMILIES;

/// Percent-decoding, as a static host reads a request's path.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[at], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

/// The targets of a page's links, relative to the index's directory.
fn links(page: &Page) -> Vec<String> {
    let dir = page.path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let (open, close) = if page.path.ends_with(".html") {
        ("href=\"", '"')
    } else {
        ("](", ')')
    };
    page.text
        .split(open)
        .skip(1)
        .map(|rest| {
            let target = decode(&rest[..rest.find(close).unwrap()]);
            if dir.is_empty() {
                target
            } else {
                format!("{dir}/{target}")
            }
        })
        .collect()
}

#[test]
fn every_code_has_its_pages_and_every_link_leads_to_a_page() {
    let pages = document::index(FAMILIES);
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), pages.len(), "no page is written twice");
    let mut rows = 0;
    for family in FAMILIES {
        for row in family.rows() {
            rows += 1;
            for extension in ["md", "html"] {
                let path = format!("{}/{}.{extension}", family.name, row.code.text);
                assert!(paths.contains(path.as_str()), "{path}");
            }
        }
        // The family's index lists its codes in order.
        let index = pages
            .iter()
            .find(|p| p.path == format!("{}/index.md", family.name))
            .unwrap();
        let codes: Vec<String> = links(index)
            .iter()
            .map(|link| {
                link.trim_end_matches(".md")
                    .rsplit_once('/')
                    .unwrap()
                    .1
                    .to_owned()
            })
            .collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(codes, sorted);
    }
    assert!(rows >= 160, "{rows}");
    for page in &pages {
        for link in links(page) {
            assert!(paths.contains(link.as_str()), "{}: {link}", page.path);
        }
    }
}

#[test]
fn a_page_says_what_explain_says() {
    let pages = document::index(FAMILIES);
    let page = pages
        .iter()
        .find(|p| p.path == "VpcError/T429SR.md")
        .unwrap();
    for fact in [
        "# T429SR\n",
        "| Family | VpcError |",
        "| Variant | VpcError::ThrottledByServer |",
        "| HTTP status | 429 Too Many Requests |",
        "| Message | Throttled by SERVER Flow Control |",
        "| Retry | throttled",
    ] {
        assert!(page.text.contains(fact), "{fact}: {}", page.text);
    }
    let html = pages
        .iter()
        .find(|p| p.path == "VpcError/I400HD.html")
        .unwrap();
    // Texts are escaped: the message's backticks stay, `<` would not.
    assert!(
        html.text
            .contains("<td>Invalid Header `${HeaderName}` ${Reason}</td>"),
        "{}",
        html.text
    );
}

gwerr_core::error_table! {
    /// A family with a page per code.
    pub enum Shop {
        url = "https://docs.example.com/errors/{code}.html";

        table "Errors" {
        | Code | Status | Message |
        | "Missing{Item}" as Missing | 400 | "The {Item} is missing." |
        | "Out of stock" as OutOfStock | 409 | "Out of stock." |
        | "a/b" as Slashed | 400 | "A code no file can be named after." |
        }
    }
}

#[test]
fn a_familys_url_names_its_codes_pages() {
    let pages = document::index(&[ShopCode::FAMILY]);
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    for code in [ShopCode::Missing, ShopCode::OutOfStock] {
        let url = ShopCode::FAMILY
            .code_url(code.row().code.text)
            .unwrap()
            .to_string();
        let path = url
            .strip_prefix("https://docs.example.com/errors/")
            .unwrap();
        // A static host serving the family's directory at that address
        // decodes the path and finds the page.
        let page = format!("Shop/{}", decode(path));
        assert!(paths.contains(page.as_str()), "{url} -> {page}");
    }
    // A code that cannot name a file has a page all the same, encoded.
    assert!(paths.contains("Shop/a%2Fb.html"));
}
