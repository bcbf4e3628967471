# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installation layout on Linux (FHS). Included from the top-level CMakeLists.
include(GNUInstallDirs)
install(TARGETS stamp
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

# Desktop integration, for freedesktop.org desktops only: Windows and macOS
# installers carry their own (packaging/windows, packaging/macos).
if(WIN32 OR APPLE)
    return()
endif()
# Every file is named by the application id (reverse DNS,
# the Desktop Entry Specification's "Desktop File ID"), the name the desktop
# and AppStream look them up by, and the only names Flatpak exports.
set(STAMP_APP_ID io.github.stamp_mail.Stamp)
# The launcher entry, with the mailto: handler and the "New Message" action.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${STAMP_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# What software centres show (AppStream: metainfo/<id>.metainfo.xml).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${STAMP_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The icon the entry names: the SVG the app shows itself, and PNGs for the
# sizes of the hicolor theme, rendered by packaging/linux/icons/render.sh.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/stamp.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${STAMP_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/hicolor/${size}x${size}/apps/${STAMP_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
# stamp(1) and shell completions, written by the built stamp.
include(${CMAKE_CURRENT_LIST_DIR}/cli-docs.cmake)
