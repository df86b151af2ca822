#!/usr/bin/env bash
# A kiosk stopped (SIGTERM) while a visitor is on it ends that visit with reason "shutdown", with the
# module's dwell, instead of leaving it open. Usage: shutdown_ends_visit.sh KIOSK WORKDIR
set -euo pipefail
kiosk=$1 work=$2
rm -rf "$work" && mkdir -p "$work/data"
content="$(cd "$(dirname "$0")/.." && pwd)/content"
db=$work/data/kepu.db
printf 'tap "触摸屏幕开始"\ntap "科学知识问答"\nexpect screen quizzes\nwait 120000\n' >"$work/visit.kks"
"$kiosk" --headless --data "$work/data" --content "$content" --play "$work/visit.kks" &
pid=$!
q() { sqlite3 -batch -noheader "$db" "$1" 2>/dev/null || true; }
for _ in $(seq 1 300); do # the module visit is on disk within a second of the tap; allow a slow machine
  [[ $(q "SELECT count(*) FROM events WHERE kind = 'module_entered'") == 1 ]] && break
  sleep 0.1
done
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
failures=0
[[ $status == 0 ]] || { echo "FAIL: the kiosk exited with $status after SIGTERM"; failures=$((failures + 1)); }
reason=$(q "SELECT end_reason FROM events WHERE kind = 'visit_ended'")
[[ $reason == shutdown ]] || { echo "FAIL: visit end reason [$reason], want [shutdown]"; failures=$((failures + 1)); }
left=$(q "SELECT count(*) FROM events WHERE kind = 'module_left' AND module = 'quizzes'")
[[ $left == 1 ]] || { echo "FAIL: module_left rows [$left], want 1"; failures=$((failures + 1)); }
echo "$((3 - failures)) passed, $failures failed"
[[ $failures == 0 ]]
