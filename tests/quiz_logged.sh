#!/usr/bin/env bash
# A scripted visit's quizzes show up in the participation log, row by row: the starts, every answer,
# the results, the self-test's parts and level, the challenge abandoned by walking away.
# Usage: quiz_logged.sh KIOSK SCRIPT WORKDIR
set -uo pipefail
kiosk=$1 script=$2 work=$3
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
content="$(cd "$(dirname "$0")/.." && pwd)/content"
"$kiosk" --headless --data "$work" --content "$content" --seed 11 --play "$script" || exit 1
db=$work/kepu.db
source "$(dirname "$0")/db_checks.sh"
check "three quizzes started: item, mode, questions, wanted, timed" \
  "$(q "SELECT group_concat(quiz || ' ' || mode || ' ' || questions || ' ' || wanted || ' ' || timed, '; ') FROM (SELECT * FROM quiz_starts ORDER BY at_utc_ms)")" \
  "quiz-desert-control practice 9 10 0; self-test self-test 20 20 0; challenge challenge 10 10 1"
check "every answer logged: 9 + 20 + 2" "$(q 'SELECT count(*) FROM quiz_answers')" 31
check "right answers: 7 + 20 + 1" "$(q 'SELECT sum(correct) FROM quiz_answers')" 28
check "the set's answers carry the set and its question ids" \
  "$(q "SELECT count(*) FROM quiz_answers WHERE quiz = 'quiz-desert-control' AND question <> ''")" 9
check "one timed out, with no choice" "$(q "SELECT count(*) || ' ' || max(choices) FROM quiz_answers WHERE timed_out = 1")" "1 "
check "positions 0..19 in the self-test" "$(q "SELECT min(position) || '-' || max(position) FROM quiz_answers WHERE points = 5")" "0-19"
check "the challenge's quick right answer earns the speed bonus" "$(q "SELECT max(points) FROM quiz_answers")" 15
check "no question asked twice in the visit" "$(q 'SELECT count(*) - count(DISTINCT quiz || question) FROM quiz_answers')" 0
check "all by the student" "$(q "SELECT group_concat(DISTINCT audience) FROM quiz_answers")" student
check "two finished: mode, right, asked, passed, points, stars" \
  "$(q "SELECT group_concat(quiz || ' ' || mode || ' ' || score || ' ' || out_of || ' ' || passed || ' ' || points || '/' || max_points || ' ' || stars, '; ') FROM (SELECT * FROM quiz_results ORDER BY at_utc_ms)")" \
  "quiz-desert-control practice 7 9 0 70/90 2; self-test self-test 20 20 1 100/100 3"
check "the self-test's parts, total and level" \
  "$(q "SELECT knowledge || ' ' || method || ' ' || spirit || ' ' || application || ' ' || total || ' ' || level FROM self_tests")" \
  "40 20 20 20 100 high"
check "the challenge abandoned: right, answered, questions" \
  "$(q "SELECT mode || ' ' || \"right\" || ' ' || answered || ' ' || questions FROM quiz_abandoned")" "challenge 1 2 10"
check "the abandonment comes before the item and the visit close" \
  "$(q "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM events WHERE seq > (SELECT max(seq) FROM events WHERE kind = 'quiz_answered') ORDER BY seq)")" \
  "quiz_abandoned item_closed module_left visit_ended"
check "one visit throughout" "$(q 'SELECT count(DISTINCT visit) FROM events')" 1
check "integrity" "$(q 'PRAGMA integrity_check')" ok
finish
