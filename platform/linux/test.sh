#!/usr/bin/env bash
# One command to test everything: installs what is needed, builds with warnings as errors, and
# runs the whole suite (unit tests on the core, headless kiosk scripts, start-up error checks).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash platform/linux/install-deps.sh
bash platform/linux/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
echo "Screenshots of every screen: build/screenshots/"
