#!/usr/bin/env bash
# The macro's cost to its users: `cargo check` of a crate holding a family
# of ROWS variants (default 10,000), written with gwerr, with thiserror and
# by hand; first a full check, then an incremental one after a touch. Also
# a clean build of gwerr-core beside one of thiserror. Prints seconds and
# peak memory (KiB) per step.
set -euo pipefail
rows=${1:-10000}
shape=${2:-placeholders} # or `phrases`: see gen_crates
source "$(dirname "${BASH_SOURCE[0]}")/work.sh"
cargo run -q --release --manifest-path "$here/Cargo.toml" --bin gen_crates -- "$work" "$rows" "$shape"
export CARGO_TARGET_DIR="$work/target"

measure() { # label, command...
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s, %M KiB peak" "$@" 2>&1 >/dev/null | tail -n 1
}

for kind in hand thiserror gwerr; do
  cd "$work/$kind"
  cargo fetch -q
  measure "$kind: cargo check ($rows variants, dependencies built)" cargo check -q
  touch src/lib.rs
  measure "$kind: incremental cargo check after a touch" cargo check -q
done

# Clean builds of the runtime crates, each in its own target directory.
mkdir -p "$work/clean-thiserror/src"
printf '[package]\nname = "clean-thiserror"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n\n[dependencies]\nthiserror = "2"\n' > "$work/clean-thiserror/Cargo.toml"
echo "" > "$work/clean-thiserror/src/lib.rs"
cd "$work/clean-thiserror" && cargo fetch -q
CARGO_TARGET_DIR="$work/target-clean-thiserror" measure "clean cargo build of thiserror and its dependencies" cargo build -q
cd "$here/.."
CARGO_TARGET_DIR="$work/target-clean-gwerr" measure "clean cargo build of gwerr-core and its dependencies" cargo build -q -p gwerr-core
