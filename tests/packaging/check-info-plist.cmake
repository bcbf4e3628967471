# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Configures packaging/macos/Info.plist.in as CMake does for a bundle (the
# MACOSX_BUNDLE_* target properties become variables of that name) with the
# values packaging/macos/macos.cmake sets, then checks the result.
# Usage: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DPYTHON=... -DAPP_ID=... -P check-info-plist.cmake
set(macos_dir ${SOURCE_DIR}/packaging/macos)
file(READ ${macos_dir}/macos.cmake macos_cmake)

# The values under test come from macos.cmake itself, so the two cannot drift.
foreach(property IN ITEMS GUI_IDENTIFIER BUNDLE_NAME COPYRIGHT ICON_FILE BUNDLE_VERSION SHORT_VERSION_STRING)
    if(NOT macos_cmake MATCHES "MACOSX_BUNDLE_${property} ([^\n]+)")
        message(FATAL_ERROR "macos.cmake does not set MACOSX_BUNDLE_${property}")
    endif()
    set(value "${CMAKE_MATCH_1}")
    string(REGEX REPLACE "^\"(.*)\"\\)?$" "\\1" value "${value}")
    string(REGEX REPLACE "\\)$" "" value "${value}")
    set(MACOSX_BUNDLE_${property} "${value}")
endforeach()
if(NOT macos_cmake MATCHES "set\\(stamp_bundle_id ([^)]+)\\)")
    message(FATAL_ERROR "macos.cmake does not set stamp_bundle_id")
endif()
set(stamp_bundle_id ${CMAKE_MATCH_1})
set(PROJECT_VERSION 0.1.0)
# Expand the ${stamp_bundle_id} and ${PROJECT_VERSION} references.
foreach(property IN ITEMS GUI_IDENTIFIER BUNDLE_VERSION SHORT_VERSION_STRING)
    string(CONFIGURE "${MACOSX_BUNDLE_${property}}" MACOSX_BUNDLE_${property})
endforeach()
if(NOT macos_cmake MATCHES "OUTPUT_NAME ([A-Za-z]+)")
    message(FATAL_ERROR "macos.cmake does not name the binary")
endif()
set(MACOSX_BUNDLE_EXECUTABLE_NAME ${CMAKE_MATCH_1})

configure_file(${macos_dir}/Info.plist.in ${BINARY_DIR}/Info.plist)
execute_process(COMMAND ${PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_info_plist.py
        ${BINARY_DIR}/Info.plist ${APP_ID} ${macos_dir}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Info.plist check failed")
endif()
