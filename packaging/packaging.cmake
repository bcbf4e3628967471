# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installers for the platforms other than Linux (packaging/README.md). Each
# file is read only on its own platform, so a Linux build never sees their
# targets, deploy steps or CPack settings. Included after
# packaging/linux/install.cmake: the deploy steps read the installed binary.
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake)
    include(CPack)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake)
    include(CPack)
endif()
