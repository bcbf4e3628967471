# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# One version everywhere: the newest <release> of the AppStream metainfo
# must name the version in project() and the newest release of CHANGELOG.md
# (Keep a Changelog: "## [X.Y.Z] - YYYY-MM-DD", the "Unreleased" section
# aside), with the same date. Software centres show the metainfo's, the
# package and --version carry project()'s.
#   cmake -DVERSION=X.Y.Z -DMETAINFO=FILE -DCHANGELOG=FILE -P check-release.cmake
foreach(var VERSION METAINFO CHANGELOG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check-release: -D${var}=... is missing")
    endif()
endforeach()

# AppStream lists releases newest first (the validator warns otherwise), so
# the first <release> is the newest.
file(READ ${METAINFO} metainfo)
if(NOT metainfo MATCHES "<release[ \t\r\n]+([^>]*)>")
    message(FATAL_ERROR "${METAINFO}: no <release>")
endif()
set(attributes "${CMAKE_MATCH_1}")
if(NOT attributes MATCHES "version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO}: the newest <release> has no version")
endif()
set(metainfo_version "${CMAKE_MATCH_1}")
if(NOT attributes MATCHES "date=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO}: the newest <release> has no date")
endif()
set(metainfo_date "${CMAKE_MATCH_1}")

file(STRINGS ${CHANGELOG} headings REGEX "^## ")
set(changelog_version "")
foreach(heading IN LISTS headings)
    if(heading MATCHES "^## \\[Unreleased\\]")
        continue()
    endif()
    if(NOT heading MATCHES "^## \\[([^]]+)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
        message(FATAL_ERROR "${CHANGELOG}: \"${heading}\" is not \"## [X.Y.Z] - YYYY-MM-DD\"")
    endif()
    set(changelog_version "${CMAKE_MATCH_1}")
    set(changelog_date "${CMAKE_MATCH_2}")
    break()
endforeach()
if(changelog_version STREQUAL "")
    message(FATAL_ERROR "${CHANGELOG}: no release")
endif()

set(failed FALSE)
if(NOT metainfo_version STREQUAL VERSION)
    message(SEND_ERROR "metainfo's newest release is ${metainfo_version}, project() says ${VERSION}")
    set(failed TRUE)
endif()
if(NOT changelog_version STREQUAL VERSION)
    message(SEND_ERROR "CHANGELOG.md's newest release is ${changelog_version}, project() says ${VERSION}")
    set(failed TRUE)
endif()
if(NOT metainfo_date STREQUAL changelog_date)
    message(SEND_ERROR "release ${VERSION} is dated ${metainfo_date} in the metainfo, ${changelog_date} in CHANGELOG.md")
    set(failed TRUE)
endif()
if(failed)
    message(FATAL_ERROR "versions disagree")
endif()
message(STATUS "release ${VERSION} of ${changelog_date} in project(), metainfo and CHANGELOG.md")
