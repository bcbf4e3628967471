#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The sanitizer run of CI (docs/SANITIZERS.md): builds everything with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer in build-asan and runs the
# unit, protocol, integration and fuzz tests; any finding fails the run.
# Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/linux/deps.sh test

# The preset "asan" (CMakePresets.json): clang, STAMP_SANITIZE, -O1 -g, which
# is what the sanitizers' authors recommend: close to -O2's speed at run
# time, quicker to compile, clearer stacks.
build=build-asan
options=()
# The libFuzzer targets share this build when the tree has them.
if grep -rqsE --include=CMakeLists.txt --exclude-dir='build*' 'option\(STAMP_FUZZ' .; then
    options+=(-DSTAMP_FUZZ=ON)
fi
cmake --preset asan "${options[@]}"
cmake --build "$build" -j2

# Readable stacks in the reports.
if command -v llvm-symbolizer >/dev/null; then
    export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}
fi
export QT_QPA_PLATFORM=offscreen
cd "$build"
# The GUI tests and the benchmarks are not part of this run.
exec ctest --output-on-failure -L 'unit|protocol|integration|fuzz' "$@"
