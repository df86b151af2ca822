#!/usr/bin/env bash
# The kiosk shell's benchmark: `kepu-kiosk --bench` headless at 1920x1080 (three runs on each renderer,
# OpenGL and SDL's software renderer, taken in turns), then, where Xvfb is installed, a real fullscreen
# kiosk window under X11 on each renderer: CPU and memory while the attract screen shows with nobody
# touching it; then the participation log's benchmark.
# Usage: bench/run-bench.sh [build/kepu-kiosk [build/kepu-log-bench]]   (or: make -C build bench)
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=${1:-build/kepu-kiosk}
log_bench=${2:-build/kepu-log-bench}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

for run in 1 2 3; do
  for renderer in gl software; do
    echo "== headless run $run, --renderer $renderer"
    "$kiosk" --bench --renderer "$renderer" --content content --data "$data" 2>/dev/null
  done
done

echo "== participation log"
"$log_bench" "$data/log-bench"

if ! command -v Xvfb >/dev/null; then
  echo "== X11: skipped (apt-get install xvfb to measure a real window)"
  exit 0
fi
display=:97
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
for renderer in gl software; do
  echo "== X11 (Xvfb 1920x1080), --renderer $renderer, fullscreen kiosk on the attract screen, 20 s untouched"
  DISPLAY=$display "$kiosk" --kiosk --renderer "$renderer" --content content --data "$data" >/dev/null 2>&1 &
  pid=$!
  sleep 3
  ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  before=$(ticks)
  sleep 20
  after=$(ticks)
  hz=$(getconf CLK_TCK)
  awk -v t=$((after - before)) -v hz="$hz" 'BEGIN { printf "  CPU while attract shows       %8.2f %% of one core\n", t / hz / 20 * 100 }'
  awk '/VmRSS|VmHWM/ { printf "  %-29s %8d MB\n", $1, $2 / 1024 }' "/proc/$pid/status"
  awk '/^Pss:/ { printf "  %-29s %8d MB\n", "Pss:", $2 / 1024 }' "/proc/$pid/smaps_rollup"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
kill "$xvfb"
