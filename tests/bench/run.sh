#!/usr/bin/env bash
# Builds Stamp, installs the clients it is compared with, and runs the
# benchmark against a private Postfix on loopback (see docs/BENCHMARKS.md).
# Arguments go to bench.py (e.g. --rtt-ms 50 --small 100).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/linux/deps.sh test
missing=()
for p in msmtp swaks curl time; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
build=${STAMP_BUILD_DIR:-build}
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2 --target stamp
exec /usr/bin/python3 tests/bench/bench.py "$build/bin/stamp" "$@"
