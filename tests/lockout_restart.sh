#!/usr/bin/env bash
# Switching the kiosk off and on does not reset the PIN lockout: neither a run of wrong PINs short of a
# lock, nor a lock in force. Usage: lockout_restart.sh KIOSK WORKDIR
set -euo pipefail
kiosk=$1 work=$2
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
mkdir -p "$work/data"
content="$(cd "$(dirname "$0")/.." && pwd)/content"
printf '2468\n2468\n' | "$kiosk" set-pin --data "$work/data" >/dev/null
wrong_pin() { printf 'tap "1"\ntap "1"\ntap "1"\ntap "1"\ntap "确定"\nexpect text "次"\n'; }
open_pad() { printf 'tap 10 10\n%.0s' 1 2 3 4 5; printf 'expect screen admin-pin\n'; }
# Four wrong PINs, then a restart: the fifth wrong PIN locks the pad (it used to say 4 tries left).
{ open_pad; for _ in 1 2 3 4; do wrong_pin; done; printf 'expect text "还可尝试 1 次"\n'; } >"$work/four.kks"
{ open_pad; wrong_pin; printf 'expect text "已锁定"\nexpect no-text "还可尝试"\n'; } >"$work/fifth.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/four.kks"
grep -Eq '^4 0 0$' "$work/data/admin-lock" || { echo "FAIL: after four: admin-lock holds: $(cat "$work/data/admin-lock")"; exit 1; }
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/fifth.kks"
grep -Eq '^5 1 [0-9]{13}$' "$work/data/admin-lock" || { echo "FAIL: after five: admin-lock holds: $(cat "$work/data/admin-lock")"; exit 1; }
rm "$work/data/admin-lock"

# A lock in force stays in force across a restart.
{ open_pad; for _ in 1 2 3 4 5; do wrong_pin; done; printf 'expect text "已锁定"\n'; } >"$work/lock.kks"
{
  open_pad
  printf 'expect text "已锁定"\n'
  # The right PIN is refused while locked, even after the restart.
  printf 'tap "2"\ntap "4"\ntap "6"\ntap "8"\ntap "确定"\nwait 300\nexpect screen admin-pin\n'
} >"$work/after-restart.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/lock.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/after-restart.kks"
grep -Eq '^5 1 [0-9]{13}$' "$work/data/admin-lock" || { echo "FAIL: admin-lock holds: $(cat "$work/data/admin-lock")"; exit 1; }
echo "2 passed, 0 failed"
