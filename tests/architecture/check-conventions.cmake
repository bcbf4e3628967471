# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# One way to say why something failed, across core/ (docs/DEVELOPMENT.md,
# "How core reports failure"):
#   - an action that produces nothing returns QString: empty when done,
#     else the reason for a person;
#   - an operation that produces a value returns std::optional<T> and
#     writes the reason to a `QString *error`;
#   - an object with a life of its own (a stream, a parser, a server)
#     returns bool and keeps the reason in errorString(), as QIODevice does.
# What this refuses is the fourth style that used to coexist with them: a
# bool result with the reason in a `QString *` out-parameter.
#
# Run: cmake -DSOURCE_DIR=<repo> -P tests/architecture/check-conventions.cmake

if(NOT IS_DIRECTORY "${SOURCE_DIR}/core")
    message(FATAL_ERROR "no ${SOURCE_DIR}/core: wrong SOURCE_DIR?")
endif()
file(GLOB_RECURSE headers RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h")
set(problems "")
foreach(header IN LISTS headers)
    file(STRINGS "${SOURCE_DIR}/${header}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "bool [A-Za-z_]+\\([^)]*QString \\*(error|problem|why|reason)")
            string(STRIP "${line}" shown)
            string(APPEND problems "  ${header}:${number}: ${shown}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "bool with a QString * reason in core/ (return QString, or std::optional<T> with "
                        "QString *error, or bool with errorString(); docs/DEVELOPMENT.md):\n${problems}")
endif()
list(LENGTH headers count)
message(STATUS "error-return convention: ${count} headers of core/ follow it")
