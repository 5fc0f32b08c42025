#!/usr/bin/env bash
# Renders the GUI offscreen and saves the screenshots shown in the README under docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
scripts/build.sh debug
CANDOR_SCREENSHOT_DIR="$PWD/docs/screenshots" build/debug/tests/tst_mainwindow
ls -l docs/screenshots
