# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs stamp_bench_ui with a small attachment and checks that it worked:
# both messages reached Postfix (the program exits 0 only when Postfix
# logged their queue ids) and the figures were printed. No timing is judged:
# a benchmark must not fail because the machine is busy.
# Run as: cmake -DPROGRAM=<stamp_bench_ui> -DATTACHMENT_MB=2 -P check-ui-bench.cmake
execute_process(COMMAND "${PROGRAM}" --attachment-mb "${ATTACHMENT_MB}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
message("${output}")
if(errors)
    message("${errors}")
endif()
if(NOT status EQUAL 0)
    message(FATAL_ERROR "stamp_bench_ui failed (exit status ${status})")
endif()
set(number "[0-9]+(\\.[0-9]+)?")
foreach(label "1 KB text" "${ATTACHMENT_MB} MB attachment")
    # | message | size | seconds | longest stall | where | p99 gap | gaps over 50 ms | peak RSS |
    if(NOT output MATCHES "\\| ${label} \\| ${number} [KM]B \\| ${number} \\| ${number} \\| [^|]+ \\| ${number} \\| [0-9]+ \\| ${number} \\|")
        message(FATAL_ERROR "no figures printed for \"${label}\"")
    endif()
    if(NOT output MATCHES "${label}: arrived, Postfix queue id [0-9A-Za-z]+")
        message(FATAL_ERROR "\"${label}\" did not arrive in Postfix")
    endif()
endforeach()
if(NOT output MATCHES "Peak RSS, ${ATTACHMENT_MB} MB attachment against 1 KB text: [+-]?${number} MiB")
    message(FATAL_ERROR "no peak RSS difference printed")
endif()
