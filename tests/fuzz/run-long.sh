#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The long fuzzing run (docs/FUZZING.md): builds the libFuzzer targets with
# clang in a build folder of their own, runs each for SECONDS (default 600),
# at most two at a time and at the lowest priority, and prints per target
# the executions, exec/s, coverage (libFuzzer's cov: and ft:) and the
# crashes, leaks and timeouts it found.
#
#   tests/fuzz/run-long.sh [SECONDS] [TARGET...]
#
# Environment: STAMP_FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (1 or 2),
# FUZZ_NICE (default 19).
# New inputs collect in $BUILD/long/<target>/corpus and are kept between
# runs; inputs that crashed, leaked or timed out are in .../artifacts.
# The seed corpus in tests/fuzz/corpus is only read.
set -euo pipefail

seconds=${1:-600}
shift || true
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${STAMP_FUZZ_BUILD_DIR:-$src/build-fuzz}
jobs=${FUZZ_JOBS:-2}
# The priority of the fuzzers and the build (19, the lowest, by default);
# FUZZ_NICE=0 gives them a fair share on a machine that is busy building.
niceness=${FUZZ_NICE:-19}
[ "$jobs" -gt 2 ] && jobs=2
all=(reply_parser capabilities scram autoconfig token_response address outbox_record account_store)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSTAMP_FUZZ=ON >/dev/null
fi
nice -n "$niceness" cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen

run_one() {
    local target=$1 dir=$build/long/$1
    mkdir -p "$dir/corpus" "$dir/artifacts"
    # Fork mode goes on after a crash, a leak or a timeout, so one run
    # reports them all; each input that did it is saved in artifacts/.
    nice -n "$niceness" "$build/tests/fuzz/fuzz_$target" "$dir/corpus" "$src/tests/fuzz/corpus/$target" \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -max_len=8192 \
        -artifact_prefix="$dir/artifacts/" >"$dir/log.txt" 2>&1 || true
}

running=0
for target in "${targets[@]}"; do
    run_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

count() { find "$1" -maxdepth 1 -name "$2-*" | wc -l; }
printf '%-15s %8s %12s %8s %6s %7s %7s %7s %6s %6s %8s\n' \
    target seconds executions exec/s cov ft corpus crashes leaks ooms timeouts
for target in "${targets[@]}"; do
    dir=$build/long/$target
    # Fork mode's last status line: "#N: cov: C ft: F corp: K exec/s E ... time: Ts"
    line=$(grep -E '^#[0-9]+: cov:' "$dir/log.txt" | tail -n 1)
    execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$line")
    secs=$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$line")
    rate=$(( ${execs:-0} / (${secs:-0} > 0 ? ${secs:-0} : 1) ))
    # Fork mode counts its first corpus's features as coverage, so the
    # figures come from replaying everything found once (-runs=0).
    replay=$(nice -n "$niceness" "$build/tests/fuzz/fuzz_$target" -runs=0 "$dir/corpus" "$src/tests/fuzz/corpus/$target" 2>&1 \
        | grep -E 'INITED cov:' | tail -n 1)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$replay")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$replay")
    corpus=$(find "$dir/corpus" -type f | wc -l)
    printf '%-15s %8s %12s %8s %6s %7s %7s %7s %6s %6s %8s\n' "$target" "${secs:-?}" "${execs:-?}" "$rate" \
        "${cov:-?}" "${ft:-?}" "$corpus" "$(count "$dir/artifacts" crash)" "$(count "$dir/artifacts" leak)" \
        "$(count "$dir/artifacts" oom)" "$(count "$dir/artifacts" timeout)"
done
