# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The Debian package, made by CPack from the install rules of install.cmake:
#   cmake --build build --target package   ->  build/stamp_<version>-1_amd64.deb
# Included from the top-level CMakeLists after install.cmake. What lintian
# wants of a binary package (Debian Policy 12.5, 12.7) is installed here.
include(GNUInstallDirs)

# Debian's package name is lower case, so is its documentation folder
# (Policy 12.3), whatever project() says.
set(stamp_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/stamp)

# Policy 12.5: the copyright file, machine-readable (DEP-5).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${stamp_docdir})

# Policy 12.7: the upstream changelog as changelog.gz and, as the version has
# a Debian revision, a Debian changelog as changelog.Debian.gz. Both are
# compressed with gzip -9n: -n leaves out the name and time, so the package
# is the same on every build. The Debian entry takes its date from
# CHANGELOG.md's newest release, not from the clock, for the same reason.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md)
file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md stamp_release_line
    REGEX "^## \\[[0-9]+\\.[0-9]+\\.[0-9]+\\] - [0-9]+-[0-9]+-[0-9]+$" LIMIT_COUNT 1)
if(NOT stamp_release_line MATCHES "^## \\[([0-9.]+)\\] - ([0-9-]+)$")
    message(FATAL_ERROR "CHANGELOG.md names no release (## [X.Y.Z] - YYYY-MM-DD)")
endif()
set(stamp_release_date ${CMAKE_MATCH_2})
find_program(GZIP_PROGRAM gzip REQUIRED)
find_program(DATE_PROGRAM date REQUIRED)
execute_process(COMMAND ${DATE_PROGRAM} -u -R -d "${stamp_release_date} 12:00:00"
    OUTPUT_VARIABLE stamp_release_rfc2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
# The Debian revision: raise it for a new package of the same release.
set(stamp_deb_revision 1)
set(stamp_maintainer "The Stamp developers <stamp-mail@users.noreply.github.com>")
set(stamp_deb_dir ${CMAKE_CURRENT_BINARY_DIR}/deb)
file(WRITE ${stamp_deb_dir}/changelog.Debian
"stamp (${PROJECT_VERSION}-${stamp_deb_revision}) unstable; urgency=medium

  * Stamp ${PROJECT_VERSION}, packaged with CPack from the upstream tree.
    See changelog.gz for what is in it.

 -- ${stamp_maintainer}  ${stamp_release_rfc2822}
")
foreach(log changelog.Debian:${stamp_deb_dir}/changelog.Debian changelog:${PROJECT_SOURCE_DIR}/CHANGELOG.md)
    string(REPLACE ":" ";" log "${log}")
    list(GET log 0 name)
    list(GET log 1 source)
    execute_process(COMMAND ${GZIP_PROGRAM} -9n -c ${source}
        OUTPUT_FILE ${stamp_deb_dir}/${name}.gz COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${stamp_deb_dir}/${name}.gz DESTINATION ${stamp_docdir})
endforeach()

# Only the Debian changelog's first entry closes no bug report, as an initial
# upload to Debian's archive would; this package never goes there.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides RENAME stamp)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stamp)
set(CPACK_PACKAGE_VENDOR "The Stamp developers")
set(CPACK_PACKAGE_CONTACT "${stamp_maintainer}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop mail submission client with a live SMTP log")
# Debian's extended description: lines under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
"Stamp sends mail through your SMTP account: set up an account in a minute,
compose and send mail with attachments, and watch the live SMTP conversation
when something goes wrong. Every failure is explained in words you can act
on; passwords live in the system keychain, never in a file or a log.
.
It has an account wizard that finds the server settings, sign-in with
passwords, app passwords or OAuth, an outbox that never loses or duplicates
a message, Sent items with the server's answer for each recipient, and a
built-in sandbox server. The same engine works from the command line:
stamp send, stamp check, stamp render.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${stamp_deb_revision})
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/stamp-mail/stamp)
# dpkg-shlibdeps finds the Qt libraries and QtKeychain that stamp links. It
# cannot see what is loaded at run time: Qt's SVG image plugin (the icons)
# and libsecret, which QtKeychain dlopen()s to reach the Secret Service.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
# A keychain to keep passwords in (GNOME's or KDE's), Qt's Wayland
# platform plugin and Qt's own translations (standard buttons and file
# dialogs in the person's language); Stamp runs without them (asks for the
# password each run, uses XWayland, shows those few Qt texts in English).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
