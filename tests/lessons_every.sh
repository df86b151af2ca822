#!/usr/bin/env bash
# Every bundled seniors' lesson, done by touch alone from its own expected actions (`lesson finish`
# checks the layout of every step on the way), in one language and text size: the first lesson is
# opened from the list, the others follow through each completion screen's 下一课, so the chain must
# reach all of them. On the first lesson a learner taps wrong twice first, and the hint must show.
# Then the log must hold each lesson started and completed, every step reached and completed once,
# the hint, and nothing abandoned.
# Usage: lessons_every.sh KIOSK WORKDIR zh|en normal|large [--windowed WxH]
set -uo pipefail
kiosk=$1 work=$2 lang=$3 size=$4
shift 4 # the rest: the kiosk's window, for the smallest screens
mkdir -p "$(dirname "$work")" && work=$(mktemp -d "$work.XXXXXX")
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT
content="$(cd "$(dirname "$0")/.." && pwd)/content"
lessons=$(awk -F'"' '/^id = /{print $2; nextfile}' "$content"/*/tutorials/*.toml | sort) # a lesson's own id comes first
count=$(echo "$lessons" | wc -l)
steps=$(cat "$content"/*/tutorials/*.toml | grep -c '^\[\[step\]\]')
first=$(sed -n 's/^next = "\(.*\)"/\1/p' "$content"/*/tutorials/*.toml | sort -u | comm -13 - <(echo "$lessons") | head -1)
hint=$([[ $lang == en ]] && echo "Look: the flashing place is the one to touch" || echo "看，闪动的地方就是要点的")
script=$work/every-lesson.kks
{
  echo "# Written by tests/lessons_every.sh ($lang, $size text): $count lessons, $steps steps, from $first."
  echo "tap \"start\""
  [[ $lang == en ]] && echo "tap \"language\""
  [[ $size == large ]] && echo "tap \"text-size\""
  echo "tap \"audience.senior\""
  echo "tap \"tile-seniors\""
  echo "expect screen seniors"
  echo "tap \"$first\""
  echo "expect screen item"
  echo "lesson wrong"
  echo "expect no-text \"$hint\""
  echo "lesson wrong"
  echo "expect text \"$hint\""
  echo "expect min-size \"lesson-hint\" 96 96"
  echo "expect layout-ok"
  for ((n = 1; n <= count; n++)); do
    echo "lesson finish"
    echo "expect widget \"lesson-list\""
    echo "expect layout-ok"
    ((n < count)) && echo "tap \"lesson-next\"" && echo "expect screen item"
  done
  echo "tap \"lesson-list\""
  echo "expect screen seniors"
  echo "tap \"home\""
  echo "tap \"back\""
  echo "expect screen attract"
} >"$script"

"$kiosk" --headless "$@" --data "$work" --content "$content" --lang zh --play "$script" || exit 1
db=$work/kepu.db
source "$(dirname "$0")/db_checks.sh"
check "one visit" "$(q 'SELECT count(DISTINCT visit) FROM events')" 1
check "every lesson started and completed, once" \
  "$(q "SELECT group_concat(item, ' ') FROM (SELECT item FROM events WHERE kind = 'item_completed' ORDER BY item)")" \
  "$(echo $lessons)"
check "as many starts" "$(q "SELECT count(*) FROM events WHERE kind = 'item_started' AND module = 'seniors'")" "$count"
check "every step reached and completed once" \
  "$(q "SELECT sum(outcome = 'reached') || ' ' || sum(outcome = 'completed') FROM tutorial_steps")" "$steps $steps"
check "the hint on the first lesson's first step" \
  "$(q "SELECT tutorial || ' ' || step FROM tutorial_steps WHERE outcome = 'hinted'")" "$first 0"
check "nothing abandoned" "$(q "SELECT count(*) FROM tutorial_steps WHERE outcome = 'abandoned'")" 0
check "in this language and text size" \
  "$(q "SELECT group_concat(DISTINCT lang || '/' || large_text) FROM events WHERE module = 'seniors' AND kind LIKE 'item_%ed'")" \
  "$lang/$([[ $size == large ]] && echo 1 || echo 0)"
check "integrity" "$(q 'PRAGMA integrity_check')" ok
finish
