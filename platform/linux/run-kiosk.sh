#!/usr/bin/env bash
# One command to try the kiosk: installs what is needed, builds, and starts it on the bundled
# content with ./var as the data folder. With a display it opens a window (pass --kiosk for
# fullscreen); without one it tours every screen headless and saves screenshots to var/screenshots.
# Extra arguments go to kepu-kiosk, e.g. run-kiosk.sh --lang en --windowed 1920x1080
set -euo pipefail
cd "$(dirname "$0")/../.."

bash platform/linux/install-deps.sh
bash platform/linux/build.sh kepu-kiosk # the kiosk only: the tests and the fuzzer are test.sh's

mkdir -p var
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  echo "Starting Kepu Kiosk (data in ./var). Staff: five quick taps in the top-left corner open the PIN pad;"
  echo "set the PIN first with: build/kepu-kiosk set-pin --data var"
  exec build/kepu-kiosk --content content --data var "$@"
fi

echo "No display found: touring the kiosk headless. Screenshots go to var/screenshots/."
mkdir -p var/screenshots
(cd var && ../build/kepu-kiosk --headless --content ../content --data . --play ../platform/linux/tour.kks "$@")
ls var/screenshots
