#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The install test of CI (.ci/run, after the test suite): builds the Debian
# package in the existing build directory, has lintian check it, installs it
# with apt-get as a person would, runs the INSTALLED stamp (command line and
# the window, offscreen), validates the installed desktop entry and metainfo,
# then purges it and checks the machine is as it was before.
#   bash packaging/linux/deb-test.sh
# Needs root (or sudo) and the test dependencies (packaging/linux/deps.sh test).
set -euo pipefail
cd "$(dirname "$0")/../.."

id=io.github.stamp_mail.Stamp
build=${STAMP_BUILD_DIR:-build}
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi

fail() { echo "deb-test: FAIL: $*" >&2; exit 1; }
step() { echo "deb-test: $*"; }

for tool in dpkg-deb lintian appstreamcli desktop-file-validate readelf; do
    command -v "$tool" >/dev/null || fail "$tool is missing: bash packaging/linux/deps.sh test"
done
if dpkg-query -W -f='${Status}' stamp 2>/dev/null | grep -q 'installed'; then
    fail "a package named stamp is installed already; this test must start without it"
fi
[ ! -e /usr/bin/stamp ] || fail "/usr/bin/stamp exists before the package is installed"

[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
rm -f "$build"/stamp_*.deb
cmake --build "$build" -j2 --target package
debs=("$build"/stamp_*_amd64.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one stamp_<version>-1_amd64.deb in $build"
fi
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb -f "$deb" Version)
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), Version $version"
dpkg-deb -f "$deb" Package Section Depends Recommends

# What the package holds: every file must be there after installing and
# gone after purging.
mapfile -t files < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -n 's|^\./|/|; /[^/]$/p')
step "${#files[@]} files in the package"
has() { printf '%s\n' "${files[@]}" | grep -qx "$1"; }

# lintian: no error and no warning. Its exit code only counts errors, so
# the tags decide. Overrides are in packaging/linux/lintian-overrides. The
# one warning let through is the missing manual page, and only while the
# package has none (packaging/linux/cli-docs.cmake installs it).
step "lintian"
lintian_rc=0
lintian_out=$(lintian --info --pedantic "$deb" 2>&1) || lintian_rc=$?
printf '%s\n' "$lintian_out"
# 0: no errors, 2: errors (the tags below tell), anything else: it did not run.
[ "$lintian_rc" -eq 0 ] || [ "$lintian_rc" -eq 2 ] || fail "lintian did not run (exit $lintian_rc)"
allowed='^W: stamp: no-manual-page \[usr/bin/stamp\]$'
has /usr/share/man/man1/stamp.1.gz && allowed='^$'
if printf '%s\n' "$lintian_out" | grep -E '^[EW]: ' | grep -qvE "$allowed"; then
    fail "lintian reports errors or warnings"
fi

# What the machine looks like before: the packages installed, and every path
# under the folders the package writes to. The caches that dpkg's triggers
# rebuild (icons, desktop entries' MIME types, the man index) are checked by
# content instead.
watched=(/usr/bin /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor /usr/share/doc
         /usr/share/man/man1 /usr/share/bash-completion /usr/share/zsh /usr/share/fish /usr/share/lintian/overrides)
caches='^/usr/share/(icons/hicolor/icon-theme\.cache|applications/mimeinfo\.cache)$'
snapshot() {
    find "${watched[@]}" -xdev 2>/dev/null | grep -vE "$caches" | sort
}
packages() {
    dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort
}
before_files=$(mktemp)
before_packages=$(mktemp)
trap 'rm -f "$before_files" "$before_packages"' EXIT
snapshot >"$before_files"
packages >"$before_packages"

# Recommends (a keychain, the Wayland platform plugin) serve a desktop
# session; this run is offscreen, so they are left out.
step "apt-get install $deb"
$SUDO apt-get install -y -q --no-install-recommends "$deb" </dev/null
dpkg-query -W -f='${Status}\n' stamp | grep -q '^install ok installed$' || fail "stamp is not installed"

step "every file of the package is installed"
for f in "${files[@]}"; do
    [ -e "$f" ] || fail "$f is in the package but not on disk"
done

