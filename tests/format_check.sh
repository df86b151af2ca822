#!/usr/bin/env bash
# The tree is formatted as .clang-format says: lists every file clang-format would change.
# Usage: format_check.sh SOURCE_DIR
set -euo pipefail
cd "$1"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h')
else
  mapfile -t files < <(find src tests bench -name '*.cpp' -o -name '*.hpp' -o -name '*.h')
fi
bad=$(clang-format --dry-run "${files[@]}" 2>&1 | grep 'warning:' | cut -d: -f1 | sort -u || true)
if [[ -n $bad ]]; then
  echo "clang-format would change these files (run: clang-format -i FILE):"
  echo "$bad"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "${#files[@]} files formatted: 1 passed, 0 failed"
