#!/usr/bin/env bash
# The kiosk's benchmark (docs/performance.md): builds kepu-kiosk (and the benchmark pack generator
# when the build has it), generates the pack, runs `kepu-kiosk --bench` headless on it for each
# renderer, then shows the home screen in a real fullscreen window under X11 (Xvfb) and sets its
# memory beside Chromium's in kiosk mode on bench/home-equivalent.html, measured in the same run.
#
# Usage: bench/run-bench.sh [--no-build] [BUILD_DIR]     (or: make -C build bench)
# Settings (environment):
#   RENDERERS="gl software"  what to measure (default: gl, and software when kepu-kiosk --help
#                            lists --renderer)
#   CONTENT=DIR              content to measure (default: the generated pack, else content/)
#   RUNS=3                   headless runs per renderer (0: none)
#   IDLE_SECONDS=20          how long the static home screen is watched under X11
#   X11=0 / CHROMIUM=0 / LOG_BENCH=0   skip the X11 part / the Chromium comparison / the log benchmark
# Xvfb, xdotool and chromium are installed with apt-get when missing (as root only).
set -euo pipefail
cd "$(dirname "$0")/.."
build_first=1
if [[ ${1:-} == --no-build ]]; then
  build_first=0
  shift
fi
build=${1:-build}
kiosk=$build/kepu-kiosk
runs=${RUNS:-3}
idle_seconds=${IDLE_SECONDS:-20}
data=$(mktemp -d)
results=$build/bench-results
rm -rf "$results"
mkdir -p "$results"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$data"
}
trap cleanup EXIT

if ((build_first)); then
  [[ -f $build/CMakeCache.txt ]] || cmake -S . -B "$build" >/dev/null
  targets=(kepu-kiosk kepu-log-bench)
  # The pack generator is another part of issue 7; until it is in the build, the bundled content is measured.
  if cmake --build "$build" --target help | grep -qw kepu-bench-pack; then targets+=(kepu-bench-pack); fi
  cmake --build "$build" -j2 --target "${targets[@]}"
fi

content=${CONTENT:-}
if [[ -z $content && -x $build/kepu-bench-pack ]]; then
  rm -rf "$build/bench-pack"
  "$build/kepu-bench-pack" "$build/bench-pack"
  content=$build/bench-pack
fi
content=${content:-content}

renderer_option=0
"$kiosk" --help | grep -q -- --renderer && renderer_option=1
if [[ -z ${RENDERERS:-} ]]; then
  RENDERERS=gl
  ((renderer_option)) && RENDERERS="gl software"
fi
# The option, for kiosks that have it; a kiosk without it only has GL.
renderer_args() {
  if ((renderer_option)); then echo "--renderer $1"; fi
}

echo "== Kepu Kiosk benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, content $content, renderers: $RENDERERS"
echo "   (raw output in $results)"
for renderer in $RENDERERS; do
  ((runs > 0)) || break
  for run in $(seq "$runs"); do
    out=$results/headless-$renderer-$run.txt
    # shellcheck disable=SC2046
    "$kiosk" --bench $(renderer_args "$renderer") --content "$content" --data "$data/$renderer-$run" >"$out" ||
      echo "   headless run $run ($renderer) exited non-zero: see $out"
  done
  echo
  echo "== headless, renderer $renderer, $runs runs: name, each run, unit"
  # One line per figure: the value of each run side by side, in the order --bench prints them.
  awk '!/^#/ && NF >= 3 { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1; unit[$1] = $3 }
                          v[$1] = v[$1] sprintf(" %10s", $2) }
       END { for (i = 1; i <= n; i++) printf "   %-32s%s %s\n", order[i], v[order[i]], unit[order[i]] }' \
    "$results"/headless-"$renderer"-*.txt
  grep -h '^# story opened' "$results/headless-$renderer-1.txt" | sed 's/^/   /' || true
done

if [[ ${LOG_BENCH:-1} != 0 && -x $build/kepu-log-bench ]]; then
  echo
  echo "== participation log"
  "$build/kepu-log-bench" "$data/log-bench"
fi

[[ ${X11:-1} == 0 ]] && exit 0

# Installs a Debian package when its command is missing; false (with a note) when it cannot.
ensure() {
  local command=$1 package=$2
  command -v "$command" >/dev/null && return 0
  if [[ $(id -u) == 0 ]]; then
    echo "   installing $package (apt-get)"
    apt-get install -y -q "$package" >"$results/apt-$package.log" 2>&1 && return 0
    # A fresh machine may have no package lists yet.
    { apt-get update -q && apt-get install -y -q "$package"; } >>"$results/apt-$package.log" 2>&1 && return 0
  fi
  echo "   $command is missing and could not be installed (apt-get install $package as root)"
  return 1
}

