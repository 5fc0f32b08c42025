#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# One command for the whole test suite: installs dependencies, builds the debug preset with warnings as
# errors, and runs every test without a display. ctest's last line is the verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
scripts/install-deps.sh
# Licensing first: every file says its licence and copyright (REUSE, https://reuse.software).
reuse lint --quiet || { reuse lint | tail -20; exit 1; }
scripts/build.sh debug
ctest --preset debug --parallel "$(nproc)"
