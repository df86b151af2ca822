# Shared by the tests that check a scripted visit's rows in the participation log (sourced, not run):
# q SQL prints a query's result from $db; check "what" ACTUAL EXPECTED counts and reports;
# finish prints the tally and fails when anything did not hold.
q() { sqlite3 -batch -noheader "$db" "$1"; }
failures=0 passed=0
check() { # check "what" ACTUAL EXPECTED
  if [[ $2 == "$3" ]]; then passed=$((passed + 1)); else echo "FAIL: $1: got [$2], want [$3]"; failures=$((failures + 1)); fi
}
finish() {
  echo "$passed passed, $failures failed"
  [[ $failures -eq 0 ]]
}
