#!/bin/sh
# The Debian package, as a new user would get it: built by CPack, its files listed, lintian with
# no errors or warnings, its dependencies resolvable by apt, unpacked into a temporary root
# (dpkg -x) where zongheng-cli answers --help, makes a demo database and the desktop program
# starts on it. Usage: test_package.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --build "$build" --target package >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(realpath "$(ls "$build"/zongheng_*_amd64.deb)")
echo "package: $deb"

# What it holds: both programs, the desktop entry, the icon (SVG and PNG sizes), AppStream
# metainfo, the man pages, copyright and changelog.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for expected in ./usr/bin/zongheng ./usr/bin/zongheng-cli ./usr/share/applications/zongheng.desktop \
    ./usr/share/icons/hicolor/scalable/apps/zongheng.svg ./usr/share/icons/hicolor/48x48/apps/zongheng.png \
    ./usr/share/icons/hicolor/256x256/apps/zongheng.png ./usr/share/metainfo/org.zongheng.ZongHeng.metainfo.xml \
    ./usr/share/man/man1/zongheng-cli.1.gz ./usr/share/man/man1/zongheng.1.gz \
    ./usr/share/doc/zongheng/copyright ./usr/share/doc/zongheng/changelog.gz; do
    grep -qx "$expected" "$work/files" || { echo "missing from the package: $expected"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q "fonts-noto-cjk" || { echo "the CJK font is not a dependency"; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || { echo "Qt's SQLite driver is not a dependency"; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q "libqt6core6" || { echo "dpkg-shlibdeps found no libraries"; exit 1; }

# lintian: nothing at error or warning level.
lintian --fail-on error,warning "$deb" 2>&1 | grep -v "running with root privileges" | tee "$work/lintian"
test ! -s "$work/lintian" || { echo "lintian has something to say"; exit 1; }

# The desktop entry as the menus read it.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/zongheng.desktop >"$work/zongheng.desktop"
desktop-file-validate "$work/zongheng.desktop"
grep -qx "Name\[zh_CN\]=纵横党建工作台" "$work/zongheng.desktop"

# apt would install it here: every dependency resolves (simulated; nothing is installed).
apt-get install -s -q "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }

# Unpacked into a root of its own, the programs run from there.
dpkg -x "$deb" "$work/root"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
"$work/root/usr/bin/zongheng-cli" --help | grep -q "members import" || { echo "zongheng-cli --help"; exit 1; }
"$work/root/usr/bin/zongheng-cli" --db "$work/demo.db" demo --profile small >/dev/null
"$work/root/usr/bin/zongheng-cli" --lang zh_CN --db "$work/demo.db" check | grep -q "完好"
ms=$("$work/root/usr/bin/zongheng" --db "$work/demo.db" --benchmark-startup)
echo "the packaged zongheng started in $ms ms"
man -l "$work/root/usr/share/man/man1/zongheng-cli.1.gz" 2>/dev/null | grep -q "members import" \
    || zcat "$work/root/usr/share/man/man1/zongheng-cli.1.gz" | grep -q "members import"
echo "package test passed"
