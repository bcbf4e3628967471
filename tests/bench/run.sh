#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds Stamp, installs the clients it is compared with, and runs the
# benchmarks against a private Postfix on loopback (see docs/BENCHMARKS.md):
# first bench.py (the command line against other clients), then
# stamp_bench_ui (the desktop app's window while it sends a big message).
#   run.sh [bench.py arguments]    both (e.g. --rtt-ms 50 --small 100)
#   run.sh ui [arguments]          only the window (e.g. --attachment-mb 20 --json ui.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/linux/deps.sh test
build=${STAMP_BUILD_DIR:-build}
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
# The window benchmark needs no display: Qt's offscreen platform.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [ "${1:-}" = ui ]; then
    shift
    cmake --build "$build" -j2 --target stamp_bench_ui
    exec "$build/bin/stamp_bench_ui" "$@"
fi
missing=()
for p in msmtp swaks curl time; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake --build "$build" -j2 --target stamp stamp_bench_ui
/usr/bin/python3 tests/bench/bench.py "$build/bin/stamp" "$@"
exec "$build/bin/stamp_bench_ui"
