#!/usr/bin/env bash
# Goal 5 of the macro's cost, counted rather than timed: the instructions
# of one `Display` of each of the runtime benchmark's three messages
# (no placeholder, one, two with long values), written with gwerr, by
# hand and with thiserror, in a release build, under valgrind (callgrind).
# Each figure is (the run's instructions - the loop's alone) / 100,000.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v valgrind >/dev/null || { echo "display-instructions.sh needs valgrind" >&2; exit 1; }
cargo build -q --release --manifest-path "$here/Cargo.toml" --bin display_count
bin="$here/target/release/display_count"
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
names=("no placeholder" "one placeholder" "two placeholders, long values")
for case in 0 1 2; do
  loop=$(count none "$case")
  line="${names[$case]}:"
  for kind in gwerr hand thiserror; do
    line+=" $kind $(( ($(count "$kind" "$case") - loop) / 100000 ))"
  done
  echo "$line instructions a Display"
done
