#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every text of Stamp is translated into every language Stamp ships.

Runs lupdate over the sources into copies of the committed .ts files, so a
text added to the code (or changed) without its translations shows up as
unfinished even when nobody ran update_translations, then lets ts-tool.py
check the copies: no unfinished or obsolete entry, no empty form, the same
placeholders, HTML tags and accelerators as the English text.

usage: check-translations.py LUPDATE SOURCE_DIR TS...
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

lupdate, source_dir, ts_files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
tool = source_dir / "resources/translations/ts-tool.py"
with tempfile.TemporaryDirectory() as scratch:
    copies = []
    for ts in ts_files:
        copy = Path(scratch) / Path(ts).name
        shutil.copy(ts, copy)
        copies.append(str(copy))
    folders = [str(source_dir / d) for d in ("core", "ui", "app")]
    for copy in copies:
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", "-extensions", "cpp,h",
                              *folders, "-ts", copy], capture_output=True, text=True)
        print(run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr)
        if run.returncode != 0:
            print(run.stderr)
            sys.exit(1)
    result = subprocess.run([sys.executable, str(tool), "check", *copies])
    if result.returncode != 0:
        print("\nTranslate the texts above: `cmake --build build --target update_translations`, then "
              "resources/translations/README.md.")
    sys.exit(result.returncode)
