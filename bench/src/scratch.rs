//! The crates that the cost scripts build, each written as a workspace of
//! its own (`gen_crates`, `gen_size`).

use std::fs;
use std::io;
use std::path::Path;

/// A crate's source file: `src/lib.rs` or `src/main.rs`.
pub enum Target {
    Lib,
    Bin,
}

/// Writes `dir/name/`: a `Cargo.toml` for the package `prefix-name`,
/// its dependencies `deps` (with any further manifest text after them),
/// and its one source file.
pub fn write_crate(
    dir: &Path,
    prefix: &str,
    name: &str,
    deps: &str,
    target: Target,
    source: &str,
) -> io::Result<()> {
    let root = dir.join(name);
    fs::create_dir_all(root.join("src"))?;
    fs::write(
        root.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{prefix}-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\n{deps}"
        ),
    )?;
    let file = match target {
        Target::Lib => "src/lib.rs",
        Target::Bin => "src/main.rs",
    };
    fs::write(root.join(file), source)
}

/// The dependency line of this repository's gwerr-core, by absolute path.
pub fn gwerr_core_dependency() -> io::Result<String> {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../gwerr-core")
        .canonicalize()?;
    Ok(format!(
        "gwerr-core = {{ path = {:?} }}\n",
        core.display().to_string()
    ))
}
