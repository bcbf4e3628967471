# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Configures and builds tests/packaging/console-twin, then runs the twin.
# Usage: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DGENERATOR=... [-DLAUNCHER=ccache] -P check-console-twin.cmake
execute_process(COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/console-twin -B ${BINARY_DIR}
        -G ${GENERATOR} -DSTAMP_SOURCE_DIR=${SOURCE_DIR} -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring the twin project failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "building the twin failed")
endif()
execute_process(COMMAND ${BINARY_DIR}/bin/tool.com OUTPUT_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT output STREQUAL "twin\n")
    message(FATAL_ERROR "the twin printed '${output}' (exit ${result}), expected 'twin'")
endif()
