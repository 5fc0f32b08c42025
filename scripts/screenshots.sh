#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Renders the GUI offscreen and saves the screenshots shown in the README under docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
scripts/build.sh debug
CANDOR_SCREENSHOT_DIR="$PWD/docs/screenshots" build/debug/tests/tst_mainwindow

# The sample client report: a demo shortlist of three (one a hard filter excluded), approved, as a PDF whose
# cover, first card, fairness and ethics-policy pages become PNGs (pdftoppm, poppler-utils).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
candor=build/debug/app/candor
XDG_DATA_HOME="$work" "$candor" demo "$work/demo.candor" >/dev/null
for handle in gus_khan farah_ito xavi.adeyemi; do
  "$candor" decide "$work/demo.candor" "$handle" --decision shortlist --reason "fits the brief" >/dev/null
done
"$candor" approve "$work/demo.candor" --by "Dana Client" >/dev/null
"$candor" report "$work/demo.candor" --format pdf --out "$work/report.pdf" >/dev/null
for page in 1 2 5 7; do
  pdftoppm -r 80 -f "$page" -l "$page" -png -singlefile "$work/report.pdf" "docs/screenshots/report-page-$page"
done
ls -l docs/screenshots
