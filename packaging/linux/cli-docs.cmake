# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# stamp(1) and the bash, zsh and fish completions, written by the built
# `stamp` from its own command line (app/cli/CommandCatalog.h), so they
# cannot drift from --help. Included from install.cmake; also run as a
# script (cmake -P) to do the generating.

if(CMAKE_SCRIPT_MODE_FILE)
    # cmake -DSTAMP=... -DOUTPUT_DIR=... [-DSOURCE_DATE_EPOCH=...] -P cli-docs.cmake
    # English, whatever the builder's language; the date of the sources.
    set(environment LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=)
    if(NOT SOURCE_DATE_EPOCH STREQUAL "")
        list(APPEND environment SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH})
    endif()
    function(stamp_write file)
        execute_process(COMMAND ${CMAKE_COMMAND} -E env ${environment} ${STAMP} ${ARGN}
            OUTPUT_FILE ${OUTPUT_DIR}/${file} RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "'stamp ${ARGN}' failed (${status})")
        endif()
    endfunction()
    file(MAKE_DIRECTORY ${OUTPUT_DIR})
    stamp_write(stamp.1 manpage)
    stamp_write(stamp.bash completion bash)
    stamp_write(_stamp completion zsh)
    stamp_write(stamp.fish completion fish)
    # -n: no name or time stamp in the gzip header (reproducible builds).
    execute_process(COMMAND gzip -9nf -k ${OUTPUT_DIR}/stamp.1 RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "gzip failed (${status})")
    endif()
    return()
endif()

if(CMAKE_CROSSCOMPILING OR NOT UNIX OR APPLE)
    return()  # the built stamp cannot run here, or the platform has no man(1) layout
endif()

include(GNUInstallDirs)
# The sources' date: what the package build sets (Debian: the changelog's),
# else the last commit's; never the build's clock.
set(STAMP_SOURCE_DATE_EPOCH "$ENV{SOURCE_DATE_EPOCH}")
if(STAMP_SOURCE_DATE_EPOCH STREQUAL "")
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%ct
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            OUTPUT_VARIABLE STAMP_SOURCE_DATE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    endif()
endif()

set(STAMP_CLI_DOCS_DIR ${PROJECT_BINARY_DIR}/cli-docs)
set(stamp_cli_docs
    ${STAMP_CLI_DOCS_DIR}/stamp.1 ${STAMP_CLI_DOCS_DIR}/stamp.1.gz ${STAMP_CLI_DOCS_DIR}/stamp.bash
    ${STAMP_CLI_DOCS_DIR}/_stamp ${STAMP_CLI_DOCS_DIR}/stamp.fish)
add_custom_command(OUTPUT ${stamp_cli_docs}
    COMMAND ${CMAKE_COMMAND} -DSTAMP=$<TARGET_FILE:stamp> -DOUTPUT_DIR=${STAMP_CLI_DOCS_DIR}
        -DSOURCE_DATE_EPOCH=${STAMP_SOURCE_DATE_EPOCH} -P ${CMAKE_CURRENT_LIST_FILE}
    DEPENDS stamp ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "Writing stamp(1) and the shell completions"
    VERBATIM)
add_custom_target(stamp_cli_docs ALL DEPENDS ${stamp_cli_docs})

install(FILES ${STAMP_CLI_DOCS_DIR}/stamp.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${STAMP_CLI_DOCS_DIR}/stamp.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME stamp)
install(FILES ${STAMP_CLI_DOCS_DIR}/_stamp DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${STAMP_CLI_DOCS_DIR}/stamp.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
