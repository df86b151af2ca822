#!/usr/bin/env bash
# Runs one headless kiosk script on a fresh data folder: run_script.sh KIOSK SCRIPT DATA_DIR [PIN] [ARGS…]
# Screenshots named in the script land under $KEPU_SHOTS, else DATA_DIR-shots (the script refers to
# it as shots/).
set -euo pipefail
kiosk=$1 script=$2 base=$3 pin=${4:-}
shift 4 || shift $#
# A fresh folder of its own (DATA_DIR.XXXXXX), so two runs of the suite never share or delete it;
# kept when the script fails, for a look at the log and the lock file.
mkdir -p "$(dirname "$base")"
data=$(mktemp -d "$base.XXXXXX")
if [[ -n $pin ]]; then
  printf '%s\n%s\n' "$pin" "$pin" | "$kiosk" set-pin --data "$data" >/dev/null
fi
shots=${KEPU_SHOTS:-$base-shots}
mkdir -p "$shots"
# Scripts write "shots/NAME.png": run where shots/ is the screenshot folder.
work=$(mktemp -d)
trap 'rc=$?; rm -rf "$work"; [[ $rc -ne 0 ]] || rm -rf "$data"' EXIT
ln -s "$shots" "$work/shots"
abs() { [[ $1 = /* ]] && echo "$1" || echo "$PWD/$1"; }
kiosk=$(abs "$kiosk") script=$(abs "$script") data=$(abs "$data")
args=()
for a in "$@"; do [[ -e $a ]] && args+=("$(abs "$a")") || args+=("$a"); done
content=$(abs content)
cd "$work"
has_content=0
for a in "$@"; do [[ $a == --content || $a == --config ]] && has_content=1; done
if ((has_content)); then
  "$kiosk" --headless --data "$data" --play "$script" "${args[@]}"
else
  "$kiosk" --headless --data "$data" --content "$content" --play "$script" "${args[@]}"
fi
