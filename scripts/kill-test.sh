#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Crash safety, measured: kills `candor import` and `candor demo` with SIGKILL at random moments and checks that
# the project survives each time. Import: a project that already holds the demo's data gets a real public export
# (1,000 Instagram accounts); after each kill the file must pass `PRAGMA integrity_check` and hold the batch whole
# or not at all (the demo's accounts, or those plus every account of the file). Demo: after each kill there is no
# file, or a whole demo project, and the next `candor demo` makes one.
#
# Usage: scripts/kill-test.sh [ROUNDS]   (default 20 of each; prints "import: N/N, demo: N/N" and exits 1 on a failure)
# It builds the release preset, or uses the executable in CANDOR_EXECUTABLE (ctest runs it so, as kill_test).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-20}"
if [ -z "${CANDOR_EXECUTABLE:-}" ]; then
  scripts/build.sh release --target candor >/dev/null
  CANDOR_EXECUTABLE="$PWD/build/release/app/candor"
fi
candor="$CANDOR_EXECUTABLE"
data="$PWD/tests/data/instagram_top1000_2022-09.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" QT_QPA_PLATFORM=offscreen

count() { sqlite3 "$1" "SELECT count(*) FROM accounts"; }
millis() { date +%s%3N; }

"$candor" demo "$work/base.candor" >/dev/null
base=$(count "$work/base.candor")
cp "$work/base.candor" "$work/full.candor"
start=$(millis)
"$candor" import "$work/full.candor" "$data" --platform instagram >/dev/null || true
duration=$(( $(millis) - start ))
full=$(count "$work/full.candor")
echo "An import takes ${duration} ms here: accounts ${base} before, ${full} after. Killing at random moments within it."

RANDOM=12 # the same moments on every run
passed=0
for round in $(seq 1 "$rounds"); do
  cp "$work/base.candor" "$work/p.candor"
  rm -f "$work/p.candor-journal"
  delay=$(( RANDOM % (duration + 1) ))
  "$candor" import "$work/p.candor" "$data" --platform instagram >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' "$delay")" 2>/dev/null || sleep "$(( delay / 1000 ))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # Opening rolls back a hot journal left by the kill, as Candor's next open would.
  integrity=$(sqlite3 "$work/p.candor" "PRAGMA integrity_check")
  accounts=$(count "$work/p.candor")
  if [ "$integrity" = "ok" ] && { [ "$accounts" = "$base" ] || [ "$accounts" = "$full" ]; }; then
    passed=$((passed + 1))
  else
    echo "import round $round (killed after ${delay} ms): integrity '$integrity', accounts $accounts"
  fi
done
import_passed=$passed

demo_start=$(millis)
"$candor" demo "$work/timed.candor" >/dev/null
demo_duration=$(( $(millis) - demo_start ))
passed=0
for round in $(seq 1 "$rounds"); do
  rm -f "$work/d.candor"
  delay=$(( RANDOM % (demo_duration + 1) ))
  "$candor" demo "$work/d.candor" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' "$delay")" 2>/dev/null || sleep "$(( delay / 1000 ))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  ok=1
  if [ -e "$work/d.candor" ]; then
    [ "$(sqlite3 "$work/d.candor" "PRAGMA integrity_check")" = "ok" ] && [ "$(count "$work/d.candor")" = "$base" ] || ok=0
  fi
  "$candor" demo "$work/d.candor" >/dev/null && [ "$(count "$work/d.candor")" = "$base" ] || ok=0
  if [ "$ok" = 1 ]; then
    passed=$((passed + 1))
  else
    echo "demo round $round (killed after ${delay} ms): the project was left broken"
  fi
done
echo "import: ${import_passed}/${rounds}, demo: ${passed}/${rounds}"
[ "$import_passed" = "$rounds" ] && [ "$passed" = "$rounds" ]
