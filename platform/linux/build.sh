#!/usr/bin/env bash
# Builds in build/ with the one set of settings that test.sh and run-kiosk.sh share, so that neither
# recompiles what the other built. Usage: build.sh [TARGET…] (no target: everything, tests included).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Warnings are errors for the kiosk too: one cache, one set of flags, one build.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEPU_WERROR=ON >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build build -j"$(nproc)" "${targets[@]}"
