#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The desktop entry, the AppStream metadata and the MIME type of *.candor, checked as the desktop's own tools
# read them (desktop-file-utils, appstream, shared-mime-info). Run by ctest as packaging_metadata.
set -euo pipefail
cd "$(dirname "$0")/../packaging"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
desktop-file-validate org.candor.Candor.desktop
sed "s/@PROJECT_VERSION@/0.0.0/" org.candor.Candor.metainfo.xml.in > "$work/org.candor.Candor.metainfo.xml"
appstreamcli validate --no-net --pedantic --explain "$work/org.candor.Candor.metainfo.xml"
mkdir -p "$work/mime/packages"
cp org.candor.Candor.mime.xml "$work/mime/packages/org.candor.Candor.xml"
update-mime-database "$work/mime" 2>/dev/null
grep -q 'application/x-candor-project' "$work/mime/globs2"
grep -q '\*\.candor' "$work/mime/globs2"
test -f "$work/mime/application/x-candor-project.xml"
echo "packaging metadata: valid"