step "the installed binary"
[ "$(command -v stamp)" = /usr/bin/stamp ] || fail "stamp on PATH is $(command -v stamp), not /usr/bin/stamp"
out=$(/usr/bin/stamp --version)
printf '%s\n' "$out"
[[ $out == "stamp ${version%-*}"* ]] || fail "stamp --version does not say ${version%-*}"
# The binary is stripped (CPACK_STRIP_FILES): no debug sections left.
if readelf -S /usr/bin/stamp | grep -q '\.debug_info'; then fail "/usr/bin/stamp is not stripped"; fi

out=$(/usr/bin/stamp render --from a@example.org --to b@example.org --subject hi --body x)
printf '%s\n' "$out" | grep -q '^Subject: hi' || fail "stamp render wrote no Subject: hi"
printf '%s\n' "$out" | grep -q '^To: b@example.org' || fail "stamp render wrote no To: b@example.org"
step "stamp render made a $(printf '%s\n' "$out" | wc -c)-byte message"

# The window, offscreen, for 5 seconds: timeout's 124 means it was still
# running (no crash, no missing plugin or library), in a throwaway home.
step "the window, offscreen, for 5 seconds"
home=$(mktemp -d)
rc=0
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
    QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/stamp </dev/null || rc=$?
rm -rf "$home"
[ "$rc" -eq 124 ] || fail "the window exited with $rc within 5 seconds (124 expected: still running)"

step "desktop entry, metainfo, icons"
desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f /usr/share/icons/hicolor/${size}x${size}/apps/$id.png ] || fail "no ${size}x${size} icon"
done
[ -f /usr/share/icons/hicolor/scalable/apps/$id.svg ] || fail "no scalable icon"
[ -f /usr/share/doc/stamp/copyright ] || fail "no /usr/share/doc/stamp/copyright"
gzip -t /usr/share/doc/stamp/changelog.gz /usr/share/doc/stamp/changelog.Debian.gz

# dpkg's trigger ran update-desktop-database: the mailto: handler is known.
grep -q "^x-scheme-handler/mailto=.*$id.desktop" /usr/share/applications/mimeinfo.cache ||
    fail "mimeinfo.cache does not name $id.desktop for x-scheme-handler/mailto"
if command -v xdg-mime >/dev/null; then
    handler=$(xdg-mime query default x-scheme-handler/mailto || true)
    step "xdg-mime: mailto: opens with '$handler'"
    [ "$handler" = "$id.desktop" ] || fail "xdg-mime names '$handler' for mailto:, not $id.desktop"
fi

# The man page and shell completions, when this package has them.
if has /usr/share/man/man1/stamp.1.gz; then
    page=$(man -w stamp) || fail "man -w stamp finds no page"
    [ "$page" = /usr/share/man/man1/stamp.1.gz ] || fail "man -w stamp finds $page"
    step "man page: $page"
else
    step "no man page in this package"
fi
completion=/usr/share/bash-completion/completions/stamp
if has "$completion"; then
    bash -c "source '$completion' && complete -p stamp" >/dev/null || fail "$completion defines no completion for stamp"
    step "bash completion: $completion"
else
    step "no bash completion in this package"
fi

step "apt-get purge stamp"
$SUDO apt-get purge -y -q stamp </dev/null
# Whatever the install brought in as a dependency and nothing else needs.
new_packages=$(comm -13 "$before_packages" <(packages))
if [ -n "$new_packages" ]; then
    step "purging what the install added: ${new_packages//$'\n'/ }"
    # shellcheck disable=SC2086 # one word per package
    $SUDO apt-get purge -y -q $new_packages </dev/null
fi

step "the machine is as before"
[ ! -e /usr/bin/stamp ] || fail "/usr/bin/stamp is still there"
! dpkg-query -W -f='${Status}' stamp 2>/dev/null | grep -q 'installed' || fail "stamp is still known to dpkg"
for f in "${files[@]}"; do
    [ ! -e "$f" ] || [ -d "$f" ] || fail "$f is still there"
done
if ! diff -u "$before_packages" <(packages); then fail "the installed packages differ from before"; fi
if ! diff -u "$before_files" <(snapshot); then fail "files differ from before"; fi
if grep -q "$id" /usr/share/applications/mimeinfo.cache 2>/dev/null; then
    fail "mimeinfo.cache still names $id"
fi
step "passed: built, linted, installed, ran, removed"
