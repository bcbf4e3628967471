#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks a configured Info.plist the way macOS would read it (plutil -lint
is not available here; plistlib parses the same XML format)."""

import plistlib
import re
import sys
from pathlib import Path

REQUIRED_KEYS = (
    "CFBundleExecutable", "CFBundleIdentifier", "CFBundleName", "CFBundlePackageType",
    "CFBundleShortVersionString", "CFBundleVersion", "CFBundleIconFile",
    "NSHumanReadableCopyright", "LSApplicationCategoryType", "LSMinimumSystemVersion",
)


def main(plist_path, app_id, macos_dir):
    failures = []
    text = Path(plist_path).read_text(encoding="utf-8")
    # Anything CMake left unreplaced would reach the bundle verbatim.
    for leftover in re.findall(r"\$\{[^}]*\}|@[A-Za-z_]+@", text):
        failures.append(f"unreplaced placeholder {leftover}")
    plist = plistlib.loads(text.encode("utf-8"))

    for key in REQUIRED_KEYS:
        if not str(plist.get(key, "")).strip():
            failures.append(f"{key} missing or empty")
    if plist.get("CFBundleIdentifier") != app_id:
        failures.append(f"CFBundleIdentifier is {plist.get('CFBundleIdentifier')!r}, expected {app_id!r}")
    if plist.get("CFBundlePackageType") != "APPL":
        failures.append("CFBundlePackageType is not APPL")
    if not str(plist.get("LSApplicationCategoryType", "")).startswith("public.app-category."):
        failures.append("LSApplicationCategoryType is not one of Apple's public.app-category values")
    if not re.fullmatch(r"\d+(\.\d+){0,2}", str(plist.get("CFBundleShortVersionString", ""))):
        failures.append("CFBundleShortVersionString is not a dotted version")
    icon = str(plist.get("CFBundleIconFile", ""))
    if not (Path(macos_dir) / icon).is_file() or not icon.endswith(".icns"):
        failures.append(f"CFBundleIconFile {icon!r} is not an .icns in packaging/macos")
    # mailto: links (RFC 6068) open Stamp once it is chosen as mail app.
    schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
    if "mailto" not in schemes:
        failures.append(f"CFBundleURLTypes does not declare mailto (has {schemes})")

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{Path(plist_path).name}: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: check_info_plist.py PLIST APP_ID MACOS_DIR")
    sys.exit(main(*sys.argv[1:]))
