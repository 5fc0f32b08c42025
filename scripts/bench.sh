#!/usr/bin/env bash
# Builds the release preset and runs the scoring benchmark (speed targets of the scoring issue).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release --target bench_scoring
build/release/tests/bench_scoring
