#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Renders the hicolor PNG icons installed on Linux from the SVG sources:
#   bash packaging/linux/icons/render.sh
# The PNGs are committed, so a build needs none of this; run it after
# changing an icon source and commit the result. Needs rsvg-convert
# (apt-get install librsvg2-bin).
# Which source draws which size: resources/icons/stamp.svg (the icon the app
# shows itself, 64-unit grid) blurs its 1-2 pixel perforation below 48 pixels,
# so the small sizes come from copies drawn on whole pixels: stamp-16.svg for
# 16 and 32, stamp-24.svg for 24 and, one pixel cropped from each side, 22.
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.stamp_mail.Stamp
command -v rsvg-convert >/dev/null ||
    { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }

render() { # SIZE SOURCE.svg
    mkdir -p "hicolor/$1x$1/apps"
    rsvg-convert --width "$1" --height "$1" "$2" --output "hicolor/$1x$1/apps/$id.png"
}
render 16 stamp-16.svg
render 32 stamp-16.svg
render 24 stamp-24.svg
sed -e 's/width="24" height="24" viewBox="0 0 24 24"/width="22" height="22" viewBox="1 1 22 22"/' stamp-24.svg |
    rsvg-convert --width 22 --height 22 --output "$(mkdir -p hicolor/22x22/apps && echo hicolor/22x22/apps/$id.png)"
for size in 48 64 128 256 512; do
    render "$size" ../../../resources/icons/stamp.svg
done
echo "rendered: $(find hicolor -name '*.png' | sort | tr '\n' ' ')"
