#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Packages a build tree with CPack and checks the .deb as a user would get it: lintian shows no error, and
# Candor extracted into an empty root (dpkg -x) runs: --version, a demo project made and ranked, its manual page
# names every subcommand. Usage: scripts/test-package.sh BUILD_DIR [OUT_DIR]  (ctest runs it as package_install)
set -euo pipefail
build="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${2:-$work/out}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
(cd "$build" && cpack -G DEB -B "$out" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$out"/candor_*_amd64.deb)"
echo "package: $deb"
lintian --suppress-tags binary-has-unneeded-section "$deb" 2>/dev/null | tee "$work/lintian" || true
if grep -q '^E:' "$work/lintian"; then echo "lintian found errors"; exit 1; fi

root="$work/root"
dpkg -x "$deb" "$root"
candor="$root/usr/bin/candor"
version="$("$candor" --version)"
echo "$version"
[ "$version" = "candor $(dpkg-deb -f "$deb" Version)" ]
export XDG_DATA_HOME="$work/xdg"
"$candor" demo "$work/demo.candor" >/dev/null
"$candor" rank "$work/demo.candor" --top 3 --draws 0 | tee "$work/rank" | head -5
grep -q '^1 ' "$work/rank"
for f in usr/share/applications/org.candor.Candor.desktop usr/share/metainfo/org.candor.Candor.metainfo.xml \
         usr/share/mime/packages/org.candor.Candor.xml usr/share/icons/hicolor/scalable/apps/org.candor.Candor.svg \
         usr/share/icons/hicolor/256x256/apps/org.candor.Candor.png usr/share/doc/candor/copyright; do
  [ -f "$root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done
zcat "$root/usr/share/man/man1/candor.1.gz" > "$work/candor.1"
for command in $("$candor" --help | awk '/^Commands:/ {on = 1; next} /^$/ {on = 0} on {print $1}'); do
  grep -q "^\.B $command" "$work/candor.1" || { echo "the manual page lacks $command"; exit 1; }
done
echo "package: installs, runs, and its manual page names every command"
