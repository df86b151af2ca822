#!/usr/bin/env bash
# Start-up errors: each gives one clear line naming the value and the fix, and the documented exit
# code (2 for bad options or settings, 1 for what cannot run), never a crash.
set -uo pipefail
kiosk=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
failures=0 passed=0

# expect CODE "TEXT IN STDERR" -- COMMAND…
expect() {
  local code=$1 text=$2
  shift 3
  local out rc
  out=$("$@" 2>&1 </dev/null)
  rc=$?
  if [[ $rc -ne $code || $out != *"$text"* ]]; then
    echo "FAIL: $* -> exit $rc (want $code), output: $out (want: $text)"
    failures=$((failures + 1))
  else
    passed=$((passed + 1))
  fi
}

expect 2 'unknown option "--frobnicate"' -- "$kiosk" --frobnicate
expect 2 '--lang must be zh or en, not "fr"' -- "$kiosk" --lang fr
expect 2 '--windowed must be WIDTHxHEIGHT' -- "$kiosk" --windowed huge
expect 2 '--content needs a value' -- "$kiosk" --content
expect 2 '--renderer must be auto, gl or software, not "vulkan"' -- "$kiosk" --renderer vulkan
expect 0 'Usage:' -- "$kiosk" --help

printf 'lang = "zh"\nidle_seconds = "soon"\n' >"$work/bad.toml"
expect 2 "$work/bad.toml:2:16: \"idle_seconds\" must be a whole number from 10 to 3600 (got \"soon\")" -- \
  "$kiosk" --config "$work/bad.toml"
printf 'lang = \n' >"$work/broken.toml"
expect 2 "$work/broken.toml:1:" -- "$kiosk" --config "$work/broken.toml"
expect 2 "$work/missing.toml: cannot read the settings file" -- "$kiosk" --config "$work/missing.toml"
printf 'renderer = "opengl"\n' >"$work/renderer.toml"
expect 2 "$work/renderer.toml:1:12: \"renderer\" must be \"auto\", \"gl\" or \"software\" (got \"opengl\")" -- \
  "$kiosk" --config "$work/renderer.toml"

# No display and no --headless: a clear message with the fix, exit 1. SDL is left to choose its driver
# as it would for a person: Debian's falls back to "offscreen", which used to run forever unseen
# (the timeout turns that into a failure).
expect 1 'DISPLAY is not set, and SDL' -- timeout 60 env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER \
  "$kiosk" --data "$work/d"
expect 1 'Fix: set DISPLAY (e.g. DISPLAY=:0), or use --headless' -- timeout 60 env -u DISPLAY -u WAYLAND_DISPLAY \
  -u SDL_VIDEODRIVER "$kiosk" --data "$work/d"
expect 1 'DISPLAY=:7391 cannot be opened' -- timeout 60 env -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER DISPLAY=:7391 \
  "$kiosk" --data "$work/d"

# set-pin reads the PIN from the terminal (here a pipe), never from the command line.
expect 1 'the two PINs differ; nothing changed' -- bash -c "printf '1234\n4321\n' | '$kiosk' set-pin --data '$work/pin'"
expect 1 'the PIN must be 4 to 12 digits; nothing changed' -- bash -c "printf '12\n12\n' | '$kiosk' set-pin --data '$work/pin'"
expect 0 'Admin PIN saved (Argon2id hash)' -- bash -c "printf '5678\n5678\n' | '$kiosk' set-pin --data '$work/pin'"
if grep -q 5678 "$work/pin/admin-pin"; then echo "FAIL: the PIN is stored in clear"; failures=$((failures + 1)); fi

# An unwritable data folder: the kiosk still runs (visitors are served) and says why on stderr.
printf 'tap "start"\nexpect screen home\n' >"$work/home.kks"
expect 0 'data folder /proc/kepu-data cannot be created' -- \
  "$kiosk" --headless --data /proc/kepu-data --content "$(dirname "$0")/../content" --play "$work/home.kks"

# validate: every problem as file:line:col, exit 1 on errors; the bundled content is clean.
here=$(cd "$(dirname "$0")" && pwd)
expect 1 "$here/data/one-broken-pack/broken/quizzes/bad.toml:3:11: 错误：\"summary\" 必须写成表：summary = { zh = \"…\", en = \"…\" } (error: \"summary\" must be a table" -- \
  "$kiosk" validate "$here/data/one-broken-pack"
