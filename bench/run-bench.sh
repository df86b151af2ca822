#!/usr/bin/env bash
# The kiosk shell's benchmark: `kepu-kiosk --bench` headless at 1920x1080 (three runs), then, where
# Xvfb is installed, a real fullscreen kiosk window under X11: CPU and memory while the attract screen
# shows with nobody touching it; then the participation log's benchmark.
# Usage: bench/run-bench.sh [build/kepu-kiosk [build/kepu-log-bench]]   (or: make -C build bench)
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=${1:-build/kepu-kiosk}
log_bench=${2:-build/kepu-log-bench}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

for run in 1 2 3; do
  echo "== headless run $run"
  "$kiosk" --bench --content content --data "$data"
done

echo "== participation log"
"$log_bench" "$data/log-bench"

if ! command -v Xvfb >/dev/null; then
  echo "== X11: skipped (apt-get install xvfb to measure a real window)"
  exit 0
fi
echo "== X11 (Xvfb 1920x1080), fullscreen kiosk on the attract screen, 20 s untouched"
display=:97
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display "$kiosk" --kiosk --content content --data "$data" >/dev/null 2>&1 &
pid=$!
sleep 3
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep 20
after=$(ticks)
hz=$(getconf CLK_TCK)
awk -v t=$((after - before)) -v hz="$hz" 'BEGIN { printf "  CPU while attract shows       %8.2f %% of one core\n", t / hz / 20 * 100 }'
awk '/VmRSS|VmHWM/ { printf "  %-29s %8d MB\n", $1, $2 / 1024 }' "/proc/$pid/status"
kill "$pid" "$xvfb"
wait "$pid" 2>/dev/null || true
