#!/usr/bin/env bash
# The two renderers, by what they load and how they start (read from the running kiosk's own
# /proc/PID/maps through the script's `run`): the software path maps no libGL, EGL, Mesa driver or LLVM;
# the GL path does (on this GPU-less machine: llvmpipe, so libLLVM); a GL path that cannot open falls
# back to software with a notice; auto picks software without a GPU device.
# Usage: renderer_paths.sh KIOSK WORKDIR
set -uo pipefail
kiosk=$1 work=$2
rm -rf "$work" && mkdir -p "$work/data"
content="$(cd "$(dirname "$0")/.." && pwd)/content"
failures=0 passed=0
gl_libs="libLLVM|_dri.so|libgallium|libGL|libEGL"

# check NAME "TEXT IN OUTPUT" -- ENV… KIOSK-ARGS…: the script must pass and the output hold the text.
check() {
  local name=$1 text=$2
  shift 3
  local out rc
  out=$(env "$@" 2>&1 </dev/null)
  rc=$?
  if [[ $rc -ne 0 || $out != *"$text"* ]]; then
    echo "FAIL: $name -> exit $rc, output: $out (want: $text)"
    failures=$((failures + 1))
  else
    passed=$((passed + 1))
  fi
}
play() { echo "$kiosk" --headless --data "$work/data" --content "$content" --play; }

# Each script draws the busiest screen first, so everything the renderer needs is loaded.
printf 'tap "start"\nexpect screen home\nexpect layout-ok\nrun "! grep -E %s /proc/$PPID/maps"\n' \
  "'$gl_libs'" >"$work/no-gl.kks"
printf 'tap "start"\nexpect screen home\nexpect layout-ok\nrun "grep -q libLLVM /proc/$PPID/maps && grep -q libGL /proc/$PPID/maps"\n' \
  >"$work/gl.kks"

check "software maps no GL" "renderer: SDL software renderer (set to software)" -- \
  $(play) "$work/no-gl.kks" --renderer software
check "gl maps Mesa's llvmpipe" "renderer: OpenGL: llvmpipe" -- $(play) "$work/gl.kks" --renderer gl
# No EGL vendor library: OpenGL cannot open headless, the kiosk draws in software and says why.
check "gl falls back to software" "OpenGL cannot draw (cannot create the window" -- \
  __EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent.json $(play) "$work/no-gl.kks" --renderer gl
check "the fallback says what draws" "renderer: SDL software renderer (set to gl; OpenGL cannot draw)" -- \
  __EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent.json $(play) "$work/no-gl.kks" --renderer gl
if ! compgen -G '/dev/dri/renderD*' >/dev/null && ! compgen -G '/dev/nvidia*' >/dev/null; then
  check "auto without a GPU is software" "renderer: SDL software renderer (auto: no GPU device" -- \
    $(play) "$work/no-gl.kks"
fi
printf 'renderer = "gl"\n' >"$work/gl.toml"
check "the settings file chooses" "(set to gl)" -- \
  $(play) "$work/gl.kks" --config "$work/gl.toml"
echo "$passed passed, $failures failed"
((failures == 0))
