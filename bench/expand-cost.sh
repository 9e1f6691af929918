#!/usr/bin/env bash
# The macro's cost as a user's `cargo check` pays it: a crate holding a
# family of ROWS variants (default 1,000), written with gwerr, with
# thiserror and by hand, checked again after a touch; rustc's own
# `-Ztime-passes` splits the time into macro expansion and the rest. The
# proc macros are built as cargo builds them for `cargo check`
# (unoptimised). Needs a nightly toolchain (for `-Ztime-passes` only);
# prints the best and the median of ROUNDS interleaved rounds (default 9),
# in seconds. SHAPE (default `placeholders`: two fields a variant) may be
# `phrases` (messages without placeholders); see `gen_crates`.
#
#   bash bench/expand-cost.sh [ROWS] [ROUNDS] [SHAPE]
set -euo pipefail
rows=${1:-1000}
rounds=${2:-9}
shape=${3:-placeholders}
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "expand-cost.sh needs a nightly toolchain for -Ztime-passes" >&2
  exit 1
fi
source "$(dirname "${BASH_SOURCE[0]}")/work.sh"
cargo run -q --release --manifest-path "$here/Cargo.toml" --bin gen_crates -- "$work" "$rows" "$shape"
export CARGO_TARGET_DIR="$work/target"
kinds=(hand thiserror gwerr)
for kind in "${kinds[@]}"; do
  (cd "$work/$kind" && cargo +nightly check -q)
done
declare -A expand total
for _ in $(seq "$rounds"); do
  for kind in "${kinds[@]}"; do
    cd "$work/$kind"
    touch src/lib.rs
    passes=$(cargo +nightly rustc -q --profile check -- -Ztime-passes 2>&1)
    expand[$kind]+=" $(echo "$passes" | awk '$NF == "macro_expand_crate" {print $2}' | tr -d ';')"
    total[$kind]+=" $(echo "$passes" | awk '$NF == "total" {print $2}' | tr -d ';')"
  done
done
summary() { # best/median of a list of numbers
  echo "$@" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {printf "%s / %s", a[1], a[int((NR+1)/2)]}'
}
echo "rows: $rows ($shape); best / median of $rounds rounds, seconds"
for kind in "${kinds[@]}"; do
  echo "$kind: macro expansion $(summary ${expand[$kind]}); whole check $(summary ${total[$kind]})"
done
