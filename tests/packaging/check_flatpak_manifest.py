#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks the Flatpak manifest for what Stamp needs inside the sandbox.

flatpak-builder itself fails only on YAML syntax errors (unknown keys or a
wrong id merely warn), and building needs the KDE SDK from Flathub, so this
checks what a build here cannot: the id matches the desktop entry and
metainfo names, the permissions Stamp depends on are granted, every
fetched source is pinned, and the local source is this tree.
"""

import re
import sys
from pathlib import Path

import yaml

APP_ID = "io.github.stamp_mail.Stamp"
# Without these Stamp starts but cannot do its job: submit mail, keep
# passwords in the keychain (never in a file), tell the person the outcome.
REQUIRED_FINISH_ARGS = {
    "--share=network",
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.kde.kwalletd5",
    "--talk-name=org.kde.kwalletd6",
    "--talk-name=org.freedesktop.Notifications",
}
# Broad grants a mail submission client has no use for.
FORBIDDEN_FINISH_ARGS = {"--socket=session-bus", "--socket=system-bus", "--filesystem=host", "--filesystem=home"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main(manifest_path, source_dir):
    manifest_path = Path(manifest_path)
    source_dir = Path(source_dir).resolve()
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))

    app_id = manifest.get("id") or manifest.get("app-id")
    check(app_id == APP_ID, f"id is {app_id!r}, expected {APP_ID!r}")
    # Flatpak exports only files named by the id (docs.flatpak.org,
    # "Conventions"), so the desktop entry and metainfo must carry it.
    linux = source_dir / "packaging" / "linux"
    check((linux / f"{app_id}.desktop").is_file(), f"no desktop entry packaging/linux/{app_id}.desktop")
    metainfo = linux / f"{app_id}.metainfo.xml"
    if metainfo.is_file():
        check(f"<id>{app_id}</id>" in metainfo.read_text(encoding="utf-8"), f"{metainfo.name} has another <id>")
    check(manifest.get("command") == "stamp", f"command is {manifest.get('command')!r}, expected 'stamp'")
    check(manifest.get("runtime") == "org.kde.Platform", "runtime is not org.kde.Platform")
    check(manifest.get("sdk") == "org.kde.Sdk", "sdk is not org.kde.Sdk")
    # Unquoted, YAML reads 6.10 as the number 6.1.
    version = manifest.get("runtime-version")
    check(isinstance(version, str) and re.fullmatch(r"6\.\d+", version) is not None,
          f"runtime-version {version!r} is not a quoted Qt 6 KDE runtime branch such as '6.10'")

    finish_args = set(manifest.get("finish-args", []))
    for arg in sorted(REQUIRED_FINISH_ARGS - finish_args):
        failures.append(f"finish-args lacks {arg}")
    for arg in sorted(FORBIDDEN_FINISH_ARGS & finish_args):
        failures.append(f"finish-args grants {arg}")

    modules = {m["name"]: m for m in manifest.get("modules", []) if isinstance(m, dict)}
    names = [m.get("name") for m in manifest.get("modules", []) if isinstance(m, dict)]
    check(names[-1:] == ["stamp"], f"stamp is not the last module: {names}")
    check(names.index("libsecret") < names.index("qtkeychain") if {"libsecret", "qtkeychain"} <= set(names) else False,
          f"libsecret must be built before qtkeychain: {names}")

    keychain = modules.get("qtkeychain", {})
    opts = keychain.get("config-opts", [])
    check("-DBUILD_WITH_QT6=ON" in opts, "qtkeychain is not built with Qt 6")
    check("-DBUILD_SHARED_LIBS=OFF" not in opts, "qtkeychain must be shared")

    stamp = modules.get("stamp", {})
    check(stamp.get("buildsystem") in ("cmake", "cmake-ninja"), "stamp is not built with CMake")
    check("-DSTAMP_BUILD_TESTS=OFF" in stamp.get("config-opts", []), "stamp's tests are not switched off")

    for name, module in modules.items():
        for source in module.get("sources", []):
            if not isinstance(source, dict):
                continue
            kind = source.get("type")
            if kind == "git":
                # A tag can move; the commit makes flatpak-builder verify it.
                check(source.get("tag"), f"{name}: git source without a tag")
                check(re.fullmatch(r"[0-9a-f]{40}", str(source.get("commit", ""))) is not None,
                      f"{name}: git source not pinned to a full commit")
                check(str(source.get("url", "")).startswith("https://"), f"{name}: source not fetched over https")
            elif kind in ("archive", "file") and "url" in source:
                check(re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))) is not None,
                      f"{name}: {kind} without sha256")
            elif kind == "dir":
                path = (manifest_path.parent / source.get("path", "")).resolve()
                check(path == source_dir, f"{name}: dir source {path} is not the source tree {source_dir}")

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{manifest_path.name}: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: check_flatpak_manifest.py MANIFEST SOURCE_DIR")
    sys.exit(main(sys.argv[1], sys.argv[2]))
