#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the .deb on a clean Debian 12 with apt, as a user would, and checks what a desktop sees: the menu
# entry, the MIME type and its default application (so a double-click opens Candor), xdg-open starting Candor
# on a project, and the window in German under LANG=de_DE.UTF-8 (a screenshot to look at).
#   scripts/test-clean-install.sh build/package/candor_*_amd64.deb [ROOT] [SCREENSHOT.png]
# ROOT (default build/debian12-root) is made with debootstrap if it is not there; needs root and the Debian
# mirror. Not part of ctest: it downloads a system, which CI's clean clone need not do on every run.
set -euo pipefail
deb=$(realpath "$1")
root=${2:-build/debian12-root}
shot=${3:-build/clean-install-german.png}
mkdir -p "$(dirname "$root")" "$(dirname "$shot")"
if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y debootstrap
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
root=$(realpath "$root")
for fs in proc sys dev; do
    mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"
done
trap 'for fs in dev sys proc; do umount -l "$root/$fs" 2>/dev/null || true; done' EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

cp "$deb" "$root/tmp/candor.deb"
in_root apt-get update -qq
# What a Debian desktop has before Candor comes: the menu and MIME databases and xdg-utils; and a display.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl xvfb xauth x11-apps netpbm procps >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/candor.deb
echo "== installed: $(in_root dpkg-query -W -f '${Package} ${Version}' candor)"
in_root candor --version

echo "== menu entry"
in_root test -f /usr/share/applications/org.candor.Candor.desktop
in_root grep -q '^Categories=.*Office' /usr/share/applications/org.candor.Candor.desktop
echo "org.candor.Candor.desktop, $(in_root grep '^Categories=' /usr/share/applications/org.candor.Candor.desktop)"

echo "== MIME type of a project, and who opens it"
in_root candor demo /tmp/demo.candor >/dev/null
cp "$root/tmp/demo.candor" "$root/tmp/renamed.sqlite" # recognised by its content, not only its name
for file in /tmp/demo.candor /tmp/renamed.sqlite; do
    type=$(in_root xdg-mime query filetype "$file")
    echo "$file: $type"
    [ "$type" = application/x-candor-project ]
done
in_root grep -q 'application/x-candor-project=org.candor.Candor.desktop' /usr/share/applications/mimeinfo.cache
default=$(in_root xdg-mime query default application/x-candor-project)
echo "default application: $default"
[ "$default" = org.candor.Candor.desktop ]

echo "== a double-click (xdg-open) starts Candor on the project, in German"
in_root sh -c 'rm -f /tmp/xvfb.log; Xvfb :7 -screen 0 1500x900x24 >/tmp/xvfb.log 2>&1 & echo $! >/tmp/xvfb.pid'
sleep 2
in_root env DISPLAY=:7 LANG=de_DE.UTF-8 XDG_RUNTIME_DIR=/tmp sh -c 'xdg-open /tmp/demo.candor >/tmp/open.log 2>&1 &'
for _ in $(seq 1 30); do
    in_root pgrep -f 'candor /tmp/demo.candor' >/dev/null && break
    sleep 1
done
echo "running: $(in_root pgrep -af 'candor /tmp/demo.candor')"
sleep 8 # the demo opens and ranks
in_root env DISPLAY=:7 sh -c 'xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng' >"$shot"
echo "screenshot: $shot"
in_root sh -c 'pkill -f "candor /tmp/demo.candor"; kill $(cat /tmp/xvfb.pid)' || true
echo "clean install: passed"
