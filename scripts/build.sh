#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Configures and builds Candor with a CMake preset (debug, release or asan; default release).
# Further arguments go to the build, e.g. `scripts/build.sh release --target candor`.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
shift || true
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)" "$@"
