# Shared helpers for the script suites (tests/*/run_suite). Source it, call
# expect_output for each case, then finish_suite.
#
#   expect_output NAME EXPECTED_OUT EXPECTED_ERR STATUS -- COMMAND...
#
# runs COMMAND and compares its stdout with the file EXPECTED_OUT, its
# stderr with EXPECTED_ERR (a missing file means "must be empty") and its
# exit status with STATUS. A failing case prints a unified diff.

suite_passed=0
suite_failed=0
suite_name=${suite_name:-$(basename "$(dirname "$0")")}

expect_output() {
  local name=$1 expected_out=$2 expected_err=$3 expected_status=$4
  shift 5
  local out err status ok=1
  out=$(mktemp)
  err=$(mktemp)
  timeout 60 "$@" >"$out" 2>"$err"
  status=$?
  if [ "$status" -ne "$expected_status" ]; then
    echo "FAIL $name: exit status $status, expected $expected_status"
    ok=0
  fi
  if ! diff -u --label expected --label actual "${expected_out:-/dev/null}" "$out" >/dev/null 2>&1; then
    echo "FAIL $name: stdout differs"
    diff -u --label expected --label actual "${expected_out:-/dev/null}" "$out" | head -20
    ok=0
  fi
  if [ -f "$expected_err" ] || [ -s "$err" ]; then
    local want=/dev/null
    [ -f "$expected_err" ] && want=$expected_err
    if ! diff -u --label expected --label actual "$want" "$err" >/dev/null 2>&1; then
      echo "FAIL $name: stderr differs"
      diff -u --label expected --label actual "$want" "$err" | head -20
      ok=0
    fi
  fi
  rm -f "$out" "$err"
  if [ $ok -eq 1 ]; then
    suite_passed=$((suite_passed + 1))
  else
    suite_failed=$((suite_failed + 1))
  fi
}

finish_suite() {
  echo "$suite_name: $suite_passed passed, $suite_failed failed"
}
