//! Writes `src/baselines.rs` from the VPC family's own metadata, so that
//! the baselines cannot drift from the table: `cargo run --bin
//! gen_baselines > src/baselines.rs` (the test `baselines_are_generated`
//! fails when the file differs from what this prints).

fn main() {
    print!("{}", gwerr_bench::generate::baselines());
}
