#!/usr/bin/env bash
# Builds the release preset and runs the benchmarks: scoring speed (scoring issue) and the frame time of a
# weight-slider drag over 100,000 creators (workbench issue).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release --target bench_scoring bench_workbench
build/release/tests/bench_scoring
QT_QPA_PLATFORM=offscreen build/release/tests/bench_workbench "${1:-100000}"
