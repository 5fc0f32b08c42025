#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the Debian package candor_<version>_amd64.deb (release preset, stripped, dependencies from
# dpkg-shlibdeps) into build/package/, and checks it: lintian, and Candor run from the extracted package.
# Install it with: sudo apt install ./build/package/candor_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
scripts/test-package.sh build/release build/package
