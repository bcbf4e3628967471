# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The Windows installer (CPack's NSIS generator). Included by windows.cmake
# before include(CPack); tests/packaging builds an installer from these same
# settings with Debian's makensis, which checks the script they produce.
# Expects the binaries under bin/ of the install tree: bin/stamp.exe (GUI)
# and bin/stamp.com (console, see console-twin.cmake).

# Values reach the generated CPackConfig.cmake as written: the registry
# paths below are full of backslashes, which would otherwise be read as
# CMake escapes a second time.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_VENDOR "The Stamp developers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Stamp")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Stamp")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Start menu entry: bin/stamp.exe, titled "Stamp".
set(CPACK_PACKAGE_EXECUTABLES "stamp" "Stamp")

set(CPACK_NSIS_PACKAGE_NAME "Stamp")
set(CPACK_NSIS_DISPLAY_NAME "Stamp")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/stamp.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/stamp.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\stamp.exe]=])
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_URL_INFO_ABOUT "https://github.com/stamp-mail/stamp")
set(CPACK_NSIS_HELP_LINK "https://github.com/stamp-mail/stamp/issues")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "stamp.exe")
# Offers to put bin/ on PATH, so that `stamp send ...` works in a terminal.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# Offer Stamp as a mail client for mailto: links (RFC 6068). Windows asks
# for a ProgID that opens the link, a Capabilities key naming the schemes
# it handles, and an entry in RegisteredApplications that points at it
# (Microsoft Learn, "Registering Programs with Client Types" and "Default
# Programs"). Since Windows 8 only the person can make it the default, in
# Settings > Apps > Default apps; the installer only makes it a choice.
# The installer is a 32-bit program: without SetRegView 64, Windows would
# file the Clients and RegisteredApplications keys under WOW6432Node, where
# a 64-bit Stamp is not looked for (Qt 6 exists for 64-bit Windows only).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  SetRegView 64
  WriteRegStr HKLM "Software\Classes\Stamp.mailto" "" "Stamp mailto link"
  WriteRegStr HKLM "Software\Classes\Stamp.mailto" "FriendlyTypeName" "Stamp mailto link"
  WriteRegStr HKLM "Software\Classes\Stamp.mailto\DefaultIcon" "" "$INSTDIR\bin\stamp.exe,0"
  WriteRegStr HKLM "Software\Classes\Stamp.mailto\shell\open\command" "" '"$INSTDIR\bin\stamp.exe" "%1"'
  WriteRegStr HKLM "Software\Clients\Mail\Stamp" "" "Stamp"
  WriteRegStr HKLM "Software\Clients\Mail\Stamp\DefaultIcon" "" "$INSTDIR\bin\stamp.exe,0"
  WriteRegStr HKLM "Software\Clients\Mail\Stamp\shell\open\command" "" '"$INSTDIR\bin\stamp.exe"'
  WriteRegStr HKLM "Software\Clients\Mail\Stamp\Capabilities" "ApplicationName" "Stamp"
  WriteRegStr HKLM "Software\Clients\Mail\Stamp\Capabilities" "ApplicationIcon" "$INSTDIR\bin\stamp.exe,0"
  WriteRegStr HKLM "Software\Clients\Mail\Stamp\Capabilities" "ApplicationDescription" "Writes and sends mail through your provider's SMTP server."
  WriteRegStr HKLM "Software\Clients\Mail\Stamp\Capabilities\URLAssociations" "mailto" "Stamp.mailto"
  WriteRegStr HKLM "Software\RegisteredApplications" "Stamp" "Software\Clients\Mail\Stamp\Capabilities"
  SetRegView lastused
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  SetRegView 64
  DeleteRegValue HKLM "Software\RegisteredApplications" "Stamp"
  DeleteRegKey HKLM "Software\Clients\Mail\Stamp"
  DeleteRegKey HKLM "Software\Classes\Stamp.mailto"
  SetRegView lastused
]=])
