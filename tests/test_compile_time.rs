//! rustc's time on a family grows linearly with the placeholders of one
//! message: checking a crate whose message has 4x the placeholders takes
//! about 4x as long, in one run (the struct literal `from_fields` once
//! built made it cubic: 300 placeholders took 8.8 s, 1,000 about 17
//! minutes). A ratio, not a wall-clock bound; each size is the best of two
//! checks.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn write_crate(dir: &Path, placeholders: usize) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("gwerr-core");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"placeholders\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\ngwerr-core = {{ path = {:?} }}\n",
            core.display().to_string()
        ),
    )
    .unwrap();
    // The workspace's versions of the dependencies, already built or
    // fetched by the workspace's own build.
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock");
    std::fs::copy(lock, dir.join("Cargo.lock")).unwrap();
    let message: Vec<String> = (0..placeholders).map(|i| format!("{{P{i}}}")).collect();
    std::fs::write(
        dir.join("src/lib.rs"),
        format!(
            "gwerr_core::error_table! {{ pub enum E {{ placeholders = \"{{Name}}\"; table \"T\" {{\n| Code | Status | Message |\n| E1 | 400 | \"{}\" |\n}} }} }}\n",
            message.join(" ")
        ),
    )
    .unwrap();
}

fn check(dir: &Path, target: &Path) -> Duration {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| String::from("cargo"));
    (0..2)
        .map(|_| {
            // A change to the source makes cargo check the crate again.
            let lib = dir.join("src/lib.rs");
            let text = std::fs::read_to_string(&lib).unwrap();
            std::fs::write(&lib, text).unwrap();
            let start = Instant::now();
            let output = Command::new(&cargo)
                .args(["check", "--quiet", "--manifest-path"])
                .arg(dir.join("Cargo.toml"))
                .arg("--target-dir")
                .arg(target)
                .output()
                .unwrap();
            let elapsed = start.elapsed();
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            elapsed
        })
        .min()
        .unwrap()
}

#[test]
fn checking_many_placeholders_takes_linear_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tests/compile-time");
    let target = root.join("target");
    let (small, large) = (root.join("small"), root.join("large"));
    write_crate(&small, 100);
    write_crate(&large, 400);
    // The first check builds gwerr-core and its dependencies; not timed.
    check(&small, &target);
    let small = check(&small, &target);
    let large = check(&large, &target);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-9);
    // Linear is about 4 (less, with cargo's own fixed cost); quadratic
    // would be about 16, cubic 64.
    assert!(
        ratio < 10.0,
        "4x the placeholders took {ratio:.1}x the time ({small:?} -> {large:?})"
    );
}
