#!/usr/bin/env bash
# A visit that starts from the 今日故事 card shows up in the participation log: the story opened, the
# reading milestones in order, the related quiz started under the story's id, the time on the story.
# Usage: story_logged.sh KIOSK SCRIPT WORKDIR
set -uo pipefail
kiosk=$1 script=$2 work=$3
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
content="$(cd "$(dirname "$0")/.." && pwd)/content"
"$kiosk" --headless --data "$work" --content "$content" --seed 3 --play "$script" || exit 1
db=$work/kepu.db
source "$(dirname "$0")/db_checks.sh"
story=story-desert-scientists
check "the card opened the story: the visit goes straight to it" \
  "$(q "SELECT group_concat(kind || ':' || module || ':' || item, ' ') FROM (SELECT * FROM events WHERE seq <= 3 ORDER BY id)")" \
  "visit_started:: module_entered:stories: item_opened:stories:$story"
check "the reading milestones, once each, in order" \
  "$(q "SELECT group_concat(story || ' ' || fraction, ', ') FROM (SELECT * FROM reading_progress ORDER BY at_utc_ms, fraction)")" \
  "$story 0.25, $story 0.5, $story 0.75, $story 1.0"
check "the related quiz started under the story's id, with its three questions" \
  "$(q "SELECT quiz || ' ' || mode || ' ' || questions FROM quiz_starts")" "$story practice 3"
check "its answer belongs to the question's set" "$(q "SELECT quiz || ' ' || correct FROM quiz_answers")" \
  "quiz-desert-control 1"
check "the time on the story: at least the 20 s of reading before the flicks" \
  "$(q "SELECT dwell_ms >= 20000 FROM events WHERE kind = 'item_closed' AND item = '$story'")" 1
check "counted towards the clock's day" "$(q "SELECT DISTINCT local_date FROM reading_progress")" 2026-12-03
check "integrity" "$(q 'PRAGMA integrity_check')" ok
finish
