#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the Debian 12 packages Candor needs to build, test and run.
# Packages already present are skipped; `apt-get update` runs at most once.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  libgl1-mesa-dev libxkbcommon-dev
  libboost-dev libsqlite3-dev sqlite3
  fonts-dejavu-core xvfb xauth
  poppler-utils
  reuse desktop-file-utils appstream shared-mime-info librsvg2-bin lintian dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "All build dependencies are installed."
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing packages needs root: run this script as root, or install sudo first." >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
