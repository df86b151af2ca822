#!/usr/bin/env bash
# A scripted visit shows up in the participation log with the right visit, audience, module, item
# and dwell times. Usage: visit_logged.sh KIOSK SCRIPT WORKDIR
set -uo pipefail
kiosk=$1 script=$2 work=$3
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
content="$(cd "$(dirname "$0")/.." && pwd)/content"
"$kiosk" --headless --data "$work" --content "$content" --play "$script" || exit 1
db=$work/kepu.db
source "$(dirname "$0")/db_checks.sh"
range() { # range "what" ACTUAL LOW HIGH
  if [[ $2 =~ ^[0-9]+$ ]] && (($2 >= $3 && $2 <= $4)); then passed=$((passed + 1)); else
    echo "FAIL: $1: got [$2], want $3..$4"; failures=$((failures + 1)); fi
}
check "one visit" "$(q 'SELECT count(*) FROM visits')" 1
check "ended by walking away" "$(q 'SELECT end_reason FROM visits')" idle
check "audience at the end" "$(q 'SELECT audience FROM visits')" farmer
check "large text at the end" "$(q 'SELECT large_text FROM visits')" 1
check "one visit number throughout" "$(q 'SELECT count(DISTINCT visit) FROM events')" 1
check "the sequence of entries" "$(q "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM events ORDER BY seq)")" \
  "visit_started module_entered item_opened quiz_started quiz_abandoned item_closed module_left visit_ended"
check "module" "$(q "SELECT module FROM events WHERE kind = 'module_left'")" quizzes
check "item" "$(q "SELECT item FROM events WHERE kind = 'item_closed'")" quiz-desert-control
range "item dwell (30 s advanced, plus real time)" "$(q "SELECT dwell_ms FROM events WHERE kind = 'item_closed'")" 30000 40000
range "module dwell (35 s advanced, plus real time)" "$(q "SELECT dwell_ms FROM events WHERE kind = 'module_left'")" 35000 45000
range "the visit ends at its last touch (首页, 35 s in), not when the walk-away timer ran out" \
  "$(q "SELECT max(at_utc_ms) - min(at_utc_ms) FROM events WHERE kind IN ('visit_started', 'visit_ended')")" 35000 45000
check "local date is the Zhongwei (UTC+8) date of each entry" \
  "$(q "SELECT count(*) FROM events WHERE local_date != date(at_utc_ms / 1000 + 8 * 3600, 'unixepoch')")" 0
range "entries are from today" "$(q 'SELECT min(at_utc_ms) / 1000 FROM events')" $(($(date +%s) - 600)) $(($(date +%s) + 600))
check "no personal data columns" "$(q "SELECT group_concat(name, ',') FROM pragma_table_info('events')")" \
  "id,run,seq,kind,visit,at_utc_ms,local_date,audience,lang,large_text,module,item,dwell_ms,end_reason"
check "integrity" "$(q 'PRAGMA integrity_check')" ok
finish
