# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installation layout on Linux (FHS). Included from the top-level CMakeLists.
include(GNUInstallDirs)
install(TARGETS stamp
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
# Desktop integration: the launcher entry and the icon it names.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/stamp.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/stamp.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
