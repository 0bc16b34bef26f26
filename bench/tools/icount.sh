#!/usr/bin/env bash
# bench/tools/icount.sh BUNDLE FILE: the instructions (millions, valgrind) of a cold pass of an extractor bundle over FILE
# (one pass in a fresh process minus none: V8's compile work included, as --predictable compiles on the main thread)
# and of a steady pass (the 3rd minus the 2nd). Repeatable on a loaded machine, where wall clock is not. ~1 min per MB.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind >/dev/null || { echo "icount.sh needs valgrind (apt-get install valgrind)" >&2; exit 2; }
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --predictable --max-inlined-bytecode-size-cumulative=200 "$here/passes.mjs" "$1" "$2" "$3" 2>&1 |
    grep "I *refs" | sed 's/.*refs: *//; s/,//g'
}
a0=$(count "$1" "$2" 0); a1=$(count "$1" "$2" 1); a2=$(count "$1" "$2" 2); a3=$(count "$1" "$2" 3)
echo "cold $(((a1 - a0) / 1000000))M  steady $(((a3 - a2) / 1000000))M"
