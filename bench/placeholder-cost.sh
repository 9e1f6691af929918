#!/usr/bin/env bash
# The time rustc takes to check a family whose one message holds N
# placeholders, at two sizes in one run: linear is 4x the time for 4x the
# placeholders (the struct literal that from_fields once built, each field
# able to return early, made it cubic: 300 placeholders took 8.8 s).
# `bash bench/placeholder-cost.sh [N]` (default 150, then 4N).
set -euo pipefail
n=${1:-150}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work="$here/target/placeholder-cost"
mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "placeholder-cost"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
gwerr-core = { path = "$here/../gwerr-core" }
TOML
write() { # placeholders
  python3 - "$1" > "$work/src/lib.rs" <<'PY'
import sys
n = int(sys.argv[1])
message = " ".join("{P%d}" % i for i in range(n))
print('gwerr_core::error_table! { pub enum E { placeholders = "{Name}"; table "T" {')
print("| Code | Status | Message |")
print('| E1 | 400 | "%s" |' % message)
print("} } }")
PY
}
cd "$work"
write 1
cargo check -q
for size in "$n" $((4 * n)); do
  write "$size"
  start=$(date +%s.%N)
  cargo check -q
  end=$(date +%s.%N)
  echo "$size placeholders: $(echo "$end - $start" | bc) s"
done
