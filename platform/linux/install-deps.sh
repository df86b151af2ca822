#!/usr/bin/env bash
# Installs every Debian 12 package Kepu Kiosk needs to build, run and test. Idempotent: packages
# already present are left alone, and apt is only asked when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git
  # the kiosk itself
  libsdl2-dev          # window, input, offscreen video driver
  libimgui-dev         # Dear ImGui 1.86 with SDL2/OpenGL3/FreeType backends, pulls libstb-dev
  libstb-dev           # stb_image_write for screenshots
  libfreetype-dev      # ImGui's FreeType rasteriser
  libgl-dev libegl-dev libegl-mesa0 libgl1-mesa-dri   # OpenGL via Mesa (llvmpipe when no GPU)
  libsqlite3-dev sqlite3  # participation log (sqlite3: the command-line shell, for staff and tests)
  libcurl4-openssl-dev # upload to the tracker
  libsodium-dev        # Argon2id hash of the admin PIN
  libtomlplusplus-dev  # config and content files (TOML)
  libmd4c-dev          # Markdown stories
  fonts-noto-cjk       # Noto Sans CJK SC, the kiosk's font
  # tests
  catch2               # unit tests (v2.13)
  clang libclang-rt-14-dev  # the content fuzzer (libFuzzer, ASan, UBSan)
  clang-format         # the suite checks that the tree is formatted (.clang-format)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
