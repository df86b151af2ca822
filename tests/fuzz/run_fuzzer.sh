#!/usr/bin/env bash
# Runs the content fuzzer for SECONDS on a corpus seeded from the bundled and example content.
# Usage: run_fuzzer.sh FUZZER CORPUS_DIR SECONDS. Exit 0 when nothing crashed; a crash leaves its
# input in CORPUS_DIR/../fuzz-artifacts/ (replay it with: FUZZER FILE).
set -euo pipefail
fuzzer=$1 corpus=$2 seconds=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$corpus" "$corpus/../fuzz-artifacts"
for f in "$root"/content/*/quizzes/*.toml "$root"/docs/example-pack/quizzes/*.toml; do
  { printf '\0'; cat "$f"; } >"$corpus/seed-quiz-$(basename "$f")"
done
for f in "$root"/content/*/stories/*.md "$root"/docs/example-pack/stories/*.md; do
  { printf '\1'; cat "$f"; } >"$corpus/seed-story-$(basename "$f")"
done
for f in "$root"/content/*/tutorials/*.toml; do
  { printf '\2'; cat "$f"; } >"$corpus/seed-tutorial-$(basename "$f")"
done
# A content tree for the catalog walk (mode 3): a pack, an item, a folder where a file belongs, a
# dangling link and a link loop.
printf '\3f content/p/pack.toml\tid = "p"\nf content/p/quizzes/a.toml\tid = "a"\nd content/p/quizzes/d.toml\nl content/p/quizzes/x.toml\tnowhere\nl content/p/stories\tstories\n' \
  >"$corpus/seed-tree"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$corpus/../fuzz-artifacts/" "$corpus"
