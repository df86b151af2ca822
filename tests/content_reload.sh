#!/usr/bin/env bash
# Prepares a content folder with two versions of the bundled pack behind a link, then plays
# scripts/content-reload.kks. Usage: content_reload.sh KIOSK SCRIPT WORKDIR
set -euo pipefail
kiosk=$1 script=$2 base=$3
src="$(cd "$(dirname "$0")/.." && pwd)/content/zhongwei-science"
mkdir -p "$(dirname "$base")" && work=$(mktemp -d "$base.XXXXXX") # unique: runs never share it
trap 'rc=$?; [[ $rc -ne 0 ]] || rm -rf "$work"' EXIT                 # kept when a check fails
mkdir -p "$work/content/.versions" "$work/data"
cp -r "$src" "$work/content/.versions/v1"
cp -r "$src" "$work/content/.versions/v2"
# Its questions get new texts: no two questions may read the same anywhere (issue 8). Its file name
# sorts first, so its card is in view at the top of the list however many sets the pack has.
sed -e 's/id = "quiz-yellow-river"/id = "quiz-reload-test"/' -e 's/黄河与中卫/新增的题组/' -e 's/text = { zh = "/&（新）/' \
  "$src/quizzes/yellow-river.toml" >"$work/content/.versions/v2/quizzes/0-reload-test.toml"
cp -r "$src" "$work/content/.versions/broken"
sed -i '0,/^answer = [0-9]/s//answer = 7/' "$work/content/.versions/broken/quizzes/yellow-river.toml"
ln -s .versions/v1 "$work/content/zhongwei-science"
printf '2468\n2468\n' | "$kiosk" set-pin --data "$work/data" >/dev/null
shots=${KEPU_SHOTS:-$base-shots}
mkdir -p "$shots"
ln -s "$shots" "$work/shots" # the script saves to shots/
cd "$work"
"$kiosk" --headless --content content --data data --play "$script"
