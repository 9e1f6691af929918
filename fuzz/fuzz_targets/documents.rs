//! Any text read as a vendor's document in both layouts, and every table
//! read back from its rendering: no panic, and the Markdown writer's
//! output reads back as what was read.

#![no_main]

use gwerr_core::document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = document::is_markdown(text);
    let plain = document::parse(text);
    for table in document::parse_any(text).iter().chain(&plain) {
        for row in &table.rows {
            let _ = document::line(row);
        }
    }
    // A table as read is a table a reader can get back: each cell's text
    // (one line, as every text read from a table is) through the writer
    // of a Markdown line and the reader again.
    for table in document::parse_markdown(text) {
        let delimiter = format!("|{}", "---|".repeat(table.header.len()));
        let header = document::markdown_line(&table.header);
        let back = document::parse_markdown(&format!("{header}\n{delimiter}\n"));
        assert_eq!(back.len(), 1, "{header}");
        assert_eq!(back[0].header, table.header, "{header}");
    }
});
