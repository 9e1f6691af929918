//! A crate outside the workspace, depending on gwerr-core alone and under
//! another name, declares a family and passes its own tests.

use std::path::Path;
use std::process::Command;

#[test]
fn a_crate_with_only_gwerr_core_declares_a_family() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| String::from("cargo"));
    let output = Command::new(cargo)
        .arg("test")
        .arg("--quiet")
        .arg("--manifest-path")
        .arg(root.join("tests/outside-crate/Cargo.toml"))
        .arg("--target-dir")
        .arg(root.join("target/tests/outside-crate"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("test result: ok. 2 passed"), "{stdout}");

    let metadata = Command::new(std::env::var("CARGO").unwrap_or_else(|_| String::from("cargo")))
        .args([
            "tree",
            "--depth",
            "1",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--manifest-path",
        ])
        .arg(root.join("tests/outside-crate/Cargo.toml"))
        .output()
        .unwrap();
    let tree = String::from_utf8_lossy(&metadata.stdout);
    let direct: Vec<&str> = tree
        .lines()
        .skip(1)
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(direct, ["gwerr-core"], "{tree}");
}
