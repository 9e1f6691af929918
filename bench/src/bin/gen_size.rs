//! Writes the two programs that `size-cost.sh` builds: one family's
//! `Display`, `status()` and `code()` with gwerr, and with thiserror +
//! strum. `cargo run --release --bin gen_size -- DIR`

use std::fs;
use std::path::Path;

fn write_crate(dir: &Path, name: &str, deps: &str, main: &str) -> std::io::Result<()> {
    let root = dir.join(name);
    fs::create_dir_all(root.join("src"))?;
    fs::write(
        root.join("Cargo.toml"),
        format!(
            "[package]\nname = \"size-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\n{deps}\n[profile.release]\ncodegen-units = 1\n"
        ),
    )?;
    fs::write(root.join("src/main.rs"), main)
}

fn main() -> std::io::Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: gen_size DIR");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let core = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../gwerr-core")
        .canonicalize()?;
    let (gwerr, this) = gwerr_bench::generate::size_programs();
    write_crate(
        dir,
        "gwerr",
        &format!(
            "gwerr-core = {{ path = {:?} }}\n",
            core.display().to_string()
        ),
        &gwerr,
    )?;
    write_crate(
        dir,
        "thiserror",
        "http = \"1\"\nstrum = { version = \"0.28\", features = [\"derive\"] }\nthiserror = \"2\"\n",
        &this,
    )?;
    Ok(())
}
