//! The peak memory and the time of reading a large Markdown document:
//! `cargo run --release --bin markdown_peak -- published|pipes [MB]`.
//! The document is written in memory first, so the peak includes it once.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let shape = args.next().unwrap_or_else(|| "published".to_owned());
    let megabytes: usize = match args.next().map(|arg| arg.parse()) {
        None => 100,
        Some(Ok(megabytes)) => megabytes,
        Some(Err(error)) => {
            eprintln!("markdown_peak: the size in MB: {error}");
            std::process::exit(2);
        }
    };
    let size = megabytes * 1_000_000;
    let text = match shape.as_str() {
        // One table of a vendor's shape: a code span and an escaped pipe a row.
        "published" => {
            let row = "| Code | 400 | The request is not valid: `x` is missing \\| here. |\n";
            let head = "## 1. Errors\n\n| Code | Status | Message |\n|---|---|---|\n";
            format!("{head}{}", row.repeat(size / row.len()))
        }
        // Tables of one-byte cells, 100,000 rows each.
        "pipes" => {
            let table = format!("| a | b |\n|---|---|\n{}\n", "|a|b|\n".repeat(100_000));
            table.repeat(size / table.len())
        }
        other => {
            eprintln!("markdown_peak: unknown shape {other:?} (published, pipes)");
            std::process::exit(2);
        }
    };
    let start = Instant::now();
    let tables = gwerr_core::document::parse_markdown(&text);
    let elapsed = start.elapsed();
    let rows: usize = tables.iter().map(|table| table.rows.len()).sum();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .map_or("unknown".to_owned(), |peak| peak.trim().to_owned());
    println!(
        "{shape}: {} bytes, {} tables, {rows} rows, {:.2} s, peak {peak}",
        text.len(),
        tables.len(),
        elapsed.as_secs_f64()
    );
}
