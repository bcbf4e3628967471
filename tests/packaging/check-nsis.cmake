# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds an NSIS installer from packaging/windows/cpack-nsis.cmake with
# Debian's makensis (which compiles the whole generated script and fails on
# any error) and checks that the mailto: registration reached it intact.
# Usage: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -P check-nsis.cmake
file(REMOVE_RECURSE ${BINARY_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/nsis -B ${BINARY_DIR}
        -DSTAMP_SOURCE_DIR=${SOURCE_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring the installer project failed")
endif()
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G NSIS
    WORKING_DIRECTORY ${BINARY_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack -G NSIS failed")
endif()
file(GLOB installer ${BINARY_DIR}/Stamp-*.exe)
if(NOT installer)
    message(FATAL_ERROR "no installer was written")
endif()

file(GLOB_RECURSE script ${BINARY_DIR}/_CPack_Packages/*/project.nsi)
file(READ "${script}" nsi)
# The backslashes must arrive single, the quotes as written: Windows runs
# this command line for every mailto: link.
foreach(expected IN ITEMS
        [=[WriteRegStr HKLM "Software\Classes\Stamp.mailto\shell\open\command" "" '"$INSTDIR\bin\stamp.exe" "%1"']=]
        [=[WriteRegStr HKLM "Software\Clients\Mail\Stamp\Capabilities\URLAssociations" "mailto" "Stamp.mailto"]=]
        [=[WriteRegStr HKLM "Software\RegisteredApplications" "Stamp" "Software\Clients\Mail\Stamp\Capabilities"]=]
        [=[DeleteRegKey HKLM "Software\Classes\Stamp.mailto"]=]
        "SetRegView 64")
    string(FIND "${nsi}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "project.nsi lacks: ${expected}")
    endif()
endforeach()
file(SIZE ${installer} size)
message(STATUS "${installer}: ${size} bytes")
