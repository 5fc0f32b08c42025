#!/usr/bin/env bash
# One command for the whole test suite: installs dependencies, builds the debug preset with warnings as
# errors, and runs every test without a display. ctest's last line is the verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
scripts/install-deps.sh
scripts/build.sh debug
ctest --preset debug --parallel "$(nproc)"
