#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs, from Debian's repository, whatever Stamp needs that this machine
# lacks: "build" for building (libssl-dev: libcrypto makes the sandbox's
# TLS certificate), packaging (dpkg-shlibdeps and file, for
# CPack's Debian dependencies) and running, "test" adds the real SMTP peers
# and tools the test suite talks to, the package checkers of
# packaging/linux/deb-test.sh (lintian, appstreamcli, xdg-mime, man), knot
# (an authoritative DNS server on loopback) for the domain check, the
# shells and groff the completions and stamp(1) are checked with, and
# clang with libFuzzer, the sanitizer runtimes and llvm-symbolizer for
# packaging/linux/sanitize.sh and the fuzz targets. Safe to run again; does
# nothing when everything is present.
set -euo pipefail

want=${1:-build}
build_pkgs=(cmake ninja-build g++ ccache pkg-config qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev libpsl-dev
            libssl-dev
            qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6 ca-certificates
            dpkg-dev file qt6-translations-l10n)
test_pkgs=(postfix sasl2-bin libsasl2-modules openssl python3 python3-aiosmtpd python3-gi gir1.2-gmime-3.0 xvfb xauth
           dbus-x11 gnome-keyring libsecret-tools desktop-file-utils reuse
           lintian appstream xdg-utils man-db groff-base zsh fish
           clang libclang-rt-14-dev llvm)

# The accessibility test (tests/gui/atspi): the AT-SPI buses and registry,
# the Python bindings a screen reader uses, and keys typed through XTEST.
test_pkgs+=(at-spi2-core python3-pyatspi dbus xdotool)

# The real authoritative DNS server of the domain-check tests
# (tests/support/dns-testbed.sh) and dig to ask it by hand.
test_pkgs+=(knot dnsutils)

# The real IMAP server of the copy-to-Sent tests (tests/support/dovecot-testbed.sh).
test_pkgs+=(dovecot-imapd)

# The real msmtp the account import/export tests hand an exported
# configuration to; it fetches the password with secret-tool (libsecret-tools).
test_pkgs+=(msmtp libsecret-tools)

# The real proxies of the proxy tests (tests/support/ProxyTestbed): Dante for
# SOCKS5, tinyproxy for HTTP CONNECT.
test_pkgs+=(dante-server tinyproxy)

# The checks of the Flatpak, Windows and macOS recipes (tests/packaging), and
# what packaging/make-platform-icons.sh draws the .ico and .icns with.
test_pkgs+=(python3-yaml flatpak-builder nsis librsvg2-bin imagemagick icnsutils)

pkgs=("${build_pkgs[@]}")
[ "$want" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
        echo "These packages are missing and this is not root (and sudo is not installed): ${missing[*]}" >&2
        exit 1
    fi
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure itself; the test bed runs private instances,
# so the system one needs no configuration.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
