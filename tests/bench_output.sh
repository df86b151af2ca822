#!/usr/bin/env bash
# `kepu-kiosk --bench` runs its whole walk (home, a module, a story) and prints every figure as a
# `name value unit` line that bench/run-bench.sh can tabulate; the memory breakdown adds up. Checks the
# shape and sums, never the timings (those are the benchmark's job). Usage: bench_output.sh KIOSK WORKDIR
set -uo pipefail
kiosk=$1 work=$2
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
content="$(cd "$(dirname "$0")/.." && pwd)/content"
out=$work/bench.txt
"$kiosk" --bench --windowed 640x480 --data "$work/data" --content "$content" >"$out" 2>"$work/stderr.txt"
rc=$?
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
[[ $rc == 0 ]] || fail "--bench exited $rc (a tap did not reach its screen?)"

# Every line is a heading (#) or `name number unit`.
bad=$(awk '!/^#/ && !(NF == 3 && $2 ~ /^-?[0-9]+(\.[0-9]+)?$/)' "$out")
[[ -z $bad ]] || fail "lines not of the form 'name number unit': $bad"
value() { awk -v k="$1" '$1 == k { print $2 }' "$out"; }
for key in first_frame home_frame_avg tap_start_to_home_frames tap_card_to_story_frames tap_card_to_story \
  tap_card_to_story_last_frame tap_card_to_story_longest_frame idle_cpu_home rss rss_llvm rss_mesa_drivers \
  rss_gl_egl rss_heap_anon rss_font_file rss_other rss_smaps_total pss; do
  [[ $(value "$key" | wc -l) == 1 ]] || fail "no single '$key' line"
done
# The story really opened: a positive number of frames, the longest frame within the whole.
awk -v f="$(value tap_card_to_story_frames)" 'BEGIN { exit !(f >= 1) }' || fail "story never opened"
awk -v l="$(value tap_card_to_story_longest_frame)" -v t="$(value tap_card_to_story)" \
  'BEGIN { exit !(l > 0 && l <= t) }' || fail "longest frame not within the tap's time"
grep -q '^# story opened: story-' "$out" || fail "the card tapped was not a story"
# The breakdown adds up to the smaps total, which is the process's RSS (within rounding and growth).
awk '$1 ~ /^rss_(llvm|mesa_drivers|gl_egl|heap_anon|font_file|other)$/ { sum += $2 }
     $1 == "rss_smaps_total" { total = $2 } $1 == "rss" { rss = $2 }
     END { exit !(sum > 0 && sum - total < 0.1 && total - sum < 0.1 && total > rss * 0.9 && total < rss * 1.1) }' \
  "$out" || fail "the memory breakdown does not add up to RSS"
awk '$1 == "pss" && $2 > 0 { ok = 1 } END { exit !ok }' "$out" || fail "no PSS"

if ((failures)); then
  echo "--- output:"
  cat "$out" "$work/stderr.txt"
  exit 1
fi
echo "bench output: all checks passed"
