#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the release preset and runs the benchmarks: scoring speed (scoring issue), the frame time of a
# weight-slider drag over 100,000 creators (workbench issue), and agency scale at 100,000 creators with its
# baselines (scale issue; `scripts/bench-scale.sh 100000 1000000` for the full run, which writes
# docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release --target bench_scoring bench_workbench
build/release/tests/bench_scoring
QT_QPA_PLATFORM=offscreen build/release/tests/bench_workbench "${1:-100000}"
scripts/bench-scale.sh 100000
