#!/usr/bin/env bash
# A lesson left unfinished shows in the participation log where the senior stopped: the steps reached
# and completed, the demonstration, the hint after 20 s, and the lesson abandoned at its step, before
# the visit's end.
# Usage: lesson_logged.sh KIOSK SCRIPT WORKDIR
set -uo pipefail
kiosk=$1 script=$2 work=$3
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX")
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT
content="$(cd "$(dirname "$0")/.." && pwd)/content"
"$kiosk" --headless --data "$work" --content "$content" --play "$script" || exit 1
db=$work/kepu.db
source "$(dirname "$0")/db_checks.sh"
check "the lesson's steps in order: where the senior went and stopped" \
  "$(q "SELECT group_concat(step || ':' || outcome, ' ') FROM (SELECT * FROM tutorial_steps ORDER BY at_utc_ms, rowid)")" \
  "0:reached 0:completed 1:reached 1:completed 2:reached 2:demo_watched 2:demo_watched 1:reached 1:hinted 1:abandoned"
check "started, never completed" \
  "$(q "SELECT group_concat(kind, ' ') FROM events WHERE item = 'tutorial-video-call' AND kind LIKE 'item_%' ORDER BY id")" \
  "item_opened item_started item_closed"
check "abandoned before the visit ended (idle), in the log's order" \
  "$(q "SELECT ((SELECT max(id) FROM events WHERE kind = 'tutorial_step') < (SELECT id FROM events WHERE kind = 'visit_ended')) || ' ' || (SELECT end_reason FROM events WHERE kind = 'visit_ended')")" \
  "1 idle"
check "integrity" "$(q 'PRAGMA integrity_check')" ok
finish