echo
echo "== X11: Xvfb 1920x1080, fullscreen kiosk on the home screen, then Chromium on the equivalent page"
ensure Xvfb xvfb || exit 0
have_xdotool=1
ensure xdotool xdotool || have_xdotool=0
display_number=97
while [[ -e /tmp/.X11-unix/X$display_number || -e /tmp/.X$display_number-lock ]]; do
  display_number=$((display_number + 1))
done
export DISPLAY=:$display_number
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$results/xvfb.log" 2>&1 &
pids+=($!)
sleep 1

hz=$(getconf CLK_TCK)
# CPU ticks (user + system) of one process.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# A process and all its descendants.
tree() {
  echo "$1"
  local child
  for child in $(ps -o pid= --ppid "$1"); do tree "$child"; done
}
# PSS in kB, summed over the given processes (those gone meanwhile count nothing).
pss_kb() {
  local pid total=0 kb
  for pid in "$@"; do
    kb=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }

declare -A kiosk_pss kiosk_rss
for renderer in $RENDERERS; do
  # shellcheck disable=SC2046
  "$kiosk" --kiosk $(renderer_args "$renderer") --content "$content" --data "$data/x11-$renderer" \
    >"$results/x11-$renderer.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  sleep 3
  where=attract
  if ((have_xdotool)); then
    # The attract screen is one big "touch to start": a click anywhere opens home, which then stays
    # static (the attract screen changes card every 8 s).
    xdotool mousemove 960 540 click 1
    where=home
  fi
  sleep 2
  before=$(ticks "$pid")
  sleep "$idle_seconds"
  after=$(ticks "$pid")
  kiosk_pss[$renderer]=$(pss_kb "$pid")
  kiosk_rss[$renderer]=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
  # PSS divides a shared page among the processes mapping it: other kiosks running meanwhile (tests,
  # other builds) lower the kiosk's PSS by sharing libLLVM. Say so; RSS does not depend on them.
  sharers=$(grep -l libLLVM /proc/[0-9]*/maps 2>/dev/null | grep -cv "^/proc/$pid/maps$" || true)
  echo "   kiosk ($renderer) on $where, idle ${idle_seconds} s: CPU" \
    "$(awk -v t=$((after - before)) -v hz="$hz" -v s="$idle_seconds" 'BEGIN { printf "%.2f", t / hz / s * 100 }') %" \
    "of one core; RSS $(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status") MB," \
    "peak $(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status") MB; PSS $(mb "${kiosk_pss[$renderer]}") MB"
  ((sharers == 0)) || echo "   ($sharers other processes mapped libLLVM meanwhile: this PSS is lower than the kiosk's alone)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  # The click really opened home: a visit began (the kiosk logs it, and ends it on SIGTERM).
  if [[ $where == home ]] && command -v sqlite3 >/dev/null &&
    [[ $(sqlite3 "$data/x11-$renderer/kepu.db" "SELECT count(*) FROM visits" 2>/dev/null) != 1 ]]; then
    echo "   WARNING: no visit logged: the click may not have reached the kiosk (the figures are of attract)"
  fi
done

[[ ${CHROMIUM:-1} == 0 ]] && exit 0
ensure chromium chromium || exit 0
profile=$(mktemp -d)
chromium_flags=(--kiosk --no-first-run --user-data-dir="$profile" --password-store=basic)
# Chromium refuses to run as root with its sandbox; without it, its processes are the same.
[[ $(id -u) == 0 ]] && chromium_flags+=(--no-sandbox)
chromium "${chromium_flags[@]}" "file://$PWD/bench/home-equivalent.html" >"$results/chromium.log" 2>&1 &
chromium_pid=$!
pids+=("$chromium_pid")
# Its PSS is steady from about 3 s on (428, 428, 427, 424, 425 MB at 3, 5, 8, 12, 20 s).
sleep "${SETTLE_SECONDS:-5}"
mapfile -t chromium_pids < <(tree "$chromium_pid")
chromium_kb=$(pss_kb "${chromium_pids[@]}")
echo "   chromium --kiosk on bench/home-equivalent.html after ${SETTLE_SECONDS:-5} s:" \
  "${#chromium_pids[@]} processes, PSS $(mb "$chromium_kb") MB"
ratio() { awk -v k="$1" -v c="$chromium_kb" 'BEGIN { printf "%.3f", (c > 0 ? k / c : 0) }'; }
for renderer in $RENDERERS; do
  # Kiosk RSS / Chromium PSS bounds the ratio from above whatever else runs (RSS >= PSS alone).
  echo "   kiosk ($renderer) / Chromium: PSS/PSS $(ratio "${kiosk_pss[$renderer]}"), kiosk RSS/Chromium PSS" \
    "$(ratio "${kiosk_rss[$renderer]}") (the bound that other processes cannot lower)"
done
kill "${chromium_pids[@]}" 2>/dev/null || true
wait "$chromium_pid" 2>/dev/null || true
rm -rf "$profile"
