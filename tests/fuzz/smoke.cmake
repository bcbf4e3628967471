# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# One short libFuzzer run for ctest: the seed corpus first, then new inputs
# for SECONDS. New inputs and any crashing input go to WORK (in the build
# folder), never to the source tree. Any crash, leak, timeout or excess
# memory makes libFuzzer exit non-zero, and the test fail.
#   cmake -DFUZZER=... -DSEEDS=... -DWORK=... -DSECONDS=... -P smoke.cmake

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
execute_process(
    COMMAND "${FUZZER}" "${WORK}/corpus" "${SEEDS}"
        -max_total_time=${SECONDS} -timeout=5 -rss_limit_mb=1024 -max_len=8192
        -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB found "${WORK}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input that did it: ${found}")
endif()
