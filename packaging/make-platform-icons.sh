#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Renders the application icon (one SVG) into the formats Windows and macOS
# want: packaging/windows/stamp.ico (exe, installer, shortcuts) and
# packaging/macos/stamp.icns (the bundle). Both are committed so that builds
# on those platforms need no image tools; run this again when the SVG changes.
# Needs librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils
# (png2icns), all in Debian.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
svg=${1:-$here/../resources/icons/stamp.svg}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # size output
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --format png --output "$2" "$svg"
}

# Windows picks from 16 to 256 px by DPI and view (Microsoft's icon guidelines).
ico_pngs=()
for s in 16 24 32 48 64 128 256; do
    render "$s" "$work/ico-$s.png"
    ico_pngs+=("$work/ico-$s.png")
done
convert "${ico_pngs[@]}" "$here/windows/stamp.ico"

# The sizes png2icns can encode; 512 px covers Retina 256@2x.
icns_pngs=()
for s in 16 32 48 128 256 512; do
    render "$s" "$work/icns-$s.png"
    icns_pngs+=("$work/icns-$s.png")
done
png2icns "$here/macos/stamp.icns" "${icns_pngs[@]}" >/dev/null

echo "wrote $here/windows/stamp.ico and $here/macos/stamp.icns from $svg"
