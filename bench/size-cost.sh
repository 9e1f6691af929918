#!/usr/bin/env bash
# Goal 6 of the macro's cost: the release binary of a program that uses one
# family's Display, status() and code() (the VPC table, 81 rows), with gwerr
# and with thiserror + strum. Prints each binary's size, as built and
# stripped, and what gwerr-core's metadata contributes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/work.sh"
cargo run -q --release --manifest-path "$here/Cargo.toml" --bin gen_size -- "$work"
export CARGO_TARGET_DIR="$work/target"
for kind in thiserror gwerr; do
  (cd "$work/$kind" && cp "$here/Cargo.lock" . && cargo build -q --release)
  bin="$work/target/release/size-$kind"
  strip -o "$bin.stripped" "$bin"
  echo "$kind: $(stat -c %s "$bin") bytes, $(stat -c %s "$bin.stripped") stripped; prints: $("$bin")"
done