expect 1 "2 valid pack(s) with 2 item(s), 0 pack(s) and 1 item(s) skipped; 2 error(s), 0 warning(s)" -- \
  "$kiosk" validate "$here/data/one-broken-pack"
# Any number of items: the bundled quiz sets grow with the content work.
expect 0 "1 valid pack(s) with " -- "$kiosk" validate "$here/../content"
expect 0 " item(s), 0 pack(s) and 0 item(s) skipped; 0 error(s), 0 warning(s)" -- \
  "$kiosk" validate "$here/../content"
expect 0 "1 valid pack(s) with 3 item(s), 0 pack(s) and 0 item(s) skipped; 0 error(s), 0 warning(s)" -- \
  "$kiosk" validate "$here/../docs/example-pack"

# Assets (the interface text) are found from the executable, never from the working directory (bug 8).
# Every run starts in / with absolute paths.
root=$(cd "$here/.." && pwd)
printf 'expect text "%s"\ntap "start"\nexpect screen home\n' 触摸屏幕开始 >"$work/start-zh.kks"
from_root() { (cd / && "$@"); }
# The build tree's binary, and one outside the source tree (as an out-of-source build): the source's assets/.
expect 0 'all expectations held' -- from_root "$kiosk" --headless --data "$work/a" --content "$root/content" \
  --play "$work/start-zh.kks"
mkdir -p "$work/elsewhere"
ln -f "$kiosk" "$work/elsewhere/kepu-kiosk" 2>/dev/null || cp "$kiosk" "$work/elsewhere/kepu-kiosk"
expect 0 'all expectations held' -- from_root "$work/elsewhere/kepu-kiosk" --headless --data "$work/a" \
  --content "$root/content" --play "$work/start-zh.kks"
# An installed layout: PREFIX/bin/kepu-kiosk reads PREFIX/share/kepu-kiosk/, before the source tree's.
mkdir -p "$work/usr/bin" "$work/usr/share/kepu-kiosk/i18n" "$work/mine/i18n"
ln -f "$kiosk" "$work/usr/bin/kepu-kiosk" 2>/dev/null || cp "$kiosk" "$work/usr/bin/kepu-kiosk"
sed 's/触摸屏幕开始/安装版触摸开始/' "$root/assets/i18n/ui.toml" >"$work/usr/share/kepu-kiosk/i18n/ui.toml"
printf 'expect text "%s"\n' 安装版触摸开始 >"$work/installed.kks"
expect 0 'all expectations held' -- from_root "$work/usr/bin/kepu-kiosk" --headless --data "$work/a" \
  --content "$root/content" --play "$work/installed.kks"
# The setting overrides the search: --assets, or "assets" in the settings file (relative to the file).
sed 's/触摸屏幕开始/自选触摸开始/' "$root/assets/i18n/ui.toml" >"$work/mine/i18n/ui.toml"
printf 'expect text "%s"\n' 自选触摸开始 >"$work/mine.kks"
expect 0 'all expectations held' -- from_root "$kiosk" --headless --data "$work/a" --content "$root/content" \
  --assets "$work/mine" --play "$work/mine.kks"
printf 'assets = "mine"\n' >"$work/assets.toml"
expect 0 'all expectations held' -- from_root "$kiosk" --headless --data "$work/a" --content "$root/content" \
  --config "$work/assets.toml" --play "$work/mine.kks"
# A wrong override is a start-up error naming the folder, like any bad setting.
expect 2 "--assets $work/nowhere: no interface text file i18n/ui.toml in that folder" -- \
  from_root "$kiosk" --headless --assets "$work/nowhere" --play "$work/mine.kks"
printf 'assets = "nowhere"\n' >"$work/bad-assets.toml"
expect 2 "$work/bad-assets.toml: assets = \"$work/nowhere\": no interface text file i18n/ui.toml in that folder" -- \
  from_root "$kiosk" --headless --config "$work/bad-assets.toml" --play "$work/mine.kks"

echo "$passed passed, $failures failed"
[[ $failures -eq 0 ]]
