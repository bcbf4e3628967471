#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every context lupdate records is a context the program asks for.

A translation applies only when the context in the .ts file is exactly the
one QCoreApplication::translate() receives at run time. A local helper such
as `QString tr(const char *t) { return translate("Outbox", t); }` makes
lupdate file its texts under the enclosing namespace ("stamp::Outbox") while
the program asks for "Outbox", so no translator's work would ever show.

Usage: check-translation-contexts.py LUPDATE SOURCE_DIR
"""

import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def sources(root):
    for folder in ("core", "ui", "app"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".cpp", ".h"):
                yield path


def strip(text):
    """The code without comments and the contents of string literals."""
    pattern = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', re.S)
    return pattern.sub(lambda m: '""' if m.group(0).startswith('"') else ' ', text)


def qobject_classes(text):
    """Qualified names of the Q_OBJECT and Q_GADGET classes in one file, as
    moc names them (and as tr() asks for them at run time)."""
    code = strip(text)
    names = set()
    scopes = []  # one entry per open brace: a namespace name, or None
    token = re.compile(r'\bnamespace\s+([\w:]*)\s*\{|\b(?:class|struct)\s+(?:\w+\s+)?(\w+)\b[^;{}()]*\{|\{|\}')
    for match in token.finditer(code):
        if match.group(0) == '}':
            if scopes:
                scopes.pop()
        elif match.group(0).startswith('namespace'):
            scopes.append(match.group(1) or None)
        elif match.group(2):
            scopes.append(None)
            if re.match(r'\s*(?:public:|private:|protected:)?\s*Q_(?:OBJECT|GADGET)\b', code[match.end():]):
                names.add('::'.join([s for s in scopes[:-1] if s] + [match.group(2)]))
        else:
            scopes.append(None)
    return names


def known_contexts(files):
    """Contexts the program uses: Q_OBJECT/Q_GADGET classes by their
    qualified name, Q_DECLARE_TR_FUNCTIONS names and literal contexts of
    translate() and QT_TRANSLATE_NOOP()."""
    contexts = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        contexts |= qobject_classes(text)
        contexts.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
        contexts.update(re.findall(r"\btranslate\(\s*\"([^\"]+)\"", text))
        contexts.update(re.findall(r"QT_TRANSLATE_N?_?NOOP3?\(\s*\"([^\"]+)\"", text))
    return contexts


def main():
    lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2])
    files = list(sources(root))
    with tempfile.TemporaryDirectory() as tmp:
        ts = pathlib.Path(tmp) / "contexts.ts"
        run = subprocess.run([lupdate, "-locations", "none", *map(str, files), "-ts", str(ts)],
                             capture_output=True, text=True)
        output = run.stdout + run.stderr
        if run.returncode != 0:
            print(output)
            print("lupdate failed")
            return 1
        contexts = [name.text for name in ET.parse(ts).getroot().iter("name")]

    problems = [line for line in output.splitlines() if "lacks Q_OBJECT" in line]
    known = known_contexts(files)
    for context in contexts:
        if context in known:
            continue
        problems.append(f"context \"{context}\" is not a Q_OBJECT class, a Q_DECLARE_TR_FUNCTIONS name "
                        "or a literal translate() context: its translations would never apply")
    found = re.search(r"Found (\d+) source text", output)
    print(f"{len(contexts)} contexts, {found.group(1) if found else '?'} source texts")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
