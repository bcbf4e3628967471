#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The two Quick start commands of README.md:
#   bash packaging/linux/dev.sh run    install what is missing, build, launch Stamp
#   bash packaging/linux/dev.sh test   install what is missing, build, run every test
# and one for CI and before a release:
#   bash packaging/linux/dev.sh sanitize   the same under ASan and UBSan (packaging/linux/sanitize.sh)
# Extra arguments after "run" go to stamp; after "test" to ctest.
set -euo pipefail
cd "$(dirname "$0")/../.."

what=${1:-}
shift || true
case "$what" in
    run)  bash packaging/linux/deps.sh build ;;
    test) bash packaging/linux/deps.sh test ;;
    sanitize) exec bash packaging/linux/sanitize.sh "$@" ;;
    *) echo "usage: $0 run|test|sanitize [arguments]" >&2; exit 2 ;;
esac

build=${STAMP_BUILD_DIR:-build}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j2

case "$what" in
    run)
        exec "$build/bin/stamp" "$@"
        ;;
    test)
        # The tests start their own Postfix instances and smtp-sink processes
        # on loopback; the GUI tests need no display (offscreen platform).
        export QT_QPA_PLATFORM=offscreen
        cd "$build"
        exec ctest --output-on-failure --timeout 900 "$@"
        ;;
esac
