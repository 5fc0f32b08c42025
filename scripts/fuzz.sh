#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Fuzzes the readers a user's files go through with libFuzzer (clang, -fsanitize=fuzzer,address,undefined):
# the CSV reader, the JSON reader, the value parser and opening a project file.
#
#   scripts/fuzz.sh [SECONDS_EACH]      (default 600: ten minutes per target, two targets at a time)
#
# Seed corpora come from tests/data (and, for project files, a small project made by candor itself). Crashes
# are written to build/fuzz/artifacts/TARGET/; a fix keeps the input as a regression test under tests/data/fuzz/.
# Prints one line per target and exits non-zero when any target found a problem.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
seconds=${1:-600}
root=build/fuzz
targets=(fuzz_csv_reader fuzz_json_reader fuzz_value_parser fuzz_project_open)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}" candor

seed() { # target, files...
  local dir=$root/corpus/$1; shift
  mkdir -p "$dir"
  for file in "$@"; do
    # libFuzzer works best on small inputs: seeds are the first 16 KiB of each file.
    head -c 16384 "$file" >"$dir/$(basename "$file")"
  done
}
seed fuzz_csv_reader tests/data/*.csv tests/data/audience/*.csv tests/data/fuzz/csv/*
seed fuzz_json_reader tests/data/*.json tests/data/audience/*.json tests/data/fuzz/json/*
seed fuzz_value_parser tests/data/quirk_*.csv tests/data/fuzz/values/*

projects=$root/corpus/fuzz_project_open
mkdir -p "$projects"
project=$(mktemp -d)/seed.candor
"$root/app/candor" new "$project" >/dev/null
"$root/app/candor" import "$project" tests/data/quirk_bad_values.csv >/dev/null || true # rejects rows on purpose
# Small pages make a small file, so that mutations reach every page's structure.
sqlite3 "$project" 'PRAGMA page_size=512; VACUUM;'
cp "$project" "$projects/project.candor"
cp tests/data/fuzz/projects/* "$projects/" 2>/dev/null || true

run() { # target
  local target=$1 log=$root/logs/$1.log
  mkdir -p "$root/logs" "$root/artifacts/$target"
  local max_len=16384
  [[ $target == fuzz_project_open ]] && max_len=65536
  if nice -n 10 "$root/tests/fuzz/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
      -max_len=$max_len -print_final_stats=1 -artifact_prefix="$root/artifacts/$target/" \
      "$root/corpus/$target" >"$log" 2>&1; then
    echo "$target: clean, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs in ${seconds} s"
  else
    echo "$target: PROBLEM found, see $log and $root/artifacts/$target/"
    return 1
  fi
}

status=0
run fuzz_csv_reader & a=$!
run fuzz_json_reader & b=$!
wait $a || status=1; wait $b || status=1
run fuzz_value_parser & a=$!
run fuzz_project_open & b=$!
wait $a || status=1; wait $b || status=1
exit $status
