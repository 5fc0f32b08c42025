#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# One command for a new user: installs what Candor needs, builds it and opens the workbench on the built-in
# demo project (synthetic data, created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release --target candor
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting Candor inside a virtual X server (xvfb-run)." >&2
  echo "On a desktop session the window opens normally." >&2
  exec xvfb-run -a build/release/app/candor "$@"
fi
exec build/release/app/candor "$@"
