#!/usr/bin/env bash
# Staff opening the admin screen from the attract screen (five corner taps, the PIN, 返回) leave no
# visit in the participation log; a visitor who is then served does. Usage: staff_not_a_visit.sh KIOSK WORKDIR
set -euo pipefail
kiosk=$1 work=$2
rm -rf "$work" && mkdir -p "$work/data"
content="$(cd "$(dirname "$0")/.." && pwd)/content"
printf '2468\n2468\n' | "$kiosk" set-pin --data "$work/data" >/dev/null
{
  printf 'tap 10 10\n%.0s' 1 2 3 4 5
  printf 'expect screen admin-pin\ntap "2"\ntap "4"\ntap "6"\ntap "8"\ntap "确定"\nexpect screen admin\n'
  printf 'tap "返回"\nexpect screen attract\n'
  # The PIN pad opened and closed again without a PIN.
  printf 'tap 10 10\n%.0s' 1 2 3 4 5
  printf 'expect screen admin-pin\ntap "返回"\nexpect screen attract\n'
} >"$work/staff.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/staff.kks"
visits=$(sqlite3 -batch -noheader "$work/data/kepu.db" "SELECT count(*) FROM events WHERE kind = 'visit_started'" 2>/dev/null || echo 0)
[[ $visits == 0 ]] || { echo "FAIL: staff login logged $visits visit(s)"; exit 1; }
printf 'tap "触摸屏幕开始"\nexpect screen home\ntap "科学知识问答"\nexpect screen quizzes\n' >"$work/visitor.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/visitor.kks"
visits=$(sqlite3 -batch -noheader "$work/data/kepu.db" "SELECT count(*) FROM events WHERE kind = 'visit_started'")
[[ $visits == 1 ]] || { echo "FAIL: a visitor after the staff: $visits visit(s) logged, want 1"; exit 1; }
echo "2 passed, 0 failed"
