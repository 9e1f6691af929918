#!/usr/bin/env bash
# The macro's cost counted rather than timed: the instructions rustc
# executes for `cargo check` after a touch of a crate holding a family of
# ROWS variants (default 1,000), written with gwerr, with thiserror and by
# hand, under valgrind (callgrind); and how many of them are the proc
# macro's own (its shared object). Deterministic where timings on a shared
# machine swing by a fifth. Needs valgrind; takes about a minute a crate.
set -euo pipefail
rows=${1:-1000}
shape=${2:-placeholders} # or `phrases`: see gen_crates
command -v valgrind >/dev/null || { echo "check-instructions.sh needs valgrind" >&2; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/work.sh"
cargo run -q --release --manifest-path "$here/Cargo.toml" --bin gen_crates -- "$work" "$rows" "$shape"
export CARGO_TARGET_DIR="$work/target"
echo "rows: $rows ($shape); instructions of rustc for cargo check after a touch"
for kind in hand thiserror gwerr; do
  cd "$work/$kind"
  cargo check -q
  touch src/lib.rs
  # The rustc command cargo runs for this crate, run again under valgrind.
  rustc_command=$(cargo check -v 2>&1 | sed -n 's/.*Running `\(.*\)`$/\1/p' | tail -n 1)
  touch src/lib.rs
  out="$work/callgrind.$kind"
  eval "valgrind --tool=callgrind --callgrind-out-file=$out $rustc_command" 2>/dev/null
  callgrind_annotate --threshold=100 "$out" | awk -v kind="$kind" '
    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
    /\[.*(gwerr_macros|thiserror_impl)[^\/]*\.so\]$/ { gsub(",", "", $1); macro += $1 }
    END { printf "%s: %.3f G instructions, of which the proc macro %.3f G\n", kind, total / 1e9, macro / 1e9 }'
done
