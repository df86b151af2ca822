#!/usr/bin/env bash
# The benchmark pack: generated into the build folder (for script-bench-pack and the benchmark), the
# same on every run, valid with no problem, holding at least 5,000 distinct Chinese characters.
# Usage: bench_pack.sh GENERATOR KIOSK DIR
set -euo pipefail
generator=$1 kiosk=$2 dir=$3
fail() { echo "FAIL: $*"; echo "0 passed, 1 failed"; exit 1; }

rm -rf "$dir" "$dir.again"
"$generator" "$dir"
"$generator" "$dir.again" >/dev/null
diff -r "$dir" "$dir.again" >/dev/null || fail "two runs of the generator wrote different packs"
rm -rf "$dir.again"

out=$("$kiosk" validate "$dir" 2>&1) || fail "validate exited $?: $out"
summary=$(tail -n 1 <<<"$out")
[[ $summary == *"1 valid pack(s) with 8 item(s), 0 pack(s) and 0 item(s) skipped; 0 error(s), 0 warning(s)"* ]] ||
  fail "validate found problems: $out"

# Counted here, independently of the generator: CJK unified ideographs in every file of the pack.
distinct=$(cat "$dir"/pack.toml "$dir"/quizzes/*.toml "$dir"/stories/*.md |
  LC_ALL=C.UTF-8 grep -oP '[\x{4E00}-\x{9FFF}]' | sort -u | wc -l)
((distinct >= 5000)) || fail "the pack holds $distinct distinct Chinese characters, not 5,000"
echo "bench pack: $distinct distinct Chinese characters; $summary"
echo "1 passed, 0 failed"
