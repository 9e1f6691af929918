//! Writes the two programs that `size-cost.sh` builds: one family's
//! `Display`, `status()` and `code()` with gwerr, and with thiserror +
//! strum. `cargo run --release --bin gen_size -- DIR`

use std::path::Path;

use gwerr_bench::scratch::{gwerr_core_dependency, write_crate, Target};

/// Both programs are built with one codegen unit, as a size-minded build is.
const PROFILE: &str = "\n[profile.release]\ncodegen-units = 1\n";

fn main() -> std::io::Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: gen_size DIR");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let (gwerr, this) = gwerr_bench::generate::size_programs();
    let gwerr_deps = gwerr_core_dependency()? + PROFILE;
    write_crate(dir, "size", "gwerr", &gwerr_deps, Target::Bin, &gwerr)?;
    let this_deps = String::from(
        "http = \"1\"\nstrum = { version = \"0.28\", features = [\"derive\"] }\nthiserror = \"2\"\n",
    ) + PROFILE;
    write_crate(dir, "size", "thiserror", &this_deps, Target::Bin, &this)
}
