# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The installer of each platform (packaging/README.md). Each file is read
# only on its own platform, so no build sees another's targets, deploy steps
# or CPack settings. Included after packaging/linux/install.cmake: the deploy
# steps read the installed binary.
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake)
    include(CPack)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake)
    include(CPack)
else()
    # The Debian package (it includes CPack itself).
    include(${CMAKE_CURRENT_LIST_DIR}/linux/cpack.cmake)
endif()
