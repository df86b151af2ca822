#!/usr/bin/env bash
# Switching the kiosk off and on does not reset the PIN lockout. Usage: lockout_restart.sh KIOSK WORKDIR
set -euo pipefail
kiosk=$1 work=$2
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
mkdir -p "$work/data"
content="$(cd "$(dirname "$0")/.." && pwd)/content"
printf '2468\n2468\n' | "$kiosk" set-pin --data "$work/data" >/dev/null
{
  printf 'tap 10 10\n%.0s' 1 2 3 4 5
  printf 'expect screen admin-pin\n'
  for _ in 1 2 3 4 5; do printf 'tap "1"\ntap "1"\ntap "1"\ntap "1"\ntap "确定"\nexpect text "次"\n'; done
  printf 'expect text "已锁定"\n'
} >"$work/lock.kks"
{
  printf 'tap 10 10\n%.0s' 1 2 3 4 5
  printf 'expect screen admin-pin\nexpect text "已锁定"\n'
  # The right PIN is refused while locked, even after the restart.
  printf 'tap "2"\ntap "4"\ntap "6"\ntap "8"\ntap "确定"\nwait 300\nexpect screen admin-pin\n'
} >"$work/after-restart.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/lock.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/after-restart.kks"
grep -Eq '^5 1 [0-9]{13}$' "$work/data/admin-lock" || { echo "FAIL: admin-lock holds: $(cat "$work/data/admin-lock")"; exit 1; }
echo "1 passed, 0 failed"
