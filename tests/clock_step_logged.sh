#!/usr/bin/env bash
# A kiosk whose wall clock is set while it runs (network time arriving after a boot without a clock
# battery) logs what follows at the new time and date, even in a visit that began before; the dwell
# times stay exact across the step.
# Usage: clock_step_logged.sh KIOSK WORKDIR
set -euo pipefail
kiosk=$1 work=$2
rm -rf "$work" && mkdir -p "$work/data"
content="$(cd "$(dirname "$0")/.." && pwd)/content"
cat >"$work/visit.kks" <<'KKS'
tap "触摸屏幕开始"
tap "科学知识问答"
expect screen quizzes
set-clock "2030-06-01 10:00:00"
advance 12
tap "首页"
expect screen home
KKS
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/visit.kks"
q() { sqlite3 -batch -noheader "$work/data/kepu.db" "$1"; }
failures=0
check() { [[ $2 == "$3" ]] || { echo "FAIL: $1: got [$2], want [$3]"; failures=$((failures + 1)); }; }
check "before the step: today's date" "$(q "SELECT local_date FROM events WHERE kind = 'module_entered'")" \
  "$(TZ=Asia/Shanghai date +%F)"
check "after the step: the new date" "$(q "SELECT local_date FROM events WHERE kind = 'module_left'")" 2030-06-01
# 2030-06-01 10:00 in Zhongwei is 02:00 UTC (1906509600), then 12 s.
check "after the step: the new time" "$(q "SELECT at_utc_ms / 1000 FROM events WHERE kind = 'module_left'")" 1906509612
check "the module dwell is the 12 s advanced, not the step" \
  "$(q "SELECT dwell_ms FROM events WHERE kind = 'module_left'")" 12000
echo "$((4 - failures)) passed, $failures failed"
[[ $failures == 0 ]]
