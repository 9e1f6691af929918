# Sourced by the benchmark scripts that start from scratch: `here` is this
# folder, `work` a fresh directory named after the script, under target/.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work="$here/target/$(basename "$0" .sh)"
rm -rf "$work"
mkdir -p "$work"
