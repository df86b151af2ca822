#!/usr/bin/env bash
# Every group the plan names plays every mode end to end, by touch, in one language and text size:
# a visitor each for student, farmer, worker, senior and civil servant plays a practice quiz, a
# challenge and the self-test to their results (the first answer of each wrong, the rest right),
# with the layout checked on every question, feedback and result. Then the log must hold exactly
# those fifteen quizzes, by group.
# Usage: quiz_every_group.sh KIOSK WORKDIR zh|en normal|large SEED
set -uo pipefail
kiosk=$1 work=$2 lang=$3 size=$4 seed=$5
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept (with the script) when a check fails
content="$(cd "$(dirname "$0")/.." && pwd)/content"
script=$work/every-group.kks

# One quiz of N questions from the quizzes screen to its results and back: the first answer wrong.
play() { # play MODE-WIDGET N
  echo "tap \"$1\""
  echo "expect screen item"
  echo "expect layout-ok"
  for ((n = 1; n <= $2; n++)); do
    if ((n == 1)); then echo "answer wrong"; else echo "answer right"; fi
    echo "expect layout-ok"
    echo "tap \"quiz-next\""
  done
  echo "expect widget \"quiz-retry\""
  echo "expect layout-ok"
  echo "tap \"back\""
  echo "expect screen quizzes"
}
{
  echo "# Written by tests/quiz_every_group.sh ($lang, $size text)."
  for group in student farmer worker senior civil-servant; do
    echo "tap \"start\""
    echo "expect screen home"
    [[ $lang == en ]] && echo "tap \"language\""
    [[ $size == large ]] && echo "tap \"text-size\""
    echo "tap \"audience.$group\""
    echo "expect selected \"audience.$group\""
    echo "tap \"tile-quizzes\""
    echo "expect screen quizzes"
    echo "expect layout-ok"
    play mode-practice 10
    play mode-challenge 10
    play mode-self-test 20
    # The visit ends with 返回 on home; the next visitor starts afresh.
    echo "tap \"home\""
    echo "tap \"back\""
    echo "expect screen attract"
  done
} >"$script"

"$kiosk" --headless --data "$work" --content "$content" --lang zh --seed "$seed" --play "$script" || exit 1
db=$work/kepu.db
source "$(dirname "$0")/db_checks.sh"
groups="civil-servant farmer senior student worker"
check "five visits" "$(q 'SELECT count(DISTINCT visit) FROM events')" 5
check "each group started practice, challenge and self-test" \
  "$(q "SELECT group_concat(audience || ':' || modes, ' ') FROM (SELECT audience, group_concat(mode, ',') AS modes FROM (SELECT * FROM quiz_starts ORDER BY at_utc_ms) GROUP BY audience ORDER BY audience)")" \
  "$(for g in $groups; do printf '%s:practice,challenge,self-test ' "$g"; done | sed 's/ $//')"
check "every quiz event in this language and text size" \
  "$(q "SELECT group_concat(DISTINCT lang || '/' || large_text) FROM events WHERE kind LIKE 'quiz%' OR kind = 'self_test_result'")" \
  "$lang/$([[ $size == large ]] && echo 1 || echo 0)"
check "every answer logged: 5 x (10 + 10 + 20)" "$(q 'SELECT count(*) FROM quiz_answers')" 200
check "right answers: all but the first of each quiz" "$(q 'SELECT sum(correct) FROM quiz_answers')" 185
check "each group finished all three, 9 of 10 and 19 of 20" \
  "$(q "SELECT group_concat(audience || ' ' || n || ' ' || s, '; ') FROM (SELECT audience, count(*) AS n, sum(score) AS s FROM quiz_results GROUP BY audience ORDER BY audience)")" \
  "civil-servant 3 37; farmer 3 37; senior 3 37; student 3 37; worker 3 37"
check "five self-tests of 95: 具备高阶科学素质" \
  "$(q "SELECT count(*) || ' ' || min(total) || ' ' || max(total) || ' ' || group_concat(DISTINCT level) FROM self_tests")" "5 95 95 high"
check "no quiz abandoned" "$(q 'SELECT count(*) FROM quiz_abandoned')" 0
check "no question twice in a visit" \
  "$(q "SELECT count(*) - count(DISTINCT visit || ' ' || question) FROM quiz_answers")" 0
check "integrity" "$(q 'PRAGMA integrity_check')" ok
finish
