#!/usr/bin/env bash
# The script player must be able to fail: a wrong expectation exits 1 naming the line, a missing
# widget lists what is tappable, a malformed script exits 2.
set -uo pipefail
kiosk=$1 scripts=$2 work=$3
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
content="$(dirname "$0")/../content"
failures=0 passed=0
check() { # check CODE "TEXT" SCRIPT_TEXT
  printf '%b' "$3" >"$work/s.kks"
  local out rc
  out=$("$kiosk" --headless --data "$work/d" --content "$content" --play "$work/s.kks" 2>&1)
  rc=$?
  if [[ $rc -ne $1 || $out != *"$2"* ]]; then
    echo "FAIL: script [$3] -> exit $rc (want $1): $out (want: $2)"
    failures=$((failures + 1))
  else
    passed=$((passed + 1))
  fi
}
check 1 "s.kks:3: expect screen quizzes" 'tap "start"\nexpect screen home\nexpect screen quizzes\n'
check 1 "failed: the screen is home" 'tap "start"\nexpect screen quizzes\n'
check 1 'nothing labelled "Nowhere" on screen attract; tappable: ' 'tap "Nowhere"\n'
check 1 "the text is not on screen attract" 'expect text "不存在的文字"\n'
check 1 "the text is on screen attract" 'expect no-text "触摸屏幕开始"\n'
check 2 's.kks:1: unknown command "tapp"' 'tapp "start"\n'
check 1 "failed: nothing named \"首页\" is drawn" 'expect widget "首页"\n'
check 1 "failed: \"start\" is drawn without a tick" 'expect selected "start"\n'
rm -f "$work/s.kks"
out=$("$kiosk" --headless --data "$work/d" --content "$content" --play "$work/none.kks" 2>&1); rc=$?
if [[ $rc -ne 2 || $out != *"none.kks: cannot read the test script"* ]]; then
  echo "FAIL: missing script -> $rc $out"; failures=$((failures + 1)); else passed=$((passed + 1)); fi
echo "$passed passed, $failures failed"
[[ $failures -eq 0 ]]
